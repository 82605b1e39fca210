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
 * religion or gender field; the name lists (generator/reference-tables.ts) are grouped by
 * language only so that a person's first and last name go together and the languages they
 * speak are plausible.
 *
 * The data is lively but controlled: normal placements have follow-ups every 14 days (so
 * none is overdue) with strictly rising ordinary hours (so none is stalled); a handful of
 * forced scenarios at the first candidate and company indices make every alert kind appear
 * (ACTIVATION_GAP, FOLLOW_UP_OVERDUE, PLACEMENT_ENDING, PROGRESSION_STALLED,
 * COMPANY_CONTACT_DUE), in the demo adviser's caseload and the demo consultant's portfolio
 * when those are given.
 */

import { DEFAULT_HOUR_GOALS, FULL_TIME_HOURS } from '../../config.js';
import { type HourGoalRules, openingTakesProposals } from '../../features/availability/availability.js';
import { peakWeek } from '../../features/candidates/week-obligation.js';
import { isValidCvr } from '../../features/companies/cvr.js';
import { DEFAULT_LADDER, type LadderRules } from '../../features/ladder/ladder.js';
import { isIsoDate } from '../../shared/dates.js';
import { type CatalogueCompetence, loadCompetenceCatalogue } from './competence-catalogue.js';
import { availabilityOf, ladderOf, type OpeningTerms } from './generator/derived.js';
import { Rng, rngFor, seededUuid } from './generator/random.js';
import {
  ACCOMMODATIONS,
  COMPANY_NAMES,
  CONTACT_NOTES,
  DANISH_LEVELS,
  DANISH_POOL,
  DANISH_POOL_INDEX,
  EDUCATION_TEXTS,
  FOREIGN_EDUCATIONS,
  IGU_DANISH_LOW,
  IGU_REQUIREMENTS,
  IGU_TITLES,
  INDUSTRIES,
  INDUSTRY_BY_CODE,
  type IndustryDef,
  NAME_POOLS,
  type NamePool,
  type Pc,
  POOL_WEIGHTS,
  POSTCODE_TO_REGION,
  PUBLIC_COMPANY_NAMES,
  REGION_WEIGHTS,
  REGIONS,
  type Region,
  SUMMARY_TEXTS,
  TASKS,
  type TaskTemplate,
  UKRAINIAN_POOL_INDEX,
  WORDS,
} from './generator/reference-tables.js';
import { Calendar, fill, floorHalf, personName, pickPostcode, slug } from './generator/row-builders.js';
import {
  appendRows,
  type CandidateRow,
  type DanishLevelRow,
  emptyRows,
  type GeneratedRows,
  type IguSlotRow,
  rowCount,
  type TaskStatusRow,
  type UserIndustryRow,
  type UserRoleRow,
  type UserRow,
} from './generator/rows.js';
import {
  ALERT_SCENARIOS,
  CandidateStory,
  CONTACT_DUE_COMPANIES,
  DEMO_COMPANY_SCENARIOS,
  DEMO_COMPANY_TASKS,
  type Scenario,
  type SlotRef,
  type TaskRef,
} from './generator/scenarios.js';

export { Rng, rngFor, seededUuid } from './generator/random.js';
export { GENERATOR_INDUSTRIES, GENERATOR_POSTCODES, REGIONS } from './generator/reference-tables.js';
export { Calendar } from './generator/row-builders.js';
export * from './generator/rows.js';

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
  /** Hour goals for the derived free hours; default the configuration's defaults. */
  rules?: HourGoalRules;
  /** The progression ladder the history is played through; default the default ladder. */
  ladder?: LadderRules;
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
  /** Every generated opening's hours and whether proposals on it still reserve them (for free hours). */
  private readonly openingTerms = new Map<string, OpeningTerms>();
  private readonly hourRules: HourGoalRules;
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
    this.hourRules = o.rules ?? { hourGoals: DEFAULT_HOUR_GOALS, fullTimeHours: FULL_TIME_HOURS };

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
    this.openingTerms.set(id, { weeklyHours, takesProposals: openingTakesProposals('task', status) });
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

  /**
   * What the g-th IGU slot requires: 2–3 competences of its title (the title's core one always) at
   * level 1–2, and the Danish a company offering such work would ask for. Drawn from a stream of
   * their own, so that adding them changed none of the other generated rows.
   */
  private iguRequirements(
    g: number,
    title: string,
    industry: string,
  ): { danishLevel: DanishLevelRow; required: { competenceCode: string; minLevel: number }[] } {
    const rng = rngFor(this.seed, 'igu-requirements', g);
    const template = IGU_REQUIREMENTS[title];
    const n = rng.int(2, 3);
    const codes = template
      ? [template.core, ...rng.sample(template.more, n - 1)].filter((c) => this.catalogueCodes.has(c))
      : this.competencesFor(rng, (INDUSTRY_BY_CODE.get(industry) as IndustryDef | undefined)?.domains ?? [], [], n);
    return {
      danishLevel: rng.weighted(template?.danish ?? IGU_DANISH_LOW),
      required: codes.map((competenceCode) => ({ competenceCode, minLevel: rng.int(1, 2) })),
    };
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
    const { danishLevel, required } = this.iguRequirements(g, title, company.industry);
    out.iguSlots.push({
      id,
      createdAt: created,
      updatedAt: created,
      companyId: company.id,
      title,
      description:
        'To års integrationsgrunduddannelse med løn: arbejde hos os og skoleperioder med relevant uddannelse. Mentor følger forløbet.',
      industryCode: company.industry,
      danishLevel,
      startDate: this.cal.date(startDay),
      weeklyHours,
      hourlyWage: rng.pick([62.5, 64, 66.75, 70]),
      openings: rng.int(1, 2),
      postcode: company.postcode,
      status,
      statusReason: status === 'CLOSED' ? 'Stillingen er besat internt.' : null,
      version: 1,
    });
    this.openingTerms.set(id, { weeklyHours, takesProposals: openingTakesProposals('iguSlot', status) });
    for (const r of required) out.iguSlotCompetences.push({ slotId: id, ...r });
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
    const first = {
      placement: out.placements.length,
      followUp: out.followUps.length,
      proposal: out.proposals.length,
      activity: out.weeklyActivities.length,
    };
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

    const candidate: CandidateRow = {
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
      freeWeeklyHours: 0, // derived below, once the activities are drawn
      availableFrom: null,
      freeWeeklyHoursFrom: null,
      ladderStep: null,
      version: 1,
    };
    out.candidates.push(candidate);

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
    this.derive(candidate, out, first, i);
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

  /** Free hours, availableFrom and the ladder from the rows the person's story wrote (generator/derived.ts). */
  private derive(
    candidate: CandidateRow,
    out: GeneratedRows,
    first: { placement: number; followUp: number; proposal: number; activity: number },
    i: number,
  ): void {
    const history = {
      candidate,
      activities: out.weeklyActivities.slice(first.activity),
      placements: out.placements.slice(first.placement),
      followUps: out.followUps.slice(first.followUp),
      proposals: out.proposals.slice(first.proposal),
    };
    const terms = (openingId: string): OpeningTerms => {
      const t = this.openingTerms.get(openingId);
      if (!t) throw new Error(`generator: proposal on an opening it did not generate (${openingId})`);
      return t;
    };
    const a = availabilityOf(history, terms, this.hourRules, this.opts.today);
    candidate.freeWeeklyHours = a.freeWeeklyHours;
    candidate.availableFrom = a.availableFrom;
    candidate.freeWeeklyHoursFrom = a.freeWeeklyHoursFrom;
    // Ids from a stream of their own (made only for people who moved): the other rows stay as they were
    // before the ladder was generated.
    let ids: Rng | undefined;
    const newId = (): string => {
      ids ??= rngFor(this.seed, 'ladder', i);
      return ids.uuid();
    };
    const ladder = ladderOf(history, this.opts.ladder ?? DEFAULT_LADDER, this.cal, newId);
    candidate.ladderStep = ladder.step;
    for (const e of ladder.entries) out.ladderEntries.push(e);
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

/** Generates every row for the options (small data: the demo, tests). */
export function generate(options: GeneratorOptions): GeneratedRows {
  return new SeedGenerator(options).all();
}
