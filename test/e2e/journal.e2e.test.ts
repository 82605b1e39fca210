/**
 * The placement journal and the adviser's work queue in Chromium, in Danish and in English (issue 14
 * items 4–5): a follow-up recorded twice on one date must be confirmed as a correction, after which the
 * old one stays in the history marked corrected; an alert can be snoozed to a date or handled with a
 * note and moves to the history. Each language works on its own placement and its own alerts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { expectAccessible } from './axe.js';
import { CHROMIUM, expectNoRawKeys, launchBrowser, loginAs, newPage, screenshotFromTop } from './browser.js';

const ISO = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => ISO(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));
/** Today in Denmark, as the portal sees it. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

const RUNS = [
  {
    lang: 'da' as const,
    words: {
      correctsRequired: 'Vælg, om den nye opfølgning retter den eksisterende, eller vælg en anden dato.',
      sameDayTitle: /Der er allerede en opfølgning den/,
      correctsLabel: 'Ja, denne opfølgning retter den',
      corrected: 'Rettet',
      snoozed: /Advarslen er udsat til/,
      handled: 'Advarslen er håndteret og flyttet til historikken.',
      historyTitle: 'Historik',
      snoozedStatus: /Udsat til/,
      handledStatus: /Håndteret/,
      note: 'Ringede til virksomheden, opfølgning aftalt.',
      /** Words of the other language that must not appear in an alert's text. */
      foreign: /\b(the|has|was|overdue)\b/,
      converted: 'Overgået til ordinære timer',
      endDate: 'Slutdato',
      /** The job's hours and wage typed as a Danish reader types them. */
      hours: '18,5',
      wage: '152,50',
      fullHours: '37',
      fullWage: '160',
      // Money always with øre (Intl puts a no-break space before kr.).
      conversionValue: (date: string) => `18,5 t/uge til 152,50\u00a0kr. i timen fra ${date}`,
      shareHint: /(\d+) af (\d+) aktive borgere/,
    },
  },
  {
    lang: 'en' as const,
    words: {
      correctsRequired: 'Choose whether the new follow-up corrects the existing one, or choose another date.',
      sameDayTitle: /There is already a follow-up on/,
      correctsLabel: 'Yes, this follow-up corrects it',
      corrected: 'Corrected',
      snoozed: /The alert is snoozed until/,
      handled: 'The alert is handled and moved to the history.',
      historyTitle: 'History',
      snoozedStatus: /Snoozed until/,
      handledStatus: /Handled/,
      note: 'Called the company, follow-up agreed.',
      foreign: /\b(hos|har|skulle|forsinket|virksomhedsrettet)\b/,
      converted: 'Converted to ordinary hours',
      endDate: 'End date',
      hours: '18.5',
      wage: '152.50',
      fullHours: '37',
      fullWage: '160',
      conversionValue: (date: string) => `18.5 h/week at DKK\u00a0152.50 an hour from ${date}`,
      shareHint: /(\d+) of (\d+) active candidates/,
    },
  },
];

interface DemoPlacement {
  id: string;
  startDate: string;
  candidate: { id: string; currentOrdinaryHours: number } | null;
  followUps: { date: string }[];
}

/** The same day format as the portal's (adviser/format.ts): "21. dec. 2026", "21 Dec 2026". */
const shownDate = (lang: 'da' | 'en', iso: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'da-DK', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

describe.skipIf(!CHROMIUM)('browser end-to-end: placement journal and work queue', () => {
  let t: TestApp;
  /** One ACTIVE placement of the adviser's caseload per language, begun at least three weeks ago. */
  const placements: DemoPlacement[] = [];
  /**
   * Per language, two more to end as conversions: one to a job that starts in the future, one to a full-time
   * job that has begun (its person below 37 ordinary hours so far, so the dashboard's full-time count must rise).
   */
  const conversions: { future: DemoPlacement; begun: DemoPlacement }[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemo(t.runtime.services, {});
    await t.runtime.services.search.rebuildAll(t.runtime.orm.em.fork());
    const adviser = await t.client().login('raadgiver@demo.dk');
    const r = await adviser.ok<{ placements: { edges: { node: DemoPlacement }[] } }>(
      `query { placements(filter: { status: ACTIVE }, first: 100) {
         edges { node { id startDate candidate { id currentOrdinaryHours } followUps { date } } } } }`,
    );
    const begun = addDays(today(), -21);
    const pool = r.placements.edges.map((e) => e.node).filter((p) => p.candidate && p.startDate <= begun);
    placements.push(...pool.splice(0, RUNS.length));
    // Distinct people for the full-time jobs: someone already at 37 hours, or counted twice, would not move the count.
    const used = new Set(placements.map((p) => p.candidate!.id));
    const take = (fits: (p: DemoPlacement) => boolean) => {
      const at = pool.findIndex((p) => !used.has(p.candidate!.id) && fits(p));
      if (at < 0) throw new Error('the demo has too few ACTIVE placements begun 3 weeks ago');
      const [p] = pool.splice(at, 1);
      used.add(p!.candidate!.id);
      return p!;
    };
    for (const _ of RUNS) {
      const begunJob = take((p) => p.candidate!.currentOrdinaryHours < 37);
      conversions.push({ future: take(() => true), begun: begunJob });
    }
    if (placements.length < RUNS.length) throw new Error('the demo has too few ACTIVE placements begun 3 weeks ago');
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  for (const [i, run] of RUNS.entries()) {
    describe(`in ${run.lang === 'da' ? 'Danish' : 'English'}`, () => {
      let browser: Awaited<ReturnType<typeof launchBrowser>>;
      let page: Page;
      const w = run.words;

      beforeAll(async () => {
        // Each language in its own browser: date fields as a Danish or an English reader's browser draws them.
        browser = await launchBrowser(run.lang);
        page = await newPage(browser, run.lang, { viewport: { width: 1280, height: 900 } });
        page.on('pageerror', (e) => pageErrors.push(e.message));
        await loginAs(page, t.url, 'raadgiver@demo.dk');
        if (run.lang === 'en') await page.getByText('EN', { exact: true }).click();
      });

      afterAll(async () => {
        await page?.close();
        await browser?.close();
      });

      it('asks whether a second follow-up on the same date corrects the first, and keeps both', async () => {
        const p = placements[i]!;
        // A date in the placement without a follow-up yet: the first one recorded there is new, not a correction.
        const taken = new Set(p.followUps.map((f) => f.date));
        let date = addDays(today(), -3);
        while (taken.has(date)) date = addDays(date, -1);
        expect(date >= p.startDate).toBe(true);

        await page.goto(`${t.url}/adviser/placements/${p.id}`);
        await page.getByTestId('followup-form').waitFor();
        const before = await page.getByTestId('followup-row-superseded').count();
        const rowsBefore = await page.getByTestId('followup-row').count();
        const form = page.getByTestId('followup-form');
        const record = async (attended: string, ordinary: string) => {
          await form.locator('input[type="date"]').first().fill(date);
          await page.getByTestId('fu-attended').fill(attended);
          await page.getByTestId('fu-ordinary').fill(ordinary);
          await form.getByRole('radio').nth(3).check();
          await page.getByTestId('followup-submit').click();
        };

        await record('20', '4');
        await page.getByTestId('followup-saved').waitFor();
        const rows = rowsBefore + 1;
        await expect.poll(() => page.getByTestId('followup-row').count()).toBe(rows);

        // The same date again: the form says there is one already and will not save until told it corrects it.
        await record('22', '6');
        await expect.poll(() => page.getByTestId('same-day-notice').textContent()).toMatch(w.sameDayTitle);
        await expect.poll(() => form.textContent()).toContain(w.correctsRequired);
        expect(await page.getByTestId('followup-row').count()).toBe(rows);
        await expectAccessible(page);
        await screenshotFromTop(page, `journal-same-day-${run.lang}`);

        await form.getByLabel(w.correctsLabel).check();
        await page.getByTestId('followup-submit').click();
        await page.getByTestId('followup-saved').waitFor();
        // The corrected one stays in the history, marked; the correction takes its place.
        await expect.poll(() => page.getByTestId('followup-row-superseded').count()).toBe(before + 1);
        expect(await page.getByTestId('followup-row').count()).toBe(rows);
        const superseded = page.getByTestId('followup-row-superseded').last();
        await expect.poll(() => superseded.textContent()).toContain(w.corrected);
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `journal-corrected-${run.lang}`);
      });

      it('ends placements as conversions: a job starting in 14 days with hours and wage, and one begun that counts toward 37', async () => {
        /** The dashboard's count of people at 37 ordinary hours ("n of m active candidates" under the share). */
        const fullTimeCount = async () => {
          await page.goto(`${t.url}/overview`);
          await page.getByTestId('card-share37-value').waitFor();
          const hint = ((await page.getByTestId('card-share37').textContent()) ?? '').match(w.shareHint);
          expect(hint, 'the 37-hour card says how many of how many').not.toBeNull();
          return Number(hint![1]);
        };
        const endAsConversion = async (
          p: DemoPlacement,
          hours: string,
          wage: string,
          start: (shownToday: string) => string,
        ) => {
          await page.goto(`${t.url}/adviser/placements/${p.id}`);
          await page.getByTestId('end-open').click();
          const form = page.getByTestId('end-form');
          await form.getByLabel(w.converted).check();
          // Today as the page has it: the end date it proposes.
          const shownToday = await form.getByLabel(w.endDate).inputValue();
          expect(shownToday).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          const startDate = start(shownToday);
          await page.getByTestId('conv-hours').fill(hours);
          await page.getByTestId('conv-wage').fill(wage);
          await page.getByTestId('conv-start').fill(startDate);
          return { form, startDate };
        };
        const before = await fullTimeCount();

        // A job that starts 14 days after the day the page shows, hours and wage typed the reader's way.
        const future = conversions[i]!.future;
        const { startDate } = await endAsConversion(future, w.hours, w.wage, (shown) => addDays(shown, 14));
        await expectAccessible(page);
        await screenshotFromTop(page, `journal-conversion-form-${run.lang}`);
        await page.getByTestId('end-submit').click();
        await page.getByTestId('outcome-box').waitFor();
        await expect.poll(() => page.getByTestId('outcome-box').textContent()).toContain(w.converted);
        await expect
          .poll(() => page.getByTestId('conversion-value').textContent())
          .toBe(w.conversionValue(shownDate(run.lang, startDate)));
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `journal-conversion-ended-${run.lang}`);
        // A job not begun yet does not count toward 37 hours today.
        expect(await fullTimeCount()).toBe(before);

        // A full-time job that began 14 days into the placement (a date of the demo's own data): it counts.
        await endAsConversion(conversions[i]!.begun, w.fullHours, w.fullWage, () =>
          addDays(conversions[i]!.begun.startDate, 14),
        );
        await page.getByTestId('end-submit').click();
        await expect.poll(() => page.getByTestId('outcome-box').textContent()).toContain(w.converted);
        expect(await fullTimeCount()).toBe(before + 1);
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `journal-conversion-dashboard-${run.lang}`);
      });

      it('snoozes one alert and handles another from the work queue; both move to the history', async () => {
        await page.goto(`${t.url}/`);
        const alerts = page.getByTestId('alert');
        await alerts.first().waitFor();
        const count = await alerts.count();
        expect(count).toBeGreaterThanOrEqual(2);
        const history = page.getByTestId('alert-history-item');
        const historyBefore = await history.count();
        await expectAccessible(page);

        const first = alerts.first();
        await first.getByTestId('alert-snooze').click();
        await first.getByTestId('alert-snooze-until').fill(addDays(today(), 7));
        await first.getByTestId('alert-snooze-submit').click();
        await expect.poll(() => page.getByTestId('alert-notice').textContent()).toMatch(w.snoozed);
        await expect.poll(() => alerts.count()).toBe(count - 1);

        const second = alerts.first();
        await second.getByTestId('alert-handle').click();
        // An empty note is refused with a reason, not sent.
        await second.getByTestId('alert-handle-submit').click();
        await expect.poll(() => second.getByTestId('alert-handle-note').getAttribute('aria-invalid')).toBe('true');
        await second.getByTestId('alert-handle-note').fill(w.note);
        await second.getByTestId('alert-handle-submit').click();
        await expect.poll(() => page.getByTestId('alert-notice').textContent()).toBe(w.handled);
        await expect.poll(() => alerts.count()).toBe(count - 2);

        await expect.poll(() => history.count()).toBe(historyBefore + 2);
        const statuses = await history.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
        expect(statuses).toEqual(expect.arrayContaining(['SNOOZED', 'HANDLED']));
        const historyText = (await page.getByTestId('alert-history').textContent()) ?? '';
        expect(historyText).toContain(w.historyTitle);
        expect(historyText).toMatch(w.snoozedStatus);
        expect(historyText).toMatch(w.handledStatus);
        expect(historyText).toContain(w.note);
        // The alerts acted on in the other language read in this one (the notes stay as written).
        const messages = await page.getByTestId('alert-history-message').allTextContents();
        expect(messages.length).toBe(historyBefore + 2);
        for (const m of messages) expect(m).not.toMatch(w.foreign);
        await expectNoRawKeys(page);
        await expectAccessible(page);
        await screenshotFromTop(page, `journal-work-queue-${run.lang}`);
      });
    });
  }

  it('raised no script errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
