import { Meilisearch } from 'meilisearch';
import type { Config } from './config.js';
import type { Orm } from './db/orm.js';
import { AuthService } from './features/auth/auth.service.js';
import { LoginLimiter } from './features/auth/login-limiter.js';
import { catalogueSynonyms } from './features/competences/competence.service.js';
import { OutboxWorker } from './search/outbox-worker.js';
import { SearchIndex } from './search/search-index.js';
import { ExpensiveLimiter } from './shared/expensive.js';

/** The composition root: every long-lived service, built once per process. */
export interface Services {
  orm: Orm;
  meili: Meilisearch;
  auth: AuthService;
  expensive: ExpensiveLimiter;
  search: SearchIndex;
  outbox: OutboxWorker;
  /** Starts background work (the index worker). */
  startBackground: () => Promise<void>;
  stopBackground: () => Promise<void>;
}

export interface Connections {
  orm: Orm;
  meiliUrl: string;
  meiliKey: string;
}

export function createServices(config: Config, conn: Connections, log: (s: string) => void = console.log): Services {
  const meili = new Meilisearch({
    host: conn.meiliUrl,
    apiKey: conn.meiliKey,
    timeout: config.searchTimeoutMs,
    // Uncompressed answers: with gzip Meilisearch writes the headers and the body apart, and
    // Nagle plus the client's delayed ACK then stall every answer over ~1 kB by 40 ms.
    requestInit: { headers: { 'accept-encoding': 'identity' } },
  });
  const writer = new Meilisearch({
    host: conn.meiliUrl,
    apiKey: conn.meiliKey,
    timeout: 120_000,
    requestInit: { headers: { 'accept-encoding': 'identity' } },
  });
  const search = new SearchIndex(meili, config, writer, () => catalogueSynonyms(conn.orm.em.fork()));
  const outbox = new OutboxWorker(conn.orm, search, {
    log: config.logLevel === 'silent' ? undefined : log,
    retentionDays: config.outboxRetentionDays,
  });
  return {
    orm: conn.orm,
    meili,
    auth: new AuthService(config, new LoginLimiter(conn.orm.em.getConnection().getKnex())),
    expensive: new ExpensiveLimiter(config.expensive),
    search,
    outbox,
    startBackground: async () => {
      // Meilisearch may be down at boot: the worker retries, and the outbox keeps every change.
      await search
        .ensureIndexes()
        .catch((err: Error) => log(`Meilisearch not ready (${err.message}); the index worker will retry.`));
      outbox.start();
    },
    stopBackground: async () => {
      search.stop();
      await outbox.stop();
    },
  };
}
