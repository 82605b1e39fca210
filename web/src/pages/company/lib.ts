import type React from 'react';
import type { CombinedError } from 'urql';
import { fieldErrors } from '../../components/form-errors.js';

/** A day ('2026-11-23' or an ISO date-time) in the reader's language, e.g. "23. nov. 2026". */
export function formatDate(value: string | null | undefined, lang: string): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium' }).format(date);
}

/** Hours and other decimals with a Danish decimal comma: 18.5 → "18,5". */
export function formatNumber(value: number | null | undefined, lang: string): string {
  if (value == null) return '';
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 }).format(value);
}

/**
 * Today as the job centre counts it (Europe/Copenhagen), the same day the server checks a report
 * against: the browser's own zone would offer yesterday between midnight and 01:00 on a UTC machine.
 */
export { todayIso } from '../adviser/format.js';

/** True when the server refused a stale `version`. */
export function isConflict(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === 'CONFLICT');
}

export interface ServerErrorOutcome {
  /** A message with no field in the form (or a network failure), to show above the submit button. */
  general: string | null;
  /** The server refused a stale version. */
  conflict: boolean;
  /** At least one field error was placed next to its field. */
  placed: boolean;
}

/**
 * Puts the server's field errors next to the fields of a Mantine form. Nested fields such as
 * `requiredCompetences.minLevel` land on their list field; `aliases` maps server fields to form fields.
 */
export function applyServerErrors(
  form: { getValues: () => object; setErrors: (errors: Record<string, string>) => void },
  error: CombinedError | undefined,
  aliases: Record<string, string> = {},
): ServerErrorOutcome {
  if (!error) return { general: null, conflict: false, placed: false };
  if (isConflict(error)) return { general: null, conflict: true, placed: false };
  const { fields, general } = fieldErrors(error);
  const known = Object.keys(form.getValues());
  const errors: Record<string, string> = {};
  let rest: string | null = general;
  for (const [field, message] of Object.entries(fields)) {
    const target = aliases[field] ?? aliases[field.split('.')[0]!] ?? field.split('.')[0]!;
    if (known.includes(target)) errors[target] ??= message;
    else rest ??= message;
  }
  const placed = Object.keys(errors).length > 0;
  if (placed) form.setErrors(errors);
  return { general: rest, conflict: false, placed };
}

/**
 * Moves keyboard focus to the first field marked invalid, so a screen reader reads its error.
 * The errors were just set: React may not have rendered them by the next frame on a busy
 * machine, so look again each frame for up to a second (CI caught focus left on the page body).
 */
export function focusFirstInvalid(root: HTMLElement | null = document.body, until = performance.now() + 1000) {
  requestAnimationFrame(() => {
    const el = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (el) el.focus();
    else if (performance.now() < until) focusFirstInvalid(root, until);
  });
}

/**
 * Mantine's error red (red.6) is below 4.5:1 on white; forms in this workspace use red.9 for error
 * texts and invalid inputs. (Belongs in the shared theme's cssVariablesResolver.)
 */
export const errorContrast = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as React.CSSProperties;

/** A table caption that screen readers read but that is not shown (the page heading already says it). */
export const hiddenCaption: React.CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  margin: 0,
  padding: 0,
};

/** A language code ('ar', 'ti') as its name in the reader's language ('arabisk', 'tigrinya'); names stay as given. */
export function languageName(code: string, lang: string): string {
  if (!/^[a-z]{2,3}$/i.test(code)) return code;
  try {
    return new Intl.DisplayNames([lang === 'en' ? 'en' : 'da'], { type: 'language' }).of(code.toLowerCase()) ?? code;
  } catch {
    return code;
  }
}
