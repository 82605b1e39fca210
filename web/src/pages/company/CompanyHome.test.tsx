import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMPANY_ID, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { CompanyHome } from './CompanyHome.js';

describe('CompanyHome', () => {
  it('puts proposals waiting for an answer first, then counts and current interns', async () => {
    const { client } = fakeClient(
      {
        CompanyHome: {
          data: {
            company: { id: COMPANY_ID, name: 'Fynsk Lager & Logistik A/S' },
            openTasks: { totalCount: 3 },
            tasksInProgress: { totalCount: 1 },
            openSlots: { totalCount: 2 },
            waiting: {
              totalCount: 1,
              edges: [
                {
                  node: {
                    id: 'p1',
                    createdAt: '2026-11-20T10:00:00Z',
                    task: { id: 't1', title: 'Plukning' },
                    iguSlot: null,
                    profile: { firstName: 'Amal' },
                  },
                },
              ],
            },
            interns: {
              totalCount: 1,
              edges: [
                {
                  node: {
                    id: 'pl1',
                    candidateFirstName: 'Yonas',
                    type: 'INTERNSHIP',
                    nextFollowUpDue: '2026-11-30',
                    currentPlannedHours: { weeklyHours: 20, ordinaryHours: 4 },
                  },
                },
              ],
            },
            alerts: [],
          },
        },
      },
      { role: 'COMPANY' },
    );
    renderPage(client, <CompanyHome />);
    const headings = await screen.findAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      'Forslag der venter på jeres svar',
      'Overblik · Fynsk Lager & Logistik A/S',
      'Jeres praktikanter',
    ]);
    expect(within(screen.getByTestId('home-waiting')).getByText('Amal')).toBeTruthy();
    expect(screen.getByTestId('stat-open-tasks').textContent).toContain('3');
    expect(screen.getByTestId('stat-open-slots').textContent).toContain('2');
    expect(within(screen.getByTestId('home-interns')).getByText('Yonas')).toBeTruthy();
  });
});
