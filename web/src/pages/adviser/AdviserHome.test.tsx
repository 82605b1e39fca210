import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Data, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { AdviserHome } from './AdviserHome.js';
import { alertMarkers } from './CandidatesPage.js';

const alerts: Data<'AdviserAlerts'>['alerts'] = [
  {
    id: 'ACTIVATION_GAP:c1:2026-11-01',
    kind: 'ACTIVATION_GAP',
    severity: 'CRITICAL',
    dueDate: '2026-11-01',
    message: 'Amina har været uden virksomhedsrettet tilbud i 7 uger.',
    candidate: { id: 'c1', firstName: 'Amina', name: 'Amina Hassan' },
    company: null,
    placement: null,
  },
  {
    id: 'FOLLOW_UP_OVERDUE:p1:2026-11-20',
    kind: 'FOLLOW_UP_OVERDUE',
    severity: 'WARNING',
    dueDate: '2026-11-20',
    message: 'Opfølgning på Yusufs forløb er overskredet.',
    candidate: { id: 'c2', firstName: 'Yusuf', name: 'Yusuf Ali' },
    company: { id: 'co1', name: 'Lager A/S' },
    placement: { id: 'p1' },
  },
  {
    id: 'PROGRESSION_STALLED:p1:2026-11-21',
    kind: 'PROGRESSION_STALLED',
    severity: 'WARNING',
    dueDate: '2026-11-21',
    message: 'Yusufs timer stiger ikke.',
    candidate: { id: 'c2', firstName: 'Yusuf', name: 'Yusuf Ali' },
    company: null,
    placement: { id: 'p1' },
  },
];

const summary: Data<'AdviserCaseloadSummary'> = {
  all: { totalCount: 12 },
  jobReady: { totalCount: 7 },
  activityReady: { totalCount: 4 },
  educationReady: { totalCount: 1 },
  activePlacements: { totalCount: 5 },
};

describe('AdviserHome', { timeout: 20_000 }, () => {
  it('shows alerts first, grouped by severity, with links, then the caseload in numbers', () => {
    const { client } = fakeClient(
      {
        AdviserAlerts: { data: { alerts } },
        AdviserCaseloadSummary: { data: summary },
        AdviserAlertHistory: { data: { alertHistory: [] } },
      },
      { role: 'ADVISER' },
    );
    renderPage(client, <AdviserHome />);
    const critical = screen.getByTestId('alerts-CRITICAL');
    expect(within(critical).getByRole('heading', { name: /Kritisk – handl nu \(1\)/ })).toBeTruthy();
    expect(within(critical).getByText(/uden virksomhedsrettet tilbud/)).toBeTruthy();
    expect(within(critical).getByText('6-ugers-reglen')).toBeTruthy();
    // The full name: unambiguous in the caseload.
    expect(within(critical).getByRole('link', { name: 'Åbn Amina Hassan' }).getAttribute('href')).toBe(
      '/adviser/candidates/c1',
    );
    expect(within(critical).getByRole('button', { name: 'Udsæt' })).toBeTruthy();
    expect(within(critical).getByRole('button', { name: 'Markér som håndteret' })).toBeTruthy();
    const warnings = screen.getByTestId('alerts-WARNING');
    expect(within(warnings).getAllByTestId('alert')).toHaveLength(2);
    expect(within(warnings).getAllByRole('link', { name: 'Åbn forløbet' })[0]!.getAttribute('href')).toBe(
      '/adviser/placements/p1',
    );
    expect(screen.queryByTestId('alerts-INFO')).toBeNull();
    // alerts come before the summary in the page
    const order = screen.getByTestId('adviser-alerts').compareDocumentPosition(screen.getByTestId('adviser-summary'));
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(screen.getByTestId('sum-candidates')).getByText('12')).toBeTruthy();
    expect(screen.getByText('Borgere med advarsler').nextSibling?.textContent).toBe('2');
  });

  it('says so in words when there are no alerts', () => {
    const { client } = fakeClient(
      { AdviserAlerts: { data: { alerts: [] } }, AdviserCaseloadSummary: { data: summary } },
      { role: 'ADVISER' },
    );
    renderPage(client, <AdviserHome />);
    expect(screen.getByText(/Ingen advarsler lige nu/)).toBeTruthy();
  });

  it('marks each person with the count and the most severe alert', () => {
    const m = alertMarkers(alerts as never);
    expect(m.get('c1')).toEqual({ count: 1, severity: 'CRITICAL' });
    expect(m.get('c2')).toEqual({ count: 2, severity: 'WARNING' });
  });
});
