import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Data, fakeClient, gqlError } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { placement, placementAnswer } from './adviser.fixtures.js';
import { PlacementPage } from './PlacementPage.js';

const where = { url: '/adviser/placements/p1', path: '/adviser/placements/:id' };

/** The server's answer to the change: version 2 of the agreement, waiting for the company's approval. */
const updated = (mentorName: string, weeklyHours: number): { data: Data<'AdviserUpdatePlacement'> } => ({
  data: {
    updatePlacement: {
      id: 'p1',
      version: 2,
      status: 'ACTIVE',
      plannedEndDate: placement.plannedEndDate,
      mentorName,
      learningGoals: placement.learningGoals,
      agreementVersion: 2,
      awaitingApprovalFrom: 'COMPANY',
      hoursPlan: [
        { fromWeek: 1, weeklyHours: 10, ordinaryHours: 0 },
        { fromWeek: 5, weeklyHours, ordinaryHours: 5 },
      ],
    },
  },
});

const open = async () => {
  fireEvent.click(await screen.findByTestId('agreement-change-open'));
  return screen.findByTestId('agreement-change-form');
};

describe('AgreementChangeForm on the placement page', { timeout: 20_000 }, () => {
  it('sends the changed terms with the version read, and says which version it became', async () => {
    const { client, mutations } = fakeClient(
      { AdviserPlacement: placementAnswer(), AdviserUpdatePlacement: updated('Mette Holm', 24) },
      { role: 'ADVISER' },
    );
    renderPage(client, <PlacementPage />, where);
    await open();
    // The form starts from the placement's terms.
    expect((screen.getByTestId('change-mentor') as HTMLInputElement).value).toBe('Jens');
    expect((screen.getByTestId('plan-1-weeklyHours') as HTMLInputElement).value).toBe('20');
    fireEvent.change(screen.getByTestId('change-mentor'), { target: { value: 'Mette Holm' } });
    fireEvent.change(screen.getByTestId('plan-1-weeklyHours'), { target: { value: '24' } });
    fireEvent.click(screen.getByTestId('agreement-change-submit'));
    await screen.findByText('Ændringen er gemt som version 2.');
    expect(mutations).toHaveLength(1);
    expect(mutations[0]!.name).toBe('AdviserUpdatePlacement');
    const vars = mutations[0]!.variables as { id: string; input: Record<string, unknown> };
    expect(vars.id).toBe('p1');
    expect(vars.input).toMatchObject({
      version: 1,
      mentorName: 'Mette Holm',
      learningGoals: 'Pluk og pak',
      plannedEndDate: '2026-12-27',
      hoursPlan: [
        { fromWeek: 1, weeklyHours: 10, ordinaryHours: 0 },
        { fromWeek: 5, weeklyHours: 24, ordinaryHours: 5 },
      ],
      weekExceptionReason: null,
    });
  });

  it('sends nothing when nothing changed, and keeps an internship’s learning goals required', async () => {
    const { client, mutations } = fakeClient({ AdviserPlacement: placementAnswer() }, { role: 'ADVISER' });
    renderPage(client, <PlacementPage />, where);
    await open();
    fireEvent.click(screen.getByTestId('agreement-change-submit'));
    await screen.findByText('Intet er ændret endnu.');
    fireEvent.change(screen.getByTestId('change-goals'), { target: { value: '  ' } });
    fireEvent.click(screen.getByTestId('agreement-change-submit'));
    await waitFor(() =>
      expect(screen.getAllByText('En virksomhedspraktik skal have læringsmål.').length).toBeGreaterThan(0),
    );
    expect(mutations).toEqual([]);
  });

  it('asks for a reason when the server says the week goes over 37 hours, and sends it', async () => {
    let answered = 0;
    const { client, mutations } = fakeClient(
      {
        AdviserPlacement: placementAnswer(),
        AdviserUpdatePlacement: () =>
          ++answered === 1
            ? gqlError('Ugen bliver 41 timer fra 7. dec. 2026, 4 timer over 37.', {
                code: 'BAD_USER_INPUT',
                field: 'hoursPlan',
                weekExceptionNeeded: true,
              })
            : updated('Jens', 30),
      },
      { role: 'ADVISER' },
    );
    renderPage(client, <PlacementPage />, where);
    await open();
    fireEvent.change(screen.getByTestId('plan-1-weeklyHours'), { target: { value: '30' } });
    fireEvent.click(screen.getByTestId('agreement-change-submit'));
    const reason = await screen.findByTestId('change-week-reason');
    expect(screen.getAllByText('Ugen bliver 41 timer fra 7. dec. 2026, 4 timer over 37.').length).toBeGreaterThan(0);
    // The first try went without a reason: the form did not know it was needed.
    expect(mutations).toHaveLength(1);
    expect((mutations[0]!.variables as { input: Record<string, unknown> }).input.weekExceptionReason).toBeNull();
    fireEvent.change(reason, { target: { value: 'Danskundervisningen slutter snart' } });
    fireEvent.click(screen.getByTestId('agreement-change-submit'));
    await screen.findByText('Ændringen er gemt som version 2.');
    expect(mutations).toHaveLength(2);
    const vars = mutations[1]!.variables as { input: Record<string, unknown> };
    expect(vars.input.weekExceptionReason).toBe('Danskundervisningen slutter snart');
  });
});
