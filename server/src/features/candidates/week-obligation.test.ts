import { describe, expect, it } from 'vitest';
import { judgeWeekChange, peakWeek, weekStatus } from './week-obligation.js';

const TODAY = '2026-03-02'; // a Monday
const steady = (hours: number) => [{ fromWeek: 1, weeklyHours: hours, ordinaryHours: 0 }];

describe('peakWeek', () => {
  it('adds activities to the current placement hours', () => {
    const p = peakWeek(
      { activityHours: [9], placements: [{ startDate: '2026-02-02', plannedEndDate: null, hoursPlan: steady(37) }] },
      TODAY,
    );
    expect(p).toEqual({ date: TODAY, placementHours: 37, activityHours: 9, total: 46 });
  });

  it('finds a later step of the hours plan that makes the week heavier', () => {
    const plan = [
      { fromWeek: 1, weeklyHours: 15, ordinaryHours: 0 },
      { fromWeek: 5, weeklyHours: 30, ordinaryHours: 5 },
    ];
    const p = peakWeek(
      { activityHours: [9], placements: [{ startDate: TODAY, plannedEndDate: null, hoursPlan: plan }] },
      TODAY,
    );
    expect(p.date).toBe('2026-03-30');
    expect(p.total).toBe(39);
  });

  it('counts a placement that starts later from its start, and two placements that overlap together', () => {
    const p = peakWeek(
      {
        activityHours: [],
        placements: [
          { startDate: '2026-02-02', plannedEndDate: '2026-04-30', hoursPlan: steady(20) },
          { startDate: '2026-04-01', plannedEndDate: null, hoursPlan: steady(20) },
        ],
      },
      TODAY,
    );
    expect(p).toMatchObject({ date: '2026-04-01', total: 40 });
  });

  it('does not count a placement after its planned end, so a hand-over in sequence stays within the week', () => {
    const p = peakWeek(
      {
        activityHours: [],
        placements: [
          { startDate: '2026-02-02', plannedEndDate: '2026-03-31', hoursPlan: steady(30) },
          { startDate: '2026-04-01', plannedEndDate: null, hoursPlan: steady(30) },
        ],
      },
      TODAY,
    );
    expect(p.total).toBe(30);
  });

  it('keeps counting a placement still running after its planned end (until it is ended) today only', () => {
    const p = peakWeek(
      {
        activityHours: [],
        placements: [
          { startDate: '2026-01-05', plannedEndDate: '2026-02-20', hoursPlan: steady(25) },
          { startDate: '2026-03-09', plannedEndDate: null, hoursPlan: steady(25) },
        ],
      },
      TODAY,
    );
    expect(p).toMatchObject({ date: TODAY, total: 25 });
  });

  it('ignores steps in the past', () => {
    const plan = [
      { fromWeek: 1, weeklyHours: 37, ordinaryHours: 0 },
      { fromWeek: 2, weeklyHours: 20, ordinaryHours: 0 },
    ];
    const p = peakWeek(
      { activityHours: [], placements: [{ startDate: '2026-01-05', plannedEndDate: null, hoursPlan: plan }] },
      TODAY,
    );
    expect(p.total).toBe(20);
  });

  it('is the activities alone without placements', () => {
    expect(peakWeek({ activityHours: [9, 6.5], placements: [] }, TODAY)).toEqual({
      date: TODAY,
      placementHours: 0,
      activityHours: 15.5,
      total: 15.5,
    });
  });
});

describe('judgeWeekChange', () => {
  const week = (total: number) => ({ date: TODAY, placementHours: total, activityHours: 0, total });

  it('allows a week at full time', () => {
    expect(judgeWeekChange(week(10), week(37), 37, null)).toEqual({ kind: 'OK' });
  });

  it('refuses a week above full time without a reason, and says by how much', () => {
    expect(judgeWeekChange(week(30), week(46), 37, null)).toEqual({ kind: 'NEEDS_EXCEPTION', peak: week(46), over: 9 });
    expect(judgeWeekChange(null, week(38), 37, '   ')).toMatchObject({ kind: 'NEEDS_EXCEPTION', over: 1 });
  });

  it('allows it as an exception with the reason', () => {
    expect(judgeWeekChange(week(30), week(46), 37, 'Intensive Danish before the exam')).toEqual({
      kind: 'EXCEPTION',
      peak: week(46),
      over: 9,
    });
  });

  it('does not ask again when a change leaves an over-full week no heavier', () => {
    expect(judgeWeekChange(week(46), week(46), 37, null)).toEqual({ kind: 'OK' });
    expect(judgeWeekChange(week(46), week(40), 37, null)).toEqual({ kind: 'OK' });
    expect(judgeWeekChange(week(40), week(41), 37, null).kind).toBe('NEEDS_EXCEPTION');
  });
});

describe('weekStatus', () => {
  it('warns when this week is below the hour goal', () => {
    const s = weekStatus(
      { activityHours: [9], placements: [{ startDate: '2026-02-02', plannedEndDate: null, hoursPlan: steady(10) }] },
      25,
      37,
      TODAY,
    );
    expect(s).toMatchObject({ total: 19, goal: 25, gap: 6, belowGoal: true, overFullTime: false });
  });

  it('does not warn at the goal, and flags a heavier week ahead above full time', () => {
    const plan = [
      { fromWeek: 1, weeklyHours: 28, ordinaryHours: 0 },
      { fromWeek: 6, weeklyHours: 37, ordinaryHours: 0 },
    ];
    const s = weekStatus(
      { activityHours: [9], placements: [{ startDate: '2026-02-16', plannedEndDate: null, hoursPlan: plan }] },
      37,
      37,
      TODAY,
    );
    expect(s).toMatchObject({ total: 37, gap: 0, belowGoal: false, overFullTime: true });
    expect(s.peak).toMatchObject({ date: '2026-03-23', total: 46 });
  });
});
