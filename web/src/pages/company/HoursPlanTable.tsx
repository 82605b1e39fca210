import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './lib.js';

export interface PlanStep {
  fromWeek: number;
  weeklyHours: number;
  ordinaryHours: number;
}

/** A placement's hours plan as a small table; the current step is marked in words, not only by colour. */
export function HoursPlanTable({
  steps,
  currentFromWeek,
  caption,
}: {
  steps: PlanStep[];
  currentFromWeek?: number | null;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!steps.length)
    return (
      <Text size="sm" c="dimmed">
        {t('company.common.notSet')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table captionSide="top" withTableBorder verticalSpacing={4} fz="sm" maw={520} data-testid="hours-plan">
        <Table.Caption style={{ textAlign: 'left', fontWeight: 600, color: 'var(--mantine-color-text)' }}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('company.interns.colFromWeek')}</Table.Th>
            <Table.Th scope="col">{t('company.interns.colWeekly')}</Table.Th>
            <Table.Th scope="col">{t('company.interns.colOrdinary')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...steps]
            .sort((a, b) => a.fromWeek - b.fromWeek)
            .map((s) => {
              const current = s.fromWeek === currentFromWeek;
              return (
                <Table.Tr key={s.fromWeek} fw={current ? 700 : undefined} bg={current ? 'teal.0' : undefined}>
                  <Table.Td>
                    {s.fromWeek}
                    {current && ` ${t('company.interns.current')}`}
                  </Table.Td>
                  <Table.Td>{t('company.common.hoursShort', { hours: formatNumber(s.weeklyHours, lang) })}</Table.Td>
                  <Table.Td>{t('company.common.hoursShort', { hours: formatNumber(s.ordinaryHours, lang) })}</Table.Td>
                </Table.Tr>
              );
            })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
