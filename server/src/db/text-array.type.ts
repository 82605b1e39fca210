import { ArrayType, type Platform, type TransformContext } from '@mikro-orm/core';

/**
 * A PostgreSQL `text[]` literal with every element quoted.
 *
 * MikroORM's PostgreSQL platform quotes an element only when it holds `"{},\` or is empty, so a
 * synonym or language typed as "null" is stored as SQL NULL (and GraphQL then fails on a
 * non-null list), leading and trailing spaces are trimmed away, and a newline beside a quote is
 * written in JSON's escaping, which PostgreSQL reads differently. Quoting every element, with
 * PostgreSQL's own escaping (backslash before `"` and `\`), stores exactly what was given.
 */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${String(v).replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

export class TextArrayType extends ArrayType<string> {
  override convertToDatabaseValue(
    value: string[] | null,
    platform: Platform,
    context?: TransformContext,
  ): string | null {
    if (Array.isArray(value)) return textArrayLiteral(value);
    return super.convertToDatabaseValue(value, platform, context);
  }

  override getColumnType(): string {
    return 'text[]';
  }
}
