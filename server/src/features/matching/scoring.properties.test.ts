/**
 * Properties of the pure scorer over generated pairs (fast-check): a missing required competence
 * is never won back by any other factor, and a factor is a gap exactly when it lowers the score,
 * with a sentence that says what falls short (and only then).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CandidateForScoring,
  type GeoPoint,
  type OpeningForScoring,
  rankCandidatesForOpening,
  scoreMatch,
} from './scoring.js';
import { DEFAULT_MATCH_WEIGHTS, FIT_FACTORS, type MatchFactorKey } from './weights.js';

const ODENSE: GeoPoint = { lat: 55.3959, lng: 10.3883 };
const COMPETENCES = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'].map((id) => ({ competenceId: id, name: `Kompetence ${id}` }));
const LEVELS = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const level = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const);
const evidence = fc.constantFrom('SELF_REPORTED' as const, 'OBSERVED_IN_PLACEMENT' as const, 'CERTIFIED' as const);
const place = fc.option(
  fc.record({
    lat: fc.double({ min: 54.6, max: 57.7, noNaN: true }),
    lng: fc.double({ min: 8.1, max: 12.6, noNaN: true }),
  }),
  { freq: 8 },
);
const nearOdense = fc.oneof(
  place,
  fc.double({ min: 0, max: 60, noNaN: true }).map((km) => ({ lat: ODENSE.lat + km / 111.2, lng: ODENSE.lng })),
);

/** Everything but the competences: the rest of a candidate, free to vary. */
const candidateRest = fc.record({
  location: nearOdense,
  danishLevel: fc.constantFrom(...LEVELS),
  availableWeeklyHours: fc.integer({ min: 1, max: 37 }),
  // Free hours after placements, activities and proposals: any, or unknown (then the stated hours count).
  freeWeeklyHours: fc.option(fc.integer({ min: 0, max: 37 }), { nil: undefined }),
  goalWeeklyHours: fc.constantFrom(18.5, 25, 37),
  currentOrdinaryHours: fc.integer({ min: 0, max: 15 }),
  industriesWished: fc.subarray(['10', '47', '49', '52', '56', '81', '87']),
  maxCommuteKm: fc.integer({ min: 1, max: 80 }),
  hasDrivingLicence: fc.boolean(),
  iguEligible: fc.boolean(),
  activationRuleApplies: fc.boolean(),
  hasActivePlacement: fc.boolean(),
  weeksSinceLastPlacement: fc.option(fc.double({ min: 0, max: 30, noNaN: true })),
  pastPlacements: fc.array(
    fc.record({
      companyId: fc.constantFrom('co1', 'co2'),
      industryCode: fc.constantFrom('52', '56', '87'),
      convertedToOrdinaryHours: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
});

const heldCompetence = fc.record({
  c: fc.constantFrom(...COMPETENCES),
  level,
  evidence,
});

function candidateOf(
  id: string,
  rest: Omit<CandidateForScoring, 'id' | 'competences' | 'iguIneligibleReason' | 'readiness'>,
  competences: {
    c: (typeof COMPETENCES)[number];
    level: 1 | 2 | 3 | 4;
    evidence: CandidateForScoring['competences'][number]['evidence'];
  }[],
): CandidateForScoring {
  return {
    id,
    ...rest,
    readiness: 'JOB_READY',
    iguIneligibleReason: null,
    competences: competences.map((h) => ({ ...h.c, level: h.level, evidence: h.evidence })),
  };
}

const openingArb = fc.record({
  kind: fc.constantFrom('TASK' as const, 'IGU_SLOT' as const),
  location: nearOdense,
  required: fc.uniqueArray(fc.record({ c: fc.constantFrom(...COMPETENCES), minLevel: level }), {
    minLength: 1,
    maxLength: 4,
    selector: (r) => r.c.competenceId,
  }),
  nice: fc.subarray(COMPETENCES, { maxLength: 2 }),
  learning: fc.subarray(
    COMPETENCES.map((c) => c.competenceId),
    { maxLength: 2 },
  ),
  danishLevel: fc.constantFrom(...LEVELS),
  weeklyHours: fc.integer({ min: 0, max: 37 }),
  industryCode: fc.constantFrom('47', '52', '56', '87'),
  ordinaryHoursInSight: fc.boolean(),
  expectedOrdinaryHours: fc.option(fc.integer({ min: 1, max: 37 })),
});

function openingOf(a: typeof openingArb extends fc.Arbitrary<infer T> ? T : never): OpeningForScoring {
  return {
    kind: a.kind,
    id: 'o1',
    companyId: 'co1',
    companyName: 'Fynsk Lager',
    industryCode: a.industryCode,
    location: a.location,
    requiredCompetences: a.required.map((r: { c: (typeof COMPETENCES)[number]; minLevel: 1 | 2 | 3 | 4 }) => ({
      ...r.c,
      minLevel: r.minLevel,
    })),
    niceToHaveCompetences: a.nice,
    learningGoalCompetenceIds: a.learning,
    danishLevel: a.danishLevel,
    weeklyHours: a.weeklyHours,
    ordinaryHoursInSight: a.ordinaryHoursInSight,
    expectedOrdinaryHours: a.expectedOrdinaryHours,
    requiresDrivingLicence: false,
  };
}

describe('a missing required competence costs more than anything else can win back', () => {
  it('the person who also holds it ranks first, whatever distance, hours, Danish, industry and bonuses say', () => {
    fc.assert(
      fc.property(
        openingArb,
        candidateRest,
        candidateRest,
        fc.array(heldCompetence, { maxLength: 4 }),
        fc.nat(),
        level,
        evidence,
        (oa, restA, restB, shared, pick, lvl, ev) => {
          const o = openingOf(oa);
          const learning = new Set(o.learningGoalCompetenceIds);
          // A competence o requires that is not a learning goal: the one A lacks and B holds.
          const candidates = o.requiredCompetences.filter((r) => !learning.has(r.competenceId));
          fc.pre(candidates.length > 0);
          const key = candidates[pick % candidates.length];
          const common = shared.filter((h) => h.c.competenceId !== key.competenceId);
          // B is far better placed on every other factor than A is allowed to be worse: A gets the best of everything.
          const a = candidateOf('a', { ...restA, maxCommuteKm: 500 }, common);
          const b = candidateOf('b', { ...restB, maxCommuteKm: 500 }, [
            ...common,
            { c: { competenceId: key.competenceId, name: key.name }, level: lvl, evidence: ev },
          ]);
          fc.pre(a.currentOrdinaryHours < a.goalWeeklyHours && b.currentOrdinaryHours < b.goalWeeklyHours);
          if (o.kind === 'IGU_SLOT') {
            a.iguEligible = true;
            b.iguEligible = true;
          }
          const sa = scoreMatch(a, o);
          const sb = scoreMatch(b, o);
          expect(sb.missingRequired).toBe(sa.missingRequired - 1);
          expect(sb.rankScore).toBeGreaterThan(sa.rankScore);
          const ranked = rankCandidatesForOpening(o, [a, b]).map((m) => m.candidateId);
          expect(ranked).toEqual(['b', 'a']);
        },
      ),
      { numRuns: 400, seed: 12 },
    );
  });

  it('holds at the extremes: every other factor perfect against every other factor at its worst', () => {
    const o: OpeningForScoring = openingOf({
      kind: 'TASK',
      location: ODENSE,
      required: [
        { c: COMPETENCES[0], minLevel: 1 },
        { c: COMPETENCES[1], minLevel: 1 },
      ],
      nice: [],
      learning: [],
      danishLevel: 'C2',
      weeklyHours: 37,
      industryCode: '52',
      ordinaryHoursInSight: true,
      expectedOrdinaryHours: 37,
    });
    const best = candidateOf(
      'best-but-missing',
      {
        location: ODENSE,
        danishLevel: 'C2',
        availableWeeklyHours: 37,
        goalWeeklyHours: 37,
        currentOrdinaryHours: 0,
        industriesWished: ['52'],
        maxCommuteKm: 50,
        hasDrivingLicence: true,
        iguEligible: true,
        activationRuleApplies: true,
        hasActivePlacement: false,
        weeksSinceLastPlacement: 10,
        pastPlacements: [{ companyId: 'co1', industryCode: '52', convertedToOrdinaryHours: true }],
      },
      [{ c: COMPETENCES[0], level: 4, evidence: 'CERTIFIED' }],
    );
    const worst = candidateOf(
      'worst-but-holds',
      {
        location: { lat: ODENSE.lat + 70 / 111.2, lng: ODENSE.lng },
        danishLevel: 'NONE',
        availableWeeklyHours: 1,
        goalWeeklyHours: 37,
        currentOrdinaryHours: 0,
        industriesWished: ['87'],
        maxCommuteKm: 50,
        hasDrivingLicence: false,
        iguEligible: false,
        activationRuleApplies: false,
        hasActivePlacement: false,
        weeksSinceLastPlacement: null,
        pastPlacements: [],
      },
      [
        { c: COMPETENCES[0], level: 4, evidence: 'CERTIFIED' },
        { c: COMPETENCES[1], level: 1, evidence: 'SELF_REPORTED' },
      ],
    );
    const ranked = rankCandidatesForOpening(o, [best, worst]);
    expect(ranked.map((m) => m.candidateId)).toEqual(['worst-but-holds', 'best-but-missing']);
    const missing = ranked[1].factors.find((x) => x.key === 'competences')!;
    expect(missing.explanation).toMatch(/mangler: Kompetence k2/);
  });
});

/** Words that say a factor falls short, and words that say it is fully met, per locale. */
const SHORTFALL = [
  /mangler:/,
  /under krævet niveau/,
  /niveau(er)? under\./,
  /tæller halvt/,
  /dækker kun/,
  /mere, end kandidaten har ledigt/,
  /længere end/,
  /over kandidatens maks/,
  /ikke blandt/,
  /ikke et ønske/,
  /kun selvrapporter/,
];
const MET = [
  /behovet er dækket/,
  /tæt på \(fuld score/,
  /fylder vejen/,
  /er blandt kandidatens brancheønsker/,
  /intet krav til dansk/,
];

describe('gaps: a factor is a gap exactly when it lowers the score, and its sentence agrees with its bar', () => {
  it('for every factor of generated pairs', () => {
    fc.assert(
      fc.property(openingArb, candidateRest, fc.array(heldCompetence, { maxLength: 5 }), (oa, rest, held) => {
        const o = openingOf(oa);
        const c = candidateOf('c', rest, held);
        const m = scoreMatch(c, o);
        const total = m.factors.reduce((s, f) => s + f.weight, 0);
        for (const f of m.factors) {
          const fit = FIT_FACTORS.has(f.key as MatchFactorKey);
          // "Lowers the score": raising this fit factor to 1 would raise the score by pointsLost.
          const lowers = fit && f.weight > 0 && f.score < 1;
          expect(f.gap).toBe(lowers);
          expect(f.pointsLost > 0).toBe(lowers);
          if (lowers) expect(f.pointsLost).toBeCloseTo((100 * f.weight * (1 - f.score)) / total, 9);
          if (!fit) continue;
          const saysShort = SHORTFALL.some((re) => re.test(f.explanation));
          const saysMet = MET.some((re) => re.test(f.explanation));
          if (f.gap) {
            expect(saysShort, `${f.key}: ${f.explanation} (score ${f.score})`).toBe(true);
            expect(saysMet, `${f.key}: ${f.explanation}`).toBe(false);
          } else {
            expect(saysShort, `${f.key}: ${f.explanation} (score ${f.score})`).toBe(false);
          }
        }
      }),
      { numRuns: 600, seed: 5 },
    );
  });

  it('never lists "within the maximum" as a gap: 7 km of 8 is a gap that says it is further than full score', () => {
    const c = candidateOf(
      'c',
      {
        location: ODENSE,
        danishLevel: 'B1',
        availableWeeklyHours: 37,
        goalWeeklyHours: 37,
        currentOrdinaryHours: 0,
        industriesWished: ['52'],
        maxCommuteKm: 8,
        hasDrivingLicence: true,
        iguEligible: true,
        activationRuleApplies: false,
        hasActivePlacement: false,
        weeksSinceLastPlacement: null,
        pastPlacements: [],
      },
      [],
    );
    const o = openingOf({
      kind: 'TASK',
      location: { lat: ODENSE.lat + 7 / 111.2, lng: ODENSE.lng },
      required: [],
      nice: [],
      learning: [],
      danishLevel: 'NONE',
      weeklyHours: 37,
      industryCode: '52',
      ordinaryHoursInSight: false,
      expectedOrdinaryHours: null,
    });
    const commute = scoreMatch(c, o).factors.find((f) => f.key === 'commute')!;
    expect(commute.gap).toBe(true);
    expect(commute.explanation).not.toMatch(/inden for/);
    expect(commute.explanation).toBe(
      'Ca. 7 km til arbejdsstedet – længere end de 5 km, der giver fuld score (kandidatens maks. er 8 km).',
    );
    const hoursFactor = scoreMatch(c, o).factors.find((f) => f.key === 'hours')!;
    expect(hoursFactor.gap).toBe(false);
    expect(hoursFactor.score).toBe(1);
  });

  it('bonus factors only add: urgency, history and ordinary hours are never gaps', () => {
    expect(DEFAULT_MATCH_WEIGHTS.factors.igu).toBe(0);
    for (const key of ['ordinaryHours', 'urgency', 'history', 'igu'] as const) expect(FIT_FACTORS.has(key)).toBe(false);
  });
});
