/**
 * Ranking-quality metrics for `npm run eval:matching`. Pure functions.
 *
 * - Grades are 0..3; a returned id without a label counts as grade 0.
 * - precision@k: share of the first k positions holding a relevant result
 *   (grade >= threshold, 2 by default); missing positions (fewer than k
 *   results) count as not relevant, so the denominator is always k.
 * - NDCG@k: DCG@k / ideal DCG@k, gain 2^grade − 1, discount log2(position + 1);
 *   the ideal ranking is the labels sorted by grade. 0 when the labels hold
 *   no relevant grade (ideal DCG 0).
 * - A repeated id counts only at its first position.
 */

export type Grades = ReadonlyMap<string, number>;

export const RELEVANT_GRADE = 2;

/** Gain of one grade: 2^grade − 1. */
export function gain(grade: number): number {
  return 2 ** grade - 1;
}

function firstK(ranked: readonly string[], k: number): string[] {
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer, got ${k}`);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const id of ranked) {
    if (out.length >= k) break;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
  }
  return out;
}

const gradeOf = (grades: Grades, id: string) => grades.get(id) ?? 0;

/** Precision at k with a relevance threshold (grade >= threshold). */
export function precisionAtK(ranked: readonly string[], grades: Grades, k: number, threshold = RELEVANT_GRADE): number {
  const top = firstK(ranked, k);
  return top.filter((id) => gradeOf(grades, id) >= threshold).length / k;
}

/** DCG of grades in ranked order, over the first k. */
export function dcgOfGrades(gradesInOrder: readonly number[], k: number): number {
  let dcg = 0;
  for (let i = 0; i < Math.min(k, gradesInOrder.length); i++) dcg += gain(gradesInOrder[i]!) / Math.log2(i + 2);
  return dcg;
}

/** DCG at k of a ranked list of ids. */
export function dcgAtK(ranked: readonly string[], grades: Grades, k: number): number {
  return dcgOfGrades(
    firstK(ranked, k).map((id) => gradeOf(grades, id)),
    k,
  );
}

/** Ideal DCG at k: the labels sorted by grade, best first. */
export function idealDcgAtK(grades: Grades, k: number): number {
  return dcgOfGrades(
    [...grades.values()].sort((a, b) => b - a),
    k,
  );
}

/** Normalised DCG at k (0 when no label is relevant). */
export function ndcgAtK(ranked: readonly string[], grades: Grades, k: number): number {
  const ideal = idealDcgAtK(grades, k);
  return ideal > 0 ? dcgAtK(ranked, grades, k) / ideal : 0;
}

/** Arithmetic mean (0 for none). */
export function mean(xs: readonly number[]): number {
  return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
}
