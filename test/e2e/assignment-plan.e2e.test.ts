import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { BROWSER_LOCALE, CHROMIUM, expectNoRawKeys, launchBrowser, loginAs, screenshotFromTop } from './browser.js';

interface ShortlistEntry {
  id: string;
  candidate: { id: string } | null;
  task: { id: string } | null;
  iguSlot: { id: string } | null;
}

/** Every shortlist entry (SUGGESTED proposal) the consultant can see, page by page. */
async function shortlisted(api: GqlClient): Promise<ShortlistEntry[]> {
  const all: ShortlistEntry[] = [];
  let after: string | null = null;
  for (;;) {
    const {
      proposals,
    }: {
      proposals: { edges: { node: ShortlistEntry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await api.ok(
      `query($after: String) { proposals(filter: { status: SUGGESTED }, first: 100, after: $after) {
        edges { node { id candidate { id } task { id } iguSlot { id } } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    all.push(...proposals.edges.map((e) => e.node));
    if (!proposals.pageInfo.hasNextPage) return all;
    after = proposals.pageInfo.endCursor;
  }
}

/** A row of the plan as its links carry it: "<candidate id>|task:<id>" or "<candidate id>|igu:<id>". */
async function planRows(page: Page): Promise<string[]> {
  return page.getByTestId('plan-person').evaluateAll((links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return `${url.pathname.split('/').pop()}|${url.searchParams.get('opening')}`;
    }),
  );
}

const entryKey = (p: ShortlistEntry) =>
  `${p.candidate?.id}|${p.task ? `task:${p.task.id}` : p.iguSlot ? `igu:${p.iguSlot.id}` : '-'}`;

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
    browser = await launchBrowser('da');
    const context = await browser.newContext({ locale: BROWSER_LOCALE.da, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    await loginAs(page, t.url, 'konsulent@demo.dk');
  }, 600_000); // demo data and a full reindex on a shared machine
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the plan and its gain over one-by-one picking; the ticked rows, and only they, go on the shortlists', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Fordeling' }).click();
    await page.getByRole('heading', { name: 'Fordeling', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Lav fordeling' }).click();
    const rows = page.getByTestId('plan-row');
    await rows.first().waitFor({ timeout: 60_000 });

    // The page shows the same plan as the API, and what it gains over one opening at a time.
    const { assignmentPlan: plan } = await api.ok<{
      assignmentPlan: { totalScore: number; greedyTotalScore: number; assignments: unknown[] };
    }>('{ assignmentPlan { totalScore greedyTotalScore assignments { score } } }');
    expect(plan.totalScore).toBeGreaterThanOrEqual(plan.greedyTotalScore);
    const count = await rows.count();
    expect(count).toBe(plan.assignments.length);
    expect(count).toBeGreaterThan(1);
    const fmt = (n: number) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(n);
    const gain = (await page.getByTestId('plan-gain').textContent()) ?? '';
    expect(gain).toContain(`${fmt(plan.totalScore)} mod ${fmt(plan.greedyTotalScore)} én ad gangen`);
    await expectNoRawKeys(page);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'plan-1-da', 'navbar');

    // Untick the first row; the rest go on the openings' shortlists.
    const all = await planRows(page);
    expect(new Set(all.map((r) => r.split('|')[0])).size, 'one opening per person').toBe(count);
    const [left, ...ticked] = all;
    const before = new Set((await shortlisted(api)).map((p) => p.id));
    const firstBox = rows.first().getByRole('checkbox');
    await firstBox.uncheck();
    await expect.poll(() => firstBox.isChecked()).toBe(false);
    await page.getByRole('button', { name: `Foreslå de valgte (${count - 1})` }).click();
    const status = page.getByRole('status').filter({ hasText: 'kortliste' });
    await status.waitFor();
    // One person or several: "1 borger er sat …" / "3 borgere er sat …".
    expect(await status.textContent()).toContain(`${count - 1} ${count - 1 === 1 ? 'borger' : 'borgere'} er sat`);

    // Read back over the API: the new shortlist entries are exactly the ticked rows.
    const added = (await shortlisted(api)).filter((p) => !before.has(p.id));
    expect(added.map(entryKey).sort()).toEqual([...ticked].sort());
    expect(added.map(entryKey)).not.toContain(left);

    // On the page: the ticked rows now say "På kortlisten"; only the unticked row keeps its box.
    await expect.poll(() => page.getByRole('checkbox', { name: /^Tag .* med: / }).count()).toBe(1);
    await expect.poll(() => rows.getByTestId('proposal-status').count()).toBe(count - 1);
    await expect.poll(() => rows.first().getByRole('checkbox').isChecked()).toBe(false);
    await expectNoRawKeys(page);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'plan-2-proposed-da', 'navbar');

    // The consultant's proposals page lists them as not yet sent.
    await status.getByRole('link', { name: 'Gå til Forslag' }).click();
    await page.getByRole('heading', { name: 'Forslag', level: 2 }).waitFor();
  });

  it('reads in English, and at tablet width', async () => {
    await page.goto(`${t.url}/consultant/plan`);
    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { name: 'Assignment plan', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Make the plan' }).click();
    await page.getByTestId('plan-gain').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('plan-gain').textContent()).toMatch(/against .* one at a time/);
    await page.getByTestId('plan-row').first().waitFor();
    await page.getByRole('table', { name: /Proposed assignment/ }).waitFor();
    await expectNoRawKeys(page);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'plan-3-en', 'navbar');

    await page.setViewportSize({ width: 820, height: 1180 });
    await page.getByTestId('plan-row').first().waitFor();
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'plan-4-en-tablet', 'navbar');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByText('DA', { exact: true }).click();
  });
});
