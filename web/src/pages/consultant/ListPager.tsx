import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { usePager } from '../../components/Pager.js';

/**
 * Previous/next for a Relay connection, driven by the shared usePager hook. A local copy of the
 * shared Pager because that one reads i18n keys (common.showing, common.prev, …) that the shared
 * bundle does not define yet.
 */
export function ListPager({
  pager,
  total,
  shown,
  pageSize,
  endCursor,
  hasNextPage,
  label,
}: {
  pager: ReturnType<typeof usePager>;
  total: number;
  shown: number;
  pageSize: number;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
  /** What is paged, for the navigation landmark's name */
  label: string;
}) {
  const { t } = useTranslation();
  if (total <= pageSize && pager.page === 1) {
    return (
      <Text size="sm" c="dimmed" mt="xs">
        {t('consultant.pager.count', { count: total })}
      </Text>
    );
  }
  const from = total === 0 ? 0 : (pager.page - 1) * pageSize + 1;
  return (
    <Group justify="space-between" mt="sm" component="nav" aria-label={t('consultant.pager.nav', { what: label })}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('consultant.pager.showing', { from, to: from + shown - 1, total })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={pager.page === 1} onClick={pager.prev}>
          {t('consultant.pager.prev')}
        </Button>
        <Button variant="default" size="xs" disabled={!hasNextPage} onClick={() => pager.next(endCursor)}>
          {t('consultant.pager.next')}
        </Button>
      </Group>
    </Group>
  );
}
