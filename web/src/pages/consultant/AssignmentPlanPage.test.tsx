import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Data, fakeClient, gqlError } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { AssignmentPlanPage } from './AssignmentPlanPage.js';

type Row = Data<'ConsultantAssignmentPlan'>['assignmentPlan']['assignments'][number];
const factor = (
  key: string,
  label: string,
  weight: number,
  score: number,
  explanation: string,
): Row['factors'][number] => ({
  key,
  label,
  weight,
  score,
  explanation,
  gap: score < 1,
});

const row = (id: string, name: string, task: string, score: number, deadline: string | null = null): Row => ({
  score,
  activationDeadline: deadline,
  candidate: { id, firstName: name },
  task: { id: `t-${task}`, title: task, weeklyHours: 25, company: { id: 'co1', name: 'Fynsk Lager' } },
  iguSlot: null,
  factors: [
    factor('competences', 'Kompetencer', 0.35, 1, 'Har 2 af 2 krævede kompetencer.'),
    factor('commute', 'Afstand', 0.1, 0.9, 'Ca. 7 km.'),
    factor('danish', 'Dansk', 0.12, 0.5, 'Et niveau under.'),
  ],
});

const plan: { data: Data<'ConsultantAssignmentPlan'> } = {
  data: {
    assignmentPlan: {
      totalScore: 165,
      greedyTotalScore: 100,
      greedyAssigned: 2,
      candidatesConsidered: 3,
      openingsConsidered: 2,
      unfilledOpenings: 0,
      deadlinesNear: 1,
      deadlinesMet: 1,
      greedyDeadlinesMet: 0,
      solveMs: 12,
      assignments: [row('c1', 'Amal', 'Truckfører', 85, '2026-12-20'), row('c2', 'Bilal', 'Plukker', 80)],
    },
  },
};

describe('AssignmentPlanPage', () => {
  it('plans the chosen industries and shows what the plan gains over one-by-one picking', async () => {
    const { client, calls } = fakeClient({
      ConsultantAssignmentPlan: plan,
      Industries: { data: { industries: [] } },
    });
    renderPage(client, <AssignmentPlanPage />);
    expect(screen.getByRole('heading', { name: 'Fordeling' })).toBeTruthy();
    expect(calls.some((c) => c.name === 'ConsultantAssignmentPlan')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Lav fordeling' }));
    const gain = await screen.findByTestId('plan-gain');
    expect(within(gain).getByText('165 mod 100 én ad gangen')).toBeTruthy();
    expect(within(gain).getByText('+65 %')).toBeTruthy();
    expect(within(gain).getByText('1 af 1 mod 0 én ad gangen')).toBeTruthy();
    expect(calls.find((c) => c.name === 'ConsultantAssignmentPlan')?.variables).toEqual({
      input: { industryCodes: null },
    });
    const rows = screen.getAllByTestId('plan-row');
    expect(rows).toHaveLength(2);
    // The two reasons that carried the score most, in the server's words.
    expect(within(rows[0]!).getByText('Har 2 af 2 krævede kompetencer.')).toBeTruthy();
    expect(within(rows[0]!).getByText('Ca. 7 km.')).toBeTruthy();
    expect(within(rows[0]!).queryByText('Et niveau under.')).toBeNull();
    expect(within(rows[0]!).getByText(/6-ugers-frist/)).toBeTruthy();
  });

  it('proposes only the ticked rows and says what happened', async () => {
    const { client, calls } = fakeClient({
      ConsultantAssignmentPlan: plan,
      Industries: { data: { industries: [] } },
      ConsultantProposeAssignments: {
        data: {
          proposeAssignments: [{ id: 'p1', status: 'SUGGESTED' }],
        },
      },
    });
    renderPage(client, <AssignmentPlanPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Lav fordeling' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Tag Amal med: Truckfører' }));
    fireEvent.click(screen.getByRole('button', { name: 'Foreslå de valgte (1)' }));
    expect(await screen.findByText(/1 borger er sat på kortlisten/)).toBeTruthy();
    expect(calls.find((c) => c.name === 'ConsultantProposeAssignments')?.variables).toEqual({
      items: [{ candidateId: 'c2', taskId: 't-Plukker', iguSlotId: null }],
    });
    // The proposed row is marked and can no longer be ticked; Amal's can.
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: /Bilal/ })).toBeNull());
    expect(screen.getByRole('checkbox', { name: 'Tag Amal med: Truckfører' })).toBeTruthy();
  });

  it('names every refused row and keeps the plan when nothing was written', async () => {
    const { client } = fakeClient({
      ConsultantAssignmentPlan: plan,
      Industries: { data: { industries: [] } },
      ConsultantProposeAssignments: gqlError('Row 2: This person has not consented.', {
        code: 'BAD_USER_INPUT',
        field: 'items.1.candidateId',
        fields: [{ field: 'items.1.candidateId', message: 'Row 2: This person has not consented.' }],
      }),
    });
    renderPage(client, <AssignmentPlanPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Lav fordeling' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Foreslå de valgte (2)' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Bilal – Plukker: This person has not consented.')).toBeTruthy();
    expect(screen.getAllByRole('checkbox', { checked: true }).length).toBeGreaterThanOrEqual(2);
  });
});
