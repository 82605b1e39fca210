import 'reflect-metadata';
import { type App, createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './db/seed/demo-users.js';
import { seedDemo } from './db/seed/seed-demo.js';
import { createLogger, errorFields } from './ops/logger.js';
import { bootstrap, isEmpty } from './runtime.js';
import { stopAllRestarts } from './services/supervised-process.js';

// Until the configuration is read, log at info; after that, at LOG_LEVEL.
let logger = createLogger({ logLevel: 'info' });

async function main() {
  const config = loadConfig();
  logger = createLogger(config);
  const log = (line: string) => logger.info(line);
  const started = performance.now();
  const runtime = await bootstrap(config, log);

  let app: App | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    stopAllRestarts();
    logger.info({ signal }, 'stopping');
    const force = setTimeout(() => {
      // Never leave our PostgreSQL or Meilisearch behind, even when a graceful stop hangs.
      runtime.embedded.postgres?.crash();
      runtime.embedded.meilisearch?.crash();
      process.exit(1);
    }, 15_000);
    await app?.stop().catch(() => undefined);
    await runtime.shutdown();
    clearTimeout(force);
    logger.info('stopped');
    logger.flush();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (config.seedDemo && (await isEmpty(runtime.orm))) {
    logger.info('Empty database: loading demo data…');
    const summary = await seedDemo(runtime.services, { rules: config.rules, ladder: config.rules.ladder });
    logger.info(`Demo data loaded: ${summary}`);
  }
  app = await createApp(config, runtime.services, { logger });
  await runtime.services.startBackground();
  // Meilisearch is derived data: refill it from PostgreSQL when it comes up empty.
  runtime.services.search
    .rebuildIfEmpty(runtime.orm.em.fork(), log)
    // A stop interrupts the check: that is not worth a line in the log.
    .catch((err: Error) => stopping || logger.warn(`Search index check skipped: ${err.message}`));
  const server = await app.listen(config.port, config.host);
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const url = `http://localhost:${port}`;
  logger.info(
    { url, readyMs: Math.round(performance.now() - started) },
    `Jobbro is ready at ${url} (GraphQL: ${url}/graphql, live: /healthz, ready: /readyz, metrics: /metrics)`,
  );
  if (config.allowPasswordLogin && !config.production) {
    logger.info(
      `Demo logins (password ${DEMO_PASSWORD}): ${DEMO_LOGINS.map((d) => `${d.role} ${d.email}`).join(', ')}`,
    );
  }
}

main().catch((err) => {
  if (err instanceof ConfigError) logger.fatal({ problems: err.problems }, err.message);
  else logger.fatal({ err: errorFields(err) }, 'Jobbro could not start');
  logger.flush();
  // Why a server did not start is never silenced, not even by LOG_LEVEL=silent.
  if (!logger.isLevelEnabled('fatal')) {
    const message = err instanceof ConfigError ? err.message : String(errorFields(err).message);
    process.stderr.write(`Jobbro could not start: ${message}\n`);
  }
  process.exit(1);
});
