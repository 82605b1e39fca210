/**
 * The generated rows: plain objects whose property names are the entity property names (camelCase;
 * relations as `<name>Id`, competences by catalogue `competenceCode`); bulk-load.ts turns them into
 * the snake_case columns of the migrations.
 */

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
  /** Danish the work needs (NONE: no requirement). */
  danishLevel: DanishLevelRow;
  startDate: string;
  weeklyHours: number;
  hourlyWage: number;
  openings: number;
  postcode: string;
  status: 'OPEN' | 'FILLED' | 'CLOSED';
  statusReason: string | null;
  version: number;
}

/** A competence an IGU slot requires, at least at minLevel (IGU slots have no nice-to-haves). */
export interface IguSlotCompetenceRow {
  slotId: string;
  competenceCode: string;
  minLevel: number;
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
  /** Derived from the person's placements, proposals and activities, as the services compute them. */
  freeWeeklyHours: number;
  availableFrom: string | null;
  freeWeeklyHoursFrom: number | null;
  /** The progression ladder's step reached by the person's history (null: the first step). */
  ladderStep: string | null;
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

/** A move on the progression ladder, played from the person's placements and follow-ups. */
export interface LadderEntryRow extends Stamped {
  candidateId: string;
  date: string;
  fromStepKey: string;
  toStepKey: string;
  event: string;
  placementId: string | null;
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
  iguSlotCompetences: IguSlotCompetenceRow[];
  candidates: CandidateRow[];
  candidateCompetences: CandidateCompetenceRow[];
  weeklyActivities: WeeklyActivityRow[];
  foreignEducations: ForeignEducationRow[];
  placements: PlacementRow[];
  followUps: FollowUpRow[];
  proposals: ProposalRow[];
  ladderEntries: LadderEntryRow[];
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
  'iguSlotCompetences',
  'candidates',
  'candidateCompetences',
  'weeklyActivities',
  'foreignEducations',
  'placements',
  'followUps',
  'proposals',
  'ladderEntries',
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
    iguSlotCompetences: [],
    candidates: [],
    candidateCompetences: [],
    weeklyActivities: [],
    foreignEducations: [],
    placements: [],
    followUps: [],
    proposals: [],
    ladderEntries: [],
  };
}

export const rowCount = (r: GeneratedRows): number => GENERATED_KEYS.reduce((n, k) => n + r[k].length, 0);

export function appendRows(into: GeneratedRows, from: Partial<GeneratedRows>): void {
  for (const k of GENERATED_KEYS) {
    const src = from[k] as unknown[] | undefined;
    if (src?.length) for (const r of src) (into[k] as unknown[]).push(r);
  }
}
