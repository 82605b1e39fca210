import { type DestinationStream, type Logger, pino } from 'pino';
import type { Config } from '../config.js';

export type { Logger };

/**
 * The server's one logger: a JSON object per line on stdout, for a log collector to read.
 * Only ids, names of operations and numbers go in: never a person's name, a variable or a request body.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'jobbro' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

const SQL_FIRST = /^\s*(select|insert|update|delete|with)\b[\s\S]* - /i;

/**
 * What of an error goes in the log: its type, message (without the SQL), SQL state and stack. Not its other fields:
 * a PostgreSQL error's `detail` and `parameters` carry the values of the row.
 */
export function errorFields(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { message: String(err).slice(0, 500) };
  const code = (err as { code?: unknown }).code;
  // knex puts the SQL with its values in front of the database's message ("insert … values ('Amina', …) - …").
  const message = SQL_FIRST.test(err.message) ? err.message.slice(err.message.lastIndexOf(' - ') + 3) : err.message;
  return {
    type: err.name,
    message: message.slice(0, 500),
    ...(typeof code === 'string' ? { code } : {}),
    stack: err.stack?.replace(err.message, message),
  };
}
