import { Anchor, Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Pager, useConnection } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import type { AlertSeverity, Readiness } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { AdviserAlertsDocument } from './AdviserAlerts.operations.js';
import { AdviserCandidatesDocument } from './AdviserCandidates.operations.js';
import { SEVERITIES, SEVERITY_BADGE } from './AlertGroups.js';
import { useFormat } from './format.js';

const READINESS: Readiness[] = ['JOB_READY', 'ACTIVITY_READY', 'EDUCATION_READY'];

/** Per person: how many alerts and the most severe one. */
export function alertMarkers(alerts: { severity: AlertSeverity; candidate?: { id: string } | null }[]) {
  const markers = new Map<string, { count: number; severity: AlertSeverity }>();
  for (const a of alerts) {
    if (!a.candidate) continue;
    const m = markers.get(a.candidate.id);
    if (!m) markers.set(a.candidate.id, { count: 1, severity: a.severity });
    else {
      m.count += 1;
      if (SEVERITIES.indexOf(a.severity) < SEVERITIES.indexOf(m.severity)) m.severity = a.severity;
    }
  }
  return markers;
}

/** My caseload: search by name, filter by readiness, one page at a time, people with alerts marked. */
export function CandidatesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [readiness, setReadiness] = useState<Readiness | null>(null);
  const paging = useConnection();
  const { reset } = paging;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new search or filter starts on page 1
  useEffect(() => reset(), [debounced, readiness]);

  const [result] = useQuery({
    query: AdviserCandidatesDocument,
    variables: { search: debounced || null, readiness, ...paging.variables },
  });
  const [alerts] = useQuery({ query: AdviserAlertsDocument, variables: { first: 100 } });
  const markers = alertMarkers(alerts.data?.alerts ?? []);
  const conn = result.data?.candidates;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('adviser.list.title')}</Title>
          <Text c="dimmed">{t('adviser.list.intro')}</Text>
        </div>
        <Button component={Link} to="/adviser/candidates/new" data-testid="new-candidate">
          {t('adviser.home.newCandidate')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720} role="search">
        <TextInput
          label={t('adviser.list.search')}
          placeholder={t('adviser.list.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          type="search"
          data-testid="candidate-search"
        />
        <Select
          label={t('adviser.list.readiness')}
          data={[
            { value: '', label: t('adviser.common.all') },
            ...READINESS.map((r) => ({ value: r, label: enumLabel(t, 'readiness', r) })),
          ]}
          value={readiness ?? ''}
          allowDeselect={false}
          onChange={(v) => setReadiness((v || null) as Readiness | null)}
        />
      </SimpleGrid>
      <QueryState fetching={result.fetching && !result.data} error={result.error} />
      {conn && conn.edges.length === 0 && <Text>{t('adviser.list.empty')}</Text>}
      {conn && conn.edges.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover data-testid="candidate-table" aria-label={t('adviser.list.caption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('adviser.list.name')}</Table.Th>
                  <Table.Th scope="col">{t('adviser.list.readiness')}</Table.Th>
                  <Table.Th scope="col">{t('adviser.list.danish')}</Table.Th>
                  <Table.Th scope="col">{t('adviser.list.hours')}</Table.Th>
                  <Table.Th scope="col">{t('adviser.list.alerts')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {conn.edges.map(({ node: c }) => {
                  const m = markers.get(c.id);
                  return (
                    <Table.Tr key={c.id} data-testid="candidate-row">
                      <Table.Th scope="row" fw={500}>
                        <Anchor component={Link} to={`/adviser/candidates/${c.id}`}>
                          {c.firstName} {c.lastName}
                        </Anchor>
                        {c.status !== 'ACTIVE' && (
                          <Badge ml="xs" variant="outline" color="gray.8" size="sm">
                            {t(`adviser.enums.candidateStatus.${c.status}`)}
                          </Badge>
                        )}
                      </Table.Th>
                      <Table.Td>{enumLabel(t, 'readiness', c.readiness)}</Table.Td>
                      <Table.Td>{c.danishLevel === 'NONE' ? t('adviser.common.none') : c.danishLevel}</Table.Td>
                      <Table.Td>
                        {f.num(c.currentOrdinaryHours)} / {f.num(c.goalWeeklyHours)}
                      </Table.Td>
                      <Table.Td>
                        {m ? (
                          <Badge
                            {...SEVERITY_BADGE[m.severity]}
                            variant="filled"
                            data-testid="alert-marker"
                            title={t('adviser.list.markerLabel', {
                              count: m.count,
                              severity: t(`adviser.enums.severity.${m.severity}`),
                            })}
                          >
                            {t('adviser.list.marker', {
                              count: m.count,
                              severity: t(`adviser.enums.severity.${m.severity}`),
                            })}
                          </Badge>
                        ) : (
                          <Text span size="sm" c="dimmed">
                            {t('adviser.list.noAlerts')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager {...paging.pagerProps(conn)} />
        </>
      )}
    </Stack>
  );
}
