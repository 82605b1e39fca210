import { createContext, type ReactNode, useContext } from 'react';
import { useQuery } from 'urql';
import type { MeQuery } from '../gql/graphql.js';
import { graphql } from '../gql/index.js';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      companyId
      industries {
        code
        name
      }
    }
  }
`);

export type CurrentUser = NonNullable<MeQuery['me']>;

interface AuthState {
  me: CurrentUser | null;
  fetching: boolean;
  refresh: () => void;
}

const AuthContext = createContext<AuthState>({ me: null, fetching: true, refresh: () => undefined });

export function AuthProvider({ children }: { children: ReactNode }) {
  const [{ data, fetching }, refetch] = useQuery({ query: MeDocument, requestPolicy: 'network-only' });
  const state: AuthState = {
    me: data?.me ?? null,
    fetching: fetching && !data,
    refresh: () => refetch({ requestPolicy: 'network-only' }),
  };
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export const useAuth = () => useContext(AuthContext);
