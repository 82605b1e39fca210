import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/index.js';
import { type Data, type Fixtures, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { CandidateProfilePage } from './CandidateProfilePage.js';

const TASK = '11111111-1111-4111-8111-111111111111';
const SLOT = '22222222-2222-4222-8222-222222222222';

const profile: { data: Data<'ConsultantCandidateProfile'> } = {
  data: {
    candidate: {
      id: 'c1',
      firstName: 'Amal',
      lastName: null,
      readiness: 'JOB_READY',
      danishLevel: 'A2',
      availableWeeklyHours: 30,
      freeWeeklyHours: 12.5,
      goalWeeklyHours: 37,
      currentOrdinaryHours: 0,
      industriesWished: ['52'],
      languages: ['ar'],
      hasDrivingLicence: true,
      maxCommuteKm: 30,
      postcode: '5000',
      education: 'Lagerarbejde i 4 år',
      summary: 'Mødestabil',
      iguEligible: true,
      iguIneligibleReason: null,
      competences: [
        { level: 3, evidence: 'CERTIFIED', competence: { id: 'k1', name: 'Gaffeltruck', nameEn: 'Forklift truck' } },
      ],
    },
  },
};

const openings: { data: Data<'ConsultantOpenOpenings'> } = {
  data: {
    tasks: {
      edges: [{ node: { id: TASK, title: 'Plukning', weeklyHours: 20, company: { id: 'co', name: 'Lager ApS' } } }],
    },
    iguSlots: {
      edges: [
        { node: { id: SLOT, title: 'IGU på lageret', weeklyHours: 37, company: { id: 'co', name: 'Lager ApS' } } },
      ],
    },
  },
};

const comparison: { data: Data<'ConsultantCompare'> } = {
  data: {
    compareCandidateWithOpening: {
      score: 72.5,
      exclusionReason: null,
      factors: [{ key: 'competences', label: 'Kompetencer', weight: 30, score: 0.5, explanation: 'Har 1 af 2' }],
      requirements: [
        {
          key: 'COMPETENCE',
          competenceId: 'k1',
          label: 'Gaffeltruck',
          status: 'MET',
          needs: 'niveau 2',
          has: 'niveau 3',
        },
        {
          key: 'COMPETENCE',
          competenceId: 'k2',
          label: 'Reachtruck',
          status: 'NOT_MET',
          needs: 'niveau 2',
          has: 'Mangler',
        },
        {
          key: 'COMMUTE',
          competenceId: null,
          label: 'Afstand',
          status: 'UNKNOWN',
          needs: 'Højst 30 km',
          has: 'Ukendt',
        },
      ],
    },
  },
};

const queries: Fixtures = {
  ConsultantCandidateProfile: profile,
  ConsultantOpenOpenings: openings,
  ConsultantCompare: comparison,
  Industries: {
    data: { industries: [{ code: '52', name: 'Transport', nameEn: null, level: 'DIVISION', section: 'H' }] },
  },
};

describe('CandidateProfilePage', () => {
  it('shows the matching profile and compares with the opening named in the URL, requirement by requirement', async () => {
    const { client, calls } = fakeClient(queries);
    renderPage(client, <CandidateProfilePage />, {
      path: '/consultant/candidates/:id',
      url: `/consultant/candidates/c1?opening=task:${TASK}`,
    });
    expect((await screen.findByTestId('profile-name')).textContent).toBe('Amal');
    expect(screen.getByText(/Du ser den delte matchprofil/)).toBeTruthy();
    const rows = await screen.findAllByTestId('requirement');
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['MET', 'NOT_MET', 'UNKNOWN']);
    // Each status in words beside its icon, not colour alone.
    expect(rows.map((r) => r.querySelectorAll('td')[2]?.textContent)).toEqual(['Opfyldt', 'Ikke opfyldt', 'Ukendt']);
    expect(within(rows[1]!).getByRole('rowheader').textContent).toBe('Reachtruck');
    expect(screen.getByTestId('comparison-summary').textContent).toBe('1 af 3 krav opfyldt');
    expect(calls.find((c) => c.name === 'ConsultantCompare')?.variables).toEqual({ candidateId: 'c1', taskId: TASK });
    expect(screen.getByRole('table', { name: /Krav fra Plukning/ })).toBeTruthy();
  });

  it('shows the free hours left after placements and proposals apart from the hours the person said they can work', async () => {
    const { client } = fakeClient({
      ...queries,
      ConsultantCandidateProfile: { data: { candidate: { ...profile.data.candidate!, danishLevel: 'NONE' } } },
    });
    renderPage(client, <CandidateProfilePage />, {
      path: '/consultant/candidates/:id',
      url: '/consultant/candidates/c1',
    });
    await screen.findByTestId('profile-name');
    const value = (label: RegExp) => screen.getByText(label).nextElementSibling?.textContent;
    expect(value(/^Ledige timer om ugen/)).toBe('12,5');
    expect(value(/^Kan arbejde/)).toBe('30');
    expect(value(/^Dansk$/)).toBe('Intet dansk');
    await i18n.changeLanguage('en');
    try {
      expect(await screen.findByText('No Danish')).toBeTruthy();
      expect(value(/^Free hours a week/)).toBe('12.5');
    } finally {
      await i18n.changeLanguage('da');
    }
  });

  it('"Foreslå til opgave" puts the person on the chosen opening’s shortlist', async () => {
    const { client, calls } = fakeClient({
      ...queries,
      ConsultantShortlistCandidate: {
        data: { shortlistCandidate: { id: 'p1', status: 'SUGGESTED', candidate: { id: 'c1' } } },
      },
    });
    renderPage(client, <CandidateProfilePage />, {
      path: '/consultant/candidates/:id',
      url: `/consultant/candidates/c1?opening=task:${TASK}`,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Foreslå til opgave: Amal' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/Note/), { target: { value: 'Kan køre truck' } });
    fireEvent.click(within(dialog).getByTestId('pick-submit'));
    await waitFor(() =>
      expect(calls.find((c) => c.name === 'ConsultantShortlistCandidate')?.variables).toEqual({
        candidateId: 'c1',
        taskId: TASK,
        note: 'Kan køre truck',
      }),
    );
    const done = await screen.findByTestId('shortlisted');
    expect(done.textContent).toContain('Amal er sat på kortlisten til "Plukning".');
    expect(within(done).getByRole('link', { name: 'Se kortlisten' }).getAttribute('href')).toBe(
      `/consultant/tasks/${TASK}`,
    );
  });

  it('asks for an opening before shortlisting', async () => {
    const { client, calls } = fakeClient(queries);
    renderPage(client, <CandidateProfilePage />, {
      path: '/consultant/candidates/:id',
      url: '/consultant/candidates/c1',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Foreslå til opgave: Amal' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByTestId('pick-submit'));
    expect(await within(dialog).findByText('Vælg en opgave eller IGU-plads.')).toBeTruthy();
    expect(calls.some((c) => c.name === 'ConsultantShortlistCandidate')).toBe(false);
    expect(screen.queryByTestId('comparison')).toBeNull();
  });
});
