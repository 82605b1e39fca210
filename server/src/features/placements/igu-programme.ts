/**
 * IGU as a programme (integrationsgrunduddannelse): pure rules for its length, its school periods and
 * its wage floor. No I/O, no clock; the numbers come from configuration (config.rules.igu).
 */
import type { WageFloor } from '../../config.js';
import { addDays, addMonths, compareDates, daysBetween, isoWeekday, weekStart } from '../../shared/dates.js';

export interface IguProgrammeRules {
  programmeMonths: number;
  schoolWeeks: number;
  wageFloors: readonly WageFloor[];
}

export interface SchoolPeriod {
  startDate: string;
  endDate: string;
}

/** The wage floor in force on `date` (the latest period from on or before it); null before the first period. */
export function wageFloorOn(floors: readonly WageFloor[], date: string): number | null {
  let found: WageFloor | null = null;
  for (const f of floors) {
    if (compareDates(f.from, date) <= 0 && (!found || compareDates(f.from, found.from) >= 0)) found = f;
  }
  return found?.minHourlyWage ?? null;
}

/** The last day of a programme starting on `start`: two years (by default) less a day. */
export function programmeEnd(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** Whole weeks a school period spans, counted in days (a 5-week block is 35 days, or Monday to Friday of week 5). */
export function periodWeeks(p: SchoolPeriod): number {
  return Math.ceil((daysBetween(p.startDate, p.endDate) + 1) / 7);
}

/**
 * A default plan for the school weeks: blocks of at most 5 weeks, Monday to Friday, spread evenly over the
 * programme (one at the start of each part), so a new IGU placement always holds its school weeks.
 */
export function defaultSchoolPeriods(start: string, rules: Pick<IguProgrammeRules, 'programmeMonths' | 'schoolWeeks'>) {
  const periods: SchoolPeriod[] = [];
  if (rules.schoolWeeks <= 0) return periods;
  const blocks = Math.ceil(rules.schoolWeeks / 5);
  const end = programmeEnd(start, rules.programmeMonths);
  const firstMonday = isoWeekday(start) === 1 ? start : addDays(weekStart(start), 7);
  const spanWeeks = Math.floor(daysBetween(firstMonday, end) / 7);
  const stride = Math.floor(spanWeeks / blocks);
  let left = rules.schoolWeeks;
  for (let i = 0; i < blocks; i++) {
    const weeks = Math.min(5, left);
    left -= weeks;
    const monday = addDays(firstMonday, i * stride * 7);
    periods.push({ startDate: monday, endDate: addDays(monday, weeks * 7 - 3) });
  }
  return periods;
}

export type SchoolPeriodProblem =
  | { kind: 'order'; index: number }
  | { kind: 'outside'; index: number; start: string; end: string }
  | { kind: 'overlap'; index: number; other: number }
  | { kind: 'tooMany'; weeks: number; max: number };

/**
 * Checks school periods against the programme: each ends on or after its start, lies within the programme,
 * overlaps no other, and together they take no more than the programme's school weeks.
 */
export function schoolPeriodProblems(
  periods: readonly SchoolPeriod[],
  start: string,
  end: string,
  maxWeeks: number,
): SchoolPeriodProblem[] {
  const problems: SchoolPeriodProblem[] = [];
  periods.forEach((p, index) => {
    if (compareDates(p.endDate, p.startDate) < 0) problems.push({ kind: 'order', index });
    else if (compareDates(p.startDate, start) < 0 || compareDates(p.endDate, end) > 0) {
      problems.push({ kind: 'outside', index, start, end });
    }
  });
  if (problems.length) return problems;
  const sorted = periods.map((p, index) => ({ ...p, index })).sort((a, b) => compareDates(a.startDate, b.startDate));
  for (let i = 1; i < sorted.length; i++) {
    if (compareDates(sorted[i]!.startDate, sorted[i - 1]!.endDate) <= 0) {
      problems.push({ kind: 'overlap', index: sorted[i]!.index, other: sorted[i - 1]!.index });
    }
  }
  const weeks = periods.reduce((sum, p) => sum + periodWeeks(p), 0);
  if (weeks > maxWeeks) problems.push({ kind: 'tooMany', weeks, max: maxWeeks });
  return problems;
}

/** The share (0–1) of the working days (Monday–Friday) of the week starting `monday` spent at school. */
export function schoolShareOfWeek(periods: readonly SchoolPeriod[], monday: string): number {
  let days = 0;
  for (let i = 0; i < 5; i++) {
    const day = addDays(monday, i);
    if (periods.some((p) => compareDates(p.startDate, day) <= 0 && compareDates(day, p.endDate) <= 0)) days++;
  }
  return days / 5;
}

/** Wage per month at the given hours: hours × 52 weeks ÷ 12 months, in whole kroner. */
export function monthlyWage(hourlyWage: number, weeklyHours: number): number {
  return Math.round((hourlyWage * weeklyHours * 52) / 12);
}
