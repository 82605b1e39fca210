/**
 * Hours progress: pure functions from placements (hours plans and follow-ups)
 * plus `today` ('YYYY-MM-DD') to one row per ISO week. No I/O, no clock.
 *
 * - Placement weeks count ISO weeks: week 1 is the ISO week (Monday–Sunday)
 *   that holds the start date, week 2 the next one, and so on.
 * - The plan step in force in week n is the last step with `fromWeek` ≤ n.
 * - Planned hours of a week: the sum over the placements active in that week
 *   (started on or before its Sunday, and not ended before its Monday).
 * - Attended and ordinary hours of a week: from the follow-ups dated in that
 *   week; per placement the latest one counts (by date, then by when it was
 *   recorded), summed over placements; null when no follow-up was dated in it.
 */
import { addDays, compareDates, daysBetween, isoWeek, weekStart } from '../../shared/dates.js';
import { type SchoolPeriod, schoolShareOfWeek } from './igu-programme.js';

export interface PlanStep {
  fromWeek: number;
  weeklyHours: number;
  ordinaryHours: number;
}

export interface ProgressFollowUp {
  date: string;
  attendedHours: number;
  ordinaryHours: number;
  /** Tie-break among follow-ups on the same date (ISO timestamp); later wins. Else the later in the input. */
  recordedAt?: string;
  /** The next follow-up agreed at this one, if any. */
  nextFollowUpDate?: string | null;
}

export interface ProgressPlacement {
  startDate: string;
  /** The actual end of an ended placement; null while it is active. */
  endDate: string | null;
  hoursPlan: readonly PlanStep[];
  followUps: readonly ProgressFollowUp[];
  /** IGU: school periods; their share of a week's planned hours is school, not work. */
  schoolPeriods?: readonly SchoolPeriod[];
}

export interface WeekHoursRow {
  /** ISO week label, e.g. '2026-W48'. */
  week: string;
  /** The Monday of the week. */
  weekStart: string;
  plannedHours: number;
  plannedOrdinaryHours: number;
  /** Of the planned hours, those at IGU school (the school periods' share of the week). */
  plannedSchoolHours: number;
  attendedHours: number | null;
  ordinaryHours: number | null;
}

/** The placement week that holds `date`: 1 for the ISO week of the start date; 0 or less before it. */
export function placementWeek(startDate: string, date: string): number {
  return daysBetween(weekStart(startDate), weekStart(date)) / 7 + 1;
}

/** The plan step in force in placement week `week`; null before week 1 or when no step applies yet. */
export function stepForWeek(plan: readonly PlanStep[], week: number): PlanStep | null {
  if (week < 1) return null;
  let found: PlanStep | null = null;
  for (const step of plan) {
    if (step.fromWeek <= week && (found === null || step.fromWeek >= found.fromWeek)) found = step;
  }
  return found;
}

/** The latest follow-up by date, then by `recordedAt`, then by input order. */
export function latestOf<F extends ProgressFollowUp>(followUps: readonly F[]): F | null {
  let latest: F | null = null;
  for (const f of followUps) {
    if (latest === null) {
      latest = f;
      continue;
    }
    const byDate = compareDates(f.date, latest.date);
    if (byDate > 0) latest = f;
    else if (byDate === 0 && (f.recordedAt ?? '') >= (latest.recordedAt ?? '')) latest = f;
  }
  return latest;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** One row per ISO week from the week of the first placement start up to and including the week of `today`. */
export function hoursProgress(placements: readonly ProgressPlacement[], today: string): WeekHoursRow[] {
  if (placements.length === 0) return [];
  const first = placements.map((p) => p.startDate).reduce((a, b) => (compareDates(a, b) <= 0 ? a : b));
  const lastMonday = weekStart(today);
  const rows: WeekHoursRow[] = [];
  for (let monday = weekStart(first); compareDates(monday, lastMonday) <= 0; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    let planned = 0;
    let plannedOrdinary = 0;
    let plannedSchool = 0;
    let attended: number | null = null;
    let ordinary: number | null = null;
    for (const p of placements) {
      const active =
        compareDates(p.startDate, sunday) <= 0 && (p.endDate === null || compareDates(p.endDate, monday) >= 0);
      if (active) {
        const step = stepForWeek(p.hoursPlan, placementWeek(p.startDate, monday));
        if (step) {
          planned += step.weeklyHours;
          plannedOrdinary += step.ordinaryHours;
          if (p.schoolPeriods?.length) plannedSchool += step.weeklyHours * schoolShareOfWeek(p.schoolPeriods, monday);
        }
      }
      const inWeek = p.followUps.filter((f) => compareDates(f.date, monday) >= 0 && compareDates(f.date, sunday) <= 0);
      const latest = latestOf(inWeek);
      if (latest) {
        attended = (attended ?? 0) + latest.attendedHours;
        ordinary = (ordinary ?? 0) + latest.ordinaryHours;
      }
    }
    rows.push({
      week: isoWeek(monday),
      weekStart: monday,
      plannedHours: round(planned),
      plannedOrdinaryHours: round(plannedOrdinary),
      plannedSchoolHours: round(plannedSchool),
      attendedHours: attended === null ? null : round(attended),
      ordinaryHours: ordinary === null ? null : round(ordinary),
    });
  }
  return rows;
}

export interface PlacementWeekRow extends WeekHoursRow {
  /** Placement week, 1 = the ISO week of the start date. */
  placementWeek: number;
  /** No follow-up dated in this week, though one had fallen due by its end and that day has passed. */
  overdue: boolean;
}

/**
 * One placement's weeks from its start to this week (or its end week): planned hours from its plan,
 * attended and ordinary from the latest follow-up dated in the week (null: a gap, never a guess).
 * A week without a follow-up is overdue when a follow-up had fallen due by its Sunday and before
 * `today`: due is the next date agreed at the latest earlier follow-up, else that follow-up (or the
 * start) plus `intervalDays`.
 */
export function placementWeeks(p: ProgressPlacement, today: string, intervalDays: number): PlacementWeekRow[] {
  const last = p.endDate && compareDates(p.endDate, today) < 0 ? p.endDate : today;
  if (compareDates(p.startDate, last) > 0) return [];
  const rows: PlacementWeekRow[] = [];
  for (let monday = weekStart(p.startDate); compareDates(monday, last) <= 0; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    const week = placementWeek(p.startDate, monday);
    const step = stepForWeek(p.hoursPlan, week);
    const latest = latestOf(
      p.followUps.filter((f) => compareDates(f.date, monday) >= 0 && compareDates(f.date, sunday) <= 0),
    );
    let overdue = false;
    if (!latest) {
      const before = latestOf(p.followUps.filter((f) => compareDates(f.date, monday) < 0));
      const due = before?.nextFollowUpDate ?? addDays(before?.date ?? p.startDate, intervalDays);
      overdue = compareDates(due, sunday) <= 0 && compareDates(due, today) < 0;
    }
    rows.push({
      week: isoWeek(monday),
      weekStart: monday,
      placementWeek: week,
      plannedHours: round(step?.weeklyHours ?? 0),
      plannedOrdinaryHours: round(step?.ordinaryHours ?? 0),
      plannedSchoolHours: round(
        step && p.schoolPeriods?.length ? step.weeklyHours * schoolShareOfWeek(p.schoolPeriods, monday) : 0,
      ),
      attendedHours: latest ? round(latest.attendedHours) : null,
      ordinaryHours: latest ? round(latest.ordinaryHours) : null,
      overdue,
    });
  }
  return rows;
}
