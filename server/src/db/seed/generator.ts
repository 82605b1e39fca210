/**
 * Deterministic demo and benchmark data.
 *
 * Pure apart from reading the shipped competence catalogue: no database, no clock, no
 * Math.random. The same options (seed, counts, `today`) always give the same rows, ids
 * included; a different seed gives different rows. Every entity draws from its own PRNG
 * stream derived from (seed, kind, index), so the output does not depend on the chunk size
 * used to generate it: 100,000 candidates can be generated and inserted a few thousand at a
 * time.
 *
 * The rows are plain objects whose property names are the entity property names (camelCase;
 * relations as `<name>Id`, competences by catalogue `competenceCode`); bulk-load.ts turns
 * them into the snake_case columns of the migrations.
 *
 * Fairness: people get names only. No row has a nationality, country of origin, ethnicity,
 * religion or gender field; the name lists below are grouped by language only so that a
 * person's first and last name go together and the languages they speak are plausible.
 *
 * The data is lively but controlled: normal placements have follow-ups every 14 days (so
 * none is overdue) with strictly rising ordinary hours (so none is stalled); a handful of
 * forced scenarios at the first candidate and company indices make every alert kind appear
 * (ACTIVATION_GAP, FOLLOW_UP_OVERDUE, PLACEMENT_ENDING, PROGRESSION_STALLED,
 * COMPANY_CONTACT_DUE), in the demo adviser's caseload and the demo consultant's portfolio
 * when those are given.
 */
import { FULL_TIME_HOURS } from '../../config.js';
import { peakWeek, type WeekPlacement } from '../../features/candidates/week-obligation.js';
import { isValidCvr } from '../../features/companies/cvr.js';
import { addDays, addYears, daysBetween, isIsoDate } from '../../shared/dates.js';
import { type CatalogueCompetence, loadCompetenceCatalogue } from './competence-catalogue.js';

// ---------------------------------------------------------------------------
// PRNG: sfc32 seeded with cyrb128 (both public domain, tiny, fast, good enough for test data)

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** The default longest placements (config placementMaxWeeks): an internship once extended, a wage subsidy. */
const INTERNSHIP_EXTENDED_WEEKS = 13;
const WAGE_SUBSIDY_WEEKS = 26;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A small seeded PRNG (sfc32). */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(key: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(key);
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  u32(): number {
    const t0 = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    const t = (t0 + this.d) | 0;
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** [0, 1) */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }

  /** `n` distinct items in random order (fewer when the list is shorter). */
  sample<T>(items: readonly T[], n: number): T[] {
    if (n <= 0) return [];
    if (n * 4 <= items.length) {
      // few out of many: draw indices until n distinct ones
      const seen = new Set<number>();
      const result: T[] = [];
      while (result.length < n) {
        const j = Math.floor(this.next() * items.length);
        if (!seen.has(j)) {
          seen.add(j);
          result.push(items[j] as T);
        }
      }
      return result;
    }
    const copy = items.slice();
    const k = Math.min(n, copy.length);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      const tmp = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = tmp;
    }
    return copy.slice(0, k);
  }

  /** A version-4-shaped UUID drawn from this stream (deterministic, not cryptographic). */
  uuid(): string {
    let s = '';
    for (let i = 0; i < 4; i++) {
      const v = this.u32();
      s += HEX[v >>> 24]! + HEX[(v >>> 16) & 255]! + HEX[(v >>> 8) & 255]! + HEX[v & 255]!;
    }
    const variant = '89ab'[parseInt(s[16]!, 16) & 3]!;
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
  }
}

/** The PRNG stream of one entity: independent of every other entity's. */
export const rngFor = (seed: number, kind: string, index: number | string): Rng => new Rng(`${seed}|${kind}|${index}`);

/** A deterministic UUID for (seed, kind, index). */
export const seededUuid = (seed: number, kind: string, index: number | string): string =>
  rngFor(seed, `id:${kind}`, index).uuid();

// ---------------------------------------------------------------------------
// Row types (property names = entity property names; bulk-load maps them to columns)

export type UserRoleRow = 'ADVISER' | 'CONSULTANT';
export type TaskStatusRow = 'DRAFT' | 'OPEN' | 'IN_PROGRESS' | 'SOLVED' | 'CLOSED';
export type PlacementTypeRow =
  | 'INTERNSHIP'
  | 'WAGE_SUBSIDY'
  | 'IGU'
  | 'SMALL_JOB'
  | 'ORDINARY_HOURS'
  | 'APPRENTICESHIP';
export type ProposalStatusRow = 'SUGGESTED' | 'PROPOSED' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';
export type DanishLevelRow = 'NONE' | 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

interface Stamped {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface UserRow extends Stamped {
  email: string;
  name: string;
  role: UserRoleRow;
  passwordHash: string | null;
  companyId: string | null;
  active: boolean;
  sessionEpoch: number;
}

export interface UserIndustryRow {
  userId: string;
  industryCode: string;
}

export interface CompanyRow extends Stamped {
  cvr: string;
  name: string;
  industryCode: string;
  tier: 'PARTNER' | 'COLLABORATION' | 'CONTACT';
  sector: 'PUBLIC' | 'PRIVATE';
  postcode: string;
  consultantId: string | null;
  contactCadenceDays: number;
  lastContactAt: Date | null;
  mentorCount: number;
  mentorLanguages: string[];
  version: number;
}

export interface ContactPersonRow extends Stamped {
  companyId: string;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

export interface CompanyContactRow extends Stamped {
  companyId: string;
  byId: string | null;
  contactedAt: Date;
  note: string;
}

export interface TaskRow extends Stamped {
  companyId: string;
  title: string;
  description: string;
  industryCode: string;
  danishLevel: DanishLevelRow;
  weeklyHours: number;
  schedule: string[];
  learningGoals: string;
  ordinaryHoursInSight: boolean;
  expectedOrdinaryHours: number | null;
  openings: number;
  postcode: string;
  requiresDrivingLicence: boolean;
  status: TaskStatusRow;
  statusReason: string | null;
  createdById: string | null;
  version: number;
}

export interface TaskCompetenceRow {
  taskId: string;
  competenceCode: string;
  minLevel: number;
  required: boolean;
}

export interface IguSlotRow extends Stamped {
  companyId: string;
  title: string;
  description: string;
  industryCode: string;
  startDate: string;
  weeklyHours: number;
  hourlyWage: number;
  openings: number;
  postcode: string;
  status: 'OPEN' | 'FILLED' | 'CLOSED';
  statusReason: string | null;
  version: number;
}

export interface CandidateRow extends Stamped {
  firstName: string;
  lastName: string;
  birthDate: string;
  postcode: string;
  targetGroup: 'INTEGRATION_PROGRAMME' | 'TRANSITION_BENEFIT' | 'CASH_BENEFIT' | 'UKRAINIAN_SPECIAL_ACT' | 'OTHER';
  readiness: 'JOB_READY' | 'ACTIVITY_READY' | 'EDUCATION_READY';
  residenceCategory: 'REFUGEE' | 'FAMILY_REUNIFIED_TO_REFUGEE' | 'OTHER';
  arrivalDate: string | null;
  danishLevel: DanishLevelRow;
  danishModule: string | null;
  languages: string[];
  availableWeeklyHours: number;
  goalWeeklyHours: number;
  currentOrdinaryHours: number;
  industriesWished: string[];
  hasDrivingLicence: boolean;
  maxCommuteKm: number;
  education: string;
  summary: string;
  accommodationNeeds: string | null;
  consentToShare: boolean;
  consentGivenAt: Date | null;
  consentRecordedById: string | null;
  adviserId: string | null;
  enrolledOn: string;
  status: 'ACTIVE' | 'INACTIVE';
  lastActivityAt: Date | null;
  version: number;
}

export interface CandidateCompetenceRow extends Stamped {
  candidateId: string;
  competenceCode: string;
  level: number;
  evidence: 'SELF_REPORTED' | 'OBSERVED_IN_PLACEMENT' | 'CERTIFIED';
}

export interface WeeklyActivityRow extends Stamped {
  candidateId: string;
  kind: 'DANISH_CLASS' | 'EDUCATION' | 'OTHER';
  label: string;
  weeklyHours: number;
}

export interface ForeignEducationRow extends Stamped {
  candidateId: string;
  title: string;
  years: number | null;
  recognitionStatus: 'NOT_APPLIED' | 'PENDING' | 'RECOGNISED' | 'PARTLY_RECOGNISED';
}

export interface HoursPlanStepRow {
  fromWeek: number;
  weeklyHours: number;
  ordinaryHours: number;
}

export interface PlacementRow extends Stamped {
  candidateId: string;
  companyId: string;
  taskId: string | null;
  iguSlotId: string | null;
  type: PlacementTypeRow;
  status: 'ACTIVE' | 'ENDED';
  startDate: string;
  plannedEndDate: string | null;
  endDate: string | null;
  mentorName: string | null;
  learningGoals: string;
  hoursPlan: HoursPlanStepRow[];
  outcome: 'CONVERTED_TO_ORDINARY_HOURS' | 'COMPLETED' | 'ENDED_EARLY' | 'IGU_STARTED' | 'EDUCATION_STARTED' | null;
  outcomeNote: string | null;
  createdById: string | null;
  version: number;
}

export interface FollowUpRow extends Stamped {
  placementId: string;
  date: string;
  authorId: string | null;
  attendedHours: number;
  ordinaryHours: number;
  absenceDays: number;
  progress: number;
  note: string;
  nextFollowUpDate: string | null;
  confirmedCompetenceCodes: string[];
  version: number;
}

export interface ProposalHistoryRow {
  status: ProposalStatusRow;
  at: string;
  byUserId: string | null;
  reason: string | null;
}

export interface ProposalRow extends Stamped {
  candidateId: string;
  taskId: string | null;
  iguSlotId: string | null;
  companyId: string;
  status: ProposalStatusRow;
  note: string | null;
  reason: string | null;
  proposedById: string | null;
  history: ProposalHistoryRow[];
}

/** Every generated table, in foreign-key order. */
export interface GeneratedRows {
  users: UserRow[];
  userIndustries: UserIndustryRow[];
  companies: CompanyRow[];
  contactPersons: ContactPersonRow[];
  companyContacts: CompanyContactRow[];
  tasks: TaskRow[];
  taskCompetences: TaskCompetenceRow[];
  iguSlots: IguSlotRow[];
  candidates: CandidateRow[];
  candidateCompetences: CandidateCompetenceRow[];
  weeklyActivities: WeeklyActivityRow[];
  foreignEducations: ForeignEducationRow[];
  placements: PlacementRow[];
  followUps: FollowUpRow[];
  proposals: ProposalRow[];
}

export const GENERATED_KEYS: (keyof GeneratedRows)[] = [
  'users',
  'userIndustries',
  'companies',
  'contactPersons',
  'companyContacts',
  'tasks',
  'taskCompetences',
  'iguSlots',
  'candidates',
  'candidateCompetences',
  'weeklyActivities',
  'foreignEducations',
  'placements',
  'followUps',
  'proposals',
];

export function emptyRows(): GeneratedRows {
  return {
    users: [],
    userIndustries: [],
    companies: [],
    contactPersons: [],
    companyContacts: [],
    tasks: [],
    taskCompetences: [],
    iguSlots: [],
    candidates: [],
    candidateCompetences: [],
    weeklyActivities: [],
    foreignEducations: [],
    placements: [],
    followUps: [],
    proposals: [],
  };
}

const rowCount = (r: GeneratedRows): number => GENERATED_KEYS.reduce((n, k) => n + r[k].length, 0);

// ---------------------------------------------------------------------------
// Options

/** Existing demo users and company the generated data attaches to (the demo logins). */
export interface DemoAnchors {
  adviserId: string;
  /** Share of candidates in the demo adviser's caseload (besides the forced scenarios). */
  adviserShare: number;
  consultantId: string;
  /** The demo consultant's portfolio (DB07 divisions). */
  consultantIndustries: string[];
  /** Share of generated companies placed in the portfolio industries; unset: natural industry weights. */
  portfolioShare?: number;
  /** Share of portfolio companies whose consultant is the demo consultant. */
  consultantShare: number;
  /** The demo company user's company (it exists already; no company row is generated for it). */
  company?: { id: string; name: string; industryCode: string; postcode: string };
}

export interface GeneratorOptions {
  seed: number;
  candidates: number;
  /** Company rows to generate (the demo company, when given, comes on top). */
  companies: number;
  /** Average tasks per company (the demo company included). */
  tasksPerCompany: number;
  /** IGU slots in all (the demo company's one included). */
  iguSlots: number;
  /** 'YYYY-MM-DD': every date is relative to it. */
  today: string;
  /** The moment of generation (ms since the epoch): no generated timestamp is later. Default: the end of `today`. */
  now?: number;
  /** Generated advisers; default one per ~70 candidates. */
  advisers?: number;
  /** Generated consultants; default one per ~60 companies. */
  consultants?: number;
  /** Domain of the generated users' e-mail addresses; default `seed<seed>.jobbro.test`. */
  emailDomain?: string;
  /** Password hash for the generated users (null: they cannot sign in with a password). */
  passwordHash?: string | null;
  /** CVR numbers already in use: never generated. */
  takenCvrs?: ReadonlySet<string>;
  demo?: DemoAnchors;
  /** The competence catalogue; default the shipped one. */
  catalogue?: CatalogueCompetence[];
}

// ---------------------------------------------------------------------------
// Reference lists

type Pc = readonly [postcode: string, town: string, weight: number];

interface Region {
  municipality: string;
  weight: number;
  postcodes: readonly Pc[];
}

/** Real postcodes, weighted towards a few municipalities, so that distances are realistic. */
export const REGIONS: readonly Region[] = [
  {
    municipality: 'Odense',
    weight: 30,
    postcodes: [
      ['5000', 'Odense', 6],
      ['5200', 'Odense', 4],
      ['5210', 'Odense', 4],
      ['5220', 'Odense', 5],
      ['5230', 'Odense', 4],
      ['5240', 'Odense', 4],
      ['5250', 'Odense', 4],
      ['5260', 'Odense', 4],
      ['5270', 'Odense', 4],
      ['5300', 'Kerteminde', 1],
      ['5330', 'Munkebo', 1],
      ['5450', 'Otterup', 1],
      ['5500', 'Middelfart', 1],
      ['5550', 'Langeskov', 1],
      ['5700', 'Svendborg', 1],
      ['5750', 'Ringe', 1],
      ['5800', 'Nyborg', 1],
    ],
  },
  {
    municipality: 'Aarhus',
    weight: 25,
    postcodes: [
      ['8000', 'Aarhus', 5],
      ['8200', 'Aarhus', 4],
      ['8210', 'Aarhus', 4],
      ['8220', 'Brabrand', 5],
      ['8230', 'Åbyhøj', 2],
      ['8240', 'Risskov', 1],
      ['8250', 'Egå', 1],
      ['8260', 'Viby', 4],
      ['8270', 'Højbjerg', 2],
      ['8310', 'Tranbjerg', 1],
      ['8361', 'Hasselager', 1],
      ['8381', 'Tilst', 1],
    ],
  },
  {
    municipality: 'Vejle',
    weight: 10,
    postcodes: [
      ['7100', 'Vejle', 6],
      ['7120', 'Vejle', 3],
      ['7080', 'Børkop', 1],
      ['7000', 'Fredericia', 2],
    ],
  },
  {
    municipality: 'Hillerød',
    weight: 8,
    postcodes: [
      ['3400', 'Hillerød', 6],
      ['3450', 'Allerød', 1],
      ['3480', 'Fredensborg', 1],
      ['3200', 'Helsinge', 1],
      ['3300', 'Frederiksværk', 1],
      ['3320', 'Skævinge', 1],
    ],
  },
  {
    municipality: 'Skive',
    weight: 6,
    postcodes: [
      ['7800', 'Skive', 7],
      ['7840', 'Højslev', 1],
      ['7850', 'Stoholm', 1],
      ['7860', 'Spøttrup', 1],
      ['7870', 'Roslev', 1],
    ],
  },
  {
    municipality: 'Vesthimmerlands',
    weight: 6,
    postcodes: [
      ['9600', 'Aars', 6],
      ['9610', 'Nørager', 1],
      ['9620', 'Aalestrup', 1],
      ['9640', 'Farsø', 2],
      ['9670', 'Løgstør', 2],
    ],
  },
  {
    municipality: 'København',
    weight: 15,
    postcodes: [
      ['2200', 'København', 3],
      ['2300', 'København', 2],
      ['2400', 'København', 4],
      ['2450', 'København', 2],
      ['2500', 'Valby', 2],
      ['2605', 'Brøndby', 2],
      ['2620', 'Albertslund', 2],
      ['2630', 'Taastrup', 2],
      ['2635', 'Ishøj', 2],
      ['2650', 'Hvidovre', 2],
      ['2660', 'Brøndby Strand', 2],
    ],
  },
];

const REGION_WEIGHTS = REGIONS.map((r, i) => [i, r.weight] as const);
const POSTCODE_TO_REGION = new Map<string, number>();
REGIONS.forEach((r, i) => {
  for (const [pc] of r.postcodes) POSTCODE_TO_REGION.set(pc, i);
});

/** Every postcode the generator can produce. */
export const GENERATOR_POSTCODES: readonly string[] = REGIONS.flatMap((r) => r.postcodes.map(([pc]) => pc));

interface NamePool {
  weight: number;
  first: readonly string[];
  last: readonly string[];
  languages: readonly string[];
  extraLanguages: readonly string[];
}

// biome-ignore format: compact word lists
const DANISH_POOL: NamePool = {
  weight: 10,
  first: [
    'Mette', 'Anne', 'Kirsten', 'Hanne', 'Susanne', 'Lene', 'Camilla', 'Louise', 'Maria', 'Julie', 'Sofie', 'Ida',
    'Emma', 'Line', 'Tina', 'Pia', 'Jens', 'Peter', 'Lars', 'Michael', 'Henrik', 'Søren', 'Thomas', 'Jesper',
    'Martin', 'Anders', 'Rasmus', 'Mikkel', 'Kasper', 'Frederik', 'Mads', 'Christian', 'Niels', 'Morten', 'Jonas',
    'Emil',
  ],
  last: [
    'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
    'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen',
    'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Mikkelsen', 'Frederiksen', 'Holm', 'Lund', 'Schmidt', 'Eriksen',
    'Kjær', 'Bach',
  ],
  languages: [],
  extraLanguages: ['en', 'de'],
};

// biome-ignore format: compact word lists
const NAME_POOLS: readonly NamePool[] = [
  {
    weight: 26,
    first: [
      'Mohammad', 'Ahmad', 'Ali', 'Omar', 'Khaled', 'Mahmoud', 'Hassan', 'Hussein', 'Yousef', 'Ibrahim', 'Mustafa',
      'Abdullah', 'Samir', 'Tarek', 'Walid', 'Bilal', 'Rami', 'Fatima', 'Aisha', 'Maryam', 'Noor', 'Rania', 'Huda',
      'Amina', 'Layla', 'Zainab', 'Rasha', 'Dima', 'Hiba', 'Samira', 'Nour', 'Yasmin', 'Salma', 'Reem',
    ],
    last: [
      'Al-Hassan', 'Haddad', 'Khalil', 'Mansour', 'Nasser', 'Saleh', 'Youssef', 'Hamdan', 'Darwish', 'Ibrahim',
      'Abdallah', 'Al-Ahmad', 'Othman', 'Kassem', 'Rahman', 'Al-Khatib', 'Shalabi', 'Jaber', 'Hamoud', 'Al-Ali',
      'Suleiman', 'Qasim', 'Barakat', 'Aziz', 'Najjar',
    ],
    languages: ['ar'],
    extraLanguages: ['en', 'fr', 'tr'],
  },
  {
    weight: 16,
    first: [
      'Ahmad', 'Mohammad', 'Ali', 'Reza', 'Mehdi', 'Hamid', 'Javad', 'Farid', 'Karim', 'Nasir', 'Jawad', 'Hossein',
      'Sardar', 'Zahra', 'Fatemeh', 'Maryam', 'Shirin', 'Parisa', 'Nargis', 'Soraya', 'Farzana', 'Mina', 'Leila',
      'Setareh', 'Roya', 'Nazanin', 'Fereshteh', 'Mahsa', 'Tahmina',
    ],
    last: [
      'Ahmadi', 'Hosseini', 'Rahimi', 'Karimi', 'Mohammadi', 'Rezaei', 'Jafari', 'Noori', 'Sultani', 'Haidari',
      'Sadiqi', 'Azizi', 'Amiri', 'Rasuli', 'Qaderi', 'Yousufi', 'Hakimi', 'Nazari', 'Safi', 'Popal', 'Mirzaei',
      'Akbari', 'Hashemi',
    ],
    languages: ['fa'],
    extraLanguages: ['ps', 'en', 'ur'],
  },
  {
    weight: 15,
    first: [
      'Oleksandr', 'Andrii', 'Dmytro', 'Serhii', 'Mykola', 'Volodymyr', 'Ivan', 'Yurii', 'Vasyl', 'Taras', 'Bohdan',
      'Maksym', 'Olena', 'Olha', 'Tetiana', 'Nataliia', 'Iryna', 'Svitlana', 'Oksana', 'Yuliia', 'Kateryna',
      'Mariia', 'Anastasiia', 'Viktoriia', 'Halyna', 'Liudmyla',
    ],
    last: [
      'Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Oliinyk', 'Shevchuk',
      'Koval', 'Polishchuk', 'Lysenko', 'Marchenko', 'Rudenko', 'Savchenko', 'Petrenko', 'Klymenko', 'Moroz',
      'Pavlenko', 'Kovalchuk', 'Ponomarenko', 'Levchenko', 'Kharchenko', 'Hnatiuk',
    ],
    languages: ['uk'],
    extraLanguages: ['ru', 'en', 'pl'],
  },
  {
    weight: 11,
    first: [
      'Abdi', 'Abdirahman', 'Abdullahi', 'Mohamed', 'Ahmed', 'Hassan', 'Farah', 'Said', 'Yusuf', 'Mahad', 'Liban',
      'Hodan', 'Hawa', 'Fadumo', 'Sahra', 'Ayan', 'Asha', 'Amal', 'Khadra', 'Nasra', 'Ifrah', 'Sagal', 'Ubah',
    ],
    last: [
      'Abdi', 'Ali', 'Warsame', 'Hussein', 'Farah', 'Jama', 'Osman', 'Mohamud', 'Yusuf', 'Aden', 'Ismail', 'Hersi',
      'Abdullahi', 'Nur', 'Egal', 'Dahir', 'Guled', 'Muse', 'Samatar', 'Elmi',
    ],
    languages: ['so'],
    extraLanguages: ['ar', 'en', 'sw'],
  },
  {
    weight: 11,
    first: [
      'Yonas', 'Daniel', 'Samuel', 'Filmon', 'Tesfalem', 'Mebrahtu', 'Habtom', 'Kidane', 'Berhane', 'Semere',
      'Robel', 'Amanuel', 'Yohannes', 'Selam', 'Helen', 'Senait', 'Rahel', 'Saba', 'Luwam', 'Winta', 'Feven',
      'Hiwet', 'Yordanos', 'Mehret', 'Abeba', 'Tsega',
    ],
    last: [
      'Tesfamariam', 'Ghebremedhin', 'Weldemichael', 'Habte', 'Tekle', 'Berhe', 'Gebreyesus', 'Kidane', 'Haile',
      'Mehari', 'Asmerom', 'Yemane', 'Negash', 'Tsegay', 'Woldu', 'Abraha', 'Gebremariam', 'Fissehaye',
    ],
    languages: ['ti'],
    extraLanguages: ['am', 'ar', 'en'],
  },
  {
    weight: 11,
    first: [
      'Azad', 'Rebwar', 'Dilshad', 'Shivan', 'Hemin', 'Karwan', 'Rojhat', 'Baran', 'Serhat', 'Zana', 'Delshad',
      'Rezan', 'Berivan', 'Rojin', 'Dilan', 'Hevi', 'Nishtiman', 'Shilan', 'Zilan', 'Avin', 'Jiyan', 'Lana',
      'Nazdar', 'Gulistan', 'Rozerin',
    ],
    last: [
      'Ahmed', 'Rashid', 'Omar', 'Mahmoud', 'Karim', 'Aziz', 'Salih', 'Hama', 'Rasul', 'Qadir', 'Amin', 'Faraj',
      'Sharif', 'Bakir', 'Mustafa', 'Jalal', 'Haji', 'Hawrami', 'Zebari', 'Doski',
    ],
    languages: ['ku'],
    extraLanguages: ['ar', 'tr', 'fa', 'en'],
  },
  DANISH_POOL,
];
const POOL_WEIGHTS = NAME_POOLS.map((p, i) => [i, p.weight] as const);
const DANISH_POOL_INDEX = NAME_POOLS.indexOf(DANISH_POOL);
const UKRAINIAN_POOL_INDEX = 2;

/** DB07 divisions the generator uses, with the competence domains their work draws on. */
interface IndustryDef {
  code: string;
  weight: number;
  domains: readonly string[];
  schedules: readonly (readonly [string[], number])[];
  /** Danish level tasks ask for. */
  danish: readonly (readonly [DanishLevelRow, number])[];
  publicShare: number;
  contactTitles: readonly string[];
}

const LOW_DANISH: readonly (readonly [DanishLevelRow, number])[] = [
  ['NONE', 3],
  ['A1', 4],
  ['A2', 3],
  ['B1', 1],
];
const CARE_DANISH: readonly (readonly [DanishLevelRow, number])[] = [
  ['A2', 3],
  ['B1', 4],
  ['B2', 1],
];

const INDUSTRIES: readonly IndustryDef[] = [
  {
    code: '52',
    weight: 14,
    domains: ['warehouse'],
    schedules: [
      [['DAY'], 6],
      [['DAY', 'EVENING'], 2],
      [['NIGHT'], 1],
    ],
    danish: LOW_DANISH,
    publicShare: 0,
    contactTitles: ['Lagerchef', 'Driftsleder', 'Teamleder, lager', 'HR-partner'],
  },
  {
    code: '81',
    weight: 12,
    domains: ['cleaning', 'maintenance'],
    schedules: [
      [['DAY'], 4],
      [['EVENING'], 3],
      [['DAY', 'WEEKEND'], 1],
    ],
    danish: LOW_DANISH,
    publicShare: 0.15,
    contactTitles: ['Serviceleder', 'Inspektør', 'Driftsleder', 'Ejer'],
  },
  {
    code: '56',
    weight: 12,
    domains: ['kitchen', 'hospitality'],
    schedules: [
      [['DAY'], 4],
      [['EVENING'], 2],
      [['EVENING', 'WEEKEND'], 2],
    ],
    danish: LOW_DANISH,
    publicShare: 0.15,
    contactTitles: ['Køkkenchef', 'Restaurantchef', 'Kantineleder', 'Ejer'],
  },
  {
    code: '87',
    weight: 8,
    domains: ['care'],
    schedules: [
      [['DAY'], 5],
      [['DAY', 'EVENING'], 2],
      [['DAY', 'WEEKEND'], 1],
    ],
    danish: CARE_DANISH,
    publicShare: 0.7,
    contactTitles: ['Centerleder', 'Afdelingsleder', 'Sygeplejerske', 'Uddannelsesansvarlig'],
  },
  {
    code: '88',
    weight: 7,
    domains: ['care'],
    schedules: [
      [['DAY'], 6],
      [['DAY', 'EVENING'], 1],
    ],
    danish: CARE_DANISH,
    publicShare: 0.75,
    contactTitles: ['Leder', 'Pædagogisk leder', 'Distriktsleder', 'Souschef'],
  },
  {
    code: '43',
    weight: 10,
    domains: ['construction'],
    schedules: [[['DAY'], 1]],
    danish: LOW_DANISH,
    publicShare: 0,
    contactTitles: ['Formand', 'Byggeleder', 'Mester', 'Ejer'],
  },
  {
    code: '10',
    weight: 9,
    domains: ['manufacturing', 'kitchen'],
    schedules: [
      [['DAY'], 4],
      [['DAY', 'EVENING'], 2],
      [['NIGHT'], 1],
    ],
    danish: LOW_DANISH,
    publicShare: 0,
    contactTitles: ['Produktionsleder', 'Mester', 'HR-konsulent', 'Holdleder'],
  },
  {
    code: '47',
    weight: 10,
    domains: ['retail'],
    schedules: [
      [['DAY'], 3],
      [['DAY', 'WEEKEND'], 2],
      [['EVENING', 'WEEKEND'], 1],
    ],
    danish: [
      ['A1', 2],
      ['A2', 4],
      ['B1', 3],
    ],
    publicShare: 0,
    contactTitles: ['Butikschef', 'Souschef', 'Købmand', 'Afdelingsleder'],
  },
  {
    code: '49',
    weight: 7,
    domains: ['driving'],
    schedules: [
      [['DAY'], 4],
      [['DAY', 'EVENING'], 2],
      [['NIGHT'], 1],
    ],
    danish: [
      ['A1', 2],
      ['A2', 4],
      ['B1', 2],
    ],
    publicShare: 0,
    contactTitles: ['Vognmand', 'Trafikleder', 'Disponent', 'Ejer'],
  },
  {
    code: '01',
    weight: 5,
    domains: ['agriculture'],
    schedules: [
      [['DAY'], 5],
      [['DAY', 'WEEKEND'], 1],
    ],
    danish: LOW_DANISH,
    publicShare: 0.05,
    contactTitles: ['Driftsleder', 'Gartner', 'Landmand', 'Ejer'],
  },
  {
    code: '55',
    weight: 6,
    domains: ['hospitality', 'cleaning'],
    schedules: [
      [['DAY'], 3],
      [['DAY', 'WEEKEND'], 3],
      [['EVENING', 'WEEKEND'], 1],
    ],
    danish: LOW_DANISH,
    publicShare: 0,
    contactTitles: ['Housekeeping-chef', 'Hoteldirektør', 'Receptionschef', 'Køkkenchef'],
  },
];
const INDUSTRY_BY_CODE = new Map(INDUSTRIES.map((d) => [d.code, d]));

/** The DB07 divisions the generator uses. */
export const GENERATOR_INDUSTRIES: readonly string[] = INDUSTRIES.map((d) => d.code);

interface TaskTemplate {
  title: string;
  description: string;
  learningGoals: string;
  /** Preferred competences (catalogue codes); the rest is drawn from the industry's domains. */
  hints: readonly string[];
}

const TASKS: Record<string, readonly TaskTemplate[]> = {
  '52': [
    {
      title: 'Ordreplukning i formiddagens spidsbelastning',
      description:
        'Butiksordrer skal plukkes og pakkes inden kl. 12. I dag når chaufførerne det kun, når de har tid, og ordrerne bliver sendt for sent.',
      learningGoals:
        'Plukke efter plukliste og håndterminal, pakke og mærke ordrer korrekt og køre sikkert med el-palleløfter.',
      hints: ['order-picking', 'barcode-scanning', 'pallet-jack-operation'],
    },
    {
      title: 'Varemodtagelse og placering af varer',
      description:
        'Indkommende paller står ofte en hel dag, før de bliver talt op og sat på plads. Vi har brug for en fast hånd til varemodtagelsen.',
      learningGoals: 'Kontrollere følgesedler, tælle varer op, placere dem efter lagersystemet og melde afvigelser.',
      hints: ['goods-receipt', 'warehouse-work', 'stock-rotation'],
    },
    {
      title: 'Palleopbygning og strækfilm til udkørsel',
      description:
        'Paller til udkørsel skal bygges stabilt og pakkes i strækfilm. Opgaven løses i dag i hast af lagerlederen selv.',
      learningGoals: 'Bygge stabile paller, bruge strækfilmsmaskine, læsse lastbiler sikkert og følge løfteteknik.',
      hints: ['pallet-building', 'loading-unloading', 'heavy-lifting'],
    },
    {
      title: 'Returvarer og kassation',
      description:
        'Returvarer fra butikkerne hober sig op i et hjørne af lageret. De skal sorteres, tælles og enten sættes på lager igen eller kasseres.',
      learningGoals: 'Sortere returvarer efter faste regler, registrere dem og mærke varer, der skal sælges igen.',
      hints: ['labelling', 'stocktaking', 'waste-sorting'],
    },
    {
      title: 'Varerotation og datokontrol på kølelageret',
      description:
        'Kølevarer skal roteres efter først-ind-først-ud, og datoer skal kontrolleres dagligt. Opgaven bliver ofte sprunget over.',
      learningGoals: 'Arbejde efter FIFO, kontrollere datoer og temperaturer og arbejde sikkert på køl og frost.',
      hints: ['cold-storage', 'stock-rotation', 'temperature-checks'],
    },
    {
      title: 'Pakning af webordrer',
      description:
        'Webbutikkens ordrer pakkes i dag af kontorpersonalet. Vi vil gerne have en fast pakker på fuld tid.',
      learningGoals: 'Pakke ordrer sikkert og hurtigt, printe fragtlabels og holde pakkeområdet ryddeligt.',
      hints: ['shipping-packing', 'parcel-sorting', 'barcode-scanning'],
    },
  ],
  '81': [
    {
      title: 'Kontorrengøring efter lukketid',
      description:
        'Tre kontorkunder får i dag kun rengjort hver anden dag, fordi holdet ikke når det. Opgaven er daglig rengøring af kontorer, køkken og toiletter.',
      learningGoals:
        'Gøre rent efter farvekoder og mikrofibermetoden, bruge kemikalier sikkert og arbejde efter kundens kvalitetsniveau.',
      hints: ['office-cleaning', 'cleaning-methods', 'toilet-cleaning'],
    },
    {
      title: 'Trappevask i boligforeningens opgange',
      description:
        'Opgangene i tre blokke bliver vasket for sjældent, og beboerne klager. Opgaven er fast trappevask hver uge.',
      learningGoals: 'Planlægge en rute, vaske trapper effektivt og tale venligt og kort med beboerne.',
      hints: ['stairwell-cleaning', 'cleaning-chemicals'],
    },
    {
      title: 'Udendørs renholdelse og affaldsøer',
      description:
        'Affaldsøerne flyder, og fællesarealerne bliver ikke fejet. Viceværten har ikke tid ved siden af reparationerne.',
      learningGoals: 'Sortere affald korrekt, holde fællesarealer rene og melde skader til viceværten.',
      hints: ['outdoor-cleaning', 'waste-sorting'],
    },
    {
      title: 'Hjælp til viceværten med småreparationer',
      description: 'Små opgaver som at skifte pærer, stramme dørhåndtag og male pletter venter i ugevis.',
      learningGoals: 'Bruge håndværktøj sikkert, udføre enkle reparationer og registrere udførte opgaver.',
      hints: ['caretaker', 'handyman', 'electrical-maintenance'],
    },
    {
      title: 'Gulvpleje med skuremaskine i institutioner',
      description: 'Gulvene i to skoler trænger til afrensning og polering, som ingen i det faste hold har tid til.',
      learningGoals: 'Betjene gulvvaskemaskine, afrense og polere gulve og arbejde sikkert med kemikalier.',
      hints: ['floor-scrubber', 'floor-care', 'institution-cleaning'],
    },
    {
      title: 'Vinduespudsning i stueetagen',
      description: 'Kunderne ønsker pudsede vinduer hver måned, men opgaven bliver udskudt.',
      learningGoals: 'Pudse vinduer uden striber, bruge det rigtige udstyr og planlægge en rute.',
      hints: ['window-cleaning'],
    },
  ],
  '56': [
    {
      title: 'Opvask og køkkenhjælp i frokostkantinen',
      description: 'Opvasken hober sig op efter frokost, og kokkene må selv tage den. Vi mangler hjælp fra 10 til 15.',
      learningGoals:
        'Betjene opvaskemaskinen, holde køkkenet rent efter hygiejnereglerne og hjælpe kokkene med forberedelse.',
      hints: ['dishwashing', 'canteen-work', 'kitchen-closing'],
    },
    {
      title: 'Forberedelse af grøntsager og salater',
      description:
        'Hver morgen skal der skrælles og snittes til 300 kuverter. Det tager kokkene to timer, de ikke har.',
      learningGoals: 'Skrælle og snitte grøntsager hurtigt og sikkert, lave enkle salater og opbevare råvarer korrekt.',
      hints: ['vegetable-preparation', 'cold-kitchen', 'food-hygiene-certificate'],
    },
    {
      title: 'Anretning af frokostbuffet',
      description: 'Buffeten skal sættes op og fyldes op løbende mellem 11.30 og 13.',
      learningGoals: 'Anrette mad pænt, holde øje med temperaturer og fylde op i tide.',
      hints: ['food-presentation', 'temperature-checks'],
    },
    {
      title: 'Smørrebrød og koldt køkken',
      description:
        'Vi får flere bestillinger på smørrebrød, end vi kan nå. Opgaven er at smøre og anrette efter opskrift.',
      learningGoals: 'Smøre smørrebrød efter opskrift, overholde hygiejneregler og kende de almindelige allergener.',
      hints: ['cold-kitchen', 'allergens'],
    },
    {
      title: 'Servering og oprydning om aftenen',
      description: 'Om aftenen mangler vi en ekstra til at dække borde, servere og rydde op.',
      learningGoals: 'Dække borde, servere for gæster, tage imod enkle bestillinger og lukke restauranten ned.',
      hints: ['waiting-tables', 'kitchen-closing'],
    },
    {
      title: 'Egenkontrol og råvaremodtagelse',
      description:
        'Temperaturmålinger og modtagekontrol bliver ikke skrevet ned hver dag, og det giver problemer ved kontrolbesøg.',
      learningGoals: 'Måle og registrere temperaturer, tage imod varer og sætte dem korrekt på køl og frost.',
      hints: ['temperature-checks', 'kitchen-supplies'],
    },
  ],
  '87': [
    {
      title: 'Måltidsstøtte og hygge ved frokost',
      description:
        'Beboerne spiser bedre, når der er tid til at sidde med ved bordet, men personalet når det sjældent.',
      learningGoals: 'Hjælpe beboere ved måltider, tale roligt og respektfuldt og observere ændringer hos beboerne.',
      hints: ['meal-assistance', 'professional-conduct', 'activity-work'],
    },
    {
      title: 'Aktiviteter for beboerne om eftermiddagen',
      description: 'Eftermiddagene er lange for beboerne. Vi vil gerne have nogen til gåture, spil og sang.',
      learningGoals: 'Planlægge og gennemføre enkle aktiviteter og ledsage beboere sikkert.',
      hints: ['activity-work', 'accompanying'],
    },
    {
      title: 'Hjælp til personlig pleje sammen med en SOSU-assistent',
      description:
        'Morgenplejen er presset. Opgaven er at hjælpe en SOSU-assistent med bad, påklædning og sengeredning.',
      learningGoals:
        'Udføre personlig pleje under vejledning, følge hygiejnereglerne og bruge forflytningshjælpemidler.',
      hints: ['personal-care', 'care-hygiene', 'patient-transfer'],
    },
    {
      title: 'Linned og tøjvask på afdelingen',
      description: 'Tøjvask og linnedskift tager tid fra plejen. Vi vil gerne samle opgaven hos én person.',
      learningGoals: 'Sortere og vaske tøj og linned korrekt, holde styr på beboernes tøj og følge hygiejneregler.',
      hints: ['laundry', 'linen-washing'],
    },
    {
      title: 'Ledsagelse af beboere til aftaler',
      description: 'Beboere skal følges til læge, frisør og indkøb, og det tager personalet væk fra afdelingen.',
      learningGoals: 'Ledsage borgere trygt, kommunikere med andre fagpersoner og melde tilbage til kontaktpersonen.',
      hints: ['accompanying', 'communication'],
    },
  ],
  '88': [
    {
      title: 'Praktisk hjælp i hjemmeplejen',
      description: 'Rengøring og indkøb hos borgerne bliver udskudt, når plejen er presset.',
      learningGoals: 'Gøre rent i borgernes hjem, handle ind efter liste og møde borgerne med respekt.',
      hints: ['home-care', 'domestic-cleaning', 'professional-conduct'],
    },
    {
      title: 'Pædagogmedhjælp i børnehaven',
      description: 'Vi mangler en ekstra voksen om formiddagen til leg, måltider og oprydning.',
      learningGoals: 'Indgå i børnehavens dagsrytme, lege og tale med børnene og samarbejde med pædagogerne.',
      hints: ['childcare', 'communication'],
    },
    {
      title: 'Lektiecafé og fritidsaktiviteter i SFO',
      description: 'Lektiecaféen har flere børn end voksne. Vi søger en, der kan hjælpe med lektier og aktiviteter.',
      learningGoals: 'Hjælpe børn med lektier, sætte aktiviteter i gang og samarbejde med forældre og kolleger.',
      hints: ['after-school-care', 'homework-help'],
    },
    {
      title: 'Brobygger i boligområdet',
      description: 'Mange beboere har brug for hjælp til breve og kontakt med kommunen, og det kræver sprogkundskaber.',
      learningGoals: 'Vejlede borgere om tilbud, hjælpe med breve og blanketter og henvise til de rette fagpersoner.',
      hints: ['community-mediation', 'interpreting', 'paperwork-help'],
    },
    {
      title: 'Ledsagelse af borgere med handicap',
      description: 'Borgere med handicap ønsker at komme mere ud, men der er ikke personale til ledsagelse.',
      learningGoals: 'Ledsage og støtte borgere, tilpasse hjælpen til den enkelte og dokumentere kort.',
      hints: ['disability-support', 'accompanying'],
    },
  ],
  '43': [
    {
      title: 'Byggepladsoprydning og affaldssortering',
      description: 'Byggepladsen bliver rodet, og svendene bruger tid på at rydde op i stedet for at bygge.',
      learningGoals: 'Sortere byggeaffald, holde adgangsveje fri og følge sikkerhedsreglerne på en byggeplads.',
      hints: ['site-clean-up', 'general-labouring', 'construction-safety'],
    },
    {
      title: 'Malerarbejde: afdækning og spartling',
      description: 'Før malerne kan male, skal der dækkes af og spartles. Det tager svendenes tid.',
      learningGoals: 'Afdække, spartle og slibe, grunde og male enkle flader og gøre værktøj rent.',
      hints: ['painting', 'filling-spackling'],
    },
    {
      title: 'Arbejdsmand ved støbning',
      description: 'Ved støbninger mangler vi ekstra hænder til forskalling, armering og afretning.',
      learningGoals: 'Hjælpe ved forskalling og armering, afrette beton og arbejde sikkert med værktøj.',
      hints: ['concrete-work', 'general-labouring'],
    },
    {
      title: 'Tømrermedhjælper ved gipsvægge',
      description:
        'Ved renoveringer skal der bæres og skæres gips og lægter. Svendene vil gerne have en fast medhjælper.',
      learningGoals: 'Måle op, skære og montere gips under vejledning og bruge el-værktøj sikkert.',
      hints: ['drywall', 'carpentry', 'hand-tools'],
    },
    {
      title: 'Murerarbejdsmand',
      description: 'Murerne venter på sten og mørtel. Vi mangler en arbejdsmand, der kan holde dem forsynet.',
      learningGoals: 'Blande mørtel, bære og stable sten, rejse enkle stilladser og holde orden.',
      hints: ['masonry', 'scaffolding', 'heavy-lifting'],
    },
    {
      title: 'Nedrivning ved renoveringer',
      description: 'Før renoveringen skal gamle køkkener og vægge fjernes og køres væk.',
      learningGoals: 'Nedrive sikkert, bruge værnemidler og sortere affald korrekt.',
      hints: ['demolition', 'site-clean-up', 'protective-equipment'],
    },
  ],
  '10': [
    {
      title: 'Pakning ved pakkelinjen',
      description: 'Pakkelinjen kører kun på halv fart, fordi der mangler folk ved pakningen sidst på dagen.',
      learningGoals: 'Pakke færdigvarer efter instruks, holde tempoet på linjen og følge hygiejnereglerne.',
      hints: ['manual-packing', 'packaging-machine', 'food-production'],
    },
    {
      title: 'Udskæring og pakning på slagteriet',
      description: 'Udskæringen mangler folk i sæsonen. Opgaven er enkel udskæring og pakning efter oplæring.',
      learningGoals: 'Skære ud efter instruks, bruge kniv og værnemidler sikkert og holde hygiejnen.',
      hints: ['slaughterhouse-work', 'food-production'],
    },
    {
      title: 'Bageri: udbagning og pakning',
      description: 'Brødet skal ud af ovnen og pakkes til butikkerne inden kl. 6. Bagerne når det ikke alene.',
      learningGoals: 'Betjene ovne og pakkemaskine, følge opskrifter og arbejde hygiejnisk.',
      hints: ['baking', 'food-production', 'food-hygiene-certificate'],
    },
    {
      title: 'Rengøring af produktionsudstyr',
      description: 'Maskinerne skal rengøres mellem skiftene, og det forsinker opstarten.',
      learningGoals: 'Adskille og rengøre maskiner efter instruks og bruge kemikalier sikkert.',
      hints: ['industrial-cleaning', 'food-machinery'],
    },
    {
      title: 'Kvalitetskontrol og prøveudtagning',
      description: 'Der bliver taget for få prøver fra produktionen, fordi holdlederne ikke har tid.',
      learningGoals: 'Tage prøver efter plan, registrere resultater og melde afvigelser.',
      hints: ['quality-control', 'sampling'],
    },
  ],
  '47': [
    {
      title: 'Varepåfyldning om morgenen',
      description: 'Hylderne er ikke fyldt op, når butikken åbner. Vi mangler hjælp fra 6 til 10.',
      learningGoals: 'Fylde varer op efter planogram, rotere varer og holde hylderne pæne.',
      hints: ['shelf-stacking', 'stock-rotation'],
    },
    {
      title: 'Kassearbejde i weekenden',
      description: 'Der er lange køer i weekenden. Vi vil gerne lære en ny medarbejder kassen.',
      learningGoals: 'Betjene kassen, tælle kassen op og hjælpe kunderne venligt.',
      hints: ['cashier', 'customer-service', 'numeracy-money'],
    },
    {
      title: 'Prismærkning og varekontrol',
      description: 'Forkerte priser på hylderne giver klager. Opgaven er daglig kontrol og mærkning.',
      learningGoals: 'Kontrollere og skifte prisskilte, tjekke datoer og melde mangler.',
      hints: ['price-marking'],
    },
    {
      title: 'Slagter- og delikatessedisk',
      description: 'Disken er underbemandet om eftermiddagen.',
      learningGoals: 'Betjene kunder ved disken, skære og veje varer og overholde hygiejneregler.',
      hints: ['deli-counter', 'food-hygiene-certificate'],
    },
    {
      title: 'Vareudstilling og butiksindretning',
      description: 'Kampagnevarerne bliver ikke stillet pænt op, og det koster salg.',
      learningGoals: 'Bygge vareudstillinger efter kampagneplan og holde butikken indbydende.',
      hints: ['visual-merchandising', 'shelf-stacking'],
    },
  ],
  '49': [
    {
      title: 'Pakkeudbringning med varebil',
      description: 'Vi har flere pakker end chauffører i højsæsonen.',
      learningGoals: 'Køre en fast rute, levere pakker med scanner og tale venligt med modtagerne.',
      hints: ['parcel-delivery', 'van-driving', 'driving-licence-b'],
    },
    {
      title: 'Chaufførmedhjælper ved møbeltransport',
      description: 'Chaufførerne kører alene og har svært ved at bære store møbler ind.',
      learningGoals: 'Bære og sikre gods korrekt, montere enkle møbler og tale med kunderne.',
      hints: ['furniture-delivery', 'loading-unloading'],
    },
    {
      title: 'Flextrafik og handicapkørsel',
      description: 'Der mangler chauffører til morgenkørsel med borgere.',
      learningGoals: 'Køre sikkert med passagerer, hjælpe med kørestole og overholde tider.',
      hints: ['disabled-transport', 'driving-licence-b', 'passenger-service'],
    },
    {
      title: 'Daglig klargøring af busser',
      description: 'Busserne bliver ikke gjort rent og tjekket hver dag.',
      learningGoals: 'Rengøre busser indvendigt, udføre daglig kontrol og melde fejl.',
      hints: ['vehicle-interior-cleaning', 'vehicle-daily-check'],
    },
    {
      title: 'Omdeling af aviser og reklamer',
      description: 'Ruterne i yderområderne bliver ikke dækket.',
      learningGoals: 'Planlægge en rute, omdele korrekt og stabilt og melde tilbage om problemer.',
      hints: ['leaflet-delivery', 'route-planning'],
    },
  ],
  '01': [
    {
      title: 'Høst og sortering af grøntsager',
      description: 'I høstsæsonen mangler vi hænder til plukning og sortering.',
      learningGoals: 'Høste skånsomt, sortere efter kvalitet og størrelse og arbejde i et fast tempo.',
      hints: ['harvesting', 'produce-grading'],
    },
    {
      title: 'Væksthusarbejde: potning og udplantning',
      description: 'Planterne skal pottes om og flyttes, før de bliver for store.',
      learningGoals: 'Potte og plante ud, vande og passe planter og holde væksthuset ryddeligt.',
      hints: ['greenhouse-work', 'planting-potting'],
    },
    {
      title: 'Staldarbejde i svineproduktionen',
      description: 'Staldene skal muges ud og dyrene tilses, også i weekenden.',
      learningGoals: 'Fodre og tilse dyr, rengøre stalde og følge smitteregler.',
      hints: ['pig-farming', 'animal-feeding'],
    },
    {
      title: 'Pleje af grønne områder',
      description: 'Græs og hække bliver ikke passet i sommermånederne.',
      learningGoals: 'Bruge plæneklipper og hækkeklipper sikkert og holde områderne pæne.',
      hints: ['green-areas', 'lawn-mowing', 'pruning'],
    },
    {
      title: 'Malkning og fodring i kvægstalden',
      description: 'Malkningen morgen og aften mangler en fast afløser.',
      learningGoals: 'Malke efter rutinen, fodre og holde øje med dyrenes sundhed.',
      hints: ['dairy-farming', 'animal-feeding'],
    },
  ],
  '55': [
    {
      title: 'Værelsesrengøring og sengeredning',
      description: 'I weekenderne når vi ikke at gøre alle værelser klar til kl. 15.',
      learningGoals: 'Gøre værelser rene efter hotellets standard, rede senge og melde fejl og mangler.',
      hints: ['hotel-room-cleaning', 'bed-making'],
    },
    {
      title: 'Opsætning af morgenmadsbuffet',
      description: 'Morgenmaden skal stå klar kl. 6.30 og fyldes op løbende.',
      learningGoals: 'Sætte buffet op, fylde op og holde området rent og indbydende.',
      hints: ['breakfast-buffet', 'food-presentation'],
    },
    {
      title: 'Linnedrum og vaskeri',
      description: 'Linnedrummet er uorganiseret, og der mangler rene håndklæder i weekenden.',
      learningGoals: 'Sortere, vaske og folde linned og holde styr på beholdningen.',
      hints: ['linen-room', 'laundry'],
    },
    {
      title: 'Opstilling til møder og konferencer',
      description: 'Konferencesalene skal stilles om mellem arrangementerne.',
      learningGoals: 'Stille borde og teknik op efter plan og samarbejde med receptionen.',
      hints: ['event-setup'],
    },
    {
      title: 'Opvask og køkkenhjælp i hotelkøkkenet',
      description: 'Køkkenet mangler hjælp til opvask om aftenen.',
      learningGoals: 'Betjene opvaskemaskine, holde køkkenet rent og hjælpe med forberedelse.',
      hints: ['dishwashing', 'kitchen-closing'],
    },
  ],
};

const IGU_TITLES: Record<string, readonly string[]> = {
  '52': ['IGU-elev: lager og logistik', 'IGU: lagermedarbejder med truckcertifikat'],
  '81': ['IGU-elev: rengøring og ejendomsservice', 'IGU: serviceassistent'],
  '56': ['IGU-elev i køkkenet', 'IGU: ernæringsassistent i kantinen'],
  '87': ['IGU-elev: plejehjemsassistent', 'IGU: hjælper på plejecenter'],
  '88': ['IGU-elev: pædagogisk assistent', 'IGU: hjælper i hjemmeplejen'],
  '43': ['IGU-elev: byggeri og anlæg', 'IGU: arbejdsmand i byggeriet'],
  '10': ['IGU-elev: fødevareproduktion', 'IGU: procesoperatør'],
  '47': ['IGU-elev: butik og detailhandel', 'IGU: butiksmedhjælper'],
  '49': ['IGU-elev: chaufførmedhjælper', 'IGU: lager og transport'],
  '01': ['IGU-elev: gartneri', 'IGU: landbrugsmedhjælper'],
  '55': ['IGU-elev: hotel og housekeeping', 'IGU: receptions- og serviceassistent'],
};

// biome-ignore format: compact word lists
const WORDS = [
  'Solsikken', 'Egebakken', 'Lindegården', 'Havblik', 'Bøgely', 'Skovbrynet', 'Kastanjen', 'Fjordglimt',
  'Engblomsten', 'Åbrinken', 'Birkely', 'Møllen', 'Rosenhaven', 'Kildebakken', 'Æblehaven', 'Nordlys', 'Bakkehuset',
  'Valmuen',
];

// biome-ignore format: compact word lists
const COMPANY_NAMES: Record<string, readonly string[]> = {
  '52': [
    '{town} Lager & Logistik', '{surname} Transport & Lager', '{town} Fragtcenter', 'Centrallageret {town}',
    'Nordlys Distribution {town}', '{word} Logistik',
  ],
  '81': [
    '{town} Rengøring', 'Rent & Pænt {town}', '{surname}s Ejendomsservice', 'Glans Facility {town}',
    '{town} Vinduespolering', '{word} Service',
  ],
  '56': [
    'Restaurant {word}', 'Kantinen i {town}', '{town} Pizza & Grill', 'Café {word}', 'Madhuset {town}',
    '{surname}s Frokostordning',
  ],
  '87': ['Plejecentret {word}', 'Friplejehjemmet {word}', 'Bostedet {word}', 'Plejehjemmet {word}'],
  '88': ['Hjemmeplejen {town}', 'Børnehuset {word}', 'SFO {word}', 'Dagcentret {word}', 'Privat Hjemmepleje {town}'],
  '43': [
    '{surname} Byg', '{town} Murer & Entreprise', '{surname} Malerfirma', 'Nybyg {town}',
    '{surname} & Søn Tømrer og Snedker', '{town} Anlæg & Beton',
  ],
  '10': [
    '{town} Bageri', '{town} Slagteri', '{surname}s Pølsemageri', '{word} Mejeri', '{town} Fødevarer',
    '{town} Frugt & Grønt',
  ],
  '47': [
    '{surname}s Købmand', 'Dagligvarehuset {town}', '{town} Byggemarked', 'Genbrugsbutikken {word}',
    'Grønttorvet {town}', '{town} Isenkram',
  ],
  '49': [
    '{town} Taxa', '{surname} Vognmandsforretning', '{town} Budservice', 'Flextrafik {town}',
    '{surname} Flytteforretning',
  ],
  '01': ['{surname}gård', '{town} Gartneri', '{word} Planteskole', '{surname}s Maskinstation', 'Økogården {word}'],
  '55': ['Hotel {word}', '{town} Kro', '{town} Vandrerhjem', 'Badehotel {word}', 'Konferencecenter {town}'],
};

// biome-ignore format: compact word lists
const PUBLIC_COMPANY_NAMES: Record<string, readonly string[]> = {
  '87': ['{municipality} Kommune – Plejecentret {word}', '{municipality} Kommune – Plejeboligerne {word}'],
  '88': ['{municipality} Kommune – Hjemmeplejen {town}', '{municipality} Kommune – Børnehuset {word}'],
  '81': ['{municipality} Kommune – Ejendomsservice', '{municipality} Kommune – Rengøringsservice'],
  '56': ['{municipality} Kommune – Kantinen på Rådhuset', '{municipality} Kommune – Madservice'],
  '01': ['{municipality} Kommune – Park og Vej'],
};

const CONTACT_NOTES = [
  'Besøg: gennemgang af uløste opgaver og mulige praktikforløb.',
  'Telefonopfølgning om praktikantens timer og næste skridt.',
  'Møde med ledelsen om ordinære timer efter praktikken.',
  'Besøg sammen med jobrådgiver: trepartssamtale.',
  'Mail om nye opgaver i højsæsonen.',
  'Møde om IGU-stilling og skoleperioder.',
  'Kort opringning: virksomheden har travlt, ny aftale om besøg.',
  'Netværksmøde i branchen: virksomheden vil gerne tage flere i praktik.',
];

const FOLLOW_UP_NOTES_GOOD = [
  'Møder stabilt og til tiden. Mentor er tilfreds.',
  'Har lært rutinerne og arbejder mere selvstændigt.',
  'Flere ordinære timer aftalt med virksomheden.',
  'God dialog med kollegerne; danskken bliver bedre.',
  'Arbejder i godt tempo og tager selv initiativ.',
  'Mentor foreslår at udvide med en ekstra vagt.',
];
const FOLLOW_UP_NOTES_STALLED = [
  'Timerne er ikke steget; aftalt at tale med mentor om flere opgaver.',
  'Sygdom i familien har givet fravær. Ny plan aftalt.',
  'Virksomheden har færre opgaver i denne periode.',
];

const EDUCATION_TEXTS = [
  '9 års skolegang. Har arbejdet flere år i familiens butik.',
  'Gymnasium. Har arbejdet som lagermedarbejder og chauffør.',
  'Grundskole. Erfaring med landbrug og dyrehold.',
  '12 års skolegang. Har arbejdet som kok på en restaurant.',
  'Ingen formel uddannelse. Erfaring med byggeri og malerarbejde.',
  'Erhvervsuddannelse som frisør. Har passet børn i flere år.',
  'Universitetsstudier (ikke afsluttet). Erfaring med kundeservice.',
  'Grundskole. Har arbejdet med rengøring og på hotel.',
  '10 års skolegang. Erfaring fra tekstilfabrik og pakkeri.',
  'Har arbejdet som sælger og i et bageri.',
];

const SUMMARY_TEXTS = [
  'Motiveret for at komme i arbejde og vil gerne lære mere dansk på en arbejdsplads.',
  'Stabil og mødefast. Ønsker praktisk arbejde med mulighed for faste timer.',
  'Vil gerne arbejde med mennesker og på sigt tage en uddannelse.',
  'Har erfaring fra hjemlandet og vil gerne bruge den i Danmark.',
  'Ønsker et job tæt på hjemmet, så det kan passe med børnenes institution.',
  'Trives med fysisk arbejde og et fast team.',
  'Har brug for en rolig start med få timer og en mentor.',
];

const ACCOMMODATIONS = [
  'Kan ikke løfte over 10 kg på grund af rygproblemer.',
  'Har brug for pauser og korte arbejdsdage i starten.',
  'Undgår nattearbejde efter aftale med egen læge.',
  'Kan ikke stå op i mere end en time ad gangen.',
];

// biome-ignore format: compact word lists
const FOREIGN_EDUCATIONS = [
  'Sygeplejerske', 'Folkeskolelærer', 'Elektriker', 'Automekaniker', 'Bachelor i økonomi', 'Bygningsingeniør',
  'Farmaceut', 'Revisor', 'Tandlæge', 'Svejser', 'Frisør', 'Kok', 'IT-supporter', 'Agronom',
];

const ENDED_NOTES: Record<string, string> = {
  COMPLETED: 'Forløbet er gennemført efter planen. Næste skridt aftales med jobrådgiveren.',
  ENDED_EARLY: 'Forløbet stoppede før tid efter aftale; der var for lidt arbejde i perioden.',
  CONVERTED_TO_ORDINARY_HOURS: 'Virksomheden har ansat på ordinære timer.',
  EDUCATION_STARTED: 'Er startet på en erhvervsuddannelse.',
};

const DECLINE_REASONS = [
  'Virksomheden har ikke plads til en praktikant lige nu.',
  'Opgaven kræver mere dansk end borgeren har i dag.',
  'Arbejdstiderne passer ikke med borgerens danskundervisning.',
];
const WITHDRAW_REASONS = [
  'Borgeren er startet på danskuddannelse på fuld tid.',
  'Borgeren har fundet et job selv.',
  'Transporten til virksomheden er for lang.',
];

const DANISH_LEVELS: readonly (readonly [DanishLevelRow, number])[] = [
  ['NONE', 18],
  ['A1', 30],
  ['A2', 27],
  ['B1', 16],
  ['B2', 6],
  ['C1', 3],
];

// ---------------------------------------------------------------------------
// Helpers

/** Rounds to half hours. */
const half = (x: number): number => Math.round(x * 2) / 2;
const floorHalf = (x: number): number => Math.floor(x * 2) / 2;

/**
 * Dates as whole-day offsets from `today` (negative: in the past). The generator does its
 * arithmetic on these integers and turns them into 'YYYY-MM-DD' strings (through
 * shared/dates.ts, memoised) and timestamps only when it writes a row.
 */
export class Calendar {
  private readonly epochDay: number;
  private readonly dates = new Map<number, string>();
  private readonly ages = new Map<number, number>();

  /** `now`: the moment of generation; no timestamp is later (default: the end of `today`). */
  constructor(
    readonly today: string,
    private readonly now: number = (daysBetween('1970-01-01', today) + 1) * 86_400_000 - 1,
  ) {
    this.epochDay = daysBetween('1970-01-01', today);
  }

  /** The date `offset` days from today. */
  date(offset: number): string {
    let d = this.dates.get(offset);
    if (d === undefined) {
      d = addDays(this.today, offset);
      this.dates.set(offset, d);
    }
    return d;
  }

  /**
   * A timestamp `offset` days from today at hh:mm UTC, but never after `now`: a demo follow-up
   * dated today must not look recorded later than one a user records this morning.
   */
  at(offset: number, hour = 9, minute = 0): Date {
    return new Date(Math.min(this.now, (this.epochDay + offset) * 86_400_000 + (hour * 60 + minute) * 60_000));
  }

  /** The offset of the day exactly `years` calendar years before today. */
  yearsAgo(years: number): number {
    let o = this.ages.get(years);
    if (o === undefined) {
      o = daysBetween(this.today, addYears(this.today, -years));
      this.ages.set(years, o);
    }
    return o;
  }
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

function pickPostcode(rng: Rng, region: Region): Pc {
  return rng.weighted(region.postcodes.map((p) => [p, p[2]] as const));
}

function personName(rng: Rng, danishShare: number): string {
  const pool = rng.chance(danishShare) ? DANISH_POOL : (NAME_POOLS[rng.weighted(POOL_WEIGHTS)] as NamePool);
  return `${rng.pick(pool.first)} ${rng.pick(pool.last)}`;
}

/** The hours-plan step in force in week `week` (1 = the first week). */
function stepAt(plan: readonly HoursPlanStepRow[], week: number): HoursPlanStepRow {
  let current = plan[0] as HoursPlanStepRow;
  for (const s of plan) if (s.fromWeek <= week) current = s;
  return current;
}

/**
 * A rising hours plan: steps every 3 weeks from `w0` to `wMax` weekly hours, ordinary hours from
 * `o0` to `oMax`; every step holds at least as many hours as the one before.
 */
function risingPlan(steps: number, w0: number, wMax: number, o0: number, oMax: number): HoursPlanStepRow[] {
  const n = Math.max(2, steps);
  const plan: HoursPlanStepRow[] = [];
  for (let i = 0; i < n; i++) {
    const f = i / (n - 1);
    const weeklyHours = Math.min(37, half(w0 + (wMax - w0) * f));
    const ordinaryHours = Math.min(weeklyHours, half(o0 + (oMax - o0) * f));
    plan.push({ fromWeek: 1 + 3 * i, weeklyHours, ordinaryHours });
  }
  return plan;
}

// ---------------------------------------------------------------------------
// Scenarios (internal: never stored)

type Scenario =
  | { kind: 'active' }
  | { kind: 'none' }
  | { kind: 'ended-recent' }
  | { kind: 'ended-old' }
  | { kind: 'gap'; endedDaysAgo: number }
  | { kind: 'overdue'; startDaysAgo: number; followUps: number }
  | { kind: 'ending'; endsInDays: number }
  | { kind: 'stalled'; falling: boolean; startDaysAgo: number }
  | { kind: 'igu'; slot: SlotRef }
  | { kind: 'demo-intern'; taskIndex: number }
  | { kind: 'demo-proposal'; status: ProposalStatusRow; igu: boolean; taskIndex: number };

/** Forced scenarios for the first candidate indices: every alert kind appears at least once. */
const ALERT_SCENARIOS: readonly Scenario[] = [
  { kind: 'gap', endedDaysAgo: 33 }, // WARNING: more than 4 weeks
  { kind: 'gap', endedDaysAgo: 46 }, // CRITICAL: more than 6 weeks
  { kind: 'gap', endedDaysAgo: 53 },
  { kind: 'overdue', startDaysAgo: 65, followUps: 3 }, // latest follow-up 23 days ago, next one due 9 days ago
  { kind: 'overdue', startDaysAgo: 76, followUps: 2 }, // next one due 34 days ago: CRITICAL
  { kind: 'ending', endsInDays: 6 },
  { kind: 'ending', endsInDays: 12 },
  { kind: 'stalled', falling: false, startDaysAgo: 70 },
  { kind: 'stalled', falling: true, startDaysAgo: 70 },
];

const DEMO_COMPANY_SCENARIOS: readonly Scenario[] = [
  { kind: 'demo-intern', taskIndex: 0 },
  { kind: 'demo-intern', taskIndex: 0 },
  { kind: 'demo-intern', taskIndex: 1 },
  { kind: 'demo-proposal', status: 'PROPOSED', igu: false, taskIndex: 2 },
  { kind: 'demo-proposal', status: 'PROPOSED', igu: false, taskIndex: 3 },
  { kind: 'demo-proposal', status: 'PROPOSED', igu: true, taskIndex: 0 },
  { kind: 'demo-proposal', status: 'SUGGESTED', igu: false, taskIndex: 3 },
  { kind: 'demo-proposal', status: 'ACCEPTED', igu: false, taskIndex: 2 },
  { kind: 'demo-proposal', status: 'DECLINED', igu: false, taskIndex: 2 },
  { kind: 'demo-proposal', status: 'WITHDRAWN', igu: false, taskIndex: 3 },
];

const DEMO_COMPANY_TASKS: readonly { template: number; status: TaskStatusRow; openings: number }[] = [
  { template: 0, status: 'IN_PROGRESS', openings: 2 },
  { template: 1, status: 'IN_PROGRESS', openings: 1 },
  { template: 2, status: 'OPEN', openings: 2 },
  { template: 5, status: 'OPEN', openings: 1 },
];

/** Companies whose contact is overdue (forced, the first generated company indices). */
const CONTACT_DUE_COMPANIES = 2;

interface TaskRef {
  id: string;
  companyId: string;
  consultantId: string | null;
  industry: string;
  region: number;
  title: string;
  learningGoals: string;
  competenceCodes: string[];
}

interface SlotRef {
  id: string;
  companyId: string;
  consultantId: string | null;
  region: number;
  industry: string;
  title: string;
  /** Offset from today. */
  startDay: number;
  weeklyHours: number;
}

interface CompanyHead {
  id: string;
  industry: string;
  sector: 'PUBLIC' | 'PRIVATE';
  region: number;
  postcode: Pc;
  consultantId: string | null;
  contactDue: boolean;
  tasks: number;
  iguSlots: number;
}

interface OpeningPool {
  inProgress: TaskRef[];
  open: TaskRef[];
  any: TaskRef[];
  slotsOpen: SlotRef[];
}

const newPool = (): OpeningPool => ({ inProgress: [], open: [], any: [], slotsOpen: [] });

// ---------------------------------------------------------------------------
// The generator

/**
 * Generates users, then companies (with contacts, tasks and IGU slots), then candidates (with
 * competences, activities, placements, follow-ups and proposals). Companies must be generated
 * before candidates: candidates' placements and proposals refer to the generated openings.
 */
export class SeedGenerator {
  readonly opts: GeneratorOptions;
  private readonly seed: number;
  /** @internal */ readonly cal: Calendar;
  private readonly catalogueCodes: Set<string>;
  private readonly byDomain = new Map<string, string[]>();
  private readonly adviserIds: string[];
  private readonly consultantIds: string[];
  private readonly consultantsByIndustry = new Map<string, string[]>();
  private readonly heads: CompanyHead[];
  private readonly takenCvrs: Set<string>;
  /** Company names given so far (lower case, without the legal form): no company appears twice. */
  private readonly takenNames = new Set<string>();
  private readonly demoTasks: TaskRef[] = [];
  private demoSlot: SlotRef | null = null;
  private readonly regions: OpeningPool[] = REGIONS.map(newPool);
  private readonly everywhere: OpeningPool = newPool();
  private readonly reservedIgu = new Map<number, SlotRef>();
  private readonly forced: Scenario[];
  private companiesDone = false;
  private iguCounter = 0;

  constructor(options: GeneratorOptions) {
    const o = options;
    for (const [k, v] of Object.entries({ candidates: o.candidates, companies: o.companies, iguSlots: o.iguSlots })) {
      if (!Number.isInteger(v) || v < 0) throw new RangeError(`${k} must be a whole number ≥ 0, got ${v}`);
    }
    if (!(o.tasksPerCompany >= 0)) throw new RangeError(`tasksPerCompany must be ≥ 0, got ${o.tasksPerCompany}`);
    if (!isIsoDate(o.today)) throw new RangeError(`today must be a date (YYYY-MM-DD), got ${o.today}`);
    this.opts = o;
    this.seed = o.seed;
    this.cal = new Calendar(o.today, o.now);

    const catalogue = o.catalogue ?? loadCompetenceCatalogue();
    this.catalogueCodes = new Set(catalogue.map((c) => c.code));
    for (const c of catalogue) {
      const list = this.byDomain.get(c.domain) ?? [];
      list.push(c.code);
      this.byDomain.set(c.domain, list);
    }

    const advisers = o.advisers ?? Math.max(1, Math.round(o.candidates / 70));
    const consultants = o.consultants ?? Math.max(1, Math.round(o.companies / 60));
    this.adviserIds = Array.from({ length: Math.max(1, advisers) }, (_, i) => seededUuid(this.seed, 'adviser', i));
    this.consultantIds = Array.from({ length: Math.max(1, consultants) }, (_, i) =>
      seededUuid(this.seed, 'consultant', i),
    );
    const consultantIndustries = this.consultantIndustryPlan();
    consultantIndustries.forEach((codes, i) => {
      for (const code of codes) {
        const list = this.consultantsByIndustry.get(code) ?? [];
        list.push(this.consultantIds[i] as string);
        this.consultantsByIndustry.set(code, list);
      }
    });

    this.takenCvrs = new Set(o.takenCvrs ?? []);
    this.heads = this.planCompanies();
    this.forced = [...ALERT_SCENARIOS, ...(o.demo?.company ? DEMO_COMPANY_SCENARIOS : [])];
  }

  /** The id of the first generated adviser: a marker that this seed has been loaded. */
  static markerId(seed: number): string {
    return seededUuid(seed, 'adviser', 0);
  }

  // -- users ----------------------------------------------------------------

  private consultantIndustryPlan(): string[][] {
    const portfolio = new Set(this.opts.demo?.consultantIndustries ?? []);
    // With a demo consultant owning its portfolio, the generated consultants take the other industries first.
    const order = [
      ...INDUSTRIES.filter((d) => !portfolio.has(d.code)),
      ...INDUSTRIES.filter((d) => portfolio.has(d.code)),
    ].map((d) => d.code);
    const n = this.consultantIds.length;
    const plan: string[][] = Array.from({ length: n }, () => []);
    const slots = Math.max(order.length, n * 2);
    for (let i = 0; i < slots; i++) {
      const list = plan[i % n] as string[];
      const code = order[i % order.length] as string;
      if (!list.includes(code)) list.push(code);
    }
    return plan;
  }

  /** Generated advisers and consultants (with their industry portfolios). */
  users(): Pick<GeneratedRows, 'users' | 'userIndustries'> {
    const users: UserRow[] = [];
    const userIndustries: UserIndustryRow[] = [];
    const domain = this.opts.emailDomain ?? `seed${this.seed}.jobbro.test`;
    const emails = new Set<string>();
    const make = (id: string, kind: string, i: number, role: UserRoleRow): void => {
      const rng = rngFor(this.seed, kind, i);
      const first = rng.pick(
        rng.chance(0.8) ? DANISH_POOL.first : (NAME_POOLS[rng.weighted(POOL_WEIGHTS)] as NamePool).first,
      );
      const last = rng.pick(DANISH_POOL.last);
      const base = `${slug(first)}.${slug(last)}`;
      let local = base;
      for (let n = 2; emails.has(local); n++) local = `${base}${n}`;
      emails.add(local);
      const created = this.cal.at(-rng.int(200, 1500), 8, rng.int(0, 59));
      users.push({
        id,
        createdAt: created,
        updatedAt: created,
        email: `${local}@${domain}`,
        name: `${first} ${last}`,
        role,
        passwordHash: this.opts.passwordHash ?? null,
        companyId: null,
        active: true,
        sessionEpoch: 0,
      });
    };
    this.adviserIds.forEach((id, i) => {
      make(id, 'adviser', i, 'ADVISER');
    });
    const plan = this.consultantIndustryPlan();
    this.consultantIds.forEach((id, i) => {
      make(id, 'consultant', i, 'CONSULTANT');
      for (const code of plan[i] ?? []) userIndustries.push({ userId: id, industryCode: code });
    });
    return { users, userIndustries };
  }

  // -- companies ------------------------------------------------------------

  private pickIndustry(rng: Rng, k: number): string {
    const demo = this.opts.demo;
    if (demo && k < CONTACT_DUE_COMPANIES && demo.consultantIndustries.length)
      return rng.pick(demo.consultantIndustries);
    if (demo?.portfolioShare !== undefined && demo.consultantIndustries.length) {
      const portfolio = new Set(demo.consultantIndustries);
      const inPortfolio = rng.chance(demo.portfolioShare);
      const defs = INDUSTRIES.filter((d) => portfolio.has(d.code) === inPortfolio);
      if (defs.length) return rng.weighted(defs.map((d) => [d.code, d.weight] as const));
    }
    return rng.weighted(INDUSTRIES.map((d) => [d.code, d.weight] as const));
  }

  private planCompanies(): CompanyHead[] {
    const o = this.opts;
    const demo = o.demo;
    const portfolio = new Set(demo?.consultantIndustries ?? []);
    const demoCompany = demo?.company ? 1 : 0;
    const totalTasks = Math.round((o.companies + demoCompany) * o.tasksPerCompany);
    const demoTasks = demoCompany ? Math.min(DEMO_COMPANY_TASKS.length, totalTasks) : 0;
    const perCompany = o.companies > 0 ? (totalTasks - demoTasks) / o.companies : 0;

    const heads: CompanyHead[] = [];
    for (let k = 0; k < o.companies; k++) {
      const rng = rngFor(this.seed, 'company-head', k);
      const industry = this.pickIndustry(rng, k);
      const def = INDUSTRY_BY_CODE.get(industry) as IndustryDef;
      const region = rng.weighted(REGION_WEIGHTS);
      const postcode = pickPostcode(rng, REGIONS[region] as Region);
      const sector = rng.chance(def.publicShare) ? 'PUBLIC' : 'PRIVATE';
      let consultantId: string | null;
      if (demo && portfolio.has(industry) && (k < CONTACT_DUE_COMPANIES || rng.chance(demo.consultantShare))) {
        consultantId = demo.consultantId;
      } else {
        const list = this.consultantsByIndustry.get(industry) ?? this.consultantIds;
        consultantId = rng.chance(0.95) ? rng.pick(list) : null;
      }
      heads.push({
        id: seededUuid(this.seed, 'company', k),
        industry,
        sector,
        region,
        postcode,
        consultantId,
        contactDue: k < CONTACT_DUE_COMPANIES,
        tasks: Math.floor((k + 1) * perCompany) - Math.floor(k * perCompany),
        iguSlots: 0,
      });
    }

    // IGU slots: alternate between public and private employers, so both sectors offer them.
    const slots = Math.max(0, o.iguSlots - (demoCompany && o.iguSlots > 0 ? 1 : 0));
    if (heads.length && slots) {
      const rng = rngFor(this.seed, 'igu-plan', 0);
      const pub = heads.filter((h) => h.sector === 'PUBLIC');
      const priv = heads.filter((h) => h.sector === 'PRIVATE');
      for (let s = 0; s < slots; s++) {
        const list = (s % 2 === 0 && pub.length) || !priv.length ? pub : priv;
        (rng.pick(list) as CompanyHead).iguSlots++;
      }
    }
    return heads;
  }

  /**
   * The picked name unless another company has it (one town hall has one canteen): then the
   * industry's other names, then the name with the town, then with the company's number.
   */
  private uniqueCompanyName(
    picked: string,
    templates: readonly string[],
    vars: Record<string, string>,
    k: number,
  ): string {
    const others = templates.map((t) => fill(t, vars)).filter((n) => n !== picked);
    const options = [picked, ...others, `${picked} – ${vars.town}`, `${picked} ${k + 1}`];
    const name = options.find((n) => !this.takenNames.has(n.toLocaleLowerCase('da'))) ?? `${picked} ${k + 1}`;
    this.takenNames.add(name.toLocaleLowerCase('da'));
    return name;
  }

  private nextCvr(rng: Rng): string {
    for (;;) {
      let prefix = String(rng.int(1, 9));
      for (let i = 0; i < 6; i++) prefix += String(rng.int(0, 9));
      for (let d = 0; d <= 9; d++) {
        const cvr = `${prefix}${d}`;
        if (isValidCvr(cvr)) {
          if (!this.takenCvrs.has(cvr)) {
            this.takenCvrs.add(cvr);
            return cvr;
          }
          break;
        }
      }
      // no check digit makes this prefix valid (or the CVR is taken): draw another prefix
    }
  }

  private competencesFor(rng: Rng, domains: readonly string[], hints: readonly string[], n: number): string[] {
    const picked: string[] = [];
    for (const h of rng.sample(hints, hints.length)) {
      if (picked.length >= n) break;
      if (this.catalogueCodes.has(h)) picked.push(h);
    }
    const pool = domains.flatMap((d) => this.byDomain.get(d) ?? []).filter((c) => !picked.includes(c));
    for (const c of rng.sample(pool, n - picked.length)) picked.push(c);
    return picked;
  }

  private addTask(
    rng: Rng,
    out: GeneratedRows,
    company: {
      id: string;
      industry: string;
      postcode: string;
      region: number;
      consultantId: string | null;
      /** Offset from today. */
      created: number;
    },
    template: TaskTemplate,
    status: TaskStatusRow,
    openings: number,
    /** False for the demo company: its interns and proposals are scripted, not drawn. */
    pooled = true,
  ): TaskRef {
    const def = INDUSTRY_BY_CODE.get(company.industry) as IndustryDef;
    const id = rng.uuid();
    const created = this.cal.at(Math.max(-rng.int(5, 240), company.created), 10, rng.int(0, 59));
    const inSight = rng.chance(0.6);
    const weeklyHours = rng.pick([15, 18.5, 20, 25, 30, 37]);
    const required = this.competencesFor(rng, def.domains, template.hints, rng.int(1, 3));
    const nice = rng.sample(
      (this.byDomain.get('transversal') ?? []).filter((c) => !required.includes(c)),
      rng.int(0, 2),
    );
    const statusReason =
      status === 'SOLVED'
        ? 'Opgaven blev løst af en praktikant, der nu er ansat på ordinære timer.'
        : status === 'CLOSED'
          ? 'Virksomheden har omlagt arbejdet; opgaven findes ikke længere.'
          : null;
    out.tasks.push({
      id,
      createdAt: created,
      updatedAt: created,
      companyId: company.id,
      title: template.title,
      description: template.description,
      industryCode: company.industry,
      danishLevel: rng.weighted(def.danish),
      weeklyHours,
      schedule: rng.weighted(def.schedules),
      learningGoals: template.learningGoals,
      ordinaryHoursInSight: inSight,
      expectedOrdinaryHours: inSight ? Math.min(weeklyHours, rng.pick([8, 10, 12, 15, 20, 25, 30])) : null,
      openings,
      postcode: company.postcode,
      requiresDrivingLicence:
        company.industry === '49'
          ? rng.chance(0.8)
          : company.industry === '81' || company.industry === '88'
            ? rng.chance(0.15)
            : false,
      status,
      statusReason,
      createdById: company.consultantId,
      version: 1,
    });
    for (const code of required)
      out.taskCompetences.push({ taskId: id, competenceCode: code, minLevel: rng.int(1, 3), required: true });
    for (const code of nice)
      out.taskCompetences.push({ taskId: id, competenceCode: code, minLevel: rng.int(1, 2), required: false });

    const ref: TaskRef = {
      id,
      companyId: company.id,
      consultantId: company.consultantId,
      industry: company.industry,
      region: company.region,
      title: template.title,
      learningGoals: template.learningGoals,
      competenceCodes: required,
    };
    const pool = this.regions[company.region] as OpeningPool;
    for (const p of pooled ? [pool, this.everywhere] : []) {
      p.any.push(ref);
      if (status === 'IN_PROGRESS') p.inProgress.push(ref);
      if (status === 'OPEN') p.open.push(ref);
    }
    return ref;
  }

  private addIguSlot(
    rng: Rng,
    out: GeneratedRows,
    company: {
      id: string;
      industry: string;
      postcode: string;
      region: number;
      consultantId: string | null;
      /** Offset from today. */
      created: number;
    },
    /** The demo company's slot: always open, kept out of the drawn openings. */
    demoSlot: boolean,
  ): SlotRef {
    const g = this.iguCounter++;
    const id = rng.uuid();
    // A filled slot has its IGU employee among the candidates: reserve a candidate index for it.
    const reserved = this.forced.length + 5 + g * 11;
    let status: IguSlotRow['status'] = 'OPEN';
    if (!demoSlot) {
      const r = rng.next();
      if (r < 0.3 && reserved < this.opts.candidates) status = 'FILLED';
      else if (r > 0.94) status = 'CLOSED';
    }
    const startDay = status === 'FILLED' ? -rng.int(14, 84) : rng.int(-10, 120);
    const created = this.cal.at(Math.min(startDay, 0) - rng.int(20, 90), 11, 0);
    const title = rng.pick(IGU_TITLES[company.industry] ?? ['IGU-elev']);
    const weeklyHours = rng.pick([30, 37, 37]);
    out.iguSlots.push({
      id,
      createdAt: created,
      updatedAt: created,
      companyId: company.id,
      title,
      description:
        'To års integrationsgrunduddannelse med løn: arbejde hos os og skoleperioder med relevant uddannelse. Mentor følger forløbet.',
      industryCode: company.industry,
      startDate: this.cal.date(startDay),
      weeklyHours,
      hourlyWage: rng.pick([62.5, 64, 66.75, 70]),
      openings: rng.int(1, 2),
      postcode: company.postcode,
      status,
      statusReason: status === 'CLOSED' ? 'Stillingen er besat internt.' : null,
      version: 1,
    });
    const ref: SlotRef = {
      id,
      companyId: company.id,
      consultantId: company.consultantId,
      region: company.region,
      industry: company.industry,
      title,
      startDay,
      weeklyHours,
    };
    if (status === 'FILLED') this.reservedIgu.set(reserved, ref);
    if (status === 'OPEN' && !demoSlot) {
      (this.regions[company.region] as OpeningPool).slotsOpen.push(ref);
      this.everywhere.slotsOpen.push(ref);
    }
    return ref;
  }

  private genDemoCompany(out: GeneratedRows): void {
    const c = this.opts.demo?.company;
    if (!c) return;
    const rng = rngFor(this.seed, 'demo-company', 0);
    const region = POSTCODE_TO_REGION.get(c.postcode) ?? 0;
    const ctx = {
      id: c.id,
      industry: c.industryCode,
      postcode: c.postcode,
      region,
      consultantId: this.opts.demo?.consultantId ?? null,
      created: -400,
    };
    const templates = TASKS[c.industryCode] ?? TASKS['52'] ?? [];
    const totalTasks = Math.round((this.opts.companies + 1) * this.opts.tasksPerCompany);
    DEMO_COMPANY_TASKS.slice(0, Math.min(DEMO_COMPANY_TASKS.length, totalTasks)).forEach((t) => {
      const template = templates[t.template % templates.length] as TaskTemplate;
      this.demoTasks.push(this.addTask(rng, out, ctx, template, t.status, t.openings, false));
    });
    if (this.opts.iguSlots > 0) this.demoSlot = this.addIguSlot(rng, out, ctx, true);
    // A few contact log entries, the latest a week ago.
    for (let j = 0; j < 4; j++) {
      const when = this.cal.at(-7 - 21 * j, 10 + j, 0);
      out.companyContacts.push({
        id: rng.uuid(),
        createdAt: when,
        updatedAt: when,
        companyId: c.id,
        byId: ctx.consultantId,
        contactedAt: when,
        note: CONTACT_NOTES[j % CONTACT_NOTES.length] as string,
      });
    }
  }

  private genCompany(k: number, out: GeneratedRows): void {
    const h = this.heads[k] as CompanyHead;
    const rng = rngFor(this.seed, 'company', k);
    const def = INDUSTRY_BY_CODE.get(h.industry) as IndustryDef;
    const region = REGIONS[h.region] as Region;
    const [postcode, town] = h.postcode;
    const vars = {
      town,
      municipality: region.municipality,
      word: rng.pick(WORDS),
      surname: rng.pick(DANISH_POOL.last),
    };
    const publicNames = PUBLIC_COMPANY_NAMES[h.industry];
    let name: string;
    if (h.sector === 'PUBLIC') {
      const templates = publicNames ?? ['{municipality} Kommune – {word}'];
      name = this.uniqueCompanyName(fill(rng.pick(templates), vars), templates, vars, k);
    } else {
      const templates = COMPANY_NAMES[h.industry] ?? ['{word}'];
      name = this.uniqueCompanyName(fill(rng.pick(templates), vars), templates, vars, k);
      name += rng.weighted([
        [' ApS', 45],
        [' A/S', 20],
        [' I/S', 5],
        ['', 30],
      ] as const);
    }
    const tier = rng.weighted([
      ['PARTNER', 3],
      ['COLLABORATION', 4],
      ['CONTACT', 3],
    ] as const);
    const cadence = tier === 'PARTNER' ? 21 : tier === 'COLLABORATION' ? rng.pick([28, 30, 42]) : rng.pick([60, 90]);
    const createdOn = -rng.int(200, 1500);

    // Contact log, newest first; the newest is lastContactAt.
    let lastContact: number | null;
    if (h.contactDue) lastContact = -(cadence + (k === 0 ? 9 : 30));
    else if (rng.chance(0.12)) lastContact = -(cadence + rng.int(1, 45));
    else if (rng.chance(0.04)) lastContact = null;
    else lastContact = -rng.int(1, cadence - 1);
    const created = lastContact === null ? -rng.int(1, cadence - 1) : createdOn;
    const cvr = this.nextCvr(rng);
    const mentorCount = rng.weighted([
      [0, 2],
      [1, 3],
      [2, 3],
      [3, 2],
      [5, 1],
    ] as const);
    const mentorLanguages =
      mentorCount === 0
        ? []
        : ['da', ...rng.sample(['en', 'ar', 'so', 'ti', 'fa', 'uk', 'ku', 'tr', 'pl'], rng.int(0, 2))];
    const lastContactAt = lastContact !== null ? this.cal.at(lastContact, rng.int(8, 15), rng.int(0, 59)) : null;
    const createdAt = this.cal.at(created, 9, 0);
    out.companies.push({
      id: h.id,
      createdAt,
      updatedAt: lastContactAt ?? createdAt,
      cvr,
      name,
      industryCode: h.industry,
      tier,
      sector: h.sector,
      postcode,
      consultantId: h.consultantId,
      contactCadenceDays: cadence,
      lastContactAt,
      mentorCount,
      mentorLanguages,
      version: 1,
    });

    if (lastContact !== null) {
      const entries = rng.int(1, 5);
      let day = lastContact;
      for (let j = 0; j < entries && day > created; j++) {
        const when = j === 0 && lastContactAt ? lastContactAt : this.cal.at(day, rng.int(8, 15), rng.int(0, 59));
        out.companyContacts.push({
          id: rng.uuid(),
          createdAt: when,
          updatedAt: when,
          companyId: h.id,
          byId: h.consultantId,
          contactedAt: when,
          note: rng.pick(CONTACT_NOTES),
        });
        day -= Math.max(7, Math.round(cadence * (0.6 + rng.next() * 0.5)));
      }
    }

    const domain = `${slug(name.replace(/ (ApS|A\/S|I\/S)$/, '')).slice(0, 40)}.dk`;
    const contacts = rng.int(1, 2);
    for (let j = 0; j < contacts; j++) {
      const person = personName(rng, 0.8);
      out.contactPersons.push({
        id: rng.uuid(),
        createdAt,
        updatedAt: createdAt,
        companyId: h.id,
        name: person,
        title: rng.pick(def.contactTitles),
        email: rng.chance(0.9) ? `${slug(person.split(' ')[0] as string)}@${domain}` : null,
        phone: rng.chance(0.85)
          ? `+45 ${rng.int(20, 99)} ${String(rng.int(0, 99)).padStart(2, '0')} ${String(rng.int(0, 99)).padStart(2, '0')} ${String(rng.int(0, 99)).padStart(2, '0')}`
          : null,
      });
    }

    const ctx = { id: h.id, industry: h.industry, postcode, region: h.region, consultantId: h.consultantId, created };
    const templates = TASKS[h.industry] ?? [];
    const picked = rng.sample(templates, h.tasks);
    for (let t = 0; t < h.tasks; t++) {
      const template = (picked[t] ?? rng.pick(templates)) as TaskTemplate;
      const status = rng.weighted([
        ['OPEN', 52],
        ['IN_PROGRESS', 33],
        ['DRAFT', 5],
        ['SOLVED', 5],
        ['CLOSED', 5],
      ] as const);
      this.addTask(
        rng,
        out,
        ctx,
        template,
        status,
        rng.weighted([
          [1, 6],
          [2, 3],
          [3, 1],
        ] as const),
      );
    }
    for (let s = 0; s < h.iguSlots; s++) this.addIguSlot(rng, out, ctx, false);
  }

  /** Companies with their contacts, contact log, tasks and IGU slots, `size` companies at a time. */
  *companyChunks(size = 2000): Generator<GeneratedRows> {
    if (this.companiesDone) throw new Error('companyChunks() can run only once per generator');
    let out = emptyRows();
    this.genDemoCompany(out);
    for (let k = 0; k < this.heads.length; k++) {
      this.genCompany(k, out);
      if (out.companies.length >= size) {
        yield out;
        out = emptyRows();
      }
    }
    this.companiesDone = true;
    if (rowCount(out) > 0) yield out;
  }

  // -- candidates -----------------------------------------------------------

  private pickTask(
    rng: Rng,
    region: number,
    wished: readonly string[],
    kind: 'inProgress' | 'open' | 'any',
  ): TaskRef | null {
    const local = (this.regions[region] as OpeningPool)[kind];
    const list =
      local.length && rng.chance(0.92)
        ? local
        : this.everywhere[kind].length
          ? this.everywhere[kind]
          : this.everywhere.any;
    if (!list.length) return null;
    let best = rng.pick(list);
    for (let i = 0; i < 3 && !wished.includes(best.industry); i++) best = rng.pick(list);
    return best;
  }

  private scenarioFor(i: number, rng: Rng, ruleApplies: boolean, active: boolean): Scenario {
    const forced = this.forced[i];
    if (forced) return forced;
    const slot = this.reservedIgu.get(i);
    if (slot) return { kind: 'igu', slot };
    if (!active) return rng.chance(0.5) ? { kind: 'ended-old' } : { kind: 'none' };
    const kind = ruleApplies
      ? rng.weighted([
          ['active', 52],
          ['ended-recent', 20],
          ['none', 19],
          ['gap', 6],
          ['trouble', 3],
        ] as const)
      : rng.weighted([
          ['active', 43],
          ['ended-recent', 10],
          ['ended-old', 15],
          ['none', 30],
          ['trouble', 2],
        ] as const);
    if (kind === 'gap') return { kind, endedDaysAgo: rng.int(29, 56) };
    if (kind !== 'trouble') return { kind };
    // A few placements in trouble, as in real life: a follow-up missed, an end with no next step, hours stuck.
    const trouble = rng.weighted([
      ['overdue', 2],
      ['ending', 1],
      ['stalled', 2],
    ] as const);
    if (trouble === 'ending') return { kind: 'ending', endsInDays: rng.int(0, 14) };
    const startDaysAgo = rng.int(42, 84);
    if (trouble === 'stalled') return { kind: 'stalled', falling: rng.chance(0.5), startDaysAgo };
    // the latest follow-up's next date lies in the past: 14·(followUps + 1) < startDaysAgo
    return {
      kind: 'overdue',
      startDaysAgo,
      followUps: Math.max(1, Math.floor((startDaysAgo - 1) / 14) - 1 - rng.int(0, 1)),
    };
  }

  /** Candidates with their competences, activities, placements, follow-ups and proposals, `size` at a time. */
  *candidateChunks(size = 2000): Generator<GeneratedRows> {
    if (!this.companiesDone) throw new Error('generate the companies (companyChunks) before the candidates');
    let out = emptyRows();
    for (let i = 0; i < this.opts.candidates; i++) {
      this.genCandidate(i, out);
      if (out.candidates.length >= size) {
        yield out;
        out = emptyRows();
      }
    }
    if (rowCount(out) > 0) yield out;
  }

  private genCandidate(i: number, out: GeneratedRows): void {
    const rng = rngFor(this.seed, 'candidate', i);
    const cal = this.cal;
    const id = rng.uuid();
    const demo = this.opts.demo;
    const forced = this.forced[i];
    const adviserId =
      demo && (forced || rng.chance(demo.adviserShare))
        ? demo.adviserId
        : (this.adviserIds[rng.int(0, this.adviserIds.length - 1)] as string);

    // Who: a name, where they live, what they can do. Names only: no origin, no gender.
    const isForced = forced !== undefined || this.reservedIgu.has(i);
    const needsIgu = (forced?.kind === 'demo-proposal' && forced.igu) || this.reservedIgu.has(i);
    const needsProgramme = forced?.kind === 'gap' || needsIgu;
    let poolIndex = rng.weighted(POOL_WEIGHTS);
    if (needsProgramme && (poolIndex === DANISH_POOL_INDEX || poolIndex === UKRAINIAN_POOL_INDEX)) poolIndex = 0;
    const pool = NAME_POOLS[poolIndex] as NamePool;
    const firstName = rng.pick(pool.first);
    const lastName = rng.pick(pool.last);
    const region = rng.weighted(REGION_WEIGHTS);
    const [postcode] = pickPostcode(rng, REGIONS[region] as Region);

    let targetGroup: CandidateRow['targetGroup'];
    let residenceCategory: CandidateRow['residenceCategory'];
    if (poolIndex === DANISH_POOL_INDEX) {
      targetGroup = rng.chance(0.8) ? 'CASH_BENEFIT' : 'OTHER';
      residenceCategory = 'OTHER';
    } else if (poolIndex === UKRAINIAN_POOL_INDEX) {
      targetGroup = rng.chance(0.9) ? 'UKRAINIAN_SPECIAL_ACT' : 'CASH_BENEFIT';
      residenceCategory = 'OTHER';
    } else {
      targetGroup = rng.weighted([
        ['INTEGRATION_PROGRAMME', 55],
        ['TRANSITION_BENEFIT', 10],
        ['CASH_BENEFIT', 30],
        ['OTHER', 5],
      ] as const);
      residenceCategory = rng.weighted([
        ['REFUGEE', 55],
        ['FAMILY_REUNIFIED_TO_REFUGEE', 25],
        ['OTHER', 20],
      ] as const);
    }
    let readiness = rng.weighted([
      ['JOB_READY', 60],
      ['ACTIVITY_READY', 34],
      ['EDUCATION_READY', 6],
    ] as const) as CandidateRow['readiness'];
    if (needsProgramme) {
      targetGroup = 'INTEGRATION_PROGRAMME';
      readiness = 'JOB_READY';
      residenceCategory = rng.chance(0.7) ? 'REFUGEE' : 'FAMILY_REUNIFIED_TO_REFUGEE';
    }
    const status: CandidateRow['status'] = isForced || rng.chance(0.96) ? 'ACTIVE' : 'INACTIVE';
    const ruleApplies = targetGroup === 'INTEGRATION_PROGRAMME' && readiness === 'JOB_READY';

    let age = rng.weighted([
      [rng.int(19, 29), 35],
      [rng.int(30, 44), 45],
      [rng.int(45, 60), 20],
    ] as const);
    if (needsIgu) age = rng.int(20, 37);
    // IGU-eligible (refugee or family-reunified, 18–40, arrived within the last years): they may be proposed for IGU slots.
    const iguEligible =
      needsIgu ||
      (targetGroup === 'INTEGRATION_PROGRAMME' && residenceCategory !== 'OTHER' && age <= 38 && rng.chance(0.25));
    const birthDate = cal.date(cal.yearsAgo(age) - rng.int(0, 364));

    let danishLevel: DanishLevelRow =
      poolIndex === DANISH_POOL_INDEX ? rng.pick(['C1', 'C2'] as const) : rng.weighted(DANISH_LEVELS);
    if (targetGroup === 'UKRAINIAN_SPECIAL_ACT' && danishLevel !== 'NONE' && rng.chance(0.4)) danishLevel = 'A1';
    const inDanishClass =
      poolIndex !== DANISH_POOL_INDEX && ['NONE', 'A1', 'A2', 'B1'].includes(danishLevel) && rng.chance(0.75);
    const du = rng.int(1, 3);
    const danishModule = inDanishClass && danishLevel !== 'NONE' ? `DU${du} modul ${rng.int(1, 6)}` : null;

    const languages = [...pool.languages];
    for (const l of rng.sample(pool.extraLanguages, rng.int(0, 2))) if (!languages.includes(l)) languages.push(l);

    let availableWeeklyHours: number =
      readiness === 'JOB_READY'
        ? rng.weighted([
            [37, 5],
            [30, 3],
            [25, 2],
            [20, 2],
          ] as const)
        : rng.weighted([
            [10, 2],
            [12, 2],
            [15, 3],
            [18.5, 2],
            [20, 2],
            [25, 1],
          ] as const);
    if (needsIgu) availableWeeklyHours = 37;
    const goalWeeklyHours: number =
      readiness === 'JOB_READY' ? (rng.chance(0.85) ? 37 : 30) : rng.pick([25, 25, 30, 37]);

    const wishedDefs = rng.sample(INDUSTRIES, rng.int(1, 3));
    const industriesWished = wishedDefs.map((d) => d.code);
    let hasDrivingLicence = rng.chance(0.25);
    const maxCommuteKm = hasDrivingLicence ? rng.pick([20, 25, 30, 40, 50, 60]) : rng.pick([8, 10, 12, 15, 20, 25, 30]);

    // Competences: mostly from the wished industries' domains, some transversal.
    const compCount = rng.weighted([
      [1, 1],
      [2, 3],
      [3, 4],
      [4, 3],
      [5, 1],
    ] as const);
    const domainCodes = wishedDefs.flatMap((d) => d.domains.flatMap((dm) => this.byDomain.get(dm) ?? []));
    const transversal = this.byDomain.get('transversal') ?? [];
    const codes = new Set<string>();
    for (const c of rng.sample(domainCodes, Math.max(1, compCount - rng.int(0, 1)))) codes.add(c);
    for (const c of rng.sample(transversal, compCount - codes.size)) codes.add(c);
    if (codes.size === 0) codes.add(rng.pick([...this.catalogueCodes]));
    if (codes.has('driving-licence-b')) hasDrivingLicence = true;
    const enrolledOnDefault = -rng.int(30, 700);

    // The story: placements and proposals by scenario.
    const scenario = this.scenarioFor(i, rng, ruleApplies, status === 'ACTIVE');
    const state = new CandidateStory(this, rng, out, {
      id,
      fresh: ruleApplies && status === 'ACTIVE',
      iguEligible,
      firstName,
      adviserId,
      region,
      industriesWished,
      availableWeeklyHours,
      goalWeeklyHours,
      codes,
    });
    state.play(scenario);

    // Enrolment comes before everything that happened in the caseload.
    let enrolledOn = enrolledOnDefault;
    if (state.earliestStart !== null) {
      enrolledOn = state.earliestStart - rng.int(7, 200);
    } else if (ruleApplies && status === 'ACTIVE') {
      enrolledOn = -rng.int(0, 25); // new in the caseload: no activation gap yet
      if (state.earliestEvent !== null && state.earliestEvent <= enrolledOn) enrolledOn = state.earliestEvent - 1;
    } else if (state.earliestEvent !== null && state.earliestEvent <= enrolledOn) {
      enrolledOn = state.earliestEvent - rng.int(1, 60);
    }
    const programme = targetGroup === 'INTEGRATION_PROGRAMME';
    const arrivalDate =
      poolIndex === DANISH_POOL_INDEX
        ? null
        : iguEligible
          ? cal.date(enrolledOn - rng.int(30, Math.max(30, 4 * 365 + enrolledOn))) // at most 4 years ago
          : cal.date(enrolledOn - rng.int(programme ? 30 : 180, programme ? 3 * 365 : 12 * 365));
    const consentToShare = isForced || state.proposals > 0 ? true : rng.chance(0.78);
    const consentGivenAt = consentToShare ? cal.at(Math.min(0, enrolledOn + rng.int(0, 14)), 10, rng.int(0, 59)) : null;
    const createdAt = cal.at(enrolledOn, 9, rng.int(0, 59));
    const lastActivityAt = state.lastActivity !== null ? cal.at(state.lastActivity, 14, rng.int(0, 59)) : createdAt;

    out.candidates.push({
      id,
      createdAt,
      updatedAt: lastActivityAt,
      firstName,
      lastName,
      birthDate,
      postcode,
      targetGroup,
      readiness,
      residenceCategory,
      arrivalDate,
      danishLevel,
      danishModule,
      languages,
      availableWeeklyHours,
      goalWeeklyHours,
      currentOrdinaryHours: state.currentOrdinaryHours,
      industriesWished,
      hasDrivingLicence,
      maxCommuteKm,
      education: rng.pick(EDUCATION_TEXTS),
      summary: rng.pick(SUMMARY_TEXTS),
      accommodationNeeds: rng.chance(0.1) ? rng.pick(ACCOMMODATIONS) : null,
      consentToShare,
      consentGivenAt,
      consentRecordedById: consentToShare ? adviserId : null,
      adviserId,
      enrolledOn: cal.date(enrolledOn),
      status,
      lastActivityAt,
      version: 1,
    });

    for (const code of state.codes) {
      const observed = state.observed.has(code);
      out.candidateCompetences.push({
        id: rng.uuid(),
        createdAt,
        updatedAt: createdAt,
        candidateId: id,
        competenceCode: code,
        level: observed
          ? rng.int(2, 3)
          : rng.weighted([
              [1, 25],
              [2, 35],
              [3, 28],
              [4, 12],
            ] as const),
        evidence: observed
          ? 'OBSERVED_IN_PLACEMENT'
          : /licence|certificate|forklift/.test(code) && rng.chance(0.6)
            ? 'CERTIFIED'
            : 'SELF_REPORTED',
      });
    }

    // Activities fit beside the active placements within full time (the planned-week rule, issue 16.3):
    // drawn as before (the same random sequence), then cut to the room left, or left out below 3 hours.
    let room = FULL_TIME_HOURS - peakWeek({ activityHours: [], placements: state.activePlans }, this.opts.today).total;
    const fitHours = (drawn: number): number | null => {
      const h = Math.min(drawn, floorHalf(room));
      if (h < 3) return null;
      room -= h;
      return h;
    };
    if (inDanishClass) {
      const activityId = rng.uuid();
      const hours = fitHours(rng.pick([6, 7.5, 9, 12]));
      if (hours !== null) {
        out.weeklyActivities.push({
          id: activityId,
          createdAt,
          updatedAt: createdAt,
          candidateId: id,
          kind: 'DANISH_CLASS',
          label: danishModule ? `Danskuddannelse (${danishModule})` : 'Danskuddannelse, begynderhold',
          weeklyHours: hours,
        });
      }
    }
    if (rng.chance(0.12)) {
      const education = rng.chance(0.4);
      const activityId = rng.uuid();
      const label = education
        ? rng.pick(['AMU-kursus: truckcertifikat', 'FVU-regning', 'AMU-kursus: hygiejnebevis'])
        : rng.pick(['Sundhedsforløb', 'Mentorsamtaler', 'Træning på jobcentret']);
      const hours = fitHours(rng.pick([3, 4, 6]));
      if (hours !== null) {
        out.weeklyActivities.push({
          id: activityId,
          createdAt,
          updatedAt: createdAt,
          candidateId: id,
          kind: education ? 'EDUCATION' : 'OTHER',
          label,
          weeklyHours: hours,
        });
      }
    }
    if (poolIndex !== DANISH_POOL_INDEX && rng.chance(0.3)) {
      out.foreignEducations.push({
        id: rng.uuid(),
        createdAt,
        updatedAt: createdAt,
        candidateId: id,
        title: rng.pick(FOREIGN_EDUCATIONS),
        years: rng.chance(0.85) ? rng.int(1, 6) : null,
        recognitionStatus: rng.weighted([
          ['NOT_APPLIED', 5],
          ['PENDING', 2],
          ['RECOGNISED', 1],
          ['PARTLY_RECOGNISED', 2],
        ] as const),
      });
    }
  }

  // -- everything -----------------------------------------------------------

  /** Generates everything at once (demo sizes; use the chunk generators for big data). */
  all(): GeneratedRows {
    const rows = emptyRows();
    const u = this.users();
    rows.users.push(...u.users);
    rows.userIndustries.push(...u.userIndustries);
    for (const chunk of this.companyChunks(Number.MAX_SAFE_INTEGER)) appendRows(rows, chunk);
    for (const chunk of this.candidateChunks(Number.MAX_SAFE_INTEGER)) appendRows(rows, chunk);
    return rows;
  }

  // Accessors for CandidateStory.
  /** @internal */ task(
    rng: Rng,
    region: number,
    wished: readonly string[],
    kind: 'inProgress' | 'open' | 'any',
  ): TaskRef | null {
    return this.pickTask(rng, region, wished, kind);
  }
  /** @internal */ openSlot(rng: Rng, region: number): SlotRef | null {
    const local = (this.regions[region] as OpeningPool).slotsOpen;
    const list = local.length ? local : this.everywhere.slotsOpen;
    return list.length ? rng.pick(list) : null;
  }
  /** @internal */ demoTask(index: number): TaskRef | null {
    return this.demoTasks[index % Math.max(1, this.demoTasks.length)] ?? null;
  }
  /** @internal */ get demoIguSlot(): SlotRef | null {
    return this.demoSlot;
  }
  /** @internal */ isKnownCompetence(code: string): boolean {
    return this.catalogueCodes.has(code);
  }
}

export function appendRows(into: GeneratedRows, from: Partial<GeneratedRows>): void {
  for (const k of GENERATED_KEYS) {
    const src = from[k] as unknown[] | undefined;
    if (src?.length) for (const r of src) (into[k] as unknown[]).push(r);
  }
}

/** One candidate's placements, follow-ups and proposals, written by scenario. */
class CandidateStory {
  /** Offsets from today. */
  earliestStart: number | null = null;
  earliestEvent: number | null = null;
  lastActivity: number | null = null;
  currentOrdinaryHours = 0;
  proposals = 0;
  /** The active placements' plans: the weekly activities fit beside them within 37 hours. */
  readonly activePlans: WeekPlacement[] = [];
  readonly codes: Set<string>;
  readonly observed = new Set<string>();
  private readonly cal: Calendar;

  constructor(
    private readonly gen: SeedGenerator,
    private readonly rng: Rng,
    private readonly out: GeneratedRows,
    private readonly c: {
      id: string;
      /** The 6-week activation rule applies and nothing happened yet: keep events recent. */
      fresh: boolean;
      /** May be proposed for an IGU slot. */
      iguEligible: boolean;
      firstName: string;
      adviserId: string;
      region: number;
      industriesWished: string[];
      availableWeeklyHours: number;
      goalWeeklyHours: number;
      codes: Set<string>;
    },
  ) {
    this.cal = gen.cal;
    this.codes = c.codes;
  }

  play(s: Scenario): void {
    const rng = this.rng;
    switch (s.kind) {
      case 'none':
        this.maybeProposal();
        return;
      case 'ended-recent':
      case 'ended-old':
      case 'gap': {
        const endedDaysAgo =
          s.kind === 'gap' ? s.endedDaysAgo : s.kind === 'ended-recent' ? rng.int(1, 25) : rng.int(60, 400);
        const task = this.gen.task(rng, this.c.region, this.c.industriesWished, 'any');
        if (!task) return;
        const end = -endedDaysAgo;
        const start = end - 7 * rng.int(4, 13) + 1;
        const outcome = rng.weighted([
          ['COMPLETED', 55],
          ['ENDED_EARLY', 30],
          ['EDUCATION_STARTED', 5],
          ['CONVERTED_TO_ORDINARY_HOURS', s.kind === 'ended-old' ? 10 : 0],
        ] as const);
        this.placement({ task, type: 'INTERNSHIP', start, plannedEnd: end, end, outcome, followUps: 'rising' });
        if (s.kind !== 'gap') this.maybeProposal();
        return;
      }
      case 'active': {
        if (rng.chance(0.3)) {
          // an earlier placement, ended before this one started
          const prior = this.gen.task(rng, this.c.region, this.c.industriesWished, 'any');
          if (prior) {
            const end = -rng.int(100, 300);
            this.placement({
              task: prior,
              type: 'INTERNSHIP',
              start: end - 7 * rng.int(4, 13) + 1,
              plannedEnd: end,
              end,
              outcome: rng.pick(['COMPLETED', 'ENDED_EARLY'] as const),
              followUps: 'rising',
            });
          }
        }
        const task = this.gen.task(rng, this.c.region, this.c.industriesWished, 'inProgress');
        if (!task) return;
        const drawn = rng.weighted([
          ['INTERNSHIP', 60],
          ['WAGE_SUBSIDY', 18],
          ['SMALL_JOB', 14],
          ['ORDINARY_HOURS', 5],
          ['APPRENTICESHIP', 3],
        ] as const);
        const daysAgo = rng.chance(0.4) ? rng.int(70, 84) : rng.int(0, 84);
        const start = -daysAgo;
        // The draw is kept so the rest of the data set stays the same; the length is decided below.
        if (drawn === 'INTERNSHIP' && daysAgo <= 70) rng.pick([13, 26]);
        // Planned ends stay more than 14 days away: PLACEMENT_ENDING comes from the forced scenarios. Lengths
        // respect each type's maximum (config placementMaxWeeks): an internship runs at most 13 weeks once
        // extended, so one begun longer ago than that allows is a wage subsidy (26 weeks) instead.
        const type = drawn === 'INTERNSHIP' && daysAgo > INTERNSHIP_EXTENDED_WEEKS * 7 - 15 ? 'WAGE_SUBSIDY' : drawn;
        const weeks =
          type === 'INTERNSHIP'
            ? INTERNSHIP_EXTENDED_WEEKS
            : type === 'WAGE_SUBSIDY'
              ? WAGE_SUBSIDY_WEEKS
              : type === 'APPRENTICESHIP'
                ? 104
                : 0;
        this.placement({
          task,
          type,
          start,
          plannedEnd: weeks ? start + 7 * weeks - 1 : null, // the last day of the last week
          end: null,
          outcome: null,
          followUps: 'rising',
        });
        return;
      }
      case 'overdue': {
        const task = this.gen.task(rng, this.c.region, this.c.industriesWished, 'inProgress');
        if (!task) return;
        const start = -s.startDaysAgo;
        // Up to 12 weeks under way with the end far off: a wage subsidy (an internship ends by 13 weeks).
        this.placement({
          task,
          type: 'WAGE_SUBSIDY',
          start,
          plannedEnd: start + 7 * WAGE_SUBSIDY_WEEKS - 1,
          end: null,
          outcome: null,
          followUps: 'rising',
          followUpCount: s.followUps,
        });
        return;
      }
      case 'ending': {
        const task = this.gen.task(rng, this.c.region, this.c.industriesWished, 'inProgress');
        if (!task) return;
        const plannedEnd = s.endsInDays;
        this.placement({
          task,
          type: 'INTERNSHIP',
          start: plannedEnd - 7 * INTERNSHIP_EXTENDED_WEEKS + 1,
          plannedEnd,
          end: null,
          outcome: null,
          followUps: 'rising',
        });
        return;
      }
      case 'stalled': {
        const task = this.gen.task(rng, this.c.region, this.c.industriesWished, 'inProgress');
        if (!task) return;
        const start = -s.startDaysAgo;
        // Up to 12 weeks under way with the end far off: a wage subsidy (an internship ends by 13 weeks).
        this.placement({
          task,
          type: 'WAGE_SUBSIDY',
          start,
          plannedEnd: start + 7 * WAGE_SUBSIDY_WEEKS - 1,
          end: null,
          outcome: null,
          followUps: s.falling ? 'falling' : 'flat',
        });
        return;
      }
      case 'igu':
        this.placement({
          slot: s.slot,
          type: 'IGU',
          start: s.slot.startDay,
          plannedEnd: s.slot.startDay + 7 * 104,
          end: null,
          outcome: null,
          followUps: 'rising',
        });
        return;
      case 'demo-intern': {
        const task = this.gen.demoTask(s.taskIndex);
        if (!task) return;
        const start = -84; // 12 weeks of history: a wage subsidy, as an internship ends by 13 weeks
        this.placement({
          task,
          type: 'WAGE_SUBSIDY',
          start,
          plannedEnd: start + 7 * WAGE_SUBSIDY_WEEKS - 1,
          end: null,
          outcome: null,
          followUps: 'rising',
        });
        return;
      }
      case 'demo-proposal': {
        const slot = s.igu ? this.gen.demoIguSlot : null;
        const task = slot ? null : this.gen.demoTask(s.taskIndex);
        if (!slot && !task) return;
        this.proposal(task, slot, s.status);
        return;
      }
    }
  }

  private maybeProposal(): void {
    const rng = this.rng;
    if (!rng.chance(0.25)) return;
    const status = rng.weighted([
      ['SUGGESTED', 25],
      ['PROPOSED', 30],
      ['ACCEPTED', 12],
      ['DECLINED', 18],
      ['WITHDRAWN', 15],
    ] as const);
    const slot = this.c.iguEligible && rng.chance(0.4) ? this.gen.openSlot(rng, this.c.region) : null;
    const task = slot ? null : this.gen.task(rng, this.c.region, this.c.industriesWished, 'open');
    if (slot || task) this.proposal(task, slot, status);
  }

  private proposal(task: TaskRef | null, slot: SlotRef | null, status: ProposalStatusRow): void {
    const rng = this.rng;
    const opening = (task ?? slot) as TaskRef | SlotRef;
    const proposer = opening.consultantId ?? this.c.adviserId;
    const cal = this.cal;
    const t0 = -rng.int(3, this.c.fresh && this.earliestStart === null ? 20 : 40);
    if (this.earliestEvent === null || t0 < this.earliestEvent) this.earliestEvent = t0;
    const history: ProposalHistoryRow[] = [
      { status: 'SUGGESTED', at: cal.at(t0, 10, 0).toISOString(), byUserId: proposer, reason: null },
    ];
    let last = t0;
    const step = (s: ProposalStatusRow, by: string | null, reason: string | null): void => {
      last = Math.min(0, last + rng.int(1, 3));
      history.push({ status: s, at: cal.at(last, 11, rng.int(0, 59)).toISOString(), byUserId: by, reason });
    };
    let reason: string | null = null;
    if (status !== 'SUGGESTED') step('PROPOSED', proposer, null);
    if (status === 'ACCEPTED') step('ACCEPTED', opening.consultantId, null);
    if (status === 'DECLINED') {
      reason = rng.pick(DECLINE_REASONS);
      step('DECLINED', opening.consultantId, reason);
    }
    if (status === 'WITHDRAWN') {
      reason = rng.pick(WITHDRAW_REASONS);
      step('WITHDRAWN', this.c.adviserId, reason);
    }
    this.out.proposals.push({
      id: rng.uuid(),
      createdAt: cal.at(t0, 10, 0),
      updatedAt: new Date((history[history.length - 1] as ProposalHistoryRow).at),
      candidateId: this.c.id,
      taskId: task?.id ?? null,
      iguSlotId: task ? null : (slot?.id ?? null),
      companyId: opening.companyId,
      status,
      note: `${this.c.firstName} ${rng.pick([
        'er mødestabil og motiveret for opgaven.',
        'har erfaring med lignende arbejde og vil gerne lære mere dansk på jobbet.',
        'bor tæt på og kan starte med det samme.',
        'ønsker en praktik med mulighed for ordinære timer.',
      ])}`,
      reason,
      proposedById: proposer,
      history,
    });
    this.proposals++;
    this.touch(last);
  }

  private touch(day: number): void {
    if (this.lastActivity === null || day > this.lastActivity) this.lastActivity = Math.min(0, day);
  }

  private placement(p: {
    task?: TaskRef;
    slot?: SlotRef;
    type: PlacementTypeRow;
    /** Offsets from today. */
    start: number;
    plannedEnd: number | null;
    end: number | null;
    outcome: PlacementRow['outcome'];
    followUps: 'rising' | 'flat' | 'falling';
    followUpCount?: number;
  }): void {
    const rng = this.rng;
    const cal = this.cal;
    const active = p.end === null;
    const avail = this.c.availableWeeklyHours;
    const companyId = (p.task?.companyId ?? p.slot?.companyId) as string;

    // The hours plan: up toward the person's available hours, ordinary hours rising.
    const planWeeks = p.plannedEnd !== null ? Math.max(4, Math.ceil((p.plannedEnd - p.start) / 7)) : 13;
    const steps = Math.min(5, 1 + Math.floor((planWeeks - 1) / 3));
    let plan: HoursPlanStepRow[];
    if (p.type === 'IGU') {
      const w = Math.min(37, p.slot?.weeklyHours ?? 37);
      plan = risingPlan(steps, w - 7, w, half((w - 7) * 0.6), half(w * 0.75));
    } else if (p.type === 'SMALL_JOB' || p.type === 'ORDINARY_HOURS') {
      const w0 = Math.min(avail - 2, rng.pick([6, 8, 10, 12]));
      const wMax = Math.min(avail, w0 + rng.pick([6, 8, 10]));
      plan = risingPlan(steps, w0, wMax, w0, wMax);
    } else {
      const w0 = Math.max(6, half(avail * (0.35 + rng.next() * 0.2)));
      plan = risingPlan(steps, w0, avail, 0, half(avail * (0.3 + rng.next() * 0.3)));
    }

    const placementId = rng.uuid();
    const createdOn = p.start - rng.int(3, 14);
    const lastFollowUpDay = active ? 0 : (p.end as number);
    const possible = Math.floor((lastFollowUpDay - p.start) / 14);
    const count = Math.max(0, Math.min(p.followUpCount ?? possible, possible));

    // Ordinary hours per follow-up: strictly rising, or (stalled) flat / falling over the last three.
    const stalled = p.followUps !== 'rising';
    const o0 = stalled
      ? 2
      : p.type === 'SMALL_JOB' || p.type === 'ORDINARY_HOURS'
        ? (plan[0] as HoursPlanStepRow).ordinaryHours
        : rng.pick([0, 0.5, 1]);
    const inc = Math.max(0.5, floorHalf((0.6 * avail - o0) / 6));
    const ordinary: number[] = [];
    for (let k = 1; k <= count; k++) ordinary.push(o0 + (k - 1) * inc);
    if (stalled && count >= 3) {
      const v = ordinary[count - 3] as number;
      ordinary[count - 2] = p.followUps === 'flat' ? v : Math.max(0, v - 0.5);
      ordinary[count - 1] = p.followUps === 'flat' ? v : Math.max(0, v - 1);
    }

    const mentorName = rng.chance(0.75) ? personName(rng, 0.75) : null;
    let lastDate: number | null = null;
    for (let k = 1; k <= count; k++) {
      const date = p.start + 14 * k;
      const week = 2 * k + 1; // follow-up k is on day 14·k
      const planned = stepAt(plan, week).weeklyHours;
      const absenceDays = rng.weighted([
        [0, 6],
        [1, 2],
        [2, 1],
      ] as const);
      const ord = Math.min(37, ordinary[k - 1] as number);
      const attended = Math.min(37, Math.max(ord, half(planned - absenceDays * (planned / 10))));
      const isLast = k === count;
      const confirm: string[] = [];
      if (isLast && p.task && rng.chance(0.35)) {
        const code = p.task.competenceCodes.find((c) => this.gen.isKnownCompetence(c));
        if (code && (this.codes.has(code) || this.codes.size < 6)) {
          this.codes.add(code);
          this.observed.add(code);
          confirm.push(code);
        }
      }
      const stalledNote = stalled && k >= count - 1;
      const created = cal.at(date, 13, rng.int(0, 59));
      this.out.followUps.push({
        id: rng.uuid(),
        createdAt: created,
        updatedAt: created,
        placementId,
        date: cal.date(date),
        authorId: this.c.adviserId,
        attendedHours: attended,
        ordinaryHours: ord,
        absenceDays,
        progress: stalledNote ? rng.int(2, 3) : rng.int(3, 5),
        note: stalledNote ? rng.pick(FOLLOW_UP_NOTES_STALLED) : rng.pick(FOLLOW_UP_NOTES_GOOD),
        nextFollowUpDate: active || !isLast ? cal.date(date + 14) : null,
        confirmedCompetenceCodes: confirm,
        version: 1,
      });
      lastDate = date;
    }

    const created = cal.at(createdOn, 9, rng.int(0, 59));
    const updatedOn = p.end ?? lastDate ?? p.start;
    this.out.placements.push({
      id: placementId,
      createdAt: created,
      updatedAt: cal.at(Math.min(0, updatedOn), 15, 0),
      candidateId: this.c.id,
      companyId,
      taskId: p.task?.id ?? null,
      iguSlotId: p.slot?.id ?? null,
      type: p.type,
      status: active ? 'ACTIVE' : 'ENDED',
      startDate: cal.date(p.start),
      plannedEndDate: p.plannedEnd !== null ? cal.date(p.plannedEnd) : null,
      endDate: p.end !== null ? cal.date(p.end) : null,
      mentorName,
      learningGoals:
        p.task?.learningGoals ?? 'Lære arbejdsopgaverne og faget at kende; skoleperioder efter IGU-planen.',
      hoursPlan: plan,
      outcome: p.outcome,
      outcomeNote: p.outcome ? (ENDED_NOTES[p.outcome] ?? null) : null,
      createdById: this.c.adviserId,
      version: 1,
    });

    if (this.earliestStart === null || p.start < this.earliestStart) this.earliestStart = p.start;
    if (this.earliestEvent === null || p.start < this.earliestEvent) this.earliestEvent = p.start;
    this.touch(lastDate ?? p.end ?? p.start);
    if (active) {
      this.activePlans.push({
        startDate: cal.date(p.start),
        plannedEndDate: p.plannedEnd !== null ? cal.date(p.plannedEnd) : null,
        hoursPlan: plan,
      });
      this.currentOrdinaryHours =
        count > 0 ? Math.min(37, ordinary[count - 1] as number) : (plan[0] as HoursPlanStepRow).ordinaryHours;
    }
  }
}

/** Generates every row for the options (small data: the demo, tests). */
export function generate(options: GeneratorOptions): GeneratedRows {
  return new SeedGenerator(options).all();
}
