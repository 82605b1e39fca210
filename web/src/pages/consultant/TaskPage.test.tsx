import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/index.js';
import { type Data, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { TaskPage } from './TaskPage.js';

const task: { data: Data<'ConsultantTask'> } = {
  data: {
    task: {
      id: 't1',
      title: 'Pluk og pak på lageret',
      description: 'Ordrer skal plukkes og pakkes.',
      status: 'OPEN',
      danishLevel: 'A2',
      weeklyHours: 20,
      learningGoals: 'Truckkørsel og lagerstyring.',
      ordinaryHoursInSight: true,
      expectedOrdinaryHours: 8,
      openings: 2,
      openingsLeft: 2,
      postcode: '5220',
      requiresDrivingLicence: false,
      schedule: ['DAY'],
      industry: { code: '52', name: 'Transport', nameEn: 'Transportation' },
      company: { id: 'co1', name: 'Fynsk Lager' },
      requiredCompetences: [
        { minLevel: 2, competence: { id: 'k-truck', name: 'Gaffeltruck', nameEn: 'Forklift truck' } },
        { minLevel: 2, competence: { id: 'k-pack', name: 'Pakning', nameEn: '' } },
      ],
      niceToHaveCompetences: [],
    },
  },
};

type Match = Data<'ConsultantTaskMatches'>['matchCandidatesForTask'][number];
const factor = (
  key: string,
  label: string,
  score: number,
  explanation: string,
  gap = false,
): Match['factors'][number] => ({
  key,
  label,
  weight: 1,
  score,
  explanation,
  gap,
});

const matches: { data: Data<'ConsultantTaskMatches'> } = {
  data: {
    matchCandidatesForTask: [
      {
        // Lacking a required competence puts the pair below everyone who has it: the score shows 0.
        score: 0,
        missingRequired: 1,
        scoreBeforeMissing: 61.6,
        factors: [
          factor('competences', 'Kompetencer', 0.5, 'Har 1 af 2 krævede kompetencer; mangler: Pakning.', true),
          factor('commute', 'Afstand', 0.3, 'Ca. 34 km til arbejdsstedet – over kandidatens maks. på 30 km.', true),
          factor('hours', 'Timer', 1, '20 t/uge passer med de 20 t/uge, kandidaten har ledigt nu.'),
          factor('history', 'Tidligere forløb', 0, 'Ingen tidligere forløb.'),
        ],
        candidate: {
          id: 'c1',
          firstName: 'Amal',
          readiness: 'JOB_READY',
          danishLevel: 'A1',
          workableFreeHours: 15,
          postcode: '5000',
          iguEligible: false,
          competences: [{ level: 3, competence: { id: 'k-truck', name: 'Gaffeltruck', nameEn: 'Forklift truck' } }],
        },
      },
    ],
  },
};

const answerPropose = (v: { candidateId: string | number }): { data: Data<'ConsultantPropose'> } => ({
  data: { proposeCandidate: { id: 'p1', status: 'PROPOSED', candidate: { id: String(v.candidateId) } } },
});

describe('TaskPage', () => {
  it('explains each suggestion: score, factors in words and what is missing', async () => {
    const { client } = fakeClient({
      ConsultantTask: task,
      ConsultantTaskMatches: matches,
      ConsultantOpeningProposals: { data: { proposals: { edges: [] } } },
    });
    renderPage(client, <TaskPage />, { path: '/consultant/tasks/:id', url: '/consultant/tasks/t1' });
    const card = await screen.findByTestId('suggestion');
    expect(within(card).getByRole('heading', { name: '1. Amal' })).toBeTruthy();
    expect(within(card).getByLabelText('Match for Amal: 0 / 100')).toBeTruthy();
    expect(within(card).getByTestId('lacks-required').textContent).toBe('Mangler 1 krævet kompetence');
    // The 0 says little on its own: how well the rest fits does.
    expect(within(card).getByTestId('score-before-missing').textContent).toBe(
      'Uden den manglende kompetence: 62 af 100',
    );
    expect(within(card).getByText('Har 1 af 2 krævede kompetencer; mangler: Pakning.')).toBeTruthy();
    const missing = within(card).getByTestId('missing');
    // Exactly the factors the server marks as gaps (they lower the score), in its own words.
    expect(
      within(missing)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Kompetencer: Har 1 af 2 krævede kompetencer; mangler: Pakning.',
      'Afstand: Ca. 34 km til arbejdsstedet – over kandidatens maks. på 30 km.',
    ]);
    // A factor at full score (the hours bar is full) and a bonus are never listed as missing.
    expect(within(missing).queryByText(/Timer/)).toBeNull();
    expect(within(missing).queryByText(/Tidligere forløb/)).toBeNull();
  });

  it('says when even the best suggestion lacks a required competence, and links a search for it', async () => {
    const { client } = fakeClient({
      ConsultantTask: task,
      ConsultantTaskMatches: matches,
      ConsultantOpeningProposals: { data: { proposals: { edges: [] } } },
    });
    renderPage(client, <TaskPage />, { path: '/consultant/tasks/:id', url: '/consultant/tasks/t1' });
    const notice = await screen.findByTestId('none-has-required');
    expect(notice.textContent).toMatch(/Ingen af forslagene har alle de krævede kompetencer/);
    // Only what the best one lacks (Pakning), not the truck competence Amal holds.
    const links = within(notice).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Søg efter »Pakning«', '/consultant/search?q=Pakning'],
    ]);
  });

  it('shows no such notice when the best suggestion holds every required competence', async () => {
    const m = matches.data.matchCandidatesForTask[0]!;
    const holds: { data: Data<'ConsultantTaskMatches'> } = {
      data: {
        matchCandidatesForTask: [
          {
            ...m,
            score: 74,
            missingRequired: 0,
            scoreBeforeMissing: 74,
            candidate: {
              ...m.candidate,
              competences: [
                ...m.candidate.competences,
                { level: 2, competence: { id: 'k-pack', name: 'Pakning', nameEn: '' } },
              ],
            },
          },
        ],
      },
    };
    const { client } = fakeClient({
      ConsultantTask: task,
      ConsultantTaskMatches: holds,
      ConsultantOpeningProposals: { data: { proposals: { edges: [] } } },
    });
    renderPage(client, <TaskPage />, { path: '/consultant/tasks/:id', url: '/consultant/tasks/t1' });
    const card = await screen.findByTestId('suggestion');
    expect(within(card).getByLabelText('Match for Amal: 74 / 100')).toBeTruthy();
    expect(within(card).queryByTestId('lacks-required')).toBeNull();
    expect(within(card).queryByTestId('score-before-missing')).toBeNull();
    expect(screen.queryByTestId('none-has-required')).toBeNull();
  });

  it('shows a task whose places are all taken as filled ("Besat"), without asking for suggestions', async () => {
    const filled: { data: Data<'ConsultantTask'> } = {
      data: { task: { ...task.data.task!, status: 'IN_PROGRESS', openingsLeft: 0 } },
    };
    const { client, calls } = fakeClient({
      ConsultantTask: filled,
      ConsultantTaskMatches: matches,
      ConsultantOpeningProposals: { data: { proposals: { edges: [] } } },
    });
    renderPage(client, <TaskPage />, { path: '/consultant/tasks/:id', url: '/consultant/tasks/t1' });
    expect((await screen.findByTestId('filled-badge')).textContent).toBe('Besat');
    expect(screen.getByTestId('filled-notice').textContent).toMatch(/Alle pladser er taget/);
    expect(screen.queryByTestId('suggestion')).toBeNull();
    expect(calls.some((c) => c.name === 'ConsultantTaskMatches')).toBe(false);
  });

  it('keeps suggesting for a task in progress with a place left', async () => {
    const running: { data: Data<'ConsultantTask'> } = {
      data: { task: { ...task.data.task!, status: 'IN_PROGRESS', openingsLeft: 1 } },
    };
    const { client } = fakeClient({
      ConsultantTask: running,
      ConsultantTaskMatches: matches,
      ConsultantOpeningProposals: { data: { proposals: { edges: [] } } },
    });
    renderPage(client, <TaskPage />, { path: '/consultant/tasks/:id', url: '/consultant/tasks/t1' });
    expect(await screen.findByTestId('suggestion')).toBeTruthy();
    expect(screen.queryByTestId('filled-badge')).toBeNull();
    expect(screen.getByText('I gang')).toBeTruthy();
  });

  it('proposes with one click, with the optional note, and shows the status', async () => {
    const { client, calls } = fakeClient({
      ConsultantTask: task,
      ConsultantTaskMatches: matches,
      ConsultantOpeningProposals: { data: { proposals: { edges: [] } } },
      ConsultantPropose: answerPropose,
    });
    renderPage(client, <TaskPage />, { path: '/consultant/tasks/:id', url: '/consultant/tasks/t1' });
    const card = await screen.findByTestId('suggestion');
    fireEvent.click(within(card).getByRole('button', { name: 'Tilføj note' }));
    fireEvent.change(within(card).getByLabelText(/Note til virksomheden/), { target: { value: 'Kører truck' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Foreslå Amal' }));
    expect(await within(card).findByTestId('propose-success')).toBeTruthy();
    expect(within(card).getByTestId('proposal-status').textContent).toBe('Sendt');
    expect(within(card).queryByRole('button', { name: 'Foreslå Amal' })).toBeNull();
    const sent = calls.find((c) => c.name === 'ConsultantPropose');
    expect(sent?.variables).toEqual({ candidateId: 'c1', taskId: 't1', note: 'Kører truck' });
  });

  it('shows an earlier open proposal instead of the button', async () => {
    const { client } = fakeClient({
      ConsultantTask: task,
      ConsultantTaskMatches: matches,
      ConsultantOpeningProposals: {
        data: { proposals: { edges: [{ node: { id: 'p0', status: 'ACCEPTED', candidate: { id: 'c1' } } }] } },
      },
    });
    renderPage(client, <TaskPage />, { path: '/consultant/tasks/:id', url: '/consultant/tasks/t1' });
    const card = await screen.findByTestId('suggestion');
    await waitFor(() => expect(within(card).getByTestId('proposal-status').textContent).toBe('Accepteret'));
    expect(within(card).queryByTestId('propose')).toBeNull();
  });

  it('names the industry and competences in the UI language, Danish when there is no English name', async () => {
    const { client } = fakeClient({
      ConsultantTask: task,
      ConsultantTaskMatches: matches,
      ConsultantOpeningProposals: { data: { proposals: { edges: [] } } },
    });
    renderPage(client, <TaskPage />, { path: '/consultant/tasks/:id', url: '/consultant/tasks/t1' });
    expect(await screen.findByText(/Gaffeltruck ·/)).toBeTruthy();
    expect(screen.getByText('52 Transport')).toBeTruthy();
    await i18n.changeLanguage('en');
    try {
      expect(await screen.findByText(/Forklift truck ·/)).toBeTruthy();
      expect(screen.getByText('52 Transportation')).toBeTruthy();
      expect(screen.getByText(/Pakning ·/)).toBeTruthy();
      expect(screen.queryByText(/Gaffeltruck ·/)).toBeNull();
    } finally {
      await i18n.changeLanguage('da');
    }
  });
});
