import { Alert, Anchor, Button, Card, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../../app/auth.js';
import { QueryState } from '../../components/QueryState.js';
import { enumLabel } from '../../i18n/enums.js';
import { CompanyHomeDocument } from './home.operations.js';
import { formatDate, formatNumber } from './lib.js';

const context = { additionalTypenames: ['Task', 'IguSlot', 'Proposal', 'Placement'] };

/** The company's start page: counts, proposals waiting for an answer first, current interns. */
export function CompanyHome() {
  const { me } = useAuth();
  if (!me?.companyId) return null;
  return <Home companyId={me.companyId} />;
}

function Stat({ label, value, to, testId }: { label: string; value: number; to: string; testId: string }) {
  return (
    <Paper
      withBorder
      p="md"
      component={Link}
      to={to}
      data-testid={testId}
      style={{ textDecoration: 'none', color: 'inherit' }}
    >
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fz={32} fw={700} lh={1.2}>
        {value}
      </Text>
    </Paper>
  );
}

function Home({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [{ data, fetching, error }] = useQuery({
    query: CompanyHomeDocument,
    variables: { companyId },
    context: useMemo(() => context, []),
  });
  if (!data) return <QueryState fetching={fetching} error={error} />;
  const waiting = data.waiting.edges.map((e) => e.node);
  const interns = data.interns.edges.map((e) => e.node);

  return (
    <Stack gap="lg" data-testid="company-home">
      {error && <QueryState fetching={false} error={error} />}

      <Card withBorder padding="lg" component="section" aria-labelledby="company-waiting">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} id="company-waiting">
              {t('company.home.waitingTitle')}
            </Title>
            {data.waiting.totalCount > 0 && (
              <Anchor component={Link} to="/company/proposals" fw={600}>
                {t('company.home.waitingAll', { count: data.waiting.totalCount })}
              </Anchor>
            )}
          </Group>
          {waiting.length === 0 ? (
            <Text c="dimmed">{t('company.home.waitingNone')}</Text>
          ) : (
            <List spacing="xs" listStyleType="none" p={0} data-testid="home-waiting">
              {waiting.map((p) => {
                const opening = p.task?.title ?? p.iguSlot?.title ?? '';
                return (
                  <List.Item key={p.id}>
                    <Group gap="xs" wrap="wrap" align="baseline">
                      <Text fw={600}>{p.profile?.firstName ?? '—'}</Text>
                      <Text>{t('company.home.proposedFor', { opening })}</Text>
                      <Text size="sm" c="dimmed">
                        · {formatDate(p.createdAt, lang)}
                      </Text>
                    </Group>
                  </List.Item>
                );
              })}
            </List>
          )}
        </Stack>
      </Card>

      <section aria-labelledby="company-overview">
        <Title order={3} id="company-overview" mb="sm">
          {t('company.home.overview')}
          {data.company ? ` · ${data.company.name}` : ''}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Stat
            label={t('company.home.openTasks')}
            value={data.openTasks.totalCount}
            to="/company/tasks"
            testId="stat-open-tasks"
          />
          <Stat
            label={t('company.home.inProgressTasks')}
            value={data.tasksInProgress.totalCount}
            to="/company/tasks"
            testId="stat-tasks-in-progress"
          />
          <Stat
            label={t('company.home.openSlots')}
            value={data.openSlots.totalCount}
            to="/company/igu-slots"
            testId="stat-open-slots"
          />
          <Stat
            label={t('company.home.activeInterns')}
            value={data.interns.totalCount}
            to="/company/interns"
            testId="stat-interns"
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button component={Link} to="/company/tasks/new" variant="light">
            {t('company.home.newTask')}
          </Button>
          <Button component={Link} to="/company/igu-slots/new" variant="default">
            {t('company.home.newSlot')}
          </Button>
        </Group>
      </section>

      {data.alerts.length > 0 && (
        <section aria-labelledby="company-alerts">
          <Title order={3} id="company-alerts" mb="sm">
            {t('company.home.alertsTitle')}
          </Title>
          <Stack gap="xs">
            {data.alerts.map((a) => (
              <Alert
                key={`${a.kind}-${a.dueDate}-${a.message}`}
                color={a.severity === 'CRITICAL' ? 'red' : a.severity === 'WARNING' ? 'orange' : 'blue'}
              >
                {a.message}
              </Alert>
            ))}
          </Stack>
        </section>
      )}

      <Card withBorder padding="lg" component="section" aria-labelledby="company-interns">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} id="company-interns">
              {t('company.home.internsTitle')}
            </Title>
            {interns.length > 0 && (
              <Anchor component={Link} to="/company/interns" fw={600}>
                {t('company.home.internsAll')}
              </Anchor>
            )}
          </Group>
          {interns.length === 0 ? (
            <Text c="dimmed">{t('company.home.internsNone')}</Text>
          ) : (
            <List spacing="xs" listStyleType="none" p={0} data-testid="home-interns">
              {interns.map((p) => (
                <List.Item key={p.id}>
                  <Group gap="xs" wrap="wrap" align="baseline">
                    <Text fw={600}>{p.candidateFirstName}</Text>
                    <Text>· {enumLabel(t, 'placementType', p.type)}</Text>
                    {p.currentPlannedHours && (
                      <Text>
                        · {t('company.common.hours', { hours: formatNumber(p.currentPlannedHours.weeklyHours, lang) })}
                      </Text>
                    )}
                    {p.nextFollowUpDue && (
                      <Text size="sm" c="dimmed">
                        · {t('company.home.nextFollowUp', { date: formatDate(p.nextFollowUpDue, lang) })}
                      </Text>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
