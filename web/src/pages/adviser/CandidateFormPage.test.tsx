import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CandidateFormPage } from './CandidateFormPage.js';
import { formPath, inputFrom, valuesFrom } from './candidate-form-values.js';
import { candidateFixture } from './fixtures.js';
import { fakeClient, gqlError, renderAt } from './test-utils.js';

const reference = {
  Industries: { industries: [{ code: '52', name: 'Lager', level: 'DIVISION' }] },
  Competences: { competences: [{ id: 'k2', code: 'TRUCK', name: 'Truckkørsel' }] },
};

describe('CandidateFormPage', { timeout: 20_000 }, () => {
  it('marks accommodation needs as sensitive and explains consent', () => {
    const { client } = fakeClient(reference);
    renderAt(client, '/adviser/candidates/new', '/adviser/candidates/new', <CandidateFormPage />);
    expect(screen.getByRole('heading', { name: 'Opret borger' })).toBeTruthy();
    const sensitive = screen.getByTestId('sensitive-section');
    expect(sensitive.textContent).toContain('Følsomme oplysninger');
    expect(sensitive.textContent).toContain('deles aldrig med virksomheder');
    expect(screen.getByLabelText('Skånehensyn (kun rådgiver)')).toBeTruthy();
    expect(screen.getByText(/Virksomheden ser kun fornavn/)).toBeTruthy();
  });

  it("puts the server's field error next to the field", async () => {
    const { client, executeMutation } = fakeClient(reference, {
      AdviserCreateCandidate: gqlError('Postcode 0000 is not a Danish postcode.', {
        code: 'BAD_USER_INPUT',
        field: 'postcode',
      }),
    });
    renderAt(client, '/adviser/candidates/new', '/adviser/candidates/new', <CandidateFormPage />);
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
    expect(executeMutation).toHaveBeenCalledTimes(1);
  }, 20_000);

  it('says so when someone else changed the person (CONFLICT)', async () => {
    const { client } = fakeClient(
      { ...reference, AdviserCandidate: { candidate: candidateFixture } },
      {
        AdviserUpdateCandidate: gqlError('Candidate was changed by someone else (your version 3, current 4).', {
          code: 'CONFLICT',
          field: 'version',
        }),
      },
    );
    renderAt(client, '/adviser/candidates/c1/edit', '/adviser/candidates/:id/edit', <CandidateFormPage />);
    await screen.findByRole('heading', { name: 'Redigér Amina Hassan' });
    fireEvent.click(screen.getByTestId('candidate-submit'));
    const alert = await screen.findByTestId('conflict');
    expect(alert.textContent).toContain('ændret af en anden');
    expect(screen.getByRole('button', { name: 'Hent nyeste udgave' })).toBeTruthy();
  }, 20_000);

  it('round-trips a loaded person into the API input', () => {
    const input = inputFrom(valuesFrom(candidateFixture as never));
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
