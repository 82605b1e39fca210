import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { BROWSER_LOCALE, CHROMIUM, expectNoRawKeys, launchBrowser, loginAs, screenshotFromTop } from './browser.js';

const ADVISER = 'raadgiver@demo.dk';
const COMPANY = 'virksomhed@demo.dk';
const FIRST_NAME = 'Hiwet';
const LAST_NAME = `Tesfay ${Date.now().toString(36)}`;

/**
 * A three-party placement agreement (issue 16.2) from draft to ACTIVE in the portal: the adviser sends a draft,
 * the company approves it on its interns page, then the adviser approves it; a change on the placement page after
 * that is a new version waiting for both again (the history says what changed); the company refuses one with a
 * reason and the adviser withdraws another, each time the version before holds again. Danish, then English.
 */
describe.skipIf(!CHROMIUM)('browser end-to-end: a placement agreement with three parties', () => {
  let t: TestApp;
  let browser: Browser;
  let adviserPage: Page;
  let companyPage: Page;
  let candidateId: string;
  let companyId: string;
  let placementUrl = '';

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    const adviser = await t.client().login(ADVISER);
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
    browser = await launchBrowser('da');
    adviserPage = await (
      await browser.newContext({ locale: BROWSER_LOCALE.da, viewport: { width: 1280, height: 900 } })
    ).newPage();
    companyPage = await (
      await browser.newContext({ locale: BROWSER_LOCALE.da, viewport: { width: 1280, height: 900 } })
    ).newPage();
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
    await expect.poll(() => page.getByTestId('placement-status').textContent()).toBe('Udkast til aftale');
    await expect
      .poll(() => page.getByTestId('agreement-awaiting').textContent())
      .toBe('Version 1: Venter på virksomhedens godkendelse (derefter jobcentrets).');
    // Not the job centre's turn yet, and a draft has no follow-ups to record.
    await expect.poll(() => page.getByTestId('agreement-approve').count()).toBe(0);
    await expect.poll(() => page.getByTestId('followup-form').count()).toBe(0);
    const row = page.getByTestId('agreement-version');
    await expect.poll(() => row.count()).toBe(1);
    await expect.poll(() => row.first().textContent()).toContain('Jens Hansen');
    await expect.poll(() => page.getByTestId('agreement-company-approved').first().textContent()).toBe('Ikke endnu');
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
    await expect.poll(() => card.textContent()).toContain('Plukke ordrer med håndscanner');
    await expect
      .poll(() => card.getByTestId('agreement-awaiting').textContent())
      .toContain('Venter på virksomhedens godkendelse');
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
    await expect.poll(() => after.getByTestId('agreement-approve').count()).toBe(0);
    await expectAccessible(page);
    await screenshotFromTop(page, 'agreement-4-company-approved');
  });

  it('the adviser approves, and the placement is ACTIVE', async () => {
    const page = adviserPage;
    await page.goto(placementUrl);
    await page.getByTestId('agreement-panel').waitFor();
    await expect
      .poll(() => page.getByTestId('agreement-awaiting').textContent())
      .toBe('Version 1: Virksomheden har godkendt. Venter på jobcentrets godkendelse.');
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

  it('the adviser changes the agreement on the placement page: version 2 awaits the company, the history says what changed', async () => {
    const page = adviserPage;
    await page.goto(placementUrl);
    await page.getByTestId('agreement-change-open').click();
    const form = page.getByTestId('agreement-change-form');
    await form.waitFor();
    // The form starts from the agreed terms.
    await expect.poll(() => form.getByTestId('change-mentor').inputValue()).toBe('Jens Hansen');
    await expect.poll(() => form.getByTestId('plan-1-weeklyHours').inputValue()).toBe('20');
    await form.getByTestId('change-mentor').fill('Mette Holm');
    await form.getByTestId('plan-1-weeklyHours').fill('24');
    await expectAccessible(page);
    await screenshotFromTop(page, 'agreement-6-adviser-change-form');
    await form.getByTestId('agreement-change-submit').click();
    await expect
      .poll(() => page.getByTestId('agreement-change-saved').textContent(), { timeout: 10_000 })
      .toBe('Ændringen er gemt som version 2.');
    await expect
      .poll(() => page.getByTestId('agreement-awaiting').textContent(), { timeout: 10_000 })
      .toBe('Version 2: Venter på virksomhedens godkendelse (derefter jobcentrets).');
    // It stays ACTIVE while the new version waits: the approved version 1 still holds.
    await expect.poll(() => page.getByTestId('placement-status').textContent()).toBe('Aktivt');
    // The page shows the terms in force (version 1), the waiting change marked as pending, not as in force.
    await expect
      .poll(() => page.getByTestId('mentor-pending').textContent())
      .toBe('Afventer godkendelse i version 2: Mette Holm');
    await expect.poll(() => page.getByTestId('placement-mentor').textContent()).toMatch(/^Jens Hansen/);
    await expect
      .poll(() => page.getByTestId('plan-in-force-note').textContent())
      .toBe('Timeplanen i kraft (version 1). Ændringen i version 2 gælder først, når begge har godkendt den.');
    const inForceRows = page.getByTestId('plan-in-force').locator('tbody tr');
    await expect.poll(() => inForceRows.nth(1).textContent()).toMatch(/^Uge 3.*20 t4 t$/);
    await expect
      .poll(() => page.getByTestId('plan-pending-title').textContent())
      .toBe('Ændring, der afventer godkendelse (version 2)');
    await expect
      .poll(() => page.getByTestId('plan-pending').locator('tbody tr').nth(1).textContent())
      .toMatch(/^Uge 3.*24 t4 t$/);
    const rows = page.getByTestId('agreement-version');
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => rows.nth(0).textContent()).toContain('Mette Holm');
    await expect.poll(() => rows.nth(0).getByTestId('agreement-changes').textContent()).toBe('mentor, timeplan');
    // In the history too: version 1 is the one in force, version 2 waits.
    await expect.poll(() => rows.nth(0).locator('th').textContent()).toBe('2 (afventer godkendelse)');
    await expect.poll(() => rows.nth(1).locator('th').textContent()).toBe('1 (gældende)');
    await expect.poll(() => rows.nth(1).getByTestId('agreement-changes').textContent()).toBe('Første version');
    await expect.poll(() => rows.nth(1).textContent()).toContain('Jens Hansen');
    await expectAccessible(page);
    await expectNoRawKeys(page);
    await screenshotFromTop(page, 'agreement-7-adviser-version-2');
  });

  it('the company refuses version 2 with a reason; version 1 holds again and the adviser reads why', async () => {
    const page = companyPage;
    await page.goto(`${t.url}/company/interns`);
    await page.getByRole('heading', { name: 'Jeres praktikanter' }).waitFor();
    const card = page.getByTestId('intern-card').filter({ hasText: FIRST_NAME });
    await card.waitFor();
    await expect
      .poll(() => card.getByTestId('agreement-awaiting').textContent())
      .toBe('Version 2: Venter på virksomhedens godkendelse (derefter jobcentrets).');
    await card.getByTestId('agreement-refuse').click();
    // A refusal needs a reason: the form says so before anything is sent.
    await card.getByTestId('agreement-close-submit').click();
    await card.getByText('Skriv en begrundelse.').waitFor();
    await card.getByTestId('agreement-close-reason').fill('Mette Holm er på ferie i perioden.');
    await expectAccessible(page);
    await screenshotFromTop(page, 'agreement-8-company-refuse');
    await card.getByTestId('agreement-close-submit').click();
    await expect
      .poll(() => page.getByTestId('notice').textContent(), { timeout: 10_000 })
      .toContain(`I har afvist aftalen for ${FIRST_NAME}.`);

    const adviserView = adviserPage;
    await adviserView.goto(placementUrl);
    await adviserView.getByTestId('agreement-panel').waitFor();
    await expect
      .poll(() => adviserView.getByTestId('agreement-awaiting').textContent())
      .toBe('Version 1: Godkendt af virksomheden og jobcentret.');
    // Version 1 holds again: no pending change on the page, its mentor and plan as agreed.
    await expect.poll(() => adviserView.getByTestId('placement-mentor').textContent()).toBe('Jens Hansen');
    expect(await adviserView.getByTestId('mentor-pending').count()).toBe(0);
    expect(await adviserView.getByTestId('plan-pending').count()).toBe(0);
    await expect
      .poll(() => adviserView.getByTestId('plan-in-force').locator('tbody tr').nth(1).textContent())
      .toMatch(/^Uge 3.*20 t4 t$/);
    const state = adviserView.getByTestId('agreement-version').nth(0).getByTestId('agreement-state');
    await expect.poll(() => state.textContent()).toContain('Afvist af virksomheden');
    await expect.poll(() => state.textContent()).toContain('Begrundelse: Mette Holm er på ferie i perioden.');
    await expectAccessible(adviserView);
    await expectNoRawKeys(adviserView);
    await screenshotFromTop(adviserView, 'agreement-9-adviser-refused');
  });

  it('reads in English too: a change, the company approves it, the adviser withdraws it', async () => {
    for (const page of [adviserPage, companyPage]) {
      await page.evaluate(() => localStorage.setItem('jobbro.lang', 'en'));
    }
    const page = adviserPage;
    await page.goto(placementUrl);
    await page.getByRole('heading', { name: 'Placement agreement' }).waitFor();
    await page.getByRole('heading', { name: 'Versions of the agreement' }).waitFor();
    await page.getByRole('button', { name: 'Change hours plan, learning goals, mentor or period' }).click();
    const form = page.getByTestId('agreement-change-form');
    await form
      .getByLabel('Learning goals')
      .fill('Pick orders with a hand scanner, follow the safety rules, and receive goods.');
    await form.getByRole('button', { name: 'Save as a new version' }).click();
    await expect
      .poll(() => page.getByTestId('agreement-change-saved').textContent(), { timeout: 10_000 })
      .toBe('The change is saved as version 3.');
    await expect
      .poll(() => page.getByTestId('agreement-awaiting').textContent(), { timeout: 10_000 })
      .toBe("Version 3: Waiting for the company's approval (then the job centre's).");
    await page.getByRole('columnheader', { name: 'Changed from the version that held before' }).waitFor();
    const rows = page.getByTestId('agreement-version');
    await expect.poll(() => rows.count()).toBe(3);
    await expect.poll(() => rows.nth(0).getByTestId('agreement-changes').textContent()).toBe('learning goals');
    await expect
      .poll(() => rows.nth(1).getByTestId('agreement-state').textContent())
      .toContain('Refused by the company');
    await expect.poll(() => page.getByTestId('placement-status').textContent()).toBe('Active');
    await expectNoRawKeys(page);
    await expectAccessible(page);
    await screenshotFromTop(page, 'agreement-10-adviser-en');

    await companyPage.goto(`${t.url}/company/interns`);
    await companyPage.getByRole('heading', { name: 'Your interns' }).waitFor();
    await companyPage.getByText('Agreements to approve', { exact: true }).waitFor();
    // Version 3 of an active placement waits for the company on the active tab.
    const card = companyPage.getByTestId('intern-card').filter({ hasText: FIRST_NAME });
    await card.waitFor();
    await expect
      .poll(() => card.getByTestId('agreement-approve').textContent())
      .toBe('Approve the agreement (version 3)');
    await expect.poll(() => card.getByTestId('agreement-refuse').textContent()).toBe('Refuse version 3');
    await expectNoRawKeys(companyPage);
    await expectAccessible(companyPage);
    await screenshotFromTop(companyPage, 'agreement-11-company-en');
    await card.getByTestId('agreement-approve').click();
    await expect
      .poll(() => companyPage.getByTestId('notice').textContent(), { timeout: 10_000 })
      .toContain(`You have approved the agreement for ${FIRST_NAME}.`);

    // The job centre withdraws version 3 after all: version 1 holds again.
    await page.reload();
    await page.getByTestId('agreement-panel').waitFor();
    await expect
      .poll(() => page.getByTestId('agreement-awaiting').textContent())
      .toBe("Version 3: The company has approved. Waiting for the job centre's approval.");
    await page.getByTestId('agreement-withdraw').click();
    await page.getByLabel('Reason (optional)').fill('The goods reception moves to another site.');
    await page.getByRole('button', { name: 'Withdraw the agreement' }).click();
    await expect
      .poll(() => page.getByTestId('agreement-awaiting').textContent(), { timeout: 10_000 })
      .toBe('Version 1: Approved by the company and the job centre.');
    await expect.poll(() => page.getByTestId('agreement-done').textContent()).toBe('Version 3 is withdrawn.');
    const withdrawn = page.getByTestId('agreement-version').nth(0).getByTestId('agreement-state');
    await expect.poll(() => withdrawn.textContent()).toContain('Withdrawn by the job centre');
    await expect.poll(() => withdrawn.textContent()).toContain('Reason: The goods reception moves to another site.');
    await expectNoRawKeys(page);
    await expectAccessible(page);
    await screenshotFromTop(page, 'agreement-12-adviser-withdrawn-en');
  });

  /** The company proposes a change on its interns page; the adviser sees it pending and approves it. */
  async function companyProposesAdviserApproves(lang: 'da' | 'en', number: number, goals: string, inForce: string) {
    const words =
      lang === 'da'
        ? {
            interns: 'Jeres praktikanter',
            proposed: `Jeres forslag er gemt som version ${number} og afventer jobcentrets godkendelse.`,
            awaiting: `Version ${number}: Virksomheden har godkendt. Venter på jobcentrets godkendelse.`,
            pending: `Afventer godkendelse i version ${number}: ${goals}`,
            proposer: 'Foreslået af virksomheden',
            agreed: `Version ${number}: Godkendt af virksomheden og jobcentret.`,
          }
        : {
            interns: 'Your interns',
            proposed: `Your proposal is saved as version ${number} and waits for the job centre's approval.`,
            awaiting: `Version ${number}: The company has approved. Waiting for the job centre's approval.`,
            pending: `Awaiting approval in version ${number}: ${goals}`,
            proposer: 'Proposed by the company',
            agreed: `Version ${number}: Approved by the company and the job centre.`,
          };
    await companyPage.goto(`${t.url}/company/interns`);
    await companyPage.getByRole('heading', { name: words.interns }).waitFor();
    const card = companyPage.getByTestId('intern-card').filter({ hasText: FIRST_NAME });
    await card.waitFor();
    await card.getByTestId('agreement-propose-open').click();
    const form = card.getByTestId('agreement-proposal-form');
    await form.waitFor();
    // The form starts from the terms in force (week 3's hours).
    await expect.poll(() => form.getByTestId('plan-1-weeklyHours').inputValue()).toBe(inForce);
    await form.getByTestId('proposal-goals').fill(goals);
    await form.getByTestId('plan-1-weeklyHours').fill(lang === 'da' ? '22' : '24');
    await expectAccessible(companyPage);
    await screenshotFromTop(companyPage, `agreement-${lang}-13-company-proposal-form`);
    await form.getByTestId('agreement-proposal-submit').click();
    await expect
      .poll(() => companyPage.getByTestId('notice').textContent(), { timeout: 10_000 })
      .toContain(words.proposed);
    // The card shows the agreed learning goals, the proposal beside them as pending; no approve button for the company.
    const after = companyPage.getByTestId('intern-card').filter({ hasText: FIRST_NAME });
    await expect.poll(() => after.getByTestId('goals-pending').textContent(), { timeout: 10_000 }).toBe(words.pending);
    await expect.poll(() => after.getByTestId('agreement-awaiting').textContent()).toBe(words.awaiting);
    await expect.poll(() => after.getByTestId('agreement-approve').count()).toBe(0);
    await expectNoRawKeys(companyPage);
    await expectAccessible(companyPage);
    await screenshotFromTop(companyPage, `agreement-${lang}-14-company-proposed`);

    const page = adviserPage;
    await page.goto(placementUrl);
    await page.getByTestId('agreement-panel').waitFor();
    await expect.poll(() => page.getByTestId('agreement-awaiting').textContent()).toBe(words.awaiting);
    await expect.poll(() => page.getByTestId('goals-pending').textContent()).toBe(words.pending);
    await expect
      .poll(() => page.getByTestId('plan-pending').locator('tbody tr').nth(1).textContent())
      .toMatch(lang === 'da' ? /22 t/ : /24 h/);
    const row = page.getByTestId('agreement-version').nth(0);
    await expect.poll(() => row.getByTestId('agreement-proposed-by').textContent()).toBe(words.proposer);
    // The job centre refuses the company's proposal, it does not withdraw it.
    await expect.poll(() => page.getByTestId('agreement-refuse').count()).toBe(1);
    await expect.poll(() => page.getByTestId('agreement-withdraw').count()).toBe(0);
    await expectNoRawKeys(page);
    await expectAccessible(page);
    await screenshotFromTop(page, `agreement-${lang}-15-adviser-company-proposal`);
    await page.getByTestId('agreement-approve').click();
    await expect
      .poll(() => page.getByTestId('agreement-awaiting').textContent(), { timeout: 10_000 })
      .toBe(words.agreed);
    // Now in force: the learning goals and the plan are the new ones, nothing pending.
    await expect.poll(() => page.getByTestId('placement-goals').textContent(), { timeout: 10_000 }).toBe(goals);
    expect(await page.getByTestId('goals-pending').count()).toBe(0);
    expect(await page.getByTestId('plan-pending').count()).toBe(0);
    await expectAccessible(page);
    await screenshotFromTop(page, `agreement-${lang}-16-adviser-approved-company-proposal`);
  }

  it('the company proposes a change, the adviser approves it (English)', async () => {
    await companyProposesAdviserApproves(
      'en',
      4,
      'Pick orders with a hand scanner and pack parcels for dispatch.',
      '20',
    );
  });

  it('the company proposes a change, the adviser approves it (Danish)', async () => {
    for (const page of [adviserPage, companyPage]) {
      await page.evaluate(() => localStorage.setItem('jobbro.lang', 'da'));
    }
    await companyProposesAdviserApproves('da', 5, 'Plukke ordrer, pakke pakker og tage imod varer.', '24');
  });

  it('the company withdraws its own proposal while it waits; the adviser reads it as withdrawn by the company', async () => {
    const goals = 'Plukke ordrer og tælle lager op om fredagen.';
    await companyPage.goto(`${t.url}/company/interns`);
    const card = () => companyPage.getByTestId('intern-card').filter({ hasText: FIRST_NAME });
    await card().getByTestId('agreement-propose-open').click();
    await card().getByTestId('proposal-goals').fill(goals);
    await card().getByTestId('agreement-proposal-submit').click();
    await expect
      .poll(() => card().getByTestId('goals-pending').textContent(), { timeout: 10_000 })
      .toBe(`Afventer godkendelse i version 6: ${goals}`);
    // Its own proposal: the company withdraws it (it does not approve or refuse it).
    await expect.poll(() => card().getByTestId('agreement-refuse').count()).toBe(0);
    await expect
      .poll(() => card().getByTestId('agreement-withdraw').textContent())
      .toBe('Træk jeres forslag tilbage (version 6)');
    await card().getByTestId('agreement-withdraw').click();
    await card().getByTestId('agreement-close-reason').fill('Vi venter til efter jul med lageroptællingen.');
    await expectAccessible(companyPage);
    await screenshotFromTop(companyPage, 'agreement-da-17-company-withdraw-form');
    await card().getByTestId('agreement-close-submit').click();
    await expect
      .poll(() => companyPage.getByTestId('notice').textContent(), { timeout: 10_000 })
      .toContain('Jeres forslag (version 6) er trukket tilbage.');
    // Nothing pending any more: the card shows the agreement in force only.
    await expect.poll(() => card().getByTestId('goals-pending').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => card().getByTestId('agreement-panel').count()).toBe(0);
    await expectNoRawKeys(companyPage);
    await screenshotFromTop(companyPage, 'agreement-da-18-company-withdrawn');

    const page = adviserPage;
    await page.goto(placementUrl);
    await page.getByTestId('agreement-panel').waitFor();
    await expect
      .poll(() => page.getByTestId('agreement-awaiting').textContent())
      .toBe('Version 5: Godkendt af virksomheden og jobcentret.');
    const row = page.getByTestId('agreement-version').nth(0);
    await expect
      .poll(() => row.getByTestId('agreement-state').textContent())
      .toMatch(
        /^Foreslået af virksomhedenTrukket tilbage af virksomheden .+Begrundelse: Vi venter til efter jul med lageroptællingen\.$/,
      );
    expect(await page.getByTestId('goals-pending').count()).toBe(0);
    await expectAccessible(page);
    await screenshotFromTop(page, 'agreement-da-19-adviser-company-withdrew');
  });
});
