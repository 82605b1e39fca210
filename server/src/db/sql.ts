import { type EntityManager, type EntityName, ReferenceKind } from '@mikro-orm/postgresql';
import { isUuid } from '../shared/lookup.js';

/**
 * Raw SQL on the EntityManager's own transaction when it has one. A bare
 * `getConnection().execute()` runs on another pooled connection, outside the
 * transaction, so its locks and writes would not belong to it.
 */
export function sql<T = Record<string, any>>(em: EntityManager, query: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(query, params, 'all', em.getTransactionContext());
}

const columnLists = new Map<unknown, string>();

/**
 * An entity's own columns (scalars and the ids of what it refers to, not lazy ones) as `alias."column"`,
 * from its metadata: raw SQL that `em.map` turns into the entity reads what the entity holds.
 */
export function entityColumns<T extends object>(em: EntityManager, entity: EntityName<T>, alias: string): string {
  const key = `${String(typeof entity === 'function' ? entity.name : entity)}:${alias}`;
  let list = columnLists.get(key);
  if (!list) {
    list = em
      .getMetadata()
      .get(entity)
      .props.filter((p) => !p.lazy && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE))
      .flatMap((p) => p.fieldNames)
      .map((c) => `${alias}."${c}"`)
      .join(', ');
    columnLists.set(key, list);
  }
  return list;
}

/** Ids as one PostgreSQL array literal for `any(?::uuid[])` (knex spreads a JS array into a list). */
export function uuidArray(ids: string[]): string {
  for (const id of ids) if (!isUuid(id)) throw new Error(`Not a uuid: ${id.slice(0, 40)}`);
  return `{${ids.join(',')}}`;
}
