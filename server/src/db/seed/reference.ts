import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Competence } from '../../features/competences/competence.entity.js';
import { Industry, IndustryLevel } from '../../features/industries/industry.entity.js';
import { readCsv } from '../../shared/reference-data.js';
import { loadCompetenceCatalogue } from './competence-catalogue.js';

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

/** Upserts the shipped competence catalogue by code; admins' own additions are kept. */
export async function ensureCompetences(em: EntityManager): Promise<number> {
  const now = new Date();
  const rows = loadCompetenceCatalogue().map((c) => ({
    id: randomUUID(),
    createdAt: now,
    updatedAt: now,
    code: c.code,
    name: c.nameDa,
    nameEn: c.nameEn,
    escoUri: c.escoUri,
    domain: c.domain,
    synonyms: c.synonyms,
  }));
  await em.upsertMany(Competence, rows, { onConflictFields: ['code'], onConflictExcludeFields: ['id', 'createdAt'] });
  return rows.length;
}

/** Everything a fresh database needs before its first user: industries and the competence catalogue. */
export async function ensureReferenceData(em: EntityManager): Promise<void> {
  await ensureIndustries(em);
  await ensureCompetences(em);
}
