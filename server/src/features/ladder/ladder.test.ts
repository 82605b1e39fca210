import { describe, expect, it } from 'vitest';
import { DEFAULT_LADDER, parseLadder, replay, stepForEvent, stepOf, transition } from './ladder.js';

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
