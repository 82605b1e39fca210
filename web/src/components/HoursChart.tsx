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
  const { t, i18n } = useTranslation();
  if (!weeks.length) return <Text c="dimmed">{t('hours.none')}</Text>;
  const num = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK');
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
          { y: 18.5, label: t('hours.line', { hours: num.format(18.5) }), color: 'orange.8' },
          { y: 37, label: t('hours.line', { hours: num.format(37) }), color: 'red.8' },
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
