import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Raw SQL on the EntityManager's own transaction when it has one. A bare
 * `getConnection().execute()` runs on another pooled connection, outside the
 * transaction, so its locks and writes would not belong to it.
 */
export function sql<T = Record<string, any>>(em: EntityManager, query: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(query, params, 'all', em.getTransactionContext());
}
