/**
 * The progression ladder (issue 16.5; Vejle, Hillerød): each person stands on one step of a small
 * ladder from configuration (default afklaring → virksomhedspraktik → løntilskud/IGU → ordinære timer →
 * ordinært job), moved by events. Pure: the services (in the transaction of the event), the demo data
 * and the tests all use these functions.
 */

/** What moves a person on the ladder. */
export type LadderEvent =
  /** A placement became ACTIVE (started, or its agreement approved): its type's step. */
  | { kind: 'PLACEMENT_STARTED'; placementType: string }
  /** A follow-up recorded ordinary (unsubsidised) hours. */
  | { kind: 'ORDINARY_HOURS_RECORDED'; hours: number }
  /** A placement ended in conversion to an ordinary job. */
  | { kind: 'CONVERTED' };

export type LadderEventKind = LadderEvent['kind'];

export interface LadderRules {
  /** The steps, lowest first. */
  steps: readonly string[];
  /**
   * The step each event leads to: placement types by name (INTERNSHIP, WAGE_SUBSIDY, …), and
   * ORDINARY_HOURS_RECORDED and CONVERTED. An event without a step moves no one.
   */
  eventSteps: Readonly<Record<string, string>>;
}

export const DEFAULT_LADDER_STEPS = [
  'ASSESSMENT',
  'INTERNSHIP',
  'SUBSIDISED',
  'ORDINARY_HOURS',
  'ORDINARY_JOB',
] as const;

export const DEFAULT_LADDER_EVENT_STEPS: Readonly<Record<string, string>> = {
  INTERNSHIP: 'INTERNSHIP',
  WAGE_SUBSIDY: 'SUBSIDISED',
  IGU: 'SUBSIDISED',
  APPRENTICESHIP: 'SUBSIDISED',
  SMALL_JOB: 'ORDINARY_HOURS',
  ORDINARY_HOURS: 'ORDINARY_HOURS',
  ORDINARY_HOURS_RECORDED: 'ORDINARY_HOURS',
  CONVERTED: 'ORDINARY_JOB',
};

export const DEFAULT_LADDER: LadderRules = { steps: DEFAULT_LADDER_STEPS, eventSteps: DEFAULT_LADDER_EVENT_STEPS };

/** The person's step: the stored one, or the first step when none is stored (or it left the ladder). */
export function stepOf(rules: LadderRules, stored: string | null | undefined): string {
  return stored && rules.steps.includes(stored) ? stored : rules.steps[0]!;
}

/** The step an event leads to, or null when it leads nowhere (no step configured, no ordinary hours). */
export function stepForEvent(rules: LadderRules, event: LadderEvent): string | null {
  const key =
    event.kind === 'PLACEMENT_STARTED'
      ? event.placementType
      : event.kind === 'ORDINARY_HOURS_RECORDED'
        ? event.hours > 0
          ? 'ORDINARY_HOURS_RECORDED'
          : null
        : 'CONVERTED';
  const step = key ? rules.eventSteps[key] : undefined;
  return step && rules.steps.includes(step) ? step : null;
}

export interface LadderMove {
  from: string;
  to: string;
}

/**
 * The transition: an event moves the person up to its step, never down. The ladder records progress
 * reached; a later internship after ordinary hours is a new placement, not a step back (its history
 * and the placements show it).
 */
export function transition(
  rules: LadderRules,
  current: string | null | undefined,
  event: LadderEvent,
): LadderMove | null {
  const from = stepOf(rules, current);
  const to = stepForEvent(rules, event);
  if (!to) return null;
  return rules.steps.indexOf(to) > rules.steps.indexOf(from) ? { from, to } : null;
}

export interface DatedLadderEvent {
  date: string;
  event: LadderEvent;
  /** The placement behind the event, if any. */
  placementId?: string | null;
}

export interface LadderHistoryEntry extends LadderMove {
  date: string;
  event: LadderEventKind;
  placementId: string | null;
}

/** A placement as the ladder reads it: only ACTIVE and ENDED ones (started) move a person. */
export interface LadderPlacementRecord {
  id: string;
  type: string;
  startDate: string;
  outcome: string | null;
  /** When a conversion to an ordinary job took effect (the conversion's start, else the end date). */
  convertedOn: string | null;
}

/** A follow-up as the ladder reads it (the current version of it). */
export interface LadderFollowUpRecord {
  placementId: string;
  date: string;
  ordinaryHours: number;
}

/**
 * One person's recorded history as ladder events, for `replay`: each placement's start and conversion,
 * then the follow-ups with ordinary hours. The demo data generator plays the rows it writes through this;
 * the ladder migration (Migration20261206215000) plays a database's in SQL, and an int test holds the two equal.
 */
export function ladderEvents(
  placements: readonly LadderPlacementRecord[],
  followUps: readonly LadderFollowUpRecord[],
): DatedLadderEvent[] {
  const events: DatedLadderEvent[] = [];
  for (const p of placements) {
    events.push({ date: p.startDate, event: { kind: 'PLACEMENT_STARTED', placementType: p.type }, placementId: p.id });
    if (p.outcome === 'CONVERTED_TO_ORDINARY_HOURS' && p.convertedOn) {
      events.push({ date: p.convertedOn, event: { kind: 'CONVERTED' }, placementId: p.id });
    }
  }
  for (const f of followUps) {
    if (f.ordinaryHours > 0) {
      events.push({
        date: f.date,
        event: { kind: 'ORDINARY_HOURS_RECORDED', hours: f.ordinaryHours },
        placementId: f.placementId,
      });
    }
  }
  return events;
}

/** Plays events in date order from the first step: the step reached and each move (for the demo data). */
export function replay(
  rules: LadderRules,
  events: readonly DatedLadderEvent[],
): { step: string; history: LadderHistoryEntry[] } {
  const sorted = [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let step = stepOf(rules, null);
  const history: LadderHistoryEntry[] = [];
  for (const e of sorted) {
    const move = transition(rules, step, e.event);
    if (!move) continue;
    history.push({ ...move, date: e.date, event: e.event.kind, placementId: e.placementId ?? null });
    step = move.to;
  }
  return { step, history };
}

/**
 * Parses the ladder from configuration: LADDER_STEPS "A,B,C" and LADDER_EVENT_STEPS "EVENT:STEP,…".
 * Returns the problems instead of throwing, so the configuration names every bad variable.
 */
export function parseLadder(stepsText: string, eventStepsText: string): { rules: LadderRules; problems: string[] } {
  const problems: string[] = [];
  const steps = stepsText
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of steps) {
    if (!/^[A-Z][A-Z0-9_]{0,39}$/.test(s))
      problems.push(`LADDER_STEPS: "${s}" must be UPPER_CASE letters, digits and _`);
  }
  if (steps.length < 2) problems.push('LADDER_STEPS: give at least two steps, lowest first');
  if (new Set(steps).size !== steps.length) problems.push('LADDER_STEPS: a step is named twice');
  const eventSteps: Record<string, string> = {};
  for (const part of eventStepsText
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([A-Z_]+):([A-Z0-9_]+)$/.exec(part);
    if (!m) {
      problems.push(`LADDER_EVENT_STEPS: "${part}" is not EVENT:STEP, e.g. INTERNSHIP:INTERNSHIP`);
      continue;
    }
    if (!steps.includes(m[2]!)) problems.push(`LADDER_EVENT_STEPS: "${m[2]}" is not one of LADDER_STEPS`);
    eventSteps[m[1]!] = m[2]!;
  }
  return { rules: { steps, eventSteps }, problems };
}

/** Why a correction by hand is refused: a step the ladder does not have, or the step the person is on. */
export type CorrectionProblem = 'UNKNOWN_STEP' | 'SAME_STEP';

/**
 * The adviser's correction by hand (issue 16.5): any configured step other than the current one, up or
 * down (a mistake undone, or a step reached elsewhere). Later events move on from the corrected step, up only.
 */
export function correction(
  rules: LadderRules,
  current: string | null | undefined,
  target: string,
): { move: LadderMove } | { problem: CorrectionProblem } {
  if (!rules.steps.includes(target)) return { problem: 'UNKNOWN_STEP' };
  const from = stepOf(rules, current);
  if (from === target) return { problem: 'SAME_STEP' };
  return { move: { from, to: target } };
}

/**
 * The steps below the person's current one that they never stood on: the first step is where everyone
 * starts, and a step is reached when a move (an event or a correction) led to it. A person who went from
 * assessment straight to a wage subsidy skipped the internship step. Steps above the current one are
 * neither (a correction down leaves the steps above as still to come).
 */
export function skippedSteps(
  rules: LadderRules,
  current: string | null | undefined,
  movedTo: Iterable<string>,
): string[] {
  const at = rules.steps.indexOf(stepOf(rules, current));
  const reached = new Set([rules.steps[0], ...movedTo]);
  return rules.steps.slice(0, at).filter((s) => !reached.has(s));
}
