import { describe, expect, it } from 'vitest';
import { uncount } from './matching.service.js';

describe('uncount: facet counts without people the index has not dropped yet', () => {
  const doc = (over: Record<string, unknown>) => ({ id: 'p', postcode: '8000', ...over });

  it('takes each person off once per distinct value, and drops values that reach zero', () => {
    const out = uncount(
      {
        languages: { ar: 3, da: 1 },
        readiness: { JOB_READY: 2 },
        iguEligible: { true: 1, false: 4 },
      },
      [doc({ languages: ['da', 'ar', 'ar'], readiness: 'JOB_READY', iguEligible: false })],
    );
    expect(out).toEqual({ languages: { ar: 2 }, readiness: { JOB_READY: 1 }, iguEligible: { true: 1, false: 3 } });
  });

  it('leaves the counts as they are without stale people, or for values the search did not count', () => {
    const counts = { languages: { ar: 3 } };
    expect(uncount(counts, [])).toBe(counts);
    expect(uncount(counts, [doc({ languages: ['so'] })])).toEqual(counts);
  });
});
