import { z } from 'zod';
import { badInput, badInputs, type FieldProblem } from './errors.js';
import { lookupPostcode } from './postcodes.js';

/**
 * Validates a mutation's input with a zod schema; every invalid field becomes one entry of a
 * BAD_USER_INPUT error (the first message per field and row), so a form shows them all at once.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badInputs(zodProblems(result.error.issues));
}

/** zod's issues as field problems: one per field and list row, in the schema's order. */
export function zodProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of issues) {
    const field = issue.path.filter((p) => typeof p === 'string').join('.') || 'input';
    const index = issue.path.find((p) => typeof p === 'number');
    const key = `${field}#${index ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A list row is named in words ("row 2") and in `index` for the form.
    problems.push(
      index === undefined
        ? { field, message: issue.message }
        : { field, message: `Row ${index + 1}: ${issue.message}`, index },
    );
  }
  return problems;
}

/** Weekly hours: 0–37, half hours allowed. */
export const hours = (label = 'Hours') =>
  z
    .number({ error: `${label} must be a number.` })
    .min(0, `${label} cannot be negative.`)
    .max(37, `${label} cannot be more than 37 a week.`)
    .refine((v) => Number.isFinite(v) && Math.round(v * 2) === v * 2, `${label} must be in whole or half hours.`);

export const positiveHours = (label = 'Weekly hours') =>
  hours(label).refine((v) => v > 0, `${label} must be more than 0.`);

export const text = (label: string, max: number, min = 1) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(min, min === 1 ? `${label} cannot be empty.` : `${label} needs at least ${min} characters.`)
        .max(max, `${label} can be at most ${max} characters.`),
    );

export const optionalText = (label: string, max: number) =>
  z
    .string()
    .max(max, `${label} can be at most ${max} characters.`)
    .transform((s) => s.trim())
    .nullish();

export const postcode = z
  .string()
  .transform((s) => s.trim())
  .refine((p) => /^\d{4}$/.test(p), 'A postcode has 4 digits, e.g. 5000.')
  .refine((p) => !!lookupPostcode(p), 'That is not a Danish geographic postcode.');

export const isoDate = (label: string) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date like 2026-11-23.`);

/** Throws BAD_USER_INPUT on `laterField` when `later` is before `earlier`. */
export function assertDateOrder(
  earlierField: string,
  earlier: string | null | undefined,
  laterField: string,
  later: string | null | undefined,
): void {
  if (earlier && later && later < earlier) {
    throw badInput(laterField, `${laterField} (${later}) must be on or after ${earlierField} (${earlier}).`);
  }
}

export const intRange = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} must be at most ${max}.`);
