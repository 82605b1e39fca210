import { GraphQLError } from 'graphql';
import type { Catalogue } from '../i18n/da.js';
import { type MessageKey, t } from '../i18n/index.js';

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
/** The field problems a BAD_USER_INPUT error carries; any other error is thrown on. */
export function problemsOf(err: unknown): FieldProblem[] {
  if (!(err instanceof GraphQLError) || err.extensions?.code !== 'BAD_USER_INPUT') throw err;
  const fields = err.extensions.fields as FieldProblem[] | undefined;
  if (fields?.length) return fields;
  return [{ field: typeof err.extensions.field === 'string' ? err.extensions.field : 'input', message: err.message }];
}

export const unauthenticated = () => new DomainError('UNAUTHENTICATED', t('errors.unauthenticated'));

/** What a caller may not reach, said in the caller's language: a key of `forbidden` in the catalogue. */
export type ForbiddenKey = keyof Catalogue['forbidden'];
export const forbidden = (what: ForbiddenKey = 'default') =>
  new DomainError('FORBIDDEN', t(`forbidden.${what}` as MessageKey));

export type EntityKey = keyof Catalogue['entities'];
export const notFound = (what: EntityKey, id?: string) =>
  new DomainError(
    'NOT_FOUND',
    id
      ? t('errors.notFoundWithId', { what: t(`entities.${what}`), id })
      : t('errors.notFound', { what: t(`entities.${what}`) }),
  );

/** A stale version: names the row (`name`, e.g. a task's title) and the versions, and says what to do. */
export const conflict = (what: EntityKey, name: string | null, expected: number, actual: number) =>
  new DomainError(
    'CONFLICT',
    t('errors.conflict', {
      what: name ? `${t(`entities.${what}`)} "${name}"` : t(`entities.${what}`),
      expected,
      actual,
    }),
    { field: 'version', currentVersion: actual },
  );
export const searchUnavailable = () => new DomainError('SEARCH_UNAVAILABLE', t('errors.searchUnavailable'));
export const serviceUnavailable = () => new DomainError('SERVICE_UNAVAILABLE', t('errors.databaseUnavailable'));
