import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { type Client, CombinedError, Provider } from 'urql';
import { vi } from 'vitest';
import { fromValue, never } from 'wonka';

// Mantine's autosize Textarea listens on document.fonts, which happy-dom leaves out.
if (!(document as { fonts?: unknown }).fonts) {
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });
}

type Vars = Record<string, any>;
type Responder = Record<string, unknown> | ((vars: Vars) => Record<string, unknown> | { error: CombinedError });

const nameOf = (doc: DocumentNode) =>
  (doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode | undefined)?.name?.value ??
  '';

/** A fake urql client: answers each operation by name; unknown queries never answer (loading). */
export function fakeClient(queries: Record<string, Responder>, mutations: Record<string, Responder> = {}) {
  const answer = (table: Record<string, Responder>) => (op: { query: DocumentNode; variables: Vars }) => {
    const r = table[nameOf(op.query)];
    if (!r) return never;
    const out = typeof r === 'function' ? r(op.variables ?? {}) : r;
    if (out && 'error' in out && out.error instanceof CombinedError)
      return fromValue({ operation: op, data: undefined, error: out.error, stale: false, hasNext: false });
    return fromValue({ operation: op, data: out, stale: false, hasNext: false });
  };
  const executeMutation = vi.fn(answer(mutations));
  const executeQuery = vi.fn(answer(queries));
  return { client: { executeQuery, executeMutation } as unknown as Client, executeMutation, executeQuery };
}

export const gqlError = (message: string, extensions: Record<string, unknown>) => ({
  error: new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] }),
});

/** Renders a page at a URL inside Mantine, urql and a router with the given route pattern. */
export function renderAt(client: Client, url: string, path: string, element: ReactNode) {
  return render(
    <MantineProvider>
      <Provider value={client}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={element} />
            <Route path="*" element={<div data-testid="navigated">navigated</div>} />
          </Routes>
        </MemoryRouter>
      </Provider>
    </MantineProvider>,
  );
}
