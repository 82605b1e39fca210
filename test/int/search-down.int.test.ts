import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { type RunningMeili, startEmbeddedMeilisearch } from '../../server/src/services/embedded-meilisearch.js';
import { freePort } from '../../server/src/services/free-port.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { competenceByCode, makeCandidate } from './matching-fixtures.js';

// This file owns its Meilisearch so that it can take it away and bring it back.
describe('when Meilisearch is down', () => {
  let t: DemoApp;
  let meili: RunningMeili;
  let dir: string;
  let port: number;
  const written: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-meili-down-'));
    port = await freePort();
    meili = await startEmbeddedMeilisearch({ dir, port, log: () => undefined });
    t = await createDemoApp({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, SEARCH_TIMEOUT_MS: '1000' });
    const em = t.em();
    const forklift = await competenceByCode(em, 'forklift-operation');
    written.push(
      (await makeCandidate(em, { firstName: 'Before', competences: [{ competence: forklift, level: 2 }] })).id,
    );
    await t.runtime.services.outbox.drain();
  });
  afterAll(async () => {
    await t?.close();
    await meili?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every write, answers SEARCH_UNAVAILABLE, and catches up after Meilisearch returns', async () => {
    await meili.stop();

    // Writes still succeed: they land in PostgreSQL and queue in the outbox.
    const em = t.runtime.orm.em.fork();
    const forklift = await competenceByCode(em, 'forklift-operation');
    for (let i = 0; i < 20; i++) {
      written.push(
        (await makeCandidate(em, { firstName: `During${i}`, competences: [{ competence: forklift, level: 2 }] })).id,
      );
    }
    expect(await t.runtime.services.outbox.pending()).toBeGreaterThanOrEqual(20);

    const c = await t.as(Role.CONSULTANT);
    const started = Date.now();
    const r = await c.request('{ searchCandidates(query: "truck") { totalHits } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('SEARCH_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(10_000);

    const health = await fetch(`${t.url}/readyz`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as any).meilisearch.ok).toBe(false);

    // Back on the same address with the same data: the worker drains what queued up.
    meili = await startEmbeddedMeilisearch({ dir, port, log: () => undefined });
    await t.runtime.services.outbox.drain(60_000);
    const docs = await t.runtime.services.search.index('candidate').getDocuments({ fields: ['id'], limit: 1000 });
    const indexed = new Set(docs.results.map((d) => d.id));
    const missing = written.filter((id) => !indexed.has(id));
    expect(missing).toEqual([]);
    const after = await c.ok('{ searchCandidates(query: "truck", first: 50) { totalHits } }');
    expect(after.searchCandidates.totalHits).toBe(21);
  });
});
