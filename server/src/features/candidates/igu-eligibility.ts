/**
 * IGU (integrationsgrunduddannelse) eligibility: a pure check of a candidate
 * against configurable rules on a given start date. No I/O, no clock.
 *
 * Rules (defaults in DEFAULT_IGU_RULES; the law changes, so keep them in config):
 * - Age: between `minAge` and `maxAge` years old on the start date, both
 *   inclusive (18–40: eligible from the 18th birthday up to the day before the
 *   41st). A 29 February birthday counts as reached on 1 March in non-leap years.
 * - Residence category: one of `allowedResidenceCategories` (refugees and
 *   people family-reunified with refugees).
 * - Time in Denmark: at most `maxYearsSinceArrival` years from arrival to the
 *   start date, inclusive: arrival exactly 5 years before the start date is
 *   still eligible; one day more is not. An unknown arrival date is not
 *   eligible (it cannot be checked) and says so.
 *
 * All failing rules are reported, in this order, as separate sentences in the reader's language
 * (the catalogue's `igu.eligibility`), dates written for that language.
 */
import { formatDate, type Locale, listOr, tIn } from '../../i18n/index.js';
import { addYears, compareDates, yearsBetween } from '../../shared/dates.js';

export type ResidenceCategory = 'REFUGEE' | 'FAMILY_REUNIFIED_TO_REFUGEE' | 'OTHER';

export interface IguRulesConfig {
  /** Minimum age on the start date (inclusive). Default 18. */
  minAge: number;
  /** Maximum age on the start date (inclusive). Default 40. */
  maxAge: number;
  allowedResidenceCategories: readonly ResidenceCategory[];
  /** Maximum whole years from arrival to the start date (inclusive). Default 5. */
  maxYearsSinceArrival: number;
}

export const DEFAULT_IGU_RULES: IguRulesConfig = Object.freeze({
  minAge: 18,
  maxAge: 40,
  allowedResidenceCategories: Object.freeze<ResidenceCategory[]>(['REFUGEE', 'FAMILY_REUNIFIED_TO_REFUGEE']),
  maxYearsSinceArrival: 5,
});

export interface IguCandidate {
  birthDate: string;
  residenceCategory: ResidenceCategory;
  arrivalDate: string | null;
}

export interface IguEligibility {
  eligible: boolean;
  /** Why not, in plain language (all failing rules); null when eligible. */
  reason: string | null;
}

/** A rule `c` fails, with what its sentence needs. */
export type IguFailure =
  | { rule: 'birthAfterStart' }
  | { rule: 'age'; age: number }
  | { rule: 'residence' }
  | { rule: 'arrivalMissing' }
  | { rule: 'arrivalAfterStart'; arrival: string }
  | { rule: 'arrivedTooLongAgo'; arrival: string; limit: string };

/**
 * The rules `c` fails on `onDate`, in the order they are explained (none: eligible). No text: the
 * search documents ask this of every person at indexing, where wording each reason cost a fifth of
 * the indexer's CPU (i18next, at 100,000 people).
 */
export function iguFailures(c: IguCandidate, onDate: string, cfg: IguRulesConfig = DEFAULT_IGU_RULES): IguFailure[] {
  const failures: IguFailure[] = [];
  // Age
  if (compareDates(c.birthDate, onDate) > 0) failures.push({ rule: 'birthAfterStart' });
  else {
    const age = yearsBetween(c.birthDate, onDate);
    if (age < cfg.minAge || age > cfg.maxAge) failures.push({ rule: 'age', age });
  }
  // Residence category
  if (!cfg.allowedResidenceCategories.includes(c.residenceCategory)) failures.push({ rule: 'residence' });
  // Time since arrival
  if (c.arrivalDate === null) failures.push({ rule: 'arrivalMissing' });
  else if (compareDates(c.arrivalDate, onDate) > 0)
    failures.push({ rule: 'arrivalAfterStart', arrival: c.arrivalDate });
  else {
    const limit = addYears(c.arrivalDate, cfg.maxYearsSinceArrival);
    if (compareDates(onDate, limit) > 0) failures.push({ rule: 'arrivedTooLongAgo', arrival: c.arrivalDate, limit });
  }
  return failures;
}

/** Whether `c` may start IGU on `onDate` under `cfg` (iguEligibility's answer, without its reasons). */
export const isIguEligible = (c: IguCandidate, onDate: string, cfg: IguRulesConfig = DEFAULT_IGU_RULES): boolean =>
  iguFailures(c, onDate, cfg).length === 0;

/** Whether `c` may start IGU on `onDate` under `cfg`, and if not, every reason in `locale`. */
export function iguEligibility(
  c: IguCandidate,
  onDate: string,
  cfg: IguRulesConfig = DEFAULT_IGU_RULES,
  locale: Locale = 'da',
): IguEligibility {
  const failures = iguFailures(c, onDate, cfg);
  if (!failures.length) return { eligible: true, reason: null };
  const range = `${cfg.minAge}–${cfg.maxAge}`;
  // Dates in a sentence are written for the reader ("8. sep. 2015" / "8 Sep 2015"), never as ISO.
  const date = (d: string) => formatDate(d, locale);
  const start = date(onDate);
  const years = () => tIn(locale, 'igu.eligibility.years', { count: cfg.maxYearsSinceArrival });
  const sentence = (f: IguFailure): string => {
    switch (f.rule) {
      case 'birthAfterStart':
        return tIn(locale, 'igu.eligibility.birthAfterStart', { birth: date(c.birthDate), start, range });
      case 'age':
        return tIn(locale, 'igu.eligibility.age', { age: f.age, range });
      case 'residence': {
        const labels = cfg.allowedResidenceCategories.map((k) => tIn(locale, `enums.residenceCategory.${k}`));
        return tIn(locale, 'igu.eligibility.residence', {
          category: tIn(locale, `enums.residenceCategory.${c.residenceCategory}`),
          allowed: labels.length > 0 ? listOr(labels, locale) : tIn(locale, 'igu.eligibility.anyAllowedResidence'),
        });
      }
      case 'arrivalMissing':
        return tIn(locale, 'igu.eligibility.arrivalMissing', { years: years() });
      case 'arrivalAfterStart':
        return tIn(locale, 'igu.eligibility.arrivalAfterStart', { arrival: date(f.arrival), start });
      case 'arrivedTooLongAgo':
        return tIn(locale, 'igu.eligibility.arrivedTooLongAgo', {
          arrival: date(f.arrival),
          years: years(),
          limit: date(f.limit),
        });
    }
  };
  return { eligible: false, reason: failures.map(sentence).join(' ') };
}
