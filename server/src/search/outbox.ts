import type { EntityManager } from '@mikro-orm/postgresql';
import { type IndexedEntity, OutboxEvent } from './outbox-event.entity.js';

/**
 * Queues a row for the search index. Call inside the mutation's transaction:
 * the outbox row commits (or rolls back) together with the change itself.
 */
export function enqueueIndex(em: EntityManager, entityType: IndexedEntity, ...ids: string[]): void {
  for (const entityId of ids) em.persist(em.create(OutboxEvent, { entityType, entityId }));
}
