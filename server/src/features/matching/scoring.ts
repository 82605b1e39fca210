/**
 * Match scoring: the second stage of matching (see docs/design: "Matching is
 * two stages"). Meilisearch retrieves a few hundred plausible candidates for an
 * opening (an unsolved task or an IGU slot), or openings for a candidate; this
 * module re-ranks them with explainable factors.
 *
 * Pure and deterministic: no I/O, no clock, no randomness, inputs are never
 * mutated. The same input gives the same scores and the same order; ties are
 * broken by id. Every weight and threshold comes from `MatchWeights`
 * (`weights.ts`).
 *
 * Fairness: scoring reads only the fields declared in `CandidateForScoring`
 * and `OpeningForScoring` below. None of them is a protected attribute
 * (nationality, country of origin, ethnicity, religion, gender, age, health,
 * accommodation needs ...) or a stand-in for one; Danish level and location
 * are legitimate. Keep it that way: do not add such a field to these types,
 * and do not read fields that are not declared here. IGU eligibility is
 * decided upstream (it is a legal status) and only its boolean is read here.
 */

import { languageKey, languageName } from '../../shared/languages.js';
import { workableFreeHours } from '../availability/availability.js';
import {
  DEFAULT_MATCH_WEIGHTS,
  FIT_FACTORS,
  MATCH_FACTOR_KEYS,
  type MatchFactorKey,
  type MatchWeights,
} from './weights.js';

export type DanishLevel = 'NONE' | 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';
export type Evidence = 'SELF_REPORTED' | 'OBSERVED_IN_PLACEMENT' | 'CERTIFIED';
export type Readiness = 'JOB_READY' | 'ACTIVITY_READY' | 'EDUCATION_READY';
export type Locale = 'da' | 'en';

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface CandidateForScoring {
  id: string;
  /** Postcode centroid. */
  location: GeoPoint | null;
  danishLevel: DanishLevel;
  /** Hours a week the person can take on in a new opening now. */
  availableWeeklyHours: number;
  /**
   * Hours a week still free after placements, activities and pending proposals (features/availability);
   * the comparison shows these as "ledige". Absent where only the stated hours are known.
   */
  freeWeeklyHours?: number;
  /**
   * Free hours once a current placement ending within the availability window has ended (features/availability,
   * freeWeeklyHoursFrom): an opening the person cannot take now is weighed on these. Computed by the caller
   * against its own "today"; absent or null when no placement ends within the window.
   */
  freeWeeklyHoursSoon?: number | null;
  /** Usually 37. */
  goalWeeklyHours: number;
  /** Unsubsidised paid hours a week already held. */
  currentOrdinaryHours: number;
  /** DB07 two-digit division codes, e.g. '56'. */
  industriesWished: string[];
  maxCommuteKm: number;
  hasDrivingLicence: boolean;
  competences: { competenceId: string; name: string; level: 1 | 2 | 3 | 4; evidence: Evidence }[];
  iguEligible: boolean;
  iguIneligibleReason: string | null;
  readiness: Readiness;
  /** Job-ready in the integration programme: the 6-week rule applies. */
  activationRuleApplies: boolean;
  hasActivePlacement: boolean;
  /** null: never had a company placement. Computed by the caller against its own "now". */
  weeksSinceLastPlacement: number | null;
  pastPlacements: { companyId: string; industryCode: string; convertedToOrdinaryHours: boolean }[];
  /**
   * Languages the person speaks, read only against the opening's mentors (a shared language to talk in),
   * never scored on their own: a language is not a proxy this module may weigh.
   */
  languages?: string[];
}

export interface OpeningForScoring {
  kind: 'TASK' | 'IGU_SLOT';
  id: string;
  companyId: string;
  companyName: string;
  /** Two-digit DB07 division. */
  industryCode: string;
  location: GeoPoint | null;
  /** `nameEn`: the English catalogue name, used in English explanations. */
  requiredCompetences: { competenceId: string; name: string; nameEn?: string; minLevel: 1 | 2 | 3 | 4 }[];
  niceToHaveCompetences: { competenceId: string; name: string; nameEn?: string }[];
  /**
   * Competences the placement teaches (the task's learning goals): a required one the person
   * lacks is not counted as missing (recommendation #5: internships with a learning perspective).
   */
  learningGoalCompetenceIds?: string[];
  /** For explanations only ("Transport og godshåndtering"). */
  industryName?: string;
  /** For English explanations ("Warehousing and support activities for transportation"); none: the Danish name. */
  industryNameEn?: string | null;
  /** Level needed. */
  danishLevel: DanishLevel;
  weeklyHours: number;
  ordinaryHoursInSight: boolean;
  expectedOrdinaryHours: number | null;
  requiresDrivingLicence: boolean;
  /** The company's mentors with a free place and the languages they speak (Mentor rows; none: no factor). */
  mentors?: { name: string; languages: string[] }[];
}

export interface MatchFactor {
  key: string;
  label: string;
  /** From the weights configuration (0 when the factor does not apply, e.g. IGU for a task). */
  weight: number;
  /** 0..1: the bar. The explanation is written from the same number. */
  score: number;
  explanation: string;
  /**
   * Listed as a gap: true exactly when the factor lowers the match score (a fit factor below 1
   * with a weight). Bonus factors only add and are never gaps.
   */
  gap: boolean;
  /** Points of the 0–100 score this factor costs (0 unless a gap). */
  pointsLost: number;
}

export interface ScoredMatch {
  candidateId: string;
  openingId: string;
  /** The opening's kind: task and IGU slot ids live in different tables. */
  openingKind?: OpeningForScoring['kind'];
  /** 0..100, rounded to one decimal. */
  score: number;
  /** The score the ranking sorts by: one decimal, not clamped (it falls below 0 with missing competences). */
  rankScore: number;
  /** Required competences the person lacks (learning goals excepted). */
  missingRequired: number;
  /**
   * 0..100 before the cost of the missing required competences: how well everything else fits.
   * Equal to `score` when none is missing; with some missing, what tells apart suggestions that all show 0.
   */
  scoreBeforeMissing: number;
  factors: MatchFactor[];
  /** Set when a hard constraint rules the pair out; ranking drops such pairs. */
  exclusionReason?: string | null;
}

export interface ScoreOptions {
  weights?: MatchWeights;
  locale?: Locale;
}

export interface RankOptions extends ScoreOptions {
  /** Keep at most this many (after sorting). */
  limit?: number;
}

// ---------------------------------------------------------------------------
// Small helpers

const DANISH_LEVELS: readonly DanishLevel[] = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

function danishRank(level: DanishLevel): number {
  const i = DANISH_LEVELS.indexOf(level);
  return Math.max(i, 0);
}

/** Clamp to 0..1; anything non-finite counts as 0. */
function clamp01(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.min(1, Math.max(0, x));
}

function finiteOr(x: number | null | undefined, fallback: number): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : fallback;
}

/** Number with at most one decimal, Danish decimal comma for 'da'. */
function num(x: number, locale: Locale): string {
  const r = Math.round(x * 10) / 10;
  const s = String(Object.is(r, -0) ? 0 : r);
  return locale === 'da' ? s.replace('.', ',') : s;
}

/** A distance as a person says it: "under 1 km", "7 km", "12,5 km" is never needed. */
function km(d: number, locale: Locale): string {
  return d < 0.5 ? (locale === 'da' ? 'under 1 km' : 'under 1 km') : `${num(Math.round(d), locale)} km`;
}

function hours(h: number, locale: Locale): string {
  return locale === 'da' ? `${num(h, locale)} t/uge` : `${num(h, locale)} h/week`;
}

function competenceName(c: { name: string; nameEn?: string }, locale: Locale): string {
  return locale === 'en' && c.nameEn ? c.nameEn : c.name;
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

function list(names: string[]): string {
  return names.join(', ');
}

/** Code-unit order, independent of the runtime's locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function normaliseIndustry(code: string): string {
  const t = code.trim();
  return /^\d$/.test(t) ? `0${t}` : t;
}

/**
 * DB07 (like NACE rev. 2) groups its two-digit divisions (hovedgrupper) into
 * sections (hovedafdelinger) A–U. Returns null for an unknown code.
 */
function db07Section(code: string): string | null {
  if (!/^\d{2}$/.test(code)) return null;
  const d = Number(code);
  const ranges: [number, number, string][] = [
    [1, 3, 'A'],
    [5, 9, 'B'],
    [10, 33, 'C'],
    [35, 35, 'D'],
    [36, 39, 'E'],
    [41, 43, 'F'],
    [45, 47, 'G'],
    [49, 53, 'H'],
    [55, 56, 'I'],
    [58, 63, 'J'],
    [64, 66, 'K'],
    [68, 68, 'L'],
    [69, 75, 'M'],
    [77, 82, 'N'],
    [84, 84, 'O'],
    [85, 85, 'P'],
    [86, 88, 'Q'],
    [90, 93, 'R'],
    [94, 96, 'S'],
    [97, 98, 'T'],
    [99, 99, 'U'],
  ];
  for (const [lo, hi, section] of ranges) if (d >= lo && d <= hi) return section;
  return null;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

// ---------------------------------------------------------------------------
// Hard constraints

/** Why a pair is ruled out, as a code: ranking checks this once per person and never builds text for it. */
export type ExclusionCode = 'AT_GOAL' | 'NO_HOURS' | 'NOT_IGU_ELIGIBLE' | 'TOO_FAR' | 'NO_DRIVING_LICENCE';

/** Hard constraints as a code (null: the pair may be suggested). Cheap: no text. */
export function exclusionCode(
  c: CandidateForScoring,
  o: OpeningForScoring,
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): ExclusionCode | null {
  if (c.currentOrdinaryHours >= c.goalWeeklyHours) return 'AT_GOAL';
  if (!(c.availableWeeklyHours > 0)) return 'NO_HOURS';
  if (o.kind === 'IGU_SLOT' && !c.iguEligible) return 'NOT_IGU_ELIGIBLE';
  // Far beyond the person's own maximum commute the commute score is already 0: not a suggestion.
  if (c.location && o.location && c.maxCommuteKm > 0) {
    if (distanceKm(c.location, o.location) > c.maxCommuteKm * weights.commute.zeroAtMaxMultiple) return 'TOO_FAR';
  }
  if (o.requiresDrivingLicence && !c.hasDrivingLicence) return 'NO_DRIVING_LICENCE';
  return null;
}

/**
 * The product's plausibility rule: when an opening names competences, a person who holds none of
 * them and does not wish its industry is never suggested (a cleaner for a forklift task); an opening
 * that names none finds anyone. Retrieval's stages (retrieval.ts) search only for such people
 * and the product applies this to what they return; the exhaustive reference (exhaustive.ts) applies
 * it to everyone, so both rank the same people.
 */
export function plausibleFor(opening: {
  competenceIds: readonly string[];
  industryCode: string;
}): (c: Pick<CandidateForScoring, 'industriesWished' | 'competences'>) => boolean {
  const named = new Set(opening.competenceIds);
  if (!named.size) return () => true;
  return (c) =>
    c.industriesWished.includes(opening.industryCode) || c.competences.some((x) => named.has(x.competenceId));
}

/**
 * Hard constraints: null when the pair may be suggested, otherwise a sentence
 * saying why not. These rule a pair out; they are not low scores.
 */
export function exclusionReason(
  c: CandidateForScoring,
  o: OpeningForScoring,
  locale: Locale = 'da',
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): string | null {
  const code = exclusionCode(c, o, weights);
  if (!code) return null;
  const da = locale === 'da';
  switch (code) {
    case 'AT_GOAL':
      return da
        ? `Kandidaten har allerede nået sit mål på ${num(c.goalWeeklyHours, locale)} ordinære timer om ugen.`
        : `The candidate already works their goal of ${num(c.goalWeeklyHours, locale)} ordinary hours a week.`;
    case 'NO_HOURS':
      return da
        ? 'Kandidaten har ingen timer til rådighed lige nu.'
        : 'The candidate has no hours available right now.';
    case 'NOT_IGU_ELIGIBLE': {
      const reason = c.iguIneligibleReason?.trim();
      return da
        ? `Kandidaten er ikke berettiget til IGU${reason ? `: ${reason}` : ''}.`
        : `The candidate is not eligible for IGU${reason ? `: ${reason}` : ''}.`;
    }
    case 'TOO_FAR': {
      const d = distanceKm(c.location!, o.location!);
      return da
        ? `${km(d, locale)} er for langt: kandidaten vil højst pendle ${num(c.maxCommuteKm, locale)} km.`
        : `${km(d, locale)} is too far: the candidate commutes at most ${num(c.maxCommuteKm, locale)} km.`;
    }
    case 'NO_DRIVING_LICENCE':
      return da
        ? `${o.kind === 'IGU_SLOT' ? 'IGU-pladsen' : 'Opgaven'} kræver kørekort, og kandidaten har ikke kørekort.`
        : `The ${o.kind === 'IGU_SLOT' ? 'IGU slot' : 'task'} requires a driving licence, and the candidate has none.`;
  }
}

// ---------------------------------------------------------------------------
// Factors
//
// Each factor computes its number at once and its sentence only when asked: ranking scores a few
// hundred pairs and explains only the ones it returns. The sentence is written from the same
// number as the bar: a fit factor below 1 says what falls short, one at 1 says nothing does.

type FactorResult = { score: number; explain: (locale: Locale) => string };

const LABELS: Record<Locale, Record<MatchFactorKey, string>> = {
  da: {
    competences: 'Kompetencer',
    danish: 'Dansk',
    hours: 'Timer',
    commute: 'Afstand',
    industry: 'Branche',
    ordinaryHours: 'Ordinære timer i sigte',
    igu: 'IGU',
    urgency: 'Haster (6-ugers-reglen)',
    history: 'Tidligere forløb',
    mentorLanguage: 'Mentor taler sproget',
  },
  en: {
    competences: 'Competences',
    danish: 'Danish',
    hours: 'Hours',
    commute: 'Commute',
    industry: 'Industry',
    ordinaryHours: 'Ordinary hours in sight',
    igu: 'IGU',
    urgency: 'Urgency (6-week rule)',
    history: 'Earlier placements',
    mentorLanguage: 'Mentor speaks the language',
  },
};

type CompetencesResult = FactorResult & { missing: number };

function competencesFactor(
  c: CandidateForScoring,
  o: OpeningForScoring,
  w: MatchWeights['competences'],
): CompetencesResult {
  const credit = (level: number, minLevel: number, evidence: Evidence): number => {
    const short = minLevel - level;
    const base = short <= 0 ? 1 : Math.max(w.minBelowLevelCredit, 1 - w.belowLevelPenaltyPerLevel * short);
    return clamp01(base * finiteOr(w.evidenceMultiplier[evidence], 1));
  };

  const held = new Map<string, CandidateForScoring['competences']>();
  for (const comp of c.competences) {
    const entries = held.get(comp.competenceId);
    if (entries) entries.push(comp);
    else held.set(comp.competenceId, [comp]);
  }

  // Nice-to-have: the share held, at any level.
  const nice = o.niceToHaveCompetences;
  const niceHeld = nice.filter((n) => held.has(n.competenceId)).length;
  const bonus = nice.length > 0 ? w.niceToHaveBonus * (niceHeld / nice.length) : 0;
  const niceText = (locale: Locale) =>
    nice.length > 0
      ? locale === 'da'
        ? `; har ${niceHeld} af ${nice.length} kompetencer, der er gode at have`
        : `; has ${niceHeld} of ${nice.length} nice-to-have competences`
      : '';

  const learning = new Set(o.learningGoalCompetenceIds ?? []);
  // A required competence the placement teaches counts when held and is not missing when not.
  const learnt = o.requiredCompetences.filter((r) => learning.has(r.competenceId) && !held.has(r.competenceId));
  const required = o.requiredCompetences.filter((r) => !learnt.includes(r));
  const learntText = (locale: Locale) =>
    learnt.length > 0
      ? locale === 'da'
        ? `; ${list(learnt.map((r) => competenceName(r, locale)))} er ${plural(learnt.length, 'et læringsmål', 'læringsmål')} og tæller ikke som mangel`
        : `; ${list(learnt.map((r) => competenceName(r, locale)))} ${plural(learnt.length, 'is a learning goal', 'are learning goals')} and not counted as missing`
      : '';

  if (required.length === 0) {
    const score = clamp01(w.noRequirementsScore + bonus);
    return {
      score,
      missing: 0,
      explain: (locale) => {
        const da = locale === 'da';
        const what =
          learnt.length > 0
            ? da
              ? 'Alle krævede kompetencer er læringsmål'
              : 'Every required competence is a learning goal'
            : da
              ? 'Der er ingen krævede kompetencer'
              : 'No required competences are listed';
        const tail =
          score < 1
            ? da
              ? ', så kompetencerne kan ikke vurderes og tæller halvt'
              : ', so competences cannot be judged and count half'
            : '';
        return `${what}${tail}${niceText(locale)}.`;
      },
    };
  }

  let sum = 0;
  const missing: OpeningForScoring['requiredCompetences'] = [];
  const below: { req: OpeningForScoring['requiredCompetences'][number]; level: number }[] = [];
  let selfReportedOnly = 0;
  for (const req of required) {
    const entries = held.get(req.competenceId);
    if (!entries) {
      missing.push(req);
      continue;
    }
    // The candidate's best claim to this competence counts.
    let best = entries[0];
    let bestCredit = credit(best.level, req.minLevel, best.evidence);
    for (const e of entries.slice(1)) {
      const cr = credit(e.level, req.minLevel, e.evidence);
      if (cr > bestCredit) {
        best = e;
        bestCredit = cr;
      }
    }
    sum += bestCredit;
    if (best.level < req.minLevel) below.push({ req, level: best.level });
    if (best.evidence === 'SELF_REPORTED') selfReportedOnly++;
  }
  const base = sum / required.length;
  // Nice-to-have competences add to the score but make up at most half of a shortfall in the required
  // ones: a person below a required level keeps a gap, and the sentence that names it agrees with the bar.
  const score = clamp01(Math.min(base + bonus, 1 - (1 - base) / 2));
  const has = required.length - missing.length;
  return {
    score,
    missing: missing.length,
    explain: (locale) => {
      const da = locale === 'da';
      let text = da
        ? `Har ${has} af ${required.length} krævede kompetencer`
        : `Has ${has} of ${required.length} required competences`;
      if (missing.length > 0) {
        const names = list(missing.map((r) => competenceName(r, locale)));
        text += da ? `; mangler: ${names}` : `; missing: ${names}`;
      }
      if (below.length > 0) {
        const items = below.map(({ req, level }) =>
          da
            ? `${competenceName(req, locale)} (niveau ${level}, kræver ${req.minLevel})`
            : `${competenceName(req, locale)} (level ${level}, needs ${req.minLevel})`,
        );
        text += da ? `; under krævet niveau: ${list(items)}` : `; below the required level: ${list(items)}`;
      }
      if (selfReportedOnly > 0 && score < 1) {
        text += da
          ? `; ${selfReportedOnly} ${plural(selfReportedOnly, 'er kun selvrapporteret', 'er kun selvrapporterede')}`
          : `; ${selfReportedOnly} only self-reported`;
      }
      return `${text}${learntText(locale)}${niceText(locale)}.`;
    },
  };
}

function danishFactor(c: CandidateForScoring, o: OpeningForScoring, w: MatchWeights['danish']): FactorResult {
  const level = (l: DanishLevel, locale: Locale) =>
    l === 'NONE' ? (locale === 'da' ? 'intet dansk' : 'no Danish') : l;
  if (o.danishLevel === 'NONE') {
    return {
      score: 1,
      explain: (locale) =>
        locale === 'da'
          ? `Der er intet krav til dansk (kandidaten har ${level(c.danishLevel, locale)}).`
          : `No Danish is needed (the candidate has ${level(c.danishLevel, locale)}).`,
    };
  }
  const short = danishRank(o.danishLevel) - danishRank(c.danishLevel);
  if (short <= 0) {
    return {
      score: 1,
      explain: (locale) =>
        locale === 'da'
          ? `Kandidaten har ${level(c.danishLevel, locale)}, der kræves ${o.danishLevel} – behovet er dækket.`
          : `The candidate has ${level(c.danishLevel, locale)}, ${o.danishLevel} is needed – the need is met.`,
    };
  }
  return {
    score: clamp01(1 - w.penaltyPerLevelShort * short),
    explain: (locale) =>
      locale === 'da'
        ? `Kandidaten har ${level(c.danishLevel, locale)}, der kræves ${o.danishLevel} – ${short} ${plural(short, 'niveau', 'niveauer')} under.`
        : `The candidate has ${level(c.danishLevel, locale)}, ${o.danishLevel} is needed – ${short} ${plural(short, 'level', 'levels')} short.`,
  };
}

function hoursFactor(c: CandidateForScoring, o: OpeningForScoring, w: MatchWeights['hours']): FactorResult {
  const weekly = finiteOr(o.weeklyHours, 0);
  // The hours the person has free now (after placements, activities and pending proposals, never more
  // than they said they can work): the number the comparison and the badges show, so the sentence agrees.
  const stated = Math.max(0, finiteOr(c.availableWeeklyHours, 0));
  const now = workableFreeHours({
    availableWeeklyHours: stated,
    ...(c.freeWeeklyHours === undefined ? {} : { freeWeeklyHours: finiteOr(c.freeWeeklyHours, 0) }),
  });
  // Someone whose current placement ends within the window is weighed on the hours free once it has ended
  // (the explanation's first sentence says from when): on today's hours alone they would score as busy.
  const soon =
    c.freeWeeklyHoursSoon === null || c.freeWeeklyHoursSoon === undefined || now >= weekly
      ? null
      : workableFreeHours({ availableWeeklyHours: stated, freeWeeklyHours: finiteOr(c.freeWeeklyHoursSoon, 0) });
  const later = soon !== null && soon > now;
  const available = later ? soon : now;
  const gap = Math.max(0, finiteOr(c.goalWeeklyHours, 0) - finiteOr(c.currentOrdinaryHours, 0));
  if (weekly <= 0) {
    const score = clamp01(w.unknownHoursScore);
    return {
      score,
      explain: (locale) =>
        locale === 'da'
          ? `Der er ikke angivet ugentlige timer${score < 1 ? ' – timer tæller halvt' : ''}.`
          : `No weekly hours are stated${score < 1 ? ' – hours count half' : ''}.`,
    };
  }
  // Fit: can the person work these hours now?
  const fit = weekly <= available ? 1 : available / weekly;
  // Growth: how much of the reachable way toward the goal (bounded by what the
  // person can work now) these hours cover.
  const reachable = Math.min(gap, available);
  const covered = Math.min(weekly, reachable);
  const growth = reachable > 0 ? covered / reachable : 0;
  const score = clamp01(w.fitShare * fit + (1 - w.fitShare) * growth);
  return {
    score,
    explain: (locale) => {
      const da = locale === 'da';
      const when = da ? (later ? 'til den tid' : 'nu') : later ? 'by then' : 'now';
      if (fit < 1) {
        return da
          ? `${hours(weekly, locale)} er ${hours(weekly - available, locale)} mere, end kandidaten har ledigt ${when} (${hours(available, locale)}).`
          : `${hours(weekly, locale)} is ${hours(weekly - available, locale)} more than the candidate has free ${when} (${hours(available, locale)}).`;
      }
      if (score < 1) {
        return da
          ? `${hours(weekly, locale)} passer, men dækker kun ${num(covered, locale)} af de ${hours(reachable, locale)}, kandidaten kan arbejde mere op mod målet på ${hours(c.goalWeeklyHours, locale)}.`
          : `${hours(weekly, locale)} fits, but covers only ${num(covered, locale)} of the ${hours(reachable, locale)} the candidate could add toward the goal of ${hours(c.goalWeeklyHours, locale)}.`;
      }
      return da
        ? `${hours(weekly, locale)} passer med de ${hours(available, locale)}, kandidaten har ledigt ${when}, og fylder vejen op mod målet på ${hours(c.goalWeeklyHours, locale)}.`
        : `${hours(weekly, locale)} fits the ${hours(available, locale)} the candidate has free ${when} and fills the way toward the goal of ${hours(c.goalWeeklyHours, locale)}.`;
    },
  };
}

function commuteFactor(c: CandidateForScoring, o: OpeningForScoring, w: MatchWeights['commute']): FactorResult {
  if (!c.location || !o.location) {
    const score = clamp01(w.unknownScore);
    return {
      score,
      explain: (locale) => {
        const da = locale === 'da';
        const whose =
          !c.location && !o.location
            ? da
              ? 'kandidatens og arbejdsstedets placering'
              : "the candidate's and the workplace's locations"
            : !c.location
              ? da
                ? 'kandidatens placering'
                : "the candidate's location"
              : da
                ? 'arbejdsstedets placering'
                : "the workplace's location";
        const tail = score < 1 ? (da ? ' – tæller halvt' : ' – counts half') : '';
        return da
          ? `Afstanden er ukendt, fordi ${whose} mangler${tail}.`
          : `The distance is unknown because ${whose} ${!c.location && !o.location ? 'are' : 'is'} missing${tail}.`;
      },
    };
  }
  const d = distanceKm(c.location, o.location);
  const max = Math.max(0, finiteOr(c.maxCommuteKm, 0));
  const near = Math.min(w.nearKm, max);
  let score: number;
  if (d <= near) score = 1;
  else if (d <= max) score = 1 - ((1 - w.scoreAtMax) * (d - near)) / (max - near);
  else {
    const zeroAt = max * w.zeroAtMaxMultiple;
    score = zeroAt > max ? w.scoreAtMax * (1 - (d - max) / (zeroAt - max)) : 0;
  }
  score = clamp01(score);
  return {
    score,
    explain: (locale) => {
      const da = locale === 'da';
      const dist = km(d, locale);
      const maxText = `${num(max, locale)} km`;
      if (score >= 1) {
        return da
          ? `Ca. ${dist} til arbejdsstedet – tæt på (fuld score op til ${num(near, locale)} km).`
          : `About ${dist} to the workplace – close by (full score up to ${num(near, locale)} km).`;
      }
      if (d <= max) {
        return da
          ? `Ca. ${dist} til arbejdsstedet – længere end de ${num(near, locale)} km, der giver fuld score (kandidatens maks. er ${maxText}).`
          : `About ${dist} to the workplace – further than the ${num(near, locale)} km that score in full (the candidate's maximum is ${maxText}).`;
      }
      return da
        ? `Ca. ${dist} til arbejdsstedet – over kandidatens maks. på ${maxText}.`
        : `About ${dist} to the workplace – beyond the candidate's maximum of ${maxText}.`;
    },
  };
}

function industryFactor(c: CandidateForScoring, o: OpeningForScoring, w: MatchWeights['industry']): FactorResult {
  const code = normaliseIndustry(o.industryCode);
  const named = (locale: Locale) => {
    const name = locale === 'en' && o.industryNameEn ? o.industryNameEn : o.industryName;
    return name ? `${code} (${name})` : code;
  };
  const wished = [...new Set(c.industriesWished.map(normaliseIndustry))];
  if (wished.length === 0) {
    const score = clamp01(w.noWishesScore);
    return {
      score,
      explain: (locale) =>
        locale === 'da'
          ? `Kandidaten har ingen brancheønsker registreret${score < 1 ? ' – tæller halvt' : ''}.`
          : `The candidate has no wished industries recorded${score < 1 ? ' – counts half' : ''}.`,
    };
  }
  if (wished.includes(code)) {
    return {
      score: 1,
      explain: (locale) =>
        locale === 'da'
          ? `Branche ${named(locale)} er blandt kandidatens brancheønsker.`
          : `Industry ${named(locale)} is one of the candidate's wished industries.`,
    };
  }
  const section = db07Section(code);
  const sameSection = section ? wished.filter((x) => db07Section(x) === section) : [];
  if (sameSection.length > 0) {
    return {
      score: clamp01(w.sameSectionScore),
      explain: (locale) =>
        locale === 'da'
          ? `Branche ${named(locale)} er ikke et ønske, men hører til samme hovedafdeling (${section}) som ønsket ${list(sameSection)}.`
          : `Industry ${named(locale)} is not wished, but is in the same DB07 section (${section}) as the wished ${list(sameSection)}.`,
    };
  }
  return {
    score: clamp01(w.notWishedScore),
    explain: (locale) =>
      locale === 'da'
        ? `Branche ${named(locale)} er ikke blandt kandidatens brancheønsker (${list(wished)}).`
        : `Industry ${named(locale)} is not one of the candidate's wished industries (${list(wished)}).`,
  };
}

function ordinaryHoursFactor(
  c: CandidateForScoring,
  o: OpeningForScoring,
  w: MatchWeights['ordinaryHours'],
): FactorResult {
  const at = (locale: Locale) => (locale === 'da' ? `hos ${o.companyName}` : `at ${o.companyName}`);
  if (!o.ordinaryHoursInSight) {
    return {
      score: clamp01(w.notInSightScore),
      explain: (locale) =>
        locale === 'da'
          ? `Ingen udsigt til ordinære timer ${at(locale)}.`
          : `No ordinary paid hours in sight ${at(locale)}.`,
    };
  }
  const expected = o.expectedOrdinaryHours;
  if (expected === null || !Number.isFinite(expected) || expected <= 0) {
    return {
      score: clamp01(w.inSightUnknownHoursScore),
      explain: (locale) =>
        locale === 'da'
          ? `Udsigt til ordinære timer ${at(locale)}, men antallet af timer er ikke angivet.`
          : `Ordinary paid hours in sight ${at(locale)}, but the number of hours is not stated.`,
    };
  }
  const gap = Math.max(0, c.goalWeeklyHours - c.currentOrdinaryHours);
  const share = gap > 0 ? Math.min(1, expected / gap) : 1;
  return {
    score: clamp01(w.inSightBaseScore + (1 - w.inSightBaseScore) * share),
    explain: (locale) =>
      locale === 'da'
        ? `Udsigt til ca. ${num(expected, locale)} ordinære timer om ugen ${at(locale)}.`
        : `About ${num(expected, locale)} ordinary paid hours a week in sight ${at(locale)}.`,
  };
}

function iguFactor(c: CandidateForScoring, o: OpeningForScoring, w: MatchWeights['igu']): FactorResult {
  if (o.kind !== 'IGU_SLOT') {
    // Listed with weight 0 by scoreMatch: it does not apply to a task.
    return {
      score: 0.5,
      explain: (locale) =>
        locale === 'da'
          ? 'IGU gælder ikke for en opgave og tæller ikke med.'
          : 'IGU does not apply to a task and does not count.',
    };
  }
  if (c.iguEligible) {
    return {
      score: clamp01(w.eligibleScore),
      explain: (locale) =>
        locale === 'da' ? 'Kandidaten er berettiget til IGU.' : 'The candidate is eligible for IGU.',
    };
  }
  const reason = c.iguIneligibleReason?.trim();
  return {
    score: clamp01(w.ineligibleScore),
    explain: (locale) =>
      locale === 'da'
        ? `Kandidaten er ikke berettiget til IGU${reason ? `: ${reason}` : ''}.`
        : `The candidate is not eligible for IGU${reason ? `: ${reason}` : ''}.`,
  };
}

function urgencyFactor(c: CandidateForScoring, w: MatchWeights['urgency']): FactorResult {
  if (!c.activationRuleApplies) {
    return {
      score: clamp01(w.notApplicableScore),
      explain: (locale) =>
        locale === 'da'
          ? '6-ugers-reglen gælder ikke for kandidaten.'
          : 'The 6-week rule does not apply to the candidate.',
    };
  }
  if (c.hasActivePlacement) {
    return {
      score: clamp01(w.notApplicableScore),
      explain: (locale) =>
        locale === 'da'
          ? 'Kandidaten er allerede i et virksomhedsrettet forløb.'
          : 'The candidate already has an active company placement.',
    };
  }
  const weeks = c.weeksSinceLastPlacement;
  if (weeks === null) {
    return {
      score: clamp01(w.neverPlacedScore),
      explain: (locale) => {
        const breach = num(w.breachWeeks, locale);
        return locale === 'da'
          ? `Haster: kandidaten har aldrig været i et virksomhedsrettet tilbud, og ${breach}-ugers-reglen gælder.`
          : `Urgent: the candidate has never had a company placement, and the ${breach}-week rule applies.`;
      },
    };
  }
  const wk = Math.max(0, finiteOr(weeks, 0));
  let score: number;
  if (wk >= w.breachWeeks) score = 1;
  else if (wk >= w.warningWeeks) {
    const span = w.breachWeeks - w.warningWeeks;
    score = span > 0 ? w.scoreAtWarning + ((1 - w.scoreAtWarning) * (wk - w.warningWeeks)) / span : 1;
  } else score = w.warningWeeks > 0 ? (w.scoreAtWarning * wk) / w.warningWeeks : w.scoreAtWarning;

  return {
    score: clamp01(score),
    explain: (locale) => {
      const da = locale === 'da';
      const breach = num(w.breachWeeks, locale);
      const since = da
        ? `${num(wk, locale)} ${plural(wk, 'uge', 'uger')} siden sidste virksomhedsrettede tilbud`
        : `${num(wk, locale)} ${plural(wk, 'week', 'weeks')} since the last company placement`;
      const left = w.breachWeeks - wk;
      if (wk > w.breachWeeks) {
        return da
          ? `Haster: ${since} – ${breach}-ugers-fristen er overskredet.`
          : `Urgent: ${since} – the ${breach}-week limit has been exceeded.`;
      }
      if (wk === w.breachWeeks) {
        return da
          ? `Haster: ${since} – ${breach}-ugers-fristen er nået.`
          : `Urgent: ${since} – the ${breach}-week limit has been reached.`;
      }
      if (wk >= w.warningWeeks) {
        return da
          ? `Snart: ${since} – ${num(left, locale)} ${plural(left, 'uge', 'uger')} til ${breach}-ugers-fristen.`
          : `Soon: ${since} – ${num(left, locale)} ${plural(left, 'week', 'weeks')} left before the ${breach}-week limit.`;
      }
      return da
        ? `${since[0].toUpperCase()}${since.slice(1)} – ${num(left, locale)} ${plural(left, 'uge', 'uger')} til ${breach}-ugers-fristen.`
        : `${since[0].toUpperCase()}${since.slice(1)} – ${num(left, locale)} ${plural(left, 'week', 'weeks')} left before the ${breach}-week limit.`;
    },
  };
}

function historyFactor(c: CandidateForScoring, o: OpeningForScoring, w: MatchWeights['history']): FactorResult {
  const code = normaliseIndustry(o.industryCode);
  const atCompany = c.pastPlacements.filter((p) => p.companyId === o.companyId);
  const inIndustry = c.pastPlacements.filter(
    (p) => p.companyId !== o.companyId && normaliseIndustry(p.industryCode) === code,
  );
  if (atCompany.length === 0 && inIndustry.length === 0) {
    return {
      score: clamp01(w.noHistoryScore),
      explain: (locale) =>
        locale === 'da'
          ? `Ingen tidligere forløb hos ${o.companyName} eller i branche ${code}.`
          : `No earlier placements at ${o.companyName} or in industry ${code}.`,
    };
  }
  const converted = [...atCompany, ...inIndustry].filter((p) => p.convertedToOrdinaryHours).length;
  const base = atCompany.length > 0 ? w.sameCompanyScore : w.sameIndustryScore;
  return {
    score: clamp01(base + (converted > 0 ? w.conversionBonus : 0)),
    explain: (locale) => {
      const da = locale === 'da';
      const parts: string[] = [];
      if (atCompany.length > 0) {
        parts.push(
          da
            ? `${atCompany.length} tidligere forløb hos ${o.companyName}`
            : `${atCompany.length} earlier ${plural(atCompany.length, 'placement', 'placements')} at ${o.companyName}`,
        );
      }
      if (inIndustry.length > 0) {
        parts.push(
          da
            ? `${inIndustry.length} ${atCompany.length > 0 ? '' : 'tidligere forløb '}hos andre virksomheder i branche ${code}`
            : `${inIndustry.length} ${atCompany.length > 0 ? '' : `earlier ${plural(inIndustry.length, 'placement', 'placements')} `}at other companies in industry ${code}`,
        );
      }
      let text = parts.join(da ? ' og ' : ' and ');
      if (converted > 0)
        text += da ? `; ${converted} førte til ordinære timer` : `; ${converted} led to ordinary hours`;
      return `${text}.`;
    },
  };
}

/**
 * A mentor with a free place who speaks one of the person's languages (Danish aside: the Danish factor weighs
 * it): "mentor taler tigrinya". Only a shared language counts, never which language it is.
 */
export function mentorLanguageFactor(
  c: CandidateForScoring,
  o: OpeningForScoring,
  w: MatchWeights['mentorLanguage'],
): FactorResult & { applies: boolean } {
  const spoken = new Map<string, string>();
  for (const l of c.languages ?? []) {
    const key = languageKey(l);
    if (key && key !== 'da' && !spoken.has(key)) spoken.set(key, l);
  }
  for (const m of o.mentors ?? []) {
    for (const l of m.languages) {
      const typed = spoken.get(languageKey(l));
      if (typed === undefined) continue;
      return {
        applies: true,
        score: clamp01(w.sharedScore),
        explain: (locale) =>
          locale === 'da'
            ? `Mentor taler ${languageName(typed, 'da')} (${m.name}).`
            : `Mentor speaks ${languageName(typed, 'en')} (${m.name}).`,
      };
    }
  }
  return {
    applies: false,
    score: 0,
    explain: (locale) =>
      locale === 'da'
        ? 'Ingen mentor med ledig plads taler et af kandidatens sprog (ud over dansk).'
        : "No mentor with a free place speaks one of the candidate's languages (besides Danish).",
  };
}

// ---------------------------------------------------------------------------
// Scoring and ranking

function roundScore(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The numbers of one pair, before any text. */
interface Evaluation {
  results: Record<MatchFactorKey, FactorResult>;
  weights: Record<MatchFactorKey, number>;
  total: number;
  missingRequired: number;
  rankScore: number;
  /** The weighted score before the missing-competence penalty, rounded as shown. */
  baseScore: number;
}

function evaluate(c: CandidateForScoring, o: OpeningForScoring, weights: MatchWeights): Evaluation {
  const comp = competencesFactor(c, o, weights.competences);
  const mentor = mentorLanguageFactor(c, o, weights.mentorLanguage);
  const results: Record<MatchFactorKey, FactorResult> = {
    competences: comp,
    danish: danishFactor(c, o, weights.danish),
    hours: hoursFactor(c, o, weights.hours),
    commute: commuteFactor(c, o, weights.commute),
    industry: industryFactor(c, o, weights.industry),
    ordinaryHours: ordinaryHoursFactor(c, o, weights.ordinaryHours),
    igu: iguFactor(c, o, weights.igu),
    urgency: urgencyFactor(c, weights.urgency),
    history: historyFactor(c, o, weights.history),
    mentorLanguage: mentor,
  };
  const ws = {} as Record<MatchFactorKey, number>;
  let weighted = 0;
  let total = 0;
  for (const key of MATCH_FACTOR_KEYS) {
    // IGU does not apply to a task, nor the mentor bonus without a shared language: listed, with weight 0.
    const applies = !(key === 'igu' && o.kind !== 'IGU_SLOT') && !(key === 'mentorLanguage' && !mentor.applies);
    const wk = applies ? Math.max(0, finiteOr(weights.factors[key], 0)) : 0;
    ws[key] = wk;
    weighted += wk * results[key].score;
    total += wk;
  }
  const base = total > 0 ? (100 * weighted) / total : 0;
  return {
    results,
    weights: ws,
    total,
    missingRequired: comp.missing,
    // Rounded as shown, so equal shown scores fall back to the id (the penalty's margin keeps a
    // missing competence at least a whole point below).
    rankScore: roundScore(base - comp.missing * missingRequiredPenalty(ws, total, weights)),
    baseScore: roundScore(base),
  };
}

/**
 * Points one missing required competence costs: everything the other factors can give together,
 * plus a margin, so no distance, hours, industry or bonus can win it back.
 */
export function missingRequiredPenalty(
  ws: Record<MatchFactorKey, number>,
  total: number,
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): number {
  if (total <= 0) return 0;
  return (100 * (total - ws.competences)) / total + Math.max(0, weights.competences.missingRequiredMarginPoints);
}

function explainEvaluation(e: Evaluation, c: CandidateForScoring, o: OpeningForScoring, locale: Locale): ScoredMatch {
  const factors: MatchFactor[] = MATCH_FACTOR_KEYS.map((key) => {
    const r = e.results[key];
    const weight = e.weights[key];
    const lost = FIT_FACTORS.has(key) && weight > 0 && e.total > 0 ? (100 * weight * (1 - r.score)) / e.total : 0;
    return {
      key,
      label: LABELS[locale][key],
      weight,
      score: r.score,
      explanation: r.explain(locale),
      gap: lost > 0,
      pointsLost: lost,
    };
  });
  return {
    candidateId: c.id,
    openingId: o.id,
    openingKind: o.kind,
    score: Math.min(100, Math.max(0, e.rankScore)),
    rankScore: e.rankScore,
    missingRequired: e.missingRequired,
    scoreBeforeMissing: Math.min(100, Math.max(0, e.baseScore)),
    factors,
  };
}

/**
 * Score one candidate–opening pair, with every sentence. Does not drop excluded pairs (ranking
 * does); an excluded pair carries its `exclusionReason`.
 */
export function scoreMatch(c: CandidateForScoring, o: OpeningForScoring, opts: ScoreOptions = {}): ScoredMatch {
  const weights = opts.weights ?? DEFAULT_MATCH_WEIGHTS;
  const locale: Locale = opts.locale ?? 'da';
  return {
    ...explainEvaluation(evaluate(c, o, weights), c, o, locale),
    exclusionReason: exclusionReason(c, o, locale, weights),
  };
}

function limitOf(limit: number | undefined): number {
  return limit === undefined || !Number.isFinite(limit) ? Number.POSITIVE_INFINITY : Math.max(0, Math.floor(limit));
}

/**
 * Rank pairs: one exclusion check per pair, numbers for all, sentences only for the `limit`
 * returned. Ties (equal scores) break by `tie`.
 */
function rankPairs<T>(
  items: T[],
  pair: (item: T) => [CandidateForScoring, OpeningForScoring],
  tie: (item: T) => string,
  opts: RankOptions,
): ScoredMatch[] {
  const weights = opts.weights ?? DEFAULT_MATCH_WEIGHTS;
  const locale: Locale = opts.locale ?? 'da';
  const scored: { item: T; key: string; e: Evaluation }[] = [];
  for (const item of items) {
    const [c, o] = pair(item);
    if (exclusionCode(c, o, weights) !== null) continue;
    scored.push({ item, key: tie(item), e: evaluate(c, o, weights) });
  }
  scored.sort((a, b) => b.e.rankScore - a.e.rankScore || compareStrings(a.key, b.key));
  return scored.slice(0, limitOf(opts.limit)).map((s) => {
    const [c, o] = pair(s.item);
    return { ...explainEvaluation(s.e, c, o, locale), exclusionReason: null };
  });
}

/** Candidates for one opening: excluded pairs dropped, best first, ties by candidateId. */
export function rankCandidatesForOpening(
  o: OpeningForScoring,
  cs: CandidateForScoring[],
  opts: RankOptions = {},
): ScoredMatch[] {
  return rankPairs(
    cs,
    (c) => [c, o],
    (c) => c.id,
    opts,
  );
}

/** Openings for one candidate: excluded pairs dropped, best first, ties by `${kind}:${id}`. */
export function rankOpeningsForCandidate(
  c: CandidateForScoring,
  os: OpeningForScoring[],
  opts: RankOptions = {},
): ScoredMatch[] {
  return rankPairs(
    os,
    (o) => [c, o],
    (o) => `${o.kind}:${o.id}`,
    opts,
  );
}

/**
 * The numbers a ranking reads, without any sentence: the shown score (as `scoreMatch` gives it) and
 * the missing required competences; null when the pair is excluded. For plans that score every
 * retrieved pair and explain only the rows they keep.
 */
export function rankNumbersOf(
  c: CandidateForScoring,
  o: OpeningForScoring,
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): { score: number; rankScore: number; missingRequired: number } | null {
  if (exclusionCode(c, o, weights) !== null) return null;
  const e = evaluate(c, o, weights);
  return { score: Math.min(100, Math.max(0, e.rankScore)), rankScore: e.rankScore, missingRequired: e.missingRequired };
}

/** The ranking score alone (no text), for exhaustive scans and plans: null when excluded. */
export function rankScoreOf(
  c: CandidateForScoring,
  o: OpeningForScoring,
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): number | null {
  if (exclusionCode(c, o, weights) !== null) return null;
  return evaluate(c, o, weights).rankScore;
}
