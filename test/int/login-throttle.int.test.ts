import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.js';
import { hashPassword } from '../../server/src/features/auth/password.js';
import { Role, User } from '../../server/src/features/auth/user.entity.js';
import { bootstrap, type Runtime } from '../../server/src/runtime.js';
import { atOnce, createTestApp, type GqlResult, type TestApp } from '../setup/test-app.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }';

/** A login from a given address (the app trusts X-Forwarded-For from loopback, as behind a proxy). */
async function loginFrom(url: string, address: string, email: string, password: string): Promise<GqlResult> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
  });
  return (await res.json()) as GqlResult;
}

const codeOf = (r: GqlResult) => (r.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
const count = (rs: GqlResult[], code: string) => rs.filter((r) => codeOf(r) === code).length;

const PASSWORD = 'correct horse battery staple';

describe('login throttling', () => {
  let t: TestApp;
  let n = 0;
  /** A fresh account per test, so one test's failures do not slow the next. */
  const account = async () => {
    const em = t.runtime.orm.em.fork();
    const user = em.create(User, {
      email: `throttle${++n}@demo.dk`,
      name: 'Tina Throttle',
      role: Role.ADVISER,
      passwordHash: await hashPassword(PASSWORD),
    });
    await em.flush();
    return user;
  };
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('item 1: parallel wrong passwords are throttled (100 at once from one address: at most 10 checked)', async () => {
    const { email } = await account();
    const rs = await atOnce(100, () => loginFrom(t.url, '198.51.100.1', email, 'wrong-password'));
    const checked = count(rs, 'UNAUTHENTICATED');
    const throttled = rs.filter((r) => codeOf(r) === 'TOO_MANY_REQUESTS');
    expect(checked).toBeLessThanOrEqual(10);
    expect(checked).toBeGreaterThan(0);
    expect(checked + throttled.length).toBe(100);
    expect(throttled[0]?.errors?.[0]?.message).toMatch(/^For mange loginforsøg/);
    expect(throttled[0]?.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('item 1: a burst of 40 with the right password at #30 does not log in', async () => {
    const { email } = await account();
    const rs = await atOnce(40, (i) => loginFrom(t.url, '198.51.100.2', email, i === 29 ? PASSWORD : 'wrong-password'));
    expect(count(rs, 'OK')).toBe(0);
    expect(count(rs, 'UNAUTHENTICATED')).toBeLessThanOrEqual(10);
    expect(codeOf(rs[29]!)).toBe('TOO_MANY_REQUESTS');
  });

  it('item 1: the real user from another address can still log in after 10 wrong tries elsewhere', async () => {
    const { email } = await account();
    for (let i = 0; i < 10; i++) {
      expect(codeOf(await loginFrom(t.url, '198.51.100.3', email, 'wrong-password'))).toBe('UNAUTHENTICATED');
    }
    expect(codeOf(await loginFrom(t.url, '198.51.100.3', email, PASSWORD))).toBe('TOO_MANY_REQUESTS');
    const real = await loginFrom(t.url, '203.0.113.9', email, PASSWORD);
    expect(real.errors).toBeUndefined();
  });

  it('item 1: guesses spread over many addresses slow down per account (growing delays)', async () => {
    const { email } = await account();
    for (let i = 0; i < 10; i++) await loginFrom(t.url, `192.0.2.${i + 1}`, email, 'wrong-password');
    const rs = await atOnce(10, (i) => loginFrom(t.url, `192.0.2.${i + 101}`, email, 'wrong-password'));
    expect(count(rs, 'UNAUTHENTICATED')).toBeLessThanOrEqual(2);
    const throttled = rs.find((r) => codeOf(r) === 'TOO_MANY_REQUESTS');
    expect(throttled?.errors?.[0]?.message).toMatch(
      /^For mange forkerte adgangskoder til denne konto\. Prøv igen om \d+ sekund(er)?\.$/,
    );
  });

  it('item 1: one person’s typos do not lock out the office behind the same address', async () => {
    const typist = await account();
    const colleague = await account();
    for (let i = 0; i < 10; i++) await loginFrom(t.url, '198.51.100.4', typist.email, 'typo');
    for (let i = 0; i < 10; i++) await loginFrom(t.url, '198.51.100.4', 'nobody@demo.dk', 'typo');
    const r = await loginFrom(t.url, '198.51.100.4', colleague.email, PASSWORD);
    expect(r.errors).toBeUndefined();
  });

  it('item 1: a successful login resets the account+address counter', async () => {
    const { email } = await account();
    for (let i = 0; i < 5; i++) await loginFrom(t.url, '198.51.100.5', email, 'typo');
    expect((await loginFrom(t.url, '198.51.100.5', email, PASSWORD)).errors).toBeUndefined();
    // Without the reset the sixth of these would be the eleventh attempt from here.
    for (let i = 0; i < 6; i++) {
      expect(codeOf(await loginFrom(t.url, '198.51.100.5', email, 'typo'))).toBe('UNAUTHENTICATED');
    }
  });

  it('item 1: failed logins are audit-logged with the account and address, never the password', async () => {
    const user = await account();
    await loginFrom(t.url, '198.51.100.6', user.email, 'secret-guess-1');
    await loginFrom(t.url, '198.51.100.6', 'ghost@example.org', 'secret-guess-2');
    const rows = await t.runtime.orm.em
      .getConnection()
      .execute(`select * from audit_entry where operation = 'login' and allowed = false order by id`);
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/secret-guess/);
    expect(rows.some((r: any) => r.subject_id === user.id && /198\.51\.100\.6/.test(r.purpose))).toBe(true);
    expect(rows.some((r: any) => /ghost@example\.org/.test(r.purpose) && /198\.51\.100\.6/.test(r.purpose))).toBe(true);
  });

  it('item 1: the counters live in PostgreSQL, so two instances share them', async () => {
    const { email } = await account();
    let second: Runtime | null = null;
    const app2 = await (async () => {
      second = await bootstrap(t.config, () => undefined);
      const app = await createApp(t.config, second.services);
      const server = await app.listen(0, '127.0.0.1');
      const addr = server.address();
      return { app, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` };
    })();
    try {
      const rs = await atOnce(30, (i) => loginFrom(i % 2 ? t.url : app2.url, '198.51.100.7', email, 'wrong-password'));
      expect(count(rs, 'UNAUTHENTICATED')).toBeLessThanOrEqual(10);
    } finally {
      await app2.app.stop();
      await (second as Runtime | null)?.shutdown();
    }
  });
});
