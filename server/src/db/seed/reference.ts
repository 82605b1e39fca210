import type { EntityManager } from '@mikro-orm/postgresql';
import { Industry, IndustryLevel } from '../../features/industries/industry.entity.js';
import { readCsv } from '../../shared/reference-data.js';

/** Loads the DB07 sections and divisions; idempotent, safe on every start. */
export async function ensureIndustries(em: EntityManager): Promise<number> {
  const rows = readCsv<{ code: string; name_da: string; name_en: string; level: string; section: string }>(
    'db07-industries.csv',
  );
  const values = rows.map((r) => ({
    code: r.code,
    name: r.name_da,
    nameEn: r.name_en || null,
    level: r.level === 'SECTION' ? IndustryLevel.SECTION : IndustryLevel.DIVISION,
    section: r.level === 'SECTION' ? null : r.section,
  }));
  await em.upsertMany(Industry, values);
  return values.length;
}

/** Everything a fresh database needs before its first user: industries (and the competence catalogue). */
export async function ensureReferenceData(em: EntityManager): Promise<void> {
  await ensureIndustries(em);
}
