import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { BROWSER_LOCALE, CHROMIUM, launchBrowser, loginAs, screenshot } from './browser.js';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), ALLOW_PASSWORD_LOGIN: 'true' };

describe.skipIf(!CHROMIUM)(
  'browser end-to-end: the production portal under its Content Security Policy (issue 13 item 11)',
  () => {
    let t: TestApp;
    let browser: Awaited<ReturnType<typeof launchBrowser>>;
    let page: Page;
    let consoleViolations: string[] = [];

    /** Violations the page itself saw (securitypolicyviolation events), beside those Chromium logs. */
    const pageViolations = () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);

    /** A fresh browser context (no session) that records every CSP violation from its first script on. */
    async function freshPage(): Promise<Page> {
      const context = await browser.newContext({ locale: BROWSER_LOCALE.da, viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => {
        const w = window as unknown as { __cspViolations: string[] };
        w.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      const p = await context.newPage();
      consoleViolations = [];
      p.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) consoleViolations.push(m.text());
      });
      return p;
    }

    /** Logs in and opens every page of the role's menu, waiting for each to settle. */
    async function visitEveryMenuPage(email: string): Promise<string[]> {
      await loginAs(page, t.url, email);
      const menu = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link');
      const names = await menu.allTextContents();
      for (const name of names) {
        await menu.filter({ hasText: name }).first().click();
        await page.waitForLoadState('networkidle');
      }
      return names;
    }

    beforeAll(async () => {
      t = await createTestApp(PRODUCTION);
      await seedDemo(t.runtime.services, {});
      browser = await launchBrowser('da');
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    it('logs in, opens every page of the menu and draws the effect report’s chart with no CSP violation', async () => {
      page = await freshPage();
      const res = await page.goto(`${t.url}/login`);
      expect(res?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      // Every page of the consultant's menu first (search, companies, proposals, plan, overview…).
      expect((await visitEveryMenuPage('konsulent@demo.dk')).length).toBeGreaterThan(5);
      await page
        .getByRole('navigation', { name: 'Hovedmenu' })
        .getByRole('link', { name: 'Effekt', exact: true })
        .click();
      await page.getByRole('heading', { name: 'Effekt', level: 2 }).waitFor();
      await page.locator('[data-testid="effect-chart-chart"] svg.recharts-surface').first().waitFor();
      await page.getByTestId('effect-summary').waitFor();
      await screenshot(page, 'csp-production-effect');
      expect(consoleViolations).toEqual([]);
      expect(await pageViolations()).toEqual([]);
    });

    it('and the policy is really enforced: an injected inline script is blocked and reported', async () => {
      const ran = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true';
        document.head.appendChild(s);
        return (window as unknown as { __injected?: boolean }).__injected ?? false;
      });
      expect(ran).toBe(false);
      await expect.poll(pageViolations).toEqual([expect.stringMatching(/^script-src/)]);
    });

    // The other roles' pages (adviser's journal and work queue, company's interns and mentors, admin's
    // users and catalogue) draw their own components: each must load under the policy too.
    for (const email of ['raadgiver@demo.dk', 'virksomhed@demo.dk', 'admin@demo.dk']) {
      it(`${email}: every page of the menu loads with no CSP violation`, async () => {
        page = await freshPage();
        const names = await visitEveryMenuPage(email);
        expect(names.length).toBeGreaterThan(1);
        await screenshot(page, `csp-production-${email.split('@')[0]}`);
        expect(consoleViolations).toEqual([]);
        expect(await pageViolations()).toEqual([]);
      });
    }
  },
);
