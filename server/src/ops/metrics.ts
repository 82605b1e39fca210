import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Services } from '../services.js';

type RequestLabels = 'operation' | 'type' | 'outcome';

/**
 * Prometheus metrics of one app: GraphQL requests by operation, and gauges read at each scrape
 * (search outbox, Meilisearch's task queue, the database pool). One registry per app, so tests
 * can run several apps in one process.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly requests = new Counter<RequestLabels>({
    name: 'jobbro_graphql_requests_total',
    help: 'GraphQL requests by root field, operation type and outcome (ok or the first error code)',
    labelNames: ['operation', 'type', 'outcome'],
    registers: [this.registry],
  });
  readonly duration = new Histogram<RequestLabels>({
    name: 'jobbro_graphql_request_duration_seconds',
    help: 'GraphQL request latency by root field, operation type and outcome',
    labelNames: ['operation', 'type', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly outboxBacklog = this.gauge('jobbro_search_outbox_backlog', 'Outbox rows not yet in Meilisearch');
  private readonly outboxOldest = this.gauge(
    'jobbro_search_outbox_oldest_age_seconds',
    'Age of the oldest outbox row not yet in Meilisearch (0 when none)',
  );
  private readonly meiliTasks = new Gauge<'status'>({
    name: 'jobbro_meilisearch_tasks',
    help: "Tasks in Meilisearch's queue by status (enqueued, processing): its indexing lag",
    labelNames: ['status'],
    registers: [this.registry],
  });
  private readonly meiliOldest = this.gauge(
    'jobbro_meilisearch_oldest_enqueued_age_seconds',
    'Age of the oldest enqueued Meilisearch task (0 when none)',
  );
  private readonly pool = new Gauge<'state'>({
    name: 'jobbro_db_pool_connections',
    help: 'Database pool connections: used, free, pending (requests waiting for one) and max',
    labelNames: ['state'],
    registers: [this.registry],
  });
  private readonly candidateCache = new Gauge<'result'>({
    name: 'jobbro_match_document_cache_lookups',
    help: "People matching's retrieval found in the process's document cache (hit) or fetched by id (miss), since start",
    labelNames: ['result'],
    registers: [this.registry],
  });
  private readonly scrapeErrors = new Counter<'source'>({
    name: 'jobbro_metrics_scrape_errors_total',
    help: 'Gauges that could not be read at a scrape (the database or Meilisearch was unreachable)',
    labelNames: ['source'],
    registers: [this.registry],
  });

  constructor(private readonly services: Services) {
    collectDefaultMetrics({ register: this.registry });
  }

  private gauge(name: string, help: string): Gauge {
    return new Gauge({ name, help, registers: [this.registry] });
  }

  /** Reads the gauges, then renders everything in Prometheus' text format. */
  async render(): Promise<string> {
    await Promise.all([this.readOutbox(), this.readMeili()]);
    this.readPool();
    const cache = this.services.search.candidateCache;
    this.candidateCache.set({ result: 'hit' }, cache.hits);
    this.candidateCache.set({ result: 'miss' }, cache.misses);
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  private async readOutbox(): Promise<void> {
    try {
      const [row] = (await this.services.orm.em
        .fork()
        .getConnection()
        .execute(
          `select count(*)::int as n, coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as age
             from search_outbox where processed_at is null`,
        )) as { n: number; age: number }[];
      this.outboxBacklog.set(row?.n ?? 0);
      this.outboxOldest.set(row?.age ?? 0);
    } catch {
      this.scrapeErrors.inc({ source: 'postgres' });
    }
  }

  private async readMeili(): Promise<void> {
    try {
      const [enqueued, processing] = await Promise.all([
        this.services.meili.tasks.getTasks({ statuses: ['enqueued'], limit: 1, reverse: true }),
        this.services.meili.tasks.getTasks({ statuses: ['processing'], limit: 1 }),
      ]);
      this.meiliTasks.set({ status: 'enqueued' }, enqueued.total);
      this.meiliTasks.set({ status: 'processing' }, processing.total);
      const oldest = enqueued.results[0]?.enqueuedAt;
      this.meiliOldest.set(oldest ? Math.max(0, (Date.now() - new Date(oldest).getTime()) / 1000) : 0);
    } catch {
      this.scrapeErrors.inc({ source: 'meilisearch' });
    }
  }

  private readPool(): void {
    // knex's pool (tarn) behind MikroORM.
    const pool = (this.services.orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
    if (!pool) return;
    this.pool.set({ state: 'used' }, pool.numUsed());
    this.pool.set({ state: 'free' }, pool.numFree());
    this.pool.set({ state: 'pending' }, pool.numPendingAcquires());
    this.pool.set({ state: 'max' }, pool.max);
  }
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}
