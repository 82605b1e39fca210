import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { bootstrap } from '../runtime.js';
import type { IndexedEntity } from '../search/outbox-event.entity.js';

/** `npm run reindex`: rebuilds every search index from PostgreSQL and swaps it in, with a progress bar. */
const config = loadConfig();
// Beside a running server: use its embedded services, never stop them.
const runtime = await bootstrap(config, () => undefined, { whenRunning: 'share' });
const started = performance.now();
let last = '';
const bar = (entity: IndexedEntity, done: number, total: number) => {
  const width = 30;
  const share = total ? done / total : 1;
  const line = `${entity.padEnd(10)} [${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ${done}/${total}`;
  if (line === last) return;
  last = line;
  process.stdout.write(process.stdout.isTTY ? `\r${line}` : `${line}\n`);
};
try {
  const counts = await runtime.services.search.rebuildAll(runtime.orm.em.fork(), bar);
  process.stdout.write('\n');
  console.log(
    `Rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts.candidate} candidates, ${counts.task} open tasks, ${counts.iguSlot} open IGU slots.`,
  );
} finally {
  await runtime.shutdown();
}
