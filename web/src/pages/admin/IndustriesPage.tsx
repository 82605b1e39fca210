import { Alert, Button, Group, MultiSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { AdminPage, AdminTable } from './AdminShell.js';
import { AdminPortfoliosDocument, AdminUpdateUserDocument } from './admin.operations.js';

/** /admin/industries: the DB07 divisions, and each consultant's portfolio of them (assign and unassign). */
export function IndustriesPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.industries.title')}>
      <Portfolios />
    </AdminPage>
  );
}

interface Consultant {
  id: string;
  name: string;
  email: string;
  active: boolean;
  industries: { code: string }[];
}

function Portfolios() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: AdminPortfoliosDocument, requestPolicy: 'cache-and-network' });
  const [filter, setFilter] = useState('');
  const divisions = (data?.industries ?? []).filter((i) => i.level === 'DIVISION');
  const label = (d: { name: string; nameEn?: string | null }) => (i18n.language === 'en' && d.nameEn) || d.name;
  const consultants = (data?.users.edges ?? []).map((e) => e.node);
  const options = divisions.map((d) => ({ value: d.code, label: `${d.code} ${label(d)}` }));
  const byIndustry = new Map<string, string[]>();
  for (const c of consultants)
    for (const i of c.industries) byIndustry.set(i.code, [...(byIndustry.get(i.code) ?? []), c.name]);
  const needle = filter.trim().toLowerCase();
  const shown = divisions.filter((d) => !needle || `${d.code} ${label(d)}`.toLowerCase().includes(needle));
  return (
    <Stack>
      <Text>{t('admin.industries.intro')}</Text>
      <QueryState fetching={fetching && !data} error={error} />
      <section aria-labelledby="consultants-title">
        <Title order={3} id="consultants-title" mb="xs">
          {t('admin.industries.consultants')}
        </Title>
        {data && consultants.length === 0 && <Text c="dimmed">{t('admin.industries.noConsultants')}</Text>}
        <Stack>
          {consultants.map((c) => (
            <ConsultantPortfolio key={c.id} consultant={c} options={options} />
          ))}
        </Stack>
      </section>
      {data && (
        <section aria-labelledby="industries-title">
          <Title order={3} id="industries-title" mb="xs">
            {t('admin.industries.list')}
          </Title>
          <TextInput
            label={t('admin.industries.filter')}
            value={filter}
            onChange={(e) => setFilter(e.currentTarget.value)}
            w={{ base: '100%', sm: 320 }}
            mb="sm"
          />
          <AdminTable
            minWidth={560}
            testId="industries-table"
            caption={t('admin.industries.caption')}
            columns={[t('admin.industries.code'), t('admin.industries.name'), t('admin.industries.assigned')]}
          >
            {shown.map((d) => (
              <Table.Tr key={d.code} data-testid={`industry-${d.code}`}>
                <Table.Td ff="monospace">{d.code}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  {label(d)}
                </Table.Th>
                <Table.Td>
                  {byIndustry.get(d.code)?.join(', ') ?? (
                    <Text span c="dimmed">
                      {t('admin.industries.unassigned')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </AdminTable>
        </section>
      )}
    </Stack>
  );
}

function ConsultantPortfolio({
  consultant,
  options,
}: {
  consultant: Consultant;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const saved = consultant.industries.map((i) => i.code);
  const [codes, setCodes] = useState<string[]>(saved);
  const [state, save] = useMutation(AdminUpdateUserDocument);
  const [done, setDone] = useState(false);
  const changed = codes.length !== saved.length || codes.some((c) => !saved.includes(c));
  return (
    <Paper withBorder p="sm" data-testid={`portfolio-${consultant.email}`}>
      <Group align="flex-end" wrap="wrap">
        <MultiSelect
          label={t('admin.industries.portfolioOf', { name: consultant.name })}
          description={consultant.email}
          data={options}
          value={codes}
          onChange={(v) => {
            setCodes(v);
            setDone(false);
          }}
          searchable
          clearable
          style={{ flex: 1, minWidth: 260 }}
        />
        <Button
          variant="default"
          disabled={!changed}
          loading={state.fetching}
          onClick={async () => {
            const r = await save({ id: consultant.id, input: { industryCodes: codes } });
            setDone(!r.error);
          }}
        >
          {t('admin.industries.save')}
        </Button>
      </Group>
      <div aria-live="polite">
        {done && (
          <Text size="sm" c="teal.9" mt={4}>
            {t('admin.industries.saved', { name: consultant.name })}
          </Text>
        )}
        {state.error && (
          <Alert color="red" role="alert" mt="xs">
            {state.error.graphQLErrors[0]?.message ?? state.error.message}
          </Alert>
        )}
      </div>
    </Paper>
  );
}
