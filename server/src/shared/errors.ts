import { GraphQLError } from 'graphql';

/** The error codes of the API contract; `extensions.code` carries one of these. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SEARCH_UNAVAILABLE'
  | 'SERVICE_UNAVAILABLE'
  | 'TOO_MANY_REQUESTS';

export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** One invalid field of an input: its path, what to do, and (for list inputs) which row, 0-based. */
export interface FieldProblem {
  field: string;
  message: string;
  index?: number;
}

/**
 * A rejected input: names the field and says what to do. `index`: which row of a
 * list input is wrong (0-based), so a form can point at it.
 */
export const badInput = (field: string, message: string, index?: number) =>
  badInputs([index === undefined ? { field, message } : { field, message, index }]);

/**
 * Every invalid field of an input at once, in `extensions.fields`; the first one also stays in
 * `extensions.field` (and the message), as the first-round contract had it.
 */
export function badInputs(problems: readonly FieldProblem[]): DomainError {
  const first = problems[0];
  if (!first) throw new Error('badInputs needs at least one problem');
  return new DomainError('BAD_USER_INPUT', first.message, {
    field: first.field,
    ...(first.index === undefined ? {} : { index: first.index }),
    fields: problems.map((p) => (p.index === undefined ? { field: p.field, message: p.message } : { ...p })),
  });
}
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'Please log in.');
export const forbidden = (what = 'this') => new DomainError('FORBIDDEN', `You do not have access to ${what}.`);
export const notFound = (what: string, id?: string) =>
  new DomainError('NOT_FOUND', id ? `${what} ${id} was not found.` : `${what} was not found.`);
export const conflict = (what: string, expected: number, actual: number) =>
  new DomainError(
    'CONFLICT',
    `${what} was changed by someone else (your version ${expected}, current ${actual}). Reload it and apply your change again.`,
    { field: 'version', currentVersion: actual },
  );
export const searchUnavailable = () =>
  new DomainError('SEARCH_UNAVAILABLE', 'Search is unavailable right now. Your data is safe; try again in a minute.');
export const serviceUnavailable = () =>
  new DomainError(
    'SERVICE_UNAVAILABLE',
    'The database is unavailable right now. Nothing was changed; try again shortly.',
  );
