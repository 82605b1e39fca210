import 'reflect-metadata';
import { type App, createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './db/seed/demo-users.js';
import { seedDemo } from './db/seed/seed-demo.js';
import { bootstrap, isEmpty } from './runtime.js';
import { stopAllRestarts } from './services/supervised-process.js';

async function main() {
  const config = loadConfig();
  const started = performance.now();
  const runtime = await bootstrap(config);

  let app: App | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    stopAllRestarts();
    console.log(`\n${signal}: stopping…`);
    const force = setTimeout(() => {
      // Never leave our PostgreSQL or Meilisearch behind, even when a graceful stop hangs.
      runtime.embedded.postgres?.crash();
      runtime.embedded.meilisearch?.crash();
      process.exit(1);
    }, 15_000);
    await app?.stop().catch(() => undefined);
    await runtime.shutdown();
    clearTimeout(force);
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (config.seedDemo && (await isEmpty(runtime.orm))) {
    console.log('Empty database: loading demo data…');
    const summary = await seedDemo(runtime.services, {});
    console.log(`Demo data loaded: ${summary}`);
  }
  app = await createApp(config, runtime.services);
  await runtime.services.startBackground();
  // Meilisearch is derived data: refill it from PostgreSQL when it comes up empty.
  runtime.services.search
    .rebuildIfEmpty(runtime.orm.em.fork(), console.log)
    // A stop interrupts the check: that is not worth a line in the log.
    .catch((err: Error) => stopping || console.log(`Search index check skipped: ${err.message}`));
  const server = await app.listen(config.port, config.host);
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const url = `http://localhost:${port}`;
  console.log(
    `\nJobbro is ready in ${Math.round(performance.now() - started)} ms at ${url}  (GraphQL: ${url}/graphql, health: ${url}/healthz)`,
  );
  if (config.allowPasswordLogin && !config.production) {
    console.log(`Demo logins (password ${DEMO_PASSWORD}):`);
    for (const d of DEMO_LOGINS) console.log(`  ${d.role.padEnd(10)} ${d.email}`);
  }
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(err.message);
  } else {
    console.error('Jobbro could not start:', err instanceof Error ? err.message : err);
  }
  process.exit(1);
});
