import { LineChart } from '@mantine/charts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format.js';

export interface WeekHoursRow {
  week: string;
  plannedHours: number;
  plannedOrdinaryHours: number;
  /** IGU: of the planned hours, those at school */
  plannedSchoolHours?: number;
  attendedHours: number | null;
  ordinaryHours: number | null;
}

/** "2026-W48" → "Uge 48" (with the year when the series spans years). */
const weekLabel = (week: string, withYear: boolean, word: string) => {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return week;
  return withYear ? `${word} ${Number(m[2])} ’${m[1]!.slice(2)}` : `${word} ${Number(m[2])}`;
};

/**
 * Hours progression: planned, attended and ordinary hours per week with the 18.5 and 37 hour lines (the
 * rules themselves) and the person's hour goal when it is neither (e.g. 25 for activity-ready),
 * and the same figures as a table for people who do not read charts.
 */
export function HoursProgressChart({ weeks, goal }: { weeks: WeekHoursRow[]; goal?: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!weeks.length) return <Text c="dimmed">{t('adviser.hours.none')}</Text>;
  const years = new Set(weeks.map((w) => w.week.slice(0, 4)));
  const word = t('adviser.hours.week');
  const data = weeks.map((w) => ({ ...w, label: weekLabel(w.week, years.size > 1, word) }));
  const school = weeks.some((w) => (w.plannedSchoolHours ?? 0) > 0);
  const ownGoal = goal !== undefined && goal !== 18.5 && goal !== 37 ? goal : null;
  return (
    <figure style={{ margin: 0 }} data-testid="hours-chart">
      <LineChart
        h={280}
        data={data}
        dataKey="label"
        yAxisProps={{
          domain: [0, 40],
          ticks: [...new Set([0, 10, 18.5, 25, 37, ...(ownGoal ? [ownGoal] : [])])].sort((a, b) => a - b),
        }}
        valueFormatter={(v) => f.num(v)}
        connectNulls
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
          {
            name: 'plannedOrdinaryHours',
            label: t('adviser.hours.plannedOrdinary'),
            color: 'teal.5',
            strokeDasharray: '2 3',
            curveType: 'stepAfter',
          },
          ...(school
            ? [
                {
                  name: 'plannedSchoolHours',
                  label: t('adviser.hours.plannedSchool'),
                  color: 'grape.8',
                  strokeDasharray: '1 3',
                  curveType: 'stepAfter' as const,
                },
              ]
            : []),
          { name: 'attendedHours', label: t('adviser.hours.attended'), color: 'blue.8' },
          { name: 'ordinaryHours', label: t('adviser.hours.ordinary'), color: 'teal.9' },
        ]}
        referenceLines={[
          { y: 18.5, label: t('hours.line', { hours: f.num(18.5) }), color: 'orange.9' },
          { y: 37, label: t('hours.line', { hours: f.num(37) }), color: 'red.9' },
          ...(ownGoal
            ? [{ y: ownGoal, label: t('adviser.hours.goalLine', { hours: f.num(ownGoal) }), color: 'indigo.9' }]
            : []),
        ]}
      />
      <figcaption>
        <Text size="sm" c="dimmed">
          {t('adviser.hours.caption')}
          {ownGoal ? ` ${t('adviser.hours.goalCaption', { hours: f.num(ownGoal) })}` : ''}
        </Text>
      </figcaption>
      <details>
        <summary>
          <Text span size="sm">
            {t('adviser.hours.tableToggle')}
          </Text>
        </summary>
        <Table.ScrollContainer minWidth={420}>
          <Table striped aria-label={t('adviser.hours.tableCaption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('adviser.hours.week')}</Table.Th>
                <Table.Th scope="col">{t('adviser.hours.planned')}</Table.Th>
                <Table.Th scope="col">{t('adviser.hours.plannedOrdinary')}</Table.Th>
                {school && <Table.Th scope="col">{t('adviser.hours.plannedSchool')}</Table.Th>}
                <Table.Th scope="col">{t('adviser.hours.attended')}</Table.Th>
                <Table.Th scope="col">{t('adviser.hours.ordinary')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.map((w) => (
                <Table.Tr key={w.week}>
                  <Table.Th scope="row">{w.label}</Table.Th>
                  <Table.Td>{f.num(w.plannedHours)}</Table.Td>
                  <Table.Td>{f.num(w.plannedOrdinaryHours)}</Table.Td>
                  {school && <Table.Td>{f.num(w.plannedSchoolHours ?? 0)}</Table.Td>}
                  <Table.Td>{f.num(w.attendedHours)}</Table.Td>
                  <Table.Td>{f.num(w.ordinaryHours)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </details>
    </figure>
  );
}
