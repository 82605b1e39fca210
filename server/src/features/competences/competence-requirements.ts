import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { t } from '../../i18n/index.js';
import { badInput } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { intRange, say } from '../../shared/validate.js';
import { Competence } from './competence.entity.js';

/** One rule for "competences an opening requires", shared by unsolved tasks and IGU slots. */
export const requirementSchema = z.object({
  competenceId: z.string(),
  minLevel: intRange('minLevel', 1, 4),
});
export const requiredCompetencesSchema = z.array(requirementSchema).max(30, { error: say('competences.requiredMax') });
export const competenceIdsSchema = z.array(z.string()).max(30, { error: say('competences.listMax') });

/**
 * Checks that every id is in the catalogue and none is listed twice; returns the trimmed
 * requirements. BAD_USER_INPUT on `field` names the problem.
 */
export async function checkRequiredCompetences(
  em: EntityManager,
  required: { competenceId: string; minLevel: number }[],
  field = 'requiredCompetences',
): Promise<{ competenceId: string; minLevel: number }[]> {
  const ids = required.map((r) => r.competenceId.trim());
  await assertInCatalogue(em, ids, field);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw badInput(field, t('competences.twice', { name: dup }));
  return required.map((r, i) => ({ competenceId: ids[i], minLevel: r.minLevel }));
}

/** Distinct, trimmed catalogue ids; BAD_USER_INPUT on `field` for an unknown one. */
export async function checkCompetenceIds(em: EntityManager, ids: string[], field: string): Promise<string[]> {
  const distinct = [...new Set(ids.map((id) => id.trim()))];
  await assertInCatalogue(em, distinct, field);
  return distinct;
}

async function assertInCatalogue(em: EntityManager, ids: string[], field: string): Promise<void> {
  if (!ids.length) return;
  const found = new Set(
    (await em.find(Competence, { id: { $in: ids.filter((id) => isUuid(id)) } }, { fields: ['id'] })).map((c) => c.id),
  );
  const unknown = ids.filter((id) => !found.has(id));
  if (unknown.length) {
    throw badInput(field, t('competences.unknown', { ids: unknown.map((u) => u.slice(0, 40)).join(', ') }));
  }
}
