import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { CHROMIUM, expectNoRawKeys, launchBrowser, loginAs, screenshotFromTop } from './browser.js';

const ADVISER = 'raadgiver@demo.dk';
const COMPANY = 'virksomhed@demo.dk';
const FIRST_NAME = 'Hiwet';
const LAST_NAME = `Tesfay ${Date.now().toString(36)}`;

/**
 * A three-party placement agreement (issue 16.2) from draft to ACTIVE in the portal: the adviser sends a draft,
 * the company approves it on its interns page, then the adviser approves it; a change after that is a new
 * version waiting for both again, and the history shows every version. Danish, then the English labels.
 */
describe.skipIf(!CHROMIUM)('browser end-to-end: a placement agreement with three parties', () => {
  let t: TestApp;
  let browser: Browser;
  let adviserPage: Page;
  let companyPage: Page;
  let adviser: GqlClient;
  let candidateId: string;
  let companyId: string;
  let placementUrl = '';

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    adviser = await t.client().login(ADVISER);
    const company = await t.client().login(COMPANY);
    companyId = (await company.ok<{ me: { companyId: string } }>('{ me { companyId } }')).me.companyId;
    const created = await adviser.ok<{ createCandidate: { id: string } }>(
      `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`,
      {
        input: {
          firstName: FIRST_NAME,
          lastName: LAST_NAME,
          birthDate: '1995-02-11',
          postcode: '5220',
          targetGroup: 'INTEGRATION_PROGRAMME',
          readiness: 'JOB_READY',
          residenceCategory: 'REFUGEE',
          arrivalDate: '2023-06-01',
          danishLevel: 'A2',
          languages: ['tigrinya', 'engelsk'],
          availableWeeklyHours: 25,
          hasDrivingLicence: false,
          maxCommuteKm: 25,
          industriesWished: ['52'],
          consentToShare: true,
        },
      },
    );
    candidateId = created.createCandidate.id;
    browser = await launchBrowser();
    adviserPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    companyPage = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await loginAs(adviserPage, t.url, ADVISER);
    await loginAs(companyPage, t.url, COMPANY);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('the adviser sends a draft agreement: hours plan, learning goals, mentor and period', async () => {
    const page = adviserPage;
    await page.goto(`${t.url}/adviser/placements/new?candidateId=${candidateId}&companyId=${companyId}`);
    await page.getByTestId('start-form').waitFor();
    await expect.poll(() => page.getByTestId('company-select').inputValue()).toContain('Fynsk');
    await expect.poll(() => page.getByTestId('type-select').inputValue()).toBe('Virksomhedspraktik');
    // The form's own dates (today and 4 weeks on): the rule checks the length, whatever today is.
    await page.getByLabel('Mentor i virksomheden').fill('Jens Hansen');
    await page
      .getByTestId('learning-goals')
      .fill('Plukke ordrer med håndscanner og følge sikkerhedsreglerne på lageret.');
    await page.getByTestId('plan-add').click();
    await page.getByTestId('plan-0-weeklyHours').fill('12');
    await page.getByTestId('plan-0-ordinaryHours').fill('0');
    await page.getByTestId('plan-1-fromWeek').fill('3');
    await page.getByTestId('plan-1-weeklyHours').fill('20');
    await page.getByTestId('plan-1-ordinaryHours').fill('4');
    await expectAccessible(page);
    await screenshotFromTop(page, 'agreement-1-adviser-draft-form');
    await page.getByTestId('start-draft').click();
    await page.getByTestId('placement-page').waitFor();
    placementUrl = page.url();
    await expect(page.getByTestId('placement-status').textContent()).resolves.toBe('Udkast til aftale');
    await expect(page.getByTestId('agreement-awaiting').textContent()).resolves.toBe(
      'Version 1: Venter på virksomhedens godkendelse (derefter jobcentrets).',
    );
    // Not the job centre's turn yet, and a draft has no follow-ups to record.
    await expect(page.getByTestId('agreement-approve').count()).resolves.toBe(0);
    await expect(page.getByTestId('followup-form').count()).resolves.toBe(0);
    const row = page.getByTestId('agreement-version');
    await expect(row.count()).resolves.toBe(1);
    await expect(row.first().textContent()).resolves.toContain('Jens Hansen');
    await expect(page.getByTestId('agreement-company-approved').first().textContent()).resolves.toBe('Ikke endnu');
    await expectAccessible(page);
    await expectNoRawKeys(page);
    await screenshotFromTop(page, 'agreement-2-adviser-draft');
  });

  it('the company sees the draft awaiting its approval and approves it', async () => {
    const page = companyPage;
    await page.goto(`${t.url}/company/interns`);
    await page.getByRole('heading', { name: 'Jeres praktikanter' }).waitFor();
    await page.getByText('Aftaler til godkendelse', { exact: true }).click();
    const card = page.getByTestId('intern-card').filter({ hasText: FIRST_NAME });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('Plukke ordrer med håndscanner');
    await expect(card.getByTestId('agreement-awaiting').textContent()).resolves.toContain(
      'Venter på virksomhedens godkendelse',
    );
    await expectAccessible(page);
    await screenshotFromTop(page, 'agreement-3-company-drafts');
    await card.getByTestId('agreement-approve').click();
    await expect
      .poll(() => page.getByTestId('notice').textContent(), { timeout: 10_000 })
      .toContain(`I har godkendt aftalen for ${FIRST_NAME}. Jobcentret godkender derefter.`);
    // Still a draft (the job centre approves next), now without a button for the company.
    const after = page.getByTestId('intern-card').filter({ hasText: FIRST_NAME });
    await expect
      .poll(() => after.getByTestId('agreement-awaiting').textContent(), { timeout: 10_000 })
      .toBe('Version 1: Virksomheden har godkendt. Venter på jobcentrets godkendelse.');
    await expect(after.getByTestId('agreement-approve').count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshotFromTop(page, 'agreement-4-company-approved');
  });

  it('the adviser approves, and the placement is ACTIVE', async () => {
    const page = adviserPage;
    await page.goto(placementUrl);
    await page.getByTestId('agreement-panel').waitFor();
    await expect(page.getByTestId('agreement-awaiting').textContent()).resolves.toBe(
      'Version 1: Virksomheden har godkendt. Venter på jobcentrets godkendelse.',
    );
    await page.getByTestId('agreement-approve').click();
    await expect.poll(() => page.getByTestId('placement-status').textContent(), { timeout: 10_000 }).toBe('Aktivt');
    // The panel follows the status in the same refetch, but may render a moment later.
    await expect
      .poll(() => page.getByTestId('agreement-awaiting').textContent(), { timeout: 10_000 })
      .toBe('Version 1: Godkendt af virksomheden og jobcentret.');
    await expect(page.getByTestId('agreement-jobcentre-approved').first().textContent()).resolves.not.toBe(
      'Ikke endnu',
    );
    await page.getByTestId('followup-form').waitFor();
    await expectAccessible(page);
    await screenshotFromTop(page, 'agreement-5-adviser-active');
  });

  it('a change after approval is version 2, awaiting the company again; the history keeps version 1', async () => {
    const id = placementUrl.split('/').at(-1)!;
    const { placement } = await adviser.ok<{ placement: { version: number } }>(
      'query($id: ID!) { placement(id: $id) { version } }',
      { id },
    );
    await adviser.ok(
      'mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id } }',
      {
        id,
        input: { version: placement.version, mentorName: 'Mette Holm' },
      },
    );
    const page = adviserPage;
    await page.reload();
    await page.getByTestId('agreement-panel').waitFor();
    await expect(page.getByTestId('agreement-awaiting').textContent()).resolves.toBe(
      'Version 2: Venter på virksomhedens godkendelse (derefter jobcentrets).',
    );
    // It stays ACTIVE while the new version waits: the approved version 1 still holds.
    await expect(page.getByTestId('placement-status').textContent()).resolves.toBe('Aktivt');
    const rows = page.getByTestId('agreement-version');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(0).textContent()).resolves.toContain('Mette Holm');
    await expect(rows.nth(1).textContent()).resolves.toContain('Jens Hansen');
    await expectAccessible(page);
    await screenshotFromTop(page, 'agreement-6-adviser-version-2');
  });

  it('reads in English too', async () => {
    for (const page of [adviserPage, companyPage]) {
      await page.evaluate(() => localStorage.setItem('jobbro.lang', 'en'));
    }
    const page = adviserPage;
    await page.goto(placementUrl);
    await page.getByTestId('agreement-panel').waitFor();
    await page.getByRole('heading', { name: 'Placement agreement' }).waitFor();
    await page.getByRole('heading', { name: 'Versions of the agreement' }).waitFor();
    await expect(page.getByTestId('agreement-awaiting').textContent()).resolves.toBe(
      "Version 2: Waiting for the company's approval (then the job centre's).",
    );
    await page.getByRole('columnheader', { name: 'Job centre approved' }).waitFor();
    await expect(page.getByTestId('placement-status').textContent()).resolves.toBe('Active');
    await expectNoRawKeys(page);
    await expectAccessible(page);
    await screenshotFromTop(page, 'agreement-7-adviser-en');

    await companyPage.goto(`${t.url}/company/interns`);
    await companyPage.getByRole('heading', { name: 'Your interns' }).waitFor();
    await companyPage.getByText('Agreements to approve', { exact: true }).waitFor();
    // Version 2 of an active placement waits for the company on the active tab.
    const card = companyPage.getByTestId('intern-card').filter({ hasText: FIRST_NAME });
    await card.waitFor();
    await expect(card.getByTestId('agreement-approve').textContent()).resolves.toBe(
      'Approve the agreement (version 2)',
    );
    await expectNoRawKeys(companyPage);
    await expectAccessible(companyPage);
    await screenshotFromTop(companyPage, 'agreement-8-company-en');
  });
});
