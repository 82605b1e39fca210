import { Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChartRow {
  label: string;
  value: string;
}

/**
 * A chart with its text alternative: a heading, a one-line summary everyone can read, and the
 * numbers as a table for screen readers (the drawing itself says nothing to them).
 */
export function ChartFigure({
  title,
  summary,
  labelHeader,
  valueHeader,
  rows,
  children,
  testId,
}: {
  title: string;
  summary: string;
  labelHeader: string;
  valueHeader: string;
  rows: ChartRow[];
  children: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="figure" m={0} aria-labelledby={headingId} data-testid={testId}>
      <Title order={3} size="h4" id={headingId} mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('overview.dashboard.noData')}</Text>
      ) : (
        <>
          <div aria-hidden="true" data-testid={`${testId}-chart`}>
            {children}
          </div>
          <VisuallyHidden>
            <Table>
              <caption>{t('overview.dashboard.tableOf', { title })}</caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{labelHeader}</Table.Th>
                  <Table.Th scope="col">{valueHeader}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.label}>
                    <Table.Th scope="row">{r.label}</Table.Th>
                    <Table.Td>{r.value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </VisuallyHidden>
          <Text component="figcaption" size="sm" c="dimmed" mt="xs" data-testid={`${testId}-summary`}>
            {summary}
          </Text>
        </>
      )}
    </Paper>
  );
}
