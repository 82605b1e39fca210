import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

export type IndexedEntity = 'candidate' | 'task' | 'iguSlot';

/** A pending change for the search index, written in the same transaction as the change itself. */
@Entity({ tableName: 'search_outbox' })
// The worker's claim reads only pending rows: a partial index stays as small as the backlog,
// however many processed rows the table keeps.
@Index({
  name: 'search_outbox_pending',
  expression: 'create index "search_outbox_pending" on "search_outbox" ("available_at") where processed_at is null',
})
// Processed rows by age: the retention purge and a rebuild's replay of recent changes.
@Index({
  name: 'search_outbox_processed',
  expression:
    'create index "search_outbox_processed" on "search_outbox" ("processed_at") where processed_at is not null',
})
export class OutboxEvent {
  [OptionalProps]?: 'createdAt' | 'availableAt' | 'attempts' | 'processedAt' | 'lastError';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 20 })
  entityType!: IndexedEntity;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  availableAt: Date = new Date();

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'timestamptz', nullable: true })
  processedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;
}
