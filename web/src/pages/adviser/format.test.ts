import { describe, expect, it } from 'vitest';
import { todayIso as companyTodayIso } from '../company/lib.js';
import { addDaysIso, todayIso } from './format.js';

describe("the job centre's day", () => {
  it('is the day in Copenhagen, not in UTC, around midnight', () => {
    // 23:30 UTC on 6 December is 00:30 on 7 December in Denmark (CET, UTC+1).
    expect(todayIso(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(todayIso(new Date('2026-12-06T22:59:59Z'))).toBe('2026-12-06');
    // Summer time (CEST, UTC+2): 22:30 UTC is already the next day.
    expect(todayIso(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('is the same day on the company pages as on the adviser pages', () => {
    expect(companyTodayIso).toBe(todayIso);
  });

  it('adds days across a month and a year end', () => {
    expect(addDaysIso('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDaysIso('2026-03-01', -1)).toBe('2026-02-28');
  });
});
