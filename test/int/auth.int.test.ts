import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { Session } from '../../server/src/features/auth/session.entity.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

describe('sessions over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoUsers(t.runtime.orm.em.fork());
  });
  afterAll(() => t.close());

  it('answers me with null before login', async () => {
    const r = await t.client().ok('{ me { id } }');
    expect(r.me).toBeNull();
  });

  it('logs in, sets an httpOnly cookie, and returns the user with industries', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { login(email: "Konsulent@Demo.dk ", password: "demo1234") { email role industries { code } } }',
      }),
    });
    const body = (await res.json()) as any;
    expect(body.data.login).toMatchObject({ email: 'konsulent@demo.dk', role: 'CONSULTANT' });
    expect(body.data.login.industries.map((i: { code: string }) => i.code)).toContain('52');
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^jobbro_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // The cookie lives as long as the absolute session limit (12 h by default), not seconds.
    expect(Number(/Max-Age=(\d+)/i.exec(cookie)?.[1])).toBe(t.config.session.absoluteHours * 3600);
  });

  it('keeps the session across requests and ends it at logout', async () => {
    const c = await t.client().login('raadgiver@demo.dk');
    expect((await c.ok('{ me { email role } }')).me).toEqual({ email: 'raadgiver@demo.dk', role: 'ADVISER' });
    const oldCookie = c.cookie;
    expect(await c.ok('mutation { logout }')).toEqual({ logout: true });
    const again = t.client();
    again.cookie = oldCookie;
    expect((await again.ok('{ me { id } }')).me).toBeNull();
  });

  it('stores only a hash of the session token', async () => {
    const c = await t.client().login('virksomhed@demo.dk');
    const token = c.cookie!.split('=')[1]!;
    const em = t.runtime.orm.em.fork();
    expect(await em.count(Session, { tokenHash: token })).toBe(0);
    expect(await em.count(Session, {})).toBeGreaterThan(0);
    const me = await c.ok('{ me { companyId } }');
    expect(me.me.companyId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives one generic error for a wrong password and for an unknown user', async () => {
    const wrong = await t.client().request('mutation { login(email: "admin@demo.dk", password: "nope") { id } }');
    const unknown = await t.client().request('mutation { login(email: "nobody@demo.dk", password: "nope") { id } }');
    expect(wrong.errors?.[0]?.message).toBe('Wrong e-mail or password.');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves DB07 sections and divisions as industries', async () => {
    const r = await t.client().ok<{ industries: { code: string; name: string }[] }>('{ industries { code name } }');
    expect(r.industries).toHaveLength(109);
    expect(r.industries.find((i) => i.code === '56')?.name).toBe('Restaurationsvirksomhed');
  });

  it('reports PostgreSQL and Meilisearch separately on /healthz', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.postgres.ok).toBe(true);
    expect(body.meilisearch.ok).toBe(true);
  });
});
