import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../../server/src/features/auth/session.entity.js';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';

describe('sessions over HTTP', () => {
  let t: DemoApp;
  beforeAll(async () => {
    t = await createDemoApp();
  });
  afterAll(() => t.close());

  it('answers me with null before login', async () => {
    const r = await t.client().in('en').ok('{ me { id } }');
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
    const c = await t.as(Role.ADVISER, 'en');
    expect((await c.ok('{ me { email role } }')).me).toEqual({ email: 'raadgiver@demo.dk', role: 'ADVISER' });
    const oldCookie = c.cookie;
    expect(await c.ok('mutation { logout }')).toEqual({ logout: true });
    const again = t.client().in('en');
    again.cookie = oldCookie;
    expect((await again.ok('{ me { id } }')).me).toBeNull();
  });

  it('stores only a hash of the session token', async () => {
    const c = await t.as(Role.COMPANY, 'en');
    const token = c.cookie!.split('=')[1]!;
    const em = t.runtime.orm.em.fork();
    expect(await em.count(Session, { tokenHash: token })).toBe(0);
    expect(await em.count(Session, {})).toBeGreaterThan(0);
    const me = await c.ok('{ me { companyId } }');
    expect(me.me.companyId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('ends a session that sat idle, outlived its absolute limit, or whose user was deactivated', async () => {
    const conn = t.runtime.orm.em.getConnection();
    const sessionOf = async (email: string) => {
      const c = await t.client().in('en').login(email);
      const [{ token_hash }] = await conn.execute(
        `select s.token_hash from session s join app_user u on u.id = s.user_id
          where u.email = ? order by s.created_at desc limit 1`,
        [email],
      );
      return { c, tokenHash: token_hash as string };
    };
    const rowsFor = async (tokenHash: string) =>
      (await conn.execute('select count(*)::int as n from session where token_hash = ?', [tokenHash]))[0].n;

    const idle = await sessionOf('konsulent@demo.dk');
    await conn.execute(`update session set last_seen_at = now() - interval '1 minute' * ? where token_hash = ?`, [
      t.config.session.idleMinutes + 1,
      idle.tokenHash,
    ]);
    expect((await idle.c.ok('{ me { id } }')).me).toBeNull();
    expect(await rowsFor(idle.tokenHash)).toBe(0);

    const old = await sessionOf('konsulent@demo.dk');
    await conn.execute(`update session set expires_at = now() - interval '1 second' where token_hash = ?`, [
      old.tokenHash,
    ]);
    expect((await old.c.ok('{ me { id } }')).me).toBeNull();
    expect(await rowsFor(old.tokenHash)).toBe(0);

    const gone = await sessionOf('virksomhed@demo.dk');
    await conn.execute(`update app_user set active = false where email = 'virksomhed@demo.dk'`);
    try {
      expect((await gone.c.ok('{ me { id } }')).me).toBeNull();
      expect(await rowsFor(gone.tokenHash)).toBe(0);
    } finally {
      await conn.execute(`update app_user set active = true where email = 'virksomhed@demo.dk'`);
    }
  });

  it('marks a session as seen at most once a minute, and never reads the password hash for it', async () => {
    const conn = t.runtime.orm.em.getConnection();
    const c = await t.as(Role.ADVISER, 'en');
    const [{ token_hash }] = await conn.execute(
      `select s.token_hash from session s join app_user u on u.id = s.user_id
        where u.email = 'raadgiver@demo.dk' order by s.created_at desc limit 1`,
    );
    const seen = async () =>
      new Date(
        (await conn.execute('select last_seen_at from session where token_hash = ?', [token_hash]))[0].last_seen_at,
      ).getTime();
    await conn.execute(`update session set last_seen_at = now() - interval '30 seconds' where token_hash = ?`, [
      token_hash,
    ]);
    const recent = await seen();
    expect((await c.ok('{ me { email } }')).me.email).toBe('raadgiver@demo.dk');
    expect(await seen()).toBe(recent);
    await conn.execute(`update session set last_seen_at = now() - interval '5 minutes' where token_hash = ?`, [
      token_hash,
    ]);
    const stale = await seen();
    expect((await c.ok('{ me { email } }')).me.email).toBe('raadgiver@demo.dk');
    expect(await seen()).toBeGreaterThan(stale + 4 * 60_000);
    // The user resolved for the request holds no password hash.
    const session = await t.runtime.services.auth.resolve(t.runtime.orm.em.fork(), c.cookie!.split('=')[1]!);
    expect(session?.user.email).toBe('raadgiver@demo.dk');
    expect(session?.user.passwordHash ?? null).toBeNull();
  });

  it('gives one generic error for a wrong password and for an unknown user', async () => {
    const wrong = await t
      .client()
      .in('en')
      .request('mutation { login(email: "admin@demo.dk", password: "nope") { id } }');
    const unknown = await t
      .client()
      .in('en')
      .request('mutation { login(email: "nobody@demo.dk", password: "nope") { id } }');
    expect(wrong.errors?.[0]?.message).toBe('Wrong e-mail or password.');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves DB07 sections and divisions as industries', async () => {
    const r = await t
      .client()
      .in('en')
      .ok<{ industries: { code: string; name: string }[] }>('{ industries { code name } }');
    expect(r.industries).toHaveLength(109);
    expect(r.industries.find((i) => i.code === '56')?.name).toBe('Restaurationsvirksomhed');
  });

  it('reports PostgreSQL and Meilisearch separately on /readyz', async () => {
    const res = await fetch(`${t.url}/readyz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.postgres.ok).toBe(true);
    expect(body.meilisearch.ok).toBe(true);
  });
});
