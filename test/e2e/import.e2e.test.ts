/**
 * CSV import in Chromium, in Danish and in English (issue 14.2 and 14.7): every problem of every row
 * listed at once with line and column, nothing saved while a row is bad, the error file downloaded
 * (the rejected rows with what is wrong), and the fixed file imported; the same file again changes
 * nothing, a changed row updates its company instead of duplicating it. Screenshots:
 * test/e2e/screenshots/import-*.png.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { nextCvr } from '../setup/factories.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { browsersByLanguage, CHROMIUM, expectNoRawKeys, loginAs, screenshotFromTop } from './browser.js';

const RUNS = [
  {
    lang: 'da' as const,
    header: 'cvr;navn;branche;sektor;postnr;samarbejde',
    words: { private: 'privat', public: 'offentlig', odd: 'halvoffentlig', tier: 'kontakt' },
    t: {
      summary: '3 rækker: 1 kan importeres, 2 har fejl.',
      errorsTitle: '2 rækker har fejl: intet bliver gemt, før alle rækker er i orden',
      checkDigit: 'kontrolciffer',
      lineWord: 'Linje',
      fileColumns: ';Linje i filen;Fejl',
      fixedSummary: '3 rækker: 3 kan importeres, 0 har fejl.',
      commit: 'Importér 3 gyldige rækker',
      done: '3 oprettet, 0 opdateret, 0 uændret, 0 sprunget over.',
      sameCounts: 'Nye: 0 · opdateres: 0 · uændrede: 3 · springes over: 0',
      sameDone: '0 oprettet, 0 opdateret, 3 uændret, 0 sprunget over.',
      changedDone: '0 oprettet, 1 opdateret, 2 uændret, 0 sprunget over.',
      update: 'Opdateres',
      unchanged: 'Uændret',
    },
  },
  {
    lang: 'en' as const,
    header: 'cvr;name;industry;sector;postcode;tier',
    words: { private: 'private', public: 'public', odd: 'semi-public', tier: 'contact' },
    t: {
      summary: '3 rows: 1 can be imported, 2 have errors.',
      errorsTitle: '2 rows have errors: nothing is saved until every row is right',
      checkDigit: 'check digit',
      lineWord: 'Line',
      fileColumns: ';Line in the file;Errors',
      fixedSummary: '3 rows: 3 can be imported, 0 have errors.',
      commit: 'Import 3 valid rows',
      done: '3 created, 0 updated, 0 unchanged, 0 skipped.',
      sameCounts: 'New: 0 · updated: 0 · unchanged: 3 · skipped: 0',
      sameDone: '0 created, 0 updated, 3 unchanged, 0 skipped.',
      changedDone: '0 created, 1 updated, 2 unchanged, 0 skipped.',
      update: 'Update',
      unchanged: 'Unchanged',
    },
  },
];

const badCheckDigit = (cvr: string) => cvr.slice(0, 7) + String((Number(cvr[7]) + 1) % 10);

describe.skipIf(!CHROMIUM)('browser end-to-end: CSV import with every error at once', () => {
  let t: TestApp;
  let api: GqlClient;
  /** Each language's walk runs in that language's browser (its locale, Intl and date fields). */
  const browsers = browsersByLanguage();

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoUsers(t.runtime.orm.em.fork());
    api = await t.client().login('admin@demo.dk');
  }, 120_000);
  afterAll(async () => {
    await browsers.close();
    await t?.close();
  });

  for (const run of RUNS) {
    describe(`in ${run.lang === 'da' ? 'Danish' : 'English'}`, () => {
      let page: Page;
      const cvrs = [nextCvr(), nextCvr(), nextCvr()] as const;
      const bad = badCheckDigit(cvrs[1]);
      const name = (n: number) => `Import ${run.lang.toUpperCase()} ${n} ApS`;
      const upload = (lines: string[]) =>
        page.locator('input[type="file"]').setInputFiles({
          name: 'virksomheder.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(lines.join('\r\n'), 'utf8'),
        });

      beforeAll(async () => {
        const context = await browsers.context(run.lang, {
          acceptDownloads: true,
          viewport: { width: 1280, height: 900 },
        });
        page = await context.newPage();
        await loginAs(page, t.url, 'admin@demo.dk');
        if (run.lang === 'en') await page.getByText('EN', { exact: true }).click();
        await page.goto(`${t.url}/overview/import`);
        await page.getByTestId('import-preview').waitFor();
      });
      afterAll(() => page?.context().close());

      it('lists every problem of every row at once, saves nothing, and downloads the error file', async () => {
        const { words: w } = run;
        await upload([
          run.header,
          `${cvrs[0]};${name(1)};52;${w.private};5000;${w.tier}`,
          // Two problems in one row: the check digit and the postcode.
          `${bad};${name(2)};56;${w.private};12;${w.tier}`,
          `${cvrs[2]};${name(3)};56;${w.odd};8000;`,
        ]);
        await page.getByTestId('import-preview').click();
        await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe(run.t.summary);
        const summary = page.getByTestId('import-error-summary');
        await expect.poll(() => summary.textContent()).toContain(run.t.errorsTitle);
        const items = await page.getByTestId('import-error-list').locator('li').allTextContents();
        expect(items).toHaveLength(3);
        expect(items[0]).toMatch(new RegExp(`^${run.t.lineWord} 3, cvr: .*${run.t.checkDigit}`));
        expect(items[1]).toMatch(new RegExp(`^${run.t.lineWord} 3, ${run.lang === 'da' ? 'postnr' : 'postcode'}: `));
        expect(items[2]).toMatch(
          new RegExp(`^${run.t.lineWord} 4, ${run.lang === 'da' ? 'sektor' : 'sector'}: .*${w.odd}`),
        );
        await expect.poll(() => page.getByTestId('import-commit').count()).toBe(0);
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `import-errors-${run.lang}`);

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId('import-error-file').click(),
        ]);
        expect(download.suggestedFilename()).toMatch(/^importfejl-companies-\d{4}-\d{2}-\d{2}\.csv$/);
        const lines = fs
          .readFileSync((await download.path())!, 'utf8')
          .replace(/^\uFEFF/, '')
          .trimEnd()
          .split('\r\n');
        expect(lines[0]).toBe(`${run.header}${run.t.fileColumns}`);
        expect(lines).toHaveLength(3);
        expect(lines[1]).toContain(`${bad};${name(2)};56;${w.private};12;${w.tier};3;`);
        expect(lines[2]).toContain(`${cvrs[2]};${name(3)};56;${w.odd};8000;;4;`);

        const { companies } = await api.ok(
          'query($s: String) { companies(filter: { search: $s }, first: 10) { totalCount } }',
          { s: `Import ${run.lang.toUpperCase()}` },
        );
        expect(companies.totalCount).toBe(0);
      });

      it('imports the fixed file whole', async () => {
        const { words: w } = run;
        await upload([
          run.header,
          `${cvrs[0]};${name(1)};52;${w.private};5000;${w.tier}`,
          `${cvrs[1]};${name(2)};56;${w.private};5000;${w.tier}`,
          `${cvrs[2]};${name(3)};56;${w.public};8000;`,
        ]);
        await page.getByTestId('import-preview').click();
        await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe(run.t.fixedSummary);
        await expect.poll(() => page.getByTestId('import-error-summary').count()).toBe(0);
        await page.getByRole('button', { name: run.t.commit }).click();
        await page.getByTestId('import-done').waitFor();
        await expect.poll(() => page.getByTestId('import-done').textContent()).toBe(run.t.done);
        await expectAccessible(page);
        await screenshotFromTop(page, `import-done-${run.lang}`);
        const { companies } = await api.ok(
          'query($s: String) { companies(filter: { search: $s }, first: 10) { totalCount } }',
          { s: `Import ${run.lang.toUpperCase()}` },
        );
        expect(companies.totalCount).toBe(3);
      });

      it('imports the same file again without a change, then a changed row as an update, never a duplicate', async () => {
        const { words: w } = run;
        const file = (postcode: string) => [
          run.header,
          `${cvrs[0]};${name(1)};52;${w.private};5000;${w.tier}`,
          `${cvrs[1]};${name(2)};56;${w.private};${postcode};${w.tier}`,
          `${cvrs[2]};${name(3)};56;${w.public};8000;`,
        ];
        await page
          .getByRole('button', { name: run.lang === 'da' ? 'Start en ny import' : 'Start a new import' })
          .click();
        await upload(file('5000'));
        await page.getByTestId('import-preview').click();
        await expect.poll(() => page.getByTestId('import-counts').textContent()).toBe(run.t.sameCounts);
        await expect.poll(() => page.getByTestId('import-action-3').textContent()).toBe(run.t.unchanged);
        await page.getByTestId('import-commit').click();
        await page.getByTestId('import-done').waitFor();
        await expect.poll(() => page.getByTestId('import-done').textContent()).toBe(run.t.sameDone);

        await page
          .getByRole('button', { name: run.lang === 'da' ? 'Start en ny import' : 'Start a new import' })
          .click();
        await upload(file('5200'));
        await page.getByTestId('import-preview').click();
        await expect.poll(() => page.getByTestId('import-action-3').textContent()).toBe(run.t.update);
        await expectAccessible(page);
        await screenshotFromTop(page, `import-update-preview-${run.lang}`);
        await page.getByTestId('import-commit').click();
        await page.getByTestId('import-done').waitFor();
        await expect.poll(() => page.getByTestId('import-done').textContent()).toBe(run.t.changedDone);
        await screenshotFromTop(page, `import-update-done-${run.lang}`);

        const { companies } = await api.ok(
          'query($s: String) { companies(filter: { search: $s }, first: 10) { totalCount edges { node { cvr postcode } } } }',
          { s: `Import ${run.lang.toUpperCase()}` },
        );
        expect(companies.totalCount).toBe(3);
        const second = companies.edges.find((e: { node: { cvr: string } }) => e.node.cvr === cvrs[1]);
        expect(second.node.postcode).toBe('5200');
      });
    });
  }
});
