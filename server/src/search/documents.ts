import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { sql, uuidArray } from '../db/sql.js';
import { availableFromWithin, hourGoal, type StoredAvailability } from '../features/availability/availability.js';
import { isIguEligible } from '../features/candidates/igu-eligibility.js';
import type { CandidateForScoring, OpeningForScoring } from '../features/matching/scoring.js';
import { daysBetween } from '../shared/dates.js';
import { DANISH_ORDER, type DanishLevel } from '../shared/enums.js';
import { postcodeLocation } from '../shared/postcodes.js';

/**
 * Search documents are built from PostgreSQL in bulk (a few queries per batch, never
 * one per row). They hold only what search and scoring need: the first name, never
 * surname, birth date, residence, target group (it can reveal nationality),
 * accommodation needs or any protected attribute. The target group is read only to
 * decide whether the 6-week activation rule applies.
 */
export interface CandidateDocument {
  id: string;
  firstName: string;
  competenceIds: string[];
  competenceNames: string[];
  /** The English names: consultants and companies search in both languages ("truck", "forklift"). */
  competenceNamesEn: string[];
  education: string;
  summary: string;
  languages: string[];
  industriesWished: string[];
  readiness: string;
  danishLevel: DanishLevel;
  danishRank: number;
  availableWeeklyHours: number;
  /** The person's hour goal (individual, else by readiness). */
  goalWeeklyHours: number;
  currentOrdinaryHours: number;
  atGoal: boolean;
  /** Stored availability (features/availability): hours a week still free. */
  freeWeeklyHours: number;
  /** The earliest planned end of an active placement as a number (20270112), so Meilisearch can filter on it; null when none. */
  availableFrom: number | null;
  /** Free hours once the placement ending on availableFrom has ended; null when none ends. */
  freeWeeklyHoursFrom: number | null;
  hasDrivingLicence: boolean;
  maxCommuteKm: number;
  iguEligible: boolean;
  hasActivePlacement: boolean;
  lastPlacementEndedOn: string | null;
  enrolledOn: string;
  activationRuleApplies: boolean;
  /** Level and evidence of each competence, in the order of competenceIds (parallel arrays keep documents small). */
  competenceLevels: number[];
  competenceEvidence: string[];
  pastPlacements: { companyId: string; industryCode: string; convertedToOrdinaryHours: boolean }[];
  /** Where the person lives: filtered on for distance (search/nearest.ts). */
  postcode: string;
  /**
   * The postcode's centre, for the scorer's distances. Not a Meilisearch geo field (neither filterable
   * nor sortable): its geo index is rewritten on every batch (search/nearest.ts).
   */
  _geo: { lat: number; lng: number } | null;
  /**
   * A digest of the scoring fields below: equal digests, equal fields. Retrieval asks Meilisearch for
   * ids and this only, and takes the rest from a cache when the digest matches (search/document-cache.ts).
   */
  scoringRev: string;
}

/** What matching reads of a person: the rest of a document (free text, English names) stays in the index. */
export const CANDIDATE_SCORING_FIELDS = [
  'id',
  '_geo',
  // Read only against the opening's mentors (a shared language), never scored on its own.
  'languages',
  'danishLevel',
  'availableWeeklyHours',
  'goalWeeklyHours',
  'currentOrdinaryHours',
  'industriesWished',
  'maxCommuteKm',
  'hasDrivingLicence',
  'competenceIds',
  'competenceNames',
  'competenceLevels',
  'competenceEvidence',
  'iguEligible',
  'readiness',
  'activationRuleApplies',
  'hasActivePlacement',
  'lastPlacementEndedOn',
  'enrolledOn',
  'pastPlacements',
  'freeWeeklyHours',
  'availableFrom',
  'freeWeeklyHoursFrom',
] as const satisfies readonly (keyof CandidateDocument)[];

/** The digest of a document's scoring fields (16 characters of SHA-1: a cache key, not a secret). */
export function scoringRevision(doc: Omit<CandidateDocument, 'scoringRev'>): string {
  const values = CANDIDATE_SCORING_FIELDS.map((f) => doc[f]);
  return createHash('sha1').update(JSON.stringify(values)).digest('base64url').slice(0, 16);
}

export interface OpeningDocument {
  id: string;
  kind: 'TASK' | 'IGU_SLOT';
  title: string;
  description: string;
  learningGoals: string;
  status: string;
  companyId: string;
  companyName: string;
  sector: string;
  industryCode: string;
  industryName: string;
  /** The English DB07 name, for English explanations; null: none (the Danish name is used). */
  industryNameEn?: string | null;
  competenceIds: string[];
  competenceNames: string[];
  required: { competenceId: string; name: string; nameEn?: string; minLevel: number }[];
  /** Competences the placement teaches: a required one a person lacks is not missing. */
  learningGoalCompetenceIds: string[];
  niceToHave: { competenceId: string; name: string; nameEn?: string }[];
  danishLevel: DanishLevel;
  danishRank: number;
  weeklyHours: number;
  ordinaryHoursInSight: boolean;
  expectedOrdinaryHours: number | null;
  requiresDrivingLicence: boolean;
  postcode: string;
  createdAt: number;
  /** Stored capacity: openings not yet taken (0 = filled). */
  openingsLeft: number;
  _geo: { lat: number; lng: number } | null;
}

const rank = (l: string) => DANISH_ORDER.indexOf(l as DanishLevel);
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const dateStr = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

type Row = Record<string, any>;

/** Candidate documents for these ids; ids that should not be in the index (no consent, inactive, gone) are left out. */
export async function candidateDocuments(
  em: EntityManager,
  ids: string[],
  config: Config,
  today: string,
  opts: { requireConsent?: boolean } = {},
): Promise<CandidateDocument[]> {
  if (!ids.length) return [];
  const rows: Row[] = await sql(
    em,
    `select c.id, c.first_name, c.postcode, c.readiness, c.target_group, c.residence_category, c.birth_date::text as birth_date,
            c.arrival_date::text as arrival_date, c.danish_level, c.languages, c.available_weekly_hours, c.goal_weekly_hours,
            c.free_weekly_hours, c.available_from::text as available_from, c.free_weekly_hours_from,
            c.current_ordinary_hours, c.industries_wished, c.has_driving_licence, c.max_commute_km, c.education, c.summary,
            c.enrolled_on::text as enrolled_on
       from candidate c
      where c.id = any(?::uuid[]) and (c.consent_to_share and c.status = 'ACTIVE' or not ?)`,
    [uuidArray(ids), opts.requireConsent ?? true],
  );
  if (!rows.length) return [];
  const found = rows.map((r) => r.id as string);
  const [comps, placements] = await Promise.all([
    sql(
      em,
      `select cc.candidate_id, cc.level, cc.evidence, co.id as competence_id, co.name, co.name_en
         from candidate_competence cc join competence co on co.id = cc.competence_id
        where cc.candidate_id = any(?::uuid[])`,
      [uuidArray(found)],
    ) as Promise<Row[]>,
    sql(
      em,
      `select p.candidate_id, p.company_id, co.industry_code, p.status, p.end_date::text as end_date, p.outcome
         from placement p join company co on co.id = p.company_id
        where p.candidate_id = any(?::uuid[])`,
      [uuidArray(found)],
    ) as Promise<Row[]>,
  ]);
  const compsBy = groupBy(comps.sort(byName), 'candidate_id');
  const placementsBy = groupBy(placements, 'candidate_id');
  const rules = {
    minAge: config.rules.iguMinAge,
    maxAge: config.rules.iguMaxAge,
    allowedResidenceCategories: ['REFUGEE', 'FAMILY_REUNIFIED_TO_REFUGEE'] as const,
    maxYearsSinceArrival: config.rules.iguMaxYearsSinceArrival,
  };
  return rows.map((r): CandidateDocument => {
    const cs = compsBy.get(r.id) ?? [];
    const ps = placementsBy.get(r.id) ?? [];
    const ended = ps
      .map((p) => dateStr(p.end_date))
      .filter((d): d is string => !!d)
      .sort();
    const industriesWished: string[] = r.industries_wished ?? [];
    const goal = hourGoal(
      r.readiness,
      r.goal_weekly_hours === null || r.goal_weekly_hours === undefined ? null : Number(r.goal_weekly_hours),
      config.rules,
    );
    const current = num(r.current_ordinary_hours);
    const doc: Omit<CandidateDocument, 'scoringRev'> = {
      id: r.id,
      firstName: r.first_name,
      competenceIds: cs.map((c) => c.competence_id),
      competenceNames: cs.map((c) => c.name),
      competenceNamesEn: cs.map((c) => c.name_en),
      education: r.education ?? '',
      summary: r.summary ?? '',
      languages: r.languages ?? [],
      industriesWished,
      readiness: r.readiness,
      danishLevel: r.danish_level,
      danishRank: rank(r.danish_level),
      availableWeeklyHours: num(r.available_weekly_hours),
      goalWeeklyHours: goal,
      currentOrdinaryHours: current,
      atGoal: current >= goal,
      freeWeeklyHours: num(r.free_weekly_hours),
      availableFrom: dayNumber(dateStr(r.available_from)),
      freeWeeklyHoursFrom: r.free_weekly_hours_from === null ? null : num(r.free_weekly_hours_from),
      hasDrivingLicence: !!r.has_driving_licence,
      maxCommuteKm: num(r.max_commute_km),
      iguEligible: isIguEligible(
        {
          birthDate: dateStr(r.birth_date)!,
          residenceCategory: r.residence_category,
          arrivalDate: dateStr(r.arrival_date),
        },
        today,
        rules,
      ),
      hasActivePlacement: ps.some((p) => p.status === 'ACTIVE'),
      lastPlacementEndedOn: ended.at(-1) ?? null,
      enrolledOn: dateStr(r.enrolled_on) ?? today,
      activationRuleApplies: r.readiness === 'JOB_READY' && r.target_group === 'INTEGRATION_PROGRAMME',
      competenceLevels: cs.map((c) => Number(c.level)),
      competenceEvidence: cs.map((c) => c.evidence),
      pastPlacements: ps.map((p) => ({
        companyId: p.company_id,
        industryCode: p.industry_code,
        convertedToOrdinaryHours: p.outcome === 'CONVERTED_TO_ORDINARY_HOURS',
      })),
      postcode: r.postcode,
      _geo: postcodeLocation(r.postcode),
    };
    return { ...doc, scoringRev: scoringRevision(doc) };
  });
}

/**
 * Task documents for these ids: open tasks and tasks in progress (a task with several openings takes
 * people while places are left; readers filter on openingsLeft). Drafts, solved, closed and deleted
 * ones are left out.
 */
export async function taskDocuments(em: EntityManager, ids: string[]): Promise<OpeningDocument[]> {
  if (!ids.length) return [];
  // The two reads side by side (matching reads one opening per request, on its path): a closed task's
  // competences are read for nothing, which costs less than a round trip in a row.
  const [rows, comps]: Row[][] = await Promise.all([
    sql(
      em,
      `select t.*, c.name as company_name, c.sector, i.name as industry_name, i.name_en as industry_name_en, extract(epoch from t.created_at) as created_epoch
         from unsolved_task t join company c on c.id = t.company_id join industry i on i.code = t.industry_code
        where t.id = any(?::uuid[]) and t.status in ('OPEN', 'IN_PROGRESS')`,
      [uuidArray(ids)],
    ),
    sql(
      em,
      `select tc.task_id, tc.min_level, tc.required, co.id as competence_id, co.name, co.name_en
         from task_competence tc join competence co on co.id = tc.competence_id
        where tc.task_id = any(?::uuid[])`,
      [uuidArray(ids)],
    ),
  ]);
  if (!rows.length) return [];
  const by = groupBy(comps.sort(byName), 'task_id');
  return rows.map((r) => {
    const cs = by.get(r.id) ?? [];
    return {
      id: r.id,
      kind: 'TASK' as const,
      title: r.title,
      description: r.description,
      learningGoals: r.learning_goals,
      status: r.status,
      companyId: r.company_id,
      companyName: r.company_name,
      sector: r.sector,
      industryCode: r.industry_code,
      industryName: r.industry_name,
      industryNameEn: r.industry_name_en ?? null,
      competenceIds: cs.map((c) => c.competence_id),
      competenceNames: cs.map((c) => c.name),
      learningGoalCompetenceIds: r.learning_goal_competence_ids ?? [],
      required: cs
        .filter((c) => c.required)
        .map((c) => ({
          competenceId: c.competence_id,
          name: c.name,
          nameEn: c.name_en,
          minLevel: Number(c.min_level),
        })),
      niceToHave: cs
        .filter((c) => !c.required)
        .map((c) => ({ competenceId: c.competence_id, name: c.name, nameEn: c.name_en })),
      danishLevel: r.danish_level,
      danishRank: rank(r.danish_level),
      weeklyHours: num(r.weekly_hours),
      ordinaryHoursInSight: !!r.ordinary_hours_in_sight,
      expectedOrdinaryHours: r.expected_ordinary_hours === null ? null : num(r.expected_ordinary_hours),
      requiresDrivingLicence: !!r.requires_driving_licence,
      postcode: r.postcode,
      createdAt: Math.round(num(r.created_epoch)),
      openingsLeft: num(r.openings_left),
      _geo: postcodeLocation(r.postcode),
    };
  });
}

/** Open IGU slot documents: the same requirement fields as a task (competences, Danish, hours). */
export async function iguSlotDocuments(em: EntityManager, ids: string[]): Promise<OpeningDocument[]> {
  if (!ids.length) return [];
  // Side by side, as for tasks.
  const [rows, comps]: Row[][] = await Promise.all([
    sql(
      em,
      `select s.*, c.name as company_name, c.sector, i.name as industry_name, i.name_en as industry_name_en, extract(epoch from s.created_at) as created_epoch
         from igu_slot s join company c on c.id = s.company_id join industry i on i.code = s.industry_code
        where s.id = any(?::uuid[]) and s.status = 'OPEN'`,
      [uuidArray(ids)],
    ),
    sql(
      em,
      `select sc.slot_id, sc.min_level, co.id as competence_id, co.name, co.name_en
         from igu_slot_competence sc join competence co on co.id = sc.competence_id
        where sc.slot_id = any(?::uuid[])`,
      [uuidArray(ids)],
    ),
  ]);
  if (!rows.length) return [];
  const by = groupBy(comps.sort(byName), 'slot_id');
  return rows.map((r) => {
    const cs = by.get(r.id) ?? [];
    return {
      id: r.id,
      kind: 'IGU_SLOT' as const,
      title: r.title,
      description: r.description ?? '',
      learningGoals: '',
      status: r.status,
      companyId: r.company_id,
      companyName: r.company_name,
      sector: r.sector,
      industryCode: r.industry_code,
      industryName: r.industry_name,
      industryNameEn: r.industry_name_en ?? null,
      competenceIds: cs.map((c) => c.competence_id),
      competenceNames: cs.map((c) => c.name),
      learningGoalCompetenceIds: [],
      required: cs.map((c) => ({
        competenceId: c.competence_id,
        name: c.name,
        nameEn: c.name_en,
        minLevel: Number(c.min_level),
      })),
      niceToHave: [],
      danishLevel: (r.danish_level ?? 'NONE') as DanishLevel,
      danishRank: rank(r.danish_level ?? 'NONE'),
      weeklyHours: num(r.weekly_hours),
      // IGU is paid work from day one: its own hours are the ordinary hours in sight.
      ordinaryHoursInSight: true,
      expectedOrdinaryHours: num(r.weekly_hours),
      requiresDrivingLicence: false,
      postcode: r.postcode,
      createdAt: Math.round(num(r.created_epoch)),
      openingsLeft: num(r.openings_left),
      _geo: postcodeLocation(r.postcode),
    };
  });
}

/** The person's stored availability as the document carries it (for the filters' rule, canTakeHours). */
export function storedAvailability(
  d: Pick<CandidateDocument, 'freeWeeklyHours' | 'availableFrom' | 'freeWeeklyHoursFrom'>,
): StoredAvailability {
  return {
    freeWeeklyHours: d.freeWeeklyHours,
    availableFrom: dayFromNumber(d.availableFrom),
    freeWeeklyHoursFrom: d.freeWeeklyHoursFrom, // undefined in a document from before it existed
  };
}

/** A calendar day as a number Meilisearch can compare: '2027-01-12' → 20270112. */
export function dayNumber(date: string | null): number | null {
  return date ? Number(date.replaceAll('-', '')) : null;
}

/** The inverse of dayNumber. */
export function dayFromNumber(n: number | null | undefined): string | null {
  if (n === null || n === undefined) return null;
  const s = String(n);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

/**
 * The scoring module's view of a candidate document (pure data, no protected attribute). A person whose
 * placement ends within the availability window (config.rules.availableWithinDays) is weighed on the
 * hours free from then.
 */
export function candidateForScoring(
  d: CandidateDocument,
  today: string,
  availableWithinDays: number,
): CandidateForScoring {
  const since = d.lastPlacementEndedOn ?? d.enrolledOn;
  const endsSoon = availableFromWithin(dayFromNumber(d.availableFrom), today, availableWithinDays) !== null;
  return {
    id: d.id,
    location: d._geo,
    danishLevel: d.danishLevel,
    availableWeeklyHours: d.availableWeeklyHours,
    freeWeeklyHours: d.freeWeeklyHours,
    // An index built before freeWeeklyHoursFrom existed lacks it: the person's stated hours, as before.
    freeWeeklyHoursSoon: endsSoon ? (d.freeWeeklyHoursFrom ?? d.availableWeeklyHours) : null,
    goalWeeklyHours: d.goalWeeklyHours,
    currentOrdinaryHours: d.currentOrdinaryHours,
    industriesWished: d.industriesWished,
    maxCommuteKm: d.maxCommuteKm,
    hasDrivingLicence: d.hasDrivingLicence,
    competences: d.competenceIds.map((competenceId, i) => ({
      competenceId,
      name: d.competenceNames[i] ?? '',
      level: (d.competenceLevels[i] ?? 1) as 1 | 2 | 3 | 4,
      evidence: (d.competenceEvidence[i] ?? 'SELF_REPORTED') as never,
    })),
    iguEligible: d.iguEligible,
    iguIneligibleReason: null,
    readiness: d.readiness as never,
    activationRuleApplies: d.activationRuleApplies,
    hasActivePlacement: d.hasActivePlacement,
    weeksSinceLastPlacement:
      d.lastPlacementEndedOn || d.pastPlacements.length ? Math.max(0, daysBetween(since, today) / 7) : null,
    pastPlacements: d.pastPlacements,
    languages: d.languages,
  };
}

export function openingForScoring(d: OpeningDocument): OpeningForScoring {
  return {
    kind: d.kind,
    id: d.id,
    companyId: d.companyId,
    companyName: d.companyName,
    industryCode: d.industryCode,
    industryName: d.industryName,
    industryNameEn: d.industryNameEn ?? null,
    location: d._geo,
    requiredCompetences: d.required.map((r) => ({ ...r, minLevel: r.minLevel as 1 | 2 | 3 | 4 })),
    niceToHaveCompetences: d.niceToHave,
    learningGoalCompetenceIds: d.learningGoalCompetenceIds ?? [],
    danishLevel: d.danishLevel,
    weeklyHours: d.weeklyHours,
    ordinaryHoursInSight: d.ordinaryHoursInSight,
    expectedOrdinaryHours: d.expectedOrdinaryHours,
    requiresDrivingLicence: d.requiresDrivingLicence,
  };
}

/**
 * One array parameter instead of thousands of placeholders: PostgreSQL plans
 * `= any($1::uuid[])` once, and the planner then drives the joins from these ids.
 */

// Sorted here, not in SQL: an ORDER BY on the competence name makes PostgreSQL scan
// every candidate's competences per catalogue entry instead of looking up these ids.
const byName = (a: Row, b: Row) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function groupBy(rows: Row[], key: string): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) {
    const k = r[key] as string;
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}
