import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/src/services/free-port.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { fakeProvider } from '../setup/fake-oidc-provider.js';

async function follow(start: string, cookieJar: string[], headers: Record<string, string> = {}) {
  let url = start;
  for (let i = 0; i < 6; i++) {
    const res = await fetch(url, { redirect: 'manual', headers: { ...headers, cookie: cookieJar.join('; ') } });
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
  let t: DemoApp;
  let provider: Awaited<ReturnType<typeof fakeProvider>>;
  const port = { idp: 0 };

  beforeAll(async () => {
    port.idp = await freePort();
    provider = await fakeProvider(port.idp, 'Konsulent@demo.dk');
    // The redirect URL must point at the app; its port is known only after start, so patch it in below.
    t = await createDemoApp({
      OIDC_ISSUER: `http://127.0.0.1:${port.idp}`,
      OIDC_CLIENT_ID: 'jobbro',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_REDIRECT_URL: 'http://127.0.0.1:1/auth/oidc/callback',
      SESSION_SECRET: 'x'.repeat(40),
    });
    t.config.oidc!.redirectUrl = `${t.url}/auth/oidc/callback`;
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

  it('refuses a callback without the flow cookie (forged or replayed), saying so in the browser’s language', async () => {
    const res = await fetch(`${t.url}/auth/oidc/callback?code=code-0&state=x`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.get('set-cookie') ?? '').not.toContain('jobbro_session=');
    expect(res.headers.get('content-type')).toContain('text/html');
    const da = await res.text();
    expect(da).toContain('<html lang="da">');
    expect(da).toContain('Log-ind tog for lang tid eller blev startet et andet sted fra. Start forfra.');
    expect(da).toContain('href="/auth/oidc/start?lang=da"');
    expect(da).not.toMatch(/took too long|Start again/);

    const en = await fetch(`${t.url}/auth/oidc/callback?code=code-0&state=x`, {
      redirect: 'manual',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    const text = await en.text();
    expect(text).toContain('<html lang="en">');
    expect(text).toContain('The sign-in took too long or was started from elsewhere. Start again.');
  });

  it('tells a person the provider knows but Jobbro does not, in the language chosen on the login page', async () => {
    provider.setEmail('ukendt.person@kommune.dk');
    try {
      for (const [lang, words, header] of [
        ['en', 'Your account has no access to Jobbro.', 'da'],
        ['da', 'Din konto har ikke adgang til Jobbro.', 'en'],
      ] as const) {
        const jar: string[] = [];
        // The login page's choice wins over the browser's Accept-Language.
        const last = await follow(`${t.url}/auth/oidc/start?lang=${lang}`, jar, { 'accept-language': header });
        expect(last.status).toBe(403);
        const page = await last.text();
        expect(page).toContain(`<html lang="${lang}">`);
        expect(page).toContain(words);
        expect(jar.some((c) => c.startsWith('jobbro_session='))).toBe(false);
      }
    } finally {
      provider.setEmail('Konsulent@demo.dk');
    }
  });

  it('offers single sign-on on the login page (loginOptions)', async () => {
    const r = await t.client().request('query { loginOptions { password singleSignOnUrl } }');
    expect(r.data).toEqual({ loginOptions: { password: true, singleSignOnUrl: '/auth/oidc/start' } });
  });
});
