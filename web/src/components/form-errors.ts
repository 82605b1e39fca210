import type { CombinedError } from 'urql';

/**
 * The server names every offending field in `extensions.fields` (the first also in
 * `extensions.field`): turn that into `{ field: message }` for the form, so each error stands
 * next to its input.
 */
export function fieldErrors(error: CombinedError | undefined): {
  fields: Record<string, string>;
  general: string | null;
} {
  if (!error) return { fields: {}, general: null };
  const fields: Record<string, string> = {};
  let general: string | null = null;
  for (const e of error.graphQLErrors) {
    // Every invalid field at once (`extensions.fields`); older answers name only `extensions.field`.
    const list = Array.isArray(e.extensions?.fields)
      ? (e.extensions.fields as { field: string; message: string }[])
      : e.extensions?.field
        ? [{ field: e.extensions.field as string, message: e.message }]
        : [];
    for (const f of list) fields[f.field.replace(/^input\./, '')] ??= f.message;
    if (!list.length) general ??= e.message;
  }
  if (!error.graphQLErrors.length) general = error.networkError?.message ?? error.message;
  return { fields, general };
}
