import type { EntityManager } from '@mikro-orm/postgresql';
import { type EnqueuedTaskPromise, type Meilisearch, MeilisearchApiError, type Task } from 'meilisearch';
import type { Config } from '../config.js';
import { loadCompetenceCatalogue } from '../db/seed/competence-catalogue.js';
import { todayInDenmark } from '../shared/clock.js';
import { searchUnavailable } from '../shared/errors.js';
import { CandidateDocumentCache } from './document-cache.js';
import { candidateDocuments, iguSlotDocuments, taskDocuments } from './documents.js';
import { indexSettings, indexUid, type SynonymSource, synonymsFromCatalogue } from './indexes.js';
import { type MultiSearchSource, nearestByPostcode } from './nearest.js';
import type { IndexedEntity } from './outbox-event.entity.js';

const ENTITIES: IndexedEntity[] = ['candidate', 'task', 'iguSlot'];
/**
 * Rebuilds read 10,000 rows at a time from PostgreSQL but send Meilisearch up to 50,000
 * documents per task, one task indexing while the next is built. Meilisearch indexes a few
 * large batches far faster than many small ones (each batch also re-merges the index built
 * so far): at 100,000 candidates one 80,000-document task took ~19 s against ~24 s for tasks
 * of 10,000 with 4 in flight. 50,000 documents (~60 MB) stay under its 100 MB payload limit.
 */
const REBUILD_READ = 10_000;
const REBUILD_TASK_DOCS = 50_000;
const TABLE: Record<IndexedEntity, string> = { candidate: 'candidate', task: 'unsolved_task', iguSlot: 'igu_slot' };
/** The rows that can have a document (the document builders check again): rebuilds skip the rest early. */
const INDEXABLE: Record<IndexedEntity, string> = {
  candidate: "consent_to_share and status = 'ACTIVE'",
  task: "status in ('OPEN', 'IN_PROGRESS')",
  iguSlot: "status = 'OPEN'",
};

/** Turns a lost or slow Meilisearch into the contract's SEARCH_UNAVAILABLE; real API errors pass through. */
export async function guardSearch<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof MeilisearchApiError && err.response?.status && err.response.status < 500) throw err;
    throw searchUnavailable();
  }
}

/**
 * The derived Meilisearch indexes: settings, document upserts from PostgreSQL,
 * and rebuilds that swap a fresh index in so search never goes empty.
 */
export class SearchIndex {
  private settingsReady: Promise<void> | null = null;
  private stopped = false;
  private synonyms: Record<string, string[]> | null = null;

  /**
   * `meili` answers searches with the short search timeout; `writer` sends documents and
   * settings, whose uploads may take longer than a search ever should while Meilisearch is busy.
   */
  constructor(
    readonly meili: Meilisearch,
    private readonly config: Config,
    private readonly writer: Meilisearch = meili,
    /** The live competence catalogue (PostgreSQL, with what administrators added); the CSV file when absent or empty. */
    private readonly catalogue?: () => Promise<SynonymSource[]>,
  ) {
    this.candidateCache = new CandidateDocumentCache(config.matchDocumentCache);
    // A source that orders by distance itself (the benchmark's PostgreSQL peer) takes `near` as it is.
    this.nearest = (meili as { ordersByDistance?: boolean }).ordersByDistance ? meili : nearestByPostcode(meili);
  }

  /** `meili` for multi-searches whose queries may ask for the nearest matches first (`near`, search/nearest.ts). */
  readonly nearest: MultiSearchSource;

  /** Matching's people between requests: retrieval asks for ids, the scoring fields come from here. */
  readonly candidateCache: CandidateDocumentCache;

  /** Stops long rebuilds at their next batch (shutdown must not wait for a full reindex). */
  stop(): void {
    this.stopped = true;
  }

  uid(entity: IndexedEntity): string {
    return indexUid(this.config.meiliIndexPrefix, entity);
  }

  index(entity: IndexedEntity) {
    return this.meili.index(this.uid(entity));
  }

  private settingsFor(entity: IndexedEntity) {
    this.synonyms ??= synonymsFromCatalogue(loadCompetenceCatalogue());
    return indexSettings(entity, this.synonyms);
  }

  /** Synonyms from the live catalogue, so competences added in the portal are searched by their synonyms too. */
  private async loadSynonyms(): Promise<Record<string, string[]>> {
    const rows = this.catalogue ? await this.catalogue() : [];
    this.synonyms = synonymsFromCatalogue(rows.length ? rows : loadCompetenceCatalogue());
    return this.synonyms;
  }

  /**
   * Re-reads the catalogue's synonyms and sends them to every live index (after a competence was
   * added); searches use them as soon as Meilisearch has applied them.
   */
  async refreshSynonyms(): Promise<void> {
    await this.ensureIndexes();
    const synonyms = await this.loadSynonyms();
    for (const e of ENTITIES) await this.wait(this.writer.index(this.uid(e)).updateSynonyms(synonyms));
  }

  /** Creates missing indexes with their settings (idempotent); runs once per process. */
  ensureIndexes(): Promise<void> {
    this.settingsReady ??= (async () => {
      await this.loadSynonyms();
      for (const e of ENTITIES) {
        await this.wait(this.writer.createIndex(this.uid(e), { primaryKey: 'id' }), true);
        await this.wait(this.writer.index(this.uid(e)).updateSettings(this.settingsFor(e)));
      }
    })().catch((err) => {
      this.settingsReady = null;
      throw err;
    });
    return this.settingsReady;
  }

  /** Waits for a Meilisearch task; `allowExists` tolerates "index already exists". */
  async wait(p: EnqueuedTaskPromise, allowExists = false, timeout = 60_000): Promise<Task> {
    const task = await p.waitTask({ timeout, interval: 25 });
    if (task.status !== 'succeeded' && !(allowExists && task.error?.code === 'index_already_exists')) {
      throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? 'unknown error'}`);
    }
    return task;
  }

  /** Builds the documents for these ids from PostgreSQL; those no longer indexable come back in `remove`. */
  async documentsFor(em: EntityManager, entity: IndexedEntity, ids: string[]) {
    const today = todayInDenmark();
    const docs =
      entity === 'candidate'
        ? await candidateDocuments(em, ids, this.config, today)
        : entity === 'task'
          ? await taskDocuments(em, ids)
          : await iguSlotDocuments(em, ids);
    const present = new Set(docs.map((d) => d.id));
    return { docs, remove: ids.filter((id) => !present.has(id)) };
  }

  /**
   * Upserts or removes these rows in Meilisearch and waits until Meilisearch has applied them;
   * `uid` names another index than the live one (a rebuild's fresh index).
   */
  async sync(em: EntityManager, entity: IndexedEntity, ids: string[], uid = this.uid(entity)): Promise<void> {
    await this.ensureIndexes();
    const { docs, remove } = await this.documentsFor(em, entity, [...new Set(ids)]);
    const index = this.writer.index(uid);
    if (docs.length) await this.wait(index.addDocuments(docs as never[], { primaryKey: 'id' }));
    if (remove.length) await this.wait(index.deleteDocuments(remove));
  }

  /**
   * The rows of this entity changed since `since` (a PostgreSQL clock reading): outbox rows still
   * pending, or processed at or after it. The worker stamps processed_at after Meilisearch applied
   * the change, so a change committed after `since` is always in this set.
   */
  private async changedSince(em: EntityManager, entity: IndexedEntity, since: string): Promise<string[]> {
    const rows = (await em.getConnection().execute(
      `select distinct entity_id from search_outbox
          where entity_type = ? and (processed_at is null or processed_at >= ?::timestamptz)`,
      [entity, since],
    )) as { entity_id: string }[];
    return rows.map((r) => r.entity_id);
  }

  /** PostgreSQL's clock now, less a second of margin (replaying a change twice is harmless). */
  private async mark(em: EntityManager): Promise<string> {
    const [{ t }] = (await em
      .getConnection()
      .execute(`select (clock_timestamp() - interval '1 second')::text as t`)) as { t: string }[];
    return t;
  }

  /**
   * Rebuilds one index from PostgreSQL into a fresh index and swaps it in: searches keep
   * answering from the old index until the swap. Changes made while it runs go to the old
   * index through the outbox, so they are replayed into the fresh one before the swap, and the
   * few that reach the old index between that replay and the swap are queued again after it.
   */
  async rebuild(
    em: EntityManager,
    entity: IndexedEntity,
    onProgress?: (done: number, total: number) => void | Promise<void>,
    sizes: { read: number; taskDocs: number } = { read: REBUILD_READ, taskDocs: REBUILD_TASK_DOCS },
  ): Promise<number> {
    await this.ensureIndexes();
    // Every change committed before this moment is visible to the reads below; every later
    // one leaves an outbox row that changedSince() finds.
    const started = await this.mark(em);
    const live = this.uid(entity);
    const fresh = `${live}_rebuild_${Date.now()}`;
    await this.loadSynonyms(); // another instance may have added competences since this one started
    await this.wait(this.writer.createIndex(fresh, { primaryKey: 'id' }));
    try {
      await this.wait(this.writer.index(fresh).updateSettings(this.settingsFor(entity)));
      const conn = em.getConnection();
      const [{ count }] = (await conn.execute(
        `select count(*)::int as count from ${TABLE[entity]} where ${INDEXABLE[entity]}`,
      )) as {
        count: number;
      }[];
      let done = 0;
      let after = '00000000-0000-0000-0000-000000000000';
      let buffer: object[] = [];
      let indexing: EnqueuedTaskPromise | null = null;
      const indexed = async () => {
        if (indexing) await this.wait(indexing, false, 600_000);
      };
      const send = async () => {
        await indexed(); // one task indexing at a time
        indexing = this.writer.index(fresh).addDocuments(buffer as never[], { primaryKey: 'id' });
        indexing.catch(() => undefined); // awaited later; a failure must not go unhandled meanwhile
        buffer = [];
      };
      for (;;) {
        const rows = (await conn.execute(
          `select id from ${TABLE[entity]} where id > ? and ${INDEXABLE[entity]} order by id limit ?`,
          [after, sizes.read],
        )) as { id: string }[];
        if (!rows.length) break;
        if (this.stopped) throw new Error('Rebuild stopped: the server is shutting down.');
        after = rows.at(-1)!.id;
        const { docs } = await this.documentsFor(
          em,
          entity,
          rows.map((r) => r.id),
        );
        for (const d of docs) buffer.push(d);
        done += rows.length;
        if (buffer.length >= sizes.taskDocs) await send();
        await onProgress?.(done, count);
      }
      if (buffer.length) await send();
      await indexed();
      const replayed = await this.mark(em);
      const changed = await this.changedSince(em, entity, started);
      for (let i = 0; i < changed.length; i += REBUILD_READ)
        await this.sync(em, entity, changed.slice(i, i + REBUILD_READ), fresh);
      await this.wait(this.writer.swapIndexes([{ indexes: [live, fresh] } as never]));
      // Changes the worker sent to the old index after the replay read them (or is sending now,
      // its claim not yet committed): queued again, so the worker, the one writer of the live
      // index, sends them to the new one in order.
      await em.getConnection().execute(
        `insert into search_outbox (entity_type, entity_id, created_at, available_at, attempts)
         select distinct entity_type, entity_id, now(), now(), 0 from search_outbox
          where entity_type = ? and (processed_at is null or processed_at >= ?::timestamptz)`,
        [entity, replayed],
      );
      const stats = await this.writer.index(live).getStats();
      return stats.numberOfDocuments;
    } finally {
      await this.writer
        .deleteIndex(fresh)
        .waitTask({ timeout: 60_000 })
        .catch(() => undefined);
    }
  }

  async rebuildAll(em: EntityManager, onProgress?: (entity: IndexedEntity, done: number, total: number) => void) {
    const counts: Partial<Record<IndexedEntity, number>> = {};
    for (const e of ENTITIES) counts[e] = await this.rebuild(em, e, (d, t) => onProgress?.(e, d, t));
    return counts as Record<IndexedEntity, number>;
  }

  /**
   * Rebuilds the indexes that are empty while PostgreSQL has rows for them (a lost or new Meilisearch),
   * and those whose documents predate the `postcode` field distance is filtered on (search/nearest.ts).
   */
  async rebuildIfEmpty(em: EntityManager, log: (s: string) => void): Promise<void> {
    await this.ensureIndexes();
    for (const e of ENTITIES) {
      const stats = await this.index(e).getStats();
      const outdated = (stats.fieldDistribution.postcode ?? 0) < stats.numberOfDocuments;
      if (stats.numberOfDocuments > 0 && !outdated) continue;
      const [{ n }] = (await em.getConnection().execute(`select count(*)::int as n from ${TABLE[e]}`)) as {
        n: number;
      }[];
      if (!n) continue;
      const count = await this.rebuild(em, e);
      log(
        `Search index ${this.uid(e)} was ${outdated ? 'without postcodes' : 'empty'}: rebuilt from PostgreSQL (${count} documents).`,
      );
    }
  }

  /** Drops this environment's indexes (tests). */
  async dropAll(): Promise<void> {
    for (const e of ENTITIES)
      await this.writer
        .deleteIndex(this.uid(e))
        .waitTask()
        .catch(() => undefined);
  }
}

export { ENTITIES as INDEXED_ENTITIES, TABLE as INDEXED_TABLES };
