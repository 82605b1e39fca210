import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Data, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { Shortlist } from './Shortlist.js';

const TASK = '11111111-1111-4111-8111-111111111111';
type Entry = Data<'ConsultantShortlist'>['shortlist'][number];
const entry = (id: string, name: string, status: Entry['status'], sentAt: string | null = null): Entry => ({
  id,
  status,
  note: `Note om ${name}`,
  reason: null,
  createdAt: '2026-11-02T10:00:00Z',
  sentAt,
  candidate: { id: `c-${id}`, firstName: name },
  proposedBy: { id: 'u-1', name: 'Kasper Konsulent' },
});
const list: { data: Data<'ConsultantShortlist'> } = {
  data: { shortlist: [entry('p1', 'Amal', 'SUGGESTED'), entry('p2', 'Bashir', 'PROPOSED', '2026-11-03T09:00:00Z')] },
};

describe('Shortlist', () => {
  it('lists entries with status; only a shortlisted one can be sent or removed', async () => {
    const { client, calls } = fakeClient({
      ConsultantShortlist: list,
      ConsultantSendProposal: {
        data: { sendProposal: { id: 'p1', status: 'PROPOSED', sentAt: '2026-11-04T09:00:00Z' } },
      },
    });
    renderPage(client, <Shortlist opening={{ kind: 'task', id: TASK }} open />);
    const rows = await screen.findAllByTestId('shortlist-row');
    expect(rows.map((r) => within(r).getByTestId('proposal-status').textContent)).toEqual(['På kortlisten', 'Sendt']);
    expect(within(rows[1]!).queryByTestId('send-proposal')).toBeNull();
    expect(within(rows[1]!).getByText('Sendt 3. nov. 2026')).toBeTruthy();
    expect(within(rows[0]!).getByRole('link', { name: 'Amal' }).getAttribute('href')).toBe(
      `/consultant/candidates/c-p1?opening=task:${TASK}`,
    );
    expect(calls.find((c) => c.name === 'ConsultantShortlist')?.variables).toEqual({
      taskId: TASK,
      includeClosed: false,
    });

    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Send til virksomheden: Amal' }));
    await waitFor(() =>
      expect(calls.find((c) => c.name === 'ConsultantSendProposal')?.variables).toEqual({ id: 'p1' }),
    );
    expect((await screen.findByTestId('shortlist-notice')).textContent).toBe('Amal er sendt til virksomheden.');
  });

  it('removing needs a reason', async () => {
    const { client, calls } = fakeClient({
      ConsultantShortlist: list,
      ConsultantWithdrawProposal: {
        data: { withdrawProposal: { id: 'p1', status: 'WITHDRAWN', reason: 'Flyttet' } },
      },
    });
    renderPage(client, <Shortlist opening={{ kind: 'task', id: TASK }} open />);
    const [row] = await screen.findAllByTestId('shortlist-row');
    fireEvent.click(within(row!).getByRole('button', { name: 'Fjern: Amal' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByTestId('confirm-remove'));
    expect(await within(dialog).findByText('Skriv en begrundelse.')).toBeTruthy();
    expect(calls.some((c) => c.name === 'ConsultantWithdrawProposal')).toBe(false);
    fireEvent.change(within(dialog).getByLabelText(/Begrundelse/), { target: { value: 'Flyttet' } });
    fireEvent.click(within(dialog).getByTestId('confirm-remove'));
    await waitFor(() =>
      expect(calls.find((c) => c.name === 'ConsultantWithdrawProposal')?.variables).toEqual({
        proposalId: 'p1',
        reason: 'Flyttet',
      }),
    );
    expect((await screen.findByTestId('shortlist-notice')).textContent).toBe('Amal er fjernet fra kortlisten.');
  });

  it('says so when nobody is on the shortlist', async () => {
    const { client } = fakeClient({ ConsultantShortlist: { data: { shortlist: [] } } });
    renderPage(client, <Shortlist opening={{ kind: 'iguSlot', id: TASK }} open />);
    expect(await screen.findByText(/Ingen på kortlisten endnu/)).toBeTruthy();
  });
});
