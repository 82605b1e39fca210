import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { AlertGroups } from './AlertGroups.js';
import { AdviserAlertsDocument } from './operations/AdviserAlerts.js';
import { AdviserCaseloadSummaryDocument } from './operations/AdviserCaseloadSummary.js';

/** The adviser's start page: alerts first, grouped by severity; then the caseload in numbers. */
export function AdviserHome() {
  const { t } = useTranslation();
  const [alerts] = useQuery({ query: AdviserAlertsDocument, variables: { first: 100 } });
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
        <QueryState fetching={alerts.fetching && !alerts.data} error={alerts.error} />
        {alerts.data &&
          (list.length ? <AlertGroups alerts={list} headingOrder={4} /> : <Text>{t('adviser.home.noAlerts')}</Text>)}
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
