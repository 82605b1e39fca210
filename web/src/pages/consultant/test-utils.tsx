import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { Client, type Operation, Provider } from 'urql';
import { fromValue, never } from 'wonka';
import { AuthProvider } from '../../app/auth.js';

// happy-dom has no document.fonts, which Mantine's autosizing Textarea listens to.
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });
}

type Vars = Record<string, unknown>;
type Answer = unknown | ((vars: Vars) => unknown);

const nameOf = (op: Operation) => op.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '';

export const CONSULTANT_ME = {
  me: {
    __typename: 'Me',
    id: 'u-1',
    email: 'konsulent@demo.dk',
    name: 'Kasper Konsulent',
    role: 'CONSULTANT',
    companyId: null,
    industries: [{ __typename: 'Industry', code: '52', name: 'Hjælpevirksomhed i forbindelse med transport' }],
  },
};

/**
 * A fake urql client answering each operation by name: a value or a function of the variables.
 * Unknown queries never answer (loading); every query and mutation is recorded.
 */
export function fakeClient(queries: Record<string, Answer>, mutations: Record<string, Answer> = {}) {
  const calls: { name: string; variables: Vars }[] = [];
  const answer = (table: Record<string, Answer>, op: Operation) => {
    const name = nameOf(op);
    calls.push({ name, variables: (op.variables ?? {}) as Vars });
    const a = name === 'Me' ? { data: CONSULTANT_ME } : table[name];
    if (a === undefined) return never;
    const value = typeof a === 'function' ? (a as (v: Vars) => unknown)((op.variables ?? {}) as Vars) : a;
    return fromValue({ operation: op, stale: false, hasNext: false, ...(value as object) });
  };
  const client = {
    executeQuery: (op: Operation) => answer(queries, op),
    executeMutation: (op: Operation) => answer(mutations, op),
    executeSubscription: () => never,
  } as unknown as Client;
  return { client, calls };
}

export function renderPage(client: Client, element: ReactNode, { path = '/', url = '/' } = {}) {
  return render(
    <MantineProvider>
      <Provider value={client}>
        <AuthProvider>
          <MemoryRouter initialEntries={[url]}>
            <Routes>
              <Route path={path} element={element} />
              <Route path="*" element={<p>elsewhere</p>} />
            </Routes>
          </MemoryRouter>
        </AuthProvider>
      </Provider>
    </MantineProvider>,
  );
}
