// Arbitraries for the property-based "bad input never hurts" tests (test/int/fuzz.int.test.ts).
// Everything here is derived from the committed GraphQL schema: a field's type decides which
// hostile values it gets, its name (postcode, cvr, industryCode, …) adds plausible ones so that
// runs get past the first validation and into the services.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

// ---------------------------------------------------------------------------------------------
// Raw JSON numbers and placeholders
// ---------------------------------------------------------------------------------------------

/** A number JSON.stringify cannot write (1e999, 30 digits): spliced into the body as it is. */
const RAW = '__fuzzRaw__';
export const rawNumber = (literal: string) => ({ [RAW]: literal });

/** Serialises a request body, writing `rawNumber(...)` values as bare JSON number literals. */
export function toJsonBody(body: unknown): string {
  return JSON.stringify(body).replace(/\{"__fuzzRaw__":"([^"]*)"\}/g, '$1');
}

/** Baseline placeholders, resolved just before a request (the row's current version, fresh unique values). */
export const CURRENT_VERSION = '__CURRENT_VERSION__';
export const FRESH_CVR = '__FRESH_CVR__';
export const FRESH_EMAIL = '__FRESH_EMAIL__';

let cvrSeq = 0;
/** A valid CVR (modulus 11) no other call hands out. */
export function freshCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const prefix = String(6_100_000 + ((++cvrSeq * 7_877 + Math.floor(Math.random() * 997)) % 3_800_000));
    const sum = [...prefix].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return prefix + check;
  }
}
export const freshEmail = () => `fuzz-${randomUUID()}@fuzz.example`;

// ---------------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------------

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  ' \t\r\n ',
  '\u0000',
  'a\u0000b',
  "'; drop table candidate; --",
  "Robert'); DROP TABLE company;--",
  '" OR 1=1 --',
  "' OR '1'='1",
  '52" OR id EXISTS OR "',
  '") OR (id EXISTS',
  'consentToShare = false OR id EXISTS',
  '52 OR industriesWished EXISTS',
  '\\" OR 1=1 OR \\"',
  '%',
  '_',
  '%_%\\',
  '\\',
  '*',
  '[',
  ']]',
  '"',
  "'",
  '`',
  '$1',
  '?',
  ':name',
  '<script>alert(1)</script>',
  '<mark>x</mark>',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal injection attempt, not a template.
  '${jndi:ldap://x/a}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e308',
  '0x1F',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Eevil\u202C.txt',
  '\u200F\u200E\u200B',
  '\uFEFF',
  '👩🏽‍🔧🚜🇩🇰',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗̻͐',
  '\uD800',
  '\uDFFF\uD800',
  'ﷺ',
  '５０００',
  'ørn æble åen ÆØÅ',
  'SELECT pg_sleep(10)',
  '1; SELECT 1',
  '𝕏'.repeat(300),
  '😀'.repeat(3000),
  'a'.repeat(10_001),
];

/** 100 000-character strings (kept under the 200 kB body limit, one at a time). */
export const HUGE_STRINGS: readonly string[] = [
  'x'.repeat(100_000),
  "'; drop table candidate; --".repeat(3704).slice(0, 100_000),
  ('Ab 1 æ\u0000 '.repeat(12_500) as string).slice(0, 100_000),
  ' '.repeat(100_000),
];

const PLAIN_WORDS = ['lager', 'truck', 'gaffeltruck', 'rengøring', 'Amina', 'kok', 'forklift', 'pædagog', 'a', 'AB'];

/** Any string, most of them nasty. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 15 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...PLAIN_WORDS), fc.constantFrom(...HOSTILE_STRINGS))
      .map(([a, b]) => `${a}${b}`),
  },
);

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** Strings a field of this name plausibly takes, plus its own kind of trouble. */
const STRING_HINTS: Record<string, fc.Arbitrary<string>> = {
  postcode: pick([
    '5000',
    '8000',
    '2100',
    '5220',
    '0000',
    '9999',
    '0800',
    '12345',
    '500',
    '-500',
    'DK-5000',
    '５０００',
  ]),
  cvr: fc.oneof(
    fc.constant(null).map(() => freshCvr()),
    pick(['10150817', '12345678', '00000000', '1234567', '123456789', 'DK10150817', '1015081７', '-1015081']),
  ),
  industryCode: pick(['52', '56', '81', '47', '43', '87', 'H', 'C', 'h', '00', '99', '5', '520', ' 52 ', '52" OR "']),
  industriesWished: pick(['52', '56', '81', '47', 'H', '99', '00', '52" OR id EXISTS OR "', '52 OR 1=1']),
  industryCodes: pick(['52', '56', '81', '47', 'H', '99', '00', '52\u0000']),
  languages: pick(['ar', 'da', 'en', 'arabisk', 'tigrinya', 'AR']),
  mentorLanguages: pick(['ar', 'da', 'en', 'so']),
  // Progression ladder steps (correctLadderStep): the configured keys, and near misses of them.
  step: pick([
    'ASSESSMENT',
    'INTERNSHIP',
    'SUBSIDISED',
    'ORDINARY_HOURS',
    'ORDINARY_JOB',
    'internship',
    ' INTERNSHIP',
    'INTERNSHIP\u0000',
    'WAGE_SUBSIDY',
    'CORRECTED',
    'Virksomhedspraktik',
  ]),
  email: fc.oneof(
    fc.emailAddress().map((e) => `fz${e}`),
    pick(['not-an-email', '@', 'a@b', 'A@B.DK', ' x@y.dk ', 'x@y.dk\u0000']),
  ),
  password: fc.oneof(pick(['short', 'demo1234', 'x'.repeat(12), 'correct horse battery staple']), fc.string()),
  search: pick(PLAIN_WORDS),
  query: pick([...PLAIN_WORDS, 'gaffeltruk', 'lagr arbejde', 'truckcertifikat']),
  after: fc.oneof(
    pick(['', 'MA==', 'bnVsbA==', 'eyJpZCI6IjEifQ==', 'WyIxIl0=', 'not base64!', 'YXJyYXljb25uZWN0aW9uOjA=']),
    fc.base64String({ maxLength: 40 }),
  ),
  csv: pick([
    `cvr;navn;branche;sektor;postnr\n${FRESH_CVR};Import ApS;52;privat;5000`,
    `cvr;navn;branche;sektor;postnr\n${FRESH_CVR};=HYPERLINK("http://x";"y");52;privat;5000\n${FRESH_CVR};+cmd|' /C calc'!A0;52;privat;5000`,
    `cvr,name,industry,sector,postcode\n${FRESH_CVR},"Quote ""inside"" ApS",52,PRIVATE,5000`,
    'fornavn;efternavn;fødselsdato;postnr;målgruppe;parathed;opholdsgrundlag;danskniveau;timer;transport km\nAmal;Importsen;1990-01-01;5000;INTEGRATION_PROGRAMME;JOB_READY;REFUGEE;A2;20;30',
    'fornavn;efternavn\n"unclosed;x',
    'cvr;cvr;cvr\n1;2;3',
    ';;;;\n;;;;',
    '\uFEFFcvr;navn\r\n1;2\r\n',
    `cvr;navn;branche;sektor;postnr\n${'1;a;52;privat;5000\n'.repeat(600)}`,
  ]),
  danishModule: pick(['DU2 modul 4', 'DU3', '']),
  mentorName: pick(['Hans Hansen', '']),
  reason: pick(['Fundet en anden løsning', 'Borgerens anmodning', 'x']),
  note: pick(['Godt møde', 'x']),
};

/** Integers around GraphQL's 32-bit Int limits and beyond. */
export const intArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 60 }) },
  { weight: 2, arbitrary: fc.integer() },
  {
    weight: 3,
    arbitrary: pick([
      0,
      -1,
      2147483647,
      -2147483648,
      2147483648,
      -2147483649,
      Number.MAX_SAFE_INTEGER + 1,
      -(Number.MAX_SAFE_INTEGER + 1),
      1e308,
      -1e308,
      1.5,
      -0.5,
      0.1,
    ]),
  },
  {
    weight: 1,
    arbitrary: pick<unknown>([
      '12',
      'NaN',
      'Infinity',
      '',
      null,
      true,
      [],
      {},
      rawNumber('1e999'),
      rawNumber('-1e999'),
      rawNumber('1e-999'),
      rawNumber('123456789012345678901234567890'),
    ]),
  },
);

/** Floats: hours and wages are small, so mostly around them, then the extremes. */
export const floatArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -4, max: 90 }).map((n) => n / 2) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.double({ min: -50, max: 50, noNaN: true }) },
  {
    weight: 3,
    arbitrary: pick([
      0,
      -0.5,
      -1,
      0.25,
      37,
      37.5,
      38,
      18.5,
      1e308,
      -1e308,
      5e-324,
      Number.MAX_SAFE_INTEGER + 1,
      2147483648,
      1e-7,
    ]),
  },
  {
    weight: 1,
    arbitrary: pick<unknown>([
      'NaN',
      'Infinity',
      '20',
      null,
      false,
      rawNumber('1e999'),
      rawNumber('-1e999'),
      rawNumber('1e-999'),
      rawNumber('-0.0'),
      rawNumber('123456789012345678901234567890.5'),
    ]),
  },
);

export const boolArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: pick<unknown>(['true', 1, 0, null, 'false', []]) },
);

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const TODAY = new Date();
const daysFromToday = (n: number) => isoDay(new Date(TODAY.getTime() + n * 86_400_000));

/** Days: real ones near today and far away, impossible ones, wrong formats. */
export const dateArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -400, max: 400 }).map(daysFromToday) },
  { weight: 2, arbitrary: pick(['0000-01-01', '0001-01-01', '9999-12-31', '1000-01-01', '4713-01-01']) },
  {
    weight: 1,
    arbitrary: fc
      .date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2300-12-31T00:00:00Z'), noInvalidDate: true })
      .map(isoDay),
  },
  {
    weight: 3,
    arbitrary: pick<unknown>([
      '2026-02-30',
      '2026-13-01',
      '2026-00-10',
      '2025-02-29',
      '2024-02-29',
      '0000-01-01',
      '0001-01-01',
      '1000-01-01',
      '1899-12-31',
      '9999-12-31',
      '4713-01-01',
      '5874897-12-31',
      '-001000-01-01',
      '+275760-09-13',
      '2026-11-23T00:00:00Z',
      '2026-11-23 ',
      ' 2026-11-23',
      '23-11-2026',
      '2026/11/23',
      '2026-1-1',
      '２０２６-11-23',
      'yesterday',
      'infinity',
      '-infinity',
      'epoch',
      '',
      null,
      20261123,
      '2026-11-23\u0000',
    ]),
  },
);

export const dateTimeArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  pick<unknown>(['2026-11-23', 'not a time', '2026-11-23T25:00:00Z', '', null, 0]),
);

const enumArb = (values: string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 5, arbitrary: pick(values) },
    {
      weight: 2,
      arbitrary: pick<unknown>([
        ...values.map((v) => v.toLowerCase()),
        `${values[0]} `,
        'ADMIN',
        'DROP',
        '',
        "OPEN' OR '1'='1",
        null,
        0,
        true,
      ]),
    },
  );

/** Ids: the world's ids for this field, random uuids, and things that are no uuid at all. */
export function idArb(pool: readonly string[]): fc.Arbitrary<unknown> {
  const weird: unknown[] = [
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    'not-a-uuid',
    '1',
    '-1',
    '',
    ' ',
    "' OR 1=1 --",
    '52" OR id EXISTS OR "',
    '00000000-0000-0000-0000-00000000000g',
    12345,
    null,
  ];
  for (const id of pool.slice(0, 4)) weird.push(id.toUpperCase(), ` ${id}`, `${id}'`, `${id}\u0000`, id.slice(0, 35));
  return fc.oneof(
    ...(pool.length ? [{ weight: 6, arbitrary: pick(pool) as fc.Arbitrary<unknown> }] : []),
    { weight: 2, arbitrary: fc.uuid() as fc.Arbitrary<unknown> },
    { weight: 2, arbitrary: pick(weird) },
    { weight: 1, arbitrary: hostileString as fc.Arbitrary<unknown> },
  );
}

// ---------------------------------------------------------------------------------------------
// Schema-driven arbitraries
// ---------------------------------------------------------------------------------------------

/** Decides the ids and plausible strings for a field, by its path (e.g. ['input', 'companyId']). */
export interface FieldHints {
  /** The world's ids for an ID field at this path (may be empty). */
  ids(path: readonly string[]): readonly string[];
  /** Extra plausible strings for a String field at this path. */
  strings?(path: readonly string[]): fc.Arbitrary<string> | undefined;
}

const lastName = (path: readonly string[]) => [...path].reverse().find((p) => !/^\d+$/.test(p)) ?? '';

function stringArb(path: readonly string[], hints: FieldHints, asId: boolean): fc.Arbitrary<unknown> {
  const name = lastName(path);
  const ids = hints.ids(path);
  if (asId || ids.length) return idArb(ids);
  const custom = hints.strings?.(path) ?? STRING_HINTS[name];
  return custom
    ? fc.oneof({ weight: 3, arbitrary: custom as fc.Arbitrary<unknown> }, { weight: 2, arbitrary: hostileString })
    : hostileString;
}

function scalarArb(type: GraphQLNamedType, path: readonly string[], hints: FieldHints): fc.Arbitrary<unknown> {
  if (isEnumType(type)) return enumArb(type.getValues().map((v) => v.name));
  switch (type.name) {
    case 'ID':
      return stringArb(path, hints, true);
    case 'String':
      return stringArb(path, hints, false);
    case 'Int':
      return intArb;
    case 'Float':
      return floatArb;
    case 'Boolean':
      return boolArb;
    case 'Date':
      return dateArb;
    case 'DateTime':
      return dateTimeArb;
    default:
      return hostileString;
  }
}

/** A value for any input type: usually well-typed, sometimes null where null is not allowed, or the wrong shape. */
export function arbForType(
  type: GraphQLInputType,
  path: readonly string[],
  hints: FieldHints,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 20, arbitrary: arbForType(type.ofType, path, hints, depth) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
  }
  const inner = nullableArb(type, path, hints, depth);
  return fc.oneof({ weight: 8, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) });
}

function nullableArb(
  type: GraphQLInputType,
  path: readonly string[],
  hints: FieldHints,
  depth: number,
): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = arbForType(type.ofType, [...path, '0'], hints, depth + 1);
    return fc.oneof(
      { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
      // Many items: one plausible value repeated (lists have limits too).
      { weight: 1, arbitrary: fc.tuple(item, fc.integer({ min: 21, max: 250 })).map(([v, n]) => Array(n).fill(v)) },
      // A single value where a list is expected: GraphQL coerces it to a list of one.
      { weight: 1, arbitrary: item },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) model[f.name] = arbForType(f.type, [...path, f.name], hints, depth + 1);
    const requiredKeys = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
    const record = fc.record(model, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
    return fc.oneof(
      { weight: 12, arbitrary: record as fc.Arbitrary<unknown> },
      { weight: 1, arbitrary: record.map((r) => ({ ...r, notAField: 1 })) },
      { weight: 1, arbitrary: pick<unknown>(['{}', 7, [], true]) },
    );
  }
  return scalarArb(getNamedType(type), path, hints);
}

/** A completely generated set of arguments for a field (every argument from its schema type). */
export function argsArb(args: readonly GraphQLArgument[], hints: FieldHints): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const a of args) model[a.name] = arbForType(a.type, [a.name], hints);
  const requiredKeys = args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => a.name);
  return fc.record(model, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
}

interface LeafPath {
  path: (string | number)[];
  type: GraphQLInputType;
}

/** Every argument, every input field and every field of the baseline's list items: where one value can go wrong. */
function leafPaths(args: readonly GraphQLArgument[], baseline: Record<string, unknown>): LeafPath[] {
  const out: LeafPath[] = [];
  const walk = (type: GraphQLInputType, path: (string | number)[], value: unknown, depth: number) => {
    out.push({ path, type });
    const t = isNonNullType(type) ? type.ofType : type;
    if (depth > 3) return;
    if (isInputObjectType(t)) {
      const v = (value ?? {}) as Record<string, unknown>;
      for (const f of Object.values(t.getFields())) walk(f.type, [...path, f.name], v[f.name], depth + 1);
    } else if (isListType(t) && Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(t.ofType, [...path, i], item, depth + 1);
      });
    }
  };
  for (const a of args) walk(a.type, [a.name], baseline[a.name], 0);
  return out;
}

const KEEP = Symbol('keep');
const OMIT = Symbol('omit');

function setPath(target: Record<string, unknown>, path: (string | number)[], value: unknown | typeof OMIT): void {
  let cur: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    const next = cur[k];
    if (next === null || typeof next !== 'object') return; // an earlier change replaced the parent
    cur = next as Record<string | number, unknown>;
  }
  const key = path[path.length - 1]!;
  if (value === OMIT) {
    if (Array.isArray(cur)) cur.splice(Number(key), 1);
    else delete cur[key];
  } else cur[key] = value;
}

/**
 * A valid baseline with a few values replaced by hostile ones of the right type (or left out):
 * these runs get past the first check and into the rules, the lookups and the writes.
 */
export function mutatedBaselineArb(
  args: readonly GraphQLArgument[],
  baseline: Record<string, unknown>,
  hints: FieldHints,
): fc.Arbitrary<Record<string, unknown>> {
  const paths = leafPaths(args, baseline);
  const keepWeight = Math.max(6, paths.length * 2);
  const slots = paths.map((p) =>
    fc.oneof(
      { weight: keepWeight, arbitrary: fc.constant<unknown>(KEEP) },
      { weight: 1, arbitrary: fc.constant<unknown>(OMIT) },
      { weight: 3, arbitrary: arbForType(p.type, p.path.map(String), hints) },
    ),
  );
  return fc.tuple(...slots).map((choices) => {
    const out = structuredClone(baseline);
    // Deeper paths first, so that replacing a parent afterwards wins.
    const order = paths.map((p, i) => ({ p, c: choices[i] })).sort((a, b) => b.p.path.length - a.p.path.length);
    for (const { p, c } of order) if (c !== KEEP) setPath(out, p.path, c);
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

/** Cost of a selection the way the server counts it: a list multiplies its children (10; connections 20). */
function selection(type: GraphQLOutputType, depth: number, skip: ReadonlySet<string>): { text: string; cost: number } {
  const named = getNamedType(type);
  if (isLeafType(named)) return { text: '', cost: 0 };
  if (!isObjectType(named)) return { text: '__typename', cost: 1 };
  const parts: string[] = [];
  let cost = 0;
  for (const f of Object.values(named.getFields()) as GraphQLField<unknown, unknown>[]) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (skip.has(`${named.name}.${f.name}`)) continue;
    const fNamed = getNamedType(f.type);
    if (isLeafType(fNamed)) {
      parts.push(f.name);
      cost += 1;
      continue;
    }
    if (depth <= 1) continue;
    const sub = selection(f.type, depth - 1, skip);
    if (!sub.text) continue;
    const isList = isListType(isNonNullType(f.type) ? f.type.ofType : f.type);
    const inPaidList = /(Connection|SearchResult)$/.test(named.name);
    const firstDefault = f.args.find((a) => a.name === 'first')?.defaultValue;
    const mult = inPaidList
      ? 1
      : typeof firstDefault === 'number'
        ? firstDefault
        : fNamed.name.endsWith('Connection')
          ? 20
          : isList
            ? 10
            : 1;
    parts.push(`${f.name} { ${sub.text} }`);
    cost += 1 + sub.cost * mult;
  }
  return { text: parts.join(' '), cost };
}

/** The deepest selection (at most `maxDepth`) whose estimated cost stays well under the server's budget. */
export function selectionFor(
  type: GraphQLOutputType,
  maxDepth = 3,
  skip: ReadonlySet<string> = new Set(),
  budget = 2000,
): string {
  for (let d = maxDepth; d >= 1; d--) {
    const s = selection(type, d, skip);
    if (s.cost * 1.2 <= budget) return s.text;
  }
  return selection(type, 1, skip).text;
}

/**
 * `mutation($a: T!, …) { field(a: $a, …) { … } }` with the argument types exactly as the schema has them;
 * `skip` leaves out fields (`Type.field`) the caller's role may not read at all.
 */
export function documentFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  skip: ReadonlySet<string> = new Set(),
  maxDepth = 3,
): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const sel = selectionFor(field.type, maxDepth, skip);
  return `${kind}${vars ? `(${vars})` : ''} { ${field.name}${call ? `(${call})` : ''}${sel ? ` { ${sel} }` : ''} }`;
}

/** Combines the two ways of making arguments: fully generated (1 in 3) and a baseline with a few bad values. */
export function operationArgsArb(
  args: readonly GraphQLArgument[],
  baseline: Record<string, unknown> | undefined,
  hints: FieldHints,
): fc.Arbitrary<Record<string, unknown>> {
  if (!args.length) return fc.constant({});
  const generated = argsArb(args, hints);
  if (!baseline) return generated;
  return fc.oneof(
    { weight: 1, arbitrary: generated },
    { weight: 2, arbitrary: mutatedBaselineArb(args, baseline, hints) },
  );
}
