import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth.js';
import type { Role } from '../../gql/graphql.js';

/** Shows the page only to the given roles; everyone else gets a clear message instead of an empty page. */
export function RolesOnly({ roles, message, children }: { roles: Role[]; message?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  if (!me) return null;
  if (!roles.includes(me.role)) {
    return (
      <Alert color="red" role="alert" title={t('overview.common.noAccess')} data-testid="forbidden">
        {message ?? t('overview.common.staffOnly')}
      </Alert>
    );
  }
  return <>{children}</>;
}

export const STAFF: Role[] = ['ADMIN', 'CONSULTANT', 'ADVISER'];
