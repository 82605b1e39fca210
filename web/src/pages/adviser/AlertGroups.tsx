import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { fieldErrors } from '../../components/form-errors.js';
import type { AdviserAlertsQuery, AlertSeverity } from '../../gql/graphql.js';
import { AdviserHandleAlertDocument, AdviserSnoozeAlertDocument } from './AdviserAlerts.operations.js';
import { addDaysIso, todayIso, useFormat } from './format.js';

export type AlertItem = AdviserAlertsQuery['alerts'][number];

export const SEVERITIES: AlertSeverity[] = ['CRITICAL', 'WARNING', 'INFO'];

/** Badge colours with AA contrast; the severity is always written out too. */
export const SEVERITY_BADGE: Record<AlertSeverity, { color: string; autoContrast?: boolean }> = {
  CRITICAL: { color: 'red.9' },
  WARNING: { color: 'yellow.4', autoContrast: true },
  INFO: { color: 'blue.9' },
};

const BORDER: Record<AlertSeverity, string> = {
  CRITICAL: 'var(--mantine-color-red-9)',
  WARNING: 'var(--mantine-color-yellow-6)',
  INFO: 'var(--mantine-color-blue-9)',
};

export function SeverityBadge({ severity }: { severity: AlertSeverity }) {
  const { t } = useTranslation();
  return (
    <Badge {...SEVERITY_BADGE[severity]} variant="filled">
      {t(`adviser.enums.severity.${severity}`)}
    </Badge>
  );
}

/**
 * The work-queue actions of one alert: snooze it until a date, or mark it handled with a note (it then
 * leaves the list and stays in the history). `onDone` reloads the queue.
 */
function AlertActions({ alert, onDone }: { alert: AlertItem; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [mode, setMode] = useState<'snooze' | 'handle' | null>(null);
  const [until, setUntil] = useState(addDaysIso(todayIso(), 7));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [snoozeState, snooze] = useMutation(AdviserSnoozeAlertDocument);
  const [handleState, handle] = useMutation(AdviserHandleAlertDocument);
  const idBase = `alert-${alert.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;

  const submitSnooze = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!until || until <= todayIso()) return setError(t('journal.queue.errDate'));
    const r = await snooze({ id: alert.id, until });
    if (r.error) return setError(Object.values(fieldErrors(r.error).fields)[0] ?? r.error.message);
    onDone(t('journal.queue.snoozed', { date: f.date(until) }));
  };
  const submitHandle = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!note.trim()) return setError(t('journal.queue.errNote'));
    const r = await handle({ id: alert.id, note: note.trim() });
    if (r.error) return setError(Object.values(fieldErrors(r.error).fields)[0] ?? r.error.message);
    onDone(t('journal.queue.handled'));
  };
  return (
    <Stack gap="xs" style={{ flex: '1 1 100%' }}>
      <Group gap="xs">
        <Button
          size="xs"
          variant={mode === 'snooze' ? 'filled' : 'default'}
          onClick={() => {
            setMode(mode === 'snooze' ? null : 'snooze');
            setError(null);
          }}
          aria-expanded={mode === 'snooze'}
          data-testid="alert-snooze"
        >
          {t('journal.queue.snooze')}
        </Button>
        <Button
          size="xs"
          variant={mode === 'handle' ? 'filled' : 'default'}
          onClick={() => {
            setMode(mode === 'handle' ? null : 'handle');
            setError(null);
          }}
          aria-expanded={mode === 'handle'}
          data-testid="alert-handle"
        >
          {t('journal.queue.handle')}
        </Button>
      </Group>
      {mode === 'snooze' && (
        <form onSubmit={submitSnooze} noValidate aria-label={t('journal.queue.snoozeLabel')}>
          <Group align="flex-end" gap="xs">
            <TextInput
              id={`${idBase}-until`}
              type="date"
              label={t('journal.queue.snoozeLabel')}
              min={addDaysIso(todayIso(), 1)}
              value={until}
              onChange={(e) => setUntil(e.currentTarget.value)}
              error={error}
              data-testid="alert-snooze-until"
            />
            <Button type="submit" size="sm" loading={snoozeState.fetching} data-testid="alert-snooze-submit">
              {t('journal.queue.snoozeSubmit')}
            </Button>
          </Group>
        </form>
      )}
      {mode === 'handle' && (
        <form onSubmit={submitHandle} noValidate aria-label={t('journal.queue.handleLabel')}>
          <Stack gap="xs">
            <Textarea
              id={`${idBase}-note`}
              label={t('journal.queue.handleLabel')}
              autosize
              minRows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={error}
              data-testid="alert-handle-note"
            />
            <Group>
              <Button type="submit" size="sm" loading={handleState.fetching} data-testid="alert-handle-submit">
                {t('journal.queue.handleSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

/** One alert: what kind, what is wrong (the server's words), by when, and where to act. */
export function AlertRow({ alert, onDone }: { alert: AlertItem; onDone?: (message: string) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Paper
      withBorder
      p="sm"
      style={{ borderLeft: `6px solid ${BORDER[alert.severity]}` }}
      data-testid="alert"
      data-severity={alert.severity}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Group gap="xs">
            <SeverityBadge severity={alert.severity} />
            <Badge variant="outline" color="dark">
              {t(`adviser.enums.alertKind.${alert.kind}`)}
            </Badge>
            <Text size="sm" c="dimmed">
              {t('adviser.home.due', { date: f.date(alert.dueDate) })}
            </Text>
          </Group>
          <Text>{alert.message}</Text>
        </Stack>
        <Group gap="md">
          {alert.candidate && (
            <Anchor component={Link} to={`/adviser/candidates/${alert.candidate.id}`} size="sm">
              {t('adviser.home.openCandidate', { name: alert.candidate.name })}
            </Anchor>
          )}
          {alert.placement && (
            <Anchor component={Link} to={`/adviser/placements/${alert.placement.id}`} size="sm">
              {t('adviser.home.openPlacement')}
            </Anchor>
          )}
        </Group>
        {onDone && <AlertActions alert={alert} onDone={onDone} />}
      </Group>
    </Paper>
  );
}

/** Alerts grouped by severity, critical first, each group under its own heading. */
export function AlertGroups({
  alerts,
  headingOrder,
  onDone,
}: {
  alerts: AlertItem[];
  headingOrder: 3 | 4 | 5;
  /** Given: each alert can be snoozed or handled; this is told what happened and reloads the queue. */
  onDone?: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {SEVERITIES.map((severity) => {
        const group = alerts.filter((a) => a.severity === severity);
        if (!group.length) return null;
        return (
          <section
            key={severity}
            aria-label={t(`adviser.enums.severityGroup.${severity}`)}
            data-testid={`alerts-${severity}`}
          >
            <Title order={headingOrder} size="h5" mb="xs">
              {t(`adviser.enums.severityGroup.${severity}`)} ({group.length})
            </Title>
            <List
              listStyleType="none"
              spacing="xs"
              styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}
            >
              {group.map((a) => (
                <List.Item key={a.id}>
                  <AlertRow alert={a} onDone={onDone} />
                </List.Item>
              ))}
            </List>
          </section>
        );
      })}
    </Stack>
  );
}
