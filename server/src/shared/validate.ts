import { z } from 'zod';
import { type Catalogue, da } from '../i18n/da.js';
import { formatDate, formatNumber, type MessageKey, t } from '../i18n/index.js';
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
        : { field, message: t('validation.row', { row: index + 1, message: issue.message }), index },
    );
  }
  return problems;
}

/** A form field's name in the catalogue (`fields.*`): messages name it in the caller's language. */
export type FieldKey = keyof Catalogue['fields'];

/**
 * A message read when zod reports the issue, not when the schema is built: the schemas are
 * module constants, and the language is the running request's.
 */
export const say =
  (key: MessageKey, values: Record<string, unknown> = {}) =>
  () =>
    t(key, values);
const sayField = (key: MessageKey, label: FieldKey, values: Record<string, unknown> = {}) => ({
  error: () => t(key, { label: t(`fields.${label}`), ...values }),
});

/** Weekly hours: 0–37, half hours allowed. */
export const hours = (label: FieldKey = 'hours') =>
  z
    .number(sayField('validation.number', label))
    .min(0, sayField('validation.hoursNegative', label))
    .max(37, sayField('validation.hoursOver37', label))
    .refine((v) => Number.isFinite(v) && Math.round(v * 2) === v * 2, sayField('validation.halfHours', label));

export const positiveHours = (label: FieldKey = 'weeklyHours') =>
  hours(label).refine((v) => v > 0, sayField('validation.hoursPositive', label));

export const text = (label: FieldKey, max: number, min = 1) =>
  z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(min, min === 1 ? sayField('validation.empty', label) : sayField('validation.tooShort', label, { min }))
        .max(max, sayField('validation.tooLong', label, { max: formatNumber(max) })),
    );

/** Bidi embeddings, overrides, isolates and marks: they make a name read otherwise than it is stored (U+202E). */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** What shows nothing on screen: format characters (zero-width, BOM, soft hyphen), spaces, Hangul and Braille blanks. */
const INVISIBLE = /[\p{Cf}\p{Z}\s\u115F\u1160\u3164\uFFA0\u2800]/gu;

const nameChecks = (label: FieldKey, s: z.ZodString) =>
  s
    .refine((v) => !BIDI_CONTROL.test(v), sayField('validation.nameBidi', label))
    .refine((v) => v === '' || v.replace(INVISIBLE, '') !== '', sayField('validation.nameInvisible', label));

/**
 * A person's name (first, last, contact, mentor, user): Unicode NFC (one form for "é" however it
 * was typed, so searches and duplicates agree), trimmed, and never invisible or direction-tricked.
 * Zero-width joiners stay allowed inside a name: Persian and other scripts need them.
 */
export const personName = (label: FieldKey, max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      nameChecks(
        label,
        z
          .string()
          .min(1, sayField('validation.empty', label))
          .max(max, sayField('validation.tooLong', label, { max: formatNumber(max) })),
      ),
    );

/** An optional person name: as personName, but empty is allowed. */
export const optionalPersonName = (label: FieldKey, max: number) =>
  z
    .string()
    .max(max, sayField('validation.tooLong', label, { max: formatNumber(max) }))
    .transform((s) => s.normalize('NFC').trim())
    .pipe(nameChecks(label, z.string()))
    .nullish();

export const optionalText = (label: FieldKey, max: number) =>
  z
    .string()
    .max(max, sayField('validation.tooLong', label, { max: formatNumber(max) }))
    .transform((s) => s.trim())
    .nullish();

export const postcode = z
  .string()
  .transform((s) => s.trim())
  .refine((p) => /^\d{4}$/.test(p), { error: say('validation.postcodeFormat') })
  .refine((p) => !!lookupPostcode(p), { error: say('validation.postcodeUnknown') });

export const isoDate = (label: FieldKey) =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, sayField('validation.dateFormat', label));

/** A field path's name for a person: `filter.from` → "Fra" from the catalogue, else the path itself. */
export function fieldLabel(path: string): string {
  const last = path.slice(path.lastIndexOf('.') + 1);
  return last in da.fields ? t(`fields.${last as FieldKey}`) : path;
}

/** Throws BAD_USER_INPUT on `laterField` when `later` is before `earlier`. */
export function assertDateOrder(
  earlierField: string,
  earlier: string | null | undefined,
  laterField: string,
  later: string | null | undefined,
): void {
  if (earlier && later && later < earlier) {
    throw badInput(
      laterField,
      t('validation.dateOrder', {
        later: fieldLabel(laterField),
        laterValue: formatDate(later),
        earlier: fieldLabel(earlierField),
        earlierValue: formatDate(earlier),
      }),
    );
  }
}

export const intRange = (label: FieldKey, min: number, max: number) =>
  z
    .number(sayField('validation.number', label))
    .int(sayField('validation.wholeNumber', label))
    .min(min, sayField('validation.atLeast', label, { min: formatNumber(min) }))
    .max(max, sayField('validation.atMost', label, { max: formatNumber(max) }));
