import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type Data, type Fixtures, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { DashboardPage, everyMonth } from './DashboardPage.js';

const DASHBOARD: Data<'OverviewDashboard'>['dashboard'] = {
  activePlacements: 12,
  candidatesActive: 40,
  shareAtLeast18_5OrdinaryHours: 0.525,
  shareAt37OrdinaryHours: 0.1,
  conversionsToOrdinaryHours: 5,
  iguSlotsPublic: 3,
  iguSlotsPrivate: 7,
  activationGapBreaches: 2,
  placementsByType: [
    { type: 'INTERNSHIP', count: 8 },
    { type: 'WAGE_SUBSIDY', count: 4 },
  ],
  placementsByIndustry: [{ industryCode: '52', industryName: 'Lager', industryNameEn: null, count: 12 }],
  ladder: [
    { step: { key: 'ASSESSMENT', label: 'Afklaring', position: 1 }, count: 20 },
    { step: { key: 'INTERNSHIP', label: 'Virksomhedspraktik', position: 2 }, count: 9 },
    { step: { key: 'SUBSIDISED', label: 'Løntilskud/IGU', position: 3 }, count: 4 },
    { step: { key: 'ORDINARY_HOURS', label: 'Ordinære timer', position: 4 }, count: 6 },
    { step: { key: 'ORDINARY_JOB', label: 'Ordinært job', position: 5 }, count: 1 },
  ],
  conversionsByMonth: [
    { month: '2026-09', count: 2 },
    { month: '2026-10', count: 3 },
  ],
  byConsultant: [{ consultant: { id: 'c1', name: 'Kasper Konsulent' }, activePlacements: 12, conversions: 5 }],
};

const handlers: Fixtures = {
  OverviewDashboard: { data: { dashboard: DASHBOARD } },
  Industries: { data: { industries: [{ code: '52', name: 'Lager', nameEn: null, level: 'DIVISION', section: 'H' }] } },
};

describe('DashboardPage', () => {
  beforeAll(() => {
    // happy-dom lays nothing out, so recharts warns about a 0×0 chart: the drawing is checked in the browser test.
    const warn = console.warn.bind(console);
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes('of chart should be greater than 0')) warn(...args);
    });
  });

  it('shows the key figures in Danish number format', async () => {
    const { client } = fakeClient(handlers);
    renderPage(client, <DashboardPage />);
    expect((await screen.findByTestId('card-active-value')).textContent).toBe('12');
    expect(screen.getByTestId('card-share18-value').textContent).toMatch(/^52,5[\u00a0\u202f]%$/);
    expect(screen.getByTestId('card-share18').textContent).toContain('21 af 40 aktive borgere');
    expect(screen.getByTestId('card-share37-value').textContent).toMatch(/^10[\u00a0\u202f]%$/);
    expect(screen.getByTestId('card-breaches-value').textContent).toBe('2');
    expect(screen.getByRole('heading', { level: 2, name: 'Overblik' })).toBeTruthy();
  });

  it('gives every chart a text alternative: a summary and a table of its numbers', async () => {
    const { client } = fakeClient(handlers);
    renderPage(client, <DashboardPage />);
    await screen.findByTestId('chart-type');
    const byType = screen.getByRole('table', { name: 'Tabel: Aktive forløb efter type' });
    expect(within(byType).getByRole('rowheader', { name: 'Virksomhedspraktik' })).toBeTruthy();
    expect(within(byType).getByText('8')).toBeTruthy();
    expect(screen.getByTestId('chart-type-summary').textContent).toBe('Flest: Virksomhedspraktik med 8. I alt 12.');
    expect(screen.getByTestId('chart-igu-summary').textContent).toBe('3 offentlige og 7 private IGU-pladser.');
    expect(screen.getByTestId('chart-months-summary').textContent).toContain('5 overgange over 2 måneder');
    expect(screen.getByTestId('chart-ladder-summary').textContent).toBe('Flest: 1. Afklaring med 20. I alt 40.');
    expect(screen.getByRole('table', { name: 'Tabel: Aktive forløb efter branche' })).toBeTruthy();
    expect(within(screen.getByTestId('consultant-table')).getByText('Kasper Konsulent')).toBeTruthy();
  });

  it('says so in words when the figures cannot be loaded', async () => {
    const { client } = fakeClient({
      ...handlers,
      OverviewDashboard: { error: new Error('Serveren svarer ikke') },
    });
    renderPage(client, <DashboardPage />);
    expect((await screen.findByRole('alert')).textContent).toContain('Serveren svarer ikke');
  });

  it('tells a company user the page is not for them', async () => {
    const { client, calls } = fakeClient(handlers, { role: 'COMPANY' });
    renderPage(client, <DashboardPage />);
    expect((await screen.findByTestId('forbidden')).textContent).toContain('jobcentrets medarbejdere');
    expect(calls.some((c) => c.name === 'OverviewDashboard')).toBe(false);
  });
});

describe('everyMonth', () => {
  it('fills the months without conversions with zeros, across a new year', () => {
    expect(
      everyMonth([
        { month: '2025-11', count: 2 },
        { month: '2026-02', count: 1 },
      ]),
    ).toEqual([
      { month: '2025-11', count: 2 },
      { month: '2025-12', count: 0 },
      { month: '2026-01', count: 0 },
      { month: '2026-02', count: 1 },
    ]);
    expect(everyMonth([])).toEqual([]);
  });
});
