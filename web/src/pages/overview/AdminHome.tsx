import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Check {
  ok: boolean;
  latencyMs?: number;
  error?: string;
}
interface Health {
  status: 'ok' | 'degraded';
  postgres: Check;
  meilisearch: Check;
}

const LINKS = [
  { to: '/admin/users', title: 'admin.nav.users', text: 'overview.admin.usersText', id: 'users' },
  { to: '/admin/industries', title: 'admin.nav.industries', text: 'overview.admin.industriesText', id: 'industries' },
  {
    to: '/admin/competences',
    title: 'admin.nav.competences',
    text: 'overview.admin.competencesText',
    id: 'competences',
  },
  { to: '/admin/settings', title: 'admin.nav.settings', text: 'overview.admin.settingsText', id: 'settings' },
  { to: '/overview', title: 'overview.nav.dashboard', text: 'overview.admin.dashboardText', id: 'dashboard' },
  { to: '/overview/import', title: 'overview.import.title', text: 'overview.admin.importText', id: 'import' },
  { to: '/overview/export', title: 'overview.export.title', text: 'overview.admin.exportText', id: 'export' },
  { to: '/admin/audit', title: 'overview.nav.audit', text: 'overview.admin.auditText', id: 'audit' },
] as const;

/** The administrator's start page: shortcuts and whether the database and search are running. */
export function AdminHome() {
  const { t } = useTranslation();
  return (
    <Stack>
      <section aria-labelledby="admin-links">
        <Title order={3} id="admin-links" mb="xs">
          {t('overview.admin.links')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {LINKS.map((l) => (
            <Paper key={l.to} withBorder p="md">
              <Anchor component={Link} to={l.to} fw={600} data-testid={`admin-link-${l.id}`}>
                {t(l.title)}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t(l.text)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      </section>
      <SystemStatus />
    </Stack>
  );
}

/** /readyz (the one call outside GraphQL): PostgreSQL and Meilisearch, in words. */
function SystemStatus() {
  const { t } = useTranslation();
  const [health, setHealth] = useState<Health | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  const load = useCallback(async () => {
    setLoading(true);
    setFailed(null);
    try {
      const res = await fetch('/readyz', { credentials: 'same-origin' });
      // 503 still carries the body that says what is down.
      setHealth((await res.json()) as Health);
    } catch (err) {
      setHealth(null);
      setFailed((err as Error).message);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const row = (label: string, c: Check, id: string) => (
    <Group justify="space-between" wrap="nowrap" key={id} data-testid={`status-${id}`}>
      <Text>{label}</Text>
      <Badge color={c.ok ? 'teal' : 'red.8'} variant={c.ok ? 'light' : 'filled'}>
        {c.ok ? t('overview.admin.up', { ms: c.latencyMs ?? 0 }) : t('overview.admin.down', { error: c.error ?? '' })}
      </Badge>
    </Group>
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="admin-status" maw={560}>
      <Stack gap="xs">
        <Title order={3} id="admin-status">
          {t('overview.admin.status')}
        </Title>
        <div aria-live="polite">
          {loading && !health && <Text c="dimmed">{t('overview.admin.statusLoading')}</Text>}
          {failed && (
            <Text c="red.8" role="alert">
              {t('overview.admin.statusFailed', { message: failed })}
            </Text>
          )}
          {health && (
            <Stack gap="xs">
              <Text fw={600} data-testid="status-overall">
                {health.status === 'ok' ? t('overview.admin.overall_ok') : t('overview.admin.overall_degraded')}
              </Text>
              {row(t('overview.admin.postgres'), health.postgres, 'postgres')}
              {row(t('overview.admin.meilisearch'), health.meilisearch, 'meilisearch')}
            </Stack>
          )}
        </div>
        <Group>
          <Button variant="default" size="xs" onClick={() => void load()} loading={loading}>
            {t('overview.admin.refresh')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
