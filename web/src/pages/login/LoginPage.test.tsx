import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Client, Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { fromValue, never } from 'wonka';
import { AuthProvider } from '../../app/auth.js';
import { LoginPage } from './LoginPage.js';

function renderWith(client: Client) {
  return render(
    <MantineProvider>
      <Provider value={client}>
        <AuthProvider>
          <MemoryRouter>
            <LoginPage />
          </MemoryRouter>
        </AuthProvider>
      </Provider>
    </MantineProvider>,
  );
}

describe('LoginPage', () => {
  it('shows the form in Danish with the demo users', () => {
    const client = {
      executeQuery: () => fromValue({ data: { me: null } }),
      executeMutation: () => never,
    } as unknown as Client;
    renderWith(client);
    expect(screen.getByRole('heading', { name: 'Log ind' })).toBeTruthy();
    expect(screen.getByLabelText(/E-mail/)).toBeTruthy();
    expect(screen.getByText('konsulent@demo.dk')).toBeTruthy();
  });

  it('fills in a demo user when clicked', () => {
    const client = {
      executeQuery: () => fromValue({ data: { me: null } }),
      executeMutation: () => never,
    } as unknown as Client;
    renderWith(client);
    fireEvent.click(screen.getByText('raadgiver@demo.dk'));
    expect((screen.getByLabelText(/E-mail/) as HTMLInputElement).value).toBe('raadgiver@demo.dk');
  });
});
