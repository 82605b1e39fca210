import { describe, expect, it } from 'vitest';
import {
  correction,
  DEFAULT_LADDER,
  type LadderEvent,
  parseLadder,
  replay,
  skippedSteps,
  stepForEvent,
  stepOf,
  transition,
} from './ladder.js';

const started = (placementType: string) => ({ kind: 'PLACEMENT_STARTED' as const, placementType });

describe('the progression ladder', () => {
  it('puts a person without a stored step on the first step', () => {
    expect(stepOf(DEFAULT_LADDER, null)).toBe('ASSESSMENT');
    expect(stepOf(DEFAULT_LADDER, 'GONE_FROM_CONFIG')).toBe('ASSESSMENT');
    expect(stepOf(DEFAULT_LADDER, 'SUBSIDISED')).toBe('SUBSIDISED');
  });

  it.each([
    ['INTERNSHIP', 'INTERNSHIP'],
    ['WAGE_SUBSIDY', 'SUBSIDISED'],
    ['IGU', 'SUBSIDISED'],
    ['SMALL_JOB', 'ORDINARY_HOURS'],
  ])('moves a started %s placement to its type’s step (%s)', (type, step) => {
    expect(transition(DEFAULT_LADDER, null, started(type))).toEqual({ from: 'ASSESSMENT', to: step });
  });

  it('moves to ordinary hours when a follow-up records some, and not for none', () => {
    expect(transition(DEFAULT_LADDER, 'INTERNSHIP', { kind: 'ORDINARY_HOURS_RECORDED', hours: 4 })).toEqual({
      from: 'INTERNSHIP',
      to: 'ORDINARY_HOURS',
    });
    expect(transition(DEFAULT_LADDER, 'INTERNSHIP', { kind: 'ORDINARY_HOURS_RECORDED', hours: 0 })).toBeNull();
  });

  it('moves to an ordinary job on conversion, from any step', () => {
    expect(transition(DEFAULT_LADDER, 'INTERNSHIP', { kind: 'CONVERTED' })).toEqual({
      from: 'INTERNSHIP',
      to: 'ORDINARY_JOB',
    });
  });

  it('never moves a person down: an internship after ordinary hours leaves the step', () => {
    expect(transition(DEFAULT_LADDER, 'ORDINARY_HOURS', started('INTERNSHIP'))).toBeNull();
    expect(transition(DEFAULT_LADDER, 'SUBSIDISED', started('IGU'))).toBeNull();
  });

  it('ignores an event whose step is not configured', () => {
    const rules = { steps: ['A', 'B'], eventSteps: { INTERNSHIP: 'B', IGU: 'MISSING' } };
    expect(stepForEvent(rules, started('WAGE_SUBSIDY'))).toBeNull();
    expect(stepForEvent(rules, started('IGU'))).toBeNull();
    expect(transition(rules, null, started('INTERNSHIP'))).toEqual({ from: 'A', to: 'B' });
  });

  it('replays dated events in date order into the step and its history of moves only', () => {
    const r = replay(DEFAULT_LADDER, [
      { date: '2026-05-01', event: { kind: 'ORDINARY_HOURS_RECORDED', hours: 5 }, placementId: 'p2' },
      { date: '2026-01-10', event: started('INTERNSHIP'), placementId: 'p1' },
      { date: '2026-03-02', event: started('WAGE_SUBSIDY'), placementId: 'p2' },
      { date: '2026-03-20', event: started('INTERNSHIP'), placementId: 'p3' },
      { date: '2026-06-01', event: { kind: 'ORDINARY_HOURS_RECORDED', hours: 8 }, placementId: 'p2' },
    ]);
    expect(r.step).toBe('ORDINARY_HOURS');
    expect(r.history).toEqual([
      { date: '2026-01-10', event: 'PLACEMENT_STARTED', from: 'ASSESSMENT', to: 'INTERNSHIP', placementId: 'p1' },
      { date: '2026-03-02', event: 'PLACEMENT_STARTED', from: 'INTERNSHIP', to: 'SUBSIDISED', placementId: 'p2' },
      {
        date: '2026-05-01',
        event: 'ORDINARY_HOURS_RECORDED',
        from: 'SUBSIDISED',
        to: 'ORDINARY_HOURS',
        placementId: 'p2',
      },
    ]);
  });
});

describe('parseLadder (configuration)', () => {
  it('reads the steps and the event steps', () => {
    const { rules, problems } = parseLadder('START, PRACTICE ,JOB', 'INTERNSHIP:PRACTICE,CONVERTED:JOB');
    expect(problems).toEqual([]);
    expect(rules).toEqual({
      steps: ['START', 'PRACTICE', 'JOB'],
      eventSteps: { INTERNSHIP: 'PRACTICE', CONVERTED: 'JOB' },
    });
  });

  it('names every problem', () => {
    const { problems } = parseLadder('ONE', 'INTERNSHIP:TWO,nonsense');
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/at least two steps/);
    expect(problems.join('\n')).toMatch(/"TWO" is not one of LADDER_STEPS/);
    expect(problems.join('\n')).toMatch(/"nonsense" is not EVENT:STEP/);
  });
});

// The transition matrix of the default ladder: every step × every event. Written out by hand (not computed
// from the step order) so a change of the rule shows up as a changed row here.
const A = 'ASSESSMENT';
const I = 'INTERNSHIP';
const S = 'SUBSIDISED';
const H = 'ORDINARY_HOURS';
const J = 'ORDINARY_JOB';
const EVENTS: [string, LadderEvent][] = [
  ['internship started', started('INTERNSHIP')],
  ['wage subsidy started', started('WAGE_SUBSIDY')],
  ['IGU started', started('IGU')],
  ['small job started', started('SMALL_JOB')],
  ['ordinary hours recorded', { kind: 'ORDINARY_HOURS_RECORDED', hours: 6 }],
  ['no ordinary hours recorded', { kind: 'ORDINARY_HOURS_RECORDED', hours: 0 }],
  ['converted', { kind: 'CONVERTED' }],
];
/** The step after each event (columns in the order of EVENTS); null: the person stays. */
const MATRIX: Record<string, (string | null)[]> = {
  [A]: [I, S, S, H, H, null, J],
  [I]: [null, S, S, H, H, null, J],
  [S]: [null, null, null, H, H, null, J],
  [H]: [null, null, null, null, null, null, J],
  [J]: [null, null, null, null, null, null, null],
};

describe('the transition matrix (default ladder)', () => {
  const cases = Object.entries(MATRIX).flatMap(([from, row]) =>
    EVENTS.map(([label, event], i) => ({ from, label, event, to: row[i] ?? null })),
  );
  it.each(cases)('$from, $label → $to', ({ from, event, to }) => {
    expect(transition(DEFAULT_LADDER, from, event)).toEqual(to ? { from, to } : null);
  });

  it('skips steps on the way up: assessment straight to a wage subsidy, internship straight to a job', () => {
    expect(transition(DEFAULT_LADDER, A, started('WAGE_SUBSIDY'))).toEqual({ from: A, to: S });
    expect(transition(DEFAULT_LADDER, I, { kind: 'CONVERTED' })).toEqual({ from: I, to: J });
    const r = replay(DEFAULT_LADDER, [
      { date: '2026-02-01', event: started('IGU'), placementId: 'p1' },
      { date: '2026-09-01', event: { kind: 'CONVERTED' }, placementId: 'p1' },
    ]);
    expect(r.history.map((h) => [h.from, h.to])).toEqual([
      [A, S],
      [S, J],
    ]);
    expect(
      skippedSteps(
        DEFAULT_LADDER,
        r.step,
        r.history.map((h) => h.to),
      ),
    ).toEqual([I, H]);
  });
});

describe('skipped steps', () => {
  it.each([
    { current: null, moved: [], skipped: [] },
    { current: A, moved: [], skipped: [] },
    { current: I, moved: [I], skipped: [] },
    { current: S, moved: [S], skipped: [I] },
    { current: S, moved: [I, S], skipped: [] },
    { current: J, moved: [I, J], skipped: [S, H] },
    { current: J, moved: [S, H, J], skipped: [I] },
    // A correction down: the steps above are still to come, not skipped; those below were reached.
    { current: I, moved: [I, S, H, I], skipped: [] },
    // A correction up past a step: that step is skipped.
    { current: H, moved: [H], skipped: [I, S] },
    // A stored step the ladder no longer has counts as the first step: nothing below it.
    { current: 'GONE', moved: [S], skipped: [] },
  ])('on $current after moves to $moved: skipped $skipped', ({ current, moved, skipped }) => {
    expect(skippedSteps(DEFAULT_LADDER, current, moved)).toEqual(skipped);
  });

  it('follows the configured ladder, not the default', () => {
    const rules = { steps: ['START', 'PRACTICE', 'JOB'], eventSteps: { CONVERTED: 'JOB' } };
    expect(skippedSteps(rules, 'JOB', ['JOB'])).toEqual(['PRACTICE']);
    expect(skippedSteps(rules, 'JOB', ['PRACTICE', 'JOB'])).toEqual([]);
  });
});

describe('corrections by hand', () => {
  it.each([
    { current: A, target: S, result: { move: { from: A, to: S } } },
    { current: null, target: I, result: { move: { from: A, to: I } } },
    // Down: a mistake undone, or a step reached too early.
    { current: J, target: I, result: { move: { from: J, to: I } } },
    { current: S, target: A, result: { move: { from: S, to: A } } },
    { current: S, target: S, result: { problem: 'SAME_STEP' } },
    { current: null, target: A, result: { problem: 'SAME_STEP' } },
    { current: 'GONE', target: A, result: { problem: 'SAME_STEP' } },
    { current: A, target: 'MOON', result: { problem: 'UNKNOWN_STEP' } },
    { current: A, target: 'assessment', result: { problem: 'UNKNOWN_STEP' } },
  ])('from $current to $target: $result', ({ current, target, result }) => {
    expect(correction(DEFAULT_LADDER, current, target)).toEqual(result);
  });

  it('events move on from a corrected step, up only', () => {
    // Corrected down to assessment: the next internship moves the person up again.
    expect(transition(DEFAULT_LADDER, A, started('INTERNSHIP'))).toEqual({ from: A, to: I });
    // Corrected up to ordinary hours: a later wage subsidy does not move the person back down.
    expect(transition(DEFAULT_LADDER, H, started('WAGE_SUBSIDY'))).toBeNull();
  });
});
