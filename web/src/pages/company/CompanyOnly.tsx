import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth.js';

/** The company's pages: only for a COMPANY user, and only for its own company (me.companyId). */
export function CompanyOnly({ children }: { children: (companyId: string) => ReactNode }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  if (me?.role !== 'COMPANY' || !me.companyId) {
    return (
      <Alert color="yellow" role="alert">
        {t('company.common.onlyCompany')}
      </Alert>
    );
  }
  return <>{children(me.companyId)}</>;
}
