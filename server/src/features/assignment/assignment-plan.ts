/**
 * The whole-portfolio assignment plan as a pure model: people × openings with an edge where the
 * person may take the opening, weight = match score plus a tie-breaking bonus for a near 6-week
 * activation deadline. Each person takes at most one opening, each opening at most its
 * `capacity` (openings left) people. This is a transportation problem: its LP relaxation has an
 * integral optimum, so an LP solver (HiGHS, `highs-solver.ts`) solves it exactly.
 *
 * Pure and deterministic: no I/O, no clock. The model, the greedy pass and the reading of a
 * solution live here so they are unit-tested without a database.
 */

export interface PlanOpening {
  /** Unique over tasks and IGU slots, e.g. `task:<id>` or `igu:<id>`. */
  key: string;
  /** How many more people the opening takes (openings left); 0 takes nobody. */
  capacity: number;
}

export interface PlanCandidate {
  id: string;
  /**
   * 0…1: how close the person's 6-week activation deadline is (1 = today or passed, 0 = far or
   * the rule does not apply). Only breaks ties between equal scores.
   */
  urgency: number;
}

export interface PlanEdge {
  candidateId: string;
  openingKey: string;
  /** The match score, 0–100. */
  score: number;
}

export interface PlanProblem {
  /** In the order a consultant would take them one by one (the greedy pass follows it). */
  openings: PlanOpening[];
  candidates: PlanCandidate[];
  edges: PlanEdge[];
}

export interface PlanAssignment {
  candidateId: string;
  openingKey: string;
  score: number;
}

export interface PlanResult {
  /** Sorted by opening key, then score (best first), then candidate id. */
  assignments: PlanAssignment[];
  /** Sum of the match scores (without the tie bonus), rounded to one decimal. */
  totalScore: number;
}

/** The LP in HiGHS's sparse form: one column per edge, one row per person then one per opening. */
export interface PlanModel {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  matrix: {
    format: 'csc';
    numRows: number;
    numCols: number;
    starts: Int32Array;
    indices: Int32Array;
    values: Float64Array;
  };
  /** The edge behind each column. */
  edges: PlanEdge[];
}

/**
 * The deadline bonus is at most this many score points over the WHOLE plan: scores carry one
 * decimal, so a plan never gives up score for deadlines, it only prefers people with a near
 * deadline among plans of equal score.
 */
export const MAX_TOTAL_DEADLINE_BONUS = 0.05;
/** A column value this far from 0 or 1 means the solver did not return a vertex. */
const INTEGRALITY_TOLERANCE = 1e-6;

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round1 = (x: number) => Math.round(x * 10) / 10;
const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * A canonical problem: openings with capacity > 0 (order kept, duplicates dropped), candidates by
 * id, edges only between known nodes, one per pair (the best score), sorted by opening then
 * candidate. Every later step reads only this, so the same input always gives the same output.
 */
export function normaliseProblem(p: PlanProblem): PlanProblem {
  const seenOpening = new Set<string>();
  const openings = p.openings.filter((o) => {
    if (seenOpening.has(o.key) || !(o.capacity >= 1)) return false;
    seenOpening.add(o.key);
    return true;
  });
  const openingKeys = new Set(openings.map((o) => o.key));
  const byId = new Map<string, PlanCandidate>();
  for (const c of p.candidates) if (!byId.has(c.id)) byId.set(c.id, { id: c.id, urgency: clamp01(c.urgency) });
  const candidates = [...byId.values()].sort((a, b) => cmp(a.id, b.id));
  const best = new Map<string, PlanEdge>();
  for (const e of p.edges) {
    if (!openingKeys.has(e.openingKey) || !byId.has(e.candidateId) || !Number.isFinite(e.score)) continue;
    const k = `${e.openingKey}\u0000${e.candidateId}`;
    const prev = best.get(k);
    if (!prev || e.score > prev.score) best.set(k, e);
  }
  const edges = [...best.values()].sort((a, b) => cmp(a.openingKey, b.openingKey) || cmp(a.candidateId, b.candidateId));
  return { openings: openings.map((o) => ({ key: o.key, capacity: Math.floor(o.capacity) })), candidates, edges };
}

/** How many people the plan can place at most: bounds the total deadline bonus. */
function maxPlaced(p: PlanProblem): number {
  const cap = p.openings.reduce((s, o) => s + o.capacity, 0);
  return Math.max(1, Math.min(cap, p.candidates.length));
}

/** Objective weight of each edge: score + a bonus for urgency small enough never to outweigh a score step. */
export function edgeWeights(p: PlanProblem): (e: PlanEdge) => number {
  const perPerson = MAX_TOTAL_DEADLINE_BONUS / maxPlaced(p);
  const urgency = new Map(p.candidates.map((c) => [c.id, c.urgency]));
  return (e) => e.score + perPerson * (urgency.get(e.candidateId) ?? 0);
}

/** Builds the LP of a normalised problem (maximise Σ weight·x, x ∈ [0,1], rows ≤ 1 or ≤ capacity). */
export function buildModel(p: PlanProblem): PlanModel {
  const personRow = new Map(p.candidates.map((c, i) => [c.id, i]));
  const openingRow = new Map(p.openings.map((o, i) => [o.key, p.candidates.length + i]));
  const weight = edgeWeights(p);
  const n = p.edges.length;
  const numRows = p.candidates.length + p.openings.length;
  const starts = new Int32Array(n + 1);
  const indices = new Int32Array(2 * n);
  const values = new Float64Array(2 * n).fill(1);
  const colCost = new Float64Array(n);
  p.edges.forEach((e, j) => {
    starts[j] = 2 * j;
    indices[2 * j] = personRow.get(e.candidateId)!;
    indices[2 * j + 1] = openingRow.get(e.openingKey)!;
    colCost[j] = weight(e);
  });
  starts[n] = 2 * n;
  const rowUpper = new Float64Array(numRows);
  rowUpper.fill(1, 0, p.candidates.length);
  p.openings.forEach((o, i) => {
    rowUpper[p.candidates.length + i] = o.capacity;
  });
  return {
    numCols: n,
    numRows,
    colCost,
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: new Float64Array(numRows),
    rowUpper,
    matrix: { format: 'csc', numRows, numCols: n, starts, indices, values },
    edges: p.edges,
  };
}

/** Orders assignments for output and sums their scores. */
function result(assignments: PlanAssignment[]): PlanResult {
  const sorted = [...assignments].sort(
    (a, b) => cmp(a.openingKey, b.openingKey) || b.score - a.score || cmp(a.candidateId, b.candidateId),
  );
  return { assignments: sorted, totalScore: round1(sorted.reduce((s, a) => s + a.score, 0)) };
}

/**
 * Reads the solver's column values: every value must be 0 or 1 within tolerance (the
 * transportation LP's optimum is a vertex, hence integral) and the rounded plan must respect
 * every capacity; anything else is a solver failure, never silently a wrong plan.
 */
export function readSolution(p: PlanProblem, model: PlanModel, colValue: ArrayLike<number>): PlanResult {
  if (colValue.length !== model.numCols)
    throw new Error(`solver returned ${colValue.length} values for ${model.numCols} columns`);
  const chosen: PlanAssignment[] = [];
  for (let j = 0; j < model.numCols; j++) {
    const v = colValue[j]!;
    const r = Math.round(v);
    if (Math.abs(v - r) > INTEGRALITY_TOLERANCE || (r !== 0 && r !== 1))
      throw new Error(`solver returned a fractional plan (column ${j} = ${v})`);
    if (r === 1) {
      const e = model.edges[j]!;
      chosen.push({ candidateId: e.candidateId, openingKey: e.openingKey, score: e.score });
    }
  }
  assertFeasible(p, chosen);
  return result(chosen);
}

/** Throws unless each person has at most one opening and each opening at most its capacity. */
export function assertFeasible(p: PlanProblem, assignments: PlanAssignment[]): void {
  const capacity = new Map(p.openings.map((o) => [o.key, o.capacity]));
  const people = new Set<string>();
  const used = new Map<string, number>();
  for (const a of assignments) {
    if (people.has(a.candidateId)) throw new Error(`person ${a.candidateId} assigned twice`);
    people.add(a.candidateId);
    const n = (used.get(a.openingKey) ?? 0) + 1;
    if (n > (capacity.get(a.openingKey) ?? 0)) throw new Error(`opening ${a.openingKey} over capacity`);
    used.set(a.openingKey, n);
  }
}

/** Each opening's edges, best first (weight, then candidate id). */
function edgesByOpening(p: PlanProblem): Map<string, PlanEdge[]> {
  const weight = edgeWeights(p);
  const by = new Map<string, PlanEdge[]>(p.openings.map((o) => [o.key, []]));
  for (const e of p.edges) by.get(e.openingKey)!.push(e);
  for (const list of by.values()) list.sort((a, b) => weight(b) - weight(a) || cmp(a.candidateId, b.candidateId));
  return by;
}

/**
 * One-by-one picking, as a consultant working down the list of openings would: each opening in
 * turn takes its best people who are still free, up to its capacity.
 */
export function greedyPlan(problem: PlanProblem): PlanResult {
  const p = normaliseProblem(problem);
  const by = edgesByOpening(p);
  const taken = new Set<string>();
  const chosen: PlanAssignment[] = [];
  for (const o of p.openings) {
    let left = o.capacity;
    for (const e of by.get(o.key)!) {
      if (left === 0) break;
      if (taken.has(e.candidateId)) continue;
      taken.add(e.candidateId);
      chosen.push({ candidateId: e.candidateId, openingKey: o.key, score: e.score });
      left--;
    }
  }
  return result(chosen);
}

/**
 * Each opening's top picks taken independently (as when every opening is matched on its own):
 * how many people would then be put forward for more than one opening at once.
 */
export function peopleOnSeveralOpenings(problem: PlanProblem): number {
  const p = normaliseProblem(problem);
  const by = edgesByOpening(p);
  const count = new Map<string, number>();
  for (const o of p.openings) {
    for (const e of by.get(o.key)!.slice(0, o.capacity)) {
      count.set(e.candidateId, (count.get(e.candidateId) ?? 0) + 1);
    }
  }
  return [...count.values()].filter((n) => n > 1).length;
}

/** Solves the column values of a model: the HiGHS adapter in production, anything exact in tests. */
export type LpSolver = (model: PlanModel) => Promise<Float64Array> | Float64Array;

/** The exact plan: normalise, build the LP, solve, read and check the solution. */
export async function solvePlan(problem: PlanProblem, solve: LpSolver): Promise<PlanResult> {
  const p = normaliseProblem(problem);
  if (!p.edges.length) return { assignments: [], totalScore: 0 };
  const model = buildModel(p);
  return readSolution(p, model, await solve(model));
}
