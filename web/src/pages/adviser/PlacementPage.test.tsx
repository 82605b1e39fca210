import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { placementFixture } from './fixtures.js';
import { confirmableCompetences, PlacementPage } from './PlacementPage.js';
import { fakeClient, renderAt } from './test-utils.js';

describe('PlacementPage', { timeout: 20_000 }, () => {
  it('shows the plan and records a follow-up with confirmed competences', async () => {
    const { client, executeMutation } = fakeClient(
      { AdviserPlacement: { placement: placementFixture } },
      { AdviserRecordFollowUp: { recordFollowUp: { id: 'f1', date: '2026-11-23' } } },
    );
    renderAt(client, '/adviser/placements/p1', '/adviser/placements/:id', <PlacementPage />);
    await screen.findByRole('heading', { name: 'Virksomhedspraktik hos Lager A/S' });
    expect(screen.getByText('Ingen opfølgninger endnu.')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Timeplanen for forløbet' })).toBeTruthy();
    fireEvent.change(screen.getByTestId('fu-attended'), { target: { value: '20' } });
    fireEvent.change(screen.getByTestId('fu-ordinary'), { target: { value: '8' } });
    fireEvent.click(screen.getByLabelText('Truckkørsel'));
    fireEvent.click(screen.getByLabelText('4 – God'));
    fireEvent.click(screen.getByTestId('followup-submit'));
    await screen.findByTestId('followup-saved');
    const vars = executeMutation.mock.calls[0]![0].variables as { placementId: string; input: Record<string, unknown> };
    expect(vars.placementId).toBe('p1');
    expect(vars.input).toMatchObject({
      attendedHours: 20,
      ordinaryHours: 8,
      progress: 4,
      confirmedCompetences: ['k2'],
    });
  });

  it('refuses more ordinary than attended hours before sending', async () => {
    const { client, executeMutation } = fakeClient({ AdviserPlacement: { placement: placementFixture } });
    renderAt(client, '/adviser/placements/p1', '/adviser/placements/:id', <PlacementPage />);
    await screen.findByTestId('followup-form');
    fireEvent.change(screen.getByTestId('fu-attended'), { target: { value: '10' } });
    fireEvent.change(screen.getByTestId('fu-ordinary'), { target: { value: '12' } });
    fireEvent.click(screen.getByTestId('followup-submit'));
    await screen.findByText('Ordinære timer kan ikke være flere end de fremmødte timer.');
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('ends the placement with an outcome in Danish words', async () => {
    const { client, executeMutation } = fakeClient(
      { AdviserPlacement: { placement: placementFixture } },
      { AdviserEndPlacement: { endPlacement: { id: 'p1', status: 'ENDED', outcome: 'CONVERTED_TO_ORDINARY_HOURS' } } },
    );
    renderAt(client, '/adviser/placements/p1', '/adviser/placements/:id', <PlacementPage />);
    fireEvent.click(await screen.findByTestId('end-open'));
    fireEvent.click(screen.getByLabelText('Overgået til ordinære timer'));
    fireEvent.change(screen.getByLabelText('Note til afslutningen'), { target: { value: 'Fastansat 20 t' } });
    // A conversion needs the job: nothing is sent until its hours, wage and start are given.
    fireEvent.click(screen.getByTestId('end-submit'));
    await screen.findByText('Skriv jobbets timer pr. uge: mere end 0 og højst 37.');
    expect(executeMutation).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('conv-hours'), { target: { value: '20' } });
    fireEvent.change(screen.getByTestId('conv-wage'), { target: { value: '150' } });
    fireEvent.change(screen.getByTestId('conv-start'), { target: { value: '2027-01-04' } });
    fireEvent.click(screen.getByTestId('end-submit'));
    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1));
    expect(executeMutation.mock.calls[0]![0].variables).toMatchObject({
      placementId: 'p1',
      outcome: 'CONVERTED_TO_ORDINARY_HOURS',
      conversion: { weeklyHours: 20, hourlyWage: 150, startDate: '2027-01-04' },
    });
  });

  it('asks whether a follow-up on a day that already has one corrects it, and sends which', async () => {
    const existing = {
      id: 'f0',
      date: '2026-11-20',
      attendedHours: 15,
      ordinaryHours: 2,
      absenceDays: 0,
      progress: 3,
      nextFollowUpDate: null,
      note: '',
      recordedAt: '2026-11-20T09:30:00Z',
      recordedBy: { label: 'Lager A/S (virksomhed)' },
    };
    const { client, executeMutation } = fakeClient(
      {
        AdviserPlacement: {
          placement: {
            ...placementFixture,
            followUps: [existing],
            followUpHistory: [{ ...existing, superseded: false, correctsFollowUpId: null }],
          },
        },
      },
      { AdviserRecordFollowUp: { recordFollowUp: { id: 'f1', date: '2026-11-20' } } },
    );
    renderAt(client, '/adviser/placements/p1', '/adviser/placements/:id', <PlacementPage />);
    await screen.findByTestId('followup-form');
    expect(screen.getByTestId('followup-recorded-by').textContent).toContain('Lager A/S (virksomhed)');
    fireEvent.change(screen.getByLabelText(/^Dato/), { target: { value: '2026-11-20' } });
    expect((await screen.findByTestId('same-day-notice')).textContent).toContain('Lager A/S (virksomhed)');
    fireEvent.change(screen.getByTestId('fu-attended'), { target: { value: '18' } });
    fireEvent.click(screen.getByTestId('followup-submit'));
    await screen.findByText('Vælg, om den nye opfølgning retter den eksisterende, eller vælg en anden dato.');
    expect(executeMutation).not.toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText('Ja, denne opfølgning retter den'));
    fireEvent.click(screen.getByTestId('followup-submit'));
    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1));
    expect(executeMutation.mock.calls[0]![0].variables).toMatchObject({
      input: { date: '2026-11-20', attendedHours: 18, correctsFollowUpId: 'f0' },
    });
  });

  it('shows the hours chart beside the form, weeks without a follow-up as gaps marked overdue', async () => {
    const { client } = fakeClient({ AdviserPlacement: { placement: placementFixture } });
    renderAt(client, '/adviser/placements/p1', '/adviser/placements/:id', <PlacementPage />);
    await screen.findByTestId('placement-hours-chart');
    expect(screen.getByTestId('overdue-weeks').textContent).toBe('1 uge uden opfølgning, selvom den var forfalden.');
    const rows = screen.getByTestId('weeks-table').querySelectorAll('tbody tr');
    expect(rows[1]?.getAttribute('data-overdue')).toBe('true');
    expect(rows[1]?.textContent).toContain('Forfalden');
  });

  it('offers the person’s and the task’s competences once each', () => {
    expect(confirmableCompetences(placementFixture as never).map((c) => c.id)).toEqual(['k1', 'k2']);
  });
});
