import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Pager, useConnection } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import type { IguSlotStatus } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { formatMoney } from '../../i18n/format.js';
import { localName } from '../../i18n/names.js';
import { CompanyOnly } from './CompanyOnly.js';
import { CompanyCloseIguSlotDocument, CompanyIguSlotsDocument } from './igu.operations.js';
import { formatDate, formatNumber, hiddenCaption } from './lib.js';
import { Notice } from './Notice.js';
import { ReasonModal } from './ReasonModal.js';
import { StatusBadge } from './StatusBadge.js';

const STATUSES: IguSlotStatus[] = ['OPEN', 'FILLED', 'CLOSED'];
const context = { additionalTypenames: ['IguSlot'] };

/** /company/igu-slots: the company's IGU slots, paginated. */
export function IguSlotsPage() {
  return <CompanyOnly>{(companyId) => <IguSlots companyId={companyId} />}</CompanyOnly>;
}

function IguSlots({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const paging = useConnection();
  const [status, setStatus] = useState<IguSlotStatus | 'ALL'>('ALL');
  const [closing, setClosing] = useState<{ id: string; title: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: CompanyIguSlotsDocument,
    variables: {
      filter: { companyId, ...(status === 'ALL' ? {} : { status }) },
      ...paging.variables,
    },
    context: useMemo(() => context, []),
  });
  const [, closeSlot] = useMutation(CompanyCloseIguSlotDocument);
  const slots = data?.iguSlots;
  const rows = slots?.edges.map((e) => e.node) ?? [];

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('company.igu.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('company.igu.intro')}
          </Text>
        </div>
        <Button component={Link} to="/company/igu-slots/new" data-testid="new-igu-slot">
          {t('company.igu.new')}
        </Button>
      </Group>
      <Notice message={notice} />
      <Select
        label={t('company.common.statusFilter')}
        w={240}
        allowDeselect={false}
        value={status}
        onChange={(v) => {
          setStatus((v ?? 'ALL') as IguSlotStatus | 'ALL');
          paging.reset();
        }}
        data={[
          { value: 'ALL', label: t('company.common.all') },
          ...STATUSES.map((s) => ({ value: s, label: enumLabel(t, 'iguStatus', s) })),
        ]}
      />
      {!slots ? (
        <QueryState fetching={fetching} error={error} />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('company.igu.empty')}</Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="igu-table">
              <Table.Caption style={hiddenCaption}>{t('company.igu.tableLabel')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('company.igu.colTitle')}</Table.Th>
                  <Table.Th scope="col">{t('company.igu.colStatus')}</Table.Th>
                  <Table.Th scope="col">{t('company.igu.colStart')}</Table.Th>
                  <Table.Th scope="col">{t('company.igu.colHours')}</Table.Th>
                  <Table.Th scope="col">{t('company.igu.colWage')}</Table.Th>
                  <Table.Th scope="col">{t('company.igu.colOpenings')}</Table.Th>
                  <Table.Th scope="col">{t('company.common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((slot) => (
                  <Table.Tr key={slot.id} data-testid="igu-row">
                    <Table.Th scope="row" fw={500}>
                      <Text fw={600} size="sm">
                        {slot.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {slot.industry.code} {localName(slot.industry, i18n.language)}
                      </Text>
                      {slot.statusReason && (
                        <Text size="xs" c="dimmed">
                          {slot.statusReason}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <StatusBadge kind="igu" status={slot.status} openingsLeft={slot.openingsLeft} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(slot.startDate, lang)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t('company.common.hours', { hours: formatNumber(slot.weeklyHours, lang) })}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t('company.igu.wage', { wage: formatMoney(slot.hourlyWage, lang) })}
                    </Table.Td>
                    <Table.Td>{slot.openings}</Table.Td>
                    <Table.Td>
                      {slot.status !== 'CLOSED' && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            component={Link}
                            to={`/company/igu-slots/${slot.id}/edit`}
                            size="xs"
                            variant="default"
                            aria-label={t('company.igu.editLabel', { title: slot.title })}
                          >
                            {t('company.common.edit')}
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            c="red.9"
                            aria-label={t('company.igu.closeLabel', { title: slot.title })}
                            onClick={() => setClosing({ id: slot.id, title: slot.title })}
                          >
                            {t('company.common.close')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager {...paging.pagerProps(slots)} />
        </>
      )}
      <ReasonModal
        opened={!!closing}
        onClose={() => setClosing(null)}
        title={t('company.igu.closeTitle', { title: closing?.title ?? '' })}
        intro={t('company.igu.closeIntro')}
        placeholder={t('company.igu.closeReasonPlaceholder')}
        submitLabel={t('company.igu.closeSubmit')}
        testId="close-igu-form"
        onSubmit={async (reason) => {
          const result = await closeSlot({ id: closing!.id, reason });
          if (!result.error) setNotice(t('company.igu.closed', { title: closing!.title }));
          return result.error;
        }}
      />
    </Stack>
  );
}
