import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { BROWSER_LOCALE, CHROMIUM, launchBrowser, loginAs, screenshot } from './browser.js';

const COMPANY = 'virksomhed@demo.dk';
const TASK_TITLE = `Plukning og pakning af webordrer ${Date.now().toString(36)}`;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

describe.skipIf(!CHROMIUM)('browser end-to-end: the partner company', () => {
  let t: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  let company: GqlClient;
  let consultant: GqlClient;
  let companyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    company = await t.client().login(COMPANY);
    consultant = await t.client().login('konsulent@demo.dk');
    companyId = (await company.ok<{ me: { companyId: string } }>('{ me { companyId } }')).me.companyId;
    await ensureIntern();
    browser = await launchBrowser('da');
    const context = await browser.newContext({ locale: BROWSER_LOCALE.da, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await loginAs(page, t.url, COMPANY);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A consenting, active candidate the consultant may propose (created by the adviser when the demo has none). */
  async function consentingCandidate(): Promise<{ id: string; firstName: string }> {
    const found = await consultant.ok<{ candidates: { edges: { node: { id: string; firstName: string } }[] } }>(
      '{ candidates(first: 20) { edges { node { id firstName } } } }',
    );
    const first = found.candidates.edges[0]?.node;
    if (first) return first;
    const adviser = await t.client().login('raadgiver@demo.dk');
    const created = await adviser.ok<{ createCandidate: { id: string; firstName: string } }>(
      `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id firstName } }`,
      {
        input: {
          firstName: 'Amal',
          lastName: 'Haddad',
          birthDate: '1992-04-02',
          postcode: '5000',
          targetGroup: 'INTEGRATION_PROGRAMME',
          readiness: 'JOB_READY',
          residenceCategory: 'REFUGEE',
          arrivalDate: '2022-03-01',
          danishLevel: 'A2',
          languages: ['arabisk', 'engelsk'],
          availableWeeklyHours: 25,
          hasDrivingLicence: false,
          maxCommuteKm: 20,
          industriesWished: ['52'],
          consentToShare: true,
        },
      },
    );
    return created.createCandidate;
  }

  /** The demo company has interns; if the demo data ever lacks one, the consultant starts a placement. */
  async function ensureIntern() {
    const active = await company.ok<{ placements: { totalCount: number } }>(
      'query($c: ID!) { placements(filter: { companyId: $c, status: ACTIVE }, first: 1) { totalCount } }',
      { c: companyId },
    );
    if (active.placements.totalCount > 0) return;
    const candidate = await consentingCandidate();
    await consultant.ok(`mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id } }`, {
      input: {
        candidateId: candidate.id,
        companyId,
        type: 'INTERNSHIP',
        startDate: isoDay(new Date(Date.now() - 14 * 86_400_000)),
        hoursPlan: [
          { fromWeek: 1, weeklyHours: 12, ordinaryHours: 0 },
          { fromWeek: 3, weeklyHours: 20, ordinaryHours: 4 },
        ],
        learningGoals: 'Plukning, truck og sikkerhed på lageret',
      },
    });
  }

  it('shows the start page with proposals waiting first, counts and interns', async () => {
    await page.getByTestId('company-home').waitFor();
    const headings = await page.locator('main h3').allTextContents();
    expect(headings[0]).toBe('Forslag der venter på jeres svar');
    await page.getByTestId('home-interns').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'company-home');
  });

  it('lists the tasks with status', async () => {
    await page.getByRole('link', { name: 'Opgaver', exact: true }).click();
    await page.getByRole('heading', { name: 'Jeres opgaver' }).waitFor();
    await page.getByTestId('tasks-table').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'company-tasks');
  });

  it('posts a task: the server error on 40 weekly hours stands next to the hours field, then it saves', async () => {
    await page.getByTestId('new-task').click();
    await page.getByRole('heading', { name: 'Opret en uløst opgave' }).waitFor();
    await expect.poll(() => page.getByLabel('Postnummer for arbejdsstedet').inputValue()).toBe('5220');
    await page.getByLabel('Titel').fill(TASK_TITLE);
    await page
      .getByLabel('Beskrivelse')
      .fill('Ordrer fra vores webshop skal plukkes, pakkes og gøres klar til afhentning hver formiddag.');
    const required = page.getByRole('combobox', { name: 'Krævede kompetencer' });
    await required.click();
    await required.fill('truck');
    await page.getByRole('option', { name: /Gaffeltruck/ }).click();
    await page.getByLabel('Mindsteniveau for Gaffeltruck (truckcertifikat)').first().waitFor();
    await page.keyboard.press('Escape');
    await page
      .getByLabel('Læringsmål')
      .fill('Truckcertifikat, sikkerhed på lageret, plukning med håndscanner og de vigtigste fagord på dansk.');
    const hours = page.getByTestId('task-weekly-hours');
    const openings = page.getByTestId('task-openings');
    const postcode = page.getByTestId('task-postcode');
    await hours.fill('40');
    await openings.fill('51');
    await postcode.fill('0001');
    await page.getByTestId('task-submit').click();

    // The server refuses all three at once: a summary at the top lists them, each message stands
    // at its field too (aria-describedby), and focus goes to the first invalid field.
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await expect(summary.getByRole('button').allTextContents()).resolves.toEqual([
      'Timer pr. uge kan ikke være mere end 37 om ugen.',
      'Antal pladser må højst være 50.',
      'Det er ikke et dansk geografisk postnummer.',
    ]);
    await expect.poll(() => summary.textContent()).toContain('Formularen har 3 fejl, der skal rettes');
    const form = page.getByTestId('task-form');
    const error = form.getByText('Timer pr. uge kan ikke være mere end 37 om ugen.', { exact: true }).last();
    await expect.poll(() => hours.getAttribute('aria-invalid')).toBe('true');
    const errorId = await error.getAttribute('id');
    expect(errorId).toBeTruthy();
    await expect.poll(() => hours.getAttribute('aria-describedby')).toContain(errorId!);
    await expect.poll(() => openings.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => postcode.getAttribute('aria-invalid')).toBe('true');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200)))
      .toContain('data-testid="task-weekly-hours"');
    // A link in the summary goes to its field.
    await summary.getByRole('button', { name: 'Det er ikke et dansk geografisk postnummer.' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('task-postcode');
    await expectAccessible(page);
    await screenshot(page, 'company-task-form-error');

    // The same in English: the portal and the server's messages.
    await page.getByText('EN', { exact: true }).click();
    await page.getByTestId('task-submit').click();
    await expect
      .poll(() => summary.getByRole('button').allTextContents())
      .toEqual([
        'Weekly hours cannot be more than 37 a week.',
        'Openings must be at most 50.',
        'That is not a Danish geographic postcode.',
      ]);
    await expect.poll(() => summary.textContent()).toContain('There are 3 problems to fix in the form');
    await expectAccessible(page);
    await screenshot(page, 'company-task-form-error-en');
    await page.getByText('DA', { exact: true }).click();

    await openings.fill('1');
    await postcode.fill('5220');
    await hours.fill('20');
    await page.getByTestId('task-submit').click();
    await page.getByRole('heading', { name: 'Jeres opgaver' }).waitFor();
    await expect.poll(() => page.getByTestId('notice').textContent()).toContain(TASK_TITLE);
    const row = page.getByTestId('task-row').filter({ hasText: TASK_TITLE });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain('Åben');
    await expect.poll(() => row.textContent()).toContain('20 t/uge');
    await screenshot(page, 'company-tasks-after-post');
  });

  async function postedTask(): Promise<{ id: string; version: number; openings: number }> {
    const found = await company.ok<{
      tasks: { edges: { node: { id: string; title: string; version: number; openings: number } }[] };
    }>(
      'query($s: String!) { tasks(filter: { search: $s }, first: 5) { edges { node { id title version openings } } } }',
      {
        s: TASK_TITLE,
      },
    );
    const node = found.tasks.edges.find((e) => e.node.title === TASK_TITLE)?.node;
    if (!node) throw new Error(`The task "${TASK_TITLE}" was not posted`);
    return node;
  }

  it('edits the task with its version; a change by someone else meanwhile gives a clear conflict message', async () => {
    const row = page.getByTestId('task-row').filter({ hasText: TASK_TITLE });
    await row.getByRole('link', { name: `Ret opgaven ${TASK_TITLE}` }).click();
    await page.getByRole('heading', { name: 'Ret opgaven' }).waitFor();
    await expect.poll(() => page.getByTestId('task-title').inputValue()).toBe(TASK_TITLE);
    await page.getByLabel('Mindsteniveau for Gaffeltruck (truckcertifikat)').first().waitFor();

    // Someone else saves the task while the form is open.
    const before = await postedTask();
    await company.ok(
      'mutation($id: ID!, $v: Int!) { updateTask(id: $id, input: { version: $v, openings: 3 }) { id } }',
      {
        id: before.id,
        v: before.version,
      },
    );
    await page.getByTestId('task-openings').fill('2');
    await page.getByTestId('task-submit').click();
    await page.getByTestId('conflict').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('conflict');
    await expect
      .poll(() => page.getByTestId('conflict').textContent())
      .toContain('En anden har ændret det i mellemtiden');
    await expectAccessible(page);
    await screenshot(page, 'company-task-conflict');

    await page.getByRole('button', { name: 'Hent seneste version' }).click();
    await expect.poll(() => page.getByTestId('task-openings').inputValue()).toBe('3');
    await page.getByTestId('task-openings').fill('2');
    await page.getByTestId('task-submit').click();
    await page.getByRole('heading', { name: 'Jeres opgaver' }).waitFor();
    await expect(postedTask()).resolves.toMatchObject({ openings: 2 });
  });

  it('answers a proposal: declining needs a reason', async () => {
    const taskId = (await postedTask()).id;
    const candidate = await consentingCandidate();
    const proposed = await consultant.ok<{ proposeCandidate: { id: string } }>(
      'mutation($c: ID!, $t: ID!) { proposeCandidate(candidateId: $c, taskId: $t, note: "Stabil og lærer hurtigt.") { id } }',
      { c: candidate.id, t: taskId },
    );

    await page.getByRole('link', { name: 'Forslag', exact: true }).click();
    await page.getByRole('heading', { name: 'Forslag til jeres opgaver' }).waitFor();
    const card = page.getByTestId('proposal-card').filter({ hasText: TASK_TITLE });
    await card.waitFor();
    await expect.poll(() => card.getByRole('heading', { level: 3 }).textContent()).toBe(candidate.firstName);
    await expectAccessible(page);
    await screenshot(page, 'company-proposals');

    await card.getByTestId('decline').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Afvis forslaget' }).click();
    await dialog.getByText('Skriv en begrundelse.').waitFor();
    await dialog.getByLabel('Begrundelse').fill('Vi har brug for en med truckcertifikat fra første dag.');
    await expectAccessible(page);
    await screenshot(page, 'company-proposal-decline');
    await dialog.getByRole('button', { name: 'Afvis forslaget' }).click();
    await page
      .getByTestId('notice')
      .filter({ hasText: `I har afvist ${candidate.firstName}` })
      .waitFor();
    await expect.poll(() => card.count()).toBe(0);

    const after = await consultant.ok<{ proposal: { status: string; reason: string } }>(
      'query($id: ID!) { proposal(id: $id) { status reason } }',
      { id: proposed.proposeCandidate.id },
    );
    expect(after.proposal).toEqual({
      status: 'DECLINED',
      reason: 'Vi har brug for en med truckcertifikat fra første dag.',
    });
  });

  it('reports hours for an intern', async () => {
    await page.getByRole('link', { name: 'Praktikanter', exact: true }).click();
    await page.getByRole('heading', { name: 'Jeres praktikanter' }).waitFor();
    const card = page.getByTestId('intern-card').first();
    await card.getByTestId('hours-plan').waitFor();
    const name = (await card.getByRole('heading', { level: 3 }).textContent()) ?? '';
    await expectAccessible(page);
    await screenshot(page, 'company-interns');

    // The demo seeds follow-ups relative to its own start, so whether this intern already has a report
    // on the form's day depends on the clock. Read the day the form offers and the intern's reports, and
    // check the rule (ask whether it corrects one exactly when a report exists that day), not the date.
    const { placements } = await company.ok<{
      placements: { edges: { node: { candidateFirstName: string; followUps: { date: string }[] } }[] };
    }>(
      '{ placements(filter: { status: ACTIVE }, first: 50) { edges { node { candidateFirstName followUps { date } } } } }',
    );

    await card.getByTestId('report-hours').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const formDay = await dialog.getByTestId('fu-date').inputValue();
    expect(formDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const hasToday = placements.edges.some(
      (e) => e.node.candidateFirstName === name && e.node.followUps.some((f) => f.date === formDay),
    );
    expect(await dialog.getByTestId('same-day-notice').count()).toBe(hasToday ? 1 : 0);
    if (hasToday) await dialog.getByTestId('fu-corrects').check();
    await dialog.getByTestId('fu-attended').fill('20');
    await dialog.getByTestId('fu-ordinary').fill('4');
    await dialog.getByTestId('fu-absence').fill('1');
    await dialog.getByRole('radio', { name: '4 – God' }).check();
    await dialog.getByTestId('fu-note').fill('Godt i gang på lageret. Vil gerne have flere timer.');
    await expectAccessible(page);
    await screenshot(page, 'company-report-hours');
    await dialog.getByTestId('fu-submit').click();
    await page
      .getByTestId('notice')
      .filter({ hasText: `Timerne for ${name} er gemt.` })
      .waitFor();
    await expect.poll(() => dialog.count()).toBe(0);
    const latest = card.getByTestId('latest-follow-up');
    await expect.poll(() => latest.textContent()).toContain('20 t mødt, heraf 4 ordinære, 1 fraværsdag,');
    await screenshot(page, 'company-interns-after-report');
  });

  it('lists and creates IGU slots', async () => {
    await page.getByRole('link', { name: 'IGU-pladser', exact: true }).click();
    await page.getByRole('heading', { name: 'Jeres IGU-pladser' }).waitFor();
    await page.getByTestId('igu-table').or(page.getByText('I har ingen IGU-pladser')).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'company-igu-slots');

    await page.getByTestId('new-igu-slot').click();
    await page.getByRole('heading', { name: 'Opret en IGU-plads' }).waitFor();
    await page.getByTestId('igu-title').fill('Lagermedhjælper (IGU)');
    await page.getByTestId('igu-start').fill(isoDay(new Date(Date.now() + 30 * 86_400_000)));
    await page.getByTestId('igu-wage').fill('125');
    await expectAccessible(page);
    await screenshot(page, 'company-igu-form');
    await page.getByTestId('igu-submit').click();
    await page.getByRole('heading', { name: 'Jeres IGU-pladser' }).waitFor();
    await page.getByTestId('igu-row').filter({ hasText: 'Lagermedhjælper (IGU)' }).waitFor();
  });

  it('fits a tablet', async () => {
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.goto(`${t.url}/company/proposals`);
    await page.getByRole('heading', { name: 'Forslag til jeres opgaver' }).waitFor();
    await page.getByTestId('proposal-card').first().or(page.getByText('Ingen forslag med denne status.')).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'company-proposals-tablet');
    await page.goto(`${t.url}/company/tasks/new`);
    await page.getByRole('heading', { name: 'Opret en uløst opgave' }).waitFor();
    await screenshot(page, 'company-task-form-tablet');
  });
});
