import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Client, CombinedError, type Exchange, makeErrorResult, makeResult, Provider } from 'urql';
import { filter, fromValue, mergeMap, pipe } from 'wonka';
import { AuthProvider } from '../../app/auth.js';
import type { Role } from '../../gql/graphql.js';

type Answer = { data?: unknown; error?: Error };
/** A fixed answer, or one computed from the operation's variables. */
type Handler = Answer | ((variables: Record<string, unknown>) => Answer);

/**
 * A real urql client whose exchange answers each operation by name from `handlers` (Me is answered
 * for `role`); every call is recorded so tests can check what the page asked for.
 */
export function fakeClient(handlers: Record<string, Handler>, role: Role = 'ADMIN') {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const all: Record<string, Handler> = {
    Me: { data: { me: { id: 'u1', email: 'x@demo.dk', name: 'Test Bruger', role, companyId: null, industries: [] } } },
    ...handlers,
  };
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      mergeMap((op) => {
        const def = op.query.definitions.find((d) => d.kind === 'OperationDefinition');
        const name = def && 'name' in def ? (def.name?.value ?? '') : '';
        const variables = (op.variables ?? {}) as Record<string, unknown>;
        calls.push({ name, variables });
        const handler = all[name];
        if (!handler) return fromValue(makeErrorResult(op, new Error(`No fake for ${name}`)));
        const out = typeof handler === 'function' ? handler(variables) : handler;
        return fromValue(
          out.error instanceof CombinedError
            ? // A GraphQL error answer (BAD_USER_INPUT and its fields) as the server sends it, not a network error.
              { operation: op, data: undefined, error: out.error, stale: false, hasNext: false }
            : out.error
              ? makeErrorResult(op, out.error)
              : makeResult(op, { data: out.data as Record<string, unknown> }),
        );
      }),
    );
  const client = new Client({ url: 'http://test/graphql', exchanges: [exchange] });
  return { client, calls };
}

/** Renders `element` at `path` with Mantine, urql, the auth context and a router. */
export function renderAt(client: Client, element: ReactNode, path = '/') {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  return render(
    <MantineProvider>
      <Provider value={client}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </Provider>
    </MantineProvider>,
  );
}
