import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { MeQuery } from '../gql/graphql.js';
import { setLanguage } from '../i18n/index.js';
import { MeDocument } from './auth.operations.js';

export type CurrentUser = NonNullable<MeQuery['me']>;

interface AuthState {
  me: CurrentUser | null;
  fetching: boolean;
  refresh: () => void;
}

const AuthContext = createContext<AuthState>({ me: null, fetching: true, refresh: () => undefined });

export function AuthProvider({ children }: { children: ReactNode }) {
  const [{ data, fetching }, refetch] = useQuery({ query: MeDocument, requestPolicy: 'network-only' });
  const { i18n } = useTranslation();
  const stored = data?.me?.language;
  // A language chosen earlier (on this or another machine) wins over this browser's last one.
  useEffect(() => {
    if ((stored === 'da' || stored === 'en') && stored !== i18n.language) setLanguage(stored);
  }, [stored, i18n.language]);
  const state: AuthState = {
    me: data?.me ?? null,
    fetching: fetching && !data,
    refresh: () => refetch({ requestPolicy: 'network-only' }),
  };
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export const useAuth = () => useContext(AuthContext);
