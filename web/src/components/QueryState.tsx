import { Alert, Center, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/** Loading, error and empty states in words: never a blank page. */
export function QueryState({ fetching, error, empty }: { fetching: boolean; error?: CombinedError; empty?: boolean }) {
  const { t } = useTranslation();
  if (error) {
    const message = error.graphQLErrors[0]?.message ?? error.networkError?.message ?? error.message;
    return (
      <Alert color="red" role="alert" title={t('common.error', { message: '' })}>
        {message}
      </Alert>
    );
  }
  if (fetching) {
    return (
      <Center p="lg" aria-live="polite">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (empty) return <Text c="dimmed">{t('common.empty')}</Text>;
  return null;
}
