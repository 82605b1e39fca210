import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { BROWSER_LOCALE, CHROMIUM, launchBrowser, loginAs, SCREENSHOT_DIR, screenshotFromTop } from './browser.js';

/** 'YYYY-MM-DD' in Denmark, `days` from today. */
const day = (days = 0) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(d);
};

/** A valid CVR number (modulus-11) not used by the demo. */
function cvr(seed: number): string {
  const w = [2, 7, 6, 5, 4, 3, 2];
  for (let n = seed; ; n++) {
    const prefix = String(4_000_000 + n * 7_919).slice(0, 7);
    const sum = prefix.split('').reduce((a, ch, i) => a + Number(ch) * w[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${prefix}${check}`;
  }
}

/** A close-up of one element, to look at in detail. */
async function detail(locator: Locator, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await locator.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

describe.skipIf(!CHROMIUM)('browser end-to-end: adviser', () => {
  let t: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let candidateId: string;
  let taskTitle: string;
  let historyCandidateId: string | null = null;
  let historyGoal = 37;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const apiErrors: string[] = [];
  const firstName = 'Tesfaye';
  const lastName = 'Testesen';

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    await t.runtime.services.search.rebuildAll(t.runtime.orm.em.fork());

    // A partner company with an unsolved task that fits the person below.
    const admin: GqlClient = await t.client().login('admin@demo.dk');
    const competences = await admin.ok<{ competences: { id: string; name: string }[] }>(
      'query($s: String) { competences(search: $s) { id name } }',
      { s: 'lager' },
    );
    const competence = competences.competences[0];
    if (!competence) throw new Error('the competence catalogue has no "lager" competence');
    const company = await admin.ok<{ createCompany: { id: string } }>(
      'mutation($i: CreateCompanyInput!) { createCompany(input: $i) { id } }',
      {
        i: {
          cvr: cvr(Date.now() % 10_000),
          name: 'Fynsk Lagerservice ApS',
          industryCode: '52',
          tier: 'PARTNER',
          sector: 'PRIVATE',
          postcode: '5000',
        },
      },
    );
    taskTitle = 'Plukke og pakke webordrer';
    await admin.ok('mutation($i: PostTaskInput!) { postTask(input: $i) { id } }', {
      i: {
        companyId: company.createCompany.id,
        title: taskTitle,
        description: 'Plukke varer efter plukliste og pakke dem til forsendelse.',
        industryCode: '52',
        danishLevel: 'A2',
        weeklyHours: 30,
        learningGoals: 'Bruge håndscanner, plukke efter liste og pakke sikkert.',
        ordinaryHoursInSight: true,
        expectedOrdinaryHours: 20,
        openings: 1,
        postcode: '5000',
        requiredCompetences: [{ competenceId: competence.id, minLevel: 2 }],
      },
    });

    // A job-ready person in the integration programme, 8 weeks without an offer: the 6-week rule alerts.
    const adviser = await t.client().login('raadgiver@demo.dk');
    const created = await adviser.ok<{ createCandidate: { id: string } }>(
      'mutation($i: CreateCandidateInput!) { createCandidate(input: $i) { id } }',
      {
        i: {
          firstName,
          lastName,
          birthDate: '1994-05-12',
          postcode: '5000',
          targetGroup: 'INTEGRATION_PROGRAMME',
          readiness: 'JOB_READY',
          residenceCategory: 'REFUGEE',
          arrivalDate: '2024-02-01',
          danishLevel: 'A2',
          languages: ['arabisk', 'engelsk'],
          availableWeeklyHours: 30,
          goalWeeklyHours: 37,
          industriesWished: ['52'],
          hasDrivingLicence: false,
          maxCommuteKm: 25,
          education: 'Lagermedarbejder i 3 år i Syrien.',
          summary: 'Struktureret og mødestabil.',
          accommodationNeeds: 'Må ikke løfte over 15 kg.',
          consentToShare: true,
          enrolledOn: day(-56),
          weeklyActivities: [{ kind: 'DANISH_CLASS', label: 'Danskuddannelse 2, modul 3', weeklyHours: 7 }],
          foreignEducations: [{ title: 'Teknisk skole, logistik', years: 2, recognitionStatus: 'PENDING' }],
        },
      },
    );
    candidateId = created.createCandidate.id;
    await adviser.ok(
      'mutation($id: ID!, $c: [CandidateCompetenceInput!]!) { setCandidateCompetences(candidateId: $id, competences: $c) { id } }',
      { id: candidateId, c: [{ competenceId: competence.id, level: 3, evidence: 'SELF_REPORTED' }] },
    );
    // The seeded person of the caseload with the longest follow-up history, for the hours chart.
    const active = await adviser.ok<{
      placements: {
        edges: { node: { candidate: { id: string; hourGoal: number } | null; followUps: { id: string }[] } }[];
      };
    }>(
      '{ placements(filter: { status: ACTIVE }, first: 50) { edges { node { candidate { id hourGoal } followUps { id } } } } }',
    );
    const richest = active.placements.edges
      .map((e) => e.node)
      .sort((a, b) => b.followUps.length - a.followUps.length)[0];
    historyCandidateId = richest?.candidate?.id ?? null;
    historyGoal = richest?.candidate?.hourGoal ?? 37;
    await t.runtime.services.outbox.drain();

    // A Danish caseworker's browser (date fields dd.mm.åååå).
    browser = await launchBrowser('da');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: BROWSER_LOCALE.da });
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('response', async (r) => {
      if (!r.url().endsWith('/graphql')) return;
      const body = (await r.json().catch(() => null)) as {
        errors?: { message: string; extensions?: { code?: string } }[];
      } | null;
      for (const e of body?.errors ?? []) apiErrors.push(`${e.extensions?.code}: ${e.message}`);
    });
    await loginAs(page, t.url, 'raadgiver@demo.dk');
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows alerts first on the home page, grouped by severity, with links', async () => {
    await page.getByTestId('adviser-alerts').getByTestId('alert').first().waitFor();
    const sections = await page
      .locator('[data-testid="adviser-alerts"], [data-testid="adviser-summary"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(sections).toEqual(['adviser-alerts', 'adviser-summary']);
    const critical = page.getByTestId('alerts-CRITICAL');
    await expect.poll(() => critical.getByRole('heading').textContent()).toMatch(/Kritisk – handl nu/);
    const mine = page.getByTestId('alert').filter({ hasText: firstName });
    await expect.poll(() => mine.first().getAttribute('data-severity')).toBe('CRITICAL');
    await expect.poll(() => mine.first().textContent()).toContain('6-ugers-reglen');
    expect(
      await mine
        .first()
        .getByRole('link', { name: `Åbn ${firstName}` })
        .getAttribute('href'),
    ).toBe(`/adviser/candidates/${candidateId}`);
    await page.getByTestId('sum-candidates').waitFor();
    await expectAccessible(page);
    await screenshotFromTop(page, 'adviser-home');
  });

  it('lists my caseload with search and alert markers', async () => {
    await page.getByRole('link', { name: 'Borgere', exact: true }).click();
    await page.getByTestId('candidate-table').waitFor();
    await expect.poll(() => page.getByText(/Viser 1–20 af \d+/).count()).toBe(1);
    await screenshotFromTop(page, 'adviser-candidates');
    await page.getByTestId('candidate-search').fill(lastName);
    const row = page.getByTestId('candidate-row').filter({ hasText: `${firstName} ${lastName}` });
    await expect.poll(() => page.getByTestId('candidate-row').count()).toBe(1);
    await row.waitFor();
    await expect.poll(() => row.getByTestId('alert-marker').textContent()).toContain('Kritisk');
    await expectAccessible(page);
  });

  it('opens the person: profile, the week against 37, hours chart and suggested openings', async () => {
    await page.getByRole('link', { name: `${firstName} ${lastName}` }).click();
    await page.getByTestId('candidate-name').waitFor();
    await expect.poll(() => page.getByTestId('planned-week').textContent()).toContain('Planlagt: 7 af 37 timer');
    await expect.poll(() => page.getByTestId('accommodation-section').textContent()).toContain('Må ikke løfte');
    // The hours come from their own query: wait for its answer rather than read the section while it loads.
    await page.getByTestId('hours-section').getByText('Ingen timer registreret endnu').waitFor();
    await expect.poll(() => page.getByTestId('hours-chart').count()).toBe(0);
    const opening = page.getByTestId('opening').filter({ hasText: taskTitle });
    await opening.waitFor({ timeout: 20_000 });
    await expect.poll(() => opening.textContent()).toContain('Fynsk Lagerservice ApS');
    await expectAccessible(page);
    await screenshotFromTop(page, 'adviser-candidate');
    await detail(page.getByTestId('openings-section'), 'adviser-detail-openings');
  });

  it('shows the hours chart of a person with placement history', async () => {
    expect(historyCandidateId, 'the demo caseload has an active placement').not.toBeNull();
    await page.goto(`${t.url}/adviser/candidates/${historyCandidateId}`);
    const chart = page.getByTestId('hours-chart');
    await chart.waitFor();
    await expect.poll(() => chart.locator('.recharts-line').count()).toBeGreaterThanOrEqual(3);
    // 18.5 and 37 hours, and the person's own goal when it is neither (activity-ready: 25).
    const goalLine = historyGoal !== 18.5 && historyGoal !== 37 ? 1 : 0;
    await expect.poll(() => chart.locator('.recharts-reference-line').count()).toBe(2 + goalLine);
    await page
      .getByTestId('openings-section')
      .getByTestId('opening')
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(() => {});
    await expectAccessible(page);
    await screenshotFromTop(page, 'adviser-candidate-history');
    await detail(page.getByTestId('hours-section'), 'adviser-detail-hours-chart');
    await detail(page.getByTestId('week-section'), 'adviser-detail-week');
  });

  it('starts a placement from a suggested opening with a 3-step hours plan', async () => {
    await page.goto(`${t.url}/adviser/candidates/${candidateId}`);
    const opening = page.getByTestId('opening').filter({ hasText: taskTitle });
    await opening.getByRole('link', { name: /Start forløb her/ }).click();
    await page.getByTestId('start-form').waitFor();
    await expect.poll(() => page.getByTestId('company-select').inputValue()).toContain('Fynsk Lagerservice ApS');
    await expect.poll(() => page.getByTestId('opening-select').inputValue()).toContain(taskTitle);
    await page.getByLabel('Startdato').fill(day(-20));
    await page.getByLabel('Mentor i virksomheden').fill('Jens Hansen');
    // learning goals come from the task
    await expect.poll(() => page.getByTestId('learning-goals').inputValue()).toContain('håndscanner');
    await page.getByTestId('plan-add').click();
    await page.getByTestId('plan-add').click();
    const steps = [
      ['1', '10', '0'],
      ['3', '20', '5'],
      ['5', '30', '15'],
    ];
    for (const [i, [week, hours, ordinary]] of steps.entries()) {
      // the first step always starts in week 1 (read-only)
      if (i > 0) await page.getByTestId(`plan-${i}-fromWeek`).fill(week!);
      else await expect.poll(() => page.getByTestId('plan-0-fromWeek').inputValue()).toBe(week);
      await page.getByTestId(`plan-${i}-weeklyHours`).fill(hours!);
      await page.getByTestId(`plan-${i}-ordinaryHours`).fill(ordinary!);
    }
    await expectAccessible(page);
    await screenshotFromTop(page, 'adviser-placement-new');
    await detail(page.getByTestId('plan-section'), 'adviser-detail-plan');
    await page.getByTestId('start-submit').click();
    await page.getByTestId('placement-page').waitFor();
    await expect
      .poll(() => page.getByTestId('placement-title').textContent())
      .toBe('Virksomhedspraktik hos Fynsk Lagerservice ApS');
    await expect(
      page.getByRole('table', { name: 'Timeplanen for forløbet' }).locator('tbody tr').count(),
    ).resolves.toBe(3);
  });

  it('records two follow-ups with rising ordinary hours', async () => {
    const followUps = [
      { date: day(-13), attended: '10', ordinary: '2' },
      { date: day(0), attended: '20', ordinary: '6' },
    ];
    for (const [i, fu] of followUps.entries()) {
      const form = page.getByTestId('followup-form');
      await form.getByLabel(/^Dato/).fill(fu.date);
      await page.getByTestId('fu-attended').fill(fu.attended);
      await page.getByTestId('fu-ordinary').fill(fu.ordinary);
      await form.getByLabel('4 – God').check();
      if (i === 1) await form.getByRole('checkbox').first().check();
      await page.getByTestId('followup-submit').click();
      await page.getByTestId('followup-saved').waitFor();
      await expect.poll(() => page.getByTestId('followup-row').count()).toBe(i + 1);
    }
    const rows = await page.getByTestId('followup-row').allTextContents();
    expect(rows[0]).toContain('2 t');
    expect(rows[1]).toContain('6 t');
    await expectAccessible(page);
    await screenshotFromTop(page, 'adviser-placement');
  });

  it('ends the placement as converted to ordinary hours', async () => {
    await page.getByTestId('end-open').click();
    await page.getByLabel('Overgået til ordinære timer').check();
    // The job: hours, wage and a start date (a start ahead of today is allowed).
    await page.getByTestId('conv-hours').fill('20');
    await page.getByTestId('conv-wage').fill('152,50');
    await page.getByTestId('conv-start').fill(day(14));
    await page.getByLabel('Note til afslutningen').fill('Fastansat på 20 ordinære timer om ugen.');
    await expectAccessible(page);
    await page.getByTestId('end-submit').click();
    await expect.poll(() => page.getByTestId('placement-status').textContent(), { timeout: 10_000 }).toBe('Afsluttet');
    await expect.poll(() => page.getByTestId('outcome-box').textContent()).toContain('Overgået til ordinære timer');
    await expectAccessible(page);
    await screenshotFromTop(page, 'adviser-placement-ended');
  });

  it('shows the new hours in the person’s chart and the placement in the list', async () => {
    await page.goto(`${t.url}/adviser/candidates/${candidateId}`);
    const chart = page.getByTestId('hours-chart');
    await chart.waitFor();
    await expect.poll(() => chart.locator('.recharts-line').count()).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => page.getByTestId('candidate-placement').textContent())
      .toContain('Overgået til ordinære timer');
    await screenshotFromTop(page, 'adviser-candidate-after');
    await detail(page.getByTestId('hours-section'), 'adviser-detail-hours-after');
    await page.getByRole('link', { name: 'Forløb', exact: true }).click();
    await page.getByTestId('placements-table').waitFor();
    await expectAccessible(page);
    await screenshotFromTop(page, 'adviser-placements');
  });

  it('fits a tablet', async () => {
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.goto(`${t.url}/adviser/candidates/${candidateId}`);
    await page.getByTestId('hours-chart').waitFor();
    await expectAccessible(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshotFromTop(page, 'adviser-candidate-tablet');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('creates and edits a person through the form', async () => {
    await page.goto(`${t.url}/adviser/candidates/new`);
    await page.getByTestId('candidate-form').waitFor();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: /^Fornavn/ }).fill('Omar');
    await page.getByRole('textbox', { name: /^Efternavn/ }).fill('Formtest');
    await page.getByRole('textbox', { name: /^Fødselsdato/ }).fill('1990-01-20');
    await page.getByRole('textbox', { name: /^Postnummer/ }).fill('12');
    await page.getByTestId('candidate-submit').click();
    // the client asks for a 4-digit postcode before anything is sent
    await expect
      .poll(() => page.getByRole('textbox', { name: /^Postnummer/ }).getAttribute('aria-invalid'))
      .toBe('true');
    await page.getByRole('textbox', { name: /^Postnummer/ }).fill('5000');
    await page.getByLabel('Skånehensyn (kun rådgiver)').fill('Ingen natarbejde.');
    await page.getByTestId('consent-switch').check();
    await page.getByTestId('competence-picker').fill('lager');
    await page.getByRole('option', { name: /lager/i }).first().click();
    await screenshotFromTop(page, 'adviser-candidate-new');
    await page.getByTestId('candidate-submit').click();
    await page.getByTestId('candidate-name').waitFor();
    await expect.poll(() => page.getByTestId('candidate-name').textContent()).toBe('Omar Formtest');
    await expect.poll(() => page.getByTestId('competences-section').locator('tbody tr').count()).toBe(1);
    await page.getByTestId('edit-candidate').click();
    await page.getByTestId('candidate-form').waitFor();
    await expectAccessible(page);
    await screenshotFromTop(page, 'adviser-candidate-edit');
  });

  it('had no script errors in the browser', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(apiErrors).toEqual([]);
  });
});
