import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { describeViolations, seriousA11yViolations } from './axe.js';
import { CHROMIUM, launchBrowser, loginAs, screenshot } from './browser.js';

async function expectAccessible(page: Page) {
  await page.mouse.move(5, 880);
  const violations = await seriousA11yViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

const SHORTLISTED = `query { proposals(filter: { status: SUGGESTED }, first: 100) { totalCount edges { node { candidate { id } } } } }`;

describe.skipIf(!CHROMIUM)('browser end-to-end: the Fordeling (assignment plan) page', () => {
  let t: TestApp;
  let api: GqlClient;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    await t.runtime.services.search.rebuildAll(t.runtime.orm.em.fork());
    api = await t.client().login('konsulent@demo.dk');
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    await loginAs(page, t.url, 'konsulent@demo.dk');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('plans the portfolio in Danish, shows the gain over one-by-one picking and proposes the ticked rows', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Fordeling' }).click();
    await page.getByRole('heading', { name: 'Fordeling', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Lav fordeling' }).click();
    const rows = page.getByTestId('plan-row');
    await rows.first().waitFor({ timeout: 60_000 });
    const gain = await page.getByTestId('plan-gain').textContent();
    expect(gain).toMatch(/mod .* én ad gangen/);
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    await expectAccessible(page);
    await screenshot(page, 'consultant-plan-da');

    // Untick the first row: the rest go on the shortlists.
    const before = (await api.ok(SHORTLISTED)).proposals.totalCount as number;
    await rows.first().getByRole('checkbox').uncheck();
    await page.getByRole('button', { name: `Foreslå de valgte (${count - 1})` }).click();
    const status = page.getByRole('status').filter({ hasText: 'kortliste' });
    await status.waitFor();
    expect(await status.textContent()).toContain(`${count - 1} borger`);
    expect((await api.ok(SHORTLISTED)).proposals.totalCount).toBe(before + count - 1);
    await expect.poll(() => page.getByRole('checkbox', { name: /^Tag / }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'consultant-plan-proposed-da');
  });

  it('reads in English', async () => {
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Assignment plan', level: 2 }).waitFor();
    await page.getByTestId('plan-run').click();
    await page.getByTestId('plan-row').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('plan-gain').textContent()).toMatch(/against .* one at a time/);
    await expectAccessible(page);
    await screenshot(page, 'consultant-plan-en');
    await page.getByText('DA', { exact: true }).click();
  });
});
