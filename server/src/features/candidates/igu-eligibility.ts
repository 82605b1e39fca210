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
 * All failing rules are reported, in this order, as separate sentences.
 */
import { addYears, compareDates, yearsBetween } from '../../shared/dates.js';

type Locale = 'da' | 'en';

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

const CATEGORY_LABEL: Record<Locale, Record<ResidenceCategory, string>> = {
  da: {
    REFUGEE: 'flygtning',
    FAMILY_REUNIFIED_TO_REFUGEE: 'familiesammenført til flygtning',
    OTHER: 'andet opholdsgrundlag',
  },
  en: {
    REFUGEE: 'refugee',
    FAMILY_REUNIFIED_TO_REFUGEE: 'family-reunified with a refugee',
    OTHER: 'other residence basis',
  },
};

function listOr(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const word = locale === 'da' ? 'eller' : 'or';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

function years(n: number, locale: Locale): string {
  if (locale === 'da') return `${n} år`;
  return `${n} ${n === 1 ? 'year' : 'years'}`;
}

export function iguEligibility(
  c: IguCandidate,
  onDate: string,
  cfg: IguRulesConfig = DEFAULT_IGU_RULES,
  locale: Locale = 'da',
): IguEligibility {
  const da = locale === 'da';
  const reasons: string[] = [];
  const ageRange = `${cfg.minAge}–${cfg.maxAge}`;

  // Age
  if (compareDates(c.birthDate, onDate) > 0) {
    reasons.push(
      da
        ? `Fødselsdatoen ${c.birthDate} ligger efter startdatoen ${onDate}; IGU kræver ${ageRange} år.`
        : `The birth date ${c.birthDate} is after the start date ${onDate}; IGU requires age ${ageRange}.`,
    );
  } else {
    const age = yearsBetween(c.birthDate, onDate);
    if (age < cfg.minAge || age > cfg.maxAge) {
      reasons.push(
        da
          ? `Er ${age} år på startdatoen; IGU kræver ${ageRange} år.`
          : `Is ${age} on the start date; IGU requires age ${ageRange}.`,
      );
    }
  }

  // Residence category
  if (!cfg.allowedResidenceCategories.includes(c.residenceCategory)) {
    const allowed = listOr(
      cfg.allowedResidenceCategories.map((k) => CATEGORY_LABEL[locale][k]),
      locale,
    );
    reasons.push(
      da
        ? `Opholdsgrundlaget er ${CATEGORY_LABEL.da[c.residenceCategory]}; IGU kræver ${allowed || 'et tilladt opholdsgrundlag'}.`
        : `The residence basis is ${CATEGORY_LABEL.en[c.residenceCategory]}; IGU requires ${allowed || 'an allowed residence basis'}.`,
    );
  }

  // Time since arrival
  const maxYears = cfg.maxYearsSinceArrival;
  if (c.arrivalDate === null) {
    reasons.push(
      da
        ? `Indrejsedatoen mangler; den skal kendes for at vurdere, om personen har været i Danmark i højst ${years(maxYears, 'da')}.`
        : `The arrival date is missing; it is needed to check that the person has been in Denmark for at most ${years(maxYears, 'en')}.`,
    );
  } else if (compareDates(c.arrivalDate, onDate) > 0) {
    reasons.push(
      da
        ? `Indrejsedatoen ${c.arrivalDate} ligger efter startdatoen ${onDate}; ret indrejsedatoen.`
        : `The arrival date ${c.arrivalDate} is after the start date ${onDate}; correct the arrival date.`,
    );
  } else {
    const limit = addYears(c.arrivalDate, maxYears);
    if (compareDates(onDate, limit) > 0) {
      reasons.push(
        da
          ? `Indrejste ${c.arrivalDate}, mere end ${years(maxYears, 'da')} før startdatoen (grænsen var ${limit}); IGU kræver højst ${years(maxYears, 'da')} i Danmark.`
          : `Arrived on ${c.arrivalDate}, more than ${years(maxYears, 'en')} before the start date (the limit was ${limit}); IGU requires at most ${years(maxYears, 'en')} in Denmark.`,
      );
    }
  }

  return reasons.length === 0 ? { eligible: true, reason: null } : { eligible: false, reason: reasons.join(' ') };
}
