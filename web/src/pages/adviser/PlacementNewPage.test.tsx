import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Fixtures, fakeClient, gqlError } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { PlacementNewPage, startErrorPath } from './PlacementNewPage.js';

const queries: Fixtures = {
  AdviserCandidateName: {
    data: {
      candidate: { id: 'c1', firstName: 'Amina', lastName: 'Hassan', iguEligible: true, availableWeeklyHours: 30 },
    },
  },
  AdviserCompanies: {
    data: {
      companies: { edges: [{ node: { id: 'co1', name: 'Lager A/S', cvr: '10150817', postcode: '5000' } }] },
    },
  },
  AdviserCompanyName: { data: { company: { id: 'co1', name: 'Lager A/S', cvr: '10150817' } } },
  AdviserCompanyOpenings: {
    data: {
      tasks: { edges: [{ node: { id: 't1', title: 'Pakning', weeklyHours: 20, learningGoals: 'Pluk og pak' } }] },
      iguSlots: { edges: [] },
    },
  },
};

const url = '/adviser/placements/new?candidateId=c1&companyId=co1&taskId=t1';
const path = '/adviser/placements/new';

describe('PlacementNewPage', { timeout: 20_000 }, () => {
  it('checks the hours plan row by row before sending', async () => {
    const { client, mutations } = fakeClient(queries, { role: 'ADVISER' });
    renderPage(client, <PlacementNewPage />, { url, path });
    await screen.findByRole('heading', { name: 'Start forløb for Amina Hassan' });
    fireEvent.click(screen.getByTestId('plan-add'));
    fireEvent.click(screen.getByTestId('plan-add'));
    expect(screen.getAllByText(/^Trin \d$/)).toHaveLength(3);
    // step 3 starts before step 2: the error stands on step 3's "from week"
    fireEvent.change(screen.getByTestId('plan-2-fromWeek'), { target: { value: '3' } });
    fireEvent.change(screen.getByTestId('learning-goals'), { target: { value: 'Pluk og pak' } });
    fireEvent.click(screen.getByTestId('start-submit'));
    await waitFor(() => expect(screen.getAllByText('Skal være senere end uge 5 i trinnet før.')).toHaveLength(2));
    expect(screen.getByTestId('plan-2-fromWeek').getAttribute('aria-invalid')).toBe('true');
    expect(mutations).toEqual([]);
  });

  it('sends a rising three-step plan and shows a server plan error on its row', async () => {
    const { client, mutations } = fakeClient(
      {
        ...queries,
        AdviserStartPlacement: gqlError(
          'Ordinary hours (25) cannot be more than the weekly hours (20) of the step from week 5.',
          { code: 'BAD_USER_INPUT', field: 'hoursPlan.ordinaryHours' },
        ),
      },
      { role: 'ADVISER' },
    );
    renderPage(client, <PlacementNewPage />, { url, path });
    await screen.findByRole('heading', { name: 'Start forløb for Amina Hassan' });
    fireEvent.click(screen.getByTestId('plan-add'));
    fireEvent.click(screen.getByTestId('plan-add'));
    fireEvent.change(screen.getByTestId('learning-goals'), { target: { value: 'Pluk og pak' } });
    fireEvent.click(screen.getByTestId('start-submit'));
    await waitFor(() => expect(mutations).toHaveLength(1));
    const vars = mutations[0]!.variables as { input: Record<string, unknown> };
    expect(vars.input).toMatchObject({
      candidateId: 'c1',
      companyId: 'co1',
      taskId: 't1',
      iguSlotId: null,
      type: 'INTERNSHIP',
      hoursPlan: [
        { fromWeek: 1, weeklyHours: 10, ordinaryHours: 0 },
        { fromWeek: 5, weeklyHours: 15, ordinaryHours: 0 },
        { fromWeek: 9, weeklyHours: 20, ordinaryHours: 0 },
      ],
    });
    const row = screen.getByTestId('plan-1-ordinaryHours');
    await waitFor(() => expect(row.getAttribute('aria-invalid')).toBe('true'));
    expect(within(screen.getByTestId('hours-plan')).getByText(/cannot be more than the weekly hours/)).toBeTruthy();
  });

  it('asks for a candidate when none is given', () => {
    const { client } = fakeClient(queries, { role: 'ADVISER' });
    renderPage(client, <PlacementNewPage />, { url: path, path });
    expect(screen.getByText(/Vælg først en borger/)).toBeTruthy();
  });

  it('maps opening errors to the opening field', () => {
    expect(startErrorPath('taskId', 'x', [])).toBe('opening');
    expect(startErrorPath('learningGoals', 'x', [])).toBe('learningGoals');
  });
});
