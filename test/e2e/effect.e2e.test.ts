import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { BROWSER_LOCALE, CHROMIUM, launchBrowser, loginAs, screenshot } from './browser.js';

const TOTALS = `query { effectReport { summary totals { months observed shareWithOrdinaryHours } cohorts { month type } } }`;

/** The words of the report's column headers that the browser broke across two lines. */
const brokenHeaderWords = (page: Page) =>
  page.$$eval('[data-testid^="effect-"] thead th', (ths) =>
    ths.flatMap((th) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (const m of (n.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(n, m.index);
          range.setEnd(n, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(m[0]);
        }
      }
      return broken;
    }),
  );

/** The figures (counts, "33,3 %") of the conversion tables that the browser broke across two lines. */
const brokenFigures = (page: Page) =>
  page.$$eval('[data-testid="effect-companies"] tbody td, [data-testid="effect-consultants"] tbody td', (tds) =>
    tds.flatMap((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return lines.size > 1 ? [td.textContent ?? ''] : [];
    }),
  );

describe.skipIf(!CHROMIUM)('browser end-to-end: the effect report', () => {
  let t: TestApp;
  let api: GqlClient;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    api = await t.client().login('konsulent@demo.dk');
    browser = await launchBrowser('da');
    const context = await browser.newContext({
      locale: BROWSER_LOCALE.da,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    await loginAs(page, t.url, 'konsulent@demo.dk');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows cohorts, the summary and conversion rates in Danish, with the numbers of the API', async () => {
    const { effectReport: r } = await api.ok(TOTALS);
    expect(r.cohorts.length).toBeGreaterThan(0);
    await page
      .getByRole('navigation', { name: 'Hovedmenu' })
      .getByRole('link', { name: 'Effekt', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Effekt', level: 2 }).waitFor();
    const summary = page.getByTestId('effect-summary');
    await expect.poll(() => summary.textContent()).toContain(r.summary);
    expect(r.summary).toMatch(/personer startede et forløb/);
    const three = r.totals.find((m: { months: number }) => m.months === 3);
    const card = await page.getByTestId('effect-total-3').textContent();
    expect(card).toContain(`${three.observed} kan følges`);
    expect(await page.getByTestId('effect-cohorts').locator('tbody tr').count()).toBe(r.cohorts.length);
    await page.locator('[data-testid="effect-chart-chart"] svg.recharts-surface').first().waitFor();
    await expectAccessible(page);
    // Column headers wrap between words, never inside one ("And|el").
    await page.getByTestId('effect-companies').waitFor();
    expect(await brokenHeaderWords(page)).toEqual([]);
    // A rate reads "33,3 %" on one line, not "33,3" over "%".
    await expect.poll(() => page.getByTestId('effect-companies').textContent()).toMatch(/\d\u00a0%/);
    expect(await brokenFigures(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'overview-effect-da');
  });

  it('filters by placement type and exports the cohorts as CSV', async () => {
    await page.getByTestId('effect-types').click();
    await page.getByRole('option', { name: 'Virksomhedspraktik' }).click();
    await page.keyboard.press('Escape');
    const rows = page.getByTestId('effect-cohorts').locator('tbody tr');
    await expect
      .poll(async () => (await rows.allTextContents()).every((r) => r.includes('Virksomhedspraktik')))
      .toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-effect').click()]);
    const csv = fs.readFileSync((await download.path()) as string, 'utf8');
    expect(csv).toContain('Startmåned;Forløbstype;Personer');
    expect(csv).toContain(';INTERNSHIP;');
    expect(csv).not.toContain(';WAGE_SUBSIDY;');
    expect(await page.getByText(/effekt-\d{4}-\d{2}-\d{2}\.csv er hentet\./).count()).toBe(1);
  });

  it('reads in English, the server-written summary too', async () => {
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Effect', level: 2 }).waitFor();
    await expect
      .poll(() => page.getByTestId('effect-summary').textContent())
      .toMatch(/(people|person) started a placement/);
    expect(await page.getByTestId('effect-cohorts').textContent()).toContain('Internship');
    // The line left by the Danish export is put in words when shown: it follows the switch.
    expect(await page.getByText(/effekt-\d{4}-\d{2}-\d{2}\.csv has been downloaded\./).count()).toBe(1);
    expect(await brokenHeaderWords(page)).toEqual([]);
    expect(await brokenFigures(page)).toEqual([]);
    await expectAccessible(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'overview-effect-en');
    await page.getByText('DA', { exact: true }).click();
  });
});
