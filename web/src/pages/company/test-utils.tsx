import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Client, type OperationResult, Provider } from 'urql';
import { fromValue, never } from 'wonka';
import { AuthProvider } from '../../app/auth.js';

// Mantine's autosize Textarea listens on document.fonts, which happy-dom leaves out
// (belongs in web/src/test-setup.ts; kept here so this workspace's tests stand alone).
if (!(document as { fonts?: unknown }).fonts) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}

export const COMPANY_ID = '11111111-1111-1111-1111-111111111111';

export const ME = {
  id: 'u1',
  email: 'virksomhed@demo.dk',
  name: 'Vibeke Virksomhed',
  role: 'COMPANY',
  companyId: COMPANY_ID,
  industries: [],
};

export const opName = (query: DocumentNode) =>
  (query.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode | undefined)?.name
    ?.value ?? '';

type Answer = Partial<OperationResult> | ((variables: Record<string, unknown>) => Partial<OperationResult>);

/** A fake urql client: answers queries and mutations by operation name, and records the mutations. */
export function fakeClient(answers: Record<string, Answer>) {
  const mutations: { name: string; variables: Record<string, unknown> }[] = [];
  const answer = (op: { query: DocumentNode; variables?: unknown }) => {
    const name = opName(op.query);
    const variables = (op.variables ?? {}) as Record<string, unknown>;
    const a = name === 'Me' ? { data: { me: ME } } : answers[name];
    if (!a) return never;
    return fromValue({ operation: op, ...(typeof a === 'function' ? a(variables) : a) });
  };
  const client = {
    executeQuery: answer,
    executeMutation: (op: { query: DocumentNode; variables?: unknown }) => {
      mutations.push({ name: opName(op.query), variables: (op.variables ?? {}) as Record<string, unknown> });
      return answer(op);
    },
  } as unknown as Client;
  return { client, mutations };
}

/** Renders a page at a path inside the providers the app uses (Mantine, urql, auth, router). */
export function renderAt(client: Client, path: string, routes: { path: string; element: ReactNode }[]) {
  return render(
    <MantineProvider>
      <Provider value={client}>
        <AuthProvider>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              {routes.map((r) => (
                <Route key={r.path} path={r.path} element={r.element} />
              ))}
              <Route path="*" element={<p>elsewhere</p>} />
            </Routes>
          </MemoryRouter>
        </AuthProvider>
      </Provider>
    </MantineProvider>,
  );
}
