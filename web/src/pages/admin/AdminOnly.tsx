import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RolesOnly } from '../overview/StaffOnly.js';

/** The admin pages: anyone else is told so in words instead of seeing an empty page. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RolesOnly roles={['ADMIN']} message={t('admin.forbidden')}>
      {children}
    </RolesOnly>
  );
}
