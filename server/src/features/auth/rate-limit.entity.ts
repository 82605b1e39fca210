import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Counters of rate-limiter-flexible's `RateLimiterPostgres`, in the layout the library
 * expects. Owned by the migrations (the limiters run with `tableCreated: true`), so every
 * server instance counts in the same rows and no process creates tables at start-up.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimit {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  /** Epoch milliseconds; null never expires. */
  @Property({ type: 'bigint', nullable: true })
  @Index()
  expire!: string | null;
}
