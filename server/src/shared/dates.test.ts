import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  ageOn,
  compareDates,
  daysBetween,
  isIsoDate,
  isoWeek,
  isoWeekday,
  isoWeekParts,
  maxDate,
  minDate,
  weekStart,
  yearsBetween,
} from './dates.js';

describe('validation', () => {
  it('accepts real dates and rejects malformed or non-existent ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });

  it('throws a RangeError on invalid input instead of rolling over', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2026-01-01', 'tomorrow')).toThrow(/Not a valid ISO date/);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
  });
});

describe('addDays / daysBetween', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-23', 0)).toBe('2026-11-23');
    expect(addDays('2026-10-23', 42)).toBe('2026-12-04');
  });

  it('is not affected by daylight-saving changes (pure UTC day arithmetic)', () => {
    // Danish DST ends 2026-10-25 and starts 2026-03-29.
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('returns b − a', () => {
    expect(daysBetween('2026-01-01', '2026-01-15')).toBe(14);
    expect(daysBetween('2026-01-15', '2026-01-01')).toBe(-14);
    expect(daysBetween('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('round-trips', () => {
    for (const n of [-400, -1, 0, 1, 59, 365, 1000]) {
      expect(daysBetween('2024-02-29', addDays('2024-02-29', n))).toBe(n);
    }
  });
});

describe('compareDates / minDate / maxDate', () => {
  it('orders dates', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareDates)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-03-01',
    ]);
    expect(maxDate('2026-01-01', '2025-06-01')).toBe('2026-01-01');
    expect(minDate('2026-01-01', '2025-06-01')).toBe('2025-06-01');
  });
});

describe('isoWeek', () => {
  it.each([
    ['2026-11-23', '2026-W48'],
    ['2026-01-01', '2026-W01'], // Thursday: week 1 of 2026
    ['2025-12-28', '2025-W52'],
    ['2025-12-29', '2026-W01'], // Monday of 2026-W01 lies in 2025
    ['2026-12-31', '2026-W53'], // 2026 starts on a Thursday: 53 weeks
    ['2027-01-01', '2026-W53'], // Friday: still the last week of 2026
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'], // Sunday
    ['2021-01-04', '2021-W01'], // Monday
    ['2024-12-30', '2025-W01'], // Monday in December, week 1 of the next year
    ['2019-12-30', '2020-W01'],
  ])('%s → %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('exposes year and week numbers', () => {
    expect(isoWeekParts('2021-01-03')).toEqual({ year: 2020, week: 53 });
  });
});

describe('isoWeekday / weekStart', () => {
  it('numbers Monday 1 … Sunday 7', () => {
    expect(isoWeekday('2026-11-23')).toBe(1); // Monday
    expect(isoWeekday('2026-11-29')).toBe(7); // Sunday
    expect(isoWeekday('1970-01-01')).toBe(4); // Thursday
    expect(isoWeekday('1969-12-29')).toBe(1); // before the epoch
  });

  it('returns the Monday of the week, across month and year', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(weekStart('2021-01-03')).toBe('2020-12-28');
    expect(weekStart('2026-03-01')).toBe('2026-02-23');
  });
});

describe('ageOn / yearsBetween', () => {
  it('counts a birthday on the day itself, not the day before', () => {
    expect(ageOn('2008-03-15', '2026-03-14')).toBe(17);
    expect(ageOn('2008-03-15', '2026-03-15')).toBe(18);
    expect(ageOn('2008-03-15', '2026-03-16')).toBe(18);
    expect(ageOn('2008-03-15', '2008-03-15')).toBe(0);
  });

  it('leap-day birthday: the anniversary is 1 March in non-leap years', () => {
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
    // In a leap year the birthday exists.
    expect(ageOn('2004-02-29', '2024-02-28')).toBe(19);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('rejects an onDate before birth', () => {
    expect(() => ageOn('2000-01-02', '2000-01-01')).toThrow(RangeError);
  });

  it('yearsBetween is signed', () => {
    expect(yearsBetween('2021-06-01', '2026-06-01')).toBe(5);
    expect(yearsBetween('2021-06-01', '2026-05-31')).toBe(4);
    expect(yearsBetween('2026-06-01', '2021-06-01')).toBe(-5);
    expect(yearsBetween('2026-06-01', '2026-06-01')).toBe(0);
  });
});

describe('addYears', () => {
  it('adds calendar years, mapping 29 February to 1 March in non-leap years', () => {
    expect(addYears('2021-06-01', 5)).toBe('2026-06-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-03-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-06-01', -5)).toBe('2021-06-01');
  });

  it('is consistent with yearsBetween', () => {
    for (const d of ['2024-02-29', '2020-12-31', '2021-01-01']) {
      for (const n of [1, 4, 5, 18]) {
        expect(yearsBetween(d, addYears(d, n))).toBe(n);
        expect(yearsBetween(d, addDays(addYears(d, n), -1))).toBe(n - 1);
      }
    }
  });
});
