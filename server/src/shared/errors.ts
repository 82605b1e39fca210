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

/**
 * A rejected input: names the field and says what to do. `index`: which row of a
 * list input is wrong (0-based), so a form can point at it.
 */
export const badInput = (field: string, message: string, index?: number) =>
  new DomainError('BAD_USER_INPUT', message, index === undefined ? { field } : { field, index });
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
