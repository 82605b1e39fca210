import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { type Client, Provider } from 'urql';
import { AuthProvider } from '../app/auth.js';

interface Where {
  /** The address the page opens at. */
  url?: string;
  /** The route pattern the page answers (params such as `:id` are read from `url`). */
  path?: string;
  /** More pages to route to, e.g. where a form goes after saving. */
  routes?: { path: string; element: ReactNode }[];
}

/**
 * Renders a page inside the providers the app uses (Mantine, urql, the signed-in user, a router). Any
 * other address shows "elsewhere" (`data-testid="navigated"`), so a test can see that the page moved on.
 */
export function renderPage(client: Client, element: ReactNode, { url = '/', path = '/', routes = [] }: Where = {}) {
  return render(
    <MantineProvider>
      <Provider value={client}>
        <AuthProvider>
          <MemoryRouter initialEntries={[url]}>
            <Routes>
              <Route path={path} element={element} />
              {routes.map((r) => (
                <Route key={r.path} path={r.path} element={r.element} />
              ))}
              <Route path="*" element={<p data-testid="navigated">elsewhere</p>} />
            </Routes>
          </MemoryRouter>
        </AuthProvider>
      </Provider>
    </MantineProvider>,
  );
}
