/**
 * Every page of every demo role's workspace in Danish, then in English, in a Danish and an English reader's
 * browser (issue 14 item 3: language is whole): no untranslated key, no word of the other language in the
 * visible text, `<html lang>` right, and no script or console error. One screenshot per page per language.
 * The pages are the role's menu plus the first record each list links to (a person, a placement, a company).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { CHROMIUM, expectNoRawKeys, launchBrowser, loginAs, newPage, screenshotFromTop } from './browser.js';

type Lang = 'da' | 'en';

const ROLES = [
  { role: 'adviser', email: 'raadgiver@demo.dk' },
  // The overview pages are the adviser's too: walked once, as the adviser.
  { role: 'consultant', email: 'konsulent@demo.dk', only: /^\/(?!overview)/ },
  { role: 'company', email: 'virksomhed@demo.dk' },
  // The admin's own pages; the consultant's, adviser's and overview pages are walked as those roles.
  { role: 'admin', email: 'admin@demo.dk', only: /^\/(admin\/|$)/ },
] as const;

/**
 * Words of the portal's own chrome and formats that belong to one language only (case-sensitive, whole
 * words): found in the other language's pages they are a leak. People's names, notes and task titles are
 * Danish in both languages, so the lists hold words the demo data does not use.
 */
const FOREIGN: Record<Lang, { name: string; re: RegExp }[]> = {
  // On a Danish page: English.
  da: [
    // Not "Home": the competence catalogue shows each competence's English name ("Home care …") on purpose.
    {
      name: 'English menu or button',
      re: /\b(Tasks|Candidates|Placements|Proposals|Interns|Save|Cancel|Log out)\b/,
    },
    { name: 'English date', re: /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec) \d{4}\b/ },
    { name: 'English hours', re: /\b\d+(\.\d)? h(\/week)?\b/ },
    { name: 'English week', re: /\bWeek \d+\b/ },
  ],
  // On an English page: Danish.
  en: [
    {
      name: 'Danish menu or button',
      re: /\b(Forside|Opgaver|Borgere|Forløb|Forslag|Praktikanter|Gem|Annullér|Log ud)\b/,
    },
    { name: 'Danish date', re: /\b\d{1,2}\. (jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\.? \d{4}\b/ },
    { name: 'Danish hours', re: /\b\d+(,\d)? t(\/uge)?\b/ },
    { name: 'Danish week', re: /\bUge \d+\b/ },
  ],
};

const slug = (path: string) =>
  path
    .replace(/^\//, '')
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/-$/, '') || 'home';
/** An id-like last segment: the record pages a list links to. */
const RECORD = /^\/[a-z-]+\/[a-z-]+\/[0-9a-f-]{36}$/;

describe.skipIf(!CHROMIUM)('browser: every page in Danish and in English, without leaks', () => {
  let t: TestApp;
  /** Per language, what each role's menu offers (read in Danish, walked in both). */
  const paths = new Map<string, string[]>();
  const problems: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    await t.runtime.services.search.rebuildAll(t.runtime.orm.em.fork());
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  for (const lang of ['da', 'en'] as const) {
    describe(lang === 'da' ? 'in Danish' : 'in English', () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await launchBrowser(lang);
      });
      afterAll(async () => {
        await browser?.close();
      });

      for (const { role, email, ...rest } of ROLES) {
        const only = 'only' in rest ? rest.only : null;
        it(`${role}: every page of the workspace`, async () => {
          const page: Page = await newPage(browser, lang, { viewport: { width: 1280, height: 900 } });
          page.on('pageerror', (e) => problems.push(`[${role} ${lang} page error] ${e.message}`));
          page.on('console', (m) => {
            if (m.type() === 'error') problems.push(`[${role} ${lang} console] ${m.text()} at ${page.url()}`);
          });
          try {
            await loginAs(page, t.url, email);
            if (lang === 'en') {
              await page.getByText('EN', { exact: true }).click();
              await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
            }
            let walk = paths.get(role);
            if (!walk) {
              const menu = await page
                .locator('#main-menu a[href]')
                .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
              walk = [...new Set(menu)].filter((p) => !only || only.test(p));
              paths.set(role, walk);
            }
            expect(walk.length).toBeGreaterThan(0);
            const seen = new Set<string>();
            const visit = async (path: string) => {
              if (seen.has(path)) return;
              seen.add(path);
              await page.goto(`${t.url}${path}`);
              await page.waitForLoadState('networkidle');
              await page.locator('main').waitFor();
              await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
              await expectNoRawKeys(page);
              const text = await page.locator('body').innerText();
              for (const { name, re } of FOREIGN[lang]) {
                const m = text.match(re);
                if (m) problems.push(`[${role} ${lang} ${path}] ${name}: "${m[0]}" in "${around(text, m.index!)}"`);
              }
              await screenshotFromTop(page, `walk-${role}-${lang}-${slug(path)}`, 'navbar');
            };
            for (const path of walk) {
              await visit(path);
              // The first record the page links to (a person, a placement, a company) once per kind.
              const record = await page
                .locator('main a[href]')
                .evaluateAll(
                  (as, base) =>
                    as
                      .map((a) => new URL((a as HTMLAnchorElement).href).pathname)
                      .find((p) => p.startsWith(`${base}/`)) ?? null,
                  path,
                );
              if (record && RECORD.test(record)) await visit(record);
            }
          } finally {
            await page.close();
          }
        }, 120_000);
      }
    });
  }

  it('found no leaks and no errors', () => {
    expect(problems).toEqual([]);
  });
});

function around(text: string, at: number): string {
  return text
    .slice(Math.max(0, at - 40), at + 40)
    .replace(/\s+/g, ' ')
    .trim();
}
