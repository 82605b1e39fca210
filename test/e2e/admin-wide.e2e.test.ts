/**
 * The admin pages on a laptop (1,280 px wide), in Danish and in English: no badge is cut short ("AK…"),
 * no cell's content (the action buttons, a long e-mail) reaches past its cell, and no page or table
 * scrolls sideways. axe runs on the users page; screenshots go to test/e2e/screenshots/admin-wide-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { browsersByLanguage, CHROMIUM, loginAs, screenshotFromTop } from './browser.js';

const LAPTOP = { width: 1280, height: 800 };
const PAGES = ['/admin/users', '/admin/industries', '/admin/competences', '/admin/settings', '/admin/audit'];
const RUNS = [
  { lang: 'da' as const, users: 'Brugere', badge: 'Aktiv' },
  { lang: 'en' as const, users: 'Users', badge: 'Active' },
];

/** What does not fit: badges whose label is cut, cell contents wider than their cell, sideways scroll. */
function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const what = (el: Element) => (el.textContent ?? '').trim().slice(0, 40);
    for (const label of document.querySelectorAll('main .mantine-Badge-label')) {
      const el = label as HTMLElement;
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push(`badge cut: "${what(el)}" (${el.scrollWidth} > ${el.clientWidth})`);
    }
    for (const cell of document.querySelectorAll('main td, main th')) {
      const box = cell.getBoundingClientRect();
      for (const child of cell.querySelectorAll('button, a, .mantine-Badge-root')) {
        const b = child.getBoundingClientRect();
        if (b.right > box.right + 1 || b.left < box.left - 1) {
          problems.push(`"${what(child)}" reaches past its cell (${Math.round(b.right)} > ${Math.round(box.right)})`);
        }
      }
    }
    for (const scroller of document.querySelectorAll(
      'main .mantine-TableScrollContainer-scrollContainer, main .mantine-ScrollArea-viewport',
    )) {
      const el = scroller as HTMLElement;
      if (el.scrollWidth > el.clientWidth + 1)
        problems.push(`table scrolls sideways by ${el.scrollWidth - el.clientWidth} px`);
    }
    // A word split over two lines ("Virksomhedskon|sulent", "camilla.moeller@de|mo.dk"). An e-mail may
    // break after its @ (a <wbr>), which splits it into two text nodes, each read as its own word.
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('td, th')) continue;
      for (const m of (node.textContent ?? '').matchAll(/[^\s\-–/]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`word broken: "${m[0]}"`);
      }
    }
    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth)
      problems.push(`page scrolls sideways by ${page.scrollWidth - page.clientWidth} px`);
    return problems;
  });
}

describe.skipIf(!CHROMIUM)('browser end-to-end: the admin pages at 1,280 px', () => {
  let t: TestApp;
  /** Each language's walk runs in that language's browser (its locale, Intl and date fields). */
  const browsers = browsersByLanguage();

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    // The demo writes no audit rows: a few reads (and a refused one) give the audit page its table.
    const [adviser, companyUser] = await Promise.all([
      t.client().login('raadgiver@demo.dk'),
      t.client().login('virksomhed@demo.dk'),
    ]);
    const people = await adviser.ok<{ candidates: { edges: { node: { id: string } }[] } }>(
      '{ candidates(first: 5) { edges { node { id } } } }',
    );
    for (const { node } of people.candidates.edges) {
      await adviser.ok('query($id: ID!) { candidate(id: $id) { id firstName } }', { id: node.id });
      await companyUser.request('query($id: ID!) { candidate(id: $id) { id } }', { id: node.id });
    }
  }, 120_000);
  afterAll(async () => {
    await browsers.close();
    await t?.close();
  });

  for (const run of RUNS) {
    it(`in ${run.lang}: every badge whole, nothing past its cell, nothing scrolls sideways`, async () => {
      const context = await browsers.context(run.lang, { viewport: LAPTOP });
      const page = await context.newPage();
      try {
        await loginAs(page, t.url, 'admin@demo.dk');
        await page.getByText(run.lang.toUpperCase(), { exact: true }).click();
        const found: Record<string, string[]> = {};
        for (const path of PAGES) {
          await page.goto(`${t.url}${path}`);
          await page.locator('main table').first().waitFor();
          await page.waitForLoadState('networkidle');
          const problems = await layoutProblems(page);
          if (problems.length) found[path] = problems;
          await screenshotFromTop(page, `admin-wide-${path.split('/').pop()}-${run.lang}`);
        }
        expect(found).toEqual({});

        // The users page itself: the status badge reads in full and the actions sit in their column.
        await page.goto(`${t.url}/admin/users`);
        const row = page.getByTestId('user-admin@demo.dk');
        await row.waitFor();
        await expect.poll(() => row.locator('.mantine-Badge-label').first().textContent()).toBe(run.badge);
        await expectAccessible(page);
      } finally {
        await context.close();
      }
    });
  }
});
