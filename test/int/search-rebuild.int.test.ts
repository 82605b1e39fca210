import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { OutboxEvent } from '../../server/src/search/outbox-event.entity.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { type GqlClient } from '../setup/test-app.js';
import { makeCandidate } from './matching-fixtures.js';

const UPDATE = `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id version } }`;
const VERSION = `query($id: ID!) { candidate(id: $id) { version } }`;
const CONSENT = `mutation($id: ID!, $consent: Boolean!) { setCandidateConsent(candidateId: $id, consent: $consent) { id } }`;
const FIND = `query($q: String) { searchCandidates(query: $q, first: 5) { totalHits hits { candidate { id } } } }`;

describe('a rebuild of the search index while people keep writing', () => {
  let t: DemoApp;
  let admin: GqlClient;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await createDemoApp();
    const em = t.em();
    for (let i = 0; i < 15; i++) ids.push((await makeCandidate(em, { firstName: `Person${i}` })).id);
    ids.sort();
    await t.runtime.services.outbox.drain();
    admin = await t.as(Role.ADMIN);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('loses no change made while it runs: edits, new people and withdrawn consent all show after the swap', async () => {
    const words: { id: string; word: string }[] = [];
    const created: string[] = [];
    let withdrawn: string | null = null;
    let step = 0;
    // The rebuild reads 3 rows a batch; after each batch, a change through the API to a person the
    // rebuild has ALREADY read, which the worker sends to the live (old) index before going on.
    await t.runtime.services.search.rebuild(
      t.runtime.orm.em.fork(),
      'candidate',
      async (done) => {
        const id = ids[step % Math.min(done, ids.length)]!;
        step += 1;
        if (step === 3) {
          withdrawn = id;
          await admin.ok(CONSENT, { id: withdrawn, consent: false });
        } else if (step === 4) {
          const em = t.runtime.orm.em.fork();
          created.push((await makeCandidate(em, { firstName: 'Latecomer', education: 'Nyankommen rebuildnyhed' })).id);
        } else if (id !== withdrawn) {
          const { candidate } = await admin.ok<{ candidate: { version: number } }>(VERSION, { id });
          const word = `genopbyg${step}x`;
          await admin.ok(UPDATE, { id, input: { version: candidate.version, education: `Nyt kursus ${word}` } });
          words.push({ id, word });
        }
        await t.runtime.services.outbox.drain();
      },
      { read: 3, taskDocs: 3 },
    );
    await t.runtime.services.outbox.drain();
    expect(words.length).toBeGreaterThanOrEqual(3);

    const consultant = await t.as(Role.CONSULTANT);
    const missing: string[] = [];
    for (const { id, word } of words) {
      const r = await consultant.ok(FIND, { q: word });
      if (!r.searchCandidates.hits.some((h: { candidate: { id: string } }) => h.candidate.id === id))
        missing.push(word);
    }
    expect(missing).toEqual([]);
    const late = await consultant.ok(FIND, { q: 'rebuildnyhed' });
    expect(late.searchCandidates.hits.map((h: { candidate: { id: string } }) => h.candidate.id)).toEqual(created);
    const docs = await t.runtime.services.search.index('candidate').getDocuments({ fields: ['id'], limit: 1000 });
    const indexed = new Set(docs.results.map((d) => d.id as string));
    expect(indexed.has(withdrawn!)).toBe(false);
    expect(indexed.size).toBe(ids.length - 1 + created.length);
  }, 120_000);

  it('deletes processed outbox rows past the retention period, never pending ones, and claims through the partial index', async () => {
    const em = t.runtime.orm.em.fork();
    const conn = em.getConnection();
    await t.runtime.services.outbox.drain();
    // 20,000 processed rows a few days old and 2,000 past retention, beside 5 pending ones.
    await conn.execute(
      `insert into search_outbox (entity_type, entity_id, created_at, available_at, processed_at)
       select 'candidate', gen_random_uuid(), now() - interval '3 days', now() - interval '3 days', now() - interval '3 days'
         from generate_series(1, 20000)`,
    );
    await conn.execute(
      `insert into search_outbox (entity_type, entity_id, created_at, available_at, processed_at)
       select 'candidate', gen_random_uuid(), now() - interval '9 days', now() - interval '9 days', now() - interval '8 days'
         from generate_series(1, 2000)`,
    );
    await t.runtime.services.outbox.stop(); // the pending rows must stay pending while we look
    await conn.execute(
      `insert into search_outbox (entity_type, entity_id, created_at, available_at)
       select 'candidate', gen_random_uuid(), now() - interval '30 days', now() - interval '30 days'
         from generate_series(1, 5)`,
    );
    await conn.execute('analyze search_outbox');

    const plan = (await conn.execute(
      `explain select id, entity_type, entity_id from search_outbox
        where processed_at is null and available_at <= now() order by id limit 500 for update skip locked`,
    )) as { 'QUERY PLAN': string }[];
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toContain('search_outbox_pending');
    expect(text).not.toContain('Seq Scan');

    const before = await em.count(OutboxEvent, {});
    const deleted = await t.runtime.services.outbox.purgeProcessed(7);
    expect(deleted).toBe(2000);
    expect(await em.count(OutboxEvent, {})).toBe(before - 2000);
    expect(await em.count(OutboxEvent, { processedAt: null })).toBe(5);
    // A shorter retention (configurable) takes the 3-day-old rows too, still not the pending ones.
    expect(await t.runtime.services.outbox.purgeProcessed(2)).toBe(20000);
    expect(await em.count(OutboxEvent, { processedAt: null })).toBe(5);
    t.runtime.services.outbox.start();
  }, 60_000);
});
