import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { atOnce, createTestApp, type GqlClient, type GqlResult, type TestApp } from '../setup/test-app.js';

const codeOf = (r: GqlResult) => (r.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
const MB = 'æ'.repeat(1_000_000);

const COMPANIES = 'query($s: String) { companies(filter: { search: $s }, first: 5) { totalCount } }';
const TASKS = 'query($s: String) { tasks(filter: { search: $s }, first: 5) { totalCount } }';
const CANDIDATES = 'query($s: String) { candidates(filter: { search: $s }, first: 5) { totalCount } }';
const SEARCH = 'query($s: String) { searchCandidates(query: $s, first: 5) { totalHits } }';
const COMPETENCES = 'query($s: String) { competences(search: $s) { id } }';

describe('input limits and expensive operations', () => {
  let t: TestApp;
  let company: GqlClient;
  let adviser: GqlClient;
  let consultant: GqlClient;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoUsers(t.runtime.orm.em.fork());
    company = await t.client().login('virksomhed@demo.dk');
    adviser = await t.client().login('raadgiver@demo.dk');
    consultant = await t.client().login('konsulent@demo.dk');
  });
  afterAll(() => t.close());

  it('item 2: a 1 MB search is refused with BAD_USER_INPUT before any query, fast', async () => {
    const cases: [GqlClient, string][] = [
      [company, COMPANIES],
      [company, TASKS],
      [adviser, CANDIDATES],
      [consultant, SEARCH],
      [adviser, COMPETENCES],
    ];
    for (const [client, query] of cases) {
      const started = performance.now();
      const r = await client.request(query, { s: MB });
      expect(codeOf(r), query).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/200/);
      expect(performance.now() - started).toBeLessThan(3000);
    }
    // Exactly at the limit is fine.
    expect(codeOf(await company.request(COMPANIES, { s: 'x'.repeat(200) }))).toBe('OK');
  });

  it('item 2: free text over its limit is refused naming the field (names 100, notes 4,000, descriptions 10,000)', async () => {
    const [{ id: companyId }] = await t.runtime.orm.em.getConnection().execute('select id from company limit 1');
    const note = await consultant.request(
      'mutation($c: ID!, $n: String!) { recordCompanyContact(companyId: $c, note: $n) { id } }',
      { c: companyId, n: 'n'.repeat(4001) },
    );
    expect(codeOf(note)).toBe('BAD_USER_INPUT');
    expect(note.errors?.[0]?.extensions?.field).toBe('note');
    expect(note.errors?.[0]?.message).toMatch(/4[.,]?000/);
    const reason = await consultant.request(
      'mutation($r: String!) { closeTask(id: "00000000-0000-0000-0000-000000000000", reason: $r) { id } }',
      {
        r: MB,
      },
    );
    expect(codeOf(reason)).toBe('BAD_USER_INPUT');
    expect(reason.errors?.[0]?.extensions?.field).toBe('reason');
  });

  it('item 2: a flood of concurrent expensive calls from one user does not fail another user’s request', async () => {
    const flood = atOnce(60, (i) =>
      i % 3 === 0
        ? company.request(COMPANIES, { s: MB })
        : i % 3 === 1
          ? company.request(TASKS, { s: `lager ${'x'.repeat(150)} ${i}` })
          : consultant.request(SEARCH, { s: `truck ${i}` }),
    );
    await new Promise((r) => setTimeout(r, 100));
    const other = await adviser.request('{ candidates(first: 5) { totalCount } }');
    expect(other.errors).toBeUndefined();
    const rs = await flood;
    const codes = new Set(rs.map(codeOf));
    for (const c of codes) expect(['OK', 'BAD_USER_INPUT', 'TOO_MANY_REQUESTS']).toContain(c);
    // The oversized ones never reached a query.
    expect(rs.filter((_, i) => i % 3 === 0).every((r) => codeOf(r) === 'BAD_USER_INPUT')).toBe(true);
  });

  it('item 2: the ILIKE searches are answered by pg_trgm GIN indexes', async () => {
    const conn = t.runtime.orm.em.fork().getConnection();
    const explain = async (sql: string) => {
      const trx = await conn.begin();
      try {
        await conn.execute('set local enable_seqscan = off', [], 'all', trx);
        const rows = (await conn.execute(`explain ${sql}`, [], 'all', trx)) as { 'QUERY PLAN': string }[];
        return rows.map((r) => r['QUERY PLAN']).join('\n');
      } finally {
        await conn.rollback(trx);
      }
    };
    expect(await explain(`select id from company where name ilike '%lager%'`)).toMatch(/company_name_trgm/);
    expect(await explain(`select id from unsolved_task where title ilike '%truck%'`)).toMatch(
      /unsolved_task_title_trgm/,
    );
    expect(await explain(`select id from unsolved_task where description ilike '%truck%'`)).toMatch(
      /unsolved_task_description_trgm/,
    );
    expect(await explain(`select id from candidate where first_name ilike '%ali%'`)).toMatch(
      /candidate_first_name_trgm/,
    );
    expect(await explain(`select id from candidate where last_name ilike '%ali%'`)).toMatch(/candidate_last_name_trgm/);
  });

  it('item 2: a full connection pool answers SERVICE_UNAVAILABLE, never INTERNAL', async () => {
    const small = await createTestApp({ DB_POOL_MAX: '2', DB_ACQUIRE_TIMEOUT_MS: '500' });
    try {
      await seedDemoUsers(small.runtime.orm.em.fork());
      const c = await small.client().login('raadgiver@demo.dk');
      // Hold every connection of the pool, as a flood of slow queries would.
      const knex = small.runtime.orm.em.getConnection().getKnex();
      const held = [await knex.client.acquireConnection(), await knex.client.acquireConnection()];
      try {
        const res = await fetch(`${small.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: c.cookie! },
          body: JSON.stringify({ query: '{ candidates(first: 5) { totalCount } }' }),
        });
        const body = (await res.json()) as GqlResult;
        expect(codeOf(body)).toBe('SERVICE_UNAVAILABLE');
        expect(body.errors?.[0]?.message).not.toMatch(/Context creation|timeout|Knex/i);
        expect(res.status).toBe(503);
      } finally {
        for (const conn of held) await knex.client.releaseConnection(conn);
      }
      expect((await c.request('{ candidates(first: 5) { totalCount } }')).errors).toBeUndefined();
    } finally {
      await small.close();
    }
  });
});
