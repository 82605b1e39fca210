import type { Server } from 'node:http';
import express from 'express';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { freePort } from '../../server/src/services/free-port.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/** A minimal OpenID provider on loopback: discovery, authorize (auto-consent), token, JWKS. */
async function fakeProvider(port: number, email: string) {
  const issuer = `http://127.0.0.1:${port}`;
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { nonce?: string }>();
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.get('/.well-known/openid-configuration', (_req, res) =>
    res.json({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    }),
  );
  app.get('/jwks', (_req, res) => res.json({ keys: [jwk] }));
  app.get('/authorize', (req, res) => {
    const code = `code-${codes.size}`;
    codes.set(code, {});
    const back = new URL(String(req.query.redirect_uri));
    back.searchParams.set('code', code);
    back.searchParams.set('state', String(req.query.state));
    back.searchParams.set('iss', issuer);
    res.redirect(back.href);
  });
  app.post('/token', async (req, res) => {
    if (!codes.has(req.body.code)) return res.status(400).json({ error: 'invalid_grant' });
    const idToken = await new SignJWT({ email })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience('jobbro')
      .setSubject('person-1')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    return res.json({ access_token: 'at', token_type: 'Bearer', id_token: idToken, expires_in: 300 });
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  return { issuer, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function follow(start: string, cookieJar: string[]) {
  let url = start;
  for (let i = 0; i < 6; i++) {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: cookieJar.join('; ') } });
    const set = res.headers.getSetCookie();
    for (const c of set) {
      const [pair] = c.split(';');
      const name = pair!.split('=')[0]!;
      const at = cookieJar.findIndex((x) => x.startsWith(`${name}=`));
      if (at >= 0) cookieJar.splice(at, 1);
      if (pair!.split('=')[1]) cookieJar.push(pair!);
    }
    const location = res.headers.get('location');
    if (!location) return res;
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects');
}

describe('single sign-on (OpenID Connect seam)', () => {
  let t: TestApp;
  let provider: Awaited<ReturnType<typeof fakeProvider>>;
  const port = { idp: 0 };

  beforeAll(async () => {
    port.idp = await freePort();
    provider = await fakeProvider(port.idp, 'Konsulent@demo.dk');
    // The redirect URL must point at the app; its port is known only after start, so patch it in below.
    t = await createTestApp({
      OIDC_ISSUER: `http://127.0.0.1:${port.idp}`,
      OIDC_CLIENT_ID: 'jobbro',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_REDIRECT_URL: 'http://127.0.0.1:1/auth/oidc/callback',
      SESSION_SECRET: 'x'.repeat(40),
    });
    t.config.oidc!.redirectUrl = `${t.url}/auth/oidc/callback`;
    await seedDemoUsers(t.runtime.orm.em.fork());
  });
  afterAll(async () => {
    await t?.close();
    await provider?.close();
  });

  it('signs a known user in through the provider and opens a normal session', async () => {
    const jar: string[] = [];
    const last = await follow(`${t.url}/auth/oidc/start`, jar);
    expect(last.status).toBe(200); // the portal's page after the final redirect to /
    const session = jar.find((c) => c.startsWith('jobbro_session='));
    expect(session).toBeDefined();
    const me = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session! },
      body: JSON.stringify({ query: '{ me { email role } }' }),
    });
    expect(((await me.json()) as any).data.me).toEqual({ email: 'konsulent@demo.dk', role: 'CONSULTANT' });
  });

  it('refuses a callback without the flow cookie (forged or replayed)', async () => {
    const res = await fetch(`${t.url}/auth/oidc/callback?code=code-0&state=x`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.get('set-cookie') ?? '').not.toContain('jobbro_session=');
  });
});
