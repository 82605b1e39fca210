import type { EntityManager, EntityName, FilterQuery, FindOneOptions } from '@mikro-orm/postgresql';
import { badInput, notFound } from './errors.js';

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
  what: string,
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
 * status field and says which moves there are ("… cannot become SOLVED; from OPEN it can become …").
 */
export function lifecycle<S extends string>(subject: string, next: Record<S, readonly S[]>) {
  return (from: S, to: S): void => {
    const allowed = next[from];
    if (allowed.includes(to)) return;
    throw badInput(
      'status',
      `${subject} that is ${from} cannot become ${to}` +
        (allowed.length ? `; from ${from} it can become ${allowed.join(' or ')}.` : `: ${from} is final.`),
    );
  };
}
