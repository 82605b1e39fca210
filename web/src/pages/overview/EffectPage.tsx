import { BarChart } from '@mantine/charts';
import { Button, Group, MultiSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import type { EffectFilter, OverviewEffectQuery, PlacementType } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { ChartFigure } from './ChartFigure.js';
import { ExportOutcomeText, IndustryFilter, useCsvExport } from './csv-export.js';
import { useFormat } from './format.js';
import { OverviewEffectDocument, OverviewExportEffectCsvDocument } from './OverviewEffect.operations.js';
import { RolesOnly, STAFF } from './StaffOnly.js';

type Report = OverviewEffectQuery['effectReport'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const NO_WRAP = { whiteSpace: 'nowrap' } as const;
const TYPES: PlacementType[] = ['INTERNSHIP', 'WAGE_SUBSIDY', 'IGU', 'SMALL_JOB', 'ORDINARY_HOURS', 'APPRENTICESHIP'];

/** /overview/effect: cohorts and outcomes 3, 6 and 12 months after the start, for reporting upward. */
export function EffectPage() {
  return (
    <RolesOnly roles={STAFF}>
      <Effect />
    </RolesOnly>
  );
}

function Effect() {
  const { t } = useTranslation();
  const [industryCode, setIndustryCode] = useState<string | null>(null);
  const [types, setTypes] = useState<string[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Only whole dates reach the server: a half-typed date keeps the last report.
  const filter: EffectFilter = useMemo(
    () => ({
      industryCode,
      types: types.length ? (types as PlacementType[]) : null,
      from: DAY.test(from) ? from : null,
      to: DAY.test(to) ? to : null,
    }),
    [industryCode, types, from, to],
  );
  const [{ data, fetching, error }] = useQuery({ query: OverviewEffectDocument, variables: { filter } });
  const csv = useCsvExport(OverviewExportEffectCsvDocument, (d) => d.exportEffectCsv, t('overview.effect.fileName'));
  const typeOptions = TYPES.map((v) => ({
    value: v,
    label: enumLabel(t, 'placementType', v),
  }));

  const fieldError = error?.graphQLErrors[0]?.extensions?.field;
  return (
    <Stack>
      <Title order={2}>{t('overview.effect.title')}</Title>
      <Text>{t('overview.effect.intro')}</Text>
      <Paper withBorder p="md" component="section" aria-label={t('overview.dashboard.filters')}>
        <Group align="flex-end" wrap="wrap">
          <IndustryFilter
            label={t('overview.dashboard.industry')}
            value={industryCode}
            onChange={setIndustryCode}
            w={{ base: '100%', sm: 280 }}
            testId="effect-industry"
          />
          <MultiSelect
            label={t('overview.effect.types')}
            placeholder={types.length ? undefined : t('overview.effect.allTypes')}
            data={typeOptions}
            value={types}
            onChange={setTypes}
            clearable
            w={{ base: '100%', sm: 300 }}
            data-testid="effect-types"
          />
          <TextInput
            type="date"
            label={t('overview.effect.from')}
            value={from}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={fieldError === 'filter.from' ? error?.graphQLErrors[0]?.message : undefined}
            data-testid="effect-from"
          />
          <TextInput
            type="date"
            label={t('overview.effect.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={fieldError === 'filter.to' ? error?.graphQLErrors[0]?.message : undefined}
            data-testid="effect-to"
          />
          <Button
            variant="default"
            onClick={() => csv.run({ filter })}
            loading={csv.exporting}
            data-testid="export-effect"
          >
            {t('overview.effect.export')}
          </Button>
        </Group>
        <ExportOutcomeText outcome={csv.outcome} mt="xs" />
      </Paper>
      <QueryState fetching={fetching && !data} error={error} />
      {data && <Figures r={data.effectReport} />}
    </Stack>
  );
}

function Figures({ r }: { r: Report }) {
  const { t } = useTranslation();
  const f = useFormat();
  const hours = (h: number | null | undefined) => (h === null || h === undefined ? '–' : f.number(h));
  // One bar group per start month (all types together would need people-weighting: the table has each type).
  const months = [...new Set(r.cohorts.map((c) => c.month))].sort();
  const chart = months.map((month) => {
    const row: Record<string, string | number | null> = { label: f.month(month) };
    for (const m of [3, 6, 12]) {
      let observed = 0;
      let withHours = 0;
      for (const c of r.cohorts.filter((x) => x.month === month)) {
        const ms = c.milestones.find((x) => x.months === m);
        if (!ms) continue;
        observed += ms.observed;
        withHours += ms.shareWithOrdinaryHours * ms.observed;
      }
      row[`m${m}`] = observed > 0 ? Math.round((withHours / observed) * 1000) / 10 : null;
    }
    return row;
  });
  const series = [3, 6, 12].map((m, i) => ({
    name: `m${m}`,
    label: t('overview.effect.afterMonths', { count: m }),
    color: ['teal.8', 'blue.8', 'grape.8'][i] as string,
  }));

  return (
    <Stack>
      <Paper withBorder p="md" data-testid="effect-summary">
        <Title order={3} size="h4" mb="xs">
          {t('overview.effect.summaryTitle')}
        </Title>
        <Text>{r.summary}</Text>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {r.totals.map((m) => (
          <Paper withBorder p="md" key={m.months} data-testid={`effect-total-${m.months}`}>
            <Text size="sm" fw={700}>
              {t('overview.effect.afterMonths', { count: m.months })}
            </Text>
            <Text size="xl" fw={700}>
              {m.observed ? f.percent(m.shareWithOrdinaryHours) : '–'}
            </Text>
            <Text size="sm" c="dimmed">
              {t('overview.effect.totalHint', {
                observed: f.number(m.observed),
                median: hours(m.medianOrdinaryHours),
                work: m.observed ? f.percent(m.shareInOrdinaryWork) : '–',
              })}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <ChartFigure
        testId="effect-chart"
        title={t('overview.effect.chartTitle')}
        summary={r.summary}
        labelHeader={t('overview.effect.month')}
        valueHeader={t('overview.effect.shareWithHours')}
        rows={chart.map((c) => ({
          label: String(c.label),
          value: [3, 6, 12]
            .map(
              (m) =>
                `${t('overview.effect.afterMonths', { count: m })}: ${c[`m${m}`] === null ? '–' : f.percent((c[`m${m}`] as number) / 100)}`,
            )
            .join(', '),
        }))}
      >
        <BarChart
          h={280}
          data={chart}
          dataKey="label"
          series={series}
          withLegend
          valueFormatter={(v) => f.percent(v / 100)}
          withTooltip={false}
          accessibilityLayer={false}
        />
      </ChartFigure>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {t('overview.effect.cohorts')}
        </Title>
        {r.cohorts.length === 0 ? (
          <Text c="dimmed">{t('overview.dashboard.noData')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped data-testid="effect-cohorts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('overview.effect.month')}</Table.Th>
                  <Table.Th scope="col">{t('overview.dashboard.type')}</Table.Th>
                  <Table.Th scope="col">{t('overview.effect.people')}</Table.Th>
                  {[3, 6, 12].map((m) => (
                    <Table.Th scope="col" key={m}>
                      {t('overview.effect.afterMonths', { count: m })}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.cohorts.map((c) => (
                  <Table.Tr key={`${c.month}-${c.type}`}>
                    <Table.Th scope="row">{f.month(c.month)}</Table.Th>
                    <Table.Td>{enumLabel(t, 'placementType', c.type)}</Table.Td>
                    <Table.Td>{f.number(c.people)}</Table.Td>
                    {c.milestones.map((m) => (
                      <Table.Td key={m.months}>
                        {m.observed === 0
                          ? t('overview.effect.notYet')
                          : t('overview.effect.cell', {
                              share: f.percent(m.shareWithOrdinaryHours),
                              median: hours(m.medianOrdinaryHours),
                              work: f.percent(m.shareInOrdinaryWork),
                            })}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Conversions title={t('overview.effect.byCompany')} rows={r.byCompany} testId="effect-companies" />
        <Conversions title={t('overview.effect.byConsultant')} rows={r.byConsultant} testId="effect-consultants" />
      </SimpleGrid>
    </Stack>
  );
}

function Conversions({ title, rows, testId }: { title: string; rows: Report['byCompany']; testId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('overview.dashboard.noData')}</Text>
      ) : (
        <Table data-testid={testId}>
          {/* Headers wrap between words only: the page's "anywhere" squeezed the narrow rate column to "And|el". */}
          <Table.Thead style={{ overflowWrap: 'break-word' }}>
            <Table.Tr>
              <Table.Th scope="col">{t('overview.effect.name')}</Table.Th>
              <Table.Th scope="col">{t('overview.effect.ended')}</Table.Th>
              <Table.Th scope="col">{t('overview.effect.converted')}</Table.Th>
              <Table.Th scope="col">{t('overview.effect.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Th scope="row">{c.name}</Table.Th>
                {/* A figure is never split: the page's "anywhere" broke even "33,3 %" (no-break space and all). */}
                <Table.Td style={NO_WRAP}>{f.number(c.ended)}</Table.Td>
                <Table.Td style={NO_WRAP}>{f.number(c.converted)}</Table.Td>
                <Table.Td style={NO_WRAP}>{c.ended ? f.percent(c.rate) : '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
