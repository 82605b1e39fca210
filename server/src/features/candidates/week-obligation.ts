/**
 * The planned week against the obligation (issue 16.3): a person's placement hours (every ACTIVE
 * placement, running or planned to start later) plus weekly activities, held against full time
 * (37) and the person's hour goal. One pure module, called by every mutation that changes the week
 * (start or change a placement, add or change activities) and by the person's page. "Today" is passed in.
 */
import { addDays, compareDates } from '../../shared/dates.js';
import { currentStep, type PlanStep } from './planned-week.js';

export interface WeekPlacement {
  startDate: string;
  /** Null: open-ended. A planned end already past (the placement still runs) counts as today. */
  plannedEndDate: string | null;
  hoursPlan: readonly PlanStep[];
}

export interface WeekFacts {
  activityHours: readonly number[];
  /** ACTIVE placements only (running or not yet started); ended ones hold no hours. */
  placements: readonly WeekPlacement[];
}

export interface PeakWeek {
  /** The first day of the heaviest week from today on. */
  date: string;
  placementHours: number;
  activityHours: number;
  total: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Planned hours of one placement on `day`: its step that week, 0 outside its period. */
function hoursOn(p: WeekPlacement, day: string, today: string): number {
  if (compareDates(day, p.startDate) < 0) return 0;
  // A planned end already past while the placement still runs: it holds its hours until today.
  const end = p.plannedEndDate && compareDates(p.plannedEndDate, today) < 0 ? today : p.plannedEndDate;
  if (end && compareDates(day, end) > 0) return 0;
  return currentStep(p.hoursPlan, p.startDate, day)?.weeklyHours ?? 0;
}

/**
 * The heaviest week from today on. Hours change only where a placement starts or moves to its next
 * step, so the week is evaluated at today and at each of those days still ahead; the largest total wins
 * (the earliest day on a tie). Activities run every week.
 */
export function peakWeek(f: WeekFacts, today: string): PeakWeek {
  const days = new Set<string>([today]);
  for (const p of f.placements) {
    for (const step of p.hoursPlan) {
      const day = addDays(p.startDate, (step.fromWeek - 1) * 7);
      if (compareDates(day, today) > 0) days.add(day);
    }
  }
  const activityHours = round2(sum(f.activityHours));
  let best: PeakWeek | null = null;
  for (const day of [...days].sort(compareDates)) {
    const placementHours = round2(sum(f.placements.map((p) => hoursOn(p, day, today))));
    const total = round2(placementHours + activityHours);
    if (!best || total > best.total) best = { date: day, placementHours, activityHours, total };
  }
  return best!;
}

export type WeekVerdict =
  /** At or below full time, or no heavier than before the change. */
  | { kind: 'OK' }
  /** Above full time and heavier than before: refused unless the adviser confirms an exception. */
  | { kind: 'NEEDS_EXCEPTION'; peak: PeakWeek; over: number }
  /** Above full time with the adviser's reason: allowed, and the exception is recorded. */
  | { kind: 'EXCEPTION'; peak: PeakWeek; over: number };

/**
 * The rule for a change of the week: the week after the change may exceed full time only with an
 * exception. A change that does not make an over-full week heavier (a mentor's name, fewer hours) needs
 * none, so a week confirmed once is not asked again for every small edit.
 */
export function judgeWeekChange(
  before: PeakWeek | null,
  after: PeakWeek,
  fullTimeHours: number,
  exceptionReason: string | null | undefined,
): WeekVerdict {
  if (after.total <= fullTimeHours) return { kind: 'OK' };
  if (before && after.total <= before.total) return { kind: 'OK' };
  const over = round2(after.total - fullTimeHours);
  return exceptionReason?.trim()
    ? { kind: 'EXCEPTION', peak: after, over }
    : { kind: 'NEEDS_EXCEPTION', peak: after, over };
}

export interface WeekStatus {
  /** This week's total (placements' current step plus activities). */
  total: number;
  goal: number;
  /** Hours missing to the goal this week; 0 when reached. */
  gap: number;
  peak: PeakWeek;
  /** This week is below the person's hour goal: the page warns. */
  belowGoal: boolean;
  /** The heaviest week ahead is above full time (only possible with a confirmed exception, or from before the rule). */
  overFullTime: boolean;
}

/** The person's week for the page: this week against the goal, the heaviest week ahead against full time. */
export function weekStatus(f: WeekFacts, goal: number, fullTimeHours: number, today: string): WeekStatus {
  const nowPlacement = round2(sum(f.placements.map((p) => hoursOn(p, today, today))));
  const total = round2(nowPlacement + sum(f.activityHours));
  const peak = peakWeek(f, today);
  return {
    total,
    goal,
    gap: round2(Math.max(0, goal - total)),
    peak,
    belowGoal: total < goal,
    overFullTime: peak.total > fullTimeHours,
  };
}
