import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { BROWSER_LOCALE, CHROMIUM, launchBrowser, loginAs, screenshotFromTop } from './browser.js';

const DEMO_COMPANY = 'Fynsk Lager & Logistik A/S';

describe.skipIf(!CHROMIUM)('browser end-to-end: consultant', () => {
  let t: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  /** The first suggested candidate, proposed from the task page and looked for under proposals. */
  let proposedName = '';
  /** The demo company's page, found through the company search. */
  let companyUrl = '';

  const openDemoCompany = async () => {
    await page.goto(companyUrl);
    await page.getByTestId('company-title').waitFor();
    await page.getByTestId('company-tasks').waitFor();
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    await t.runtime.services.search.rebuildAll(t.runtime.orm.em.fork());
    browser = await launchBrowser('da');
    const context = await browser.newContext({ locale: BROWSER_LOCALE.da, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => console.error('[page error]', e.message));
    page.on('console', (m) => m.type() === 'error' && console.error('[console]', m.text()));
  });
  // The session cookie is set with maxAge in seconds where Express expects milliseconds, so the
  // browser drops it after 43 s (reported): log in afresh for every step.
  beforeEach(async () => {
    await page.context().clearCookies();
    await loginAs(page, t.url, 'konsulent@demo.dk');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows the portfolio on the home page, contact due first', async () => {
    await page.getByTestId('figure-companies').waitFor();
    expect(Number(await page.getByTestId('figure-companies').textContent())).toBeGreaterThan(10);
    expect(Number(await page.getByTestId('figure-open-tasks').textContent())).toBeGreaterThan(0);
    const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
    for (const name of ['Virksomheder', 'Søg kandidater', 'Forslag']) {
      await expect.poll(() => nav.getByRole('link', { name }).count()).toBe(1);
    }
    // Contact due first: no due company below one that is not due.
    const dueFlags = await page
      .getByRole('table', { name: /kontaktes først/ })
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.textContent?.includes('Kontakt forfalden') ?? false));
    expect(dueFlags.length).toBeGreaterThan(0);
    expect(dueFlags.indexOf(false) === -1 || dueFlags.slice(dueFlags.indexOf(false)).every((d) => !d)).toBe(true);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-home', 'navbar');
  });

  it('lists the companies with filters and pagination', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Virksomheder' }).click();
    await page.getByTestId('companies-table').waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'Virksomheder', level: 2 }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('company-link').count()).toBe(20);
    await page.getByRole('button', { name: 'Næste' }).click();
    await page.getByText(/Viser 21–/).waitFor();
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-companies', 'navbar');
    await page.getByLabel('Søg', { exact: true }).fill('Fynsk');
    await expect.poll(() => page.getByTestId('company-link').count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('company-link').filter({ hasText: DEMO_COMPANY }).waitFor();
  });

  it('opens a company and records a contact', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Virksomheder' }).click();
    await page.getByLabel('Søg', { exact: true }).fill('Fynsk');
    await expect.poll(() => page.getByTestId('company-link').count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('company-link').filter({ hasText: DEMO_COMPANY }).click();
    await page.getByTestId('company-title').waitFor();
    await expect.poll(() => page.getByTestId('company-title').textContent()).toBe(DEMO_COMPANY);
    await page.getByTestId('company-tasks').waitFor();
    companyUrl = page.url();
    await page.getByTestId('contact-note').fill('Besøg hos lagerchefen: to nye pakkeopgaver på vej.');
    // The type of contact is required (the journal's typed contacts).
    await page.getByRole('radio', { name: 'Besøg', exact: true }).check();
    await page.getByTestId('record-contact').click();
    await page.getByTestId('contact-recorded').waitFor();
    await page.getByTestId('contact-log').getByText('Besøg hos lagerchefen').waitFor();
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-company', 'navbar');
  });

  it('shows a task with explained suggestions and proposes the first one', async () => {
    await openDemoCompany();
    const openRow = page.getByTestId('company-tasks').locator('tbody tr').filter({ hasText: 'Åben' }).first();
    await openRow.getByTestId('task-link').click();
    await page.getByTestId('task-title').waitFor();
    const first = page.getByTestId('suggestion').first();
    await first.waitFor({ timeout: 30_000 });
    await expect.poll(() => first.getByRole('progressbar').count()).toBeGreaterThan(0);
    await first.getByText('Derfor').waitFor();
    await first.getByTestId('missing').waitFor();
    const heading = (await first.getByRole('heading', { level: 4 }).textContent()) ?? '';
    proposedName = heading.replace(/^\d+\.\s*/, '').trim();
    expect(proposedName).not.toBe('');
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-task', 'navbar');

    await first.getByRole('button', { name: 'Tilføj note' }).click();
    await first.getByLabel(/Note til virksomheden/).fill('Har erfaring fra lager og kan starte med det samme.');
    await first.getByTestId('propose').click();
    await first.getByTestId('propose-success').waitFor();
    await expect.poll(() => first.getByTestId('proposal-status').textContent()).toBe('Sendt');
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-task-proposed', 'navbar');
  });

  it('shows the new proposal under Forslag, with its status', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Forslag' }).click();
    await page.getByTestId('proposals-table').waitFor();
    const row = page.getByTestId('proposal-row').first();
    await expect.poll(() => row.locator('td').first().textContent()).toBe(proposedName);
    await expect.poll(() => row.getByTestId('proposal-status').textContent()).toBe('Sendt');
    await expect.poll(() => row.getByText('af dig').count()).toBe(1);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-proposals', 'navbar');

    await row.getByRole('button', { name: `Træk tilbage: forslaget om ${proposedName}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/Begrundelse/).fill('Borgeren har fået job et andet sted.');
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-proposals-withdraw', 'navbar');
    await dialog.getByRole('button', { name: 'Træk forslaget tilbage' }).click();
    await page.getByText(`Forslaget om ${proposedName} er trukket tilbage.`).waitFor();
    await expect
      .poll(() => row.getByTestId('proposal-status').textContent(), { timeout: 10_000 })
      .toBe('Trukket tilbage');
  });

  it('finds candidates for "truck" with highlighted hits and facet chips', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Søg kandidater' }).click();
    await page.getByTestId('search-hits').waitFor();
    await page.getByTestId('search-query').fill('truck');
    await page.getByTestId('search-submit').click();
    await page.getByTestId('highlights').locator('mark').first().waitFor();
    const marks = await page.getByTestId('search-hits').locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /truck/i.test(m))).toBe(true);
    await expect.poll(() => page.getByText(/^Jobparat \(\d+\)$/).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-search', 'navbar');

    const before = Number((await page.getByTestId('search-total').textContent())?.match(/\d+/)?.[0]);
    await page.getByText(/^Jobparat \(\d+\)$/).click();
    await page.waitForFunction((n) => {
      const el = document.querySelector('[data-testid="search-total"]');
      return el && Number(el.textContent?.match(/\d+/)?.[0]) !== n;
    }, before);
    await page.getByTestId('search-hit').first().getByText('Jobparat').waitFor();
  });

  it('opens an IGU slot with suggestions', async () => {
    await openDemoCompany();
    await page.getByTestId('igu-link').first().click();
    await page.getByTestId('igu-title').waitFor();
    await page
      .getByTestId('suggestion')
      .first()
      .or(page.getByText('Der er ingen egnede kandidater lige nu.'))
      .waitFor({ timeout: 30_000 });
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-igu-slot', 'navbar');
  });

  it('posts a task for a company in the portfolio', async () => {
    await openDemoCompany();
    await page.getByTestId('post-task').click();
    await page.getByTestId('task-title').waitFor();
    await page.getByTestId('submit-task').click();
    await page.getByTestId('error-summary').getByText('Beskriv opgaven.').waitFor(); // and at the field
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-new-task', 'navbar');
    await page.getByTestId('task-title').fill('Kvalitetskontrol af returvarer');
    await page.getByLabel(/^Beskrivelse/).fill('Returvarer skal tjekkes, sorteres og sættes på plads.');
    await page.getByLabel(/^Læringsmål/).fill('Lagerstyring, kvalitetstjek og dansk fagsprog på lageret.');
    await page
      .getByLabel(/^Krævede kompetencer/)
      .first()
      .fill('gaffel');
    await page
      .getByRole('option', { name: /Gaffeltruck/ })
      .first()
      .click();
    await page.getByTestId('submit-task').click();
    await page.getByRole('heading', { level: 2, name: 'Kvalitetskontrol af returvarer' }).waitFor();
    await page
      .getByTestId('suggestion')
      .first()
      .or(page.getByText('Der er ingen egnede kandidater'))
      .waitFor({ timeout: 30_000 });
  });

  it('creates a company, with a wrong CVR check digit shown next to the field', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Virksomheder' }).click();
    await page.getByTestId('new-company').click();
    await page.getByTestId('cvr-input').fill('10150818');
    await page.getByLabel(/^Virksomhed\W*$/).fill('Odense Vinduespuds ApS');
    await page.getByTestId('cvr-input').blur();
    await page
      .getByTestId('error-summary')
      .getByText('CVR-nummeret 10150818 har et forkert kontrolciffer. Tjek for tastefejl.')
      .waitFor();
    await expect.poll(() => page.getByTestId('cvr-input').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-new-company', 'navbar');

    // 12345674 passes the modulus-11 check: 2·1+7·2+6·3+5·4+4·5+3·6+2·7+1·4 = 110.
    await page.getByTestId('cvr-input').fill('12345674');
    await page
      .getByLabel(/^Branche/)
      .first()
      .click();
    await page.getByRole('option', { name: /^81 / }).click();
    await page.getByLabel(/^Postnummer/).fill('5000');
    await page.getByTestId('create-company').click();
    await page.getByTestId('company-title').waitFor();
    await expect.poll(() => page.getByTestId('company-title').textContent()).toBe('Odense Vinduespuds ApS');
  });

  it('works at tablet width', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${t.url}/consultant/companies`);
    await page.getByTestId('companies-table').waitFor();
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-companies-tablet', 'navbar');
    await page.goto(`${t.url}/consultant/search`);
    await page.getByTestId('search-hits').waitFor();
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'consultant-search-tablet', 'navbar');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
