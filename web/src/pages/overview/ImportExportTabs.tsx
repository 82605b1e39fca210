import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** Switches between the import and the export page (links, so each has its own address). */
export function ImportExportTabs() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = [
    { to: '/overview/import', label: t('overview.import.toImport') },
    { to: '/overview/export', label: t('overview.import.toExport') },
  ];
  return (
    <Group component="nav" aria-label={t('overview.import.tabs')} gap="xs">
      {items.map((i) => {
        const current = pathname === i.to;
        return (
          <Button
            key={i.to}
            component={Link}
            to={i.to}
            variant={current ? 'filled' : 'default'}
            size="xs"
            aria-current={current ? 'page' : undefined}
          >
            {i.label}
          </Button>
        );
      })}
    </Group>
  );
}
