import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { GraphQLError } from 'graphql';
import { Client, CombinedError, type Exchange, makeErrorResult, makeResult, type Operation } from 'urql';
import { filter, fromValue, mergeMap, never, pipe } from 'wonka';
import type * as Gql from '../gql/graphql.js';
import type { MeQuery, Role } from '../gql/graphql.js';

// Every generated `XDocument` answers the operation named X, so a fixture is keyed by the operation's name
// and typed by what its document returns: a fixture that drifts from its query fails the type check.
type Generated = typeof Gql;
export type OperationName = {
  [K in keyof Generated]: K extends `${infer N}Document` ? N : never;
}[keyof Generated];
type DocumentOf<N extends OperationName> = Generated[`${N}Document`];
/** What the operation named N returns: the type a fixture's `data` must have. */
export type Data<N extends OperationName> = ResultOf<DocumentOf<N>>;

/** What an operation answers, as urql hands it over: its data, or a GraphQL or network error. */
export type Answer<D> = { data: ResultOf<D> } | { error: CombinedError | Error };

/** An operation's answer, fixed or computed from its variables. */
export type Fixture<N extends OperationName> =
  | Answer<DocumentOf<N>>
  | ((variables: VariablesOf<DocumentOf<N>>) => Answer<DocumentOf<N>>);

export type Fixtures = { [N in OperationName]?: Fixture<N> };

/** A GraphQL error as the server sends it, e.g. BAD_USER_INPUT with its `fields`. */
export const gqlError = (message: string, extensions: Record<string, unknown> = {}) => ({
  error: new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions })] }),
});

/** The signed-in user each role sees in tests (the Me query), unless a test gives its own. */
export function meFor(role: Role): NonNullable<MeQuery['me']> {
  return {
    id: 'u-1',
    email: `${role.toLowerCase()}@demo.dk`,
    name: 'Test Bruger',
    role,
    companyId: role === 'COMPANY' ? COMPANY_ID : null,
    language: null,
    industries:
      role === 'CONSULTANT'
        ? [
            {
              code: '52',
              name: 'Hjælpevirksomhed i forbindelse med transport',
              nameEn: 'Support activities for transportation',
            },
          ]
        : [],
  };
}

export const COMPANY_ID = '11111111-1111-1111-1111-111111111111';

export interface Call {
  name: string;
  kind: 'query' | 'mutation';
  variables: Record<string, unknown>;
}

const nameOf = (query: DocumentNode) => {
  const def = query.definitions.find((d) => d.kind === 'OperationDefinition');
  return def && 'name' in def ? (def.name?.value ?? '') : '';
};

/**
 * The one fake GraphQL client for web tests: a real urql client whose exchange answers each operation by
 * name from `fixtures` (Me as `role`, or as `me`). An operation without a fixture never answers, so the page
 * stays loading. Every query and mutation is recorded in `calls`; `mutations` holds only the mutations (name and variables).
 */
export function fakeClient(fixtures: Fixtures, { role = 'ADMIN', me }: { role?: Role; me?: MeQuery['me'] } = {}) {
  const calls: Call[] = [];
  const mutations: Omit<Call, 'kind'>[] = [];
  const table: Record<string, unknown> = { Me: { data: { me: me === undefined ? meFor(role) : me } }, ...fixtures };
  const answer = (op: Operation) => {
    const name = nameOf(op.query);
    const variables = (op.variables ?? {}) as Record<string, unknown>;
    const call: Call = { name, kind: op.kind === 'mutation' ? 'mutation' : 'query', variables };
    calls.push(call);
    if (call.kind === 'mutation') mutations.push({ name, variables });
    const fixture = table[name];
    if (fixture === undefined) return never;
    const out = (typeof fixture === 'function' ? fixture(variables) : fixture) as Answer<unknown>;
    if ('data' in out) return fromValue(makeResult(op, { data: out.data as Record<string, unknown> }));
    return fromValue(
      out.error instanceof CombinedError
        ? { operation: op, data: undefined, error: out.error, stale: false, hasNext: false }
        : makeErrorResult(op, out.error),
    );
  };
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      mergeMap(answer),
    );
  const client = new Client({ url: 'http://test/graphql', exchanges: [exchange] });
  return { client, calls, mutations };
}
