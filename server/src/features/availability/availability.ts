/**
 * Free hours and openings left: the arithmetic behind availability and capacity, in one pure
 * module. The services (in the same transaction as every change), the demo data generator and
 * the drift check all call these functions, so they cannot disagree. "Today" is passed in.
 */
import { addDays, compareDates } from '../../shared/dates.js';
import { currentStep, type PlanStep } from '../candidates/planned-week.js';

export type ReadinessKey = 'JOB_READY' | 'ACTIVITY_READY' | 'EDUCATION_READY';

export interface HourGoalRules {
  hourGoals: Record<ReadinessKey, number>;
  fullTimeHours: number;
}

/**
 * The person's hour goal: the adviser's individual goal when one is set, else the goal for the
 * person's readiness; never above full time.
 */
export function hourGoal(readiness: ReadinessKey, individualGoal: number | null, rules: HourGoalRules): number {
  const goal = individualGoal ?? rules.hourGoals[readiness] ?? rules.fullTimeHours;
  return Math.min(goal, rules.fullTimeHours);
}

/**
 * Proposal statuses that reserve the opening's hours of the person: sent to the company and not yet
 * answered, or accepted. A shortlist entry (SUGGESTED) does not: it is the consultant's private list,
 * one person may sit on several, and nothing has been promised to a company yet.
 */
export const RESERVING_PROPOSAL_STATUSES = ['PROPOSED', 'ACCEPTED'] as const;
/** Proposal statuses that take one of the opening's places: the company said yes. */
export const PLACE_TAKING_PROPOSAL_STATUSES = ['ACCEPTED'] as const;

/** Task statuses in which proposals on the task still reserve the person's hours. */
export const OPEN_TASK_STATUSES: readonly string[] = ['DRAFT', 'OPEN', 'IN_PROGRESS'];

/**
 * Whether pending proposals on an opening still reserve hours (ProposalFact.openingOpen): a task not
 * yet solved or closed, an IGU slot not closed.
 */
export function openingTakesProposals(kind: 'task' | 'iguSlot', status: string): boolean {
  return kind === 'task' ? OPEN_TASK_STATUSES.includes(status) : status !== 'CLOSED';
}

export interface PlacementFact {
  /**
   * ACTIVE covers both running and planned (start date still ahead) placements. A DRAFT (an agreement waiting
   * for approval) reserves the person's hours and takes a place; WITHDRAWN, REFUSED and ENDED hold nothing.
   */
  status: 'DRAFT' | 'ACTIVE' | 'ENDED' | 'WITHDRAWN' | 'REFUSED';
  candidateId: string;
  startDate: string;
  plannedEndDate: string | null;
  hoursPlan: readonly PlanStep[];
  /** The task or IGU slot the placement fills, if any. */
  openingId: string | null;
}

export interface ProposalFact {
  status: string;
  candidateId: string;
  openingId: string;
  /** The opening's weekly hours: what a pending proposal reserves. */
  weeklyHours: number;
  /** False once the task is solved or closed, or the IGU slot closed: its proposals reserve nothing. */
  openingOpen: boolean;
}

/**
 * A proposal has become a placement when the person has (or had) a placement on the same opening:
 * from then on the placement counts, not the proposal (no double counting, and an ended placement
 * frees the hours and the place).
 */
function realised(p: ProposalFact, placements: readonly PlacementFact[]): boolean {
  return placements.some((pl) => pl.openingId === p.openingId && pl.candidateId === p.candidateId);
}

/** Planned hours of a placement this week; one that has not started yet already holds its first step. */
function planHoursThisWeek(p: PlacementFact, today: string): number {
  if (!p.hoursPlan.length) return 0;
  if (compareDates(p.startDate, today) > 0) {
    const first = [...p.hoursPlan].sort((a, b) => a.fromWeek - b.fromWeek)[0];
    return first?.weeklyHours ?? 0;
  }
  return currentStep(p.hoursPlan, p.startDate, today)?.weeklyHours ?? 0;
}

/** Planned hours of an ACTIVE placement this week; one that has not started yet already holds its first step. */
export function placementHoursThisWeek(p: PlacementFact, today: string): number {
  return p.status === 'ACTIVE' ? planHoursThisWeek(p, today) : 0;
}

/** Hours a DRAFT placement reserves this week: what it would hold once approved. */
export function draftHoursThisWeek(p: PlacementFact, today: string): number {
  return p.status === 'DRAFT' ? planHoursThisWeek(p, today) : 0;
}

export interface CandidateAvailabilityFacts {
  candidateId: string;
  hourGoal: number;
  activityHours: readonly number[];
  /** The person's placements (any status). */
  placements: readonly PlacementFact[];
  /** The person's proposals (any status). */
  proposals: readonly ProposalFact[];
}

export interface Availability {
  hourGoal: number;
  activityHours: number;
  placementHours: number;
  /** Hours pending proposals and DRAFT placements hold for the person. */
  reservedHours: number;
  /** Hour goal minus placements, activities and reserved hours; never below 0. */
  freeWeeklyHours: number;
  /**
   * The earliest planned end of an ACTIVE placement, whatever its distance: stored like this it
   * never goes stale as days pass. Readers apply the window with `availableFromWithin`.
   */
  availableFrom: string | null;
  /**
   * Free hours once the placements ending on `availableFrom` have ended (this week's plan otherwise):
   * what a person who is free only then can offer an opening. Null without such a placement.
   */
  freeWeeklyHoursFrom: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** The person's free hours this week and the day a current placement ends. */
export function candidateAvailability(f: CandidateAvailabilityFacts, today: string): Availability {
  const active = f.placements.filter((p) => p.status === 'ACTIVE');
  const placementHours = round2(sum(active.map((p) => placementHoursThisWeek(p, today))));
  const activityHours = round2(sum(f.activityHours));
  const reservedHours = round2(
    sum(f.placements.map((p) => draftHoursThisWeek(p, today))) +
      sum(
        f.proposals
          .filter(
            (p) =>
              (RESERVING_PROPOSAL_STATUSES as readonly string[]).includes(p.status) &&
              p.openingOpen &&
              !realised(p, f.placements),
          )
          .map((p) => p.weeklyHours),
      ),
  );
  const ends = active
    .map((p) => p.plannedEndDate)
    .filter((d): d is string => !!d)
    .sort(compareDates);
  const availableFrom = ends[0] ?? null;
  const free = (placed: number) => round2(Math.max(0, f.hourGoal - placed - activityHours - reservedHours));
  const endingHours = sum(
    active.filter((p) => p.plannedEndDate === availableFrom).map((p) => placementHoursThisWeek(p, today)),
  );
  return {
    hourGoal: f.hourGoal,
    activityHours,
    placementHours,
    reservedHours,
    freeWeeklyHours: free(placementHours),
    availableFrom,
    freeWeeklyHoursFrom: availableFrom === null ? null : free(placementHours - endingHours),
  };
}

/**
 * The free hours a person can actually offer an opening: the free hours of the week, never more than
 * the hours they said they can work (a 15-hour person with a 37-hour goal has 15, not 27), never
 * below 0. Without stored free hours (a scoring input that has none), the hours they can work.
 * The comparison's hours row and the portal's badges (Candidate.workableFreeHours) both read this.
 */
export function workableFreeHours(c: { freeWeeklyHours?: number; availableWeeklyHours: number }): number {
  return Math.max(0, Math.min(c.freeWeeklyHours ?? c.availableWeeklyHours, c.availableWeeklyHours));
}

/** The stored end date when it falls within the window (default 14 days from today), else null. */
export function availableFromWithin(stored: string | null, today: string, days: number): string | null {
  if (!stored) return null;
  return compareDates(stored, addDays(today, days)) <= 0 ? stored : null;
}

/** What the filters and the scorer know of a person's availability (stored on the person, in the index). */
export interface StoredAvailability {
  freeWeeklyHours: number;
  availableFrom: string | null;
  /** Absent (undefined) in an index built before it existed: the ending placement is then taken to free enough. */
  freeWeeklyHoursFrom?: number | null;
}

/**
 * Whether a person can take an opening of `weeklyHours`: enough free hours now, or enough once a
 * current placement ends within the window (then the explanation says from when).
 */
export function canTakeHours(
  a: StoredAvailability,
  weeklyHours: number,
  today: string,
  days: number,
): { ok: boolean; from: string | null } {
  if (a.freeWeeklyHours >= weeklyHours) return { ok: true, from: null };
  const from = availableFromWithin(a.availableFrom, today, days);
  const enough = a.freeWeeklyHoursFrom === undefined || (a.freeWeeklyHoursFrom ?? 0) >= weeklyHours;
  return from !== null && enough ? { ok: true, from } : { ok: false, from: null };
}

export interface OpeningCapacityFacts {
  openingId: string;
  openings: number;
  /** Placements on the opening (any status). */
  placements: readonly PlacementFact[];
  /** Proposals on the opening (any status). */
  proposals: readonly ProposalFact[];
}

/**
 * Openings minus ACTIVE (running or planned) and DRAFT placements minus accepted proposals not yet placed;
 * never below 0.
 */
export function openingsLeft(f: OpeningCapacityFacts): number {
  const placed = f.placements.filter(
    (p) => (p.status === 'ACTIVE' || p.status === 'DRAFT') && p.openingId === f.openingId,
  ).length;
  const accepted = f.proposals.filter(
    (p) =>
      p.openingId === f.openingId &&
      (PLACE_TAKING_PROPOSAL_STATUSES as readonly string[]).includes(p.status) &&
      !realised(p, f.placements),
  ).length;
  return Math.max(0, f.openings - placed - accepted);
}

// Built once: a suggestion list formats one of these per person free only soon.
const DAY_MONTH = {
  da: new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
};

/** "ledig fra 12. jan." / "free from 12 Jan": the sentence a suggestion carries when the person is free only soon. */
export function availableFromNote(date: string, locale: 'da' | 'en'): string {
  const text = DAY_MONTH[locale].format(new Date(`${date}T12:00:00Z`));
  return locale === 'en'
    ? `Free from ${text}: the current placement ends then.`
    : `Ledig fra ${text}: det nuværende forløb slutter da.`;
}
