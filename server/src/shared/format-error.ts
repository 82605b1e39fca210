import { unwrapResolverError } from '@apollo/server/errors';
import { ConnectionException } from '@mikro-orm/core';
import { type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { Config } from '../config.js';
import { t } from '../i18n/index.js';
import { errorFields, type Logger } from '../ops/logger.js';
import { DomainError } from './errors.js';

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SEARCH_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COSTLY',
]);

// A pool with no free connection (knex's acquire timeout) or a connect that timed out under load.
const DB_BUSY = /Timeout acquiring a connection|timeout expired|timeout exceeded when trying to connect/i;
const DB_DOWN =
  /ECONNREFUSED|ECONNRESET|EPIPE|Connection terminated|Connection ended unexpectedly|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection|server closed the connection|Timeout acquiring a connection/i;
// SQLSTATE class 08 (connection exception) and 57P01–57P03 (shutdown, crash, cannot connect now).
const DB_DOWN_CODE = /^(08|57P0[123])/;

/** SERVICE_UNAVAILABLE for an error that says the database is down or has no free connection, else null. */
export function unavailableError(error: unknown): DomainError | null {
  const text = error instanceof Error ? error.message : '';
  const sqlState = String((error as { code?: string } | null)?.code ?? '');
  // Apollo answers context errors with their own HTTP status: 503, not 500.
  const http = { http: { status: 503 } };
  if (DB_BUSY.test(text)) {
    return new DomainError('SERVICE_UNAVAILABLE', t('errors.busy'), http);
  }
  if (error instanceof ConnectionException || DB_DOWN.test(text) || DB_DOWN_CODE.test(sqlState)) {
    return new DomainError('SERVICE_UNAVAILABLE', t('errors.databaseUnavailable'), http);
  }
  return null;
}

/**
 * Shapes every error the API returns: validation errors name their field,
 * a lost database says SERVICE_UNAVAILABLE, and anything unexpected is masked.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  config: Config,
  logger?: Pick<Logger, 'error'>,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const first = original.extensions.validationErrors?.[0] as
      | {
          property: string;
          constraints?: Record<string, string>;
          children?: { property: string; constraints?: Record<string, string> }[];
        }
      | undefined;
    const child = first?.children?.[0];
    const field = child?.property ?? first?.property ?? 'input';
    const message = Object.values(child?.constraints ?? first?.constraints ?? {})[0] ?? t('validation.invalid');
    return { message, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field } };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code === 'BAD_USER_INPUT' && !formatted.extensions?.field) {
    // Scalars (dates, enums) are rejected while variables are read: recover the field from the message.
    return { ...formatted, extensions: { ...formatted.extensions, field: variableErrorField(formatted.message) } };
  }
  if (code && KNOWN_CODES.has(code)) return formatted;
  const unavailable = unavailableError(original);
  if (unavailable) {
    return { message: unavailable.message, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  logger?.error({ err: errorFields(original) }, 'Unexpected error');
  if (config.production) {
    return {
      message: t('errors.internal'),
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  return formatted;
}

/**
 * The field of a variable that GraphQL refused, from its message: `at "input.readiness"` gives readiness;
 * `at "competences[1]"; Field "level" … was not provided` gives competences.level; else the variable's name.
 */
export function variableErrorField(message: string): string {
  const at = /at "[^".]*\.?([^"]*)"/.exec(message)?.[1];
  if (at) return at;
  const path = /at "([^"]*)"/.exec(message)?.[1]?.replace(/\[\d+\]/g, '');
  const missing = /Field "(\w+)" of required type/.exec(message)?.[1];
  const base = path || /Variable "\$(\w+)"/.exec(message)?.[1];
  if (base && missing) return `${base}.${missing}`;
  return base || missing || 'input';
}
