import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Locale } from '../../i18n/index.js';

/** A data row of a CSV file: its cells and the line of the file it starts on (the header is line 1). */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  delimiter: string;
}

/** Thrown when the text is not readable CSV; carries the line for the message. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

const CANDIDATE_DELIMITERS = [';', ',', '\t'] as const;

/**
 * The delimiter of the header line: the most frequent of ; , and tab outside quotes.
 * Danish spreadsheets write semicolons (the comma is the decimal mark); ties go to the semicolon.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ';';
  for (const d of CANDIDATE_DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return (counts.get(best) ?? 0) > 0 ? best : ',';
}

/**
 * Reads CSV text (a BOM, CRLF or LF, quoted fields with line breaks) into a header and rows with
 * the line each row starts on. Empty lines are skipped; cells are trimmed.
 */
export function readCsv(raw: string): CsvTable {
  // One line ending everywhere: csv-parse counts a CRLF inside quotes as two lines.
  const text = raw.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new CsvSyntaxError(e.message, typeof e.lines === 'number' ? e.lines : null);
  }
  const [first, ...rest] = records;
  if (!first) return { header: [], rows: [], delimiter };
  const rows = rest.map(({ record, info }) => {
    // info.lines is the line the record ends on; quoted line breaks move its start back.
    const breaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - breaks, cells: record.map((c) => unescapeCell(c.trim())) };
  });
  return { header: first.record.map((c) => c.trim()), rows, delimiter };
}

/** A cell that safeCell escaped ("'=SUM(…)") read back as written: an error file can be imported again. */
const unescapeCell = (cell: string) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell);

/**
 * A cell a spreadsheet will not run as a formula: text starting with = + - @ (or a tab or carriage
 * return) gets a leading apostrophe (OWASP's advice against CSV injection). Numbers stay numbers.
 */
export function safeCell(value: string | number | boolean | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * CSV text for a spreadsheet: a header row, semicolons (Danish Excel), CRLF, every cell made safe.
 * Numbers get the decimal sign of the reader's language: "18,5" in Danish, "18.5" in English.
 */
export function toCsv(
  header: string[],
  rows: (string | number | boolean | null | undefined)[][],
  locale: Locale = 'da',
): string {
  const decimal = locale === 'da' ? ',' : '.';
  return stringify([header.map(safeCell), ...rows.map((r) => r.map(safeCell))], {
    delimiter: ';',
    record_delimiter: 'windows',
    cast: { number: (n) => String(n).replace('.', decimal) },
  });
}
