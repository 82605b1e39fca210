import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How many rows a list page shows. */
export const PAGE_SIZE = 20;
/** How many rows a list that is one section of a detail page shows. */
export const SECTION_PAGE_SIZE = 10;

/** Cursor pagination one page at a time: a stack of `after` cursors gives "previous". */
function usePager() {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  return {
    after: stack.at(-1) ?? null,
    page: stack.length,
    next: (cursor: string | null | undefined) => cursor && setStack((s) => [...s, cursor]),
    prev: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
    reset: () => setStack([null]),
  };
}

/** What the pager needs of a Relay connection. */
export interface ConnectionPage {
  totalCount: number;
  edges: readonly unknown[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

/**
 * Paging through a Relay connection: `variables` ({ first, after }) to spread into the query's
 * variables, `reset()` when a filter changes, and `pagerProps(connection)` for `<Pager>`.
 */
export function useConnection(pageSize: number = PAGE_SIZE) {
  const pager = usePager();
  return {
    variables: { first: pageSize, after: pager.after },
    page: pager.page,
    reset: pager.reset,
    /** `shown`: the rows on screen, when the page shows fewer than the connection's edges. */
    pagerProps: (connection: ConnectionPage, shown: number = connection.edges.length) => ({
      pager,
      total: connection.totalCount,
      shown,
      pageSize,
      endCursor: connection.pageInfo.endCursor,
      hasNextPage: connection.pageInfo.hasNextPage,
    }),
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
