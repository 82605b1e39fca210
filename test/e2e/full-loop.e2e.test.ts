import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { BROWSER_LOCALE, CHROMIUM, launchBrowser, loginAs, screenshotFromTop } from './browser.js';

/**
 * The whole loop across the four roles, all through the portal in the browser: the company posts a
 * task → the consultant proposes a suggested candidate → the company accepts → the adviser starts an
 * internship with an hours plan, records follow-ups with rising ordinary hours and ends it as converted
 * to ordinary hours → the dashboard counts the conversion. GraphQL is used only to set up the candidate
 * and to read facts back for the assertions.
 */

const COMPANY_NAME = 'Fynsk Lager & Logistik A/S';
/** Each test file has its own database, so the title is unique. */
const TASK_TITLE = 'Truckfører til fjernlager';
const FIRST_NAME = 'Zerihun';
const LAST_NAME = 'Loopsen';

/** 'YYYY-MM-DD' in Denmark, `days` from today. */
const day = (days = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date(Date.now() + days * 86_400_000));

/** "52,5 %", "1.234" or "12" as shown on the page → 52.5, 1234, 12. */
const shownNumber = (text: string | null) => Number((text ?? '').replace(/[%\s\u00a0.]/g, '').replace(',', '.'));

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hovedmenu' });

const DASHBOARD = '{ dashboard { conversionsToOrdinaryHours } }';

describe.skipIf(!CHROMIUM)('browser end-to-end: the full loop across the roles', () => {
  let t: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  /** Read-back clients (GraphQL only reads facts for the assertions; the loop runs in the browser). */
  let adminApi: GqlClient;
  let consultantApi: GqlClient;
  let adviserApi: GqlClient;
  const pages: Record<'company' | 'consultant' | 'adviser' | 'admin', Page> = {} as never;
  const contexts: BrowserContext[] = [];
  const problems: string[] = [];

  let candidateId = '';
  let taskId = '';
  let conversionsBefore = 0;
  let placementUrl = '';

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    await t.runtime.services.search.rebuildAll(t.runtime.orm.em.fork());
    adminApi = await t.client().login('admin@demo.dk');
    consultantApi = await t.client().login('konsulent@demo.dk');
    adviserApi = await t.client().login('raadgiver@demo.dk');

    // Setup, not a loop step: one consenting person in the adviser's caseload who fits the task well.
    const { competences } = await adviserApi.ok<{ competences: { id: string; name: string }[] }>(
      'query($s: String) { competences(search: $s) { id name } }',
      { s: 'Gaffeltruck' },
    );
    const forklift = competences.find((c) => c.name.startsWith('Gaffeltruck'));
    if (!forklift) throw new Error('the competence catalogue has no Gaffeltruck');
    const created = await adviserApi.ok<{ createCandidate: { id: string } }>(
      'mutation($i: CreateCandidateInput!) { createCandidate(input: $i) { id } }',
      {
        i: {
          firstName: FIRST_NAME,
          lastName: LAST_NAME,
          birthDate: '1993-03-14',
          postcode: '5000',
          targetGroup: 'INTEGRATION_PROGRAMME',
          readiness: 'JOB_READY',
          residenceCategory: 'REFUGEE',
          arrivalDate: '2021-09-01',
          danishLevel: 'B1',
          languages: ['tigrinya', 'engelsk'],
          availableWeeklyHours: 30,
          goalWeeklyHours: 37,
          industriesWished: ['52'],
          hasDrivingLicence: true,
          maxCommuteKm: 25,
          consentToShare: true,
          summary: 'Erfaren truckfører, mødestabil.',
        },
      },
    );
    candidateId = created.createCandidate.id;
    await adviserApi.ok(
      'mutation($id: ID!, $c: [CandidateCompetenceInput!]!) { setCandidateCompetences(candidateId: $id, competences: $c) { id } }',
      { id: candidateId, c: [{ competenceId: forklift.id, level: 3, evidence: 'OBSERVED_IN_PLACEMENT' }] },
    );
    await t.runtime.services.outbox.drain();
    conversionsBefore = (await adminApi.ok<{ dashboard: { conversionsToOrdinaryHours: number } }>(DASHBOARD)).dashboard
      .conversionsToOrdinaryHours;

    browser = await launchBrowser('da');
    const logins = {
      company: 'virksomhed@demo.dk',
      consultant: 'konsulent@demo.dk',
      adviser: 'raadgiver@demo.dk',
      admin: 'admin@demo.dk',
    } as const;
    for (const [role, email] of Object.entries(logins) as [keyof typeof logins, string][]) {
      // A Danish caseworker's browser: Danish locale and the Danish time zone (the portal's "today").
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: BROWSER_LOCALE.da,
        timezoneId: 'Europe/Copenhagen',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(`[${role} page error] ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && problems.push(`[${role} console] ${m.text()}`));
      page.on('response', async (r) => {
        if (!r.url().endsWith('/graphql')) return;
        const body = (await r.json().catch(() => null)) as { errors?: { message: string }[] } | null;
        for (const e of body?.errors ?? []) problems.push(`[${role} API] ${e.message}`);
      });
      await loginAs(page, t.url, email);
      pages[role] = page;
    }
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await t?.close();
  });

  it('0. the dashboard shows the conversions before the loop', async () => {
    const page = pages.admin;
    await menu(page).getByRole('link', { name: 'Overblik', exact: true }).click();
    await page.waitForURL('**/overview');
    await page.getByTestId('card-conversions-value').waitFor();
    expect(shownNumber(await page.getByTestId('card-conversions-value').textContent())).toBe(conversionsBefore);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-0-admin-dashboard-before', 'navbar');
  });

  it('1. the company posts an unsolved task', async () => {
    const page = pages.company;
    await menu(page).getByRole('link', { name: 'Opgaver', exact: true }).click();
    await page.getByRole('heading', { name: 'Jeres opgaver' }).waitFor();
    await page.getByTestId('new-task').click();
    await page.getByRole('heading', { name: 'Opret en uløst opgave' }).waitFor();
    // The company's own industry and postcode are filled in.
    await expect.poll(() => page.getByLabel('Postnummer for arbejdsstedet').inputValue()).toBe('5220');
    await expect.poll(() => page.getByTestId('task-industry').inputValue()).toMatch(/^52 /);
    await page.getByLabel('Titel').fill(TASK_TITLE);
    await page
      .getByLabel('Beskrivelse')
      .fill('Kørsel med gaffeltruck på vores fjernlager: af- og pålæsning og flytning af paller til reolerne.');
    const required = page.getByRole('combobox', { name: 'Krævede kompetencer' });
    await required.click();
    await required.fill('gaffel');
    await page.getByRole('option', { name: /Gaffeltruck/ }).click();
    await page.keyboard.press('Escape');
    const minLevel = page.getByLabel(/^Mindsteniveau for Gaffeltruck/).first();
    await minLevel.waitFor();
    await expect.poll(() => minLevel.inputValue()).toBe('2 – kan med hjælp');
    await page.getByTestId('task-weekly-hours').fill('25');
    await page
      .getByLabel('Læringsmål')
      .fill('Sikker truckkørsel på fjernlageret, lagerstyring med håndscanner og fagord på dansk.');
    await page.getByRole('switch', { name: 'Der er ordinære timer i sigte' }).check();
    await page.getByTestId('task-expected-ordinary').fill('15');
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-1-company-task-form', 'navbar');

    await page.getByTestId('task-submit').click();
    await page.getByRole('heading', { name: 'Jeres opgaver' }).waitFor();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain(TASK_TITLE);
    const row = page.getByTestId('task-row').filter({ hasText: TASK_TITLE });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Åben');
    await expect.poll(() => row.textContent()).toContain('25 t/uge');
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-1-company-tasks', 'navbar');

    // Read back: the task as posted.
    const { tasks } = await consultantApi.ok<{
      tasks: {
        edges: {
          node: {
            id: string;
            title: string;
            status: string;
            weeklyHours: number;
            ordinaryHoursInSight: boolean;
            expectedOrdinaryHours: number | null;
            postcode: string;
            industry: { code: string };
            company: { name: string };
            requiredCompetences: { minLevel: number; competence: { name: string } }[];
          };
        }[];
      };
    }>(
      `query($s: String!) { tasks(filter: { search: $s }, first: 5) { edges { node {
         id title status weeklyHours ordinaryHoursInSight expectedOrdinaryHours postcode
         industry { code } company { name } requiredCompetences { minLevel competence { name } } } } } }`,
      { s: TASK_TITLE },
    );
    const task = tasks.edges.map((e) => e.node).find((n) => n.title === TASK_TITLE);
    expect(task).toBeDefined();
    taskId = task!.id;
    expect(task).toMatchObject({
      status: 'OPEN',
      weeklyHours: 25,
      ordinaryHoursInSight: true,
      expectedOrdinaryHours: 15,
      postcode: '5220',
      industry: { code: '52' },
      company: { name: COMPANY_NAME },
    });
    expect(task!.requiredCompetences).toEqual([
      { minLevel: 2, competence: { name: expect.stringMatching(/^Gaffeltruck/) } },
    ]);
    await t.runtime.services.outbox.drain();
  });

  it('2. the consultant finds the candidate among the suggestions and proposes', async () => {
    const page = pages.consultant;
    await menu(page).getByRole('link', { name: 'Virksomheder' }).click();
    await page.getByTestId('companies-table').waitFor();
    await page.getByLabel('Søg', { exact: true }).fill('Fynsk');
    await expect.poll(() => page.getByTestId('company-link').count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('company-link').filter({ hasText: COMPANY_NAME }).click();
    await page.getByTestId('company-title').waitFor();
    const taskLink = page.getByTestId('company-tasks').getByTestId('task-link').filter({ hasText: TASK_TITLE });
    await taskLink.waitFor();
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-2-consultant-company', 'navbar');

    await taskLink.click();
    await expect.poll(() => page.getByTestId('task-title').textContent()).toBe(TASK_TITLE);
    await page.getByTestId('suggestion').first().waitFor({ timeout: 30_000 });
    const card = page
      .getByTestId('suggestion')
      .filter({ has: page.getByRole('heading', { level: 4, name: new RegExp(`^\\d+\\.\\s*${FIRST_NAME}$`) }) });
    await card.waitFor();
    // A score out of 100 and the factors behind it.
    const scoreLabel = await card.getByRole('progressbar', { name: /^Match for / }).getAttribute('aria-label');
    const shownScore = Number(scoreLabel?.match(/: (\d+) \/ 100$/)?.[1]);
    await card.getByText('Derfor').waitFor();
    const factorCount = await card.getByRole('progressbar').count();
    expect(factorCount).toBeGreaterThan(1); // the score bar and at least one factor
    const missingItems = await card.getByTestId('missing').getByRole('listitem').allTextContents();

    // Read back: the same score, and "Det mangler" lists exactly the factors that lower it.
    const { matchCandidatesForTask: matches } = await consultantApi.ok<{
      matchCandidatesForTask: {
        score: number;
        candidate: { id: string };
        factors: { key: string; gap: boolean }[];
      }[];
    }>(
      'query($t: ID!) { matchCandidatesForTask(taskId: $t, first: 10) { score candidate { id } factors { key gap } } }',
      { t: taskId },
    );
    const match = matches.find((m) => m.candidate.id === candidateId);
    expect(match, 'the candidate is among the suggestions').toBeDefined();
    expect(shownScore).toBe(Math.round(match!.score));
    expect(match!.factors.length).toBeGreaterThan(0);
    expect(missingItems).toHaveLength(match!.factors.filter((f) => f.gap).length);
    // The candidate holds the task's one required competence: it is never named as missing.
    expect(match!.factors.find((f) => f.key === 'competences')?.gap).toBe(false);
    expect(missingItems.join(' ')).not.toMatch(/Gaffeltruck|Kompetencer/);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-2-consultant-task', 'navbar');

    await card.getByRole('button', { name: 'Tilføj note' }).click();
    await card
      .getByLabel(/Note til virksomheden/)
      .fill('Truckcertifikat og erfaring fra lager. Kan starte med det samme.');
    await card.getByTestId('propose').click();
    await card.getByTestId('propose-success').waitFor();
    await expect.poll(() => card.getByTestId('proposal-status').textContent()).toBe('Sendt');
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-2-consultant-task-proposed', 'navbar');

    const { proposals } = await consultantApi.ok<{ proposals: { edges: { node: { status: string } }[] } }>(
      'query($t: ID!, $c: ID!) { proposals(filter: { taskId: $t, candidateId: $c }, first: 5) { edges { node { status } } } }',
      { t: taskId, c: candidateId },
    );
    expect(proposals.edges.map((e) => e.node.status)).toEqual(['PROPOSED']);
  });

  it('3. the company sees the minimal profile and accepts', async () => {
    const page = pages.company;
    await menu(page).getByRole('link', { name: 'Forslag', exact: true }).click();
    await page.getByRole('heading', { name: 'Forslag til jeres opgaver' }).waitFor();
    const card = page.getByTestId('proposal-card').filter({ hasText: TASK_TITLE });
    await card.waitFor();
    await expect.poll(() => card.getByRole('heading', { level: 3 }).textContent()).toBe(FIRST_NAME);
    const text = (await card.textContent()) ?? '';
    expect(text).not.toContain(LAST_NAME); // the first name only
    expect(text).toContain('Truckcertifikat og erfaring fra lager');
    await card
      .getByRole('row')
      .filter({ hasText: /Gaffeltruck/ })
      .filter({ hasText: 'Set i praktik' })
      .waitFor();
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-3-company-proposals', 'navbar');

    await card.getByRole('button', { name: `Accepter ${FIRST_NAME}` }).click();
    await page
      .getByTestId('notice')
      .filter({ hasText: `I har accepteret ${FIRST_NAME}` })
      .waitFor();
    await expect.poll(() => card.count()).toBe(0); // no longer waiting for an answer
    await page.getByText('Accepteret', { exact: true }).click();
    const accepted = page.getByTestId('proposal-card').filter({ hasText: TASK_TITLE });
    await accepted.waitFor();
    await expect.poll(() => accepted.getByRole('button', { name: `Accepter ${FIRST_NAME}` }).count()).toBe(0);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-3-company-proposals-accepted', 'navbar');

    const { proposals } = await consultantApi.ok<{ proposals: { edges: { node: { status: string } }[] } }>(
      'query($t: ID!, $c: ID!) { proposals(filter: { taskId: $t, candidateId: $c }, first: 5) { edges { node { status } } } }',
      { t: taskId, c: candidateId },
    );
    expect(proposals.edges.map((e) => e.node.status)).toEqual(['ACCEPTED']);
  });

  it('4a. the adviser opens the person and starts an internship with a 3-step hours plan', async () => {
    const page = pages.adviser;
    await menu(page).getByRole('link', { name: 'Borgere', exact: true }).click();
    await page.getByTestId('candidate-table').waitFor();
    await page.getByTestId('candidate-search').fill(LAST_NAME);
    await expect.poll(() => page.getByTestId('candidate-row').count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('link', { name: `${FIRST_NAME} ${LAST_NAME}` }).click();
    await expect.poll(() => page.getByTestId('candidate-name').textContent()).toBe(`${FIRST_NAME} ${LAST_NAME}`);
    const opening = page.getByTestId('opening').filter({ hasText: TASK_TITLE });
    await opening.waitFor({ timeout: 20_000 });
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-4-adviser-candidate', 'navbar');

    await opening.getByRole('link', { name: /Start forløb her/ }).click();
    await page.getByTestId('start-form').waitFor();
    await expect.poll(() => page.getByTestId('company-select').inputValue()).toContain(COMPANY_NAME);
    await expect.poll(() => page.getByTestId('opening-select').inputValue()).toContain(TASK_TITLE);
    await expect.poll(() => page.getByTestId('type-select').inputValue()).toBe('Virksomhedspraktik');
    await page.getByLabel('Startdato').fill(day(-30));
    await page.getByLabel('Mentor i virksomheden').fill('Henrik Holm');
    await expect.poll(() => page.getByTestId('learning-goals').inputValue()).toContain('Sikker truckkørsel');
    await page.getByTestId('plan-add').click();
    await page.getByTestId('plan-add').click();
    const steps = [
      ['1', '15', '0'],
      ['3', '20', '5'],
      ['5', '25', '10'],
    ] as const;
    for (const [i, [week, hours, ordinary]] of steps.entries()) {
      if (i > 0) await page.getByTestId(`plan-${i}-fromWeek`).fill(week);
      else await expect.poll(() => page.getByTestId('plan-0-fromWeek').inputValue()).toBe(week);
      await page.getByTestId(`plan-${i}-weeklyHours`).fill(hours);
      await page.getByTestId(`plan-${i}-ordinaryHours`).fill(ordinary);
    }
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-4-adviser-placement-new', 'navbar');

    await page.getByTestId('start-submit').click();
    await page.getByTestId('placement-page').waitFor();
    placementUrl = page.url();
    await expect
      .poll(() => page.getByTestId('placement-title').textContent())
      .toBe(`Virksomhedspraktik hos ${COMPANY_NAME}`);
    await expect.poll(() => page.getByTestId('placement-status').textContent()).toBe('Aktivt');
    await expect(
      page.getByRole('table', { name: 'Timeplanen for forløbet' }).locator('tbody tr').count(),
    ).resolves.toBe(3);
  });

  it('4b. the adviser records three follow-ups with rising ordinary hours', async () => {
    const page = pages.adviser;
    const followUps = [
      { date: day(-22), attended: '15', ordinary: '2', progress: '3 – Som forventet' },
      { date: day(-12), attended: '20', ordinary: '6', progress: '4 – God' },
      { date: day(-2), attended: '25', ordinary: '12', progress: '5 – Fremragende' },
    ];
    for (const [i, fu] of followUps.entries()) {
      const form = page.getByTestId('followup-form');
      await form.getByLabel(/^Dato/).fill(fu.date);
      await page.getByTestId('fu-attended').fill(fu.attended);
      await page.getByTestId('fu-ordinary').fill(fu.ordinary);
      await form.getByLabel(fu.progress).check();
      await form.getByLabel('Note').fill(`Opfølgning ${i + 1}: flere ordinære timer på lageret.`);
      await page.getByTestId('followup-submit').click();
      await page.getByTestId('followup-saved').waitFor();
      await expect.poll(() => page.getByTestId('followup-row').count()).toBe(i + 1);
    }
    const rows = await page.getByTestId('followup-row').allTextContents();
    expect(rows[0]).toContain('2 t');
    expect(rows[1]).toContain('6 t');
    expect(rows[2]).toContain('12 t');
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-4-adviser-placement', 'navbar');

    // Read back: the person's hours progress shows the ordinary hours rising week by week.
    const { hoursProgress } = await adviserApi.ok<{
      hoursProgress: { week: string; ordinaryHours: number | null; plannedOrdinaryHours: number }[];
    }>('query($c: ID!) { hoursProgress(candidateId: $c) { week ordinaryHours plannedOrdinaryHours } }', {
      c: candidateId,
    });
    const reported = hoursProgress
      .filter((w) => w.ordinaryHours != null)
      .sort((a, b) => a.week.localeCompare(b.week))
      .map((w) => w.ordinaryHours);
    expect(reported).toEqual([2, 6, 12]);
    expect(Math.max(...hoursProgress.map((w) => w.plannedOrdinaryHours))).toBe(10);
  });

  it('4c. the adviser ends the placement as converted to ordinary hours', async () => {
    const page = pages.adviser;
    await page.getByTestId('end-open').click();
    await page.getByLabel('Overgået til ordinære timer').check();
    // The job: hours, wage and a start date (a start ahead of today is allowed).
    await page.getByTestId('conv-hours').fill('20');
    await page.getByTestId('conv-wage').fill('152,50');
    await page.getByTestId('conv-start').fill(day(14));
    await page.getByLabel('Note til afslutningen').fill('Fastansat på 12 ordinære timer om ugen, flere på vej.');
    await expectAccessible(page, 'navbar');
    await page.getByTestId('end-submit').click();
    await expect.poll(() => page.getByTestId('placement-status').textContent(), { timeout: 10_000 }).toBe('Afsluttet');
    await expect.poll(() => page.getByTestId('outcome-box').textContent()).toContain('Overgået til ordinære timer');
    await expect.poll(() => page.getByTestId('followup-form').count()).toBe(0);
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-4-adviser-placement-ended', 'navbar');

    // Read back: the placement ended converted; the task is solved.
    const { placements } = await adviserApi.ok<{
      placements: {
        edges: { node: { id: string; status: string; outcome: string; task: { id: string; status: string } } }[];
      };
    }>(
      'query($c: ID!) { placements(filter: { candidateId: $c }, first: 5) { edges { node { id status outcome task { id status } } } } }',
      { c: candidateId },
    );
    expect(placements.edges).toHaveLength(1);
    const placement = placements.edges[0]!.node;
    expect(placementUrl).toContain(placement.id);
    expect(placement).toMatchObject({
      status: 'ENDED',
      outcome: 'CONVERTED_TO_ORDINARY_HOURS',
      task: { id: taskId, status: 'SOLVED' },
    });
    const { task } = await consultantApi.ok<{ task: { status: string } }>(
      'query($id: ID!) { task(id: $id) { status } }',
      {
        id: taskId,
      },
    );
    expect(task.status).toBe('SOLVED');

    // The person's page tells the same story, with the hours chart.
    await page
      .getByRole('link', { name: `${FIRST_NAME} ${LAST_NAME}` })
      .first()
      .click();
    await page.getByTestId('hours-chart').waitFor();
    await expect
      .poll(() => page.getByTestId('candidate-placement').first().textContent())
      .toContain('Overgået til ordinære timer');
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-4-adviser-candidate-after', 'navbar');
  });

  it('5. the dashboard counts the conversion', async () => {
    const after = (await adminApi.ok<{ dashboard: { conversionsToOrdinaryHours: number } }>(DASHBOARD)).dashboard
      .conversionsToOrdinaryHours;
    expect(after).toBe(conversionsBefore + 1);
    const page = pages.admin;
    await page.goto(`${t.url}/`);
    await page.getByTestId('home-title').waitFor();
    await menu(page).getByRole('link', { name: 'Overblik', exact: true }).click();
    await page.waitForURL('**/overview');
    await page.getByTestId('card-conversions-value').waitFor();
    expect(shownNumber(await page.getByTestId('card-conversions-value').textContent())).toBe(after);
    await page.locator('[data-testid="chart-months-chart"] svg.recharts-surface').first().waitFor();
    await expectAccessible(page, 'navbar');
    await screenshotFromTop(page, 'loop-5-admin-dashboard', 'navbar');
  });

  it('had no script or API errors in any browser', () => {
    expect(problems).toEqual([]);
  });
});
