import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { INDEXED_ENTITIES } from '../../server/src/search/search-index.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';

/**
 * SQL statements per request on the hot paths, counted at the database driver. Under load every
 * statement is a round trip that wakes PostgreSQL and holds a pool connection, so a change that
 * adds one per person (an N+1) or per field shows here long before it shows in a benchmark.
 * The budgets are today's counts; lower them when a change saves a statement.
 */
const BUDGET = {
  plainSearch: 3,
  portalSearch: 3,
  match: 7,
  openings: 14,
};

describe('SQL statements per request on the hot paths', () => {
  let t: TestApp;
  let consultant: GqlClient;
  let taskId: string;
  let personId: string | undefined;
  const statements: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, { candidates: 400, companies: 40 });
    for (const entity of INDEXED_ENTITIES) await t.runtime.services.search.rebuild(t.runtime.orm.em.fork(), entity);
    consultant = await t.client().login('konsulent@demo.dk');
    const tasks = await consultant.ok<{ tasks: { edges: { node: { id: string; openingsLeft: number } }[] } }>(
      '{ tasks(first: 50, filter: { status: OPEN }) { edges { node { id openingsLeft } } } }',
    );
    taskId = tasks.tasks.edges.find((e) => e.node.openingsLeft > 0)!.node.id;
    // A person with openings to suggest, so the whole path runs.
    const hits = await consultant.ok<{ searchCandidates: { hits: { candidate: { id: string } }[] } }>(
      '{ searchCandidates(first: 50) { hits { candidate { id } } } }',
    );
    for (const h of hits.searchCandidates.hits) {
      const o = await consultant.ok<{ matchOpeningsForCandidate: unknown[] }>(
        'query($id: ID!) { matchOpeningsForCandidate(candidateId: $id, first: 10) { score } }',
        { id: h.candidate.id },
      );
      if (o.matchOpeningsForCandidate.length) {
        personId = h.candidate.id;
        break;
      }
    }
    expect(personId).toBeDefined();
    // The index worker polls the outbox in the background: stopped, so only the requests' statements count.
    await t.runtime.services.outbox.stop();
    t.runtime.orm.em
      .getConnection()
      .getKnex()
      .on('query', (q: { sql: string }) => statements.push(q.sql));
  });
  afterAll(() => t.close());

  /** The statements one request runs (the second of two: the first warms the process's caches). Audit rows are written in the request (the read and its audit row are one statement), so none comes late. */
  async function count(query: string, variables?: Record<string, unknown>): Promise<string[]> {
    await consultant.ok(query, variables);
    statements.length = 0;
    const data = await consultant.ok(query, variables);
    expect(JSON.stringify(data)).toContain('"id"');
    return [...statements];
  }

  it.each([
    [
      'plainSearch',
      '{ searchCandidates(query: "lager", first: 20) { totalHits hits { candidate { id firstName } } } }',
      undefined,
    ],
    [
      'portalSearch',
      `{ searchCandidates(query: "lager", first: 20) { totalHits facets { field values { value count } }
         hits { highlights { field snippet } candidate { id firstName readiness danishLevel availableWeeklyHours
           industriesWished languages iguEligible hasDrivingLicence postcode } } } }`,
      undefined,
    ],
    [
      'match',
      'query($id: ID!) { matchCandidatesForTask(taskId: $id, first: 10) { score factors { key explanation } candidate { id } } }',
      'task',
    ],
    [
      'openings',
      'query($id: ID!) { matchOpeningsForCandidate(candidateId: $id, first: 10) { score task { id } iguSlot { id } } }',
      'person',
    ],
  ] as const)('%s stays within its budget', async (name, query, variable) => {
    const variables = variable === 'task' ? { id: taskId } : variable === 'person' ? { id: personId } : undefined;
    const ran = await count(query, variables);
    // The list, so a failure says which statement came in.
    expect(ran.length, ran.join('\n')).toBeLessThanOrEqual(BUDGET[name]);
  });
});
