import { timingSafeEqual } from 'node:crypto';
import express from 'express';
import type { Config } from '../config.js';
import type { Services } from '../services.js';
import type { Metrics } from './metrics.js';

/**
 * Probes and metrics beside the API:
 * - `/healthz` live: the process answers (a restart is the cure when it does not);
 * - `/readyz` ready: PostgreSQL and Meilisearch answer and every migration is applied (take traffic);
 * - `/metrics` Prometheus: with METRICS_TOKEN set it asks for `Authorization: Bearer <token>`;
 *   in production without a token it is off (404), elsewhere it is open.
 */
export function opsRouter(config: Config, services: Services, metrics: Metrics): express.Router {
  const router = express.Router();

  router.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });

  router.get('/readyz', async (_req, res) => {
    const [postgres, meilisearch, migrations] = await Promise.all([
      checkPostgres(services),
      checkMeili(services),
      checkMigrations(services),
    ]);
    const ok = postgres.ok && meilisearch.ok && migrations.ok;
    res.setHeader('Cache-Control', 'no-store');
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', postgres, meilisearch, migrations });
  });

  router.get('/metrics', async (req, res) => {
    if (!config.metricsToken && config.production) {
      res.status(404).end();
      return;
    }
    if (config.metricsToken && !bearerMatches(req.headers.authorization, config.metricsToken)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer').end();
      return;
    }
    res.setHeader('Content-Type', metrics.contentType);
    res.send(await metrics.render());
  });

  return router;
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

async function checkPostgres(services: Services) {
  const started = performance.now();
  try {
    await services.orm.em.getConnection().execute('select 1');
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    return { ok: false, error: (err as Error).message.slice(0, 200) };
  }
}

async function checkMeili(services: Services) {
  const started = performance.now();
  try {
    await services.meili.health();
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    return { ok: false, error: (err as Error).message.slice(0, 200) };
  }
}

// Once every migration is applied it stays so for this process's code: ask PostgreSQL only until then.
const migrationsSeenApplied = new WeakSet<Services>();
async function checkMigrations(services: Services) {
  if (migrationsSeenApplied.has(services)) return { ok: true, pending: 0 };
  try {
    const pending = await services.orm.getMigrator().getPendingMigrations();
    if (!pending.length) migrationsSeenApplied.add(services);
    return { ok: pending.length === 0, pending: pending.length };
  } catch (err) {
    return { ok: false, error: (err as Error).message.slice(0, 200) };
  }
}
