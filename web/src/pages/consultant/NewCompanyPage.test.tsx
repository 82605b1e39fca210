import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Data, fakeClient, gqlError } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { NewCompanyPage } from './NewCompanyPage.js';

const industries: { data: Data<'Industries'> } = {
  data: { industries: [{ code: '52', name: 'Transport', nameEn: null, level: 'DIVISION', section: 'H' }] },
};

async function fillValid(cvr: string) {
  fireEvent.change(screen.getByLabelText(/CVR-nummer/), { target: { value: cvr } });
  fireEvent.change(screen.getByLabelText(/^Virksomhed\W*$/), { target: { value: 'Gamma ApS' } });
  fireEvent.change(screen.getByLabelText(/^Postnummer/), { target: { value: '5000' } });
  // Mantine Select: open it and pick the option.
  fireEvent.click(screen.getByLabelText(/^Branche/, { selector: 'input' }));
  fireEvent.click(await screen.findByRole('option', { name: /52 Transport/ }));
}

describe('NewCompanyPage', () => {
  it('shows a wrong CVR check digit next to the field and does not submit', async () => {
    const { client, calls } = fakeClient({ Industries: industries });
    renderPage(client, <NewCompanyPage />);
    await fillValid('10150818');
    fireEvent.click(screen.getByTestId('create-company'));
    const input = screen.getByLabelText(/CVR-nummer/);
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    // At the field and in the error summary.
    expect(screen.getAllByText('CVR-nummeret 10150818 har et forkert kontrolciffer. Tjek for tastefejl.')).toHaveLength(
      2,
    );
    expect(calls.some((c) => c.name === 'ConsultantCreateCompany')).toBe(false);
  });

  it("puts the server's field error next to the field", async () => {
    const { client, calls } = fakeClient({
      Industries: industries,
      ConsultantCreateCompany: gqlError('A company with CVR 10150817 already exists; search for it instead.', {
        code: 'BAD_USER_INPUT',
        field: 'cvr',
      }),
    });
    renderPage(client, <NewCompanyPage />);
    await fillValid('10150817');
    fireEvent.click(screen.getByTestId('create-company'));
    expect(await screen.findAllByText(/already exists/)).toHaveLength(2);
    const sent = calls.find((c) => c.name === 'ConsultantCreateCompany');
    expect(sent?.variables.input).toMatchObject({
      cvr: '10150817',
      industryCode: '52',
      tier: 'CONTACT',
      postcode: '5000',
    });
    expect(screen.getByLabelText(/CVR-nummer/).getAttribute('aria-invalid')).toBe('true');
  });
});
