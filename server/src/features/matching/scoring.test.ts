import { describe, expect, it } from 'vitest';
import {
  type CandidateForScoring,
  distanceKm,
  exclusionReason,
  type GeoPoint,
  type MatchFactor,
  type OpeningForScoring,
  plausibleFor,
  rankCandidatesForOpening,
  rankOpeningsForCandidate,
  type ScoredMatch,
  scoreMatch,
} from './scoring.js';
import { DEFAULT_MATCH_WEIGHTS, MATCH_FACTOR_KEYS, type MatchWeights } from './weights.js';

const W = DEFAULT_MATCH_WEIGHTS;
const ODENSE: GeoPoint = { lat: 55.3959, lng: 10.3883 };
const KM_PER_DEGREE_LAT = (6371.0088 * Math.PI) / 180;

/** A point `km` due north of `p`. */
function north(p: GeoPoint, km: number): GeoPoint {
  return { lat: p.lat + km / KM_PER_DEGREE_LAT, lng: p.lng };
}

function candidate(over: Partial<CandidateForScoring> = {}): CandidateForScoring {
  return {
    id: 'c1',
    location: ODENSE,
    danishLevel: 'B1',
    availableWeeklyHours: 37,
    goalWeeklyHours: 37,
    currentOrdinaryHours: 0,
    industriesWished: ['56'],
    maxCommuteKm: 30,
    hasDrivingLicence: true,
    competences: [],
    iguEligible: true,
    iguIneligibleReason: null,
    readiness: 'JOB_READY',
    activationRuleApplies: false,
    hasActivePlacement: false,
    weeksSinceLastPlacement: null,
    pastPlacements: [],
    ...over,
  };
}

function opening(over: Partial<OpeningForScoring> = {}): OpeningForScoring {
  return {
    kind: 'TASK',
    id: 't1',
    companyId: 'co1',
    companyName: 'Bager Hansen ApS',
    industryCode: '56',
    location: ODENSE,
    requiredCompetences: [],
    niceToHaveCompetences: [],
    danishLevel: 'NONE',
    weeklyHours: 37,
    ordinaryHoursInSight: false,
    expectedOrdinaryHours: null,
    requiresDrivingLicence: false,
    ...over,
  };
}

function factor(m: ScoredMatch, key: string): MatchFactor {
  const f = m.factors.find((x) => x.key === key);
  if (!f) throw new Error(`no factor ${key}`);
  return f;
}

function f(key: string, c: CandidateForScoring, o: OpeningForScoring, locale: 'da' | 'en' = 'da'): MatchFactor {
  return factor(scoreMatch(c, o, { locale }), key);
}

const FORKLIFT = { competenceId: 'k-forklift', name: 'Gaffeltruck' };
const WELDING = { competenceId: 'k-welding', name: 'Svejsning' };
const CLEANING = { competenceId: 'k-cleaning', name: 'Rengøring' };
const STOCK = { competenceId: 'k-stock', name: 'Vareoptælling' };

describe('distanceKm', () => {
  it('is 0 for the same point and symmetric', () => {
    const a = { lat: 55.6761, lng: 12.5683 };
    const b = { lat: 56.1572, lng: 10.2107 };
    expect(distanceKm(a, a)).toBe(0);
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
  });

  it('gives about 111 km per degree of latitude and the Copenhagen–Aarhus straight line', () => {
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111.19, 1);
    expect(distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBeCloseTo(111.19, 1);
    const cph = { lat: 55.6761, lng: 12.5683 };
    const aarhus = { lat: 56.1572, lng: 10.2107 };
    const d = distanceKm(cph, aarhus);
    expect(d).toBeGreaterThan(150);
    expect(d).toBeLessThan(160);
  });
});

describe('exclusionReason (hard constraints)', () => {
  it('allows an ordinary pair', () => {
    expect(exclusionReason(candidate(), opening())).toBeNull();
  });

  it('excludes a candidate already at the goal hours (boundary: equal)', () => {
    const at = candidate({ currentOrdinaryHours: 37, goalWeeklyHours: 37 });
    expect(exclusionReason(at, opening())).toMatch(/allerede nået sit mål på 37/);
    expect(exclusionReason(at, opening(), 'en')).toMatch(/already works their goal of 37/);
    expect(exclusionReason(candidate({ currentOrdinaryHours: 36.5 }), opening())).toBeNull();
  });

  it('excludes a candidate with no available hours (0 or less)', () => {
    expect(exclusionReason(candidate({ availableWeeklyHours: 0 }), opening())).toMatch(/ingen timer til rådighed/);
    expect(exclusionReason(candidate({ availableWeeklyHours: -2 }), opening(), 'en')).toMatch(/no hours available/);
    expect(exclusionReason(candidate({ availableWeeklyHours: 0.5 }), opening())).toBeNull();
  });

  it('excludes an IGU slot for an ineligible candidate, with the reason, but not a task', () => {
    const c = candidate({ iguEligible: false, iguIneligibleReason: 'over 40 år' });
    expect(exclusionReason(c, opening({ kind: 'IGU_SLOT' }))).toBe(
      'Kandidaten er ikke berettiget til IGU: over 40 år.',
    );
    expect(exclusionReason(c, opening({ kind: 'IGU_SLOT' }), 'en')).toBe(
      'The candidate is not eligible for IGU: over 40 år.',
    );
    expect(exclusionReason(c, opening({ kind: 'TASK' }))).toBeNull();
    expect(exclusionReason(candidate(), opening({ kind: 'IGU_SLOT' }))).toBeNull();
  });

  it('excludes when a driving licence is required and missing', () => {
    const c = candidate({ hasDrivingLicence: false });
    expect(exclusionReason(c, opening({ requiresDrivingLicence: true }))).toMatch(/kræver kørekort/);
    expect(exclusionReason(c, opening({ requiresDrivingLicence: true }), 'en')).toMatch(/requires a driving licence/);
    expect(exclusionReason(c, opening({ requiresDrivingLicence: false }))).toBeNull();
    expect(
      exclusionReason(candidate({ hasDrivingLicence: true }), opening({ requiresDrivingLicence: true })),
    ).toBeNull();
  });

  it('is reported on a scored pair and the pair is dropped from rankings', () => {
    const c = candidate({ hasDrivingLicence: false });
    const o = opening({ requiresDrivingLicence: true });
    expect(scoreMatch(c, o).exclusionReason).toMatch(/kørekort/);
    expect(scoreMatch(candidate(), o).exclusionReason).toBeNull();
    expect(rankCandidatesForOpening(o, [c])).toEqual([]);
    expect(rankOpeningsForCandidate(c, [o])).toEqual([]);
  });
});

describe('plausibleFor (who may be suggested at all)', () => {
  const held = (...ids: string[]) =>
    candidate({
      competences: ids.map((competenceId) => ({ competenceId, name: '', level: 2, evidence: 'SELF_REPORTED' })),
    });
  const forklift = { competenceIds: [FORKLIFT.competenceId, STOCK.competenceId], industryCode: '52' };

  it.each([
    ['holds one of the named competences', held(STOCK.competenceId), true],
    ['wishes the industry, holds none of them', candidate({ industriesWished: ['52'] }), true],
    ['neither (a cleaner for a forklift task)', held(CLEANING.competenceId), false],
  ])('an opening that names competences: %s → %s', (_, c, expected) => {
    expect(plausibleFor(forklift)(c)).toBe(expected);
  });

  it('an opening that names no competence finds anyone', () => {
    expect(plausibleFor({ competenceIds: [], industryCode: '52' })(held(CLEANING.competenceId))).toBe(true);
  });
});

describe('competences factor', () => {
  const o4 = opening({
    requiredCompetences: [
      { ...FORKLIFT, minLevel: 2 },
      { ...WELDING, minLevel: 3 },
      { ...CLEANING, minLevel: 1 },
      { ...STOCK, minLevel: 1 },
    ],
  });

  it('counts held, names what is missing and what is below level', () => {
    const c = candidate({
      competences: [
        { ...FORKLIFT, level: 2, evidence: 'CERTIFIED' },
        { ...WELDING, level: 2, evidence: 'OBSERVED_IN_PLACEMENT' },
        { ...CLEANING, level: 1, evidence: 'OBSERVED_IN_PLACEMENT' },
      ],
    });
    const en = f('competences', c, o4, 'en');
    expect(en.explanation).toBe(
      'Has 3 of 4 required competences; missing: Vareoptælling; below the required level: Svejsning (level 2, needs 3).',
    );
    const da = f('competences', c, o4);
    expect(da.explanation).toBe(
      'Har 3 af 4 krævede kompetencer; mangler: Vareoptælling; under krævet niveau: Svejsning (niveau 2, kræver 3).',
    );
    // forklift 1, welding (1 level short) 0.65 × 1.15, cleaning 1, stock 0
    expect(da.score).toBeCloseTo((1 + 0.65 * 1.15 + 1 + 0) / 4, 6);
  });

  it('scores 1 with every requirement met by documented competences, 0 with none held', () => {
    const all = candidate({
      competences: [FORKLIFT, WELDING, CLEANING, STOCK].map((k) => ({
        ...k,
        level: 4 as const,
        evidence: 'OBSERVED_IN_PLACEMENT' as const,
      })),
    });
    const full = f('competences', all, o4);
    expect(full.score).toBe(1);
    expect(full.explanation).toBe('Har 4 af 4 krævede kompetencer.');
    const none = f('competences', candidate(), o4, 'en');
    expect(none.score).toBe(0);
    expect(none.explanation).toBe(
      'Has 0 of 4 required competences; missing: Gaffeltruck, Svejsning, Rengøring, Vareoptælling.',
    );
  });

  it('gives partial credit below the minimum level, falling per level short, never below the floor', () => {
    const o = opening({ requiredCompetences: [{ ...FORKLIFT, minLevel: 4 }] });
    const at = (level: 1 | 2 | 3 | 4) =>
      f('competences', candidate({ competences: [{ ...FORKLIFT, level, evidence: 'CERTIFIED' }] }), o).score;
    expect(at(4)).toBe(1);
    expect(at(3)).toBeCloseTo(0.65 * 1.2, 6);
    expect(at(2)).toBeCloseTo(0.3 * 1.2, 6);
    expect(at(1)).toBeCloseTo(W.competences.minBelowLevelCredit * 1.2, 6);
    expect(at(4)).toBeGreaterThan(at(3));
    expect(at(3)).toBeGreaterThan(at(2));
    expect(at(2)).toBeGreaterThan(at(1));
    expect(at(1)).toBeGreaterThan(0);
  });

  it('weights evidence: observed and certified count more than self-reported, capped at 1', () => {
    const o = opening({ requiredCompetences: [{ ...FORKLIFT, minLevel: 2 }] });
    const withEvidence = (evidence: 'SELF_REPORTED' | 'OBSERVED_IN_PLACEMENT' | 'CERTIFIED', level: 1 | 2 = 2) =>
      f('competences', candidate({ competences: [{ ...FORKLIFT, level, evidence }] }), o);
    const self = withEvidence('SELF_REPORTED');
    expect(self.score).toBeCloseTo(W.competences.evidenceMultiplier.SELF_REPORTED, 6);
    expect(self.explanation).toBe('Har 1 af 1 krævede kompetencer; 1 er kun selvrapporteret.');
    expect(withEvidence('OBSERVED_IN_PLACEMENT').score).toBe(1); // 1 × 1.15, capped
    expect(withEvidence('CERTIFIED').score).toBe(1); // 1 × 1.2, capped
    expect(withEvidence('OBSERVED_IN_PLACEMENT', 1).score).toBeGreaterThan(withEvidence('SELF_REPORTED', 1).score);
    expect(withEvidence('CERTIFIED', 1).score).toBeGreaterThan(withEvidence('OBSERVED_IN_PLACEMENT', 1).score);
  });

  it('uses the best of several entries for the same competence', () => {
    const o = opening({ requiredCompetences: [{ ...FORKLIFT, minLevel: 2 }] });
    const c = candidate({
      competences: [
        { ...FORKLIFT, level: 1, evidence: 'SELF_REPORTED' },
        { ...FORKLIFT, level: 3, evidence: 'CERTIFIED' },
      ],
    });
    expect(f('competences', c, o).score).toBe(1);
  });

  it('scores neutral without required competences (an opening asking nothing does not outrank a fit), and says so', () => {
    const da = f('competences', candidate(), opening());
    expect(da.score).toBe(W.competences.noRequirementsScore);
    expect(da.score).toBe(0.5);
    expect(da.gap).toBe(true);
    expect(da.explanation).toBe(
      'Der er ingen krævede kompetencer, så kompetencerne kan ikke vurderes og tæller halvt.',
    );
    expect(f('competences', candidate(), opening(), 'en').explanation).toMatch(/No required competences/);
  });

  it('keeps the score before the missing-competence cost, which tells apart suggestions that all show 0', () => {
    const o = opening({ requiredCompetences: [{ ...FORKLIFT, minLevel: 1 }] });
    const near = scoreMatch(candidate({ location: ODENSE }), { ...o, location: ODENSE });
    const far = scoreMatch(candidate({ location: ODENSE }), { ...o, location: north(ODENSE, 20) });
    for (const m of [near, far]) {
      expect(m.missingRequired).toBe(1);
      expect(m.score).toBe(0);
      // The weighted factors, as listed, before the penalty.
      const total = m.factors.reduce((sum, x) => sum + x.weight, 0);
      const weighted = m.factors.reduce((sum, x) => sum + x.weight * x.score, 0);
      expect(m.scoreBeforeMissing).toBeCloseTo((100 * weighted) / total, 1);
    }
    expect(near.scoreBeforeMissing).toBeGreaterThan(far.scoreBeforeMissing);
    // Nothing missing: the same number as the score.
    const holder = scoreMatch(candidate({ competences: [{ ...FORKLIFT, level: 1, evidence: 'CERTIFIED' }] }), o);
    expect(holder.missingRequired).toBe(0);
    expect(holder.scoreBeforeMissing).toBe(holder.score);
  });

  it('does not count a required competence that is a learning goal as missing', () => {
    const o = opening({
      requiredCompetences: [
        { ...FORKLIFT, nameEn: 'Forklift', minLevel: 2 },
        { ...CLEANING, minLevel: 1 },
      ],
      learningGoalCompetenceIds: [FORKLIFT.competenceId],
    });
    const c = candidate({ competences: [{ ...CLEANING, level: 2, evidence: 'CERTIFIED' }] });
    const m = scoreMatch(c, o);
    expect(m.missingRequired).toBe(0);
    expect(factor(m, 'competences').score).toBe(1);
    expect(factor(m, 'competences').explanation).toBe(
      'Har 1 af 1 krævede kompetencer; Gaffeltruck er et læringsmål og tæller ikke som mangel.',
    );
    expect(f('competences', c, o, 'en').explanation).toBe(
      'Has 1 of 1 required competences; Forklift is a learning goal and not counted as missing.',
    );
    // Without the learning goal the same person misses it.
    expect(scoreMatch(c, { ...o, learningGoalCompetenceIds: [] }).missingRequired).toBe(1);
    // Held, it counts like any requirement.
    const holder = candidate({
      competences: [...c.competences, { ...FORKLIFT, level: 1, evidence: 'SELF_REPORTED' }],
    });
    expect(f('competences', holder, o).explanation).toMatch(/^Har 2 af 2 krævede kompetencer; under krævet niveau/);
  });

  it('names competences in English in English explanations when the catalogue has the name', () => {
    const o = opening({ requiredCompetences: [{ ...FORKLIFT, nameEn: 'Forklift', minLevel: 1 }] });
    expect(f('competences', candidate(), o, 'en').explanation).toBe(
      'Has 0 of 1 required competences; missing: Forklift.',
    );
    expect(f('competences', candidate(), o, 'da').explanation).toBe(
      'Har 0 af 1 krævede kompetencer; mangler: Gaffeltruck.',
    );
  });

  it('adds a small bonus for nice-to-have competences', () => {
    const o = opening({
      requiredCompetences: [{ ...FORKLIFT, minLevel: 1 }],
      niceToHaveCompetences: [WELDING, CLEANING],
    });
    const base = candidate({ competences: [{ ...FORKLIFT, level: 1, evidence: 'SELF_REPORTED' }] });
    const plus = candidate({
      competences: [...base.competences, { ...WELDING, level: 1, evidence: 'SELF_REPORTED' }],
    });
    const b = f('competences', base, o).score;
    const p = f('competences', plus, o);
    expect(p.score).toBeCloseTo(b + W.competences.niceToHaveBonus / 2, 6);
    expect(p.explanation).toMatch(/har 1 af 2 kompetencer, der er gode at have/);
  });

  it('lets nice-to-have competences make up at most half of a required shortfall, so the gap stays', () => {
    // Two of three required held in full, welding one level short: the bonus alone would fill the bar.
    const o = opening({
      requiredCompetences: [
        { ...FORKLIFT, minLevel: 1 },
        { ...CLEANING, minLevel: 1 },
        { ...WELDING, minLevel: 3 },
      ],
      niceToHaveCompetences: [STOCK],
    });
    const below = candidate({
      competences: [
        { ...FORKLIFT, level: 2, evidence: 'CERTIFIED' },
        { ...CLEANING, level: 2, evidence: 'CERTIFIED' },
        { ...WELDING, level: 2, evidence: 'CERTIFIED' },
        { ...STOCK, level: 1, evidence: 'SELF_REPORTED' },
      ],
    });
    const m = scoreMatch(below, o).factors.find((x) => x.key === 'competences')!;
    const welding = Math.min(
      1,
      (1 - W.competences.belowLevelPenaltyPerLevel) * W.competences.evidenceMultiplier.CERTIFIED,
    );
    const base = (1 + 1 + welding) / 3;
    expect(base + W.competences.niceToHaveBonus).toBeGreaterThan(1);
    expect(m.score).toBeCloseTo(1 - (1 - base) / 2, 9);
    expect(m.gap).toBe(true);
    expect(m.explanation).toMatch(/under krævet niveau: Svejsning \(niveau 2, kræver 3\)/);
  });
});

describe('danish factor', () => {
  const need = (level: CandidateForScoring['danishLevel'], needed: OpeningForScoring['danishLevel']) =>
    f('danish', candidate({ danishLevel: level }), opening({ danishLevel: needed }));

  it('is 1 at or above the need and falls per level short', () => {
    expect(need('B1', 'B1').score).toBe(1);
    expect(need('C2', 'B1').score).toBe(1);
    expect(need('A2', 'B1').score).toBeCloseTo(1 - W.danish.penaltyPerLevelShort, 9);
    expect(need('A1', 'B1').score).toBeCloseTo(1 - 2 * W.danish.penaltyPerLevelShort, 9);
    expect(need('NONE', 'B2').score).toBe(0);
    expect(need('NONE', 'NONE').score).toBe(1);
  });

  it('explains the levels', () => {
    expect(need('A2', 'B1').explanation).toBe('Kandidaten har A2, der kræves B1 – 1 niveau under.');
    expect(need('NONE', 'A2').explanation).toBe('Kandidaten har intet dansk, der kræves A2 – 2 niveauer under.');
    const en = f('danish', candidate({ danishLevel: 'B2' }), opening({ danishLevel: 'A2' }), 'en');
    expect(en.explanation).toBe('The candidate has B2, A2 is needed – the need is met.');
  });
});

describe('hours factor', () => {
  const hours = (c: Partial<CandidateForScoring>, weeklyHours: number, locale: 'da' | 'en' = 'da') =>
    f('hours', candidate(c), opening({ weeklyHours }), locale);

  it('is 1 when the opening fits and covers the way to the goal', () => {
    expect(hours({}, 37).score).toBe(1);
    // 30 ordinary hours already: 7 to go, a 7-hour opening covers it all
    expect(hours({ currentOrdinaryHours: 30 }, 7).score).toBe(1);
  });

  it('rates a short opening lower for someone who can work full time (room to grow)', () => {
    const short = hours({}, 20);
    expect(short.score).toBeCloseTo(W.hours.fitShare + (1 - W.hours.fitShare) * (20 / 37), 9);
    expect(short.score).toBeLessThan(1);
    expect(short.explanation).toBe(
      '20 t/uge passer, men dækker kun 20 af de 37 t/uge, kandidaten kan arbejde mere op mod målet på 37 t/uge.',
    );
  });

  it('rates an opening with more hours than the person can work now lower (fit)', () => {
    const over = hours({ availableWeeklyHours: 25 }, 37, 'en');
    expect(over.score).toBeCloseTo(W.hours.fitShare * (25 / 37) + (1 - W.hours.fitShare), 9);
    expect(over.explanation).toBe('37 h/week is 12 h/week more than the candidate has free now (25 h/week).');
    // at the boundary the fit is full
    expect(hours({ availableWeeklyHours: 25 }, 25).score).toBe(1);
    expect(hours({ availableWeeklyHours: 25 }, 25).score).toBeGreaterThan(over.score);
  });

  it('counts the hours still free after placements, activities and proposals, not the stated ones', () => {
    // Says 20, has 12 left after an 8-hour activity: a 25-hour task is 13 too many, as the comparison's "12 t/uge ledige".
    const busy = hours({ availableWeeklyHours: 20, freeWeeklyHours: 12 }, 25);
    expect(busy.explanation).toBe('25 t/uge er 13 t/uge mere, end kandidaten har ledigt nu (12 t/uge).');
    expect(busy.score).toBeLessThan(hours({ availableWeeklyHours: 20 }, 25).score);
    // Free hours above the stated ones do not count: the person said 20.
    expect(hours({ availableWeeklyHours: 20, freeWeeklyHours: 30 }, 25).score).toBe(
      hours({ availableWeeklyHours: 20 }, 25).score,
    );
    // The way toward the goal is measured from the free hours too (27 free of a 37-hour goal).
    expect(hours({ availableWeeklyHours: 30, freeWeeklyHours: 27 }, 20).explanation).toMatch(
      /dækker kun 20 af de 27 t\/uge/,
    );
  });

  it('weighs a person whose placement ends soon on the hours free then, and says so', () => {
    // Full now (0 free); the placement ending within the window frees 30 of the 37 they can work.
    const soon = hours({ freeWeeklyHours: 0, freeWeeklyHoursSoon: 30 }, 30, 'en');
    expect(soon.score).toBe(1);
    expect(hours({ freeWeeklyHours: 0, freeWeeklyHoursSoon: 30 }, 25).score).toBe(
      hours({ freeWeeklyHours: 30 }, 25).score,
    );
    expect(hours({ freeWeeklyHours: 0 }, 30).score).toBeLessThan(0.5);
    expect(soon.explanation).toMatch(/fits the 30 h\/week the candidate has free by then/);
    expect(hours({ freeWeeklyHours: 0, freeWeeklyHoursSoon: 20 }, 25).explanation).toBe(
      '25 t/uge er 5 t/uge mere, end kandidaten har ledigt til den tid (20 t/uge).',
    );
    // Enough free now: the hours now count, and the sentence says now.
    expect(hours({ freeWeeklyHours: 30, freeWeeklyHoursSoon: 37 }, 30).explanation).toMatch(/har ledigt nu/);
    // Still capped at what the person said they can work.
    expect(hours({ availableWeeklyHours: 20, freeWeeklyHours: 0, freeWeeklyHoursSoon: 37 }, 20).score).toBe(
      hours({ availableWeeklyHours: 20 }, 20).score,
    );
  });

  it('formats half hours with a Danish decimal comma', () => {
    expect(hours({ availableWeeklyHours: 18.5 }, 18.5).explanation).toMatch(/^18,5 t\/uge passer med de 18,5 t\/uge/);
  });

  it('is neutral when the opening states no hours', () => {
    expect(hours({}, 0).score).toBe(W.hours.unknownHoursScore);
  });
});

describe('commute factor', () => {
  const at = (km: number, locale: 'da' | 'en' = 'da') =>
    f('commute', candidate({ maxCommuteKm: 30 }), opening({ location: north(ODENSE, km) }), locale);

  it('is 1 near, falls to the configured floor at the max and keeps falling beyond it', () => {
    expect(at(0).score).toBe(1);
    expect(at(W.commute.nearKm - 0.1).score).toBe(1);
    expect(at(17.5).score).toBeCloseTo(1 - (1 - W.commute.scoreAtMax) * 0.5, 4);
    expect(at(29.99).score).toBeCloseTo(W.commute.scoreAtMax, 2);
    expect(at(37.5).score).toBeCloseTo(W.commute.scoreAtMax / 2, 3);
    expect(at(37.5).score).toBeLessThan(at(29.99).score);
    expect(at(30 * W.commute.zeroAtMaxMultiple + 1).score).toBe(0);
    expect(at(200).score).toBe(0);
  });

  it('says the distance in whole km and the maximum', () => {
    expect(at(3).explanation).toBe('Ca. 3 km til arbejdsstedet – tæt på (fuld score op til 5 km).');
    expect(at(12.2).explanation).toBe(
      'Ca. 12 km til arbejdsstedet – længere end de 5 km, der giver fuld score (kandidatens maks. er 30 km).',
    );
    expect(at(41.6, 'en').explanation).toBe("About 42 km to the workplace – beyond the candidate's maximum of 30 km.");
    expect(at(0).explanation).toMatch(/under 1 km/);
  });

  it('is neutral 0.5 with an explanation when a location is unknown', () => {
    const noCand = f('commute', candidate({ location: null }), opening());
    expect(noCand.score).toBe(0.5);
    expect(noCand.explanation).toMatch(/ukendt.*kandidatens placering/);
    const noWork = f('commute', candidate(), opening({ location: null }), 'en');
    expect(noWork.score).toBe(0.5);
    expect(noWork.explanation).toMatch(/unknown because the workplace's location is missing/);
  });
});

describe('industry factor', () => {
  it('is 1 for a wished industry', () => {
    const m = f('industry', candidate({ industriesWished: ['47', '56'] }), opening({ industryCode: '56' }));
    expect(m.score).toBe(1);
    expect(m.explanation).toBe('Branche 56 er blandt kandidatens brancheønsker.');
  });

  it('gives some credit in the same DB07 section, none elsewhere', () => {
    const same = f('industry', candidate({ industriesWished: ['56'] }), opening({ industryCode: '55' }), 'en');
    expect(same.score).toBe(W.industry.sameSectionScore);
    expect(same.explanation).toMatch(/same DB07 section \(I\)/);
    const other = f('industry', candidate({ industriesWished: ['56'] }), opening({ industryCode: '41' }));
    expect(other.score).toBe(W.industry.notWishedScore);
    expect(other.explanation).toBe('Branche 41 er ikke blandt kandidatens brancheønsker (56).');
  });

  it('names the industry in English in English explanations, in Danish in Danish', () => {
    const o = opening({
      industryCode: '56',
      industryName: 'Restauranter',
      industryNameEn: 'Food and beverage service',
    });
    const c = candidate({ industriesWished: ['56'] });
    expect(f('industry', c, o, 'en').explanation).toBe(
      "Industry 56 (Food and beverage service) is one of the candidate's wished industries.",
    );
    expect(f('industry', c, o, 'da').explanation).toBe(
      'Branche 56 (Restauranter) er blandt kandidatens brancheønsker.',
    );
    const noEnglish = opening({ industryCode: '56', industryName: 'Restauranter', industryNameEn: null });
    expect(f('industry', c, noEnglish, 'en').explanation).toMatch(/^Industry 56 \(Restauranter\)/);
  });

  it('is neutral when the candidate has no wishes', () => {
    const m = f('industry', candidate({ industriesWished: [] }), opening());
    expect(m.score).toBe(W.industry.noWishesScore);
    expect(m.explanation).toMatch(/ingen brancheønsker/);
  });
});

describe('ordinaryHours factor', () => {
  it('prefers openings with ordinary hours in sight, more when more hours are expected', () => {
    const none = f('ordinaryHours', candidate(), opening({ ordinaryHoursInSight: false }));
    const unknown = f(
      'ordinaryHours',
      candidate(),
      opening({ ordinaryHoursInSight: true, expectedOrdinaryHours: null }),
    );
    const fifteen = f('ordinaryHours', candidate(), opening({ ordinaryHoursInSight: true, expectedOrdinaryHours: 15 }));
    const full = f('ordinaryHours', candidate(), opening({ ordinaryHoursInSight: true, expectedOrdinaryHours: 37 }));
    expect(none.score).toBe(0);
    expect(unknown.score).toBe(W.ordinaryHours.inSightUnknownHoursScore);
    expect(fifteen.score).toBeCloseTo(
      W.ordinaryHours.inSightBaseScore + (1 - W.ordinaryHours.inSightBaseScore) * (15 / 37),
      9,
    );
    expect(full.score).toBe(1);
    expect(none.explanation).toBe('Ingen udsigt til ordinære timer hos Bager Hansen ApS.');
    expect(unknown.explanation).toMatch(/ikke angivet/);
    expect(fifteen.explanation).toBe('Udsigt til ca. 15 ordinære timer om ugen hos Bager Hansen ApS.');
  });

  it('measures expected hours against the way left to the goal', () => {
    const o = opening({ ordinaryHoursInSight: true, expectedOrdinaryHours: 7 });
    expect(f('ordinaryHours', candidate({ currentOrdinaryHours: 30 }), o).score).toBe(1);
    expect(f('ordinaryHours', candidate({ currentOrdinaryHours: 0 }), o).score).toBeLessThan(1);
    expect(f('ordinaryHours', candidate(), o, 'en').explanation).toBe(
      'About 7 ordinary paid hours a week in sight at Bager Hansen ApS.',
    );
  });
});

describe('igu factor', () => {
  it('is listed with weight 0 for a task and does not move the score', () => {
    const m = scoreMatch(candidate(), opening({ kind: 'TASK' }));
    const igu = factor(m, 'igu');
    expect(igu.weight).toBe(0);
    expect(igu.explanation).toMatch(/gælder ikke for en opgave/);
    const heavy: MatchWeights = { ...W, factors: { ...W.factors, igu: 100 } };
    expect(scoreMatch(candidate(), opening({ kind: 'TASK', weeklyHours: 20 }), { weights: heavy }).score).toBe(
      scoreMatch(candidate(), opening({ kind: 'TASK', weeklyHours: 20 })).score,
    );
  });

  it('counts eligibility for an IGU slot', () => {
    const ok = factor(scoreMatch(candidate(), opening({ kind: 'IGU_SLOT' })), 'igu');
    expect(ok.weight).toBe(W.factors.igu);
    expect(ok.score).toBe(1);
    expect(ok.explanation).toBe('Kandidaten er berettiget til IGU.');
    const no = factor(
      scoreMatch(
        candidate({ iguEligible: false, iguIneligibleReason: 'not a refugee' }),
        opening({ kind: 'IGU_SLOT' }),
        {
          locale: 'en',
        },
      ),
      'igu',
    );
    expect(no.score).toBe(0);
    expect(no.explanation).toBe('The candidate is not eligible for IGU: not a refugee.');
  });
});

describe('urgency factor (6-week rule)', () => {
  const urgent = (c: Partial<CandidateForScoring>, locale: 'da' | 'en' = 'da') =>
    f('urgency', candidate({ activationRuleApplies: true, ...c }), opening(), locale);

  it('is 0 when the rule does not apply or the person is in a placement', () => {
    const off = f('urgency', candidate({ activationRuleApplies: false, weeksSinceLastPlacement: 10 }), opening());
    expect(off.score).toBe(0);
    expect(off.explanation).toMatch(/gælder ikke/);
    const placed = urgent({ hasActivePlacement: true, weeksSinceLastPlacement: 10 });
    expect(placed.score).toBe(0);
    expect(placed.explanation).toMatch(/allerede i et virksomhedsrettet forløb/);
  });

  it('rises with weeks since the last placement: warning at 4, full at 6', () => {
    expect(urgent({ weeksSinceLastPlacement: 0 }).score).toBe(0);
    expect(urgent({ weeksSinceLastPlacement: 2 }).score).toBeCloseTo(W.urgency.scoreAtWarning / 2, 9);
    expect(urgent({ weeksSinceLastPlacement: 4 }).score).toBeCloseTo(W.urgency.scoreAtWarning, 9);
    expect(urgent({ weeksSinceLastPlacement: 5 }).score).toBeCloseTo((W.urgency.scoreAtWarning + 1) / 2, 9);
    expect(urgent({ weeksSinceLastPlacement: 6 }).score).toBe(1);
    expect(urgent({ weeksSinceLastPlacement: 9 }).score).toBe(1);
  });

  it('explains warning, breach and never placed', () => {
    expect(urgent({ weeksSinceLastPlacement: 2 }).explanation).toBe(
      '2 uger siden sidste virksomhedsrettede tilbud – 4 uger til 6-ugers-fristen.',
    );
    expect(urgent({ weeksSinceLastPlacement: 5 }).explanation).toBe(
      'Snart: 5 uger siden sidste virksomhedsrettede tilbud – 1 uge til 6-ugers-fristen.',
    );
    expect(urgent({ weeksSinceLastPlacement: 6 }).explanation).toMatch(/fristen er nået/);
    expect(urgent({ weeksSinceLastPlacement: 7 }, 'en').explanation).toBe(
      'Urgent: 7 weeks since the last company placement – the 6-week limit has been exceeded.',
    );
  });

  it('counts never-placed as urgent', () => {
    const never = urgent({ weeksSinceLastPlacement: null });
    expect(never.score).toBe(W.urgency.neverPlacedScore);
    expect(never.score).toBe(1);
    expect(never.explanation).toMatch(/aldrig været/);
  });
});

describe('history factor', () => {
  const hist = (pastPlacements: CandidateForScoring['pastPlacements'], locale: 'da' | 'en' = 'da') =>
    f('history', candidate({ pastPlacements }), opening({ companyId: 'co1', industryCode: '56' }), locale);

  it('is 0 without relevant history (other company, other industry)', () => {
    const m = hist([{ companyId: 'co9', industryCode: '41', convertedToOrdinaryHours: true }]);
    expect(m.score).toBe(0);
    expect(m.explanation).toBe('Ingen tidligere forløb hos Bager Hansen ApS eller i branche 56.');
  });

  it('scores the same company strongly, the same industry some, a conversion as a plus', () => {
    const industry = hist([{ companyId: 'co9', industryCode: '56', convertedToOrdinaryHours: false }]);
    const industryConv = hist([{ companyId: 'co9', industryCode: '56', convertedToOrdinaryHours: true }]);
    const company = hist([{ companyId: 'co1', industryCode: '56', convertedToOrdinaryHours: false }]);
    const companyConv = hist([{ companyId: 'co1', industryCode: '56', convertedToOrdinaryHours: true }]);
    expect(industry.score).toBe(W.history.sameIndustryScore);
    expect(industryConv.score).toBeCloseTo(W.history.sameIndustryScore + W.history.conversionBonus, 9);
    expect(company.score).toBe(W.history.sameCompanyScore);
    expect(companyConv.score).toBe(1);
    expect(company.score).toBeGreaterThan(industry.score);
  });

  it('explains counts, company and conversions', () => {
    const m = hist(
      [
        { companyId: 'co1', industryCode: '56', convertedToOrdinaryHours: true },
        { companyId: 'co1', industryCode: '56', convertedToOrdinaryHours: false },
        { companyId: 'co7', industryCode: '56', convertedToOrdinaryHours: false },
      ],
      'en',
    );
    expect(m.explanation).toBe(
      '2 earlier placements at Bager Hansen ApS and 1 at other companies in industry 56; 1 led to ordinary hours.',
    );
    expect(hist([{ companyId: 'co7', industryCode: '56', convertedToOrdinaryHours: false }]).explanation).toBe(
      '1 tidligere forløb hos andre virksomheder i branche 56.',
    );
  });
});

describe('mentor language factor', () => {
  const mentors = [
    { name: 'Jens Hansen', languages: ['dansk', 'engelsk'] },
    { name: 'Hiwet Tesfay', languages: ['Tigrinya', 'dansk'] },
  ];

  it('counts a mentor who speaks one of the person’s languages, whatever way the language was typed', () => {
    const m = scoreMatch(candidate({ languages: ['arabisk', 'ti'] }), opening({ mentors }));
    const x = factor(m, 'mentorLanguage');
    expect(x).toMatchObject({ score: 1, weight: W.factors.mentorLanguage, gap: false, pointsLost: 0 });
    expect(x.explanation).toBe('Mentor taler tigrinya (Hiwet Tesfay).');
    expect(f('mentorLanguage', candidate({ languages: ['tigrinya'] }), opening({ mentors }), 'en').explanation).toBe(
      'Mentor speaks Tigrinya (Hiwet Tesfay).',
    );
  });

  it('is a small bonus: it only adds, and costs nobody anything when no mentor shares a language', () => {
    const without = scoreMatch(candidate({ languages: ['so'] }), opening({ mentors }));
    const none = factor(without, 'mentorLanguage');
    expect(none).toMatchObject({ score: 0, weight: 0, gap: false, pointsLost: 0 });
    // The same pair scores the same as with no mentors at all and with no languages known.
    expect(without.score).toBe(scoreMatch(candidate({ languages: ['so'] }), opening()).score);
    expect(without.score).toBe(scoreMatch(candidate(), opening({ mentors })).score);
    const shared = scoreMatch(candidate({ languages: ['ti'] }), opening({ mentors }));
    expect(shared.score).toBeGreaterThan(without.score);
    // Smaller than any fit factor: a mentor's language never outweighs what the opening needs.
    for (const key of ['competences', 'danish', 'hours', 'commute', 'industry'] as const) {
      expect(W.factors.mentorLanguage).toBeLessThan(W.factors[key]);
    }
  });

  it('leaves Danish to the Danish factor: a mentor speaking Danish is no bonus', () => {
    const m = scoreMatch(candidate({ languages: ['dansk', 'da'] }), opening({ mentors }));
    expect(factor(m, 'mentorLanguage').weight).toBe(0);
  });
});

describe('scoreMatch', () => {
  it('lists every factor in a fixed order with the configured weights and 0..1 scores', () => {
    // A mentor who shares a language: the mentor bonus applies too, so every factor has its configured weight.
    const m = scoreMatch(
      candidate({ languages: ['ti'] }),
      opening({ kind: 'IGU_SLOT', mentors: [{ name: 'Jens Hansen', languages: ['tigrinya'] }] }),
    );
    expect(m.factors.map((x) => x.key)).toEqual([...MATCH_FACTOR_KEYS]);
    for (const x of m.factors) {
      expect(x.weight).toBe(W.factors[x.key as keyof typeof W.factors]);
      expect(x.score).toBeGreaterThanOrEqual(0);
      expect(x.score).toBeLessThanOrEqual(1);
      expect(x.explanation.length).toBeGreaterThan(10);
    }
    expect(m.candidateId).toBe('c1');
    expect(m.openingId).toBe('t1');
    expect(m.openingKind).toBe('IGU_SLOT');
  });

  it('is 100 × Σ(weight × score) / Σ(weight), rounded to one decimal', () => {
    const c = candidate({ danishLevel: 'A1', availableWeeklyHours: 20, maxCommuteKm: 20, activationRuleApplies: true });
    const o = opening({ danishLevel: 'B1', location: north(ODENSE, 13), industryCode: '47', weeklyHours: 30 });
    const m = scoreMatch(c, o);
    const num = m.factors.reduce((s, x) => s + x.weight * x.score, 0);
    const den = m.factors.reduce((s, x) => s + x.weight, 0);
    expect(m.score).toBe(Math.round((1000 * num) / den) / 10);
    expect(m.score).toBeGreaterThan(0);
    expect(m.score).toBeLessThan(100);
  });

  it('uses custom weights', () => {
    const zero = Object.fromEntries(MATCH_FACTOR_KEYS.map((k) => [k, 0])) as MatchWeights['factors'];
    const onlyDanish: MatchWeights = { ...W, factors: { ...zero, danish: 1 } };
    const m = scoreMatch(candidate({ danishLevel: 'A2' }), opening({ danishLevel: 'B1' }), { weights: onlyDanish });
    expect(m.score).toBe(70);
    const onlyHistory: MatchWeights = { ...W, factors: { ...zero, history: 2 } };
    expect(scoreMatch(candidate(), opening(), { weights: onlyHistory }).score).toBe(0);
  });

  it('stays within 0..100 with at most one decimal for best, worst and many mixed pairs', () => {
    const best = candidate({
      competences: [{ ...FORKLIFT, level: 4, evidence: 'CERTIFIED' }],
      activationRuleApplies: true,
      pastPlacements: [{ companyId: 'co1', industryCode: '56', convertedToOrdinaryHours: true }],
    });
    const bestOpening = opening({
      kind: 'IGU_SLOT',
      requiredCompetences: [{ ...FORKLIFT, minLevel: 1 }],
      ordinaryHoursInSight: true,
      expectedOrdinaryHours: 37,
    });
    expect(scoreMatch(best, bestOpening).score).toBe(100);
    const worst = candidate({
      danishLevel: 'NONE',
      availableWeeklyHours: 1,
      maxCommuteKm: 5,
      industriesWished: ['01'],
    });
    const worstOpening = opening({
      requiredCompetences: [{ ...FORKLIFT, minLevel: 4 }],
      danishLevel: 'C2',
      location: north(ODENSE, 500),
      industryCode: '84',
    });
    const low = scoreMatch(worst, worstOpening).score;
    expect(low).toBeGreaterThanOrEqual(0);
    expect(low).toBeLessThan(10);

    // A deterministic spread of pairs.
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const levels = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
    for (let i = 0; i < 300; i++) {
      const c = candidate({
        danishLevel: levels[Math.floor(rnd() * 7)],
        availableWeeklyHours: Math.floor(rnd() * 40),
        currentOrdinaryHours: Math.floor(rnd() * 30),
        maxCommuteKm: Math.floor(rnd() * 60),
        location: rnd() < 0.1 ? null : north(ODENSE, rnd() * 80),
        activationRuleApplies: rnd() < 0.5,
        weeksSinceLastPlacement: rnd() < 0.2 ? null : rnd() * 12,
        competences: rnd() < 0.5 ? [{ ...FORKLIFT, level: 2, evidence: 'SELF_REPORTED' }] : [],
      });
      const o = opening({
        kind: rnd() < 0.5 ? 'TASK' : 'IGU_SLOT',
        danishLevel: levels[Math.floor(rnd() * 7)],
        weeklyHours: Math.floor(rnd() * 40),
        requiredCompetences: rnd() < 0.5 ? [{ ...FORKLIFT, minLevel: 3 }] : [],
        ordinaryHoursInSight: rnd() < 0.5,
        expectedOrdinaryHours: rnd() < 0.5 ? null : rnd() * 40,
      });
      const s = scoreMatch(c, o).score;
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(100);
      expect(Math.round(s * 10) / 10).toBe(s);
    }
  });

  it('does not mutate its input', () => {
    const deepFreeze = <T>(x: T): T => {
      if (x && typeof x === 'object') {
        for (const v of Object.values(x)) deepFreeze(v);
        Object.freeze(x);
      }
      return x;
    };
    const c = deepFreeze(
      candidate({
        industriesWished: ['56', '1'],
        competences: [{ ...FORKLIFT, level: 2, evidence: 'OBSERVED_IN_PLACEMENT' }],
        pastPlacements: [{ companyId: 'co1', industryCode: '56', convertedToOrdinaryHours: false }],
      }),
    );
    const o = deepFreeze(opening({ requiredCompetences: [{ ...FORKLIFT, minLevel: 2 }] }));
    const before = JSON.stringify([c, o]);
    expect(() => rankCandidatesForOpening(o, [c])).not.toThrow();
    expect(() => rankOpeningsForCandidate(c, [o])).not.toThrow();
    expect(JSON.stringify([c, o])).toBe(before);
  });

  it('ignores fields outside the declared input (no protected attribute can be read)', () => {
    const o = opening({ requiredCompetences: [{ ...FORKLIFT, minLevel: 2 }], danishLevel: 'A2' });
    const base = candidate({ competences: [{ ...FORKLIFT, level: 2, evidence: 'SELF_REPORTED' }] });
    const a = { ...base, nationality: 'SY', gender: 'F', religion: 'x', countryOfOrigin: 'SY', age: 24 };
    const b = { ...base, nationality: 'DK', gender: 'M', religion: 'y', countryOfOrigin: 'DK', age: 39 };
    expect(scoreMatch(a as CandidateForScoring, o)).toEqual(scoreMatch(b as CandidateForScoring, o));
  });
});

describe('locales', () => {
  it('defaults to Danish and speaks English on request', () => {
    const c = candidate({ competences: [{ ...FORKLIFT, level: 2, evidence: 'CERTIFIED' }] });
    const o = opening({
      requiredCompetences: [
        { ...FORKLIFT, minLevel: 2 },
        { ...STOCK, minLevel: 1 },
      ],
    });
    const da = scoreMatch(c, o);
    const en = scoreMatch(c, o, { locale: 'en' });
    expect(factor(da, 'competences').label).toBe('Kompetencer');
    expect(factor(da, 'competences').explanation).toBe('Har 1 af 2 krævede kompetencer; mangler: Vareoptælling.');
    expect(factor(en, 'competences').label).toBe('Competences');
    expect(factor(en, 'competences').explanation).toBe('Has 1 of 2 required competences; missing: Vareoptælling.');
    expect(factor(en, 'urgency').label).toBe('Urgency (6-week rule)');
    // Same numbers in both languages.
    expect(en.score).toBe(da.score);
    expect(en.factors.map((x) => [x.key, x.weight, x.score])).toEqual(
      da.factors.map((x) => [x.key, x.weight, x.score]),
    );
  });
});

describe('ranking', () => {
  it('drops excluded candidates, sorts by score and breaks ties by candidateId', () => {
    const o = opening({ requiresDrivingLicence: true, weeklyHours: 37 });
    const cs = [
      candidate({ id: 'c-b' }),
      candidate({ id: 'c-part', availableWeeklyHours: 15 }),
      candidate({ id: 'c-c' }),
      candidate({ id: 'c-nolicence', hasDrivingLicence: false }),
      candidate({ id: 'c-a' }),
      candidate({ id: 'c-done', currentOrdinaryHours: 37 }),
    ];
    const ranked = rankCandidatesForOpening(o, cs);
    expect(ranked.map((m) => m.candidateId)).toEqual(['c-a', 'c-b', 'c-c', 'c-part']);
    expect(ranked[0].score).toBe(ranked[2].score);
    expect(ranked[2].score).toBeGreaterThan(ranked[3].score);
    for (const m of ranked) expect(m.exclusionReason).toBeNull();
  });

  it('is deterministic whatever the input order', () => {
    const o = opening({ danishLevel: 'A2', weeklyHours: 25, industryCode: '47' });
    const cs = Array.from({ length: 40 }, (_, i) =>
      candidate({
        id: `c${String(i).padStart(2, '0')}`,
        danishLevel: (['NONE', 'A1', 'A2', 'B1'] as const)[i % 4],
        availableWeeklyHours: 10 + (i % 3) * 10,
        location: north(ODENSE, (i % 5) * 8),
        industriesWished: i % 2 ? ['47'] : ['56'],
      }),
    );
    const first = rankCandidatesForOpening(o, cs);
    const again = rankCandidatesForOpening(o, [...cs].reverse());
    expect(again).toEqual(first);
    expect(first).toHaveLength(40);
    for (let i = 1; i < first.length; i++) {
      const [a, b] = [first[i - 1], first[i]];
      expect(a.rankScore > b.rankScore || (a.rankScore === b.rankScore && a.candidateId < b.candidateId)).toBe(true);
      expect(a.score).toBeGreaterThanOrEqual(b.score);
    }
  });

  it('applies the limit after sorting', () => {
    const cs = ['c3', 'c1', 'c2'].map((id) => candidate({ id }));
    expect(rankCandidatesForOpening(opening(), cs, { limit: 2 }).map((m) => m.candidateId)).toEqual(['c1', 'c2']);
  });

  it('ranks openings for a candidate, ties by kind:id, excluded dropped', () => {
    const noIgu: MatchWeights = { ...W, factors: { ...W.factors, igu: 0 } };
    const c = candidate({ hasDrivingLicence: false });
    const os = [
      opening({ kind: 'TASK', id: 'a' }),
      opening({ kind: 'IGU_SLOT', id: 'z' }),
      opening({ kind: 'TASK', id: 'b', requiresDrivingLicence: true }),
      opening({ kind: 'TASK', id: 'short', weeklyHours: 10 }),
      opening({ kind: 'IGU_SLOT', id: 'a' }),
    ];
    const ranked = rankOpeningsForCandidate(c, os, { weights: noIgu });
    expect(ranked.map((m) => `${m.openingKind}:${m.openingId}`)).toEqual([
      'IGU_SLOT:a',
      'IGU_SLOT:z',
      'TASK:a',
      'TASK:short',
    ]);
    expect(rankOpeningsForCandidate(c, [...os].reverse(), { weights: noIgu })).toEqual(ranked);
  });

  it('puts a better candidate first in a realistic warehouse scenario', () => {
    // A warehouse in Odense (DB07 52, warehousing) needs a forklift driver, 30 h/week,
    // Danish A2, with ordinary hours in sight.
    const task = opening({
      id: 'lager-1',
      companyId: 'co-lager',
      companyName: 'Fyns Lager A/S',
      industryCode: '52',
      requiredCompetences: [
        { ...FORKLIFT, minLevel: 2 },
        { ...STOCK, minLevel: 1 },
      ],
      niceToHaveCompetences: [CLEANING],
      danishLevel: 'A2',
      weeklyHours: 30,
      ordinaryHoursInSight: true,
      expectedOrdinaryHours: 20,
      requiresDrivingLicence: true,
    });
    const good = candidate({
      id: 'zz-good', // sorts last by id: only the score can put it first
      location: north(ODENSE, 4),
      danishLevel: 'B1',
      availableWeeklyHours: 30,
      industriesWished: ['52', '49'],
      competences: [
        { ...FORKLIFT, level: 3, evidence: 'OBSERVED_IN_PLACEMENT' },
        { ...STOCK, level: 2, evidence: 'CERTIFIED' },
      ],
      activationRuleApplies: true,
      weeksSinceLastPlacement: 5,
    });
    const weaker = candidate({
      id: 'aa-weaker',
      location: north(ODENSE, 25),
      danishLevel: 'A1',
      availableWeeklyHours: 20,
      industriesWished: ['56'],
      competences: [{ ...FORKLIFT, level: 1, evidence: 'SELF_REPORTED' }],
    });
    const noLicence = candidate({ ...good, id: 'aa-no-licence', hasDrivingLicence: false });
    const ranked = rankCandidatesForOpening(task, [weaker, noLicence, good]);
    expect(ranked.map((m) => m.candidateId)).toEqual(['zz-good', 'aa-weaker']);
    expect(ranked[0].score - ranked[1].score).toBeGreaterThan(20);
    expect(factor(ranked[1], 'competences').explanation).toBe(
      'Har 1 af 2 krævede kompetencer; mangler: Vareoptælling; under krævet niveau: Gaffeltruck (niveau 1, kræver 2); 1 er kun selvrapporteret; har 0 af 1 kompetencer, der er gode at have.',
    );
  });
});

describe('exclusion: far beyond the maximum commute', () => {
  it('excludes a pair beyond maxCommuteKm × zeroAtMaxMultiple and keeps one just inside', async () => {
    const { exclusionReason } = await import('./scoring.js');
    const base = {
      id: 'c',
      location: { lat: 55.4, lng: 10.39 },
      danishLevel: 'A2' as const,
      availableWeeklyHours: 30,
      goalWeeklyHours: 37,
      currentOrdinaryHours: 0,
      industriesWished: ['52'],
      maxCommuteKm: 20,
      hasDrivingLicence: true,
      competences: [],
      iguEligible: true,
      iguIneligibleReason: null,
      readiness: 'JOB_READY' as const,
      activationRuleApplies: false,
      hasActivePlacement: false,
      weeksSinceLastPlacement: null,
      pastPlacements: [],
    };
    const opening = (lat: number) => ({
      kind: 'TASK' as const,
      id: 'o',
      companyId: 'co',
      companyName: 'Firma',
      industryCode: '52',
      location: { lat, lng: 10.39 },
      requiredCompetences: [],
      niceToHaveCompetences: [],
      danishLevel: 'NONE' as const,
      weeklyHours: 20,
      ordinaryHoursInSight: false,
      expectedOrdinaryHours: null,
      requiresDrivingLicence: false,
    });
    // 0.25° latitude ≈ 27.8 km (inside 1.5 × 20 = 30 km); 0.3° ≈ 33.4 km (outside).
    expect(exclusionReason(base, opening(55.65))).toBeNull();
    expect(exclusionReason(base, opening(55.7), 'en')).toMatch(
      /33 km is too far: the candidate commutes at most 20 km/,
    );
  });
});
