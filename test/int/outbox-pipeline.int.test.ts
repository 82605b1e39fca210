import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Candidate } from '../../server/src/features/candidates/candidate.entity.js';
import { enqueueIndex } from '../../server/src/search/outbox.js';
import { OutboxWorker } from '../../server/src/search/outbox-worker.js';
import type { SearchIndex } from '../../server/src/search/search-index.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { makeCandidate } from './matching-fixtures.js';

/**
 * The real SearchIndex and Meilisearch, with the worker's wait for "applied" held until the test lets it go:
 * what a slow Meilisearch under load looks like to the worker.
 */
function heldSearch(search: SearchIndex) {
  const held: (() => void)[] = [];
  let sent = 0;
  const gate: Pick<SearchIndex, 'send'> = {
    send: async (em, entity, ids, uid) => {
      const wait = await search.send(em, entity, ids, uid);
      sent += 1;
      const released = new Promise<void>((resolve) => held.push(resolve));
      return async () => {
        await released;
        await wait();
      };
    },
  };
  return {
    gate,
    sent: () => sent,
    releaseAll: () => {
      for (const r of held.splice(0)) r();
    },
  };
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the search outbox worker under a stream of writes', () => {
  let t: DemoApp;
  let id: string;

  beforeAll(async () => {
    t = await createDemoApp();
    id = (await makeCandidate(t.em(), { firstName: 'Strømmen' })).id;
    await t.runtime.services.outbox.drain();
    // The app's own worker stands aside: the rows below are for the worker under test.
    await t.runtime.services.outbox.stop();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('sends the next batches while Meilisearch still applies the first, marks none done early, and the last write wins', async () => {
    const words = ['strømførste', 'strømanden', 'strømtredje', 'strømfjerde'];
    const write = (word: string) =>
      t.em().transactional(async (tx) => {
        await tx.nativeUpdate(Candidate, { id }, { education: `Kursus ${word}` });
        enqueueIndex(tx, 'candidate', id);
      });
    const search = t.runtime.services.search;
    const held = heldSearch(search);
    const worker = new OutboxWorker(t.runtime.orm, held.gate, { batchSize: 1, idleMs: 10, inFlight: 3 });
    worker.start();
    try {
      // Each write is sent (its document built from that moment's row) while the earlier ones are unconfirmed.
      for (const [i, word] of words.slice(0, 3).entries()) {
        await write(word);
        worker.poke();
        await until(`write ${i + 1} is sent`, () => held.sent() === i + 1);
      }
      expect(await worker.pending()).toBe(3);
      // With three batches in flight the fourth waits for room.
      await write(words[3]!);
      worker.poke();
      await new Promise((r) => setTimeout(r, 300));
      expect(held.sent()).toBe(3);

      held.releaseAll();
      await until('the fourth write is sent', () => held.sent() === 4);
      held.releaseAll();
      await until('every row is marked done', async () => (await worker.pending()) === 0);
    } finally {
      held.releaseAll();
      await worker.stop();
    }
    expect(worker.stats).toMatchObject({ processed: words.length, failedBatches: 0 });
    // Sent one after another, applied in that order: the document holds the last write.
    const doc = await search.index('candidate').getDocument(id, { fields: ['education'] });
    expect(doc.education).toBe(`Kursus ${words.at(-1)}`);
  }, 60_000);
});
