import { describe, expect, it } from 'vitest';
import { currentStep, placementWeek, weekTotals } from './planned-week.js';

const plan = [
  { fromWeek: 5, weeklyHours: 25, ordinaryHours: 5 },
  { fromWeek: 1, weeklyHours: 15, ordinaryHours: 0 },
  { fromWeek: 9, weeklyHours: 37, ordinaryHours: 18.5 },
];

describe('placementWeek', () => {
  it('counts the first 7 days as week 1', () => {
    expect(placementWeek('2026-11-02', '2026-11-02')).toBe(1);
    expect(placementWeek('2026-11-02', '2026-11-08')).toBe(1);
    expect(placementWeek('2026-11-02', '2026-11-09')).toBe(2);
    expect(placementWeek('2026-11-02', '2026-11-01')).toBe(0);
  });
});

describe('currentStep', () => {
  it('takes the last step whose fromWeek has been reached, whatever the stored order', () => {
    expect(currentStep(plan, '2026-11-02', '2026-11-02')?.weeklyHours).toBe(15);
    expect(currentStep(plan, '2026-11-02', '2026-11-29')?.weeklyHours).toBe(15); // week 4
    expect(currentStep(plan, '2026-11-02', '2026-11-30')?.weeklyHours).toBe(25); // week 5
    expect(currentStep(plan, '2026-11-02', '2027-06-01')?.weeklyHours).toBe(37);
  });

  it('has no step before the placement starts', () => {
    expect(currentStep(plan, '2026-11-02', '2026-10-30')).toBeNull();
  });
});

describe('weekTotals', () => {
  it('adds activities and placements and reports the gap to the goal', () => {
    expect(weekTotals([9, 3.5], [15], 37)).toEqual({ placementHours: 15, total: 27.5, goal: 37, gap: 9.5 });
    expect(weekTotals([10], [30], 37)).toEqual({ placementHours: 30, total: 40, goal: 37, gap: 0 });
    expect(weekTotals([], [], 37)).toEqual({ placementHours: 0, total: 0, goal: 37, gap: 37 });
  });
});
