import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { BROWSER_LOCALE, CHROMIUM, expectNoRawKeys, launchBrowser, loginAs, screenshotFromTop } from './browser.js';

const ADVISER = 'raadgiver@demo.dk';
const COMPANY = 'virksomhed@demo.dk';

/**
 * Mentors as people (issue 16.4) in the portal, in Danish and in English: the company adds a mentor on its
 * Mentorer page (a missing name and 0 interns are field errors), the person's suggested opening at that company
 * says "Mentor taler somali (…)", the adviser starts the placement naming the mentor, and the mentor is then
 * full on the company's page. Each language has its own person, task and mentor (a language the demo company's
 * seeded mentors do not speak, so the factor is the new mentor's).
 */
const RUNS = [
  {
    lang: 'da' as const,
    person: { firstName: 'Faadumo', languages: ['somali', 'engelsk'] },
    mentor: { name: 'Abdi Warsame', languages: ['dansk', 'somali'] },
    task: 'Modtage og registrere returvarer',
    text: {
      title: 'Jeres mentorer',
      errName: 'Skriv mentorens navn.',
      errMax: 'Skriv et tal mellem 1 og 20.',
      added: 'Abdi Warsame er tilføjet som mentor.',
      factor: 'Mentor taler somali (Abdi Warsame).',
      startHere: /Start forløb her/,
      full: '1 af 1 (fuld)',
      languages: 'dansk, somali',
    },
  },
  {
    lang: 'en' as const,
    person: { firstName: 'Rojda', languages: ['kurdisk', 'engelsk'] },
    mentor: { name: 'Rojhat Aydin', languages: ['Danish', 'Kurdish'] },
    task: 'Sort returned goods',
    text: {
      title: 'Your mentors',
      errName: "Type the mentor's name.",
      errMax: 'Type a number from 1 to 20.',
      added: 'Rojhat Aydin is added as a mentor.',
      factor: 'Mentor speaks Kurdish (Rojhat Aydin).',
      startHere: /Start placement here/,
      full: '1 of 1 (full)',
      languages: 'Danish, Kurdish',
    },
  },
];

describe.skipIf(!CHROMIUM)('browser: a company mentor named on a placement, and the mentor factor', () => {
  let t: TestApp;
  /** A Danish and an English reader's browser, each launched when first needed. */
  const browsers: Partial<Record<'da' | 'en', Browser>> = {};
  const people = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    await t.runtime.services.search.rebuildAll(t.runtime.orm.em.fork());
    const company: GqlClient = await t.client().login(COMPANY);
    const adviser: GqlClient = await t.client().login(ADVISER);
    const companyId = (await company.ok<{ me: { companyId: string } }>('{ me { companyId } }')).me.companyId;
    const competences = await company.ok<{ competences: { id: string }[] }>(
      'query($s: String) { competences(search: $s) { id } }',
      { s: 'lager' },
    );
    const competence = competences.competences[0];
    if (!competence) throw new Error('the competence catalogue has no "lager" competence');
    for (const run of RUNS) {
      // A task at the demo company that fits the person below: the suggestion the factor shows on.
      await company.ok('mutation($i: PostTaskInput!) { postTask(input: $i) { id } }', {
        i: {
          companyId,
          title: run.task,
          description: 'Tage imod returvarer, kontrollere dem og registrere dem i lagersystemet.',
          industryCode: '52',
          danishLevel: 'A1',
          weeklyHours: 20,
          learningGoals: 'Registrere returvarer med håndscanner.',
          ordinaryHoursInSight: true,
          expectedOrdinaryHours: 15,
          openings: 2,
          postcode: '5220',
          requiredCompetences: [{ competenceId: competence.id, minLevel: 2 }],
        },
      });
      const created = await adviser.ok<{ createCandidate: { id: string } }>(
        'mutation($i: CreateCandidateInput!) { createCandidate(input: $i) { id } }',
        {
          i: {
            firstName: run.person.firstName,
            lastName: `Mentorsen ${run.lang}`,
            birthDate: '1993-08-20',
            postcode: '5220',
            targetGroup: 'INTEGRATION_PROGRAMME',
            readiness: 'JOB_READY',
            residenceCategory: 'REFUGEE',
            arrivalDate: '2023-04-01',
            danishLevel: 'A2',
            languages: run.person.languages,
            availableWeeklyHours: 25,
            industriesWished: ['52'],
            hasDrivingLicence: false,
            maxCommuteKm: 20,
            consentToShare: true,
          },
        },
      );
      const id = created.createCandidate.id;
      await adviser.ok(
        'mutation($id: ID!, $c: [CandidateCompetenceInput!]!) { setCandidateCompetences(candidateId: $id, competences: $c) { id } }',
        { id, c: [{ competenceId: competence.id, level: 3, evidence: 'SELF_REPORTED' }] },
      );
      people.set(run.lang, id);
    }
  }, 300_000);
  afterAll(async () => {
    for (const b of Object.values(browsers)) await b.close();
    await t?.close();
  });

  async function open(email: string, lang: 'da' | 'en'): Promise<Page> {
    browsers[lang] ??= await launchBrowser(lang);
    const context = await browsers[lang].newContext({
      viewport: { width: 1280, height: 900 },
      locale: BROWSER_LOCALE[lang],
    });
    const page = await context.newPage();
    await loginAs(page, t.url, email);
    if (lang === 'en') await page.evaluate(() => localStorage.setItem('jobbro.lang', 'en'));
    return page;
  }

  for (const run of RUNS) {
    it(`the company adds a mentor, the adviser sees the factor and names the mentor (${run.lang})`, async () => {
      const companyPage = await open(COMPANY, run.lang);
      const adviserPage = await open(ADVISER, run.lang);
      try {
        // The company's Mentorer page: field errors first, then the mentor is added.
        let page = companyPage;
        await page.goto(`${t.url}/company/mentors`);
        await page.getByRole('heading', { name: run.text.title }).waitFor();
        const form = page.getByTestId('mentor-form');
        const interns = form.getByRole('textbox', {
          name: run.lang === 'da' ? 'Praktikanter ad gangen' : 'Interns at once',
        });
        await interns.fill('0');
        await page.getByTestId('mentor-save').click();
        await form.getByText(run.text.errName).waitFor();
        await form.getByText(run.text.errMax).waitFor();
        await expectAccessible(page);
        await screenshotFromTop(page, `mentors-1-company-errors-${run.lang}`);

        await form
          .getByRole('textbox', { name: run.lang === 'da' ? 'Navn' : 'Name', exact: true })
          .fill(run.mentor.name);
        const languages = form.getByLabel(run.lang === 'da' ? 'Sprog' : 'Languages', { exact: true });
        for (const l of run.mentor.languages) {
          await languages.fill(l);
          await languages.press('Enter');
        }
        await form.getByLabel(run.lang === 'da' ? 'Uddannet som mentor' : 'Trained as a mentor').fill('2025-09-15');
        await interns.fill('1');
        await page.getByTestId('mentor-save').click();
        await expect.poll(() => page.getByTestId('notice').textContent(), { timeout: 10_000 }).toBe(run.text.added);
        const row = page.getByTestId('mentor-row').filter({ hasText: run.mentor.name });
        // The languages as typed, named in the reader's language.
        await expect.poll(() => row.textContent()).toContain(run.text.languages);
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `mentors-2-company-added-${run.lang}`);

        // The person's suggested opening at the company explains the mentor's shared language.
        page = adviserPage;
        const personId = people.get(run.lang)!;
        await page.goto(`${t.url}/adviser/candidates/${personId}`);
        const opening = page.getByTestId('opening').filter({ hasText: run.task });
        await opening.waitFor({ timeout: 30_000 });
        const details = opening.locator('details');
        if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await opening.locator('summary').click();
        await expect.poll(() => opening.textContent(), { timeout: 10_000 }).toContain(run.text.factor);
        await opening.scrollIntoViewIfNeeded();
        await expectAccessible(page);
        await screenshotFromTop(page, `mentors-3-adviser-factor-${run.lang}`);

        // Start the placement there, naming the mentor from the company's list.
        await opening.getByRole('link', { name: run.text.startHere }).click();
        await page.getByTestId('start-form').waitFor();
        await page.getByTestId('mentor-select').click();
        await page.getByRole('option', { name: new RegExp(run.mentor.name) }).click();
        await expect.poll(() => page.getByTestId('mentor-select').inputValue()).toContain(run.mentor.name);
        await page.getByTestId('plan-0-weeklyHours').fill('15');
        await page.getByTestId('plan-0-ordinaryHours').fill('0');
        await expectAccessible(page);
        await screenshotFromTop(page, `mentors-4-adviser-start-form-${run.lang}`);
        await page.getByTestId('start-submit').click();
        await page.getByTestId('placement-page').waitFor();
        await expect.poll(() => page.getByTestId('placement-page').textContent()).toContain(run.mentor.name);
        await expectNoRawKeys(page);
        await screenshotFromTop(page, `mentors-5-adviser-placement-${run.lang}`);

        // The mentor is full now: the company's page says so.
        page = companyPage;
        await page.reload();
        const full = page.getByTestId('mentor-row').filter({ hasText: run.mentor.name }).getByTestId('mentor-interns');
        await expect.poll(() => full.textContent(), { timeout: 10_000 }).toBe(run.text.full);
        await screenshotFromTop(page, `mentors-6-company-full-${run.lang}`);
      } finally {
        await companyPage.context().close();
        await adviserPage.context().close();
      }
    }, 180_000);
  }
});
