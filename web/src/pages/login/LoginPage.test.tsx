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

  it('offers the municipality’s login when the server has single sign-on, in the page’s language', () => {
    const client = {
      executeQuery: () =>
        fromValue({ data: { me: null, loginOptions: { password: true, singleSignOnUrl: '/auth/oidc/start' } } }),
      executeMutation: () => never,
    } as unknown as Client;
    renderWith(client);
    const sso = screen.getByRole('link', { name: 'Log ind med kommunens login' });
    expect(sso.getAttribute('href')).toBe('/auth/oidc/start?lang=da');
    expect(screen.getByLabelText(/E-mail/)).toBeTruthy();
  });

  it('shows only single sign-on when password login is off', () => {
    const client = {
      executeQuery: () =>
        fromValue({ data: { me: null, loginOptions: { password: false, singleSignOnUrl: '/auth/oidc/start' } } }),
      executeMutation: () => never,
    } as unknown as Client;
    renderWith(client);
    expect(screen.getByRole('link', { name: 'Log ind med kommunens login' })).toBeTruthy();
    expect(screen.queryByLabelText(/E-mail/)).toBeNull();
    expect(screen.queryByText('konsulent@demo.dk')).toBeNull();
  });
});
