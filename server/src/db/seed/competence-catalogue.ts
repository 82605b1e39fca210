import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/**
 * The product's competence catalogue: practical job functions (not job titles) with a Danish name,
 * an English name, an ESCO URI where one truly fits, a domain and the search synonyms people type.
 * Source of truth: `data/competences.csv` (provenance in `data/COMPETENCES.md`).
 */

export const COMPETENCE_DOMAINS = [
  'warehouse',
  'cleaning',
  'kitchen',
  'care',
  'driving',
  'construction',
  'manufacturing',
  'retail',
  'agriculture',
  'hospitality',
  'maintenance',
  'office',
  'transversal',
] as const;

export type CompetenceDomain = (typeof COMPETENCE_DOMAINS)[number];

export const COMPETENCE_CSV_COLUMNS = ['code', 'name_da', 'name_en', 'esco_uri', 'domain', 'synonyms'] as const;

export interface CatalogueCompetence {
  code: string;
  nameDa: string;
  nameEn: string;
  escoUri: string | null;
  domain: string;
  synonyms: string[];
}

const CODE_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ESCO_SKILL_URI_PATTERN = /^http:\/\/data\.europa\.eu\/esco\/skill\/\S+$/;
const DOMAIN_SET: ReadonlySet<string> = new Set(COMPETENCE_DOMAINS);

interface RawRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

interface ParsedRow extends CatalogueCompetence {
  line: number;
}

function fail(line: number, problem: string): never {
  throw new Error(`competences.csv line ${line}: ${problem}`);
}

/** First physical line of a record (csv-parse reports the line on which a record ends). */
function startLine(rec: RawRecord): number {
  const body = rec.raw.replace(/^\n+/, '').replace(/\n$/, '');
  const innerNewlines = body.match(/\n/g)?.length ?? 0;
  return rec.info.lines - innerNewlines;
}

/**
 * Parses and validates the catalogue CSV. Throws an Error naming the line and the problem for a missing
 * column, a wrong number of fields, an invalid or duplicate code, an empty name, an invalid ESCO URI,
 * an unknown domain, or a synonym that is repeated (within or across rows) or equals a competence's name.
 */
export function parseCompetenceCatalogue(csvText: string): CatalogueCompetence[] {
  // Normalise line endings first: csv-parse's line counter is unreliable with CRLF.
  const text = csvText.replace(/\r\n?/g, '\n');
  let records: RawRecord[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      raw: true,
      record_delimiter: '\n',
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as RawRecord[];
  } catch (err) {
    throw new Error(`competences.csv: invalid CSV: ${(err as Error).message}`);
  }
  if (records.length === 0) throw new Error('competences.csv: the file is empty (expected a header row)');

  const headerRec = records[0]!;
  const headerLine = startLine(headerRec);
  const header = headerRec.record.map((h) => h.trim().toLowerCase());
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (index.has(name)) fail(headerLine, `duplicate column "${name}" in the header`);
    index.set(name, i);
  });
  for (const col of COMPETENCE_CSV_COLUMNS) {
    if (!index.has(col))
      fail(headerLine, `missing column "${col}" in the header (expected ${COMPETENCE_CSV_COLUMNS.join(',')})`);
  }

  const rows: ParsedRow[] = [];
  const codeLines = new Map<string, number>();
  const synonymOwners = new Map<string, { code: string; line: number }>();

  for (const rec of records.slice(1)) {
    const line = startLine(rec);
    const fields = rec.record;
    if (fields.length !== header.length) {
      const missing = COMPETENCE_CSV_COLUMNS.filter((c) => index.get(c)! >= fields.length);
      fail(
        line,
        `expected ${header.length} fields but found ${fields.length}` +
          (missing.length ? ` (missing column ${missing.map((c) => `"${c}"`).join(', ')})` : ''),
      );
    }
    const get = (col: (typeof COMPETENCE_CSV_COLUMNS)[number]) => (fields[index.get(col)!] ?? '').trim();

    const code = get('code');
    if (!code) fail(line, 'empty code');
    if (!CODE_PATTERN.test(code))
      fail(line, `invalid code "${code}" (expected kebab-case ASCII, e.g. forklift-operation)`);
    const firstLine = codeLines.get(code);
    if (firstLine !== undefined) fail(line, `duplicate code "${code}" (first defined on line ${firstLine})`);
    codeLines.set(code, line);

    const nameDa = get('name_da');
    if (!nameDa) fail(line, `empty Danish name (name_da) for code "${code}"`);
    const nameEn = get('name_en');
    if (!nameEn) fail(line, `empty English name (name_en) for code "${code}"`);

    const escoRaw = get('esco_uri');
    if (escoRaw && !ESCO_SKILL_URI_PATTERN.test(escoRaw)) {
      fail(line, `invalid esco_uri "${escoRaw}" for code "${code}" (expected http://data.europa.eu/esco/skill/…)`);
    }

    const domain = get('domain');
    if (!DOMAIN_SET.has(domain)) {
      fail(line, `invalid domain "${domain}" for code "${code}" (expected one of ${COMPETENCE_DOMAINS.join(', ')})`);
    }

    const synonyms: string[] = [];
    for (const part of get('synonyms').split('|')) {
      const synonym = part.trim().toLowerCase();
      if (!synonym) continue;
      const owner = synonymOwners.get(synonym);
      if (owner) {
        fail(
          line,
          owner.code === code
            ? `duplicate synonym "${synonym}" within code "${code}"`
            : `duplicate synonym "${synonym}" (already used by "${owner.code}" on line ${owner.line})`,
        );
      }
      synonymOwners.set(synonym, { code, line });
      synonyms.push(synonym);
    }

    rows.push({ line, code, nameDa, nameEn, escoUri: escoRaw || null, domain, synonyms });
  }

  // A synonym that equals a competence's own name would make search expansion ambiguous.
  const nameOwners = new Map<string, string>();
  for (const row of rows) {
    nameOwners.set(row.nameDa.toLowerCase(), row.code);
    nameOwners.set(row.nameEn.toLowerCase(), row.code);
  }
  for (const row of rows) {
    for (const synonym of row.synonyms) {
      const owner = nameOwners.get(synonym);
      if (owner) fail(row.line, `synonym "${synonym}" of "${row.code}" equals the name of "${owner}"`);
    }
  }

  return rows.map(({ line: _line, ...competence }) => competence);
}

/**
 * Where the shipped CSV lives. From source (vitest, tsx) it sits next to this module; the compiled module
 * lives in dist/server/src/db/seed/ while the CSV stays in server/src/db/seed/data, so also look relative
 * to the repository root (derived from the compiled location, then from the working directory).
 */
export function competenceCataloguePath(): string {
  const candidates = [
    fileURLToPath(new URL('./data/competences.csv', import.meta.url)),
    fileURLToPath(new URL('../../../../../server/src/db/seed/data/competences.csv', import.meta.url)),
    path.resolve(process.cwd(), 'server/src/db/seed/data/competences.csv'),
  ];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`competences.csv not found; looked in: ${candidates.join(', ')}`);
  return found;
}

/** Reads and validates the shipped catalogue (server/src/db/seed/data/competences.csv). */
export function loadCompetenceCatalogue(): CatalogueCompetence[] {
  return parseCompetenceCatalogue(fs.readFileSync(competenceCataloguePath(), 'utf8'));
}
