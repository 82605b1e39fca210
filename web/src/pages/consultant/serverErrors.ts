import type { CombinedError } from 'urql';
import { fieldErrors } from '../../components/form-errors.js';

/**
 * Puts the server's field errors next to the form's fields (renaming server field paths
 * where the form names them differently) and returns what is left as a general message.
 */
export function applyServerErrors(
  error: CombinedError | undefined,
  setErrors: (errors: Record<string, string>) => void,
  known: string[],
  rename: (field: string) => string = (f) => f,
): string | null {
  const { fields, general } = fieldErrors(error);
  const mapped: Record<string, string> = {};
  const rest: string[] = [];
  for (const [field, message] of Object.entries(fields)) {
    const name = rename(field);
    if (known.includes(name)) mapped[name] = message;
    else rest.push(message);
  }
  setErrors(mapped);
  return [general, ...rest].filter(Boolean).join(' ') || null;
}
