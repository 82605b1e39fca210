import { describe, expect, it } from 'vitest';
import { addMonths } from '../../shared/dates.js';
import {
  defaultSchoolPeriods,
  monthlyWage,
  periodWeeks,
  programmeEnd,
  schoolPeriodProblems,
  wageFloorOn,
} from './igu-programme.js';

describe('IGU programme rules', () => {
  it('adds months, keeping the day or taking the last day of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-15', 24)).toBe('2029-11-15');
    expect(addMonths('2027-03-01', -3)).toBe('2026-12-01');
  });

  it('ends a two-year programme the day before the second anniversary', () => {
    expect(programmeEnd('2027-02-01', 24)).toBe('2029-01-31');
  });

  it('takes the wage floor of the latest period started on the date', () => {
    const floors = [
      { from: '2024-01-01', minHourlyWage: 62 },
      { from: '2027-01-01', minHourlyWage: 70 },
    ];
    expect(wageFloorOn(floors, '2023-12-31')).toBeNull();
    expect(wageFloorOn(floors, '2026-12-31')).toBe(62);
    expect(wageFloorOn(floors, '2027-01-01')).toBe(70);
  });

  it('plans the school weeks as blocks of at most five weeks, Monday to Friday, inside the programme', () => {
    const periods = defaultSchoolPeriods('2027-02-03', { programmeMonths: 24, schoolWeeks: 20 });
    expect(periods).toHaveLength(4);
    expect(periods.map(periodWeeks)).toEqual([5, 5, 5, 5]);
    expect(periods[0]!.startDate).toBe('2027-02-08');
    expect(schoolPeriodProblems(periods, '2027-02-03', programmeEnd('2027-02-03', 24), 20)).toEqual([]);
    expect(defaultSchoolPeriods('2027-02-01', { programmeMonths: 24, schoolWeeks: 7 }).map(periodWeeks)).toEqual([
      5, 2,
    ]);
    expect(defaultSchoolPeriods('2027-02-01', { programmeMonths: 24, schoolWeeks: 0 })).toEqual([]);
  });

  it('names the period that is outside, reversed, overlapping, or too many weeks', () => {
    const start = '2027-02-01';
    const end = '2029-01-31';
    expect(schoolPeriodProblems([{ startDate: '2027-03-05', endDate: '2027-03-01' }], start, end, 20)).toEqual([
      { kind: 'order', index: 0 },
    ]);
    expect(schoolPeriodProblems([{ startDate: '2029-01-29', endDate: '2029-02-02' }], start, end, 20)).toEqual([
      { kind: 'outside', index: 0, start, end },
    ]);
    expect(
      schoolPeriodProblems(
        [
          { startDate: '2027-06-07', endDate: '2027-06-18' },
          { startDate: '2027-06-01', endDate: '2027-06-07' },
        ],
        start,
        end,
        20,
      ),
    ).toEqual([{ kind: 'overlap', index: 0, other: 1 }]);
    expect(schoolPeriodProblems([{ startDate: '2027-03-01', endDate: '2027-08-13' }], start, end, 20)).toEqual([
      { kind: 'tooMany', weeks: 24, max: 20 },
    ]);
  });

  it('gives the wage per month at the weekly hours', () => {
    expect(monthlyWage(62.5, 30)).toBe(8125);
    expect(monthlyWage(70, 37)).toBe(11223);
  });
});
