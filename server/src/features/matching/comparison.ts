/**
 * Side-by-side comparison of one person with one opening: each requirement met or not.
 *
 * Pure, like `scoring.ts`, and built on it: it reads the same `CandidateForScoring` and
 * `OpeningForScoring` the scorer reads (so the same free hours, levels and places), takes the
 * score, its factors and the hard exclusion from `scoreMatch`, and decides "met" by the scorer's
 * own thresholds (a Danish need is met when the scorer's Danish factor is full, a commute when it
 * is within the person's own maximum, hours when the opening's hours fit the person's free hours).
 * No new rule lives here; it only lays the scorer's inputs out per requirement.
 */
import { workableFreeHours } from '../availability/availability.js';
import {
  type CandidateForScoring,
  distanceKm,
  type Locale,
  type OpeningForScoring,
  type ScoredMatch,
  scoreMatch,
} from './scoring.js';
import { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from './weights.js';

export type RequirementKey = 'COMPETENCE' | 'DANISH' | 'HOURS' | 'COMMUTE' | 'DRIVING_LICENCE' | 'IGU';
export type RequirementStatus = 'MET' | 'NOT_MET' | 'UNKNOWN';

export interface RequirementCheck {
  key: RequirementKey;
  /** Set for COMPETENCE rows. */
  competenceId: string | null;
  /** What is required, e.g. "Truckkørsel". */
  label: string;
  status: RequirementStatus;
  /** What the opening needs, in words ("niveau 3", "20 t/uge"). */
  needs: string;
  /** What the person has, in words. */
  has: string;
}

export interface Comparison {
  match: ScoredMatch;
  requirements: RequirementCheck[];
}

function num(x: number, locale: Locale): string {
  const r = Math.round(x * 10) / 10;
  return locale === 'da' ? String(r).replace('.', ',') : String(r);
}

/** Each requirement of `o`, met or not by `c`, beside the scorer's score and factors for the pair. */
export function compareCandidateWithOpening(
  c: CandidateForScoring,
  o: OpeningForScoring,
  locale: Locale = 'da',
  weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
): Comparison {
  const da = locale === 'da';
  const match = scoreMatch(c, o, { locale, weights });
  const factor = (key: string) => match.factors.find((f) => f.key === key);
  const level = (n: number) => (da ? `niveau ${n}` : `level ${n}`);
  const hours = (h: number) => (da ? `${num(h, locale)} t/uge` : `${num(h, locale)} h/week`);
  const yesNo = (b: boolean) => (b ? (da ? 'Ja' : 'Yes') : da ? 'Nej' : 'No');
  const out: RequirementCheck[] = [];

  const held = new Map<string, number>();
  for (const cc of c.competences) held.set(cc.competenceId, Math.max(held.get(cc.competenceId) ?? 0, cc.level));
  // As in the scorer: a required competence the placement teaches (a learning goal) is not missing.
  const learning = new Set(o.learningGoalCompetenceIds ?? []);
  for (const r of o.requiredCompetences) {
    const has = held.get(r.competenceId);
    const learnt = has === undefined && learning.has(r.competenceId);
    out.push({
      key: 'COMPETENCE',
      competenceId: r.competenceId,
      label: locale === 'en' && r.nameEn ? r.nameEn : r.name,
      status: (has !== undefined && has >= r.minLevel) || learnt ? 'MET' : 'NOT_MET',
      needs: level(r.minLevel),
      has:
        has !== undefined
          ? level(has)
          : learnt
            ? da
              ? 'Læres i forløbet (læringsmål)'
              : 'Learnt in the placement (learning goal)'
            : da
              ? 'Mangler'
              : 'Missing',
    });
  }

  const danishName = (l: string) => (l === 'NONE' ? (da ? 'Intet dansk' : 'No Danish') : l);
  out.push({
    key: 'DANISH',
    competenceId: null,
    label: da ? 'Dansk' : 'Danish',
    status: (factor('danish')?.score ?? 0) >= 1 ? 'MET' : 'NOT_MET',
    needs: o.danishLevel === 'NONE' ? (da ? 'Intet krav' : 'No requirement') : o.danishLevel,
    has: danishName(c.danishLevel),
  });

  // Free hours: what is left of the week after placements, activities and pending proposals (the hour
  // goal less all that), and never more than the person said they can work.
  const free = workableFreeHours(c);
  out.push({
    key: 'HOURS',
    competenceId: null,
    label: da ? 'Timer om ugen' : 'Hours a week',
    status: o.weeklyHours > 0 ? (o.weeklyHours <= free ? 'MET' : 'NOT_MET') : 'UNKNOWN',
    needs: o.weeklyHours > 0 ? hours(o.weeklyHours) : da ? 'Ikke angivet' : 'Not stated',
    has: da ? `${hours(free)} ledige` : `${hours(free)} free`,
  });

  const km = c.location && o.location ? distanceKm(c.location, o.location) : null;
  out.push({
    key: 'COMMUTE',
    competenceId: null,
    label: da ? 'Afstand' : 'Distance',
    status: km === null ? 'UNKNOWN' : km <= c.maxCommuteKm ? 'MET' : 'NOT_MET',
    needs: da
      ? `Højst ${num(c.maxCommuteKm, locale)} km (kandidatens grænse)`
      : `At most ${num(c.maxCommuteKm, locale)} km (the person's limit)`,
    has: km === null ? (da ? 'Ukendt' : 'Unknown') : `${da ? 'ca.' : 'about'} ${Math.round(km)} km`,
  });

  if (o.requiresDrivingLicence) {
    out.push({
      key: 'DRIVING_LICENCE',
      competenceId: null,
      label: da ? 'Kørekort' : 'Driving licence',
      status: c.hasDrivingLicence ? 'MET' : 'NOT_MET',
      needs: da ? 'Påkrævet' : 'Required',
      has: yesNo(c.hasDrivingLicence),
    });
  }

  if (o.kind === 'IGU_SLOT') {
    out.push({
      key: 'IGU',
      competenceId: null,
      label: da ? 'Berettiget til IGU' : 'Eligible for IGU',
      status: c.iguEligible ? 'MET' : 'NOT_MET',
      needs: da ? 'Påkrævet' : 'Required',
      has: yesNo(c.iguEligible),
    });
  }
  return { match, requirements: out };
}
