import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { type AdviserPlacement, placement, placementAnswer } from './adviser.fixtures.js';
import { confirmableCompetences, PlacementPage } from './PlacementPage.js';

const where = { url: '/adviser/placements/p1', path: '/adviser/placements/:id' };

describe('PlacementPage', { timeout: 20_000 }, () => {
  it('shows the plan and records a follow-up with confirmed competences', async () => {
    const { client, mutations } = fakeClient(
      {
        AdviserPlacement: placementAnswer(),
        AdviserRecordFollowUp: { data: { recordFollowUp: { id: 'f1', date: '2026-11-23' } } },
      },
      { role: 'ADVISER' },
    );
    renderPage(client, <PlacementPage />, where);
    await screen.findByRole('heading', { name: 'Virksomhedspraktik hos Lager A/S' });
    expect(screen.getByText('Ingen opfølgninger endnu.')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Timeplanen for forløbet' })).toBeTruthy();
    fireEvent.change(screen.getByTestId('fu-attended'), { target: { value: '20' } });
    fireEvent.change(screen.getByTestId('fu-ordinary'), { target: { value: '8' } });
    fireEvent.click(screen.getByLabelText('Truckkørsel'));
    fireEvent.click(screen.getByLabelText('4 – God'));
    fireEvent.click(screen.getByTestId('followup-submit'));
    await screen.findByTestId('followup-saved');
    expect(mutations).toHaveLength(1);
    expect(mutations[0]!.name).toBe('AdviserRecordFollowUp');
    const vars = mutations[0]!.variables as { placementId: string; input: Record<string, unknown> };
    expect(vars.placementId).toBe('p1');
    expect(vars.input).toMatchObject({
      attendedHours: 20,
      ordinaryHours: 8,
      progress: 4,
      confirmedCompetences: ['k2'],
    });
  });

  it('refuses more ordinary than attended hours before sending', async () => {
    const { client, mutations } = fakeClient({ AdviserPlacement: placementAnswer() }, { role: 'ADVISER' });
    renderPage(client, <PlacementPage />, where);
    await screen.findByTestId('followup-form');
    fireEvent.change(screen.getByTestId('fu-attended'), { target: { value: '10' } });
    fireEvent.change(screen.getByTestId('fu-ordinary'), { target: { value: '12' } });
    fireEvent.click(screen.getByTestId('followup-submit'));
    await screen.findByText('Ordinære timer kan ikke være flere end de fremmødte timer.');
    expect(mutations).toEqual([]);
  });

  it('ends the placement with an outcome in Danish words', async () => {
    const { client, mutations } = fakeClient(
      {
        AdviserPlacement: placementAnswer(),
        AdviserEndPlacement: {
          data: {
            endPlacement: {
              id: 'p1',
              status: 'ENDED',
              outcome: 'CONVERTED_TO_ORDINARY_HOURS',
              conversion: { weeklyHours: 20, hourlyWage: 150, startDate: '2027-01-04' },
            },
          },
        },
      },
      { role: 'ADVISER' },
    );
    renderPage(client, <PlacementPage />, where);
    fireEvent.click(await screen.findByTestId('end-open'));
    fireEvent.click(screen.getByLabelText('Overgået til ordinære timer'));
    fireEvent.change(screen.getByLabelText('Note til afslutningen'), { target: { value: 'Fastansat 20 t' } });
    // A conversion needs the job: nothing is sent until its hours, wage and start are given.
    fireEvent.click(screen.getByTestId('end-submit'));
    await screen.findByText('Skriv jobbets timer pr. uge: mere end 0 og højst 37.');
    expect(mutations).toEqual([]);
    fireEvent.change(screen.getByTestId('conv-hours'), { target: { value: '20' } });
    fireEvent.change(screen.getByTestId('conv-wage'), { target: { value: '150' } });
    fireEvent.change(screen.getByTestId('conv-start'), { target: { value: '2027-01-04' } });
    fireEvent.click(screen.getByTestId('end-submit'));
    await waitFor(() => expect(mutations).toHaveLength(1));
    expect(mutations[0]).toMatchObject({
      name: 'AdviserEndPlacement',
      variables: {
        placementId: 'p1',
        outcome: 'CONVERTED_TO_ORDINARY_HOURS',
        conversion: { weeklyHours: 20, hourlyWage: 150, startDate: '2027-01-04' },
      },
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
    const withFollowUp: AdviserPlacement = {
      ...placement,
      followUps: [existing],
      followUpHistory: [{ ...existing, superseded: false, correctsFollowUpId: null }],
    };
    const { client, mutations } = fakeClient(
      {
        AdviserPlacement: placementAnswer(withFollowUp),
        AdviserRecordFollowUp: { data: { recordFollowUp: { id: 'f1', date: '2026-11-20' } } },
      },
      { role: 'ADVISER' },
    );
    renderPage(client, <PlacementPage />, where);
    await screen.findByTestId('followup-form');
    expect(screen.getByTestId('followup-recorded-by').textContent).toContain('Lager A/S (virksomhed)');
    fireEvent.change(screen.getByLabelText(/^Dato/), { target: { value: '2026-11-20' } });
    expect((await screen.findByTestId('same-day-notice')).textContent).toContain('Lager A/S (virksomhed)');
    fireEvent.change(screen.getByTestId('fu-attended'), { target: { value: '18' } });
    fireEvent.click(screen.getByTestId('followup-submit'));
    await screen.findByText('Vælg, om den nye opfølgning retter den eksisterende, eller vælg en anden dato.');
    expect(mutations).toEqual([]);
    fireEvent.click(screen.getByLabelText('Ja, denne opfølgning retter den'));
    fireEvent.click(screen.getByTestId('followup-submit'));
    await waitFor(() => expect(mutations).toHaveLength(1));
    expect(mutations[0]).toMatchObject({
      name: 'AdviserRecordFollowUp',
      variables: { input: { date: '2026-11-20', attendedHours: 18, correctsFollowUpId: 'f0' } },
    });
  });

  it('shows the hours chart beside the form, weeks without a follow-up as gaps marked overdue', async () => {
    const { client } = fakeClient({ AdviserPlacement: placementAnswer() }, { role: 'ADVISER' });
    renderPage(client, <PlacementPage />, where);
    await screen.findByTestId('placement-hours-chart');
    expect(screen.getByTestId('overdue-weeks').textContent).toBe('1 uge uden opfølgning, selvom den var forfalden.');
    const rows = screen.getByTestId('weeks-table').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.getAttribute('data-overdue')).toBe('false');
    expect(rows[1]?.getAttribute('data-overdue')).toBe('true');
    expect(rows[1]?.textContent).toContain('Forfalden');
  });

  it('offers the person’s and the task’s competences once each', () => {
    // The task asks for the person's own k1 besides k2: k1 is offered once.
    const overlapping: AdviserPlacement = {
      ...placement,
      task: {
        id: 't1',
        title: 'Pakning',
        requiredCompetences: [
          { competence: { id: 'k1', name: 'Lagerarbejde', nameEn: 'Warehouse work' } },
          { competence: { id: 'k2', name: 'Truckkørsel', nameEn: 'Forklift driving' } },
        ],
      },
    };
    expect(confirmableCompetences(overlapping).map((c) => c.id)).toEqual(['k1', 'k2']);
    expect(confirmableCompetences(placement).map((c) => c.id)).toEqual(['k1', 'k2']);
  });
});
