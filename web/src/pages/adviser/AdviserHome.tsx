import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { AdviserAlertHistoryDocument, AdviserAlertsDocument } from './AdviserAlerts.operations.js';
import { AdviserCaseloadSummaryDocument } from './AdviserCaseloadSummary.operations.js';
import { AlertGroups } from './AlertGroups.js';
import { useFormat } from './format.js';

/** The adviser's start page: alerts first, grouped by severity; then the caseload in numbers. */
export function AdviserHome() {
  const { t } = useTranslation();
  const f = useFormat();
  const [alerts, reloadAlerts] = useQuery({ query: AdviserAlertsDocument, variables: { first: 100 } });
  const [history, reloadHistory] = useQuery({ query: AdviserAlertHistoryDocument });
  const [notice, setNotice] = useState<string | null>(null);
  const acted = (message: string) => {
    setNotice(message);
    reloadAlerts({ requestPolicy: 'network-only' });
    reloadHistory({ requestPolicy: 'network-only' });
  };
  const [summary] = useQuery({ query: AdviserCaseloadSummaryDocument });
  const list = alerts.data?.alerts ?? [];
  const withAlerts = new Set(list.map((a) => a.candidate?.id).filter(Boolean)).size;
  const s = summary.data;
  const figures = s
    ? [
        { label: t('adviser.home.candidates'), value: s.all.totalCount, testid: 'sum-candidates' },
        { label: t('adviser.home.jobReady'), value: s.jobReady.totalCount },
        { label: t('adviser.home.activityReady'), value: s.activityReady.totalCount },
        { label: t('adviser.home.educationReady'), value: s.educationReady.totalCount },
        { label: t('adviser.home.activePlacements'), value: s.activePlacements.totalCount },
        { label: t('adviser.home.withAlerts'), value: withAlerts },
      ]
    : [];

  return (
    <Stack gap="lg">
      <section aria-labelledby="adviser-alerts-title" data-testid="adviser-alerts">
        <Group justify="space-between" align="baseline">
          <Title order={3} id="adviser-alerts-title">
            {t('adviser.home.alertsTitle')}
          </Title>
          {alerts.data && <Text c="dimmed">{t('adviser.home.alertCount', { count: list.length })}</Text>}
        </Group>
        <Text c="dimmed" size="sm" mb="sm">
          {t('adviser.home.alertsIntro')}
        </Text>
        <Text role="status" c="teal.9" fw={600} mb={notice ? 'sm' : 0} data-testid="alert-notice">
          {notice}
        </Text>
        <QueryState fetching={alerts.fetching && !alerts.data} error={alerts.error} />
        {alerts.data &&
          (list.length ? (
            <AlertGroups alerts={list} headingOrder={4} onDone={acted} />
          ) : (
            <Text>{t('adviser.home.noAlerts')}</Text>
          ))}
      </section>

      <section aria-labelledby="adviser-alert-history-title" data-testid="alert-history">
        <Title order={3} id="adviser-alert-history-title">
          {t('journal.queue.historyTitle')}
        </Title>
        <Text c="dimmed" size="sm" mb="sm">
          {t('journal.queue.historyIntro')}
        </Text>
        <QueryState fetching={history.fetching && !history.data} error={history.error} />
        {history.data &&
          (history.data.alertHistory.length ? (
            <List listStyleType="none" spacing="xs">
              {history.data.alertHistory.map((h) => (
                <List.Item key={h.alertId} data-testid="alert-history-item" data-status={h.status}>
                  <Paper withBorder p="sm">
                    <Group gap="xs">
                      <Badge variant={h.status === 'HANDLED' ? 'filled' : 'outline'} color="dark">
                        {t(`journal.queue.status.${h.status}`, {
                          date: f.date(h.status === 'HANDLED' ? h.actedAt : h.snoozedUntil),
                        })}
                      </Badge>
                      <Badge variant="outline" color="dark">
                        {t(`adviser.enums.alertKind.${h.kind}`)}
                      </Badge>
                      {h.candidate && (
                        <Anchor component={Link} to={`/adviser/candidates/${h.candidate.id}`} size="sm">
                          {t('journal.queue.about', { name: h.candidate.name })}
                        </Anchor>
                      )}
                    </Group>
                    <Text size="sm" mt={4} data-testid="alert-history-message">
                      {h.message}
                    </Text>
                    {h.note && (
                      <Text size="sm" fs="italic" mt={4}>
                        {t('journal.queue.note', { note: h.note })}
                      </Text>
                    )}
                  </Paper>
                </List.Item>
              ))}
            </List>
          ) : (
            <Text>{t('journal.queue.historyEmpty')}</Text>
          ))}
      </section>

      <section aria-labelledby="adviser-summary-title" data-testid="adviser-summary">
        <Title order={3} id="adviser-summary-title" mb="sm">
          {t('adviser.home.summaryTitle')}
        </Title>
        <QueryState fetching={summary.fetching && !summary.data} error={summary.error} />
        {s && (
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" component="dl" m={0}>
            {figures.map((fig) => (
              <Paper key={fig.label} withBorder p="sm" data-testid={fig.testid}>
                <Text component="dt" size="sm" c="dimmed">
                  {fig.label}
                </Text>
                <Text component="dd" m={0} fz={28} fw={700}>
                  {fig.value}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
        )}
        <Group mt="md">
          <Button component={Link} to="/adviser/candidates">
            {t('adviser.home.seeCandidates')}
          </Button>
          <Button component={Link} to="/adviser/candidates/new" variant="light">
            {t('adviser.home.newCandidate')}
          </Button>
          <Anchor component={Link} to="/adviser/placements">
            {t('adviser.home.seePlacements')}
          </Anchor>
        </Group>
      </section>
    </Stack>
  );
}
