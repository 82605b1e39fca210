import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { checkAvailabilityDrift } from '../features/availability/drift.js';
import { bootstrap } from '../runtime.js';
import { todayInDenmark } from '../shared/clock.js';

/**
 * `npm run availability:check [-- --fix]`: recomputes free hours, availableFrom and openings left
 * from scratch and reports rows whose stored values drifted; --fix writes the computed values and
 * queues those rows for the search index. Hours plans step up week by week, so run it nightly with
 * --fix beside search:check.
 */
const fix = process.argv.includes('--fix');
const config = loadConfig();
// Beside a running server: use its embedded services, never stop them.
const runtime = await bootstrap(config, () => undefined, { whenRunning: 'share' });
let drifted = 0;
try {
  const reports = await checkAvailabilityDrift(runtime.orm.em.fork(), config.rules, todayInDenmark(), { fix });
  for (const r of reports) {
    drifted += r.drifted.length;
    console.log(
      `${r.kind.padEnd(10)} checked ${String(r.checked).padStart(7)}  drifted ${String(r.drifted.length).padStart(5)}${fix ? `  fixed ${r.fixed}` : ''}${r.drifted.length ? '' : '  ok'}`,
    );
    for (const d of r.drifted.slice(0, 5)) console.log(`  ${d.id}: stored ${d.stored}, computed ${d.computed}`);
  }
  if (drifted && !fix) console.log('Run "npm run availability:check -- --fix" to write the computed values.');
} finally {
  await runtime.shutdown();
}
process.exitCode = drifted && !fix ? 1 : 0;
