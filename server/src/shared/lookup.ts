import type { EntityManager, EntityName, FilterQuery, FindOneOptions } from '@mikro-orm/postgresql';
import { type EnumKey, listOr, t } from '../i18n/index.js';
import { badInput, type EntityKey, notFound } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id PostgreSQL would accept as a uuid: anything else is "not found", never a database error. */
export const isUuid = (id: string | null | undefined): boolean => typeof id === 'string' && UUID.test(id);

/**
 * Loads a row by id: NOT_FOUND (naming `field` when given, so a form can point at it) when
 * it does not exist or the id is not a uuid; a missing id is never FORBIDDEN.
 */
export async function findOr404<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  what: EntityKey,
  id: string,
  field?: string,
  options?: FindOneOptions<T>,
): Promise<T> {
  const row = isUuid(id) ? await em.findOne(entity, { id } as FilterQuery<T>, options) : null;
  if (!row) {
    const e = notFound(what, id);
    if (field) e.extensions.field = field;
    throw e;
  }
  return row as T;
}

/**
 * A status lifecycle from its table of allowed moves: the guard throws BAD_USER_INPUT on the
 * status field and says, with the statuses' names in the caller's language, which moves there are
 * ("The task is Open and cannot become Solved; from Open it can become In progress or Closed.").
 */
export function lifecycle<S extends string>(subject: EntityKey, statuses: EnumKey, next: Record<S, readonly S[]>) {
  return (from: S, to: S): void => {
    const allowed = next[from];
    if (allowed.includes(to)) return;
    const label = (s: S) => t(`enums.${statuses}.${s}` as never);
    const words = { subject: t(`entities.${subject}`), from: label(from), to: label(to) };
    throw badInput(
      'status',
      allowed.length
        ? t('validation.transition', { ...words, allowed: listOr(allowed.map(label)) })
        : t('validation.transitionFinal', words),
    );
  };
}
