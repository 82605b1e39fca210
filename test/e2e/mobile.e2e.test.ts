/**
 * The portal on a phone (375 px wide), in Danish and in English (issue 14.8): the burger opens the
 * menu, choosing a page closes it, and no page of any role's menu scrolls sideways (tabs and
 * filters scroll inside their own box). axe runs on the open menu; screenshots go to
 * test/e2e/screenshots/mobile-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { browsersByLanguage, CHROMIUM, loginAs, screenshot, screenshotFromTop } from './browser.js';

const PHONE = { width: 375, height: 812 };

const RUNS = [
  { lang: 'da' as const, menu: 'Hovedmenu', burger: 'Menu' },
  { lang: 'en' as const, menu: 'Main menu', burger: 'Menu' },
];
const USERS = ['admin@demo.dk', 'konsulent@demo.dk', 'raadgiver@demo.dk', 'virksomhed@demo.dk'];

/** How far the page reaches past the screen's right edge (0: no sideways scroll). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!CHROMIUM)('browser end-to-end: the portal at 375 px', () => {
  let t: TestApp;
  /** Each language's walk runs in that language's browser (its locale, Intl and date fields). */
  const browsers = browsersByLanguage();

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
  }, 120_000);
  afterAll(async () => {
    await browsers.close();
    await t?.close();
  });

  for (const run of RUNS) {
    for (const email of USERS) {
      it(`${email} in ${run.lang}: the burger opens the menu, a choice closes it, no page scrolls sideways`, async () => {
        const context = await browsers.context(run.lang, { viewport: PHONE, hasTouch: true });
        const page = await context.newPage();
        try {
          await loginAs(page, t.url, email);
          if (run.lang === 'en') await page.getByText('EN', { exact: true }).click();
          const burger = page.getByTestId('menu-burger');
          const menu = page.getByRole('navigation', { name: run.menu });
          await expect.poll(() => burger.isVisible()).toBe(true);
          await expect.poll(() => menu.isVisible()).toBe(false);
          expect(await overflow(page)).toBeLessThanOrEqual(0);

          await burger.click();
          await menu.waitFor({ state: 'visible' });
          await expect.poll(() => burger.getAttribute('aria-expanded')).toBe('true');
          const labels = await menu.getByRole('link').allTextContents();
          expect(labels.length).toBeGreaterThan(2);
          const who = email.split('@')[0];
          if (email === 'admin@demo.dk') {
            await expectAccessible(page);
            await screenshot(page, `mobile-menu-open-${run.lang}`);
          }
          await burger.click();
          await menu.waitFor({ state: 'hidden' });

          const wide: string[] = [];
          for (const label of labels) {
            await burger.click();
            await menu.waitFor({ state: 'visible' });
            const link = menu.getByRole('link', { name: label, exact: true });
            const href = (await link.getAttribute('href')) ?? '/';
            await link.click();
            // The menu closes once a page is chosen.
            await menu.waitFor({ state: 'hidden' });
            await expect.poll(() => burger.getAttribute('aria-expanded')).toBe('false');
            await page.waitForURL((url) => url.pathname === href);
            await page.locator('main h2, main h1, main [data-testid]').first().waitFor();
            await page.waitForLoadState('networkidle');
            const over = await overflow(page);
            if (over > 0) {
              wide.push(`${label} (${page.url().replace(t.url, '')}): ${over} px`);
              await screenshotFromTop(page, `mobile-too-wide-${who}-${run.lang}-${label.replace(/\W+/g, '_')}`);
            }
          }
          expect(wide).toEqual([]);
          await screenshotFromTop(page, `mobile-last-page-${who}-${run.lang}`);
        } finally {
          await context.close();
        }
      });
    }
  }

  it('the import page at 375 px: the tabs and choices fit or scroll inside their box', async () => {
    const context = await browsers.context('da', { viewport: PHONE, hasTouch: true });
    const page = await context.newPage();
    try {
      await loginAs(page, t.url, 'admin@demo.dk');
      // The English run above stored English as the admin's choice: back to Danish.
      await page.getByText('DA', { exact: true }).click();
      await page.goto(`${t.url}/overview/import`);
      await page.getByRole('heading', { name: 'Importér fra CSV' }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      for (const id of ['import-kind', 'import-existing']) {
        const box = await page.getByTestId(id).boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
      }
      await expectAccessible(page);
      await screenshotFromTop(page, 'mobile-import-da');
    } finally {
      await context.close();
    }
  });
});
