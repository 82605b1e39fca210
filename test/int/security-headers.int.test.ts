import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.js';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), ALLOW_PASSWORD_LOGIN: 'true' };

const graphql = (url: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });

/** The CSP as directive → sources. */
function csp(header: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('browser security headers (issue 13 item 11)', () => {
  let prod: TestApp;
  let dev: TestApp;
  beforeAll(async () => {
    prod = await createTestApp(PRODUCTION);
    dev = await createTestApp({ NODE_ENV: 'development' });
  });
  afterAll(async () => {
    await prod?.close();
    await dev?.close();
  });

  it('production: the portal, GraphQL and the health check carry CSP, frame-ancestors, X-Frame-Options, nosniff, HSTS and Referrer-Policy', async () => {
    for (const res of [
      await fetch(`${prod.url}/`),
      await fetch(`${prod.url}/kandidater`),
      await graphql(prod.url),
      await fetch(`${prod.url}/healthz`),
    ]) {
      const h = res.headers;
      const policy = csp(h.get('content-security-policy'));
      expect(policy['default-src'], res.url).toEqual(["'self'"]);
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(policy['connect-src']).toEqual(["'self'"]);
      expect(h.get('x-frame-options')).toBe('DENY');
      expect(h.get('x-content-type-options')).toBe('nosniff');
      expect(h.get('strict-transport-security')).toMatch(/max-age=31536000; includeSubDomains/);
      expect(h.get('referrer-policy')).toBe('no-referrer');
      expect(h.get('x-powered-by')).toBeNull();
    }
  });

  it('development: the same headers but no CSP (Apollo’s sandbox at /graphql) and no HSTS', async () => {
    const res = await fetch(`${dev.url}/`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});
