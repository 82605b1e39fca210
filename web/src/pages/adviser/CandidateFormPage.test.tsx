import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Fixtures, fakeClient, gqlError } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { candidate, candidateAnswer } from './adviser.fixtures.js';
import { CandidateFormPage } from './CandidateFormPage.js';
import { formPath, inputFrom, valuesFrom } from './candidate-form-values.js';

const reference: Fixtures = {
  Industries: {
    data: {
      industries: [
        {
          code: '52',
          name: 'Hjælpevirksomhed i forbindelse med transport',
          nameEn: 'Support activities for transportation',
          level: 'DIVISION',
          section: 'H',
        },
      ],
    },
  },
  Competences: {
    data: { competences: [{ id: 'k2', code: 'TRUCK', name: 'Truckkørsel', nameEn: 'Forklift driving' }] },
  },
};

describe('CandidateFormPage', { timeout: 20_000 }, () => {
  it('marks accommodation needs as sensitive and explains consent', () => {
    const { client } = fakeClient(reference, { role: 'ADVISER' });
    renderPage(client, <CandidateFormPage />, { url: '/adviser/candidates/new', path: '/adviser/candidates/new' });
    expect(screen.getByRole('heading', { name: 'Opret borger' })).toBeTruthy();
    const sensitive = screen.getByTestId('sensitive-section');
    expect(sensitive.textContent).toContain('Følsomme oplysninger');
    expect(sensitive.textContent).toContain('deles aldrig med virksomheder');
    expect(screen.getByLabelText('Skånehensyn (kun rådgiver)')).toBeTruthy();
    expect(screen.getByText(/Virksomheden ser kun fornavn/)).toBeTruthy();
  });

  it("puts the server's field error next to the field", async () => {
    const { client, mutations } = fakeClient(
      {
        ...reference,
        AdviserCreateCandidate: gqlError('Postcode 0000 is not a Danish postcode.', {
          code: 'BAD_USER_INPUT',
          field: 'postcode',
        }),
      },
      { role: 'ADVISER' },
    );
    renderPage(client, <CandidateFormPage />, { url: '/adviser/candidates/new', path: '/adviser/candidates/new' });
    fireEvent.change(screen.getByLabelText(/^Fornavn/), { target: { value: 'Amina' } });
    fireEvent.change(screen.getByLabelText(/^Efternavn/), { target: { value: 'Hassan' } });
    fireEvent.change(screen.getByLabelText(/^Fødselsdato/), { target: { value: '1995-03-10' } });
    fireEvent.change(screen.getByLabelText(/^Postnummer/), { target: { value: '0000' } });
    fireEvent.click(screen.getByTestId('candidate-submit'));
    // At the field and in the error summary at the top.
    await waitFor(() => expect(screen.getAllByText('Postcode 0000 is not a Danish postcode.')).toHaveLength(2));
    expect(screen.getByTestId('error-summary').textContent).toContain('Formularen har 1 fejl');
    const input = screen.getByLabelText(/^Postnummer/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // One create with what was typed, and nothing after the error (no competences, no navigation).
    expect(mutations).toHaveLength(1);
    expect(mutations[0]).toMatchObject({
      name: 'AdviserCreateCandidate',
      variables: { input: { firstName: 'Amina', lastName: 'Hassan', birthDate: '1995-03-10', postcode: '0000' } },
    });
    expect(screen.queryByTestId('navigated')).toBeNull();
  }, 20_000);

  it('says so when someone else changed the person (CONFLICT)', async () => {
    const { client, mutations } = fakeClient(
      {
        ...reference,
        AdviserCandidate: candidateAnswer(),
        AdviserUpdateCandidate: gqlError('Candidate was changed by someone else (your version 3, current 4).', {
          code: 'CONFLICT',
          field: 'version',
        }),
      },
      { role: 'ADVISER' },
    );
    renderPage(client, <CandidateFormPage />, {
      url: '/adviser/candidates/c1/edit',
      path: '/adviser/candidates/:id/edit',
    });
    await screen.findByRole('heading', { name: 'Redigér Amina Hassan' });
    fireEvent.click(screen.getByTestId('candidate-submit'));
    const alert = await screen.findByTestId('conflict');
    expect(alert.textContent).toContain('ændret af en anden');
    expect(screen.getByRole('button', { name: 'Hent nyeste udgave' })).toBeTruthy();
    // The update carried the version the form was loaded with.
    expect(mutations).toHaveLength(1);
    expect(mutations[0]).toMatchObject({
      name: 'AdviserUpdateCandidate',
      variables: { id: 'c1', input: { version: 3 } },
    });
  }, 20_000);

  it('round-trips a loaded person into the API input', () => {
    const input = inputFrom(valuesFrom(candidate));
    expect(input).toMatchObject({
      firstName: 'Amina',
      accommodationNeeds: 'Kan ikke løfte over 10 kg',
      foreignEducations: [{ title: 'Skrædder', years: 2, recognitionStatus: 'PENDING' }],
      weeklyActivities: [{ kind: 'DANISH_CLASS', label: 'Danskuddannelse', weeklyHours: 8 }],
      consentToShare: true,
      enrolledOn: '2026-09-01',
    });
    expect(formPath('foreignEducations.title')).toBe('foreignEducations');
    expect(formPath('postcode')).toBe('postcode');
  });
});
