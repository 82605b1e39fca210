import { MantineProvider, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { fireEvent, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import i18n from '../i18n/index.js';
import { ErrorSummary } from './ErrorSummary.js';

/** A form whose server answer named three fields, as the forms of the portal set them. */
function Form() {
  const form = useForm({ initialValues: { weeklyHours: '40', postcode: '12', title: '' } });
  const { setErrors } = form;
  useEffect(() => {
    setErrors({
      weeklyHours: 'Timer pr. uge kan ikke være mere end 37 om ugen.',
      postcode: 'Et postnummer har 4 cifre, f.eks. 5000.',
      title: 'Titel må ikke være tom.',
    });
  }, [setErrors]);
  return (
    <form>
      <ErrorSummary errors={form.errors} />
      <TextInput label="Titel" {...form.getInputProps('title')} />
      <TextInput label="Timer" {...form.getInputProps('weeklyHours')} />
      <TextInput label="Postnummer" {...form.getInputProps('postcode')} />
    </form>
  );
}

describe('ErrorSummary', () => {
  it('lists every problem at the top, each a link to its field, and counts them in the language', async () => {
    await i18n.changeLanguage('da');
    render(
      <MantineProvider>
        <Form />
      </MantineProvider>,
    );
    const summary = await screen.findByTestId('error-summary');
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.textContent).toContain('Formularen har 3 fejl, der skal rettes');
    const links = summary.querySelectorAll('button');
    expect([...links].map((l) => l.textContent)).toEqual([
      'Timer pr. uge kan ikke være mere end 37 om ugen.',
      'Et postnummer har 4 cifre, f.eks. 5000.',
      'Titel må ikke være tom.',
    ]);
    // The messages also stand at their fields.
    expect(screen.getAllByText('Et postnummer har 4 cifre, f.eks. 5000.')).toHaveLength(2);
    fireEvent.click(links[1]!);
    expect(document.activeElement).toBe(screen.getByLabelText('Postnummer'));
    await i18n.changeLanguage('en');
    expect((await screen.findByTestId('error-summary')).textContent).toContain(
      'There are 3 problems to fix in the form',
    );
    await i18n.changeLanguage('da');
  });

  it('shows nothing without problems', () => {
    const { container } = render(
      <MantineProvider>
        <ErrorSummary errors={{ title: null }} />
      </MantineProvider>,
    );
    expect(container.querySelector('[data-testid="error-summary"]')).toBeNull();
  });
});
