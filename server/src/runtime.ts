import 'reflect-metadata';
import path from 'node:path';
import type { Config } from './config.js';
import { initORM, migrate, type Orm } from './db/orm.js';
import { ensureReferenceData } from './db/seed/reference.js';
import { User } from './features/auth/user.entity.js';
import { checkAvailabilityDrift } from './features/availability/drift.js';
import { startEmbeddedMeilisearch } from './services/embedded-meilisearch.js';
import { startEmbeddedPostgres } from './services/embedded-postgres.js';
import type { SupervisedProcess } from './services/supervised-process.js';
import { createServices, type Services } from './services.js';
import { todayInDenmark } from './shared/clock.js';

/** Migrations that added stored availability; when one has just run, the values are computed once. */
const AVAILABILITY_MIGRATIONS = ['Migration20261206070544', 'Migration20261208031500'];

export interface Runtime {
  orm: Orm;
  services: Services;
  /** The embedded children this runtime supervises (null when configured by URL). */
  embedded: { postgres: SupervisedProcess | null; meilisearch: SupervisedProcess | null };
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string;
  /** Stops everything this runtime started, in reverse order. */
  shutdown: () => Promise<void>;
}

/**
 * Connects to PostgreSQL and Meilisearch, starting embedded ones under DATA_DIR
 * when no URL is configured, then migrates and loads reference data.
 */
export async function bootstrap(
  config: Config,
  log: (s: string) => void = console.log,
  opts: {
    /**
     * Embedded services another live Jobbro process runs on the same DATA_DIR: maintenance
     * scripts `share` them (and never stop them); a server `refuse`s with a message.
     */
    whenRunning?: 'share' | 'refuse';
  } = {},
): Promise<Runtime> {
  const stops: (() => Promise<void>)[] = [];
  const shutdown = async () => {
    for (const stop of stops.reverse()) await stop().catch((e: Error) => log(`shutdown: ${e.message}`));
  };
  try {
    const dataDir = path.resolve(config.dataDir);
    let databaseUrl = config.databaseUrl;
    const embedded: Runtime['embedded'] = { postgres: null, meilisearch: null };
    if (!databaseUrl) {
      const pg = await startEmbeddedPostgres({
        dir: dataDir,
        database: 'jobbro',
        log,
        whenRunning: opts.whenRunning,
      });
      embedded.postgres = pg.process;
      stops.push(pg.stop);
      databaseUrl = pg.url();
      if (pg.process) log(`PostgreSQL (embedded) on 127.0.0.1:${pg.port}, data in ${dataDir}`);
    }
    let meiliUrl = config.meiliUrl;
    let meiliKey = config.meiliMasterKey;
    if (!meiliUrl) {
      const meili = await startEmbeddedMeilisearch({
        dir: dataDir,
        bin: config.meiliBin,
        log,
        whenRunning: opts.whenRunning,
      });
      embedded.meilisearch = meili.process;
      stops.push(meili.stop);
      meiliUrl = meili.url;
      meiliKey = meili.masterKey;
      if (meili.process) log(`Meilisearch (embedded) on ${meili.url}`);
    }
    const orm = await initORM(databaseUrl, { max: config.db.poolMax, acquireTimeoutMs: config.db.acquireTimeoutMs });
    stops.push(() => orm.close());
    const applied = await migrate(orm);
    if (applied.length) log(`Applied ${applied.length} migration(s).`);
    if (AVAILABILITY_MIGRATIONS.some((m) => applied.includes(m))) {
      // A migration added stored availability columns: fill them once with the services' own rules (the
      // people and openings changed are queued for the search index).
      const reports = await checkAvailabilityDrift(orm.em.fork(), config.rules, todayInDenmark(), { fix: true });
      log(`Computed free hours and openings left (${reports.map((r) => `${r.fixed} ${r.kind}`).join(', ')} set).`);
    }
    await ensureReferenceData(orm.em.fork());
    const services = createServices(config, { orm, meiliUrl, meiliKey: meiliKey ?? '' }, log);
    stops.push(() => services.stopBackground());
    return {
      orm,
      services,
      embedded,
      databaseUrl,
      meiliUrl,
      meiliKey: meiliKey ?? '',
      shutdown,
    };
  } catch (err) {
    await shutdown();
    throw err;
  }
}

/** True when the database holds no users yet: the first start of a fresh install. */
export async function isEmpty(orm: Orm): Promise<boolean> {
  return (await orm.em.fork().count(User, {})) === 0;
}
