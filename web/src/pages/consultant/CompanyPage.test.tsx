import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompanyPage } from './CompanyPage.js';
import { fakeClient, renderPage } from './test-utils.js';

const company = {
  data: {
    company: {
      id: 'co1',
      cvr: '10150817',
      name: 'Fynsk Lager & Logistik A/S',
      tier: 'PARTNER',
      sector: 'PRIVATE',
      postcode: '5220',
      contactCadenceDays: 21,
      contactDue: true,
      lastContactAt: '2026-09-01T10:00:00Z',
      mentorCount: 3,
      mentorLanguages: ['da', 'ar'],
      version: 1,
      industry: { code: '52', name: 'Transport' },
      consultant: { id: 'u-1', name: 'Kasper Konsulent' },
      contacts: [{ id: 'p1', name: 'Lone Lagerchef', title: 'Lagerchef', email: 'lone@fynsk.dk', phone: null }],
      contactLog: [
        {
          id: 'l1',
          contactedAt: '2026-09-01T10:00:00Z',
          note: 'Besøg om nye opgaver.',
          by: { id: 'u-1', name: 'Kasper' },
        },
      ],
    },
  },
};
const empty = (key: string) => ({
  data: { [key]: { totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, edges: [] } },
});

describe('CompanyPage', () => {
  it('shows details, contact due and records a contact', async () => {
    const { client, calls } = fakeClient(
      {
        ConsultantCompany: company,
        ConsultantCompanyTasks: {
          data: {
            tasks: {
              totalCount: 1,
              pageInfo: { endCursor: 't1', hasNextPage: false },
              edges: [
                {
                  node: {
                    id: 't1',
                    title: 'Pakning af webordrer',
                    status: 'OPEN',
                    weeklyHours: 25,
                    openings: 1,
                    ordinaryHoursInSight: true,
                    createdAt: '2026-08-11T10:00:00Z',
                  },
                },
              ],
            },
          },
        },
        ConsultantCompanyIguSlots: empty('iguSlots'),
        ConsultantCompanyPlacements: empty('placements'),
      },
      {
        ConsultantRecordContact: {
          data: { recordCompanyContact: { id: 'co1', contactDue: false, lastContactAt: '2026-11-23T10:00:00Z' } },
        },
      },
    );
    renderPage(client, <CompanyPage />, { path: '/consultant/companies/:id', url: '/consultant/companies/co1' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Fynsk Lager & Logistik A/S' })).toBeTruthy();
    expect(screen.getByTestId('contact-due').textContent).toBe('Kontakt forfalden');
    expect(screen.getByText('3 (taler da, ar)')).toBeTruthy();
    expect(
      within(screen.getByTestId('company-tasks')).getByRole('link', { name: 'Pakning af webordrer' }),
    ).toBeTruthy();
    expect(screen.getByText('Virksomheden har ingen IGU-pladser.')).toBeTruthy();

    fireEvent.click(screen.getByTestId('record-contact'));
    expect(await screen.findByText('Skriv kort, hvad kontakten handlede om.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('contact-note'), { target: { value: 'Telefonmøde om praktik.' } });
    fireEvent.click(screen.getByTestId('record-contact'));
    expect(await screen.findByTestId('contact-recorded')).toBeTruthy();
    expect(calls.find((c) => c.name === 'ConsultantRecordContact')?.variables).toEqual({
      companyId: 'co1',
      note: 'Telefonmøde om praktik.',
    });
  });
});
