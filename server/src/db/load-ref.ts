import { type EntityManager, type Reference, wrap } from '@mikro-orm/core';

/**
 * Loads a reference for a field resolver through the request's EntityManager. An entity a
 * mutation returns belongs to the mutation's finished transaction, so `ref.load()` would
 * query through a transaction that is already committed.
 */
export async function loadRef<T extends object>(em: EntityManager, ref: Reference<T>): Promise<T> {
  if (ref.isInitialized()) return ref.unwrap();
  const wrapped = wrap(ref.unwrap(), true);
  return (await em.findOneOrFail(wrapped.__meta.className, wrapped.getPrimaryKey() as never)) as T;
}
