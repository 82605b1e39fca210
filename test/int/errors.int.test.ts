import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { GRAPHQL_LIMITS } from '../../server/src/shared/graphql-limits.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { type GqlClient, type GqlResult } from '../setup/test-app.js';

const forged = [
  Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url'),
  Buffer.from(JSON.stringify([1, 2])).toString('base64url'),
  Buffer.from(JSON.stringify([{ $gt: 1 }, 'y'])).toString('base64url'),
  Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])).toString('base64url'),
  Buffer.from(JSON.stringify([['x'], 'y'])).toString('base64url'),
  Buffer.from(JSON.stringify(['x'])).toString('base64url'),
  Buffer.from(JSON.stringify(['x', 'y', 'z'])).toString('base64url'),
  Buffer.from(JSON.stringify({ a: 1 })).toString('base64url'),
  Buffer.from('not json').toString('base64url'),
  '!!!not-base64!!!',
];

const LISTS = [
  'query($a: String) { companies(first: 2, after: $a) { totalCount } }',
  'query($a: String) { tasks(first: 2, after: $a) { totalCount } }',
  'query($a: String) { iguSlots(first: 2, after: $a) { totalCount } }',
  'query($a: String) { candidates(first: 2, after: $a) { totalCount } }',
  'query($a: String) { placements(first: 2, after: $a) { totalCount } }',
  'query($a: String) { proposals(first: 2, after: $a) { totalCount } }',
  'query($a: String) { users(first: 2, after: $a) { totalCount } }',
];

async function post(url: string, body: unknown): Promise<{ status: number; body: GqlResult }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as GqlResult };
}

// Development shows unexpected errors as they are: the place a SQL text would leak.
for (const mode of ['development', 'production'] as const) {
  describe(`errors (${mode} mode)`, () => {
    let t: DemoApp;
    let admin: GqlClient;
    beforeAll(async () => {
      t = await createDemoApp(
        mode === 'production'
          ? { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), ALLOW_PASSWORD_LOGIN: 'true' }
          : { NODE_ENV: 'development' },
      );
      admin = await t.as(Role.ADMIN);
    });
    afterAll(() => t.close());

    it(`item 10: a forged cursor is BAD_USER_INPUT on after with a plain message (${mode})`, async () => {
      for (const query of LISTS) {
        for (const a of forged) {
          const r = await admin.request(query, { a });
          expect(r.errors?.[0]?.extensions?.code, `${query} ${a}`).toBe('BAD_USER_INPUT');
          expect(r.errors?.[0]?.extensions?.field).toBe('after');
          expect(r.errors?.[0]?.message).toBe('Sidemarkøren er ikke gyldig: start forfra fra første side.');
          expect(r.data).toBeNull();
        }
      }
    });

    it(`item 10: a syntax error answers HTTP 400, not 500 (${mode})`, async () => {
      const r = await post(t.url, { query: '{ me { id }' });
      expect(r.status).toBe(400);
      expect(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']).toContain(r.body.errors?.[0]?.extensions?.code);
    });

    it(`item 10: a document over the token limit answers HTTP 400, not 500 (${mode})`, async () => {
      const r = await post(t.url, { query: `{ me { ${'id '.repeat(2000)} } }` });
      expect(r.status).toBe(400);
      expect(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']).toContain(r.body.errors?.[0]?.extensions?.code);
      expect(r.body.errors?.[0]?.message).toMatch(/token/i);
    });

    it(`item 10: a document over the depth limit answers HTTP 400 with a plain message (${mode})`, async () => {
      let inner = 'name';
      for (let i = 0; i < GRAPHQL_LIMITS.maxDepth; i++) inner = `ofType { ${inner} }`;
      const r = await post(t.url, { query: `{ __type(name: "Query") { ${inner} } }` });
      expect(r.status).toBe(400);
      expect(r.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.body.errors?.[0]?.message).toMatch(/depth/i);
    });
  });
}
