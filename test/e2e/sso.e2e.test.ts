/**
 * Logging in through the municipality's identity provider in Chromium, in Danish and in English: the
 * login page offers it in the chosen language, a known user lands on the home page, and a person the
 * provider knows but Jobbro does not gets a page in the same language saying what to do (axe-checked;
 * screenshots sso-login-*.png and sso-no-access-*.png).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { freePort } from '../../server/src/services/free-port.js';
import { fakeProvider } from '../setup/fake-oidc-provider.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { browsersByLanguage, CHROMIUM, screenshotFromTop } from './browser.js';

const RUNS = [
  {
    lang: 'da' as const,
    button: 'Log ind med kommunens login',
    heading: 'Du blev ikke logget ind',
    noAccess: 'Din konto har ikke adgang til Jobbro.',
    again: 'Start forfra med kommunens login',
  },
  {
    lang: 'en' as const,
    button: 'Log in with the municipality’s login',
    heading: 'You were not signed in',
    noAccess: 'Your account has no access to Jobbro.',
    again: 'Start again with the municipality’s login',
  },
];

describe.skipIf(!CHROMIUM)('browser end-to-end: single sign-on in Danish and English', () => {
  let t: TestApp;
  /** Each language's walk runs in that language's browser (its locale, Intl and date fields). */
  const browsers = browsersByLanguage();
  let provider: Awaited<ReturnType<typeof fakeProvider>>;

  beforeAll(async () => {
    const port = await freePort();
    provider = await fakeProvider(port, 'konsulent@demo.dk');
    t = await createTestApp({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'jobbro',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_REDIRECT_URL: 'http://127.0.0.1:1/auth/oidc/callback',
      SESSION_SECRET: 'y'.repeat(40),
    });
    // The app's port is known only once it runs.
    t.config.oidc!.redirectUrl = `${t.url}/auth/oidc/callback`;
    await seedDemoUsers(t.runtime.orm.em.fork());
  }, 120_000);
  afterAll(async () => {
    await browsers.close();
    await t?.close();
    await provider?.close();
  });

  for (const run of RUNS) {
    it(`in ${run.lang}: the login page offers the municipality's login; a known user gets in, an unknown one is told why`, async () => {
      const context = await browsers.context(run.lang, { viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      try {
        provider.setEmail('konsulent@demo.dk');
        await page.goto(`${t.url}/login`);
        if (run.lang === 'en') await page.getByText('EN', { exact: true }).click();
        const sso = page.getByRole('link', { name: run.button });
        await sso.waitFor();
        await expect.poll(() => sso.getAttribute('href')).toBe(`/auth/oidc/start?lang=${run.lang}`);
        await expectAccessible(page);
        await screenshotFromTop(page, `sso-login-${run.lang}`);
        await sso.click();
        await page.getByTestId('home-title').waitFor();
        expect(new URL(page.url()).pathname).toBe('/');

        // Someone the provider knows, with no user in Jobbro.
        await context.clearCookies();
        provider.setEmail('ukendt.person@kommune.dk');
        await page.goto(`${t.url}/login`);
        await page.getByRole('link', { name: run.button }).click();
        await page.getByRole('heading', { name: run.heading }).waitFor();
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(run.lang);
        await expect.poll(() => page.getByTestId('oidc-problem').textContent()).toContain(run.noAccess);
        await expect
          .poll(() => page.getByRole('link', { name: run.again }).getAttribute('href'))
          .toBe(`/auth/oidc/start?lang=${run.lang}`);
        await expectAccessible(page);
        await screenshotFromTop(page, `sso-no-access-${run.lang}`);
      } finally {
        await context.close();
      }
    });
  }
});
