import { currentLocale, type Locale, tIn } from '../../i18n/index.js';

/**
 * CVR numbers (Det Centrale Virksomhedsregister): 8 digits, never starting
 * with 0, the last digit a modulus-11 check digit: with weights
 * 2, 7, 6, 5, 4, 3, 2, 1 the weighted digit sum is divisible by 11.
 *
 * Input handling: all whitespace is stripped before checking, so
 * "1015 0817" and " 10150817 " are accepted as 10150817. Store the result of
 * `normalizeCvr`, never the raw input. Anything else that is not a digit
 * (letters, dashes, a "DK" prefix) is rejected with a message saying so.
 */

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** The CVR with all whitespace removed (the canonical stored form). */
export function normalizeCvr(cvr: string): string {
  return cvr.replace(/\s+/g, '');
}

/** Weighted modulus-11 sum of an 8-digit string (digits only). */
function weightedSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(digits[i]) * (WEIGHTS[i] as number);
  return sum;
}

/**
 * Null when `cvr` is a valid CVR number (after stripping whitespace); otherwise a message a person
 * can act on, in `locale` (default: the running request's language).
 */
export function cvrProblem(cvr: string, locale: Locale = currentLocale()): string | null {
  const value = normalizeCvr(cvr);
  if (value.length === 0) return tIn(locale, 'cvr.empty');
  if (!/^\d+$/.test(value)) return tIn(locale, 'cvr.digitsOnly', { value });
  if (value.length !== 8) return tIn(locale, 'cvr.length', { length: value.length });
  if (value.startsWith('0')) return tIn(locale, 'cvr.leadingZero', { value });
  if (weightedSum(value) % 11 !== 0) return tIn(locale, 'cvr.checkDigit', { value });
  return null;
}

/** True when `cvr` is valid (after stripping whitespace). */
export function isValidCvr(cvr: string): boolean {
  return cvrProblem(cvr) === null;
}
