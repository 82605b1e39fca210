import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdviserAlertsQuery, AlertSeverity } from '../../gql/graphql.js';
import { useFormat } from './format.js';

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

/** One alert: what kind, what is wrong (the server's words), by when, and where to act. */
export function AlertRow({ alert }: { alert: AlertItem }) {
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
              {t('adviser.home.openCandidate', { name: alert.candidate.firstName })}
            </Anchor>
          )}
          {alert.placement && (
            <Anchor component={Link} to={`/adviser/placements/${alert.placement.id}`} size="sm">
              {t('adviser.home.openPlacement')}
            </Anchor>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

/** Alerts grouped by severity, critical first, each group under its own heading. */
export function AlertGroups({ alerts, headingOrder }: { alerts: AlertItem[]; headingOrder: 3 | 4 | 5 }) {
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
                <List.Item key={`${a.kind}-${a.candidate?.id ?? ''}-${a.placement?.id ?? ''}-${a.company?.id ?? ''}`}>
                  <AlertRow alert={a} />
                </List.Item>
              ))}
            </List>
          </section>
        );
      })}
    </Stack>
  );
}
