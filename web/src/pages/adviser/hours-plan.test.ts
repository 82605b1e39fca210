import { describe, expect, it } from 'vitest';
import { checkPlan, nextStep, type PlanRow, serverPlanErrorPath, toPlanInput } from './hours-plan.js';

const row = (
  fromWeek: number | string,
  weeklyHours: number | string,
  ordinaryHours: number | string,
  key = 'k',
): PlanRow => ({
  key,
  fromWeek,
  weeklyHours,
  ordinaryHours,
});

describe('checkPlan', () => {
  it('accepts a rising three-step plan', () => {
    expect(checkPlan([row(1, 10, 0), row(5, 20, 5), row(9, 30, 15)])).toEqual({ errors: {}, warnings: {} });
  });

  it('puts each problem on its row and field', () => {
    const { errors } = checkPlan([row(2, 10, 0), row(2, 38, 0), row(5, 20, 25)]);
    expect(errors['hoursPlan.0.fromWeek']?.key).toBe('errFirstWeek');
    expect(errors['hoursPlan.1.fromWeek']).toEqual({ key: 'errRising', values: { prev: 2 } });
    expect(errors['hoursPlan.1.weeklyHours']?.key).toBe('errHours');
    expect(errors['hoursPlan.2.ordinaryHours']).toEqual({ key: 'errOrdinary', values: { hours: 20 } });
  });

  it('asks for whole or half hours and for every value', () => {
    const { errors } = checkPlan([row(1, 10.3, '')]);
    expect(errors['hoursPlan.0.weeklyHours']?.key).toBe('errHalf');
    expect(errors['hoursPlan.0.ordinaryHours']?.key).toBe('errRequired');
  });

  it('warns, without blocking, when the hours fall', () => {
    const check = checkPlan([row(1, 20, 0), row(5, 15, 0)]);
    expect(check.errors).toEqual({});
    expect(check.warnings[1]?.key).toBe('warnFalling');
  });
});

describe('serverPlanErrorPath', () => {
  const rows = [row(1, 10, 0), row(5, 20, 5), row(5, 30, 10)];

  it('finds the row in "Step N"', () => {
    expect(
      serverPlanErrorPath(
        'hoursPlan.fromWeek',
        'Step 3 of the hours plan starts in week 5, which is not after week 5: list the steps with rising fromWeek.',
        rows,
      ),
    ).toBe('hoursPlan.2.fromWeek');
  });

  it('finds the row in "from week N"', () => {
    expect(
      serverPlanErrorPath(
        'hoursPlan.ordinaryHours',
        'Ordinary hours (25) cannot be more than the weekly hours (20) of the step from week 5.',
        [row(1, 10, 0), row(5, 20, 25)],
      ),
    ).toBe('hoursPlan.1.ordinaryHours');
  });

  it('falls back to the client rules, then to the plan as a whole', () => {
    expect(
      serverPlanErrorPath('hoursPlan.weeklyHours', 'Weekly hours must be more than 0.', [row(1, 10, 0), row(5, 0, 0)]),
    ).toBe('hoursPlan.1.weeklyHours');
    expect(serverPlanErrorPath('hoursPlan', 'Add at least one step.', rows)).toBe('hoursPlan');
    expect(serverPlanErrorPath('hoursPlan.1.weeklyHours', 'x', rows)).toBe('hoursPlan.1.weeklyHours');
  });
});

describe('plan helpers', () => {
  it('suggests a rising next step and converts to API numbers', () => {
    expect(nextStep([row(1, 10, 0)], 'b')).toEqual(row(5, 15, 0, 'b'));
    expect(nextStep([row(1, 35, 5)], 'c')).toEqual(row(5, 37, 5, 'c'));
    expect(toPlanInput([row('1', '12,5', 0)])).toEqual([{ fromWeek: 1, weeklyHours: 12.5, ordinaryHours: 0 }]);
  });
});
