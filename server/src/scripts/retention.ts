import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { anonymiseInactive } from '../features/privacy/privacy.service.js';
import { bootstrap } from '../runtime.js';

/** `npm run retention`: anonymises candidates inactive longer than RETENTION_INACTIVE_DAYS (run it nightly). */
const config = loadConfig();
// Beside a running server: use its embedded services, never stop them.
const runtime = await bootstrap(config, () => undefined, { whenRunning: 'share' });
try {
  const n = await anonymiseInactive(runtime.orm.em.fork(), config.rules.retentionInactiveDays);
  await runtime.services.outbox.processBatch().catch(() => undefined);
  console.log(`Anonymised ${n} candidate(s) inactive for more than ${config.rules.retentionInactiveDays} days.`);
} finally {
  await runtime.shutdown();
}
