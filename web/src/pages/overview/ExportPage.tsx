import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import type { PlacementStatus, PlacementType } from '../../gql/graphql.js';
import { downloadCsv } from './download.js';
import { ImportExportTabs } from './ImportExportTabs.js';
import { OverviewExportDashboardCsvDocument } from './operations/OverviewExportDashboardCsv.js';
import { OverviewExportPlacementsCsvDocument } from './operations/OverviewExportPlacementsCsv.js';
import { OverviewIndustriesDocument } from './operations/OverviewIndustries.js';
import { RolesOnly, STAFF } from './StaffOnly.js';

const STATUSES: PlacementStatus[] = ['ACTIVE', 'ENDED'];
const TYPES: PlacementType[] = ['INTERNSHIP', 'WAGE_SUBSIDY', 'IGU', 'SMALL_JOB', 'ORDINARY_HOURS', 'APPRENTICESHIP'];

/** /overview/export: placements and the dashboard's figures as CSV files made by the server. */
export function ExportPage() {
  return (
    <RolesOnly roles={STAFF}>
      <Exporter />
    </RolesOnly>
  );
}

type Outcome = { ok: boolean; text: string } | null;

function Exporter() {
  const { t } = useTranslation();
  const client = useClient();
  const [industries] = useQuery({ query: OverviewIndustriesDocument });
  const industryOptions = (industries.data?.industries ?? [])
    .filter((i) => i.level === 'DIVISION')
    .map((i) => ({ value: i.code, label: `${i.code} ${i.name}` }));

  const [status, setStatus] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [placementIndustry, setPlacementIndustry] = useState<string | null>(null);
  const [dashboardIndustry, setDashboardIndustry] = useState<string | null>(null);
  const [busy, setBusy] = useState<'placements' | 'dashboard' | null>(null);
  const [placementsOutcome, setPlacementsOutcome] = useState<Outcome>(null);
  const [dashboardOutcome, setDashboardOutcome] = useState<Outcome>(null);

  async function exportPlacements() {
    setBusy('placements');
    setPlacementsOutcome(null);
    const filter = {
      status: status as PlacementStatus | null,
      type: type as PlacementType | null,
      industryCode: placementIndustry,
    };
    const r = await client
      .query(OverviewExportPlacementsCsvDocument, { filter }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(null);
    if (r.error || !r.data) {
      const message = r.error?.graphQLErrors[0]?.message ?? r.error?.message ?? '';
      setPlacementsOutcome({ ok: false, text: t('overview.common.downloadFailed', { message }) });
      return;
    }
    const file = downloadCsv(t('overview.export.placementsFile'), r.data.exportPlacementsCsv);
    setPlacementsOutcome({ ok: true, text: t('overview.common.downloaded', { file }) });
  }

  async function exportDashboard() {
    setBusy('dashboard');
    setDashboardOutcome(null);
    const r = await client
      .query(
        OverviewExportDashboardCsvDocument,
        { filter: { industryCode: dashboardIndustry } },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setBusy(null);
    if (r.error || !r.data) {
      const message = r.error?.graphQLErrors[0]?.message ?? r.error?.message ?? '';
      setDashboardOutcome({ ok: false, text: t('overview.common.downloadFailed', { message }) });
      return;
    }
    const file = downloadCsv(t('overview.export.dashboardFile'), r.data.exportDashboardCsv);
    setDashboardOutcome({ ok: true, text: t('overview.common.downloaded', { file }) });
  }

  const industrySelect = (value: string | null, onChange: (v: string | null) => void, testId: string) => (
    <Select
      label={t('overview.export.industry')}
      placeholder={t('overview.dashboard.industryPlaceholder')}
      data={industryOptions}
      value={value}
      onChange={onChange}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('overview.common.clear') }}
      data-testid={testId}
    />
  );

  return (
    <Stack>
      <Title order={2}>{t('overview.export.title')}</Title>
      <ImportExportTabs />
      <Text>{t('overview.export.intro')}</Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="export-placements-title">
          <Stack>
            <Title order={3} size="h4" id="export-placements-title">
              {t('overview.export.placements')}
            </Title>
            <Text size="sm">{t('overview.export.placementsIntro')}</Text>
            <Select
              label={t('overview.export.status')}
              placeholder={t('overview.common.all')}
              data={STATUSES.map((s) => ({ value: s, label: t(`overview.enums.placementStatus.${s}`) }))}
              value={status}
              onChange={setStatus}
              clearable
              clearButtonProps={{ 'aria-label': t('overview.common.clear') }}
            />
            <Select
              label={t('overview.export.type')}
              placeholder={t('overview.common.all')}
              data={TYPES.map((s) => ({ value: s, label: t(`overview.enums.placementType.${s}`) }))}
              value={type}
              onChange={setType}
              clearable
              clearButtonProps={{ 'aria-label': t('overview.common.clear') }}
            />
            {industrySelect(placementIndustry, setPlacementIndustry, 'export-placements-industry')}
            <Group>
              <Button onClick={exportPlacements} loading={busy === 'placements'} data-testid="export-placements">
                {t('overview.export.downloadPlacements')}
              </Button>
            </Group>
            {placementsOutcome && (
              <Text size="sm" c={placementsOutcome.ok ? undefined : 'red.8'} role="status">
                {placementsOutcome.text}
              </Text>
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="export-dashboard-title">
          <Stack>
            <Title order={3} size="h4" id="export-dashboard-title">
              {t('overview.export.dashboard')}
            </Title>
            <Text size="sm">{t('overview.export.dashboardIntro')}</Text>
            {industrySelect(dashboardIndustry, setDashboardIndustry, 'export-dashboard-industry')}
            <Group>
              <Button onClick={exportDashboard} loading={busy === 'dashboard'} data-testid="export-dashboard-csv">
                {t('overview.export.downloadDashboard')}
              </Button>
            </Group>
            {dashboardOutcome && (
              <Text size="sm" c={dashboardOutcome.ok ? undefined : 'red.8'} role="status">
                {dashboardOutcome.text}
              </Text>
            )}
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
