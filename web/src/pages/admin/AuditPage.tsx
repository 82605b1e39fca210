import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { fieldErrors } from '../../components/form-errors.js';
import { Pager, useConnection } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import { useFormat } from '../overview/format.js';
import { AdminPage, AdminTable } from './AdminShell.js';
import { AdminAuditEntriesDocument } from './admin.operations.js';

/** /admin/audit: the whole audit trail by page, found by a name or an id, each row a sentence. */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.audit.title')}>
      <AuditLog />
    </AdminPage>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  // `id` kept from the old page's links (a person's page links here with its id).
  const search = params.get('q') ?? params.get('id') ?? '';
  const paging = useConnection();
  const form = useForm({
    initialValues: { search },
    validate: { search: (v) => (v.trim().length === 1 ? t('admin.audit.tooShort') : null) },
  });
  const [{ data, fetching, error }] = useQuery({
    query: AdminAuditEntriesDocument,
    variables: { search: search || null, ...paging.variables },
    requestPolicy: 'cache-and-network',
  });
  const serverField = fieldErrors(error).fields.search;
  useEffect(() => {
    if (serverField) form.setFieldError('search', serverField);
  }, [serverField, form.setFieldError]);
  const conn = data?.auditEntries;
  return (
    <Stack>
      <Text>{t('admin.audit.intro')}</Text>
      <Paper withBorder p="md">
        <form
          onSubmit={form.onSubmit((v) => {
            paging.reset();
            setParams(v.search.trim() ? { q: v.search.trim() } : {});
          })}
          aria-label={t('admin.audit.title')}
        >
          <Group align="flex-start">
            <TextInput
              label={t('admin.audit.search')}
              description={t('admin.audit.searchHint')}
              w={{ base: '100%', sm: 420 }}
              autoComplete="off"
              data-testid="audit-search"
              {...form.getInputProps('search')}
            />
            <Group mt={{ base: 0, sm: 46 }} gap="xs">
              <Button type="submit" data-testid="audit-show">
                {t('admin.audit.show')}
              </Button>
              {search && (
                <Button
                  variant="default"
                  onClick={() => {
                    form.setValues({ search: '' });
                    paging.reset();
                    setParams({});
                  }}
                >
                  {t('admin.audit.clear')}
                </Button>
              )}
            </Group>
          </Group>
        </form>
      </Paper>
      <QueryState fetching={fetching && !data} error={serverField ? undefined : error} />
      {conn && conn.edges.length === 0 && <Text c="dimmed">{t('admin.audit.none')}</Text>}
      {conn && conn.edges.length > 0 && (
        <AdminTable
          minWidth={760}
          testId="audit-table"
          caption={search ? t('admin.audit.captionFor', { search }) : t('admin.audit.caption')}
          columns={[t('admin.audit.at'), t('admin.audit.what'), t('admin.audit.purpose'), t('admin.audit.allowed')]}
        >
          {conn.edges.map(({ node: e }) => (
            <Table.Tr key={e.id} data-testid="audit-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(e.at)}</Table.Td>
              <Table.Td>{e.description}</Table.Td>
              <Table.Td>{e.purpose ?? '–'}</Table.Td>
              <Table.Td>
                <Badge color={e.allowed ? 'teal' : 'red.8'} variant={e.allowed ? 'light' : 'filled'}>
                  {e.allowed ? t('admin.common.yes') : t('admin.audit.denied')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </AdminTable>
      )}
      {conn && <Pager {...paging.pagerProps(conn)} />}
    </Stack>
  );
}
