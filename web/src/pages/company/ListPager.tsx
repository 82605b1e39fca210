import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { usePager } from '../../components/Pager.js';

/**
 * Previous/next over a connection, with "showing x–y of z". Like components/Pager, but with this
 * workspace's texts: the shared Pager's keys (common.showing, common.prev, …) are not in i18n/da.ts yet.
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
  label?: string;
}) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const from = (pager.page - 1) * pageSize + 1;
  return (
    <Group justify="space-between" mt="sm" component="nav" aria-label={label ?? t('company.common.pages')}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('company.common.showing', { from, to: from + shown - 1, total })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={pager.page === 1} onClick={pager.prev}>
          {t('company.common.prev')}
        </Button>
        <Button variant="default" size="xs" disabled={!hasNextPage} onClick={() => pager.next(endCursor)}>
          {t('company.common.next')}
        </Button>
      </Group>
    </Group>
  );
}
