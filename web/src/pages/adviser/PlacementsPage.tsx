import { Anchor, Badge, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Pager, useConnection } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import type { PlacementStatus } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { AdviserPlacementsDocument } from './AdviserPlacements.operations.js';
import { todayIso, useFormat } from './format.js';

/** Placements in my caseload, filtered by status, one page at a time. */
export function PlacementsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [status, setStatus] = useState<PlacementStatus | null>('ACTIVE');
  const paging = useConnection();
  const { reset } = paging;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts on page 1
  useEffect(() => reset(), [status]);
  const [{ data, fetching, error }] = useQuery({
    query: AdviserPlacementsDocument,
    variables: { status, ...paging.variables },
    requestPolicy: 'cache-and-network',
  });
  const conn = data?.placements;
  const today = todayIso();

  return (
    <Stack>
      <div>
        <Title order={2}>{t('adviser.placements.title')}</Title>
        <Text c="dimmed">{t('adviser.placements.intro')}</Text>
      </div>
      <Select
        label={t('adviser.placements.status')}
        maw={280}
        data={[
          { value: 'ACTIVE', label: enumLabel(t, 'placementStatus', 'ACTIVE') },
          { value: 'ENDED', label: enumLabel(t, 'placementStatus', 'ENDED') },
          { value: '', label: t('adviser.placements.statusAll') },
        ]}
        value={status ?? ''}
        allowDeselect={false}
        onChange={(v) => setStatus((v || null) as PlacementStatus | null)}
      />
      <QueryState fetching={fetching && !data} error={error} />
      {conn && conn.edges.length === 0 && <Text>{t('adviser.placements.empty')}</Text>}
      {conn && conn.edges.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover data-testid="placements-table" aria-label={t('adviser.placements.caption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('adviser.placements.candidate')}</Table.Th>
                  <Table.Th scope="col">{t('adviser.placements.company')}</Table.Th>
                  <Table.Th scope="col">{t('adviser.placements.type')}</Table.Th>
                  <Table.Th scope="col">{t('adviser.placements.period')}</Table.Th>
                  <Table.Th scope="col">{t('adviser.placements.week')}</Table.Th>
                  <Table.Th scope="col">{t('adviser.placements.nextFollowUp')}</Table.Th>
                  <Table.Th scope="col">{t('adviser.placements.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {conn.edges.map(({ node: p }) => {
                  const overdue = p.status === 'ACTIVE' && p.nextFollowUpDue && p.nextFollowUpDue < today;
                  return (
                    <Table.Tr key={p.id}>
                      <Table.Th scope="row" fw={500}>
                        <Anchor component={Link} to={`/adviser/placements/${p.id}`}>
                          {p.candidateFirstName} {p.candidate?.lastName ?? ''}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{p.company.name}</Table.Td>
                      <Table.Td>{enumLabel(t, 'placementType', p.type)}</Table.Td>
                      <Table.Td>
                        {f.date(p.startDate)} – {f.date(p.endDate ?? p.plannedEndDate) || '…'}
                      </Table.Td>
                      <Table.Td>{p.weekNumber ?? '–'}</Table.Td>
                      <Table.Td>
                        {p.nextFollowUpDue ? f.date(p.nextFollowUpDue) : '–'}
                        {overdue && (
                          <Badge ml="xs" color="red.9" size="sm" title={t('adviser.enums.alertKind.FOLLOW_UP_OVERDUE')}>
                            {t('adviser.placements.overdue')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {enumLabel(t, 'placementStatus', p.status)}
                        {p.outcome && (
                          <Text size="xs" c="dimmed">
                            {t(`adviser.enums.outcome.${p.outcome}`)}
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
