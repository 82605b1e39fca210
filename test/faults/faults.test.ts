import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { bootstrap, type Runtime } from '../../server/src/runtime.js';
import { GqlClient } from '../setup/test-app.js';

/**
 * Fault tests against the real processes the product runs in embedded mode:
 * the server supervises its own PostgreSQL and Meilisearch, so we kill them for real.
 */
const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`;
const candidateInput = (i: number) => ({
  firstName: `Fault${i}`,
  lastName: 'Test',
  birthDate: '1990-03-04',
  postcode: '5000',
  targetGroup: 'INTEGRATION_PROGRAMME',
  readiness: 'JOB_READY',
  residenceCategory: 'REFUGEE',
  arrivalDate: '2023-01-10',
  danishLevel: 'A2',
  availableWeeklyHours: 25,
  hasDrivingLicence: false,
  maxCommuteKm: 25,
  consentToShare: true,
  industriesWished: ['52'],
  education: `Lagerarbejde og truckkørsel ${i}`,
});

interface Instance {
  runtime: Runtime;
  app: App;
  url: string;
}

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEARCH_TIMEOUT_MS: '1000', ...env });
  const runtime = await bootstrap(config, () => undefined);
  const app = await createApp(config, runtime.services);
  const server = await app.listen(0, '127.0.0.1');
  const addr = server.address();
  await runtime.services.startBackground();
  return { runtime, app, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` };
}

/** Polls `check` until it is true: the tests wait for conditions, never for a fixed time. */
async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (
    !(await Promise.resolve()
      .then(check)
      .catch(() => false))
  ) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** ['a', 'a', 'b'] → 'a ×2, b': what happened in order, without a line per poll. */
const runs = (xs: string[]) =>
  xs
    .reduce<[string, number][]>((acc, x) => {
      const last = acc.at(-1);
      if (last?.[0] === x) last[1]++;
      else acc.push([x, 1]);
      return acc;
    }, [])
    .map(([x, n]) => (n > 1 ? `${x} ×${n}` : x))
    .join(', ');

async function indexedIds(inst: Instance): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += 1000) {
    const page = await inst.runtime.services.search
      .index('candidate')
      .getDocuments({ fields: ['id'], limit: 1000, offset });
    for (const d of page.results) ids.add(String(d.id));
    if (page.results.length < 1000) return ids;
  }
}

describe('faults survived (embedded PostgreSQL and Meilisearch, real processes)', () => {
  let dir: string;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-faults-'));
    fs.chmodSync(dir, 0o755);
    a = await startInstance({ DATA_DIR: dir });
    await seedDemoUsers(a.runtime.orm.em.fork());
    // A second server on the same database and Meilisearch, as behind a load balancer.
    b = await startInstance({
      DATABASE_URL: a.runtime.databaseUrl,
      MEILI_URL: a.runtime.meiliUrl,
      MEILI_MASTER_KEY: a.runtime.meiliKey,
    });
  }, 120_000);

  afterAll(async () => {
    for (const inst of [b, a]) {
      if (!inst) continue;
      await inst.app.stop().catch(() => undefined);
      await inst.runtime.shutdown();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('heals a SIGKILLed Meilisearch by itself, and loses no write made during the outage', async () => {
    const adviser = await new GqlClient(a.url).login('raadgiver@demo.dk');
    const consultant = await new GqlClient(a.url).login('konsulent@demo.dk');
    const meili = a.runtime.embedded.meilisearch!;
    const pidBefore = meili.pid;
    const written: string[] = [];
    let attempted = 0;
    let sawUnavailable = false;
    for (let i = 0; i < 120; i++) {
      if (i === 40) process.kill(pidBefore!, 'SIGKILL');
      if (i === 41) {
        const r = await consultant.request('{ searchCandidates(query: "truck") { totalHits } }');
        sawUnavailable = r.errors?.[0]?.extensions?.code === 'SEARCH_UNAVAILABLE';
      }
      attempted++;
      const r = await adviser.request<{ createCandidate: { id: string } }>(CREATE, { input: candidateInput(i) });
      if (r.data?.createCandidate) written.push(r.data.createCandidate.id);
    }
    await waitFor(
      async () => meili.pid !== pidBefore && (await fetch(`${a.runtime.meiliUrl}/health`)).ok,
      30_000,
      'Meilisearch to be restarted',
    );
    await a.runtime.services.outbox.drain(60_000);
    await b.runtime.services.outbox.drain(60_000);
    const ids = await indexedIds(a);
    const found = written.filter((id) => ids.has(id)).length;
    console.log(
      `Meilisearch killed mid-burst: writes attempted ${attempted}, written ${written.length}, found in the index after recovery ${found}`,
    );
    expect(sawUnavailable).toBe(true);
    expect(written.length).toBe(attempted);
    expect(found).toBe(written.length);
    expect(meili.restartCount).toBeGreaterThanOrEqual(1);
  }, 120_000);

  it('fails cleanly while PostgreSQL restarts, and recovers without a server restart', async () => {
    const adviser = await new GqlClient(a.url).login('raadgiver@demo.dk');
    const pg = a.runtime.embedded.postgres!;
    const pidBefore = pg.pid!;
    process.kill(pidBefore, 'SIGKILL');
    // The supervisor has seen the exit and waits its back-off (500 ms) before the restart: PostgreSQL is down now.
    await waitFor(() => pg.pid === undefined, 10_000, 'the supervisor to see PostgreSQL exit');
    // While it is down: clean errors and an honest health check.
    const [during, ready, live] = await Promise.all([
      adviser.request(CREATE, { input: candidateInput(999) }),
      fetch(`${a.url}/readyz`),
      fetch(`${a.url}/healthz`),
    ]);
    const codes = new Set((during.errors ?? []).map((e) => e.extensions?.code));
    await waitFor(() => pg.pid !== undefined, 30_000, 'PostgreSQL to be restarted');
    let written = 0;
    const outcomes: string[] = [];
    await waitFor(
      async () => {
        const r = await adviser.request<{ createCandidate: { id: string } }>(CREATE, {
          input: candidateInput(1000 + outcomes.length),
        });
        outcomes.push(r.data?.createCandidate ? 'ok' : String(r.errors?.[0]?.extensions?.code));
        if (r.data?.createCandidate) written++;
        return written > 0;
      },
      30_000,
      'a write to succeed after the restart',
    );
    console.log(
      `PostgreSQL killed: during the outage ${[...codes].join(',') || 'no error'}, /readyz ${ready.status}, /healthz ${live.status}; then ${runs(outcomes)}`,
    );
    expect(during.data?.createCandidate ?? null).toBeNull();
    expect([...codes]).toEqual(['SERVICE_UNAVAILABLE']);
    expect(ready.status).toBe(503); // not ready: take it out of the load balancer…
    expect(live.status).toBe(200); // …but alive: no need to restart the process
    for (const o of outcomes) expect(['ok', 'SERVICE_UNAVAILABLE', 'UNAUTHENTICATED']).toContain(o);
    expect(outcomes.at(-1)).toBe('ok');
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
  }, 120_000);

  it('runs two servers on one database: a write on one is read on the other, and each outbox row is indexed once', async () => {
    const onA = await new GqlClient(a.url).login('raadgiver@demo.dk');
    const onB = await new GqlClient(b.url).login('raadgiver@demo.dk');
    // Settle what earlier tests queued, so the counts below are this test's own.
    await Promise.all([a.runtime.services.outbox.drain(60_000), b.runtime.services.outbox.drain(60_000)]);
    const processedBefore = a.runtime.services.outbox.stats.processed + b.runtime.services.outbox.stats.processed;
    const [{ n: rowsBefore }] = (await a.runtime.orm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from search_outbox')) as { n: number }[];
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const client = i % 2 ? onB : onA;
      const r = await client.ok<{ createCandidate: { id: string } }>(CREATE, { input: candidateInput(2000 + i) });
      ids.push(r.createCandidate.id);
    }
    const read = await onB.ok('query($id: ID!) { candidate(id: $id) { firstName } }', { id: ids[0] });
    expect(read.candidate.firstName).toBe('Fault2000');
    await Promise.all([a.runtime.services.outbox.drain(60_000), b.runtime.services.outbox.drain(60_000)]);
    const [{ n: rowsAfter }] = (await a.runtime.orm.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from search_outbox')) as { n: number }[];
    const processed =
      a.runtime.services.outbox.stats.processed + b.runtime.services.outbox.stats.processed - processedBefore;
    console.log(
      `Two instances: ${rowsAfter - rowsBefore} outbox rows, processed ${processed} times (A ${a.runtime.services.outbox.stats.processed}, B ${b.runtime.services.outbox.stats.processed} in total)`,
    );
    expect(processed).toBe(rowsAfter - rowsBefore);
    const indexed = await indexedIds(b);
    expect(ids.filter((id) => !indexed.has(id))).toEqual([]);
  }, 120_000);
});
