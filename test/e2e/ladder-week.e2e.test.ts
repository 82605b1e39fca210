import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { CHROMIUM, expectNoRawKeys, launchBrowser, loginAs, screenshotFromTop } from './browser.js';

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
  },
  {
    lang: 'en' as const,
    ladder: 'Progression ladder',
    over: 'The week is over 37 hours',
    exception: 'Exception confirmed by',
  },
];

describe.skipIf(!CHROMIUM)('browser: the planned week and the progression ladder on the person page', () => {
  let t: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let person: Person;

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
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const run of RUNS) {
    it(`shows the step, its history and the week's exception in ${run.lang}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page: Page = await context.newPage();
      try {
        await loginAs(page, t.url, 'raadgiver@demo.dk');
        if (run.lang === 'en') await page.getByText('EN', { exact: true }).click();
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
});
