/**
 * Client-side CVR check (the server checks again): 8 digits, not starting with 0,
 * modulus-11 check digit with weights 2,7,6,5,4,3,2,1. Returns an i18n key and its
 * values, or null when the number is valid. Whitespace is ignored, as on the server.
 */
const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

export type CvrProblem = { key: string; values?: Record<string, string | number> } | null;

export function cvrProblem(raw: string): CvrProblem {
  const value = raw.replace(/\s+/g, '');
  if (!value) return { key: 'consultant.cvr.empty' };
  if (!/^\d+$/.test(value)) return { key: 'consultant.cvr.digits' };
  if (value.length !== 8) return { key: 'consultant.cvr.length', values: { count: value.length } };
  if (value.startsWith('0')) return { key: 'consultant.cvr.zero' };
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(value[i]), 0);
  if (sum % 11 !== 0) return { key: 'consultant.cvr.checkDigit', values: { cvr: value } };
  return null;
}
