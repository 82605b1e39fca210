import { LineChart } from '@mantine/charts';
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format.js';

export interface PlacementWeekRow {
  week: string;
  placementWeek: number;
  plannedHours: number;
  plannedOrdinaryHours: number;
  attendedHours: number | null;
  ordinaryHours: number | null;
  overdue: boolean;
}

/**
 * One placement's hours week by week, beside the follow-up form: the plan as steps, attended and
 * ordinary hours as lines that break where a week had no follow-up (null, connectNulls off: a gap is
 * never drawn as a straight line), and a red mark on each week whose follow-up was overdue.
 */
export function PlacementHoursChart({ weeks }: { weeks: PlacementWeekRow[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!weeks.length) return <Text c="dimmed">{t('adviser.hours.none')}</Text>;
  const data = weeks.map((w) => ({ ...w, label: t('adviser.common.week', { week: w.placementWeek }) }));
  const overdue = data.filter((w) => w.overdue);
  return (
    <figure style={{ margin: 0 }} data-testid="placement-hours-chart">
      <LineChart
        h={260}
        data={data}
        dataKey="label"
        yAxisProps={{ domain: [0, 40], ticks: [0, 10, 18.5, 25, 37] }}
        valueFormatter={(v) => f.num(v)}
        connectNulls={false}
        curveType="linear"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        series={[
          {
            name: 'plannedHours',
            label: t('adviser.hours.planned'),
            color: 'gray.7',
            strokeDasharray: '6 4',
            curveType: 'stepAfter',
          },
          { name: 'attendedHours', label: t('adviser.hours.attended'), color: 'blue.8' },
          { name: 'ordinaryHours', label: t('adviser.hours.ordinary'), color: 'teal.9' },
        ]}
        referenceLines={[
          { y: 18.5, label: t('hours.line', { hours: f.num(18.5) }), color: 'orange.9' },
          { y: 37, label: t('hours.line', { hours: f.num(37) }), color: 'red.9' },
          ...overdue.map((w) => ({ x: w.label, label: t('journal.chart.overdue'), color: 'red.9' })),
        ]}
      />
      <figcaption>
        <Text size="sm" c="dimmed">
          {t('journal.chart.caption')}
        </Text>
        {overdue.length > 0 && (
          <Text size="sm" c="red.9" fw={600} data-testid="overdue-weeks">
            {t('journal.chart.overdueWeeks', { count: overdue.length })}
          </Text>
        )}
      </figcaption>
      <details>
        <summary>
          <Text span size="sm">
            {t('journal.chart.tableToggle')}
          </Text>
        </summary>
        <Table.ScrollContainer minWidth={420}>
          <Table striped aria-label={t('journal.chart.tableCaption')} data-testid="weeks-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('adviser.hours.week')}</Table.Th>
                <Table.Th scope="col">{t('adviser.hours.planned')}</Table.Th>
                <Table.Th scope="col">{t('adviser.hours.attended')}</Table.Th>
                <Table.Th scope="col">{t('adviser.hours.ordinary')}</Table.Th>
                <Table.Th scope="col">{t('journal.chart.followUp')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((w) => (
                <Table.Tr key={w.week} data-overdue={w.overdue}>
                  <Table.Th scope="row">{w.label}</Table.Th>
                  <Table.Td>{f.num(w.plannedHours)}</Table.Td>
                  <Table.Td>{w.attendedHours === null ? '–' : f.num(w.attendedHours)}</Table.Td>
                  <Table.Td>{w.ordinaryHours === null ? '–' : f.num(w.ordinaryHours)}</Table.Td>
                  <Table.Td>
                    {w.overdue ? (
                      <Badge color="red.9" variant="filled">
                        {t('journal.chart.overdue')}
                      </Badge>
                    ) : w.attendedHours === null ? (
                      t('journal.chart.none')
                    ) : (
                      '✓'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </details>
    </figure>
  );
}
