import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Cursor pagination one page at a time: a stack of `after` cursors gives "previous". */
export function usePager() {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  return {
    after: stack.at(-1) ?? null,
    page: stack.length,
    next: (cursor: string | null | undefined) => cursor && setStack((s) => [...s, cursor]),
    prev: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
    reset: () => setStack([null]),
  };
}

/**
 * Previous/next over a Relay connection with "showing x–y of z". Nothing for an empty list, and
 * only the count when everything fits on the first page: buttons that cannot be pressed say nothing.
 */
export function Pager({
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
  /** What is paged, naming the navigation landmark when a page has more than one list. */
  label?: string;
}) {
  const { t } = useTranslation();
  if (total === 0) return null;
  if (total <= pageSize && pager.page === 1) {
    return (
      <Text size="sm" c="dimmed" mt="xs">
        {t('common.count', { count: total })}
      </Text>
    );
  }
  const from = (pager.page - 1) * pageSize + 1;
  return (
    <Group
      justify="space-between"
      mt="sm"
      component="nav"
      aria-label={label ? t('common.pagesOf', { what: label }) : t('common.pages')}
    >
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.showing', { from, to: from + shown - 1, total })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={pager.page === 1} onClick={pager.prev}>
          {t('common.prev')}
        </Button>
        <Button variant="default" size="xs" disabled={!hasNextPage} onClick={() => pager.next(endCursor)}>
          {t('common.next')}
        </Button>
      </Group>
    </Group>
  );
}
