import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../db/orm.js';
import { sql } from '../db/sql.js';
import type { IndexedEntity } from './outbox-event.entity.js';
import type { SearchIndex } from './search-index.js';

export interface OutboxWorkerOptions {
  batchSize?: number;
  idleMs?: number;
  log?: (s: string) => void;
  /** Processed rows older than this many days are deleted (default 7). */
  retentionDays?: number;
}

/** How often a running worker deletes processed rows past retention. */
const PURGE_EVERY_MS = 60 * 60_000;
const PURGE_BATCH = 10_000;

export interface OutboxStats {
  processed: number;
  failedBatches: number;
  lastError: string | null;
}

/**
 * Feeds Meilisearch from the outbox. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so several workers (in several processes) never send the same row twice; a row is
 * marked done only after Meilisearch reports its task succeeded. Failures back off.
 */
export class OutboxWorker {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  readonly stats: OutboxStats = { processed: 0, failedBatches: 0, lastError: null };

  constructor(
    private readonly orm: Orm,
    private readonly search: SearchIndex,
    private readonly opts: OutboxWorkerOptions = {},
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Nudges an idle worker (after a local write) so freshness does not wait for the poll. */
  poke(): void {
    this.wake?.();
  }

  private async run(): Promise<void> {
    let backoff = 0;
    let purgedAt = 0;
    while (this.running) {
      if (Date.now() - purgedAt > PURGE_EVERY_MS) {
        purgedAt = Date.now();
        await this.purgeProcessed().catch((err: Error) =>
          this.opts.log?.(`search index worker: deleting processed outbox rows failed: ${err.message}`),
        );
      }
      let handled = 0;
      try {
        handled = await this.processBatch();
        backoff = 0;
      } catch (err) {
        this.stats.failedBatches += 1;
        this.stats.lastError = (err as Error).message;
        backoff = Math.min(30_000, backoff ? backoff * 2 : 250);
        this.opts.log?.(`search index worker: ${(err as Error).message}; retrying in ${backoff} ms`);
      }
      if (!this.running) break;
      if (handled < (this.opts.batchSize ?? 500) || backoff) await this.sleep(backoff || (this.opts.idleMs ?? 100));
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    });
  }

  /** Claims one batch, syncs it, marks it done; returns how many rows it handled. */
  async processBatch(): Promise<number> {
    const em = this.orm.em.fork();
    let claimed: string[] = [];
    try {
      return await em.transactional(async (tx: EntityManager) => {
        const rows = (await sql(
          tx,
          `select id, entity_type, entity_id from search_outbox
            where processed_at is null and available_at <= now()
            order by id limit ? for update skip locked`,
          [this.opts.batchSize ?? 500],
        )) as { id: string; entity_type: IndexedEntity; entity_id: string }[];
        if (!rows.length) return 0;
        claimed = rows.map((r) => r.id);
        const byType = new Map<IndexedEntity, string[]>();
        for (const r of rows) byType.set(r.entity_type, [...(byType.get(r.entity_type) ?? []), r.entity_id]);
        for (const [type, ids] of byType) await this.search.sync(tx, type, ids);
        // The clock after Meilisearch applied the change (not the transaction's start): a rebuild
        // replays every row processed after it began, so the stamp must not predate the commit.
        await sql(tx, `update search_outbox set processed_at = clock_timestamp() where id in (?)`, [claimed]);
        this.stats.processed += rows.length;
        return rows.length;
      });
    } catch (err) {
      // The claim rolled back; push the rows back with a growing delay and remember why.
      if (claimed.length) {
        await em
          .getConnection()
          .execute(
            `update search_outbox set attempts = attempts + 1, last_error = ?,
                    available_at = now() + least(interval '1 second' * power(2, attempts), interval '5 minutes')
              where id in (?)`,
            [(err as Error).message.slice(0, 500), claimed],
          )
          .catch(() => undefined);
      }
      throw err;
    }
  }

  /**
   * Deletes processed rows older than the retention period, in batches so no statement holds
   * many locks; returns how many went. Pending and failed rows are never deleted.
   */
  async purgeProcessed(retentionDays = this.opts.retentionDays ?? 7): Promise<number> {
    const conn = this.orm.em.fork().getConnection();
    let total = 0;
    for (;;) {
      const rows = (await conn.execute(
        `delete from search_outbox where id in (
           select id from search_outbox
            where processed_at is not null and processed_at < now() - make_interval(days => ?)
            limit ?)
         returning id`,
        [retentionDays, PURGE_BATCH],
      )) as unknown[];
      total += rows.length;
      if (rows.length < PURGE_BATCH) return total;
    }
  }

  /** Rows not yet in Meilisearch (for health and tests). */
  async pending(): Promise<number> {
    const [r] = (await this.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from search_outbox where processed_at is null`)) as { n: number }[];
    return r?.n ?? 0;
  }

  /** Resolves once the outbox is empty (tests, scripts). */
  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.pending()) > 0) {
      if (Date.now() > deadline) {
        // Say why: a row that keeps failing carries Meilisearch's or the document builder's error.
        const [stuck] = (await this.orm.em
          .fork()
          .getConnection()
          .execute(
            `select count(*)::int as n, max(attempts)::int as attempts,
                    (array_agg(last_error order by attempts desc) filter (where last_error is not null))[1] as error
               from search_outbox where processed_at is null`,
          )) as { n: number; attempts: number | null; error: string | null }[];
        throw new Error(
          `The search outbox did not drain in time: ${stuck?.n ?? '?'} rows pending` +
            (stuck?.error ? `, up to ${stuck.attempts} attempts, last error: ${stuck.error}` : '') +
            (this.stats.lastError ? `; this worker's last failed batch: ${this.stats.lastError}` : ''),
        );
      }
      this.poke();
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
