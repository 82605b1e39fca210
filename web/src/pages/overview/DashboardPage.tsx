import { BarChart, DonutChart, LineChart } from '@mantine/charts';
import { Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import type { DashboardFilter, OverviewDashboardQuery } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { localName } from '../../i18n/names.js';
import { ChartFigure } from './ChartFigure.js';
import { ExportOutcomeText, IndustryFilter, useCsvExport } from './csv-export.js';
import { useFormat } from './format.js';
import { OverviewDashboardDocument } from './OverviewDashboard.operations.js';
import { OverviewExportDashboardCsvDocument } from './OverviewExportDashboardCsv.operations.js';
import { RolesOnly, STAFF } from './StaffOnly.js';

type Dashboard = OverviewDashboardQuery['dashboard'];

/** Rule numbers as the dashboard names them (the server holds the rules; these are only labels). */
const SELF_SUPPORTING_HOURS = 18.5;
const FULL_TIME_HOURS = 37;
const ACTIVATION_WEEKS = 6;

/** An axis label that fits: the industry code and the start of its name (the full name is in the table). */
const shorten = (label: string, max = 30) => (label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label);

/** Months with no conversions in between the first and the last still count: they are zeros on the line. */
export function everyMonth(rows: { month: string; count: number }[]): { month: string; count: number }[] {
  if (rows.length < 2) return rows;
  const byMonth = new Map(rows.map((r) => [r.month, r.count]));
  const [fy, fm] = rows[0]!.month.split('-').map(Number) as [number, number];
  const last = rows.at(-1)!.month;
  const out: { month: string; count: number }[] = [];
  let y = fy;
  let m = fm;
  // At most 20 years of months: a guard against a malformed month string.
  while (out.length < 240) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, count: byMonth.get(key) ?? 0 });
    if (key >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** /overview: key figures with charts, filtered by industry and consultant. */
export function DashboardPage() {
  return (
    <RolesOnly roles={STAFF}>
      <Dashboard />
    </RolesOnly>
  );
}

function Dashboard() {
  const { t } = useTranslation();
  const [industryCode, setIndustryCode] = useState<string | null>(null);
  const [consultantId, setConsultantId] = useState<string | null>(null);
  const filter: DashboardFilter = useMemo(() => ({ industryCode, consultantId }), [industryCode, consultantId]);
  const [{ data, fetching, error }] = useQuery({ query: OverviewDashboardDocument, variables: { filter } });
  // The consultant list comes with the figures; with a consultant chosen it holds only that one, so keep the full list.
  const [consultants, setConsultants] = useState<{ value: string; label: string }[]>([]);
  const seen = data?.dashboard.byConsultant;
  useEffect(() => {
    if (seen && !consultantId) setConsultants(seen.map((c) => ({ value: c.consultant.id, label: c.consultant.name })));
  }, [seen, consultantId]);
  const csv = useCsvExport(
    OverviewExportDashboardCsvDocument,
    (d) => d.exportDashboardCsv,
    t('overview.dashboard.fileName'),
  );

  return (
    <Stack>
      <Title order={2}>{t('overview.dashboard.title')}</Title>
      <Text>{t('overview.dashboard.intro')}</Text>
      <Paper withBorder p="md" component="section" aria-label={t('overview.dashboard.filters')}>
        <Group align="flex-end" wrap="wrap">
          <IndustryFilter
            label={t('overview.dashboard.industry')}
            value={industryCode}
            onChange={setIndustryCode}
            w={{ base: '100%', sm: 300 }}
            testId="filter-industry"
          />
          <Select
            label={t('overview.dashboard.consultant')}
            placeholder={t('overview.dashboard.consultantPlaceholder')}
            data={consultants}
            value={consultantId}
            onChange={setConsultantId}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('overview.common.clear') }}
            w={{ base: '100%', sm: 260 }}
            data-testid="filter-consultant"
          />
          <Button
            variant="default"
            onClick={() => csv.run({ filter })}
            loading={csv.exporting}
            data-testid="export-dashboard"
          >
            {t('overview.dashboard.export')}
          </Button>
        </Group>
        <ExportOutcomeText outcome={csv.outcome} mt="xs" />
      </Paper>
      <QueryState fetching={fetching && !data} error={error} />
      {data && <Figures d={data.dashboard} />}
    </Stack>
  );
}

function Figures({ d }: { d: Dashboard }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const count18 = Math.round(d.shareAtLeast18_5OrdinaryHours * d.candidatesActive);
  const count37 = Math.round(d.shareAt37OrdinaryHours * d.candidatesActive);

  const byType = d.placementsByType.map((r) => ({
    label: enumLabel(t, 'placementType', r.type),
    count: r.count,
  }));
  const byIndustry = d.placementsByIndustry.map((r) => ({
    label: `${r.industryCode} ${localName({ name: r.industryName, nameEn: r.industryNameEn }, i18n.language)}`,
    count: r.count,
  }));
  // The progression ladder: every configured step, lowest first, people on each (issue 16.5).
  const ladder = d.ladder.map((r) => ({ label: `${r.step.position}. ${r.step.label}`, count: r.count }));
  const months = everyMonth(d.conversionsByMonth).map((m) => ({ label: f.month(m.month), count: m.count }));
  const igu = [
    { name: t('overview.dashboard.iguPublic'), value: d.iguSlotsPublic, color: 'teal.8' },
    { name: t('overview.dashboard.iguPrivate'), value: d.iguSlotsPrivate, color: 'blue.8' },
  ];

  const top = (rows: { label: string; count: number }[]) => {
    const best = rows.reduce<{ label: string; count: number } | null>(
      (b, r) => (!b || r.count > b.count ? r : b),
      null,
    );
    const total = rows.reduce((s, r) => s + r.count, 0);
    return best ? t('overview.dashboard.summaryTop', { name: best.label, count: best.count, total }) : '';
  };
  const bestMonth = months.reduce<{ label: string; count: number } | null>(
    (b, r) => (!b || r.count > b.count ? r : b),
    null,
  );
  const rowsOf = (rows: { label: string; count: number }[]) =>
    rows.map((r) => ({ label: r.label, value: f.number(r.count) }));
  const countLabel = t('overview.dashboard.count');

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 5 }}>
        <Figure
          testId="card-active"
          label={t('overview.dashboard.activePlacements')}
          value={f.number(d.activePlacements)}
          hint={t('overview.dashboard.activePlacementsHint')}
        />
        <Figure
          testId="card-share18"
          label={t('overview.dashboard.share18', { hours: f.number(SELF_SUPPORTING_HOURS) })}
          value={f.percent(d.shareAtLeast18_5OrdinaryHours)}
          hint={t('overview.dashboard.shareHint', { count: count18, total: d.candidatesActive })}
        />
        <Figure
          testId="card-share37"
          label={t('overview.dashboard.share37', { hours: FULL_TIME_HOURS })}
          value={f.percent(d.shareAt37OrdinaryHours)}
          hint={t('overview.dashboard.shareHint', { count: count37, total: d.candidatesActive })}
        />
        <Figure
          testId="card-conversions"
          label={t('overview.dashboard.conversions')}
          value={f.number(d.conversionsToOrdinaryHours)}
          hint={t('overview.dashboard.conversionsHint')}
        />
        <Figure
          testId="card-breaches"
          label={t('overview.dashboard.breaches', { weeks: ACTIVATION_WEEKS })}
          value={f.number(d.activationGapBreaches)}
          hint={t('overview.dashboard.breachesHint')}
          warn={d.activationGapBreaches > 0}
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ChartFigure
          testId="chart-type"
          title={t('overview.dashboard.byType')}
          summary={top(byType)}
          labelHeader={t('overview.dashboard.type')}
          valueHeader={countLabel}
          rows={rowsOf(byType)}
        >
          <BarChart
            h={Math.max(160, byType.length * 44)}
            data={byType}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 150 }}
            series={[{ name: 'count', label: t('overview.dashboard.placements'), color: 'teal.8' }]}
            withBarValueLabel
            maxBarWidth={40}
            valueFormatter={f.number}
            withTooltip={false}
            accessibilityLayer={false}
          />
        </ChartFigure>
        <ChartFigure
          testId="chart-igu"
          title={t('overview.dashboard.igu')}
          summary={t('overview.dashboard.summaryIgu', { public: d.iguSlotsPublic, private: d.iguSlotsPrivate })}
          labelHeader={t('overview.dashboard.type')}
          valueHeader={countLabel}
          rows={
            d.iguSlotsPublic + d.iguSlotsPrivate > 0
              ? igu.map((s) => ({ label: s.name, value: f.number(s.value) }))
              : []
          }
        >
          <Group justify="center">
            <DonutChart
              data={igu}
              size={200}
              thickness={34}
              withLabels
              withLabelsLine
              labelsType="value"
              withTooltip={false}
              accessibilityLayer={false}
              pieProps={{ rootTabIndex: -1 }}
              chartLabel={d.iguSlotsPublic + d.iguSlotsPrivate}
            />
            <Stack gap={4}>
              {igu.map((s) => (
                <Text key={s.name} size="sm">
                  <span
                    aria-hidden="true"
                    style={{
                      display: 'inline-block',
                      width: 12,
                      height: 12,
                      marginRight: 6,
                      background: `var(--mantine-color-${s.color.replace('.', '-')})`,
                    }}
                  />
                  {s.name}: {f.number(s.value)}
                </Text>
              ))}
            </Stack>
          </Group>
        </ChartFigure>
        <ChartFigure
          testId="chart-industry"
          title={t('overview.dashboard.byIndustry')}
          summary={top(byIndustry)}
          labelHeader={t('overview.dashboard.industry')}
          valueHeader={countLabel}
          rows={rowsOf(byIndustry)}
        >
          <BarChart
            h={Math.max(160, byIndustry.length * 40)}
            data={byIndustry.map((r) => ({ ...r, label: shorten(r.label) }))}
            dataKey="label"
            orientation="vertical"
            yAxisProps={{ width: 220 }}
            series={[{ name: 'count', label: t('overview.dashboard.placements'), color: 'blue.8' }]}
            withBarValueLabel
            maxBarWidth={40}
            valueFormatter={f.number}
            withTooltip={false}
            accessibilityLayer={false}
          />
        </ChartFigure>
        <ChartFigure
          testId="chart-months"
          title={t('overview.dashboard.conversionsByMonth')}
          summary={
            bestMonth
              ? t('overview.dashboard.summaryMonths', {
                  total: d.conversionsToOrdinaryHours,
                  months: months.length,
                  best: bestMonth.label,
                  count: bestMonth.count,
                })
              : ''
          }
          labelHeader={t('overview.dashboard.month')}
          valueHeader={countLabel}
          rows={rowsOf(months)}
        >
          <LineChart
            h={260}
            data={months}
            dataKey="label"
            series={[{ name: 'count', label: t('overview.dashboard.conversions'), color: 'teal.8' }]}
            withPointLabels
            valueFormatter={f.number}
            withTooltip={false}
            accessibilityLayer={false}
            yAxisProps={{ allowDecimals: false }}
            curveType="linear"
          />
        </ChartFigure>
      </SimpleGrid>

      <ChartFigure
        testId="chart-ladder"
        title={t('progress.ladder.dashboardTitle')}
        summary={top(ladder)}
        labelHeader={t('progress.ladder.step')}
        valueHeader={t('progress.ladder.people')}
        rows={rowsOf(ladder)}
      >
        <BarChart
          h={240}
          data={ladder}
          dataKey="label"
          series={[{ name: 'count', label: t('progress.ladder.people'), color: 'indigo.8' }]}
          withBarValueLabel
          maxBarWidth={60}
          valueFormatter={f.number}
          withTooltip={false}
          accessibilityLayer={false}
          yAxisProps={{ allowDecimals: false }}
        />
      </ChartFigure>

      <ConsultantTable d={d} />
    </Stack>
  );
}

function Figure({
  label,
  value,
  hint,
  testId,
  warn,
}: {
  label: string;
  value: string;
  hint: string;
  testId: string;
  warn?: boolean;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text fz={32} fw={700} c={warn ? 'red.8' : undefined} data-testid={`${testId}-value`}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

function ConsultantTable({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!d.byConsultant.length) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="overview-by-consultant">
      <Title order={3} size="h4" id="overview-by-consultant" mb="sm">
        {t('overview.dashboard.byConsultant')}
      </Title>
      <Table.ScrollContainer minWidth={420}>
        <Table striped data-testid="consultant-table" aria-labelledby="overview-by-consultant">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('overview.dashboard.consultantCol')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('overview.dashboard.activePlacements')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('overview.dashboard.conversions')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {d.byConsultant.map((c) => (
              <Table.Tr key={c.consultant.id}>
                <Table.Th scope="row" fw={400}>
                  {c.consultant.name}
                </Table.Th>
                <Table.Td ta="right">{f.number(c.activePlacements)}</Table.Td>
                <Table.Td ta="right">{f.number(c.conversions)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
