import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

// Reads PostgreSQL in the resolver and in field resolvers, and writes audit rows: work that
// fails half-way if the database pool closes under it.
const LIST = '{ candidates(first: 50) { edges { node { id firstName competences { level } } } } }';

/** Fires `n` list requests at once with the consultant's session; `signal` lets the test hang up. */
function burst(t: TestApp, cookie: string, n: number, signal?: AbortSignal) {
  return Array.from({ length: n }, () =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie },
      body: JSON.stringify({ query: LIST }),
      signal,
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown } })),
  );
}

/** True once nothing accepts a TCP connection at `url` any more. */
function refusesConnections(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describe('stopping the server under load', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, { candidates: 300, companies: 30 });
    const c = await t.client().login('admin@demo.dk');
    cookie = c.cookie!;
  });
  afterAll(() => t.runtime.shutdown());

  it('answers every request that was running, including those whose client hung up, before the database closes', async () => {
    const errors = vi.spyOn(t.app.logger, 'error');
    // Hold every request at its audit insert, so all of them are running when the stop begins.
    const gate = await t.runtime.orm.em.getConnection().getKnex().transaction();
    await gate.raw('lock table audit_entry in share mode');
    try {
      const hangUp = new AbortController();
      const abandoned = burst(t, cookie, 20, hangUp.signal).map((p) => p.catch(() => 'hung up'));
      const waiting = burst(t, cookie, 20);
      await vi.waitUntil(() => t.app.inFlight() === 40, { timeout: 30_000, interval: 2 });
      // Clients that hang up: their resolvers keep running on the server all the same.
      hangUp.abort();
      await Promise.all(abandoned);

      let stopped = false;
      // A generous drain bound: on a busy machine 40 list answers take longer than the default 10 s.
      const stopping = t.app.stop(60_000).then(() => {
        stopped = true;
      });
      // Wait until the stop has begun (new connections are refused), then see that it is still draining.
      await vi.waitUntil(() => refusesConnections(t.url), { timeout: 30_000, interval: 20 });
      expect(stopped).toBe(false); // still draining: nothing has finished yet
      expect(t.app.inFlight()).toBe(40);
      await gate.commit();
      await stopping;
      // Nothing is left running when stop resolves, so closing the pool cannot fail a resolver.
      expect(t.app.inFlight()).toBe(0);
      await t.runtime.shutdown();

      const answers = await Promise.all(waiting);
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
      for (const a of answers) {
        expect(a.body.errors).toBeUndefined();
        expect((a.body.data as { candidates: { edges: unknown[] } }).candidates.edges).toHaveLength(50);
      }
      expect(errors.mock.calls.filter((c) => c.includes('Unexpected error'))).toEqual([]);
    } finally {
      if (!gate.isCompleted()) await gate.rollback();
      errors.mockRestore();
    }
  }, 120_000); // bounds, not sleeps: 40 list answers take long on a busy machine
});
