import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Data, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { ProposalsPage } from './ProposalsPage.js';

const proposals: { data: Data<'ConsultantProposals'> } = {
  data: {
    proposals: {
      totalCount: 1,
      pageInfo: { endCursor: 'p1', hasNextPage: false },
      edges: [
        {
          node: {
            id: 'p1',
            status: 'PROPOSED',
            note: 'God til truck',
            reason: null,
            createdAt: '2026-11-21T10:00:00Z',
            updatedAt: '2026-11-21T10:00:00Z',
            candidate: { id: 'c1', firstName: 'Amal' },
            task: { id: 't1', title: 'Pluk og pak' },
            iguSlot: null,
            company: { id: 'co1', name: 'Fynsk Lager' },
            proposedBy: { id: 'u-1', name: 'Kasper Konsulent' },
          },
        },
      ],
    },
  },
};

describe('ProposalsPage', () => {
  it('lists proposals with status and filters by status', async () => {
    const { client, calls } = fakeClient({ ConsultantProposals: proposals });
    renderPage(client, <ProposalsPage />);
    const row = await screen.findByTestId('proposal-row');
    expect(within(row).getByText('Amal')).toBeTruthy();
    expect(within(row).getByText('Sendt')).toBeTruthy();
    expect(within(row).getByText('af dig')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Status', { selector: 'input' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Accepteret', hidden: true }));
    await waitFor(() =>
      expect(calls.some((c) => (c.variables.filter as { status?: string } | null)?.status === 'ACCEPTED')).toBe(true),
    );
  });

  it('withdraws only with a reason', async () => {
    const { client, calls } = fakeClient({
      ConsultantProposals: proposals,
      ConsultantWithdrawProposal: { data: { withdrawProposal: { id: 'p1', status: 'WITHDRAWN', reason: 'x' } } },
    });
    renderPage(client, <ProposalsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Træk tilbage: forslaget om Amal' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Træk forslaget tilbage' }));
    expect(await within(dialog).findByText('Skriv hvorfor forslaget trækkes tilbage.')).toBeTruthy();
    expect(calls.some((c) => c.name === 'ConsultantWithdrawProposal')).toBe(false);
    fireEvent.change(within(dialog).getByLabelText(/Begrundelse/), { target: { value: 'Borgeren er startet i job' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Træk forslaget tilbage' }));
    expect(await screen.findByText('Forslaget om Amal er trukket tilbage.')).toBeTruthy();
    expect(calls.find((c) => c.name === 'ConsultantWithdrawProposal')?.variables).toEqual({
      proposalId: 'p1',
      reason: 'Borgeren er startet i job',
    });
  });
});
