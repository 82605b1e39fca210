import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Data, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { ProposalsPage } from './ProposalsPage.js';

type Proposal = Data<'CompanyProposals'>['proposals']['edges'][number]['node'];
const proposal: Proposal = {
  id: 'p1',
  status: 'PROPOSED',
  note: 'Amal har erfaring fra lager i Aleppo.',
  reason: null,
  createdAt: '2026-11-20T10:00:00Z',
  proposedBy: { name: 'Kasper Konsulent' },
  task: { id: 't1', title: 'Plukning af ordrer' },
  iguSlot: null,
  profile: {
    firstName: 'Amal',
    danishLevel: 'A2',
    availableWeeklyHours: 20,
    goalWeeklyHours: 37,
    languages: ['arabisk', 'engelsk'],
    distanceKm: 4.2,
    hasDrivingLicence: false,
    competences: [{ name: 'Truckkørsel', nameEn: 'Forklift truck', level: 3, evidence: 'CERTIFIED' }],
  },
};

const list: { data: Data<'CompanyProposals'> } = {
  data: {
    proposals: { totalCount: 1, pageInfo: { endCursor: 'c1', hasNextPage: false }, edges: [{ node: proposal }] },
  },
};

describe('ProposalsPage', () => {
  it('shows only the minimal profile: first name, competences with level and evidence, Danish, hours, languages, distance, licence', async () => {
    const { client } = fakeClient({ CompanyProposals: list }, { role: 'COMPANY' });
    renderPage(client, <ProposalsPage />, { url: '/company/proposals', path: '/company/proposals' });
    const card = await screen.findByRole('article', { name: 'Amal' });
    const c = within(card);
    expect(c.getByText('Til: Plukning af ordrer')).toBeTruthy();
    expect(c.getByText('A2 – let øvet')).toBeTruthy();
    expect(c.getByText('Kan 20 t/uge nu, mål 37 t/uge')).toBeTruthy();
    expect(c.getByText('arabisk, engelsk')).toBeTruthy();
    expect(c.getByText('4,2 km')).toBeTruthy();
    const table = c.getByRole('table', { name: 'Kompetencer for Amal' });
    expect(within(table).getByText('3 – kan selv')).toBeTruthy();
    expect(within(table).getByText('Dokumenteret')).toBeTruthy();
  });

  it('declines only with a reason and sends it', async () => {
    const { client, mutations } = fakeClient(
      {
        CompanyProposals: list,
        CompanyRespondToProposal: { data: { respondToProposal: { id: 'p1', status: 'DECLINED', reason: 'x' } } },
      },
      { role: 'COMPANY' },
    );
    renderPage(client, <ProposalsPage />, { url: '/company/proposals', path: '/company/proposals' });
    fireEvent.click(await screen.findByRole('button', { name: 'Afvis Amal' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Afvis forslaget' }));
    await within(dialog).findByText('Skriv en begrundelse.');
    expect(mutations).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText(/Begrundelse/), {
      target: { value: 'Vi har brug for truckcertifikat B' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Afvis forslaget' }));
    await waitFor(() => expect(mutations).toHaveLength(1));
    expect(mutations[0]).toEqual({
      name: 'CompanyRespondToProposal',
      variables: { proposalId: 'p1', accept: false, reason: 'Vi har brug for truckcertifikat B' },
    });
    await screen.findByText(/I har afvist Amal/);
  });

  it('accepts with one click', async () => {
    const { client, mutations } = fakeClient(
      {
        CompanyProposals: list,
        CompanyRespondToProposal: { data: { respondToProposal: { id: 'p1', status: 'ACCEPTED', reason: null } } },
      },
      { role: 'COMPANY' },
    );
    renderPage(client, <ProposalsPage />, { url: '/company/proposals', path: '/company/proposals' });
    fireEvent.click(await screen.findByRole('button', { name: 'Accepter Amal' }));
    await screen.findByText(/I har accepteret Amal/);
    expect(mutations[0]?.variables).toEqual({ proposalId: 'p1', accept: true, reason: null });
  });
});
