import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { t } from '../i18n/index.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError(t('validation.dateLooks', { value: JSON.stringify(value)?.slice(0, 40) }), {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const d = new Date(`${value}T00:00:00Z`);
  // Year 0000 parses in JavaScript but is no calendar year (1 BC is followed by AD 1): PostgreSQL refuses it.
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value || value.startsWith('0000')) {
    throw new GraphQLError(t('validation.dateNotReal', { value }), { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** A calendar day, 'YYYY-MM-DD', kept as a string end to end (no time zone shifts). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day in ISO-8601, e.g. 2026-11-23',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : parseDay(v)),
  parseValue: parseDay,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(t('validation.dateString'));
    return parseDay(ast.value);
  },
});
