import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { usePager } from '../../components/Pager.js';

/**
 * Previous/next for a Relay connection, driven by the shared usePager hook. A local copy of the shared
 * Pager because that one reads i18n keys (common.showing, common.prev, …) the shared bundle lacks.
 */
export function AdviserPager({
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
  label: string;
}) {
  const { t } = useTranslation();
  const from = total === 0 ? 0 : (pager.page - 1) * pageSize + 1;
  return (
    <Group justify="space-between" mt="sm" component="nav" aria-label={label}>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('adviser.common.showing', { from, to: from + shown - 1, total })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={pager.page === 1} onClick={pager.prev}>
          {t('adviser.common.prev')}
        </Button>
        <Button variant="default" size="xs" disabled={!hasNextPage} onClick={() => pager.next(endCursor)}>
          {t('adviser.common.next')}
        </Button>
      </Group>
    </Group>
  );
}
