/**
 * Competence and industry names follow the UI's language (issue 14): the English catalogue name in English,
 * the Danish name in Danish, on the consultant's task page and candidate profile, the adviser's candidate
 * page and the dashboard by industry. Each language in its own reader's browser; one screenshot per page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { CHROMIUM, launchBrowser, loginAs, newPage, screenshotFromTop } from './browser.js';

type Lang = 'da' | 'en';
type Names = { da: string; en: string };

const exactly = (s: string) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

describe.skipIf(!CHROMIUM)('browser: competence and industry names in the UI language', () => {
  let t: TestApp;
  /** A consultant's open task asking for a competence and in an industry whose English names differ. */
  let task: { id: string; competence: Names; industryCode: string; industry: Names };
  /** An adviser's person holding such a competence. */
  let person: { id: string; competence: Names };
  /** The industry with the most active placements, as the dashboard draws it. */
  let busiest: { code: string; industry: Names };

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    await t.runtime.services.search.rebuildAll(t.runtime.orm.em.fork());
    const sql = (q: string) => t.runtime.orm.em.fork().getConnection().execute(q);
    const [tk] = await sql(
      `select t.id, co.name as c_da, co.name_en as c_en, i.code, i.name as i_da, i.name_en as i_en
         from unsolved_task t
         join company c on c.id = t.company_id
         join app_user u on u.id = c.consultant_id
         join task_competence tc on tc.task_id = t.id and tc.required
         join competence co on co.id = tc.competence_id
         join industry i on i.code = t.industry_code
        where u.email = 'konsulent@demo.dk' and t.status = 'OPEN'
          and co.name <> co.name_en and i.name_en is not null and i.name_en <> i.name
        order by t.title, co.name limit 1`,
    );
    const [p] = await sql(
      `select c.id, co.name as c_da, co.name_en as c_en
         from candidate c
         join app_user u on u.id = c.adviser_id
         join candidate_competence cc on cc.candidate_id = c.id
         join competence co on co.id = cc.competence_id
        where u.email = 'raadgiver@demo.dk' and c.status = 'ACTIVE' and co.name <> co.name_en
        order by c.first_name, co.name limit 1`,
    );
    const [b] = await sql(
      `select i.code, i.name as i_da, i.name_en as i_en, count(*)::int as n
         from placement p join company co on co.id = p.company_id join industry i on i.code = co.industry_code
        where p.status = 'ACTIVE' and i.name_en is not null and i.name_en <> i.name
        group by i.code, i.name, i.name_en order by n desc, i.code limit 1`,
    );
    expect(tk && p && b, 'the demo data has names that differ in English').toBeTruthy();
    task = {
      id: tk.id,
      competence: { da: tk.c_da, en: tk.c_en },
      industryCode: tk.code,
      industry: { da: tk.i_da, en: tk.i_en },
    };
    person = { id: p.id, competence: { da: p.c_da, en: p.c_en } };
    busiest = { code: b.code, industry: { da: b.i_da, en: b.i_en } };
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  for (const lang of ['da', 'en'] as const satisfies Lang[]) {
    const other: Lang = lang === 'da' ? 'en' : 'da';
    describe(lang === 'da' ? 'in Danish' : 'in English', () => {
      let browser: Browser;
      let page: Page;
      /** A fresh reader for each step: a new context, logged in, in the UI language. */
      const login = async (email: string) => {
        await page?.context().close();
        page = await newPage(browser, lang, { viewport: { width: 1280, height: 900 } });
        await loginAs(page, t.url, email);
        if (lang === 'en') {
          await page.getByText('EN', { exact: true }).click();
          await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
        }
      };
      beforeAll(async () => {
        browser = await launchBrowser(lang);
      });
      afterAll(async () => {
        await browser?.close();
      });

      it("the consultant's task page names the required competence and the industry", async () => {
        await login('konsulent@demo.dk');
        await page.goto(`${t.url}/consultant/tasks/${task.id}`);
        const badge = (name: string) => page.locator('main').getByText(new RegExp(`^${name} ·`));
        await badge(task.competence[lang]).first().waitFor({ state: 'attached' });
        await expect.poll(() => badge(task.competence[other]).count()).toBe(0);
        const industry = page.locator('main').getByText(exactly(`${task.industryCode} ${task.industry[lang]}`));
        await expect.poll(() => industry.count()).toBe(1);
        // Suggestions that lack a required competence show 0, and beside it how well the rest fits.
        await page.getByTestId('suggestion').first().waitFor({ timeout: 30_000 });
        const lacking = await page.getByTestId('lacks-required').count();
        expect(lacking, 'the demo task has suggestions without its required competences').toBeGreaterThan(0);
        await expect.poll(() => page.getByTestId('score-before-missing').count()).toBe(lacking);
        await expect
          .poll(() => page.getByTestId('score-before-missing').first().textContent())
          .toMatch(
            lang === 'da'
              ? /^Uden de(n)? manglende kompetencer?: \d+ af 100$/
              : /^Apart from the missing competences?: \d+ of 100$/,
          );
        await screenshotFromTop(page, `names-task-${lang}`, 'navbar');
      });

      it("the adviser's candidate page names the person's competence", async () => {
        await login('raadgiver@demo.dk');
        await page.goto(`${t.url}/adviser/candidates/${person.id}`);
        const cell = (name: string) => page.getByTestId('competences-section').getByText(exactly(name));
        await cell(person.competence[lang]).first().waitFor({ state: 'attached' });
        await expect.poll(() => cell(person.competence[other]).count()).toBe(0);
        await screenshotFromTop(page, `names-candidate-${lang}`, 'navbar');
      });

      it('the dashboard names the industries of active placements', async () => {
        await login('raadgiver@demo.dk');
        await page.goto(`${t.url}/overview`);
        const row = (name: string) => page.locator('main').getByText(exactly(`${busiest.code} ${name}`));
        await row(busiest.industry[lang]).first().waitFor({ state: 'attached' });
        await expect.poll(() => row(busiest.industry[other]).count()).toBe(0);
        await screenshotFromTop(page, `names-dashboard-${lang}`, 'navbar');
      });
    });
  }
});
