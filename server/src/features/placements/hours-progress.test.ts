import { describe, expect, it } from 'vitest';
import {
  hoursProgress,
  latestOf,
  type ProgressPlacement,
  placementWeek,
  placementWeeks,
  stepForWeek,
} from './hours-progress.js';

const plan = [
  { fromWeek: 1, weeklyHours: 15, ordinaryHours: 0 },
  { fromWeek: 2, weeklyHours: 20, ordinaryHours: 5 },
  { fromWeek: 4, weeklyHours: 30, ordinaryHours: 15 },
];

function placement(over: Partial<ProgressPlacement> = {}): ProgressPlacement {
  return { startDate: '2026-11-04', endDate: null, hoursPlan: plan, followUps: [], ...over };
}

describe('placementWeek', () => {
  it('counts ISO weeks from the week of the start date', () => {
    // 2026-11-04 is a Wednesday; its week runs 2026-11-02 … 2026-11-08.
    expect(placementWeek('2026-11-04', '2026-11-02')).toBe(1);
    expect(placementWeek('2026-11-04', '2026-11-08')).toBe(1);
    expect(placementWeek('2026-11-04', '2026-11-09')).toBe(2);
    expect(placementWeek('2026-11-04', '2026-11-23')).toBe(4);
    expect(placementWeek('2026-11-04', '2026-11-01')).toBe(0);
  });
});

describe('stepForWeek', () => {
  it('takes the last step that has started, whatever the input order', () => {
    expect(stepForWeek(plan, 1)?.weeklyHours).toBe(15);
    expect(stepForWeek(plan, 3)?.weeklyHours).toBe(20);
    expect(stepForWeek([...plan].reverse(), 9)?.weeklyHours).toBe(30);
  });

  it('is null before week 1 and for an empty plan', () => {
    expect(stepForWeek(plan, 0)).toBeNull();
    expect(stepForWeek([], 3)).toBeNull();
  });
});

describe('latestOf', () => {
  it('prefers the later date, then the later recording', () => {
    const a = { date: '2026-11-12', attendedHours: 20, ordinaryHours: 4, recordedAt: '2026-11-12T10:00:00Z' };
    const b = { date: '2026-11-12', attendedHours: 20, ordinaryHours: 5, recordedAt: '2026-11-12T09:00:00Z' };
    const c = { date: '2026-11-10', attendedHours: 1, ordinaryHours: 1, recordedAt: '2026-11-20T09:00:00Z' };
    expect(latestOf([a, b, c])).toBe(a);
    expect(latestOf([c, b, a])).toBe(a);
    expect(latestOf([])).toBeNull();
  });
});

describe('hoursProgress', () => {
  it('gives one row per ISO week up to the current week, planned from the plan and actual from follow-ups', () => {
    const p = placement({
      followUps: [
        { date: '2026-11-13', attendedHours: 20, ordinaryHours: 5 },
        { date: '2026-11-06', attendedHours: 14.5, ordinaryHours: 0 },
        { date: '2026-11-12', attendedHours: 18, ordinaryHours: 4 },
      ],
    });
    expect(hoursProgress([p], '2026-11-23')).toEqual([
      {
        week: '2026-W45',
        weekStart: '2026-11-02',
        plannedHours: 15,
        plannedOrdinaryHours: 0,
        plannedSchoolHours: 0,
        attendedHours: 14.5,
        ordinaryHours: 0,
      },
      {
        week: '2026-W46',
        weekStart: '2026-11-09',
        plannedHours: 20,
        plannedOrdinaryHours: 5,
        plannedSchoolHours: 0,
        attendedHours: 20,
        ordinaryHours: 5,
      },
      {
        week: '2026-W47',
        weekStart: '2026-11-16',
        plannedHours: 20,
        plannedOrdinaryHours: 5,
        plannedSchoolHours: 0,
        attendedHours: null,
        ordinaryHours: null,
      },
      {
        week: '2026-W48',
        weekStart: '2026-11-23',
        plannedHours: 30,
        plannedOrdinaryHours: 15,
        plannedSchoolHours: 0,
        attendedHours: null,
        ordinaryHours: null,
      },
    ]);
  });

  it('sums concurrent placements and drops a placement after the week it ended', () => {
    const internship = placement({
      startDate: '2026-11-02',
      endDate: '2026-11-10',
      hoursPlan: [{ fromWeek: 1, weeklyHours: 25, ordinaryHours: 0 }],
      followUps: [{ date: '2026-11-06', attendedHours: 25, ordinaryHours: 0 }],
    });
    const smallJob = placement({
      startDate: '2026-11-05',
      hoursPlan: [{ fromWeek: 1, weeklyHours: 8, ordinaryHours: 8 }],
      followUps: [{ date: '2026-11-07', attendedHours: 8, ordinaryHours: 8 }],
    });
    const rows = hoursProgress([smallJob, internship], '2026-11-18');
    expect(rows.map((r) => [r.week, r.plannedHours, r.plannedOrdinaryHours, r.attendedHours, r.ordinaryHours])).toEqual(
      [
        ['2026-W45', 33, 8, 33, 8],
        ['2026-W46', 33, 8, null, null], // ended on Tuesday of W46: still active that week
        ['2026-W47', 8, 8, null, null],
      ],
    );
  });

  it('crosses a year with 53 ISO weeks', () => {
    const p = placement({ startDate: '2026-12-30', hoursPlan: [{ fromWeek: 1, weeklyHours: 10, ordinaryHours: 2 }] });
    expect(hoursProgress([p], '2027-01-05').map((r) => [r.week, r.weekStart])).toEqual([
      ['2026-W53', '2026-12-28'],
      ['2027-W01', '2027-01-04'],
    ]);
  });

  it('is empty without placements or before the first start', () => {
    expect(hoursProgress([], '2026-11-23')).toEqual([]);
    expect(hoursProgress([placement({ startDate: '2026-12-01' })], '2026-11-23')).toEqual([]);
  });

  it("counts the school periods' share of the working week as school hours", () => {
    const rows = hoursProgress(
      [
        {
          startDate: '2026-11-02',
          endDate: null,
          hoursPlan: [{ fromWeek: 1, weeklyHours: 30, ordinaryHours: 30 }],
          followUps: [],
          schoolPeriods: [{ startDate: '2026-11-09', endDate: '2026-11-11' }],
        },
      ],
      '2026-11-16',
    );
    expect(rows.map((r) => [r.weekStart, r.plannedHours, r.plannedSchoolHours])).toEqual([
      ['2026-11-02', 30, 0],
      ['2026-11-09', 30, 18],
      ['2026-11-16', 30, 0],
    ]);
  });
});

describe('placementWeeks', () => {
  // Start Wednesday 2026-11-04 (ISO week 45); follow-ups every 14 days unless a next date was agreed.
  const fu = (date: string, attendedHours: number, ordinaryHours: number, nextFollowUpDate: string | null = null) => ({
    date,
    attendedHours,
    ordinaryHours,
    nextFollowUpDate,
  });

  it('draws a week without a follow-up as a gap (null), never a carried-over value', () => {
    const weeks = placementWeeks(
      placement({ followUps: [fu('2026-11-06', 15, 0), fu('2026-11-20', 20, 5)] }),
      '2026-11-22',
      14,
    );
    expect(weeks.map((w) => [w.week, w.placementWeek, w.plannedHours, w.attendedHours])).toEqual([
      ['2026-W45', 1, 15, 15],
      ['2026-W46', 2, 20, null],
      ['2026-W47', 3, 20, 20],
    ]);
    expect(weeks.every((w) => !w.overdue)).toBe(true);
  });

  it('marks the weeks overdue once a follow-up had fallen due and passed with none', () => {
    // Follow-up on 6 Nov agreed the next for 13 Nov; none came. Today is Wednesday 2 Dec.
    const weeks = placementWeeks(placement({ followUps: [fu('2026-11-06', 15, 0, '2026-11-13')] }), '2026-12-02', 14);
    expect(weeks.map((w) => [w.week, w.overdue])).toEqual([
      ['2026-W45', false],
      ['2026-W46', true],
      ['2026-W47', true],
      ['2026-W48', true],
      ['2026-W49', true],
    ]);
  });

  it('does not mark a week whose due date is still ahead, nor the current week before its due day has passed', () => {
    // Due 14 days after the start: 18 Nov (week 47). On 18 Nov itself it is due, not overdue.
    const onDue = placementWeeks(placement(), '2026-11-18', 14);
    expect(onDue.map((w) => w.overdue)).toEqual([false, false, false]);
    const after = placementWeeks(placement(), '2026-11-19', 14);
    expect(after.map((w) => w.overdue)).toEqual([false, false, true]);
  });

  it('ends at the end week of an ended placement and is empty before the start', () => {
    const ended = placementWeeks(
      placement({ endDate: '2026-11-12', followUps: [fu('2026-11-10', 20, 5)] }),
      '2027-01-10',
      14,
    );
    expect(ended.map((w) => w.week)).toEqual(['2026-W45', '2026-W46']);
    expect(placementWeeks(placement(), '2026-11-01', 14)).toEqual([]);
  });
});
