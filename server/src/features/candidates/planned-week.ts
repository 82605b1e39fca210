/**
 * The planned week of a person: other activities plus the current step of each
 * active placement's hours plan, against the full-time goal. Pure: "today" is passed in.
 */
import { daysBetween } from '../../shared/dates.js';

export interface PlanStep {
  fromWeek: number;
  weeklyHours: number;
  ordinaryHours: number;
}

/** Week of the placement `today` falls in: 1 in the first 7 days; 0 or less before the start. */
export function placementWeek(startDate: string, today: string): number {
  return Math.floor(daysBetween(startDate, today) / 7) + 1;
}

/** The step that applies in `today`'s week: the last one with fromWeek ≤ that week; null before the first step. */
export function currentStep(plan: readonly PlanStep[], startDate: string, today: string): PlanStep | null {
  const week = placementWeek(startDate, today);
  let current: PlanStep | null = null;
  for (const step of [...plan].sort((a, b) => a.fromWeek - b.fromWeek)) {
    if (step.fromWeek <= week) current = step;
  }
  return current;
}

/** Sums activities and placement hours; the gap is what is missing to the goal, never negative. */
export function weekTotals(activityHours: readonly number[], placementHours: readonly number[], goal: number) {
  const round = (n: number) => Math.round(n * 100) / 100;
  const placement = round(placementHours.reduce((s, h) => s + h, 0));
  const total = round(activityHours.reduce((s, h) => s + h, 0) + placement);
  return { placementHours: placement, total, goal, gap: round(Math.max(0, goal - total)) };
}
