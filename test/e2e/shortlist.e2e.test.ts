import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { BROWSER_LOCALE, CHROMIUM, expectNoRawKeys, launchBrowser, loginAs, screenshotFromTop } from './browser.js';

/** The search text the walk starts from (competences, education and wishes are searched). */
const QUERY = 'lager';

describe.skipIf(!CHROMIUM)('browser end-to-end: from search to profile, comparison, shortlist and proposal', () => {
  let t: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let consultant: GqlClient;
  let task: { id: string; title: string; weeklyHours: number; company: { name: string } };
  let person: { id: string; firstName: string };
  let profileUrl = '';

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    await t.runtime.services.search.rebuildAll(t.runtime.orm.em.fork());
    consultant = await t.client().login('konsulent@demo.dk');
    const company = await t.client().login('virksomhed@demo.dk');
    const { me } = await company.ok<{ me: { companyId: string } }>('{ me { companyId } }');
    // An open task of the demo company (its user logs in at the end) and a person from the same
    // search the browser runs who is not yet proposed for it and has room for its hours (a proposal may not take the
    // person's week over 37 hours: free hours, counted against a goal of at most 37, are enough).
    const tasks = await consultant.ok<{ tasks: { edges: { node: typeof task }[] } }>(
      'query($c: ID!) { tasks(filter: { companyId: $c, status: OPEN }, first: 20) { edges { node { id title weeklyHours company { name } } } } }',
      { c: me.companyId },
    );
    task = tasks.tasks.edges[0]!.node;
    const taken = await consultant.ok<{ proposals: { edges: { node: { candidate: { id: string } | null } }[] } }>(
      'query($t: ID!) { proposals(filter: { taskId: $t }, first: 100) { edges { node { candidate { id } } } } }',
      { t: task.id },
    );
    const busy = new Set(taken.proposals.edges.map((e) => e.node.candidate?.id));
    const hits = await consultant.ok<{
      searchCandidates: { hits: { candidate: { id: string; firstName: string; freeWeeklyHours: number } }[] };
    }>(
      'query($q: String) { searchCandidates(query: $q, first: 20) { hits { candidate { id firstName freeWeeklyHours } } } }',
      {
        q: QUERY,
      },
    );
    person = hits.searchCandidates.hits
      .map((h) => h.candidate)
      .find((c) => !busy.has(c.id) && c.freeWeeklyHours >= task.weeklyHours)!;
    expect(person, 'a person in the search who is not yet proposed for the task').toBeDefined();

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

  it('searches; the search lives in the URL', async () => {
    await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Søg kandidater' }).click();
    await page.getByTestId('search-query').fill(QUERY);
    await page.getByTestId('search-submit').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(QUERY);
    await page.getByTestId('search-hit').first().waitFor();
    await page.locator(`a[href="/consultant/candidates/${person.id}"]`).waitFor();
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'shortlist-1-search', 'navbar');
  });

  it('opens a hit as the matching profile, compares it with a task, and Back restores the search', async () => {
    await page.locator(`a[href="/consultant/candidates/${person.id}"]`).click();
    await page.getByTestId('profile-name').waitFor();
    await expect.poll(() => page.getByTestId('profile-name').textContent()).toBe(person.firstName);
    await page.getByText('Du ser den delte matchprofil').waitFor();
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toMatch(/Skånehensyn|skånehensyn:/);

    const picker = page.getByRole('combobox', { name: 'Opgave eller IGU-plads' });
    await picker.click();
    await picker.fill(task.title.slice(0, 12));
    // Several companies post tasks with the same title: the option names the company too.
    await page.getByRole('option', { name: `${task.title} – ${task.company.name}`, exact: true }).click();
    await page.getByTestId('comparison').waitFor();
    const statuses = await page
      .getByTestId('requirement')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(statuses.length).toBeGreaterThanOrEqual(3); // Danish, hours, distance at least
    await page.getByRole('rowheader', { name: 'Timer om ugen' }).waitFor();
    await page.getByRole('rowheader', { name: 'Dansk' }).waitFor();
    await page.getByRole('rowheader', { name: 'Afstand' }).waitFor();
    expect(new URL(page.url()).searchParams.get('opening')).toBe(`task:${task.id}`);
    profileUrl = page.url();
    await expectNoRawKeys(page);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'shortlist-2-profile-compare', 'navbar');

    await page.goBack();
    await page.getByTestId('search-hit').first().waitFor();
    await expect.poll(() => page.getByTestId('search-query').inputValue()).toBe(QUERY);
    await page.goto(profileUrl);
    await page.getByTestId('comparison').waitFor();
  });

  it('proposes the person for the task: they land on its shortlist', async () => {
    await page.getByRole('button', { name: `Foreslå til opgave: ${person.firstName}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /Opgave eller IGU-plads/ }).waitFor();
    await expect
      .poll(() => dialog.getByRole('combobox', { name: /Opgave eller IGU-plads/ }).inputValue())
      .toContain(task.title);
    await dialog.getByLabel(/^Note/).fill('Har lagererfaring og kan starte med det samme.');
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'shortlist-3-propose-dialog', 'navbar');
    await dialog.getByTestId('pick-submit').click();
    await page.getByTestId('shortlisted').waitFor();
    await page.getByRole('link', { name: 'Se kortlisten' }).click();
    await page.getByTestId('task-title').waitFor();
    const row = page.getByTestId('shortlist-row').filter({ hasText: person.firstName });
    await row.waitFor();
    await expect.poll(() => row.getByTestId('proposal-status').textContent()).toBe('På kortlisten');
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'shortlist-4-task-shortlist', 'navbar');
  });

  it('sends the proposal to the company', async () => {
    const row = page.getByTestId('shortlist-row').filter({ hasText: person.firstName });
    await row.getByRole('button', { name: `Send til virksomheden: ${person.firstName}` }).click();
    await page.getByTestId('shortlist-notice').filter({ hasText: 'er sendt til virksomheden' }).waitFor();
    await expect.poll(() => row.getByTestId('proposal-status').textContent()).toBe('Sendt');
    await expect.poll(() => row.getByTestId('send-proposal').count()).toBe(0);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'shortlist-5-sent', 'navbar');

    const { proposals } = await consultant.ok<{ proposals: { edges: { node: { status: string } }[] } }>(
      'query($t: ID!, $c: ID!) { proposals(filter: { taskId: $t, candidateId: $c }, first: 5) { edges { node { status } } } }',
      { t: task.id, c: person.id },
    );
    expect(proposals.edges.map((e) => e.node.status)).toEqual(['PROPOSED']);
  });

  it('the company sees the proposal on its start page', async () => {
    const context = await browser.newContext({ locale: BROWSER_LOCALE.da, viewport: { width: 1280, height: 900 } });
    const companyPage = await context.newPage();
    await loginAs(companyPage, t.url, 'virksomhed@demo.dk');
    const waiting = companyPage.getByTestId('home-waiting');
    await waiting.waitFor();
    await waiting.getByText(person.firstName, { exact: true }).first().waitFor();
    await waiting
      .getByText(new RegExp(task.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .first()
      .waitFor();
    await expectAccessible(companyPage, 'navbar');
    await screenshotFromTop(companyPage, 'shortlist-6-company-home', 'navbar');
    await context.close();
  });

  it('shows the key screens in English', async () => {
    await page.evaluate(() => localStorage.setItem('jobbro.lang', 'en'));
    await page.goto(`${t.url}/consultant/search?q=${QUERY}`);
    await page.getByTestId('search-hit').first().waitFor();
    await page.getByRole('button', { name: `Propose for a task: ${person.firstName}` }).waitFor();
    await expectNoRawKeys(page);
    await expectAccessible(page, 'navbar');
    // Every label on a hit is a word of the chosen language ("No Danish", never "Danish None").
    expect(await page.getByTestId('search-hits').textContent()).not.toMatch(/\bNone\b|Danish NONE|Intet dansk/);
    await screenshotFromTop(page, 'shortlist-en-1-search', 'navbar');

    await page.goto(profileUrl);
    await page.getByTestId('comparison').waitFor();
    await page.getByText('You see the shared matching profile').waitFor();
    await page.getByRole('rowheader', { name: 'Hours a week' }).waitFor();
    await page.getByRole('columnheader', { name: 'Met?' }).waitFor();
    await expectNoRawKeys(page);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'shortlist-en-2-profile-compare', 'navbar');

    await page.goto(`${t.url}/consultant/tasks/${task.id}`);
    const row = page.getByTestId('shortlist-row').filter({ hasText: person.firstName });
    await row.waitFor();
    await expect.poll(() => row.getByTestId('proposal-status').textContent()).toBe('Sent');
    await page.getByRole('heading', { name: 'Shortlist' }).waitFor();
    await expectNoRawKeys(page);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'shortlist-en-3-task-shortlist', 'navbar');

    // At tablet width the shortlist fits: the page never scrolls sideways.
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await page.setViewportSize({ width: 768, height: 1024 });
    await row.waitFor();
    await expect.poll(fits).toBe(true);
    // Nor does the shortlist itself: every column is on screen, none scrolled out of its box.
    const box = await page.getByTestId('shortlist-table').evaluate((el) => ({
      scroll: el.scrollWidth,
      width: el.parentElement!.clientWidth,
      right: el.getBoundingClientRect().right,
    }));
    expect(box.scroll).toBeLessThanOrEqual(box.width);
    expect(box.right).toBeLessThanOrEqual(768);
    await expect.poll(() => row.getByRole('link', { name: person.firstName }).isVisible()).toBe(true);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'shortlist-en-4-task-shortlist-tablet', 'navbar');
    await page.goto(`${t.url}/consultant/search?q=${QUERY}`);
    await page.getByTestId('search-hit').first().waitFor();
    await expect.poll(fits).toBe(true);
    await screenshotFromTop(page, 'shortlist-en-5-search-tablet', 'navbar');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => localStorage.removeItem('jobbro.lang'));
  });
});
