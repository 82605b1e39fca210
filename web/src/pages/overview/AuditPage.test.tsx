import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AuditPage } from './AuditPage.js';
import { fakeClient, renderAt } from './test-utils.js';

const ID = '3f2b8c1e-4a5b-4c6d-8e9f-0123456789ab';

describe('AuditPage', () => {
  it('tells a consultant in words that the log is for administrators', async () => {
    const { client, calls } = fakeClient({}, 'CONSULTANT');
    renderAt(client, <AuditPage />, '/admin/audit');
    expect((await screen.findByTestId('forbidden')).textContent).toContain('kun for administratorer');
    expect(calls.some((c) => c.name === 'OverviewAuditLog')).toBe(false);
  });

  it('checks the id, then lists who did what to the person', async () => {
    const { client, calls } = fakeClient({
      OverviewAuditLog: {
        data: {
          auditLog: [
            {
              id: 'a1',
              at: '2026-11-23T09:15:00Z',
              actorId: 'u9',
              actorRole: 'ADVISER',
              action: 'READ',
              operation: 'candidate',
              purpose: null,
              allowed: false,
            },
          ],
        },
      },
    });
    renderAt(client, <AuditPage />, '/admin/audit');
    const input = await screen.findByLabelText(/Personens id/);
    fireEvent.change(input, { target: { value: 'abc' } });
    fireEvent.click(screen.getByTestId('audit-show'));
    expect(await screen.findByText(/Det er ikke et gyldigt id/)).toBeTruthy();

    fireEvent.change(input, { target: { value: ID } });
    fireEvent.click(screen.getByTestId('audit-show'));
    const table = await screen.findByRole('table', { name: `Revisionslog for ${ID}, nyeste først` });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Jobrådgiver');
    expect(row.textContent).toContain('Læst');
    expect(row.textContent).toContain('Nej');
    expect(calls.find((c) => c.name === 'OverviewAuditLog')?.variables).toMatchObject({ subjectId: ID, first: 25 });
  });
});
