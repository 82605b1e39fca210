import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** Reference data ships as CSV in the source tree (read from the repository root, also when compiled). */
export function referenceDataFile(name: string): string {
  return path.resolve(process.cwd(), 'server/src/db/seed/data', name);
}

export function readCsv<T = Record<string, string>>(name: string): T[] {
  return parse(fs.readFileSync(referenceDataFile(name), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  }) as T[];
}
