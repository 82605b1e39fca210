import type { MiddlewareFn } from 'type-graphql';
import { formatNumber, t } from '../i18n/index.js';
import type { Context } from './context.js';
import { badInput } from './errors.js';
import { fieldLabel } from './validate.js';

/**
 * The longest text accepted in any argument or input field, by its name (README, "Security
 * limits"). Checked for every field before its resolver runs, so an oversized value never
 * reaches a query; services keep their own, often tighter, rules on top.
 */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  search: 200,
  query: 200,
  firstName: 100,
  lastName: 100,
  mentorName: 100,
  name: 200,
  title: 200,
  label: 200,
  email: 254,
  password: 256,
  note: 4_000,
  reason: 4_000,
  evidence: 4_000,
  description: 10_000,
  summary: 10_000,
  education: 10_000,
  learningGoals: 10_000,
  accommodationNeeds: 10_000,
  // Imports check the 2 MB in bytes themselves; characters are never more than bytes.
  csv: 2 * 1024 * 1024,
};

/** Every other text: ids, codes, postcodes, cursors, languages. */
export const DEFAULT_TEXT_LIMIT = 1_000;

export const textLimit = (name: string) => TEXT_LIMITS[name] ?? DEFAULT_TEXT_LIMIT;

/** The first text in `value` (arguments, input objects, lists) longer than its field's limit. */
export function tooLongText(value: unknown, name = 'input', depth = 0): { field: string; max: number } | null {
  if (typeof value === 'string') return value.length > textLimit(name) ? { field: name, max: textLimit(name) } : null;
  if (depth > 10 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = tooLongText(item, name, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = tooLongText(item, key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Global middleware: refuses an oversized text before any resolver (and so any query) runs. */
export const LimitText: MiddlewareFn<Context> = ({ args }, next) => {
  if (args && Object.keys(args).length) {
    const found = tooLongText(args, 'input');
    if (found) {
      throw badInput(
        found.field,
        t('validation.textTooLong', { field: fieldLabel(found.field), max: formatNumber(found.max) }),
      );
    }
  }
  return next();
};
