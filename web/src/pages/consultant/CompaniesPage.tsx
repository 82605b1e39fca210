import { Anchor, Button, Group, NativeSelect, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { IndustrySelect } from '../../components/IndustrySelect.js';
import { Pager, useConnection } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import type { PartnershipTier } from '../../gql/graphql.js';
import { localName } from '../../i18n/names.js';
import { ContactDueBadge, TierBadge } from './badges.js';
import { ConsultantCompaniesDocument } from './CompaniesPage.operations.js';
import { formatDate } from './format.js';
import { countOpen } from './openings.js';

const TIERS: PartnershipTier[] = ['PARTNER', 'COLLABORATION', 'CONTACT'];

/** The portfolio: filter by industry, tier and name/CVR; open tasks, IGU slots and contact due per company. */
export function CompaniesPage() {
  const { t, i18n } = useTranslation();
  const paging = useConnection();
  const [industryCode, setIndustryCode] = useState<string | null>(null);
  const [tier, setTier] = useState<PartnershipTier | null>(null);
  const [overdue, setOverdue] = useState<'all' | 'yes' | 'no'>('all');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);

  const filter = {
    ...(industryCode ? { industryCode } : {}),
    ...(tier ? { tier } : {}),
    ...(debounced ? { search: debounced } : {}),
    ...(overdue === 'all' ? {} : { contactOverdue: overdue === 'yes' }),
  };
  const [{ data, fetching, error }] = useQuery({
    query: ConsultantCompaniesDocument,
    variables: { filter, ...paging.variables },
  });
  const conn = data?.companies;
  const rows = conn?.edges.map((e) => e.node) ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('consultant.companies.title')}</Title>
        <Button component={Link} to="/consultant/companies/new" data-testid="new-company">
          {t('consultant.companies.new')}
        </Button>
      </Group>
      <Group align="flex-end" wrap="wrap" role="search" aria-label={t('consultant.companies.filters')}>
        <TextInput
          label={t('consultant.companies.search')}
          description={t('consultant.companies.searchHint')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            paging.reset();
          }}
          w={260}
        />
        <IndustrySelect
          label={t('consultant.company.industry')}
          placeholder={t('consultant.companies.allIndustries')}
          portfolio
          value={industryCode}
          onChange={(v) => {
            setIndustryCode(v);
            paging.reset();
          }}
          clearable
          w={300}
        />
        <Select
          label={t('consultant.company.tier')}
          placeholder={t('consultant.companies.allTiers')}
          data={TIERS.map((v) => ({ value: v, label: t(`consultant.enum.tier.${v}`) }))}
          value={tier}
          onChange={(v) => {
            setTier(v as PartnershipTier | null);
            paging.reset();
          }}
          clearable
          w={220}
        />
        <NativeSelect
          label={t('journal.contacts.overdueFilter')}
          data={[
            { value: 'all', label: t('journal.contacts.overdueAll') },
            { value: 'yes', label: t('journal.contacts.overdueOnly') },
            { value: 'no', label: t('journal.contacts.overdueNot') },
          ]}
          value={overdue}
          onChange={(e) => {
            setOverdue(e.currentTarget.value as 'all' | 'yes' | 'no');
            paging.reset();
          }}
          data-testid="filter-contact-overdue"
          w={200}
        />
      </Group>

      {!conn ? (
        <QueryState fetching={fetching} error={error} />
      ) : (
        <>
          {error && <QueryState fetching={false} error={error} />}
          {rows.length === 0 ? (
            <Text c="dimmed">{t('consultant.companies.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={760} type="native">
              <Table striped highlightOnHover verticalSpacing="xs" data-testid="companies-table">
                <Table.Caption>{t('consultant.companies.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('consultant.company.name')}</Table.Th>
                    <Table.Th scope="col">{t('consultant.company.industry')}</Table.Th>
                    <Table.Th scope="col">{t('consultant.company.tier')}</Table.Th>
                    <Table.Th scope="col">{t('consultant.company.openTasks')}</Table.Th>
                    <Table.Th scope="col">{t('consultant.company.openIgu')}</Table.Th>
                    <Table.Th scope="col">{t('consultant.company.lastContact')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/consultant/companies/${c.id}`} data-testid="company-link">
                          {c.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {t('consultant.company.cvrShort', { cvr: c.cvr })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">
                          {c.industry.code} {localName(c.industry, i18n.language)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <TierBadge tier={c.tier} />
                      </Table.Td>
                      <Table.Td>{countOpen(c.tasks)}</Table.Td>
                      <Table.Td>{countOpen(c.iguSlots)}</Table.Td>
                      <Table.Td>
                        <Stack gap={4} align="flex-start">
                          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                            {c.lastContactAt
                              ? formatDate(c.lastContactAt, i18n.language)
                              : t('consultant.company.neverContacted')}
                          </Text>
                          <ContactDueBadge due={c.contactDue} />
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Pager {...paging.pagerProps(conn)} label={t('consultant.companies.title')} />
        </>
      )}
    </Stack>
  );
}
