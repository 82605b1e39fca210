import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface WeekHours {
  week: string;
  plannedHours: number;
  attendedHours: number | null;
  ordinaryHours: number | null;
}

/** Planned, attended and ordinary hours per week, with the 18.5 and 37 hour lines. */
export function HoursChart({ weeks }: { weeks: WeekHours[] }) {
  const { t } = useTranslation();
  if (!weeks.length) return <Text c="dimmed">{t('hours.none')}</Text>;
  return (
    <figure style={{ margin: 0 }}>
      <LineChart
        h={280}
        data={weeks}
        dataKey="week"
        yAxisProps={{ domain: [0, 40] }}
        connectNulls
        withLegend
        series={[
          { name: 'plannedHours', label: t('hours.planned'), color: 'gray.6', strokeDasharray: '5 5' },
          { name: 'attendedHours', label: t('hours.attended'), color: 'blue.8' },
          { name: 'ordinaryHours', label: t('hours.ordinary'), color: 'teal.8' },
        ]}
        referenceLines={[
          { y: 18.5, label: '18,5 t', color: 'orange.8' },
          { y: 37, label: '37 t', color: 'red.8' },
        ]}
      />
      <figcaption>
        <Text size="sm" c="dimmed">
          {t('hours.caption')}
        </Text>
      </figcaption>
    </figure>
  );
}
