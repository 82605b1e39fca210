/**
 * The admin pages in Chromium, in Danish and in English (issue 14.6): creating a user and a competence,
 * finding a person with the new competence in a consultant's candidate search (by a synonym), the audit
 * log found by the person's name with the actions told in sentences, and the industries and settings
 * pages. axe runs on every page; the screenshots go to test/e2e/screenshots/admin-*.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { browsersByLanguage, CHROMIUM, expectNoRawKeys, loginAs, screenshotFromTop } from './browser.js';

const CREATE_CANDIDATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`;
const SET_COMPETENCES = `mutation($id: ID!, $list: [CandidateCompetenceInput!]!) { setCandidateCompetences(candidateId: $id, competences: $list) { id } }`;
const FIND_COMPETENCE = `query($s: String) { competences(search: $s) { id name } }`;

/** Danish and English: the words the pages use, and the data each run creates. */
const RUNS = [
  {
    lang: 'da' as const,
    t: {
      created: 'er oprettet',
      domainOption: 'Produktion',
      added: 'er tilføjet til kataloget',
      duplicate: 'findes allerede i kataloget',
      searchLabel: 'Navn, e-mail eller id',
      sentence: /Rikke Rådgiver \(jobrådgiver\) ændrede Selam Qzadminda(s|'s) kompetencer/,
      createdSentence: /Anne Admin \(administrator\) oprettede brugeren Dorte Dansk/,
    },
    user: { name: 'Dorte Dansk', email: 'dorte.dansk@demo.dk' },
    competence: { name: 'Vinduespudsning med lift', nameEn: 'Window cleaning from a lift', synonym: 'liftpudser' },
    person: { firstName: 'Selam', lastName: 'Qzadminda' },
  },
  {
    lang: 'en' as const,
    t: {
      created: 'has been created',
      domainOption: 'Manufacturing',
      added: 'has been added to the catalogue',
      duplicate: 'is already in the catalogue',
      searchLabel: 'Name, e-mail or id',
      sentence: /Rikke Rådgiver \(job adviser\) changed Selam Qzadminen's competences/,
      createdSentence: /Anne Admin \(administrator\) created the user Edward English/,
    },
    user: { name: 'Edward English', email: 'edward.english@demo.dk' },
    competence: { name: 'Sandblæsning af skrog', nameEn: 'Hull sandblasting', synonym: 'sandblaster' },
    person: { firstName: 'Selam', lastName: 'Qzadminen' },
  },
];

describe.skipIf(!CHROMIUM)('browser end-to-end: the admin pages', () => {
  let t: TestApp;
  let adviser: GqlClient;
  /** Each language's walk runs in that language's browser (its locale, Intl and date fields). */
  const browsers = browsersByLanguage();

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoUsers(t.runtime.orm.em.fork());
    adviser = await t.client().login('raadgiver@demo.dk');
  }, 120_000);
  afterAll(async () => {
    await browsers.close();
    await t?.close();
  });

  for (const run of RUNS) {
    describe(`in ${run.lang === 'da' ? 'Danish' : 'English'}`, () => {
      let page: Page;
      beforeAll(async () => {
        const context = await browsers.context(run.lang, { viewport: { width: 1280, height: 900 } });
        page = await context.newPage();
        await loginAs(page, t.url, 'admin@demo.dk');
        if (run.lang === 'en') await page.getByText('EN', { exact: true }).click();
        await page.getByTestId('admin-link-users').waitFor();
      });
      afterAll(() => page?.context().close());

      it('creates a user from the users page', async () => {
        await page.getByTestId('admin-link-users').click();
        await page.getByTestId('users-table').waitFor();
        await page.getByTestId('new-user-name').fill(run.user.name);
        await page.getByTestId('new-user-email').fill(run.user.email);
        await page.getByTestId('new-user-password').fill('blå cykel under havregryn');
        await page.getByTestId('new-user-submit').click();
        await expect
          .poll(() => page.getByTestId('users-notice').textContent())
          .toContain(`${run.user.name} ${run.t.created}`);
        await page.getByTestId(`user-${run.user.email}`).waitFor();
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `admin-users-${run.lang}`);
        // The new user can log in.
        await t.client().login(run.user.email, 'blå cykel under havregryn');
      });

      it('adds a competence, and refuses the same name again with a clear message', async () => {
        await page.goto(`${t.url}/admin/competences`);
        await page.getByTestId('competence-table').waitFor();
        await page.getByTestId('competence-name').fill(run.competence.name);
        await page.getByTestId('competence-name-en').fill(run.competence.nameEn);
        await page.getByTestId('competence-domain').click();
        await page.getByRole('option', { name: run.t.domainOption, exact: true }).click();
        await page.getByTestId('competence-synonyms').fill(run.competence.synonym);
        await page.keyboard.press('Enter');
        await page.getByTestId('competence-submit').click();
        await expect.poll(() => page.getByTestId('competence-notice').textContent()).toContain(run.t.added);
        // The list shows the new competence (the search is set to its name), synonyms included.
        await page.getByTestId('competence-table').getByText(run.competence.synonym).waitFor();
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `admin-competences-${run.lang}`);
        // Again: the server's message in the page's language, at the field and in the summary.
        await page.getByTestId('competence-name').fill(run.competence.name.toUpperCase());
        await page.getByTestId('competence-name-en').fill(`${run.competence.nameEn} 2`);
        await page.getByTestId('competence-domain').click();
        await page.getByRole('option', { name: run.t.domainOption, exact: true }).click();
        await page.getByTestId('competence-submit').click();
        await expect.poll(() => page.getByTestId('error-summary').textContent()).toContain(run.t.duplicate);
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `admin-competences-duplicate-${run.lang}`);
      });

      it('lets a consultant find a person with the new competence by its synonym', async () => {
        const [competence] = (await adviser.ok(FIND_COMPETENCE, { s: run.competence.name })).competences;
        const id = (
          await adviser.ok(CREATE_CANDIDATE, {
            input: {
              ...run.person,
              birthDate: '1991-02-03',
              postcode: '5000',
              targetGroup: 'INTEGRATION_PROGRAMME',
              readiness: 'JOB_READY',
              residenceCategory: 'REFUGEE',
              arrivalDate: '2022-09-01',
              danishLevel: 'A2',
              languages: ['tigrinya'],
              availableWeeklyHours: 30,
              currentOrdinaryHours: 0,
              industriesWished: ['81'],
              hasDrivingLicence: false,
              maxCommuteKm: 30,
              education: 'Skole i 9 år',
              summary: 'Mødestabil',
              consentToShare: true,
            },
          })
        ).createCandidate.id;
        await adviser.ok(SET_COMPETENCES, { id, list: [{ competenceId: competence.id, level: 3 }] });
        await t.runtime.services.outbox.drain(120_000);
        const context = await browsers.context(run.lang, { viewport: { width: 1280, height: 900 } });
        const consultant = await context.newPage();
        await loginAs(consultant, t.url, 'konsulent@demo.dk');
        if (run.lang === 'en') await consultant.getByText('EN', { exact: true }).click();
        await consultant.goto(`${t.url}/consultant/search`);
        await consultant.getByTestId('search-query').fill(run.competence.synonym);
        await consultant.getByTestId('search-submit').click();
        const hits = consultant.getByTestId('search-hits');
        await hits.waitFor();
        await expect.poll(() => hits.textContent()).toContain(run.person.firstName);
        await expect.poll(() => consultant.locator(`a[href="/consultant/candidates/${id}"]`).count()).toBe(1);
        await expectNoRawKeys(consultant);
        await expectAccessible(consultant);
        await screenshotFromTop(consultant, `admin-competence-found-in-search-${run.lang}`);
        await context.close();
      });

      it('finds the person in the audit log by name, each action told in a sentence', async () => {
        await page.goto(`${t.url}/admin/audit`);
        await page.getByTestId('audit-table').waitFor();
        await page.getByLabel(run.t.searchLabel).fill(run.person.lastName);
        await page.getByTestId('audit-show').click();
        await page.waitForURL(`**/admin/audit?q=${run.person.lastName}`);
        const table = page.getByTestId('audit-table');
        await expect.poll(() => table.textContent()).toMatch(run.t.sentence);
        await expect(table.textContent()).resolves.not.toContain('setCandidateCompetences');
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `admin-audit-${run.lang}`);
        await page.getByLabel(run.t.searchLabel).fill(run.user.name);
        await page.getByTestId('audit-show').click();
        await page.getByTestId('audit-table').getByText(run.t.createdSentence).first().waitFor();
      });

      it('shows the industries with the consultants’ portfolios, and the settings with their source', async () => {
        await page.goto(`${t.url}/admin/industries`);
        await page.getByTestId('industries-table').waitFor();
        await expect.poll(() => page.getByTestId('industry-52').textContent()).toContain('Kasper Konsulent');
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `admin-industries-${run.lang}`);
        await page.goto(`${t.url}/admin/settings`);
        await page.getByTestId('settings-table').waitFor();
        await expect.poll(() => page.getByTestId('setting-MEILI_MASTER_KEY').textContent()).toContain('••••••••');
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `admin-settings-${run.lang}`);
      });
    });
  }
});
