/** Small builders of row values: the calendar of offsets from today, names, postcodes, hours plans. */

import { addDays, addYears, daysBetween } from '../../../shared/dates.js';
import type { Rng } from './random.js';
import { DANISH_POOL, NAME_POOLS, type NamePool, type Pc, POOL_WEIGHTS, type Region } from './reference-tables.js';
import type { HoursPlanStepRow } from './rows.js';

/** Rounds to half hours. */
export const half = (x: number): number => Math.round(x * 2) / 2;
export const floorHalf = (x: number): number => Math.floor(x * 2) / 2;

/**
 * Dates as whole-day offsets from `today` (negative: in the past). The generator does its
 * arithmetic on these integers and turns them into 'YYYY-MM-DD' strings (through
 * shared/dates.ts, memoised) and timestamps only when it writes a row.
 */
export class Calendar {
  private readonly epochDay: number;
  private readonly dates = new Map<number, string>();
  private readonly ages = new Map<number, number>();
  private readonly offsets = new Map<string, number>();

  /** `now`: the moment of generation; no timestamp is later (default: the end of `today`). */
  constructor(
    readonly today: string,
    private readonly now: number = (daysBetween('1970-01-01', today) + 1) * 86_400_000 - 1,
  ) {
    this.epochDay = daysBetween('1970-01-01', today);
  }

  /** The date `offset` days from today. */
  date(offset: number): string {
    let d = this.dates.get(offset);
    if (d === undefined) {
      d = addDays(this.today, offset);
      this.dates.set(offset, d);
    }
    return d;
  }

  /** The offset from today of a date (the inverse of `date`). */
  offsetOf(date: string): number {
    let o = this.offsets.get(date);
    if (o === undefined) {
      o = daysBetween(this.today, date);
      this.offsets.set(date, o);
    }
    return o;
  }

  /**
   * A timestamp `offset` days from today at hh:mm UTC, but never after `now`: a demo follow-up
   * dated today must not look recorded later than one a user records this morning.
   */
  at(offset: number, hour = 9, minute = 0): Date {
    return new Date(Math.min(this.now, (this.epochDay + offset) * 86_400_000 + (hour * 60 + minute) * 60_000));
  }

  /** The offset of the day exactly `years` calendar years before today. */
  yearsAgo(years: number): number {
    let o = this.ages.get(years);
    if (o === undefined) {
      o = daysBetween(this.today, addYears(this.today, -years));
      this.ages.set(years, o);
    }
    return o;
  }
}

export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

export function pickPostcode(rng: Rng, region: Region): Pc {
  return rng.weighted(region.postcodes.map((p) => [p, p[2]] as const));
}

export function personName(rng: Rng, danishShare: number): string {
  const pool = rng.chance(danishShare) ? DANISH_POOL : (NAME_POOLS[rng.weighted(POOL_WEIGHTS)] as NamePool);
  return `${rng.pick(pool.first)} ${rng.pick(pool.last)}`;
}

/** The hours-plan step in force in week `week` (1 = the first week). */
export function stepAt(plan: readonly HoursPlanStepRow[], week: number): HoursPlanStepRow {
  let current = plan[0] as HoursPlanStepRow;
  for (const s of plan) if (s.fromWeek <= week) current = s;
  return current;
}

/**
 * A rising hours plan: steps every 3 weeks from `w0` to `wMax` weekly hours, ordinary hours from
 * `o0` to `oMax`; every step holds at least as many hours as the one before.
 */
export function risingPlan(steps: number, w0: number, wMax: number, o0: number, oMax: number): HoursPlanStepRow[] {
  const n = Math.max(2, steps);
  const plan: HoursPlanStepRow[] = [];
  for (let i = 0; i < n; i++) {
    const f = i / (n - 1);
    const weeklyHours = Math.min(37, half(w0 + (wMax - w0) * f));
    const ordinaryHours = Math.min(weeklyHours, half(o0 + (oMax - o0) * f));
    plan.push({ fromWeek: 1 + 3 * i, weeklyHours, ordinaryHours });
  }
  return plan;
}
