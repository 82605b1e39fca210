/**
 * Pure calendar-date helpers on ISO date strings ('YYYY-MM-DD').
 *
 * Everything here works on whole calendar days in UTC: no time zones, no
 * clock, no `Date.now()`. Callers pass "today" in explicitly. Invalid input
 * (wrong format, or a day that does not exist such as 2026-02-30) throws a
 * RangeError rather than silently rolling over.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function parse(date: string): Ymd {
  const match = ISO_DATE.exec(date);
  if (match) {
    const y = Number(match[1]);
    const m = Number(match[2]);
    const d = Number(match[3]);
    const probe = new Date(Date.UTC(y, m - 1, d));
    // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear undoes that.
    probe.setUTCFullYear(y);
    if (probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d) {
      return { y, m, d };
    }
  }
  throw new RangeError(`Not a valid ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

/** Days since 1970-01-01 (may be negative). */
function toDayNumber(date: string): number {
  const { y, m, d } = parse(date);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / MS_PER_DAY);
}

function fromDayNumber(days: number): string {
  const t = new Date(days * MS_PER_DAY);
  const y = t.getUTCFullYear();
  if (y < 0 || y > 9999) throw new RangeError(`Date out of range: year ${y}`);
  return `${String(y).padStart(4, '0')}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** True when `s` is an existing calendar date written as 'YYYY-MM-DD'. */
export function isIsoDate(s: string): boolean {
  try {
    parse(s);
    return true;
  } catch {
    return false;
  }
}

/** `date` plus `n` days (n may be negative). */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs a whole number of days, got ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/** Number of days from `a` to `b` (b − a): positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** -1, 0 or 1; usable as an `Array.prototype.sort` comparator. Validates both dates. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const diff = toDayNumber(a) - toDayNumber(b);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: string, b: string): string {
  return compareDates(a, b) >= 0 ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: string, b: string): string {
  return compareDates(a, b) <= 0 ? a : b;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  const dow = (((toDayNumber(date) + 3) % 7) + 7) % 7; // 0 = Monday
  return dow + 1;
}

/** The Monday of the ISO week containing `date`. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO-8601 week-numbering year and week of `date`. */
export function isoWeekParts(date: string): { year: number; week: number } {
  // The ISO week belongs to the year its Thursday falls in.
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = parse(thursday).y;
  const dayOfYear = daysBetween(`${String(year).padStart(4, '0')}-01-01`, thursday); // 0-based
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** ISO-8601 week label, e.g. '2026-W48'; 2021-01-03 → '2020-W53'. */
export function isoWeek(date: string): string {
  const { year, week } = isoWeekParts(date);
  return `${String(year).padStart(4, '0')}-W${pad2(week)}`;
}

/**
 * Whole years completed from `from` to `to` (negative when `to` is earlier).
 *
 * An anniversary is reached when the (month, day) of `to` is on or after that
 * of `from`. Consequence for 29 February: in a non-leap year the anniversary
 * is reached on 1 March, not on 28 February.
 */
export function yearsBetween(from: string, to: string): number {
  if (compareDates(to, from) < 0) return -yearsBetween(to, from);
  const a = parse(from);
  const b = parse(to);
  let years = b.y - a.y;
  if (b.m < a.m || (b.m === a.m && b.d < a.d)) years -= 1;
  return years;
}

/**
 * Age in whole years on `onDate` for someone born on `birthDate`. A person born
 * 29 February turns a year older on 1 March in non-leap years (see
 * `yearsBetween`). Throws when `onDate` is before the birth date.
 */
export function ageOn(birthDate: string, onDate: string): number {
  if (compareDates(onDate, birthDate) < 0) {
    throw new RangeError(`ageOn: ${onDate} is before the birth date ${birthDate}`);
  }
  return yearsBetween(birthDate, onDate);
}

/**
 * `date` plus `n` calendar years. 29 February maps to 1 March in a non-leap
 * target year, consistent with `yearsBetween` (so that
 * `yearsBetween(d, addYears(d, n)) === n` and the day before is n − 1).
 */
export function addYears(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addYears needs a whole number of years, got ${n}`);
  const { y, m, d } = parse(date);
  const target = y + n;
  const candidate = `${String(target).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
  if (isIsoDate(candidate)) return candidate;
  // Only 29 February can fail: the anniversary falls on 1 March.
  return `${String(target).padStart(4, '0')}-03-01`;
}

/** `date` plus `n` calendar months; a day the target month lacks becomes its last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addMonths needs a whole number of months, got ${n}`);
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + n;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${String(ty).padStart(4, '0')}-${pad2(tm)}-${pad2(Math.min(d, last))}`;
}
