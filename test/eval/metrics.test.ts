import { describe, expect, it } from 'vitest';
import { dcgAtK, gain, idealDcgAtK, mean, ndcgAtK, precisionAtK } from './metrics.js';

const grades = new Map<string, number>([
  ['a', 3],
  ['b', 2],
  ['c', 1],
  ['d', 0],
  ['e', 2],
]);

describe('gain', () => {
  it('is 2^grade − 1', () => {
    expect([0, 1, 2, 3].map(gain)).toEqual([0, 1, 3, 7]);
  });
});

describe('precision@k', () => {
  it('counts grade >= 2 as relevant, over k positions', () => {
    // a(3) d(0) b(2) c(1) e(2): relevant at 1, 3 and 5.
    expect(precisionAtK(['a', 'd', 'b', 'c', 'e'], grades, 5)).toBe(3 / 5);
    expect(precisionAtK(['a', 'd', 'b', 'c', 'e'], grades, 2)).toBe(1 / 2);
    expect(precisionAtK(['c', 'd'], grades, 2)).toBe(0);
  });

  it('treats unlabelled ids as grade 0 and missing positions as not relevant', () => {
    expect(precisionAtK(['x', 'a', 'y'], grades, 5)).toBe(1 / 5);
    expect(precisionAtK([], grades, 5)).toBe(0);
  });

  it('takes another threshold when asked', () => {
    expect(precisionAtK(['c', 'd', 'a'], grades, 3, 1)).toBe(2 / 3);
  });

  it('counts a repeated id once', () => {
    expect(precisionAtK(['a', 'a', 'b'], grades, 2)).toBe(1);
    expect(precisionAtK(['a', 'a', 'd'], grades, 2)).toBe(1 / 2);
  });

  it('rejects a k that is not a positive integer', () => {
    expect(() => precisionAtK(['a'], grades, 0)).toThrow(/positive integer/);
  });
});

describe('DCG and NDCG', () => {
  it('computes DCG with gain 2^g − 1 and log2(i + 1) discount', () => {
    // b(2) at 1: 3/1; d(0) at 2: 0; a(3) at 3: 7/log2(4) = 3.5 → 6.5
    expect(dcgAtK(['b', 'd', 'a'], grades, 3)).toBeCloseTo(6.5, 12);
    // cut at k = 2: only b counts
    expect(dcgAtK(['b', 'd', 'a'], grades, 2)).toBeCloseTo(3, 12);
    // c(1) at 2: 1/log2(3) = 0.6309297535714575
    expect(dcgAtK(['x', 'c'], grades, 10)).toBeCloseTo(0.6309297535714575, 12);
  });

  it('computes the ideal DCG from the labels sorted by grade', () => {
    // 3, 2, 2, 1, 0 → 7 + 3/log2(3) + 3/2 + 1/log2(5) + 0
    const ideal = 7 + 3 / Math.log2(3) + 1.5 + 1 / Math.log2(5);
    expect(idealDcgAtK(grades, 10)).toBeCloseTo(ideal, 12);
    expect(idealDcgAtK(grades, 10)).toBeCloseTo(10.823465818788, 9);
    // k = 2: 7 + 3/log2(3) = 8.892789260714372
    expect(idealDcgAtK(grades, 2)).toBeCloseTo(8.89278926071437, 12);
  });

  it('is 1 for the ideal order and below 1 otherwise', () => {
    expect(ndcgAtK(['a', 'b', 'e', 'c', 'd'], grades, 10)).toBeCloseTo(1, 12);
    expect(ndcgAtK(['a', 'e', 'b', 'c'], grades, 10)).toBeCloseTo(1, 12); // ties in any order
    // b, d, a at k = 3: 6.5 / (7 + 3/log2(3) + 3/2) = 6.5 / 10.392789260714372
    expect(ndcgAtK(['b', 'd', 'a'], grades, 3)).toBeCloseTo(0.6254336384, 9);
  });

  it('counts unlabelled ids as 0 and an empty list as 0', () => {
    // x, a: 7/log2(3) = 4.416508275000202; ideal at k = 2: 8.892789260714372
    expect(ndcgAtK(['x', 'a'], grades, 2)).toBeCloseTo(4.4165082750002 / 8.89278926071437, 12);
    expect(ndcgAtK([], grades, 10)).toBe(0);
  });

  it('is 0 when no label is relevant', () => {
    expect(ndcgAtK(['d'], new Map([['d', 0]]), 10)).toBe(0);
    expect(ndcgAtK(['d'], new Map(), 10)).toBe(0);
  });

  it('counts a repeated id once', () => {
    expect(dcgAtK(['a', 'a', 'b'], grades, 3)).toBeCloseTo(7 + 3 / Math.log2(3), 12);
  });
});

describe('mean', () => {
  it('averages, and is 0 for nothing', () => {
    expect(mean([0.5, 1, 0])).toBeCloseTo(0.5, 12);
    expect(mean([])).toBe(0);
  });
});
