import { screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n/index.js';
import { type Data, type Fixtures, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { EffectPage } from './EffectPage.js';

const milestone = (months: number, observed: number, share: number) => ({
  months,
  observed,
  shareWithOrdinaryHours: share,
  medianOrdinaryHours: 8,
  shareInOrdinaryWork: share,
});

const REPORT: Data<'OverviewEffect'>['effectReport'] = {
  from: '2026-01-01',
  to: '2026-06-30',
  summary: 'Et hold på 3 personer.',
  cohorts: [
    {
      month: '2026-01',
      type: 'INTERNSHIP',
      people: 3,
      milestones: [milestone(3, 3, 1 / 3), milestone(6, 0, 0), milestone(12, 0, 0)],
    },
  ],
  totals: [3, 6, 12].map((months) => ({
    months,
    observed: 3,
    withOrdinaryHours: 1,
    shareWithOrdinaryHours: 1 / 3,
    medianOrdinaryHours: 8,
    inOrdinaryWork: 1,
    shareInOrdinaryWork: 1 / 3,
  })),
  byCompany: [{ id: 'c1', name: 'Lager A/S', ended: 3, converted: 1, rate: 1 / 3 }],
  byConsultant: [{ id: 'k1', name: 'Kasper Konsulent', ended: 3, converted: 1, rate: 1 / 3 }],
};

const handlers: Fixtures = {
  OverviewEffect: { data: { effectReport: REPORT } },
  Industries: { data: { industries: [] } },
};

/** A percent sign after an ordinary (breakable) space: "33.3 %" could wrap to "33.3" / "%". */
const BREAKABLE_PERCENT = /[ \t\n]%/;

describe('EffectPage percentages', () => {
  beforeAll(() => {
    // happy-dom lays nothing out, so recharts warns about a 0×0 chart: the drawing is checked in the browser test.
    const warn = console.warn.bind(console);
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
    });
  });
  afterEach(() => i18n.changeLanguage('da'));

  it('keeps the % sign on its number’s line in Danish: a no-break space, never an ordinary one', async () => {
    await i18n.changeLanguage('da');
    renderPage(fakeClient(handlers).client, <EffectPage />);
    const chartTable = await screen.findByRole('table', { name: /Andel med ordinære timer efter startmåned/ });
    // The chart's text alternative (its bars as words) and the rate columns.
    expect(chartTable.textContent).toContain('Efter 3 måneder: 33,3\u00a0%');
    expect(document.body.textContent).toContain('33,3\u00a0%');
    expect(document.body.textContent).not.toMatch(BREAKABLE_PERCENT);
  });

  it('writes 33.3% in English, with no space to break at', async () => {
    await i18n.changeLanguage('en');
    renderPage(fakeClient(handlers).client, <EffectPage />);
    await screen.findByText('Lager A/S');
    expect(document.body.textContent).toContain('After 3 months: 33.3%');
    expect(document.body.textContent).not.toMatch(BREAKABLE_PERCENT);
  });
});
