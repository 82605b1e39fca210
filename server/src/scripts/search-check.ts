import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { bootstrap } from '../runtime.js';
import { compareIndexWithDatabase } from '../search/consistency.js';

/** `npm run search:check`: compares the ids in PostgreSQL with those in Meilisearch and reports differences. */
const config = loadConfig();
// Beside a running server: use its embedded services, never stop them.
const runtime = await bootstrap(config, () => undefined, { whenRunning: 'share' });
let problems = 0;
try {
  const report = await compareIndexWithDatabase(runtime.orm.em.fork(), runtime.services.search);
  for (const r of report) {
    const ok = !r.missing.length && !r.extra.length;
    if (!ok) problems += 1;
    console.log(
      `${r.entity.padEnd(10)} PostgreSQL ${String(r.expected).padStart(7)}  Meilisearch ${String(r.indexed).padStart(7)}  missing ${r.missing.length}  extra ${r.extra.length}  pending outbox ${r.pending}${ok ? '  ok' : ''}`,
    );
    for (const id of r.missing.slice(0, 5)) console.log(`  missing: ${id}`);
    for (const id of r.extra.slice(0, 5)) console.log(`  extra:   ${id}`);
  }
  if (problems) console.log('Run "npm run reindex" to rebuild the indexes from PostgreSQL.');
} finally {
  await runtime.shutdown();
}
process.exitCode = problems ? 1 : 0;
