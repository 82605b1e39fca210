import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertFeasible,
  buildModel,
  greedyPlan,
  MAX_TOTAL_DEADLINE_BONUS,
  normaliseProblem,
  type PlanProblem,
  peopleOnSeveralOpenings,
  readSolution,
  solvePlan,
} from './assignment-plan.js';
import { solveWithHighs } from './highs-solver.js';

const plan = (p: PlanProblem) => solvePlan(p, solveWithHighs);

/** Exhaustive optimum of a tiny problem: every way of giving each person one opening or none. */
function bruteForceBest(problem: PlanProblem): number {
  const p = normaliseProblem(problem);
  const edgesOf = new Map<string, { key: string; score: number }[]>();
  for (const e of p.edges)
    edgesOf.set(e.candidateId, [...(edgesOf.get(e.candidateId) ?? []), { key: e.openingKey, score: e.score }]);
  const left = new Map(p.openings.map((o) => [o.key, o.capacity]));
  const people = p.candidates.map((c) => c.id);
  let best = 0;
  const walk = (i: number, total: number) => {
    if (i === people.length) {
      best = Math.max(best, total);
      return;
    }
    walk(i + 1, total);
    for (const e of edgesOf.get(people[i]!) ?? []) {
      const n = left.get(e.key)!;
      if (n === 0) continue;
      left.set(e.key, n - 1);
      walk(i + 1, total + e.score);
      left.set(e.key, n);
    }
  };
  walk(0, 0);
  return Math.round(best * 10) / 10;
}

/** Random small problems: scores with one decimal, as the scorer gives them. */
const problems = fc
  .record({
    people: fc.integer({ min: 1, max: 7 }),
    caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 }),
    urgency: fc.array(fc.constantFrom(0, 0.5, 1), { minLength: 7, maxLength: 7 }),
    scores: fc.array(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }), {
      minLength: 28,
      maxLength: 28,
    }),
  })
  .map(({ people, caps, urgency, scores }): PlanProblem => {
    const candidates = Array.from({ length: people }, (_, i) => ({ id: `p${i}`, urgency: urgency[i]! }));
    const openings = caps.map((capacity, i) => ({ key: `o${i}`, capacity }));
    const edges = candidates.flatMap((c, i) =>
      openings.flatMap((o, j) => {
        const s = scores[i * 4 + j];
        return s === undefined ? [] : [{ candidateId: c.id, openingKey: o.key, score: s / 10 }];
      }),
    );
    return { openings, candidates, edges };
  });

describe('assignment plan', () => {
  it('beats one-by-one picking on a hand-made case where greedy loses', async () => {
    // The dairy opening comes first and takes Amal, its best; the warehouse is then left with Bilal (10).
    const p: PlanProblem = {
      openings: [
        { key: 'dairy', capacity: 1 },
        { key: 'warehouse', capacity: 1 },
      ],
      candidates: [
        { id: 'amal', urgency: 0 },
        { id: 'bilal', urgency: 0 },
      ],
      edges: [
        { candidateId: 'amal', openingKey: 'dairy', score: 90 },
        { candidateId: 'amal', openingKey: 'warehouse', score: 80 },
        { candidateId: 'bilal', openingKey: 'dairy', score: 85 },
        { candidateId: 'bilal', openingKey: 'warehouse', score: 10 },
      ],
    };
    const greedy = greedyPlan(p);
    expect(greedy.totalScore).toBe(100);
    const best = await plan(p);
    expect(best.totalScore).toBe(165);
    expect(best.assignments).toEqual([
      { candidateId: 'bilal', openingKey: 'dairy', score: 85 },
      { candidateId: 'amal', openingKey: 'warehouse', score: 80 },
    ]);
  });

  it('fills an opening up to its capacity and never beyond', async () => {
    const p: PlanProblem = {
      openings: [{ key: 'kitchen', capacity: 2 }],
      candidates: ['a', 'b', 'c', 'd'].map((id) => ({ id, urgency: 0 })),
      edges: [
        { candidateId: 'a', openingKey: 'kitchen', score: 50 },
        { candidateId: 'b', openingKey: 'kitchen', score: 70 },
        { candidateId: 'c', openingKey: 'kitchen', score: 60 },
        { candidateId: 'd', openingKey: 'kitchen', score: 40 },
      ],
    };
    const best = await plan(p);
    expect(best.assignments.map((a) => a.candidateId)).toEqual(['b', 'c']);
    expect(best.totalScore).toBe(130);
  });

  it('gives a person at most one opening even when they are the best for all', async () => {
    const p: PlanProblem = {
      openings: ['x', 'y', 'z'].map((key) => ({ key, capacity: 1 })),
      candidates: [{ id: 'star', urgency: 0 }],
      edges: ['x', 'y', 'z'].map((key, i) => ({ candidateId: 'star', openingKey: key, score: 90 + i })),
    };
    const best = await plan(p);
    expect(best.assignments).toEqual([{ candidateId: 'star', openingKey: 'z', score: 92 }]);
  });

  it('puts the person nearest the 6-week deadline first when scores tie, in the plan and in greedy', async () => {
    const p: PlanProblem = {
      openings: [{ key: 'shop', capacity: 1 }],
      candidates: [
        { id: 'a-far', urgency: 0 },
        { id: 'b-near', urgency: 0.9 },
        { id: 'c-mid', urgency: 0.4 },
      ],
      edges: ['a-far', 'b-near', 'c-mid'].map((id) => ({ candidateId: id, openingKey: 'shop', score: 72.5 })),
    };
    expect((await plan(p)).assignments[0]!.candidateId).toBe('b-near');
    expect(greedyPlan(p).assignments[0]!.candidateId).toBe('b-near');
  });

  it('never gives up score for a deadline: 0.1 points more beats any urgency', async () => {
    const p: PlanProblem = {
      openings: [{ key: 'shop', capacity: 1 }],
      candidates: [
        { id: 'urgent', urgency: 1 },
        { id: 'calm', urgency: 0 },
      ],
      edges: [
        { candidateId: 'urgent', openingKey: 'shop', score: 60 },
        { candidateId: 'calm', openingKey: 'shop', score: 60.1 },
      ],
    };
    expect((await plan(p)).assignments[0]!.candidateId).toBe('calm');
    expect(MAX_TOTAL_DEADLINE_BONUS).toBeLessThan(0.1);
  });

  it('gives the same plan whatever the order of its input', async () => {
    const p: PlanProblem = {
      openings: [
        { key: 'o1', capacity: 1 },
        { key: 'o2', capacity: 2 },
      ],
      candidates: ['a', 'b', 'c', 'd'].map((id) => ({ id, urgency: 0 })),
      // Ties everywhere: several optima exist, the answer must still be one and the same.
      edges: ['a', 'b', 'c', 'd'].flatMap((id) => [
        { candidateId: id, openingKey: 'o1', score: 50 },
        { candidateId: id, openingKey: 'o2', score: 50 },
      ]),
    };
    const first = await plan(p);
    const shuffled: PlanProblem = {
      openings: p.openings,
      candidates: [...p.candidates].reverse(),
      edges: [...p.edges].reverse(),
    };
    expect(await plan(shuffled)).toEqual(first);
    expect(await plan(p)).toEqual(first);
    expect(first.totalScore).toBe(150);
  });

  it('ignores openings with nothing left, unknown people and repeated edges', () => {
    const n = normaliseProblem({
      openings: [
        { key: 'full', capacity: 0 },
        { key: 'open', capacity: 1 },
        { key: 'open', capacity: 5 },
      ],
      candidates: [{ id: 'a', urgency: 3 }],
      edges: [
        { candidateId: 'a', openingKey: 'full', score: 99 },
        { candidateId: 'ghost', openingKey: 'open', score: 99 },
        { candidateId: 'a', openingKey: 'open', score: 40 },
        { candidateId: 'a', openingKey: 'open', score: 45 },
      ],
    });
    expect(n.openings).toEqual([{ key: 'open', capacity: 1 }]);
    expect(n.candidates).toEqual([{ id: 'a', urgency: 1 }]);
    expect(n.edges).toEqual([{ candidateId: 'a', openingKey: 'open', score: 45 }]);
  });

  it('refuses a fractional or over-capacity solution instead of rounding it into a wrong plan', () => {
    const p = normaliseProblem({
      openings: [{ key: 'o', capacity: 1 }],
      candidates: [
        { id: 'a', urgency: 0 },
        { id: 'b', urgency: 0 },
      ],
      edges: [
        { candidateId: 'a', openingKey: 'o', score: 10 },
        { candidateId: 'b', openingKey: 'o', score: 10 },
      ],
    });
    const model = buildModel(p);
    expect(() => readSolution(p, model, Float64Array.from([0.5, 0.5]))).toThrow(/fractional/);
    expect(() => readSolution(p, model, Float64Array.from([1, 1]))).toThrow(/over capacity/);
    expect(readSolution(p, model, Float64Array.from([1, 1e-9])).assignments).toHaveLength(1);
  });

  it('counts people whom independent per-opening picking would put forward twice', () => {
    const p: PlanProblem = {
      openings: [
        { key: 'o1', capacity: 1 },
        { key: 'o2', capacity: 1 },
        { key: 'o3', capacity: 1 },
      ],
      candidates: [
        { id: 'a', urgency: 0 },
        { id: 'b', urgency: 0 },
      ],
      edges: [
        { candidateId: 'a', openingKey: 'o1', score: 90 },
        { candidateId: 'a', openingKey: 'o2', score: 90 },
        { candidateId: 'b', openingKey: 'o2', score: 80 },
        { candidateId: 'b', openingKey: 'o3', score: 80 },
      ],
    };
    expect(peopleOnSeveralOpenings(p)).toBe(1);
  });

  it('on random problems: feasible, exactly optimal, never below greedy, and stable', async () => {
    await fc.assert(
      fc.asyncProperty(problems, async (p) => {
        const best = await plan(p);
        const greedy = greedyPlan(p);
        assertFeasible(normaliseProblem(p), best.assignments);
        assertFeasible(normaliseProblem(p), greedy.assignments);
        expect(best.totalScore).toBe(bruteForceBest(p));
        expect(best.totalScore).toBeGreaterThanOrEqual(greedy.totalScore);
        expect(await plan({ ...p, edges: [...p.edges].reverse() })).toEqual(best);
      }),
      { numRuns: 100, seed: 20261206 },
    );
  }, 60_000);

  it('solves 300 openings × 30 candidates each over 1,000 people exactly', async () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const candidates = Array.from({ length: 1_000 }, (_, i) => ({ id: `c${i}`, urgency: rnd() < 0.1 ? 1 : 0 }));
    const openings = Array.from({ length: 300 }, (_, i) => ({ key: `o${i}`, capacity: 1 + (i % 3) }));
    const edges = openings.flatMap((o) =>
      Array.from({ length: 30 }, () => ({
        candidateId: `c${Math.floor(rnd() * 1_000)}`,
        openingKey: o.key,
        score: Math.round(rnd() * 1000) / 10,
      })),
    );
    const p = { openings, candidates, edges };
    const best = await plan(p);
    assertFeasible(normaliseProblem(p), best.assignments);
    expect(best.totalScore).toBeGreaterThanOrEqual(greedyPlan(p).totalScore);
  }, 30_000);
});
