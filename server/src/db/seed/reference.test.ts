import { describe, expect, it } from 'vitest';
import { readCsv } from '../../shared/reference-data.js';

describe('the shipped DB07 industries', () => {
  const rows = readCsv<{ code: string; name_da: string; name_en: string }>('db07-industries.csv');

  it('names every industry in Danish and English, spelt as Statistics Denmark spells it', () => {
    expect(rows.length).toBeGreaterThan(80);
    expect(rows.filter((r) => !r.name_da || !r.name_en).map((r) => r.code)).toEqual([]);
    // The source list (shared/data/db07.csv) misspells division 55; ours is corrected.
    expect(rows.find((r) => r.code === '55')?.name_en).toBe('Accommodation');
    expect(rows.filter((r) => /accomodat/i.test(r.name_en)).map((r) => r.code)).toEqual([]);
  });
});
