import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The server refused a stale `version` (CONFLICT): says so in words, moves focus here (the user clicked
 * save at the bottom of a long form) and offers to load the latest version.
 */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'center' });
    ref.current?.focus();
  }, []);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="orange"
      role="alert"
      title={t('company.common.conflictTitle')}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      data-testid="conflict"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('company.common.conflict')}</Text>
        <Button size="xs" variant="default" onClick={onReload}>
          {t('company.common.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
