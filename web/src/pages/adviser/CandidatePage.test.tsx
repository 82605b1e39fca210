import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Fixtures, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { type AdviserCandidate, candidate, candidateAnswer } from './adviser.fixtures.js';
import { CandidatePage } from './CandidatePage.js';

const queries: Fixtures = {
  AdviserCandidate: candidateAnswer(),
  AdviserAlerts: { data: { alerts: [] } },
  AdviserHoursProgress: {
    data: {
      hoursProgress: [
        {
          week: '2026-W41',
          weekStart: '2026-10-05',
          plannedHours: 10,
          plannedOrdinaryHours: 0,
          plannedSchoolHours: 0,
          attendedHours: 10,
          ordinaryHours: 0,
        },
        {
          week: '2026-W45',
          weekStart: '2026-11-02',
          plannedHours: 20,
          plannedOrdinaryHours: 5,
          plannedSchoolHours: 0,
          attendedHours: 19,
          ordinaryHours: 6,
        },
      ],
    },
  },
  AdviserOpeningsForCandidate: {
    data: {
      matchOpeningsForCandidate: [
        {
          score: 82,
          factors: [
            {
              key: 'competences',
              label: 'Kompetencer',
              weight: 0.4,
              score: 0.75,
              explanation: 'Har 3 af 4 krævede kompetencer',
            },
          ],
          task: {
            id: 't1',
            title: 'Pakning',
            weeklyHours: 20,
            ordinaryHoursInSight: true,
            expectedOrdinaryHours: 10,
            company: { id: 'co1', name: 'Lager A/S' },
          },
          iguSlot: null,
        },
      ],
    },
  },
  AdviserCandidatePlacements: {
    data: { placements: { totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, edges: [] } },
  },
};

const url = '/adviser/candidates/c1';
const path = '/adviser/candidates/:id';

describe('CandidatePage', { timeout: 20_000 }, () => {
  it('shows the profile, the week against 37, the hours table and suggested openings', async () => {
    const { client } = fakeClient(queries, { role: 'ADVISER' });
    renderPage(client, <CandidatePage />, { url, path });
    await screen.findByRole('heading', { name: 'Amina Hassan' });
    expect(screen.getByTestId('planned-week').textContent).toContain(
      'Planlagt: 25 af 37 timer. Mangler 12 timer for at nå 37.',
    );
    expect(within(screen.getByTestId('accommodation-section')).getByText('Kan ikke løfte over 10 kg')).toBeTruthy();
    expect(within(screen.getByTestId('competences-section')).getByText('3 – kan selv')).toBeTruthy();
    expect(screen.getByText('Anerkendelse under behandling')).toBeTruthy();
    const hours = screen.getByRole('table', { name: 'Timer pr. uge' });
    expect(within(hours).getByText('Uge 45')).toBeTruthy();
    const opening = screen.getByTestId('opening');
    expect(within(opening).getByText('Pakning')).toBeTruthy();
    expect(within(opening).getByText('Har 3 af 4 krævede kompetencer')).toBeTruthy();
    expect(
      within(opening)
        .getByRole('link', { name: /Start forløb her/ })
        .getAttribute('href'),
    ).toBe('/adviser/placements/new?candidateId=c1&companyId=co1&taskId=t1');
    expect(screen.getByText('Ingen forløb endnu.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ugen mod målet på 37 timer' })).toBeTruthy();
    // A goal of 37 is one of the chart's rule lines already: no extra goal line.
    expect(screen.getByTestId('hours-chart').textContent).not.toMatch(/timemål/);
  });

  it("measures the week and the chart against an activity-ready person's goal of 25, not 37", async () => {
    const activityReady: AdviserCandidate = {
      ...candidate,
      readiness: 'ACTIVITY_READY',
      goalWeeklyHours: 25,
      hourGoal: 25,
      plannedWeek: { ...candidate.plannedWeek, total: 20, goal: 25, gap: 5, peakTotal: 20 },
    };
    const { client } = fakeClient(
      { ...queries, AdviserCandidate: candidateAnswer(activityReady) },
      { role: 'ADVISER' },
    );
    renderPage(client, <CandidatePage />, { url, path });
    await screen.findByRole('heading', { name: 'Amina Hassan' });
    expect(screen.getByRole('heading', { name: 'Ugen mod målet på 25 timer' })).toBeTruthy();
    expect(screen.getByTestId('planned-week').textContent).toContain(
      'Planlagt: 20 af 25 timer. Mangler 5 timer for at nå 25.',
    );
    expect((await screen.findByTestId('hours-chart')).textContent).toContain(
      'Den blå linje er personens timemål (25 timer).',
    );
  });

  it('warns below the hour goal and over full time with the confirmed exception, and shows the ladder step and its moves', async () => {
    const person: AdviserCandidate = {
      ...candidate,
      plannedWeek: {
        ...candidate.plannedWeek,
        total: 25,
        goal: 37,
        gap: 12,
        belowGoal: true,
        peakTotal: 46,
        peakFrom: '2026-12-07',
        fullTimeHours: 37,
        overFullTime: true,
        exception: {
          id: 'x1',
          createdAt: '2026-11-20T10:00:00Z',
          weekHours: 46,
          weekFrom: '2026-12-07',
          reason: 'Intensivt dansk før prøven',
          confirmedByName: 'Rikke Rådgiver',
        },
      },
    };
    const { client } = fakeClient({ ...queries, AdviserCandidate: candidateAnswer(person) }, { role: 'ADVISER' });
    renderPage(client, <CandidatePage />, { url, path });
    await screen.findByRole('heading', { name: 'Amina Hassan' });
    expect(screen.getByTestId('week-below-goal').textContent).toContain('Planlæg 12 timer mere');
    expect(screen.getByTestId('week-over-full-time').textContent).toContain('46 timer fra 7. dec. 2026');
    expect(screen.getByTestId('week-exception').textContent).toBe(
      'Undtagelse bekræftet af Rikke Rådgiver den 20. nov. 2026: »Intensivt dansk før prøven«',
    );
    // The fixture's ladder: Afklaring → Virksomhedspraktik when placement p1 started.
    expect(screen.getByTestId('ladder-current').textContent).toBe('Nuværende trin: Virksomhedspraktik (Trin 2 af 3)');
    const history = within(screen.getByTestId('ladder-history'));
    expect(history.getByText('Forløb startet').getAttribute('href')).toBe('/adviser/placements/p1');
    expect(screen.getByTestId('ladder-step-reached').textContent).toBe('✓ 1. Afklaring (nået)');
    // Not the person's own adviser (e.g. an admin): no correction by hand offered.
    expect(screen.queryByTestId('ladder-correct')).toBeNull();
  });

  it('warns of nothing when the week reaches the goal and stays within full time', async () => {
    const reached: AdviserCandidate = {
      ...candidate,
      plannedWeek: { ...candidate.plannedWeek, total: 37, gap: 0, placementHours: 29, belowGoal: false, peakTotal: 37 },
    };
    const { client } = fakeClient({ ...queries, AdviserCandidate: candidateAnswer(reached) }, { role: 'ADVISER' });
    renderPage(client, <CandidatePage />, { url, path });
    await screen.findByRole('heading', { name: 'Amina Hassan' });
    expect(screen.getByTestId('planned-week').textContent).toContain(
      'Planlagt: 37 af 37 timer. Målet på 37 timer er nået.',
    );
    expect(screen.queryByTestId('week-below-goal')).toBeNull();
    expect(screen.queryByTestId('week-over-full-time')).toBeNull();
  });

  it("offers the person's own adviser to correct the ladder step by hand", async () => {
    const own: AdviserCandidate = { ...candidate, ladderCorrectable: true };
    const { client } = fakeClient({ ...queries, AdviserCandidate: candidateAnswer(own) }, { role: 'ADVISER' });
    renderPage(client, <CandidatePage />, { url, path });
    await screen.findByRole('heading', { name: 'Amina Hassan' });
    expect(screen.getByTestId('ladder-correct')).toBeTruthy();
  });
});
