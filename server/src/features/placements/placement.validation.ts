import { z } from 'zod';
import type { Config } from '../../config.js';
import { formatDate, formatNumber, t } from '../../i18n/index.js';
import { addDays, compareDates } from '../../shared/dates.js';
import { badInput, DomainError } from '../../shared/errors.js';
import {
  hours,
  intRange,
  isoDate,
  optionalPersonName,
  optionalText,
  parseInput,
  positiveHours,
  say,
  text,
} from '../../shared/validate.js';
import { DEFAULT_IGU_RULES, type IguRulesConfig } from '../candidates/igu-eligibility.js';
import type { PlanStep } from './hours-progress.js';
import {
  defaultSchoolPeriods,
  type SchoolPeriod as Period,
  periodWeeks,
  programmeEnd,
  schoolPeriodProblems,
} from './igu-programme.js';
import { type HoursPlanStep, PlacementOutcome, PlacementType } from './placement.entity.js';
import type { ConversionInput } from './placement.inputs.js';

/**
 * The placements feature's input checks: the schemas of its mutations' input, and the rules an input must
 * meet against the configuration (a type's longest length, an IGU programme's length and school weeks).
 */

type Rules = Config['rules'];

// ---------------------------------------------------------------------------
// Input schemas

const planStep = z
  .object({
    fromWeek: z
      .number({ error: say('placements.fromWeekNumber') })
      .int({ error: say('placements.fromWeekWhole') })
      .min(1, { error: say('placements.fromWeekMin') }),
    weeklyHours: positiveHours('weeklyHours'),
    ordinaryHours: hours('ordinaryHours'),
  })
  .superRefine((s, ctx) => {
    if (s.ordinaryHours > s.weeklyHours) {
      ctx.addIssue({
        code: 'custom',
        path: ['ordinaryHours'],
        message: t('placements.ordinaryOverStep', {
          ordinary: formatNumber(s.ordinaryHours),
          weekly: formatNumber(s.weeklyHours),
          week: s.fromWeek,
        }),
      });
    }
  });

const hoursPlanSchema = z
  .array(planStep)
  .min(1, { error: say('placements.planEmpty') })
  .max(104, { error: say('placements.planMax', { max: 104 }) })
  .superRefine((plan, ctx) => {
    if (plan[0] && plan[0].fromWeek !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [0, 'fromWeek'],
        message: t('placements.planStart', { week: plan[0].fromWeek }),
      });
      return;
    }
    for (let i = 1; i < plan.length; i++) {
      const prev = plan[i - 1]!;
      const cur = plan[i]!;
      if (cur.fromWeek <= prev.fromWeek) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'fromWeek'],
          message: t('placements.planOrder', { step: i + 1, week: cur.fromWeek, previous: prev.fromWeek }),
        });
        return;
      }
    }
  });

const schoolPeriodsSchema = z
  .array(z.object({ startDate: isoDate('startDate'), endDate: isoDate('endDate') }))
  .max(20, { error: () => t('programme.schoolMax') });

export const startSchema = z.object({
  candidateId: z.string(),
  companyId: z.string(),
  taskId: z.string().nullish(),
  iguSlotId: z.string().nullish(),
  type: z.enum(PlacementType),
  startDate: z.string(),
  plannedEndDate: z.string().nullish(),
  hoursPlan: hoursPlanSchema,
  mentorId: z.string().nullish(),
  mentorName: optionalPersonName('mentorName', 200),
  learningGoals: optionalText('learningGoals', 4000),
  schoolPeriods: schoolPeriodsSchema.nullish(),
  draft: z.boolean().nullish(),
});

export const updateSchema = z.object({
  startDate: isoDate('startDate').nullish(),
  plannedEndDate: z.string().nullish(),
  hoursPlan: hoursPlanSchema.nullish(),
  mentorId: z.string().nullish(),
  mentorName: optionalPersonName('mentorName', 200),
  learningGoals: optionalText('learningGoals', 4000),
  schoolPeriods: schoolPeriodsSchema.nullish(),
  version: z.number().int(),
});

/** What a company may change in its proposal: not the person's data, not the school periods, no free-text mentor. */
export const companyChangeSchema = z.object({
  startDate: isoDate('startDate').nullish(),
  plannedEndDate: z.string().nullish(),
  hoursPlan: hoursPlanSchema.nullish(),
  mentorId: z.string().nullish(),
  learningGoals: optionalText('learningGoals', 4000),
});

export const followUpSchema = z
  .object({
    date: z.string(),
    attendedHours: hours('attendedHours'),
    ordinaryHours: hours('ordinaryHours'),
    absenceDays: intRange('absenceDays', 0, 7),
    progress: intRange('progress', 1, 5),
    note: optionalText('note', 4000),
    nextFollowUpDate: z.string().nullish(),
    confirmedCompetences: z
      .array(z.string())
      .max(50, { error: say('placements.confirmMax', { max: 50 }) })
      .nullish(),
    correctsFollowUpId: z.string().nullish(),
  })
  .superRefine((f, ctx) => {
    if (f.ordinaryHours > f.attendedHours) {
      ctx.addIssue({
        code: 'custom',
        path: ['ordinaryHours'],
        message: t('placements.ordinaryOverAttended', {
          ordinary: formatNumber(f.ordinaryHours),
          attended: formatNumber(f.attendedHours),
        }),
      });
    }
  });

/** The highest hourly wage taken as real (kroner); above it, a monthly wage was likely typed. */
const MAX_HOURLY_WAGE_KR = 1000;

/** A conversion to ordinary work: the job's weekly hours (0 < h ≤ 37), hourly wage and start date. */
const conversionSchema = z.object({
  weeklyHours: positiveHours('jobWeeklyHours'),
  hourlyWage: z
    .number({ error: say('igu.wageNumber') })
    .refine((v) => Number.isFinite(v) && v > 0, { error: say('igu.wagePositive') })
    .refine((v) => v <= MAX_HOURLY_WAGE_KR, { error: say('igu.wageMax', { max: MAX_HOURLY_WAGE_KR }) }),
  startDate: isoDate('jobStartDate'),
});

export const noteSchema = z.object({ note: optionalText('note', 4000) });

/** The company says why it refuses an agreement (the job centre acts on it); the job centre may say why it withdraws. */
export const refusalSchema = z.object({ reason: text('reason', 2000) });
export const withdrawalSchema = z.object({ reason: optionalText('reason', 2000) });

/** The rule for learning goals: an internship is for learning, so it must say what. */
export function assertLearningGoals(type: PlacementType, goals: string | null | undefined): void {
  if (type === PlacementType.INTERNSHIP && !goals) {
    throw badInput('learningGoals', t('placements.learningGoalsMissing'));
  }
}

/** School periods as stored: with the weeks each spans, in date order. */
export const toPeriods = (periods: readonly Period[]) =>
  [...periods]
    .sort((a, b) => compareDates(a.startDate, b.startDate))
    .map((p) => ({ startDate: p.startDate, endDate: p.endDate, weeks: periodWeeks(p) }));

/** Refuses school periods that do not fit the programme (BAD_USER_INPUT on schoolPeriods, row by row). */
function assertSchoolPeriods(periods: readonly Period[], start: string, end: string, maxWeeks: number): void {
  const problems = schoolPeriodProblems(periods, start, end, maxWeeks);
  const first = problems[0];
  if (!first) return;
  const message = (() => {
    switch (first.kind) {
      case 'order':
        return t('programme.schoolOrder');
      case 'outside':
        return t('programme.schoolOutside', { start: formatDate(first.start), end: formatDate(first.end) });
      case 'overlap':
        return t('programme.schoolOverlap', { other: first.other + 1 });
      case 'tooMany':
        return t('programme.schoolTooMany', { weeks: first.weeks, max: first.max });
    }
  })();
  throw first.kind === 'tooMany'
    ? badInput('schoolPeriods', message)
    : badInput('schoolPeriods', t('validation.row', { row: first.index + 1, message }), first.index);
}

export const toPlan = (plan: PlanStep[]): HoursPlanStep[] =>
  plan.map((s) => ({ fromWeek: s.fromWeek, weeklyHours: s.weeklyHours, ordinaryHours: s.ordinaryHours }));

/**
 * Refuses a planned end beyond the type's longest length (configuration): `weeks` when agreed, `extendedWeeks`
 * when extended. Without a planned end, a type with a maximum ends at it.
 */
export function withinMaxLength(
  rules: Rules,
  type: PlacementType,
  start: string,
  plannedEnd: string | null,
  which: 'weeks' | 'extendedWeeks',
  field: 'plannedEndDate' | 'startDate' = 'plannedEndDate',
): string | null {
  const limit = rules.placementMaxWeeks[type as keyof Rules['placementMaxWeeks']];
  if (!limit) return plannedEnd;
  const last = addDays(start, limit[which] * 7 - 1);
  if (!plannedEnd) return last;
  if (compareDates(plannedEnd, last) > 0 && field === 'startDate') {
    // The start moved earlier: say how early it may be with the end as agreed.
    throw badInput(
      'startDate',
      t('agreement.tooLongStart', {
        type: t(`agreement.type.${type as keyof Rules['placementMaxWeeks']}`),
        extended: limit.extendedWeeks,
        end: formatDate(plannedEnd),
        first: formatDate(addDays(plannedEnd, -(limit[which] * 7 - 1))),
      }),
    );
  }
  if (compareDates(plannedEnd, last) > 0) {
    throw badInput(
      'plannedEndDate',
      t(which === 'weeks' ? 'agreement.tooLong' : 'agreement.tooLongExtended', {
        type: t(`agreement.type.${type as keyof Rules['placementMaxWeeks']}`),
        weeks: limit.weeks,
        extended: limit.extendedWeeks,
        last: formatDate(last),
      }),
    );
  }
  return plannedEnd;
}

/**
 * IGU as a programme: it runs the configured months (the planned end is the programme's last day, or
 * refused) and holds its school periods (given, or the school weeks planned as even blocks). Other
 * types keep their planned end and hold no school periods.
 */
export function programmeTerms(
  allRules: Rules,
  type: PlacementType,
  start: string,
  plannedEnd: string | null,
  periods: Period[] | null,
): { plannedEndDate: string | null; schoolPeriods: ReturnType<typeof toPeriods> } {
  const rules = allRules.igu;
  if (type !== PlacementType.IGU) {
    if (periods?.length)
      throw badInput('schoolPeriods', t('programme.schoolNotIgu', { type: t(`enums.placementType.${type}`) }));
    return { plannedEndDate: plannedEnd, schoolPeriods: [] };
  }
  const end = programmeEnd(start, rules.programmeMonths);
  if (plannedEnd && plannedEnd !== end) {
    throw badInput(
      'plannedEndDate',
      t('programme.lengthWrong', {
        months: rules.programmeMonths,
        start: formatDate(start),
        end: formatDate(end),
        given: formatDate(plannedEnd),
      }),
    );
  }
  const plan = periods ?? defaultSchoolPeriods(start, rules);
  assertSchoolPeriods(plan, start, end, rules.schoolWeeks);
  return { plannedEndDate: end, schoolPeriods: toPeriods(plan) };
}

/** The IGU eligibility rules as configured. */
export function iguRules(r: Rules): IguRulesConfig {
  return {
    minAge: r.iguMinAge,
    maxAge: r.iguMaxAge,
    maxYearsSinceArrival: r.iguMaxYearsSinceArrival,
    allowedResidenceCategories: DEFAULT_IGU_RULES.allowedResidenceCategories,
  };
}

/** The job of a conversion: required (and only allowed) with CONVERTED_TO_ORDINARY_HOURS; every field checked at once. */
export function parseConversion(
  outcome: PlacementOutcome,
  input: ConversionInput | null | undefined,
): z.infer<typeof conversionSchema> | null {
  const converted = outcome === PlacementOutcome.CONVERTED_TO_ORDINARY_HOURS;
  if (!converted) {
    if (input) throw badInput('conversion', t('journal.conversionOnlyForConverted'));
    return null;
  }
  if (!input) throw badInput('conversion', t('journal.conversionMissing'));
  try {
    return parseInput(conversionSchema, input);
  } catch (err) {
    // Name the fields as the form has them: conversion.weeklyHours, conversion.hourlyWage, conversion.startDate.
    if (err instanceof DomainError && Array.isArray(err.extensions.fields)) {
      const fields = (err.extensions.fields as { field: string; message: string }[]).map((f) => ({
        field: `conversion.${f.field}`,
        message: f.message,
      }));
      throw new DomainError('BAD_USER_INPUT', err.message, { field: fields[0]?.field, fields });
    }
    throw err;
  }
}
