import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Data, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { CompaniesPage } from './CompaniesPage.js';
import { ConsultantHome } from './ConsultantHome.js';

type Company = Data<'ConsultantCompanies'>['companies']['edges'][number]['node'];
const company = (id: string, name: string, contactDue: boolean, lastContactAt: string | null): Company => ({
  id,
  name,
  cvr: '10150817',
  tier: 'PARTNER',
  contactDue,
  lastContactAt,
  industry: { code: '52', name: 'Transport', nameEn: null },
  tasks: [
    { id: `${id}-t1`, status: 'OPEN' },
    { id: `${id}-t2`, status: 'OPEN' },
    { id: `${id}-t3`, status: 'CLOSED' },
  ],
  iguSlots: [{ id: `${id}-i1`, status: 'OPEN' }],
});

const companies: { data: Data<'ConsultantCompanies'> } = {
  data: {
    companies: {
      totalCount: 2,
      pageInfo: { endCursor: 'c2', hasNextPage: false },
      edges: [
        { node: company('a', 'Alfa Lager', false, '2026-11-20T10:00:00Z') },
        { node: company('b', 'Beta Rengøring', true, '2026-09-01T10:00:00Z') },
      ],
    },
  },
};

describe('CompaniesPage', () => {
  it('lists companies with tier, open counts and a contact-due badge in words', async () => {
    const { client } = fakeClient({
      ConsultantCompanies: companies,
      Industries: { data: { industries: [] } },
    });
    renderPage(client, <CompaniesPage />);
    const table = await screen.findByTestId('companies-table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const beta = rows[2]!;
    expect(within(beta).getByText('Beta Rengøring')).toBeTruthy();
    expect(within(beta).getByText('Kontakt forfalden')).toBeTruthy();
    expect(within(beta).getByText('Partnerskab')).toBeTruthy();
    expect(within(beta).getAllByRole('cell')[3]!.textContent).toBe('2');
    expect(within(rows[1]!).queryByText('Kontakt forfalden')).toBeNull();
    expect(screen.getByRole('table', { name: 'Virksomheder i din portefølje' })).toBeTruthy();
  });

  it('sends the search text as a filter', async () => {
    const { client, calls } = fakeClient({
      ConsultantCompanies: companies,
      Industries: { data: { industries: [] } },
    });
    renderPage(client, <CompaniesPage />);
    fireEvent.change(screen.getByLabelText(/^Søg/), { target: { value: 'beta' } });
    await waitFor(() =>
      expect(
        calls.some(
          (c) => c.name === 'ConsultantCompanies' && (c.variables.filter as { search?: string }).search === 'beta',
        ),
      ).toBe(true),
    );
  });
});

describe('ConsultantHome', () => {
  it('puts companies with contact due first and shows the totals', async () => {
    const { client } = fakeClient({
      ConsultantHome: {
        data: {
          companies: companies.data.companies,
          openTasks: { totalCount: 7 },
          openIguSlots: { totalCount: 3 },
          proposals: {
            totalCount: 1,
            edges: [
              {
                node: {
                  id: 'p1',
                  status: 'PROPOSED',
                  createdAt: '2026-11-21T10:00:00Z',
                  candidate: { id: 'c1', firstName: 'Amal' },
                  task: { id: 't1', title: 'Pluk og pak' },
                  iguSlot: null,
                  company: { id: 'a', name: 'Alfa Lager' },
                },
              },
            ],
          },
        },
      },
    });
    renderPage(client, <ConsultantHome />);
    const table = await screen.findByRole('table', { name: /dem der skal kontaktes først/ });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByText('Beta Rengøring')).toBeTruthy();
    expect(screen.getByTestId('figure-open-tasks').textContent).toBe('7');
    expect(screen.getByTestId('figure-contact-due').textContent).toBe('1');
    expect(screen.getByText('Amal til "Pluk og pak" hos Alfa Lager')).toBeTruthy();
    expect(screen.getByText('Sendt')).toBeTruthy();
  });
});
