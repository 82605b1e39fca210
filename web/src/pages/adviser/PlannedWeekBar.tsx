import { Alert, ColorSwatch, Group, List, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityKind } from '../../gql/graphql.js';
import { useFormat } from './format.js';

export interface PlannedWeek {
  total: number;
  goal: number;
  gap: number;
  placementHours: number;
  /** IGU: of the placement hours, those at school this week */
  schoolHours?: number;
  activities: { kind: ActivityKind; label: string; weeklyHours: number }[];
  /** Below the hour goal this week: the page warns (issue 16.3). */
  belowGoal?: boolean;
  peakTotal?: number;
  peakFrom?: string;
  fullTimeHours?: number;
  /** The heaviest week ahead is above full time: with the adviser's exception, or planned before the rule. */
  overFullTime?: boolean;
  exception?: { createdAt: string; reason: string; confirmedByName: string } | null;
}

const PLACEMENT_COLOR = 'var(--mantine-color-teal-9)';
const SCHOOL_COLOR = 'var(--mantine-color-grape-9)';
const ACTIVITY_COLORS = [
  'var(--mantine-color-indigo-7)',
  'var(--mantine-color-grape-8)',
  'var(--mantine-color-cyan-9)',
];

/** This week's planned hours against the goal (37) as a stacked bar, with the parts and the gap in words. */
export function PlannedWeekBar({ week }: { week: PlannedWeek }) {
  const { t } = useTranslation();
  const f = useFormat();
  const scale = Math.max(week.goal, week.total) || 1;
  const school = week.schoolHours ?? 0;
  const work = Math.round((week.placementHours - school) * 100) / 100;
  const parts = [
    ...(work > 0 ? [{ label: t('adviser.candidate.placementPart'), hours: work, color: PLACEMENT_COLOR }] : []),
    ...(school > 0 ? [{ label: t('adviser.candidate.schoolPart'), hours: school, color: SCHOOL_COLOR }] : []),
    ...week.activities.map((a, i) => ({
      label: a.label || t(`adviser.enums.activity.${a.kind}`),
      hours: a.weeklyHours,
      color: ACTIVITY_COLORS[i % ACTIVITY_COLORS.length]!,
    })),
  ];
  return (
    <div data-testid="planned-week">
      <Text fw={600} mb={4}>
        {t('adviser.candidate.weekTotal', { total: f.num(week.total), goal: f.num(week.goal) })}{' '}
        {week.gap > 0
          ? t('adviser.candidate.weekGap', { gap: f.num(week.gap), goal: f.num(week.goal) })
          : t('adviser.candidate.weekReached', { goal: f.num(week.goal) })}
      </Text>
      {/* role="group": aria-label is not allowed on a plain div (axe fails the empty bar of a person with no planned hours). */}
      <Progress.Root size={26} role="group" aria-label={t('adviser.candidate.weekCaption')}>
        {parts.map((p) => (
          <Progress.Section
            key={p.label}
            value={(p.hours / scale) * 100}
            color={p.color}
            aria-label={`${p.label}: ${t('adviser.common.hours', { hours: f.num(p.hours) })}`}
          >
            <Progress.Label>{f.num(p.hours)}</Progress.Label>
          </Progress.Section>
        ))}
      </Progress.Root>
      <Group justify="space-between" mt={2}>
        <Text size="xs" c="dimmed">
          0
        </Text>
        <Text size="xs" c="dimmed">
          {t('adviser.common.hours', { hours: f.num(week.goal) })}
        </Text>
      </Group>
      <WeekWarnings week={week} />
      {parts.length > 0 && (
        <List listStyleType="none" size="sm" mt="xs" aria-label={t('adviser.candidate.weekLegend')}>
          {parts.map((p) => (
            <List.Item key={p.label} icon={<ColorSwatch color={p.color} size={14} aria-hidden />}>
              {p.label}: {t('adviser.common.hoursLong', { hours: f.num(p.hours) })}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

/** The obligation in words: below the hour goal this week, or above full time ahead (with the exception). */
function WeekWarnings({ week }: { week: PlannedWeek }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <>
      {week.belowGoal && (
        <Alert color="yellow" mt="sm" title={t('progress.week.belowGoalTitle')} data-testid="week-below-goal">
          {t('progress.week.belowGoal', { total: f.num(week.total), goal: f.num(week.goal), gap: f.num(week.gap) })}
        </Alert>
      )}
      {week.overFullTime && (
        <Alert
          color="red"
          mt="sm"
          title={t('progress.week.overTitle', { max: f.num(week.fullTimeHours ?? 37) })}
          data-testid="week-over-full-time"
        >
          <Text size="sm">
            {t('progress.week.over', { total: f.num(week.peakTotal), date: f.date(week.peakFrom) })}
          </Text>
          <Text size="sm" data-testid="week-exception">
            {week.exception
              ? t('progress.week.exception', {
                  name: week.exception.confirmedByName,
                  date: f.date(week.exception.createdAt),
                  reason: week.exception.reason,
                })
              : t('progress.week.noException')}
          </Text>
        </Alert>
      )}
    </>
  );
}
