import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlacementStatus, PlacementType } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { ExportOutcomeText, IndustryFilter, useCsvExport } from './csv-export.js';
import { ImportExportTabs } from './ImportExportTabs.js';
import { OverviewExportDashboardCsvDocument } from './OverviewExportDashboardCsv.operations.js';
import { OverviewExportPlacementsCsvDocument } from './OverviewExportPlacementsCsv.operations.js';
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

function Exporter() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [placementIndustry, setPlacementIndustry] = useState<string | null>(null);
  const [dashboardIndustry, setDashboardIndustry] = useState<string | null>(null);
  const placements = useCsvExport(
    OverviewExportPlacementsCsvDocument,
    (d) => d.exportPlacementsCsv,
    t('overview.export.placementsFile'),
  );
  const dashboard = useCsvExport(
    OverviewExportDashboardCsvDocument,
    (d) => d.exportDashboardCsv,
    t('overview.export.dashboardFile'),
  );
  const exportPlacements = () =>
    placements.run({
      filter: {
        status: status as PlacementStatus | null,
        type: type as PlacementType | null,
        industryCode: placementIndustry,
      },
    });

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
              data={STATUSES.map((s) => ({ value: s, label: enumLabel(t, 'placementStatus', s) }))}
              value={status}
              onChange={setStatus}
              clearable
              clearButtonProps={{ 'aria-label': t('overview.common.clear') }}
            />
            <Select
              label={t('overview.export.type')}
              placeholder={t('overview.common.all')}
              data={TYPES.map((s) => ({ value: s, label: enumLabel(t, 'placementType', s) }))}
              value={type}
              onChange={setType}
              clearable
              clearButtonProps={{ 'aria-label': t('overview.common.clear') }}
            />
            <IndustryFilter
              label={t('overview.export.industry')}
              value={placementIndustry}
              onChange={setPlacementIndustry}
              testId="export-placements-industry"
            />
            <Group>
              <Button onClick={exportPlacements} loading={placements.exporting} data-testid="export-placements">
                {t('overview.export.downloadPlacements')}
              </Button>
            </Group>
            <ExportOutcomeText outcome={placements.outcome} />
          </Stack>
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="export-dashboard-title">
          <Stack>
            <Title order={3} size="h4" id="export-dashboard-title">
              {t('overview.export.dashboard')}
            </Title>
            <Text size="sm">{t('overview.export.dashboardIntro')}</Text>
            <IndustryFilter
              label={t('overview.export.industry')}
              value={dashboardIndustry}
              onChange={setDashboardIndustry}
              testId="export-dashboard-industry"
            />
            <Group>
              <Button
                onClick={() => dashboard.run({ filter: { industryCode: dashboardIndustry } })}
                loading={dashboard.exporting}
                data-testid="export-dashboard-csv"
              >
                {t('overview.export.downloadDashboard')}
              </Button>
            </Group>
            <ExportOutcomeText outcome={dashboard.outcome} />
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
