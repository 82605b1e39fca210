import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { browsersByLanguage, CHROMIUM, expectNoRawKeys, loginAs, screenshotFromTop } from './browser.js';

/** Issue 16, items 3 and 5 on the person's page: the week against the obligation and the progression ladder. */
interface Person {
  id: string;
  firstName: string;
  version: number;
  ladderStep: { position: number } | null;
  plannedWeek: { peakTotal: number; activities: { kind: string; label: string; weeklyHours: number }[] };
}

const RUNS = [
  {
    lang: 'da' as const,
    ladder: 'Progressionstrappe',
    over: 'Ugen er over 37 timer',
    exception: 'Undtagelse bekræftet af',
    correct: 'Ret trin',
    reasonRequired: 'Skriv en begrundelse.',
    option: '3. Løntilskud/IGU',
    reason: 'Har haft løntilskud i en anden kommune',
    saved: 'Trinnet er rettet til Løntilskud/IGU.',
    corrected: 'Rettet af rådgiver',
    correctedBy: 'Rettet af Rikke Rådgiver: »Har haft løntilskud i en anden kommune«',
    skipped: '2. Virksomhedspraktik (sprunget over)',
    reached: '✓ 1. Afklaring (nået)',
  },
  {
    lang: 'en' as const,
    ladder: 'Progression ladder',
    over: 'The week is over 37 hours',
    exception: 'Exception confirmed by',
    correct: 'Correct step',
    reasonRequired: 'Write a reason.',
    option: '3. Wage subsidy/IGU',
    reason: 'Had a wage subsidy in another municipality',
    saved: 'The step is corrected to Wage subsidy/IGU.',
    corrected: 'Corrected by the adviser',
    correctedBy: 'Corrected by Rikke Rådgiver: “Had a wage subsidy in another municipality”',
    skipped: '2. Internship (skipped)',
    reached: '✓ 1. Assessment (reached)',
  },
];

describe.skipIf(!CHROMIUM)('browser: the planned week and the progression ladder on the person page', () => {
  let t: TestApp;
  const browsers = browsersByLanguage();
  let person: Person;
  /** Two people of the caseload still on the first step: one corrected by hand per language. */
  let firstStep: Person[];

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    const adviser: GqlClient = await t.client().login('raadgiver@demo.dk');
    const list = await adviser.ok<{ candidates: { edges: { node: Person }[] } }>(
      `query { candidates(filter: { mine: true }, first: 100) { edges { node {
         id firstName version ladderStep { position } plannedWeek { peakTotal activities { kind label weeklyHours } } } } } }`,
    );
    // Someone a few steps up whose week leaves room for one more activity of up to 37 hours.
    const found = list.candidates.edges
      .map((e) => e.node)
      .find((c) => (c.ladderStep?.position ?? 0) >= 3 && c.plannedWeek.peakTotal >= 10);
    if (!found) throw new Error('the demo caseload has nobody on step 3 or higher with a planned week');
    person = found;
    firstStep = list.candidates.edges.map((e) => e.node).filter((c) => c.ladderStep?.position === 1);
    if (firstStep.length < RUNS.length) throw new Error('the demo caseload has too few people on the first step');
    // The adviser confirms a week over full time with a reason (the page shows it).
    const extra = Math.min(37, 40 - person.plannedWeek.peakTotal);
    await adviser.ok(
      'mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id } }',
      {
        id: person.id,
        input: {
          version: person.version,
          weeklyActivities: [
            ...person.plannedWeek.activities.map(({ kind, label, weeklyHours }) => ({ kind, label, weeklyHours })),
            { kind: 'EDUCATION', label: 'Intensivt dansk før prøven', weeklyHours: extra },
          ],
          weekExceptionReason: 'Intensivt dansk i fire uger før prøven; aftalt med borgeren',
        },
      },
    );
  }, 300_000);
  afterAll(async () => {
    await browsers.close();
    await t?.close();
  });

  for (const run of RUNS) {
    it(`shows the step, its history and the week's exception in ${run.lang}`, async () => {
      const context = await browsers.context(run.lang, { viewport: { width: 1280, height: 900 } });
      const page: Page = await context.newPage();
      try {
        await loginAs(page, t.url, 'raadgiver@demo.dk');
        await page.getByText(run.lang.toUpperCase(), { exact: true }).click();
        await page.goto(`${t.url}/adviser/candidates/${person.id}`);
        await page.getByTestId('ladder-section').waitFor();
        const ladder = (await page.getByTestId('ladder-section').textContent()) ?? '';
        expect(ladder).toContain(run.ladder);
        expect(await page.getByTestId('ladder-history').locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
        const over = (await page.getByTestId('week-over-full-time').textContent()) ?? '';
        expect(over).toContain(run.over);
        expect(over).toContain(run.exception);
        expect(over).toContain('Intensivt dansk i fire uger');
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `person-ladder-week-${run.lang}`);
      } finally {
        await context.close();
      }
    }, 120_000);
  }

  RUNS.forEach((run, i) => {
    it(`the adviser corrects a step by hand with a reason, and the skipped step shows, in ${run.lang}`, async () => {
      const who = firstStep[i]!;
      const context = await browsers.context(run.lang, { viewport: { width: 1280, height: 900 } });
      const page: Page = await context.newPage();
      try {
        await loginAs(page, t.url, 'raadgiver@demo.dk');
        // The language is stored on the user: choose it either way (an earlier test may have left English).
        await page.getByText(run.lang.toUpperCase(), { exact: true }).click();
        await page.goto(`${t.url}/adviser/candidates/${who.id}`);
        const section = page.getByTestId('ladder-section');
        await section.waitFor();
        // On the first step: nothing below it, so nothing reached or skipped yet.
        expect(await section.getByTestId('ladder-step-skipped').count()).toBe(0);
        expect(await page.getByTestId('ladder-correct').textContent()).toBe(run.correct);
        await page.getByTestId('ladder-correct').click();
        const form = page.getByTestId('ladder-correct-form');
        await form.waitFor();
        // The step is required, and so is the reason: said at the field, nothing saved.
        await page.getByTestId('ladder-correct-step').click();
        await page.getByRole('option', { name: run.option, exact: true }).click();
        await page.getByTestId('ladder-correct-save').click();
        await form.getByText(run.reasonRequired).waitFor();
        await expectAccessible(page);
        await page.getByTestId('ladder-correct-reason').fill(run.reason);
        await page.getByTestId('ladder-correct-save').click();

        await page.getByTestId('ladder-corrected').waitFor();
        expect(await page.getByTestId('ladder-corrected').textContent()).toBe(run.saved);
        expect(await page.getByTestId('ladder-correct-form').count()).toBe(0);
        // The page reads the step afresh: step 3 now, step 2 skipped (never stood on), step 1 reached.
        await section.locator('[aria-current="step"]', { hasText: run.option }).waitFor();
        expect(await section.getByTestId('ladder-step-skipped').allTextContents()).toEqual([run.skipped]);
        expect(await section.getByTestId('ladder-step-reached').allTextContents()).toEqual([run.reached]);
        // The history has the correction, who made it and why.
        const rows = page.getByTestId('ladder-history').locator('tbody tr');
        expect(await rows.count()).toBe(1);
        expect(await rows.first().textContent()).toContain(run.corrected);
        expect(await page.getByTestId('ladder-correction-reason').textContent()).toBe(run.correctedBy);
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `person-ladder-corrected-${run.lang}`);
      } finally {
        await context.close();
      }
    }, 120_000);
  });
});
