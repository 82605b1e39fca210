/**
 * Every number the match scoring uses lives here: factor weights and the
 * tunable thresholds of each factor. Laws and local practice change, and the
 * ranking is tuned against `npm run eval:matching`, so nothing in
 * `scoring.ts` hard-codes a weight or a threshold.
 *
 * Weights are relative: the match score is
 * 100 × Σ(weight × factorScore) / Σ(weight) over the factors that apply, so
 * only their ratios matter. The defaults sum to 1 to read as shares.
 */
import type { Evidence } from './scoring.js';

/** The factors, in the order they appear in `ScoredMatch.factors`. */
export const MATCH_FACTOR_KEYS = [
  'competences',
  'danish',
  'hours',
  'commute',
  'industry',
  'ordinaryHours',
  'igu',
  'urgency',
  'history',
  'mentorLanguage',
] as const;

export type MatchFactorKey = (typeof MATCH_FACTOR_KEYS)[number];

/**
 * Fit factors measure the pair against what the opening needs: anything below 1 lowers the
 * score and is listed as a gap. Bonus factors (the opening's prospects, the person's urgency and
 * history, IGU eligibility) only add: at 0 they cost nothing a consultant could call a gap.
 */
export const FIT_FACTORS: ReadonlySet<MatchFactorKey> = new Set([
  'competences',
  'danish',
  'hours',
  'commute',
  'industry',
]);

export type MatchWeights = {
  /** Relative weight of each factor. */
  factors: Record<MatchFactorKey, number>;

  competences: {
    /**
     * A required competence held below the opening's minLevel counts
     * `1 - belowLevelPenaltyPerLevel × levelsShort`, never below
     * `minBelowLevelCredit` (it is held, after all).
     */
    belowLevelPenaltyPerLevel: number;
    minBelowLevelCredit: number;
    /**
     * The credit of a held required competence is multiplied by its evidence
     * multiplier and capped at 1: documented competences (observed in a
     * placement, certified) count for more than self-reported ones.
     */
    evidenceMultiplier: Record<Evidence, number>;
    /** Added (score capped at 1) when every nice-to-have competence is held; pro rata otherwise. */
    niceToHaveBonus: number;
    /**
     * Score when the opening lists no required competences (neutral: nothing is known to fit,
     * so an opening that asks nothing does not outrank one whose needs the person meets).
     */
    noRequirementsScore: number;
    /**
     * Points (of 100) on top of everything the other factors can give, subtracted per missing
     * required competence: a missing one always costs more than distance, hours, industry and
     * every bonus together can win back (the penalty itself is derived from the factor weights).
     */
    missingRequiredMarginPoints: number;
  };

  danish: {
    /** Score lost per CEFR level the candidate is below the need (floor 0). */
    penaltyPerLevelShort: number;
  };

  hours: {
    /**
     * The hours score mixes fit (can the person work the opening's hours now)
     * and growth (how much of the reachable way toward the goal hours the
     * opening covers): `fitShare × fit + (1 - fitShare) × growth`.
     */
    fitShare: number;
    /** Score when the opening states no weekly hours. */
    unknownHoursScore: number;
  };

  commute: {
    /** Full score up to this distance (or the candidate's max, if lower). */
    nearKm: number;
    /** Score exactly at the candidate's maxCommuteKm (linear from 1 at nearKm). */
    scoreAtMax: number;
    /**
     * Beyond the max the score keeps falling linearly from scoreAtMax to 0 at
     * `maxCommuteKm × zeroAtMaxMultiple`: a small extra penalty just beyond
     * the max, nothing far beyond it.
     */
    zeroAtMaxMultiple: number;
    /** Score when either location is unknown (neutral). */
    unknownScore: number;
  };

  industry: {
    /** The opening's division is not wished, but another division in the same DB07 section is. */
    sameSectionScore: number;
    /** The candidate has recorded no wished industries (neutral). */
    noWishesScore: number;
    notWishedScore: number;
  };

  ordinaryHours: {
    notInSightScore: number;
    /** In sight, but the company gave no expected number of hours. */
    inSightUnknownHoursScore: number;
    /**
     * In sight with expected hours h: `inSightBaseScore + (1 - inSightBaseScore) × min(1, h / gap)`,
     * where gap is the candidate's goal minus current ordinary hours.
     */
    inSightBaseScore: number;
  };

  igu: {
    eligibleScore: number;
    ineligibleScore: number;
    // For tasks the IGU factor is listed with weight 0: it does not apply.
  };

  urgency: {
    /** Weeks since the last company placement at which the warning starts. */
    warningWeeks: number;
    /** The 6-week rule: the longest allowed gap between offers. */
    breachWeeks: number;
    /** Score at warningWeeks; linear from 0 at week 0, and on to 1 at breachWeeks. */
    scoreAtWarning: number;
    /** Activation rule applies and the person was never in a company placement. */
    neverPlacedScore: number;
    /** The rule does not apply, or the person is in a placement now. */
    notApplicableScore: number;
  };

  /**
   * A mentor at the company with a free place speaks one of the person's languages (other than Danish,
   * which the Danish factor weighs): communication in the first weeks, recommendation #10. Matching must
   * never use protected attributes; a language is read only as a shared means of communication with a
   * named mentor, never on its own, and the factor only adds (its weight counts only when it applies),
   * so nobody is marked down for the language they speak.
   */
  mentorLanguage: {
    sharedScore: number;
  };

  history: {
    sameCompanyScore: number;
    sameIndustryScore: number;
    /** Added (capped at 1) when a relevant earlier placement led to ordinary hours. */
    conversionBonus: number;
    noHistoryScore: number;
  };
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The defaults. Frozen: copy and override (`{ ...DEFAULT_MATCH_WEIGHTS, factors: {...} }`) to tune. */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = deepFreeze({
  factors: {
    competences: 0.3,
    danish: 0.12,
    hours: 0.12,
    commute: 0.1,
    industry: 0.08,
    ordinaryHours: 0.1,
    // Informational: ineligible people are excluded from IGU slots, so for the rest it would be a
    // constant bonus that lifts every IGU slot above comparable tasks.
    igu: 0,
    urgency: 0.08,
    history: 0.05,
    // A small bonus, counted only when it applies (see MatchWeights.mentorLanguage): a shared language
    // for the daily talk with the mentor, never the person's origin. Less than any fit factor.
    mentorLanguage: 0.03,
  },
  competences: {
    belowLevelPenaltyPerLevel: 0.35,
    minBelowLevelCredit: 0.1,
    evidenceMultiplier: {
      SELF_REPORTED: 0.85,
      OBSERVED_IN_PLACEMENT: 1.15,
      CERTIFIED: 1.2,
    },
    niceToHaveBonus: 0.1,
    noRequirementsScore: 0.5,
    missingRequiredMarginPoints: 1,
  },
  danish: {
    penaltyPerLevelShort: 0.3,
  },
  hours: {
    fitShare: 0.6,
    unknownHoursScore: 0.5,
  },
  commute: {
    nearKm: 5,
    scoreAtMax: 0.1,
    zeroAtMaxMultiple: 1.5,
    unknownScore: 0.5,
  },
  industry: {
    sameSectionScore: 0.4,
    noWishesScore: 0.5,
    notWishedScore: 0,
  },
  ordinaryHours: {
    notInSightScore: 0,
    inSightUnknownHoursScore: 0.75,
    inSightBaseScore: 0.7,
  },
  igu: {
    eligibleScore: 1,
    ineligibleScore: 0,
  },
  urgency: {
    warningWeeks: 4,
    breachWeeks: 6,
    scoreAtWarning: 0.5,
    neverPlacedScore: 1,
    notApplicableScore: 0,
  },
  mentorLanguage: {
    sharedScore: 1,
  },
  history: {
    sameCompanyScore: 0.8,
    sameIndustryScore: 0.4,
    conversionBonus: 0.2,
    noHistoryScore: 0,
  },
});
