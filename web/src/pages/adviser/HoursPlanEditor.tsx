import { Alert, Button, Fieldset, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HoursInput } from '../../components/HoursInput.js';
import { dynamicText } from '../../i18n/enums.js';
import { useFormat } from './format.js';
import { checkPlan, type PlanField, type PlanRow, planPath } from './hours-plan.js';

type InputProps = Record<string, any>;

/**
 * The hours-plan editor: rows {from week, weekly hours, of which ordinary} that rise step by step.
 * Errors come from the form (client rules and the server's, mapped to their row).
 */
export function HoursPlanEditor({
  rows,
  getInputProps,
  onAdd,
  onRemove,
  error,
}: {
  rows: PlanRow[];
  getInputProps: (path: string) => InputProps;
  onAdd: () => void;
  onRemove: (index: number) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const { warnings } = checkPlan(rows);
  const input = (i: number, field: PlanField, label: string, max: number, step: number, min: number) => (
    <HoursInput
      readOnly={i === 0 && field === 'fromWeek'}
      label={label}
      min={min}
      max={max}
      step={step}
      required
      data-testid={`plan-${i}-${field}`}
      {...getInputProps(planPath(i, field))}
    />
  );
  return (
    <Stack gap="sm" data-testid="hours-plan">
      <Text size="sm">{t('adviser.start.planHelp')}</Text>
      {rows.map((row, i) => (
        <Fieldset key={row.key} legend={t('adviser.start.stepLegend', { n: i + 1 })} variant="filled">
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 4 }} spacing="sm" verticalSpacing="xs" style={{ alignItems: 'end' }}>
            {input(i, 'fromWeek', t('adviser.start.fromWeek'), 104, 1, 1)}
            {input(i, 'weeklyHours', t('adviser.start.weeklyHours'), 37, 0.5, 0.5)}
            {input(i, 'ordinaryHours', t('adviser.start.ordinaryHours'), 37, 0.5, 0)}
            <Group align="flex-end">
              {rows.length > 1 && (
                <Button variant="default" c="red.9" onClick={() => onRemove(i)}>
                  {t('adviser.start.removeStep', { n: i + 1 })}
                </Button>
              )}
            </Group>
          </SimpleGrid>
          {warnings[i] && (
            <Text size="sm" fw={600} mt={4}>
              {dynamicText(t, `adviser.start.${warnings[i].key}`)}
            </Text>
          )}
        </Fieldset>
      ))}
      {error && (
        <Alert color="red" role="alert" p="xs">
          {error}
        </Alert>
      )}
      <Group>
        <Button variant="light" onClick={onAdd} data-testid="plan-add">
          {t('adviser.start.addStep')}
        </Button>
      </Group>
      <List size="sm" aria-label={t('adviser.start.planTitle')}>
        {rows.map((row, i) => {
          const next = rows[i + 1];
          const nextFrom = next ? Number(next.fromWeek) - 1 : null;
          return (
            <List.Item key={row.key}>
              {t('adviser.start.planSummary', {
                from: row.fromWeek,
                to:
                  nextFrom === null
                    ? t('adviser.start.planSummaryOpen')
                    : nextFrom > Number(row.fromWeek)
                      ? t('adviser.start.planSummaryTo', { to: nextFrom })
                      : '',
                hours: f.num(Number(row.weeklyHours) || 0),
                ordinary: f.num(Number(row.ordinaryHours) || 0),
              })}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
