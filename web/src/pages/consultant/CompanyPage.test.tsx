import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Data, fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { CompanyPage } from './CompanyPage.js';

const company: { data: Data<'ConsultantCompany'> } = {
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
      industry: { code: '52', name: 'Transport', nameEn: null },
      consultant: { id: 'u-1', name: 'Kasper Konsulent' },
      contacts: [{ id: 'p1', name: 'Lone Lagerchef', title: 'Lagerchef', email: 'lone@fynsk.dk', phone: null }],
      contactLog: [
        {
          id: 'l1',
          contactedAt: '2026-09-01T10:00:00Z',
          note: 'Besøg om nye opgaver.',
          kind: 'VISIT',
          nextContactDate: null,
          contactPerson: { id: 'p1', name: 'Lone Lagerchef' },
          by: { id: 'u-1', name: 'Kasper' },
        },
      ],
      nextContactDue: '2026-09-22',
    },
  },
};
const none = { totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, edges: [] };

describe('CompanyPage', () => {
  it('shows details, contact due and records a contact', async () => {
    const { client, calls } = fakeClient({
      ConsultantCompany: company,
      ConsultantCompanyTasks: {
        data: {
          tasks: {
            totalCount: 2,
            pageInfo: { endCursor: 't2', hasNextPage: false },
            edges: [
              {
                node: {
                  id: 't1',
                  title: 'Pakning af webordrer',
                  status: 'OPEN',
                  weeklyHours: 25,
                  openings: 1,
                  openingsLeft: 1,
                  ordinaryHoursInSight: true,
                  createdAt: '2026-08-11T10:00:00Z',
                },
              },
              {
                node: {
                  id: 't2',
                  title: 'Vareopfyldning',
                  status: 'IN_PROGRESS',
                  weeklyHours: 20,
                  openings: 2,
                  openingsLeft: 0,
                  ordinaryHoursInSight: false,
                  createdAt: '2026-08-12T10:00:00Z',
                },
              },
            ],
          },
        },
      },
      ConsultantCompanyIguSlots: { data: { iguSlots: none } },
      ConsultantCompanyPlacements: { data: { placements: none } },
      ConsultantRecordContact: {
        data: {
          recordCompanyContact: {
            id: 'co1',
            contactDue: false,
            lastContactAt: '2026-11-23T10:00:00Z',
            nextContactDue: '2026-12-01',
          },
        },
      },
    });
    renderPage(client, <CompanyPage />, { path: '/consultant/companies/:id', url: '/consultant/companies/co1' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Fynsk Lager & Logistik A/S' })).toBeTruthy();
    expect(screen.getByTestId('contact-due').textContent).toBe('Kontakt forfalden');
    expect(screen.getByText('3 (taler da, ar)')).toBeTruthy();
    expect(
      within(screen.getByTestId('company-tasks')).getByRole('link', { name: 'Pakning af webordrer' }),
    ).toBeTruthy();
    expect(screen.getByText('Virksomheden har ingen IGU-pladser.')).toBeTruthy();
    // Every place taken: the list says "Besat", not "I gang".
    const rows = within(screen.getByTestId('company-tasks')).getAllByRole('row');
    const filledRow = rows.find((r) => r.textContent?.includes('Vareopfyldning'))!;
    expect(within(filledRow).getByTestId('filled-badge').textContent).toBe('Besat');
    const openRow = rows.find((r) => r.textContent?.includes('Pakning af webordrer'))!;
    expect(within(openRow).queryByTestId('filled-badge')).toBeNull();

    fireEvent.click(screen.getByTestId('record-contact'));
    expect(await screen.findByText('Skriv kort, hvad kontakten handlede om.')).toBeTruthy();
    expect(await screen.findByText('Vælg kontaktform.')).toBeTruthy();
    expect(screen.getByTestId('contact-log-meta').textContent).toContain('Besøg · Lone Lagerchef');
    fireEvent.change(screen.getByTestId('contact-note'), { target: { value: 'Telefonmøde om praktik.' } });
    fireEvent.click(screen.getByTestId('contact-kind-PHONE'));
    fireEvent.change(screen.getByTestId('contact-person'), { target: { value: 'p1' } });
    fireEvent.change(screen.getByTestId('contact-next'), { target: { value: '2026-12-01' } });
    fireEvent.click(screen.getByTestId('record-contact'));
    expect(await screen.findByTestId('contact-recorded')).toBeTruthy();
    expect(calls.find((c) => c.name === 'ConsultantRecordContact')?.variables).toEqual({
      companyId: 'co1',
      note: 'Telefonmøde om praktik.',
      kind: 'PHONE',
      contactPersonId: 'p1',
      nextContactDate: '2026-12-01',
    });
  });
});
