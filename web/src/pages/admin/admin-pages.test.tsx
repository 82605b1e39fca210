import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient, gqlError, meFor } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { AuditPage } from './AuditPage.js';
import { CompetencesPage } from './CompetencesPage.js';
import { SettingsPage } from './SettingsPage.js';
import { UsersPage } from './UsersPage.js';

const page = <T,>(nodes: T[], hasNextPage = false) => ({
  totalCount: nodes.length,
  pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c1' : null },
  edges: nodes.map((node) => ({ node })),
});

describe('the admin pages', () => {
  it('tell a consultant in words that they are for administrators, and ask the server nothing', async () => {
    for (const el of [<AuditPage key="a" />, <UsersPage key="u" />, <SettingsPage key="s" />]) {
      const { client, calls } = fakeClient({}, { role: 'CONSULTANT' });
      const { unmount } = renderPage(client, el);
      expect((await screen.findByTestId('forbidden')).textContent).toContain('kun for administratorer');
      expect(calls.filter((c) => c.name !== 'Me')).toEqual([]);
      unmount();
    }
  });

  it('audit log: searches by name and shows each row as a sentence', async () => {
    const { client, calls } = fakeClient({
      AdminAuditEntries: (v) => ({
        data: {
          auditEntries: page(
            v.search
              ? [
                  {
                    id: '7',
                    at: '2026-11-23T09:15:00Z',
                    actorName: 'Karin Holm',
                    actorRole: 'CONSULTANT',
                    subjectName: 'Amal Hassan',
                    subjectKind: 'candidate',
                    subjectId: 'c1',
                    action: 'EXPORT',
                    operation: 'exportPlacementsCsv',
                    purpose: null,
                    allowed: true,
                    description: 'Karin Holm (virksomhedskonsulent) eksporterede Amal Hassans forløb som CSV',
                  },
                ]
              : [],
          ),
        },
      }),
    });
    renderPage(client, <AuditPage />, { url: '/admin/audit', path: '/admin/audit' });
    fireEvent.change(await screen.findByLabelText(/Navn, e-mail eller id/), { target: { value: 'Amal' } });
    fireEvent.click(screen.getByTestId('audit-show'));
    const table = await screen.findByTestId('audit-table');
    expect(within(table).getByText(/eksporterede Amal Hassans forløb som CSV/)).toBeTruthy();
    expect(table.textContent).not.toContain('exportPlacementsCsv');
    expect(calls.filter((c) => c.name === 'AdminAuditEntries').at(-1)?.variables).toMatchObject({
      search: 'Amal',
      first: 20,
    });
  });

  it('users: shows last login, and an admin cannot deactivate or demote themselves', async () => {
    const { client } = fakeClient(
      {
        AdminUsers: {
          data: {
            users: page([
              {
                id: 'u1',
                name: 'Test Bruger',
                email: 'x@demo.dk',
                role: 'ADMIN',
                active: true,
                lastLoginAt: null,
                company: null,
                industries: [],
              },
              {
                id: 'u2',
                name: 'Kasper',
                email: 'k@demo.dk',
                role: 'CONSULTANT',
                active: true,
                lastLoginAt: '2026-11-23T09:15:00Z',
                company: null,
                industries: [],
              },
            ]),
          },
        },
        Industries: { data: { industries: [] } },
      },
      // The signed-in admin is the first user in the list.
      { me: { ...meFor('ADMIN'), id: 'u1', email: 'x@demo.dk' } },
    );
    renderPage(client, <UsersPage />);
    const self = await screen.findByTestId('user-x@demo.dk');
    expect(within(self).getByText('Aldrig')).toBeTruthy();
    expect((within(self).getByTestId('toggle-x@demo.dk') as HTMLButtonElement).disabled).toBe(true);
    const other = screen.getByTestId('user-k@demo.dk');
    expect((within(other).getByTestId('toggle-k@demo.dk') as HTMLButtonElement).disabled).toBe(false);
    expect(other.textContent).toContain('23. nov. 2026');
  });

  it('competences: the server’s duplicate-name message stands at the field and in the summary', async () => {
    const dup = 'Kompetencen »Rengøring« findes allerede i kataloget (som »Rengøring«): brug den i stedet.';
    const { client, calls } = fakeClient({
      AdminCompetences: { data: { competences: [] } },
      AdminCompetenceDomains: { data: { competenceDomains: ['warehouse', 'cleaning'] } },
      AdminCreateCompetence: gqlError(dup, {
        code: 'BAD_USER_INPUT',
        field: 'name',
        fields: [{ field: 'name', message: dup }],
      }),
    });
    renderPage(client, <CompetencesPage />);
    fireEvent.change(await screen.findByTestId('competence-name'), { target: { value: 'Rengøring' } });
    fireEvent.change(screen.getByTestId('competence-name-en'), { target: { value: 'Cleaning' } });
    fireEvent.click(screen.getByTestId('competence-submit'));
    // The area is missing: checked in the browser before anything is sent.
    expect((await screen.findByTestId('error-summary')).textContent).toContain('Vælg et område');
    expect(calls.some((c) => c.name === 'AdminCreateCompetence')).toBe(false);
    fireEvent.click(screen.getByLabelText(/^Område/, { selector: 'input' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Rengøring', hidden: true }));
    fireEvent.click(screen.getByTestId('competence-submit'));
    await waitFor(() => expect(screen.getByTestId('error-summary').textContent).toContain(dup));
    expect(screen.getByTestId('competence-name').getAttribute('aria-invalid')).toBe('true');
  });

  it('settings: shows the source and marks secrets', async () => {
    const { client } = fakeClient({
      AdminSettings: {
        data: {
          settings: [
            { name: 'SESSION_SECRET', value: '••••••••', source: 'ENV', secret: true },
            { name: 'PORT', value: '4000', source: 'DEFAULT', secret: false },
            { name: 'OIDC_ISSUER', value: null, source: 'UNSET', secret: false },
          ],
        },
      },
    });
    renderPage(client, <SettingsPage />);
    const secret = await screen.findByTestId('setting-SESSION_SECRET');
    expect(secret.textContent).toContain('Miljøvariabel');
    expect(secret.textContent).toContain('hemmelig');
    expect(screen.getByTestId('setting-PORT').textContent).toContain('Standardværdi');
    await waitFor(() => expect(screen.getByTestId('setting-OIDC_ISSUER').textContent).toContain('ikke sat'));
  });
});
