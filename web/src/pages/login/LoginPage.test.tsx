import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeClient } from '../../test/fake-client.js';
import { renderPage } from '../../test/render.js';
import { LoginPage } from './LoginPage.js';

/** Nobody is signed in; the login options answer as given (or never, so the page keeps its defaults). */
const signedOut = (loginOptions?: { password: boolean; singleSignOnUrl: string | null }) =>
  fakeClient(loginOptions ? { LoginOptions: { data: { loginOptions } } } : {}, { me: null }).client;
const renderWith = (client: ReturnType<typeof signedOut>) => renderPage(client, <LoginPage />);

describe('LoginPage', () => {
  it('shows the form in Danish with the demo users', () => {
    const client = signedOut();
    renderWith(client);
    expect(screen.getByRole('heading', { name: 'Log ind' })).toBeTruthy();
    expect(screen.getByLabelText(/E-mail/)).toBeTruthy();
    expect(screen.getByText('konsulent@demo.dk')).toBeTruthy();
  });

  it('fills in a demo user when clicked', () => {
    const client = signedOut();
    renderWith(client);
    fireEvent.click(screen.getByText('raadgiver@demo.dk'));
    expect((screen.getByLabelText(/E-mail/) as HTMLInputElement).value).toBe('raadgiver@demo.dk');
  });

  it('offers the municipality’s login when the server has single sign-on, in the page’s language', () => {
    const client = signedOut({ password: true, singleSignOnUrl: '/auth/oidc/start' });
    renderWith(client);
    const sso = screen.getByRole('link', { name: 'Log ind med kommunens login' });
    expect(sso.getAttribute('href')).toBe('/auth/oidc/start?lang=da');
    expect(screen.getByLabelText(/E-mail/)).toBeTruthy();
  });

  it('shows only single sign-on when password login is off', () => {
    const client = signedOut({ password: false, singleSignOnUrl: '/auth/oidc/start' });
    renderWith(client);
    expect(screen.getByRole('link', { name: 'Log ind med kommunens login' })).toBeTruthy();
    expect(screen.queryByLabelText(/E-mail/)).toBeNull();
    expect(screen.queryByText('konsulent@demo.dk')).toBeNull();
  });
});
