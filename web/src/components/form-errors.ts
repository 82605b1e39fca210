import type { CombinedError } from 'urql';

/**
 * The server names the offending field in `extensions.field`: turn that into
 * `{ field: message }` for the form, so the error stands next to its input.
 */
export function fieldErrors(error: CombinedError | undefined): {
  fields: Record<string, string>;
  general: string | null;
} {
  if (!error) return { fields: {}, general: null };
  const fields: Record<string, string> = {};
  let general: string | null = null;
  for (const e of error.graphQLErrors) {
    const field = e.extensions?.field as string | undefined;
    if (field) fields[field.replace(/^input\./, '')] = e.message;
    else general ??= e.message;
  }
  if (!error.graphQLErrors.length) general = error.networkError?.message ?? error.message;
  return { fields, general };
}
