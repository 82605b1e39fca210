import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Messages for people come from the catalogue (`t('section.key')`), never from a sentence written
 * inline: an inline sentence is one language only, whatever the caller chose. This reads every
 * server source file and fails on a sentence handed straight to an error or a validation rule.
 */
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Not request-facing: the catalogue itself, scripts, embedded services, migrations and seeds. */
const SKIP_DIRS = new Set(['i18n', 'scripts', 'services', 'db']);
/** Read by the operator at start-up, before any request: configuration errors stay English. */
const SKIP_FILES = new Set(['config.ts']);

/** Calls whose string arguments reach a person: errors and zod's checks with a message. */
const MESSAGE_CALLS = new Set([
  'badInput',
  'badInputs',
  'DomainError',
  'GraphQLError',
  'addIssue',
  'min',
  'max',
  'int',
  'length',
  'refine',
  'regex',
  'email',
  'uuid',
  'nonempty',
]);
/** Object properties that carry a message (`{ field, message }`, zod's `{ error }`). */
const MESSAGE_PROPS = new Set(['message', 'error']);

/** Two words in a row: a sentence, not a key, a field path or an operation name. */
const SENTENCE = /\p{L}{2,}[\s]+\p{L}{2,}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : sourceFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') && !SKIP_FILES.has(e.name) ? [p] : [];
  });
}

const calleeName = (e: ts.Expression): string | undefined =>
  ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;

/** The literal text an expression puts into a message (not what nested calls such as `t()` return). */
function literalText(e: ts.Expression): string[] {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
  if (ts.isTemplateExpression(e)) return [[e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(' ')];
  if (ts.isParenthesizedExpression(e)) return literalText(e.expression);
  if (ts.isConditionalExpression(e)) return [...literalText(e.whenTrue), ...literalText(e.whenFalse)];
  if (ts.isBinaryExpression(e)) return [...literalText(e.left), ...literalText(e.right)];
  if (ts.isArrowFunction(e) && !ts.isBlock(e.body)) return literalText(e.body);
  if (ts.isObjectLiteralExpression(e)) {
    return e.properties.flatMap((p) =>
      ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && MESSAGE_PROPS.has(p.name.text)
        ? literalText(p.initializer)
        : [],
    );
  }
  return [];
}

const parsed = new Map<string, ts.SourceFile>();
/** Each file is parsed once for all the checks below (parsing is most of their time). */
function parse(file: string, code?: string): ts.SourceFile {
  if (code !== undefined) return ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  let src = parsed.get(file);
  if (!src) {
    src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    parsed.set(file, src);
  }
  return src;
}

/** `file:line: text` for every inline sentence that reaches a person. */
function inlineMessages(file: string, code?: string): string[] {
  const src = parse(file, code);
  const found: string[] = [];
  const report = (node: ts.Node, texts: string[]) => {
    for (const text of texts) {
      if (!SENTENCE.test(text)) continue;
      const line = src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1;
      found.push(`${path.relative(SRC, file)}:${line}: ${text.slice(0, 100)}`);
    }
  };
  const visit = (node: ts.Node) => {
    if (
      (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
      MESSAGE_CALLS.has(calleeName(node.expression) ?? '')
    ) {
      for (const arg of node.arguments ?? []) report(arg, literalText(arg));
    } else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && MESSAGE_PROPS.has(node.name.text)) {
      // A `{ field, message: '…' }` problem or a zod `{ error: '…' }` outside the calls above.
      const parent = node.parent.parent;
      const inMessageCall =
        (ts.isCallExpression(parent) || ts.isNewExpression(parent)) &&
        MESSAGE_CALLS.has(calleeName(parent.expression) ?? '');
      if (!inMessageCall) report(node, literalText(node.initializer));
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

/** A value named like a date (`startDate`, `enrolledOn`, `createdAt`, `today`): an ISO string or a Date. */
const DATE_NAME = /(date|Date|On|At|today|Today|day|Day)$/;
const CATALOGUE_CALLS = new Set(['t', 'tIn']);

/** The expressions a placeholder's value can be, as written (a call such as `formatDate(x)` is its own value). */
function valueExprs(e: ts.Expression): ts.Expression[] {
  if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e))
    return valueExprs(e.expression);
  if (ts.isConditionalExpression(e)) return [...valueExprs(e.whenTrue), ...valueExprs(e.whenFalse)];
  if (ts.isBinaryExpression(e)) return [...valueExprs(e.left), ...valueExprs(e.right)];
  if (ts.isTemplateExpression(e)) return e.templateSpans.flatMap((s) => valueExprs(s.expression));
  return [e];
}

/**
 * `file:line: placeholder` for every date handed raw to a catalogue sentence (`t('…', { date: p.startDate })`):
 * it would read "2015-09-08" in a sentence; it must go through `formatDate`/`formatDateTime`.
 */
function rawDates(file: string, code?: string): string[] {
  const src = parse(file, code);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && CATALOGUE_CALLS.has(calleeName(node.expression) ?? '')) {
      for (const arg of node.arguments) {
        if (!ts.isObjectLiteralExpression(arg)) continue;
        for (const prop of arg.properties) {
          const values = ts.isShorthandPropertyAssignment(prop)
            ? [prop.name]
            : ts.isPropertyAssignment(prop)
              ? valueExprs(prop.initializer)
              : [];
          for (const v of values) {
            const name = ts.isIdentifier(v) ? v.text : ts.isPropertyAccessExpression(v) ? v.name.text : undefined;
            if (name && DATE_NAME.test(name)) {
              const line = src.getLineAndCharacterOfPosition(prop.getStart(src)).line + 1;
              found.push(`${path.relative(SRC, file)}:${line}: ${prop.getText(src)}`);
            }
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

describe('server messages for people', () => {
  it('are never an inline sentence in an error or a validation rule (they come from the catalogue)', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => inlineMessages(f))).toEqual([]);
    // It parses every server file: 10-13 s on a busy 2-core machine, far over the unit tier's 5 s.
  }, 60_000);

  it('never put a raw (ISO) date into a sentence: every date goes through the language’s date format', () => {
    expect(sourceFiles(SRC).flatMap((f) => rawDates(f))).toEqual([]);
  }, 60_000);

  it('the date check finds a raw date however it is handed over', () => {
    const code = `
      t('igu.eligibility.arrivedTooLongAgo', { arrival: c.arrivalDate, years, limit });
      tIn(locale, 'placements.ended', { date: p.endDate ? p.endDate : '' });
      t('workQueue.snoozePast', { today });
      t('candidates.enrolledInFuture', { date: \`\${d.enrolledOn}\` });
      t('placements.followUpInFuture', { date: formatDate(data.date), when: formatDateTime(x.createdAt) });
      t('placements.ended', { date: p.endDate ? formatDate(p.endDate) : '' });
    `;
    const found = rawDates(path.join(SRC, 'example.ts'), code).map((f) => f.slice(f.indexOf(': ') + 2));
    expect(found.slice(0, 3)).toEqual(['arrival: c.arrivalDate', "date: p.endDate ? p.endDate : ''", 'today']);
    expect(found[3]).toMatch(/^date: `\$\{d\.enrolledOn\}`$/);
    expect(found).toHaveLength(4);
  });

  it('the check finds an inline sentence in the forms used before the catalogue', () => {
    const code = `
      throw badInput('date', \`The follow-up date \${d} is in the future.\`);
      const s = z.array(x).max(50, 'Confirm at most 50 competences at a time.');
      problems.push({ field: null, message: cond ? 'Rækken har for mange felter' : 'The row has too many cells' });
      throw new DomainError('CONFLICT', 'The placement was changed by someone else.', { field: 'version' });
      throw badInput('date', t('placements.followUpInFuture', { date: 'The day after' }));
      throw badInput('filter.companyId', t('validation.invalidId', { id }));
    `;
    const found = inlineMessages(path.join(SRC, 'example.ts'), code);
    expect(found.map((f) => f.split(': ')[1])).toEqual([
      'The follow-up date   is in the future.',
      'Confirm at most 50 competences at a time.',
      'Rækken har for mange felter',
      'The row has too many cells',
      'The placement was changed by someone else.',
    ]);
  });
});
