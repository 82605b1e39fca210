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
import { DEFAULT_MATCH_WEIGHTS, type MatchFactorKey, type MatchWeights } from './weights.js';

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
}

export interface OpeningForScoring {
  kind: 'TASK' | 'IGU_SLOT';
  id: string;
  companyId: string;
  companyName: string;
  /** Two-digit DB07 division. */
  industryCode: string;
  location: GeoPoint | null;
  requiredCompetences: { competenceId: string; name: string; minLevel: 1 | 2 | 3 | 4 }[];
  niceToHaveCompetences: { competenceId: string; name: string }[];
  /** Level needed. */
  danishLevel: DanishLevel;
  weeklyHours: number;
  ordinaryHoursInSight: boolean;
  expectedOrdinaryHours: number | null;
  requiresDrivingLicence: boolean;
}

export interface MatchFactor {
  key: string;
  label: string;
  /** From the weights configuration (0 when the factor does not apply, e.g. IGU for a task). */
  weight: number;
  /** 0..1 */
  score: number;
  explanation: string;
}

export interface ScoredMatch {
  candidateId: string;
  openingId: string;
  /** The opening's kind: task and IGU slot ids live in different tables. */
  openingKind?: OpeningForScoring['kind'];
  /** 0..100, rounded to one decimal. */
  score: number;
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
  const da = locale === 'da';
  if (c.currentOrdinaryHours >= c.goalWeeklyHours) {
    return da
      ? `Kandidaten har allerede nået sit mål på ${num(c.goalWeeklyHours, locale)} ordinære timer om ugen.`
      : `The candidate already works their goal of ${num(c.goalWeeklyHours, locale)} ordinary hours a week.`;
  }
  if (!(c.availableWeeklyHours > 0)) {
    return da ? 'Kandidaten har ingen timer til rådighed lige nu.' : 'The candidate has no hours available right now.';
  }
  if (o.kind === 'IGU_SLOT' && !c.iguEligible) {
    const reason = c.iguIneligibleReason?.trim();
    return da
      ? `Kandidaten er ikke berettiget til IGU${reason ? `: ${reason}` : ''}.`
      : `The candidate is not eligible for IGU${reason ? `: ${reason}` : ''}.`;
  }
  // Far beyond the person's own maximum commute the commute score is already 0: not a suggestion.
  if (c.location && o.location && c.maxCommuteKm > 0) {
    const km = distanceKm(c.location, o.location);
    const limit = c.maxCommuteKm * weights.commute.zeroAtMaxMultiple;
    if (km > limit) {
      return da
        ? `${num(Math.round(km), locale)} km er for langt: kandidaten vil højst pendle ${num(c.maxCommuteKm, locale)} km.`
        : `${num(Math.round(km), locale)} km is too far: the candidate commutes at most ${num(c.maxCommuteKm, locale)} km.`;
    }
  }
  if (o.requiresDrivingLicence && !c.hasDrivingLicence) {
    return da
      ? `${o.kind === 'IGU_SLOT' ? 'IGU-pladsen' : 'Opgaven'} kræver kørekort, og kandidaten har ikke kørekort.`
      : `The ${o.kind === 'IGU_SLOT' ? 'IGU slot' : 'task'} requires a driving licence, and the candidate has none.`;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Factors

type FactorResult = { score: number; explanation: string };

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
  },
};

function competencesFactor(
  c: CandidateForScoring,
  o: OpeningForScoring,
  w: MatchWeights['competences'],
  locale: Locale,
): FactorResult {
  const da = locale === 'da';
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
  const niceText =
    nice.length > 0
      ? da
        ? `; har ${niceHeld} af ${nice.length} kompetencer, der er gode at have`
        : `; has ${niceHeld} of ${nice.length} nice-to-have competences`
      : '';

  const required = o.requiredCompetences;
  if (required.length === 0) {
    return {
      score: clamp01(w.noRequirementsScore + bonus),
      explanation: da
        ? `Der er ingen krævede kompetencer, så kompetencer vurderes neutralt-højt${niceText}.`
        : `No required competences are listed, so competences score neutral-high${niceText}.`,
    };
  }

  let sum = 0;
  const missing: string[] = [];
  const below: string[] = [];
  let selfReportedOnly = 0;
  for (const req of required) {
    const entries = held.get(req.competenceId);
    if (!entries) {
      missing.push(req.name);
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
    if (best.level < req.minLevel) {
      below.push(
        da
          ? `${req.name} (niveau ${best.level}, kræver ${req.minLevel})`
          : `${req.name} (level ${best.level}, needs ${req.minLevel})`,
      );
    }
    if (best.evidence === 'SELF_REPORTED') selfReportedOnly++;
  }
  const coverage = sum / required.length;
  const has = required.length - missing.length;

  let text = da
    ? `Har ${has} af ${required.length} krævede kompetencer`
    : `Has ${has} of ${required.length} required competences`;
  if (missing.length > 0) text += da ? `; mangler: ${list(missing)}` : `; missing: ${list(missing)}`;
  if (below.length > 0)
    text += da ? `; under krævet niveau: ${list(below)}` : `; below the required level: ${list(below)}`;
  if (selfReportedOnly > 0) {
    text += da
      ? `; ${selfReportedOnly} ${plural(selfReportedOnly, 'er kun selvrapporteret', 'er kun selvrapporterede')}`
      : `; ${selfReportedOnly} only self-reported`;
  }
  text += `${niceText}.`;
  return { score: clamp01(coverage + bonus), explanation: text };
}

function danishFactor(
  c: CandidateForScoring,
  o: OpeningForScoring,
  w: MatchWeights['danish'],
  locale: Locale,
): FactorResult {
  const da = locale === 'da';
  const has = c.danishLevel === 'NONE' ? (da ? 'intet dansk' : 'no Danish') : c.danishLevel;
  if (o.danishLevel === 'NONE') {
    return {
      score: 1,
      explanation: da
        ? `Der er intet krav til dansk (kandidaten har ${has}).`
        : `No Danish is needed (the candidate has ${has}).`,
    };
  }
  const short = danishRank(o.danishLevel) - danishRank(c.danishLevel);
  if (short <= 0) {
    return {
      score: 1,
      explanation: da
        ? `Kandidaten har ${has}, der kræves ${o.danishLevel} – behovet er dækket.`
        : `The candidate has ${has}, ${o.danishLevel} is needed – the need is met.`,
    };
  }
  return {
    score: clamp01(1 - w.penaltyPerLevelShort * short),
    explanation: da
      ? `Kandidaten har ${has}, der kræves ${o.danishLevel} – ${short} ${plural(short, 'niveau', 'niveauer')} under.`
      : `The candidate has ${has}, ${o.danishLevel} is needed – ${short} ${plural(short, 'level', 'levels')} short.`,
  };
}

function hoursFactor(
  c: CandidateForScoring,
  o: OpeningForScoring,
  w: MatchWeights['hours'],
  locale: Locale,
): FactorResult {
  const da = locale === 'da';
  const weekly = finiteOr(o.weeklyHours, 0);
  const available = Math.max(0, finiteOr(c.availableWeeklyHours, 0));
  const gap = Math.max(0, finiteOr(c.goalWeeklyHours, 0) - finiteOr(c.currentOrdinaryHours, 0));
  const goal = num(c.goalWeeklyHours, locale);
  if (weekly <= 0) {
    return {
      score: clamp01(w.unknownHoursScore),
      explanation: da
        ? 'Der er ikke angivet ugentlige timer – timer vurderes neutralt.'
        : 'No weekly hours are stated – hours score neutral.',
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

  const h = num(weekly, locale);
  const av = num(available, locale);
  const fitText =
    weekly <= available
      ? da
        ? `${h} t/uge passer med de ${av} t/uge, kandidaten kan nu`
        : `${h} h/week fits the ${av} h/week the candidate can work now`
      : da
        ? `${h} t/uge er ${num(weekly - available, locale)} t/uge mere, end kandidaten kan nu (${av} t/uge)`
        : `${h} h/week is ${num(weekly - available, locale)} h/week more than the candidate can work now (${av} h/week)`;
  const growthText = da
    ? `og dækker ${num(covered, locale)} af de ${num(gap, locale)} t/uge, der mangler op til målet på ${goal} t/uge`
    : `and covers ${num(covered, locale)} of the ${num(gap, locale)} h/week still missing toward the goal of ${goal} h/week`;
  return { score, explanation: `${fitText}, ${growthText}.` };
}

function commuteFactor(
  c: CandidateForScoring,
  o: OpeningForScoring,
  w: MatchWeights['commute'],
  locale: Locale,
): FactorResult {
  const da = locale === 'da';
  if (!c.location || !o.location) {
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
    return {
      score: clamp01(w.unknownScore),
      explanation: da
        ? `Afstanden er ukendt, fordi ${whose} mangler – vurderes neutralt.`
        : `The distance is unknown because ${whose} ${!c.location && !o.location ? 'are' : 'is'} missing – scored neutral.`,
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
  const km = d < 0.5 ? (da ? 'under 1 km' : 'under 1 km') : `${Math.round(d)} km`;
  const maxText = `${num(max, locale)} km`;
  const explanation =
    d <= max
      ? da
        ? `Ca. ${km} til arbejdsstedet – inden for kandidatens maks. på ${maxText}.`
        : `About ${km} to the workplace – within the candidate's maximum of ${maxText}.`
      : da
        ? `Ca. ${km} til arbejdsstedet – over kandidatens maks. på ${maxText}.`
        : `About ${km} to the workplace – beyond the candidate's maximum of ${maxText}.`;
  return { score: clamp01(score), explanation };
}

function industryFactor(
  c: CandidateForScoring,
  o: OpeningForScoring,
  w: MatchWeights['industry'],
  locale: Locale,
): FactorResult {
  const da = locale === 'da';
  const code = normaliseIndustry(o.industryCode);
  const wished = [...new Set(c.industriesWished.map(normaliseIndustry))];
  if (wished.length === 0) {
    return {
      score: clamp01(w.noWishesScore),
      explanation: da
        ? 'Kandidaten har ingen brancheønsker registreret – vurderes neutralt.'
        : 'The candidate has no wished industries recorded – scored neutral.',
    };
  }
  if (wished.includes(code)) {
    return {
      score: 1,
      explanation: da
        ? `Branche ${code} er blandt kandidatens brancheønsker.`
        : `Industry ${code} is one of the candidate's wished industries.`,
    };
  }
  const section = db07Section(code);
  const sameSection = section ? wished.filter((x) => db07Section(x) === section) : [];
  if (sameSection.length > 0) {
    return {
      score: clamp01(w.sameSectionScore),
      explanation: da
        ? `Branche ${code} er ikke et ønske, men hører til samme hovedafdeling (${section}) som ønsket ${list(sameSection)}.`
        : `Industry ${code} is not wished, but is in the same DB07 section (${section}) as the wished ${list(sameSection)}.`,
    };
  }
  return {
    score: clamp01(w.notWishedScore),
    explanation: da
      ? `Branche ${code} er ikke blandt kandidatens brancheønsker (${list(wished)}).`
      : `Industry ${code} is not one of the candidate's wished industries (${list(wished)}).`,
  };
}

function ordinaryHoursFactor(
  c: CandidateForScoring,
  o: OpeningForScoring,
  w: MatchWeights['ordinaryHours'],
  locale: Locale,
): FactorResult {
  const da = locale === 'da';
  const at = da ? `hos ${o.companyName}` : `at ${o.companyName}`;
  if (!o.ordinaryHoursInSight) {
    return {
      score: clamp01(w.notInSightScore),
      explanation: da ? `Ingen udsigt til ordinære timer ${at}.` : `No ordinary paid hours in sight ${at}.`,
    };
  }
  const expected = o.expectedOrdinaryHours;
  if (expected === null || !Number.isFinite(expected) || expected <= 0) {
    return {
      score: clamp01(w.inSightUnknownHoursScore),
      explanation: da
        ? `Udsigt til ordinære timer ${at}, men antallet af timer er ikke angivet.`
        : `Ordinary paid hours in sight ${at}, but the number of hours is not stated.`,
    };
  }
  const gap = Math.max(0, c.goalWeeklyHours - c.currentOrdinaryHours);
  const share = gap > 0 ? Math.min(1, expected / gap) : 1;
  return {
    score: clamp01(w.inSightBaseScore + (1 - w.inSightBaseScore) * share),
    explanation: da
      ? `Udsigt til ca. ${num(expected, locale)} ordinære timer om ugen ${at}.`
      : `About ${num(expected, locale)} ordinary paid hours a week in sight ${at}.`,
  };
}

function iguFactor(c: CandidateForScoring, o: OpeningForScoring, w: MatchWeights['igu'], locale: Locale): FactorResult {
  const da = locale === 'da';
  if (o.kind !== 'IGU_SLOT') {
    // Listed with weight 0 by scoreMatch: it does not apply to a task.
    return {
      score: 0.5,
      explanation: da
        ? 'IGU gælder ikke for en opgave og tæller ikke med.'
        : 'IGU does not apply to a task and does not count.',
    };
  }
  if (c.iguEligible) {
    return {
      score: clamp01(w.eligibleScore),
      explanation: da ? 'Kandidaten er berettiget til IGU.' : 'The candidate is eligible for IGU.',
    };
  }
  const reason = c.iguIneligibleReason?.trim();
  return {
    score: clamp01(w.ineligibleScore),
    explanation: da
      ? `Kandidaten er ikke berettiget til IGU${reason ? `: ${reason}` : ''}.`
      : `The candidate is not eligible for IGU${reason ? `: ${reason}` : ''}.`,
  };
}

function urgencyFactor(c: CandidateForScoring, w: MatchWeights['urgency'], locale: Locale): FactorResult {
  const da = locale === 'da';
  if (!c.activationRuleApplies) {
    return {
      score: clamp01(w.notApplicableScore),
      explanation: da
        ? '6-ugers-reglen gælder ikke for kandidaten.'
        : 'The 6-week rule does not apply to the candidate.',
    };
  }
  if (c.hasActivePlacement) {
    return {
      score: clamp01(w.notApplicableScore),
      explanation: da
        ? 'Kandidaten er allerede i et virksomhedsrettet forløb.'
        : 'The candidate already has an active company placement.',
    };
  }
  const weeks = c.weeksSinceLastPlacement;
  const breach = num(w.breachWeeks, locale);
  if (weeks === null) {
    return {
      score: clamp01(w.neverPlacedScore),
      explanation: da
        ? `Haster: kandidaten har aldrig været i et virksomhedsrettet tilbud, og ${breach}-ugers-reglen gælder.`
        : `Urgent: the candidate has never had a company placement, and the ${breach}-week rule applies.`,
    };
  }
  const wk = Math.max(0, finiteOr(weeks, 0));
  let score: number;
  if (wk >= w.breachWeeks) score = 1;
  else if (wk >= w.warningWeeks) {
    const span = w.breachWeeks - w.warningWeeks;
    score = span > 0 ? w.scoreAtWarning + ((1 - w.scoreAtWarning) * (wk - w.warningWeeks)) / span : 1;
  } else score = w.warningWeeks > 0 ? (w.scoreAtWarning * wk) / w.warningWeeks : w.scoreAtWarning;

  const since = da
    ? `${num(wk, locale)} ${plural(wk, 'uge', 'uger')} siden sidste virksomhedsrettede tilbud`
    : `${num(wk, locale)} ${plural(wk, 'week', 'weeks')} since the last company placement`;
  const left = w.breachWeeks - wk;
  let explanation: string;
  if (wk > w.breachWeeks) {
    explanation = da
      ? `Haster: ${since} – ${breach}-ugers-fristen er overskredet.`
      : `Urgent: ${since} – the ${breach}-week limit has been exceeded.`;
  } else if (wk === w.breachWeeks) {
    explanation = da
      ? `Haster: ${since} – ${breach}-ugers-fristen er nået.`
      : `Urgent: ${since} – the ${breach}-week limit has been reached.`;
  } else if (wk >= w.warningWeeks) {
    explanation = da
      ? `Snart: ${since} – ${num(left, locale)} ${plural(left, 'uge', 'uger')} til ${breach}-ugers-fristen.`
      : `Soon: ${since} – ${num(left, locale)} ${plural(left, 'week', 'weeks')} left before the ${breach}-week limit.`;
  } else {
    explanation = da
      ? `${since[0].toUpperCase()}${since.slice(1)} – ${num(left, locale)} ${plural(left, 'uge', 'uger')} til ${breach}-ugers-fristen.`
      : `${since[0].toUpperCase()}${since.slice(1)} – ${num(left, locale)} ${plural(left, 'week', 'weeks')} left before the ${breach}-week limit.`;
  }
  return { score: clamp01(score), explanation };
}

function historyFactor(
  c: CandidateForScoring,
  o: OpeningForScoring,
  w: MatchWeights['history'],
  locale: Locale,
): FactorResult {
  const da = locale === 'da';
  const code = normaliseIndustry(o.industryCode);
  const atCompany = c.pastPlacements.filter((p) => p.companyId === o.companyId);
  const inIndustry = c.pastPlacements.filter(
    (p) => p.companyId !== o.companyId && normaliseIndustry(p.industryCode) === code,
  );
  if (atCompany.length === 0 && inIndustry.length === 0) {
    return {
      score: clamp01(w.noHistoryScore),
      explanation: da
        ? `Ingen tidligere forløb hos ${o.companyName} eller i branche ${code}.`
        : `No earlier placements at ${o.companyName} or in industry ${code}.`,
    };
  }
  const converted = [...atCompany, ...inIndustry].filter((p) => p.convertedToOrdinaryHours).length;
  const base = atCompany.length > 0 ? w.sameCompanyScore : w.sameIndustryScore;
  const score = clamp01(base + (converted > 0 ? w.conversionBonus : 0));

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
  if (converted > 0) {
    text += da ? `; ${converted} førte til ordinære timer` : `; ${converted} led to ordinary hours`;
  }
  return { score, explanation: `${text}.` };
}

// ---------------------------------------------------------------------------
// Scoring and ranking

function roundScore(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Score one candidate–opening pair. Does not drop excluded pairs (ranking
 * does); an excluded pair carries its `exclusionReason`.
 */
export function scoreMatch(c: CandidateForScoring, o: OpeningForScoring, opts: ScoreOptions = {}): ScoredMatch {
  const weights = opts.weights ?? DEFAULT_MATCH_WEIGHTS;
  const locale: Locale = opts.locale ?? 'da';
  const fw = weights.factors;

  const results: Record<MatchFactorKey, FactorResult> = {
    competences: competencesFactor(c, o, weights.competences, locale),
    danish: danishFactor(c, o, weights.danish, locale),
    hours: hoursFactor(c, o, weights.hours, locale),
    commute: commuteFactor(c, o, weights.commute, locale),
    industry: industryFactor(c, o, weights.industry, locale),
    ordinaryHours: ordinaryHoursFactor(c, o, weights.ordinaryHours, locale),
    igu: iguFactor(c, o, weights.igu, locale),
    urgency: urgencyFactor(c, weights.urgency, locale),
    history: historyFactor(c, o, weights.history, locale),
  };

  const factors: MatchFactor[] = (Object.keys(results) as MatchFactorKey[]).map((key) => {
    // IGU does not apply to a task: listed, but with weight 0.
    const applies = !(key === 'igu' && o.kind !== 'IGU_SLOT');
    const weight = applies ? Math.max(0, finiteOr(fw[key], 0)) : 0;
    return {
      key,
      label: LABELS[locale][key],
      weight,
      score: results[key].score,
      explanation: results[key].explanation,
    };
  });

  let weighted = 0;
  let total = 0;
  for (const f of factors) {
    weighted += f.weight * f.score;
    total += f.weight;
  }
  const score = total > 0 ? roundScore(Math.min(100, Math.max(0, (100 * weighted) / total))) : 0;

  return {
    candidateId: c.id,
    openingId: o.id,
    openingKind: o.kind,
    score,
    factors,
    exclusionReason: exclusionReason(c, o, locale, weights),
  };
}

function applyLimit<T>(items: T[], limit: number | undefined): T[] {
  if (limit === undefined || !Number.isFinite(limit)) return items;
  return items.slice(0, Math.max(0, Math.floor(limit)));
}

/** Candidates for one opening: excluded pairs dropped, best first, ties by candidateId. */
export function rankCandidatesForOpening(
  o: OpeningForScoring,
  cs: CandidateForScoring[],
  opts: RankOptions = {},
): ScoredMatch[] {
  const scored = cs
    .filter((c) => exclusionReason(c, o, opts.locale, opts.weights) === null)
    .map((c) => scoreMatch(c, o, opts))
    .sort((a, b) => b.score - a.score || compareStrings(a.candidateId, b.candidateId));
  return applyLimit(scored, opts.limit);
}

/** Openings for one candidate: excluded pairs dropped, best first, ties by `${kind}:${id}`. */
export function rankOpeningsForCandidate(
  c: CandidateForScoring,
  os: OpeningForScoring[],
  opts: RankOptions = {},
): ScoredMatch[] {
  const scored = os
    .filter((o) => exclusionReason(c, o, opts.locale, opts.weights) === null)
    .map((o) => ({ key: `${o.kind}:${o.id}`, match: scoreMatch(c, o, opts) }))
    .sort((a, b) => b.match.score - a.match.score || compareStrings(a.key, b.key));
  return applyLimit(
    scored.map((s) => s.match),
    opts.limit,
  );
}
