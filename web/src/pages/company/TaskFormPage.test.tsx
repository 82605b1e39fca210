import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COMPANY_ID, type Data, type Fixtures, fakeClient, gqlError } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { TaskFormPage } from './TaskFormPage.js';

const reference: Fixtures = {
  CompanyOwn: {
    data: {
      company: { id: COMPANY_ID, name: 'Fynsk Lager', postcode: '5220', industry: { code: '52', name: 'Lager' } },
    },
  },
  Industries: {
    data: {
      industries: [
        { code: 'H', name: 'Transport', nameEn: null, level: 'SECTION', section: null },
        { code: '52', name: 'Lager og transportservice', nameEn: null, level: 'DIVISION', section: 'H' },
      ],
    },
  },
  Competences: { data: { competences: [{ id: 'c1', code: 'TRUCK', name: 'Truckkørsel', nameEn: 'Forklift truck' }] } },
};

function fill(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('TaskFormPage', () => {
  it('asks for a learning perspective before anything is sent', async () => {
    const { client, mutations } = fakeClient(reference, { role: 'COMPANY' });
    renderPage(client, <TaskFormPage />, { url: '/company/tasks/new', path: '/company/tasks/new' });
    await screen.findByRole('heading', { name: 'Opret en uløst opgave' });
    expect(screen.getByText(/En praktik skal have et læringsperspektiv/)).toBeTruthy();
    fill(/^Titel/, 'Plukning');
    fill(/^Beskrivelse/, 'Pluk ordrer');
    fireEvent.click(screen.getByRole('button', { name: 'Opret opgave' }));
    // At the field and in the error summary at the top of the form.
    const shown = await screen.findAllByText(
      'En praktik skal have et læringsperspektiv: beskriv, hvad kandidaten skal lære.',
    );
    expect(shown.map((el) => Boolean(el.closest('[data-testid="error-summary"]')))).toEqual([true, false]);
    expect(mutations).toEqual([]);
  });

  it("puts the server's error next to the weekly hours field", async () => {
    const { client, mutations } = fakeClient(
      {
        ...reference,
        CompanyPostTask: gqlError('Weekly hours cannot be more than 37 a week.', {
          code: 'BAD_USER_INPUT',
          field: 'weeklyHours',
        }),
      },
      { role: 'COMPANY' },
    );
    renderPage(client, <TaskFormPage />, { url: '/company/tasks/new', path: '/company/tasks/new' });
    await screen.findByRole('heading', { name: 'Opret en uløst opgave' });
    await waitFor(() => expect((screen.getByLabelText(/^Postnummer/) as HTMLInputElement).value).toBe('5220'));
    fill(/^Titel/, 'Plukning');
    fill(/^Beskrivelse/, 'Pluk ordrer');
    fill(/^Læringsmål/, 'Truck og sikkerhed');
    fill(/^Timer om ugen/, '40');
    fireEvent.click(screen.getByRole('button', { name: 'Opret opgave' }));
    const shown = await screen.findAllByText('Weekly hours cannot be more than 37 a week.');
    expect(shown).toHaveLength(2); // at the field and in the summary
    const message = shown.find((el) => !el.closest('[data-testid="error-summary"]'))!;
    const hours = screen.getByLabelText(/^Timer om ugen/);
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(hours.getAttribute('aria-describedby')).toContain(message.id);
    expect(mutations[0]?.name).toBe('CompanyPostTask');
    expect(mutations[0]?.variables.input).toMatchObject({
      companyId: COMPANY_ID,
      industryCode: '52',
      weeklyHours: 40,
      learningGoals: 'Truck og sikkerhed',
      status: 'OPEN',
    });
    expect(screen.getByRole('alert').textContent).toContain('Formularen har 1 fejl, der skal rettes');
  });

  it('edits with the version it read and explains a CONFLICT in words', async () => {
    const task: NonNullable<Data<'CompanyTask'>['task']> = {
      id: 't1',
      version: 3,
      status: 'OPEN',
      title: 'Plukning',
      description: 'Pluk ordrer',
      danishLevel: 'A2',
      weeklyHours: 20,
      schedule: ['DAY'],
      learningGoals: 'Truck',
      ordinaryHoursInSight: true,
      expectedOrdinaryHours: 8,
      openings: 1,
      postcode: '5220',
      requiresDrivingLicence: false,
      industry: { code: '52', name: 'Lager og transportservice', nameEn: null },
      requiredCompetences: [{ minLevel: 3, competence: { id: 'c1', name: 'Truckkørsel', nameEn: 'Forklift truck' } }],
      niceToHaveCompetences: [],
    };
    const { client, mutations } = fakeClient(
      {
        ...reference,
        CompanyTask: { data: { task } },
        CompanyUpdateTask: gqlError('Task "Plukning" was changed by someone else (your version 3, current 4).', {
          code: 'CONFLICT',
          field: 'version',
          currentVersion: 4,
        }),
      },
      { role: 'COMPANY' },
    );
    renderPage(client, <TaskFormPage />, { url: '/company/tasks/t1/edit', path: '/company/tasks/:id/edit' });
    await screen.findByRole('heading', { name: 'Ret opgaven' });
    expect((screen.getByLabelText(/^Titel/) as HTMLInputElement).value).toBe('Plukning');
    expect(screen.getAllByLabelText('Mindsteniveau for Truckkørsel').length).toBeGreaterThan(0);
    fill(/^Antal pladser/, '2');
    fireEvent.click(screen.getByRole('button', { name: 'Gem ændringer' }));
    await screen.findByText('En anden har ændret det i mellemtiden');
    expect(screen.getByRole('button', { name: 'Hent seneste version' })).toBeTruthy();
    expect(mutations[0]?.variables).toMatchObject({
      id: 't1',
      input: {
        version: 3,
        openings: 2,
        requiredCompetences: [{ competenceId: 'c1', minLevel: 3 }],
        expectedOrdinaryHours: 8,
      },
    });
    expect(mutations[0]?.variables.input).not.toHaveProperty('companyId');
    expect(mutations[0]?.variables.input).not.toHaveProperty('status');
  });
});
