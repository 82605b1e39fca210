import 'reflect-metadata';
import pg from 'pg';
import { createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { bootstrap } from '../../server/src/runtime.js';
import { SearchIndex } from '../../server/src/search/search-index.js';
import { todayInDenmark } from '../../server/src/shared/clock.js';
import { PgPeer } from './pg-peer.js';

/**
 * The product's server with one change: its SearchIndex reads from the PostgreSQL-only peer
 * instead of Meilisearch. Same GraphQL, sessions, authorisation, audit, scoring and
 * explanations, served over HTTP the same way, so the benchmark compares retrieval alone.
 * Run by the benchmark (harness.ts) after preparePgPeer; no outbox worker (the product server's
 * worker keeps Meilisearch fed, and the peer reads PostgreSQL directly).
 */
const config = loadConfig();
const runtime = await bootstrap(config, () => undefined);
const pool = new pg.Pool({ connectionString: runtime.databaseUrl, max: 10 });
const peer = new PgPeer(pool, () => runtime.orm.em.fork(), config, todayInDenmark);
const services = {
  ...runtime.services,
  search: new SearchIndex(peer.meiliFacade(config.meiliIndexPrefix) as never, config, runtime.services.meili),
};
const app = await createApp(config, services);
await app.listen(config.port, config.host);
const stop = async () => {
  await app.stop().catch(() => undefined);
  await pool.end();
  await runtime.shutdown();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
