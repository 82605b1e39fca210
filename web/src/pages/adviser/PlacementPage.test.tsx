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
    fireEvent.click(screen.getByTestId('end-submit'));
    await waitFor(() => expect(executeMutation).toHaveBeenCalledTimes(1));
    expect(executeMutation.mock.calls[0]![0].variables).toMatchObject({
      placementId: 'p1',
      outcome: 'CONVERTED_TO_ORDINARY_HOURS',
    });
  });

  it('offers the person’s and the task’s competences once each', () => {
    expect(confirmableCompetences(placementFixture as never).map((c) => c.id)).toEqual(['k1', 'k2']);
  });
});
