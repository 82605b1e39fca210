import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { fieldErrors } from '../../components/form-errors.js';
import { QueryState } from '../../components/QueryState.js';
import { useFormat } from './format.js';
import { OverviewAuditLogDocument } from './operations/OverviewAuditLog.js';
import { RolesOnly } from './StaffOnly.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STEP = 25;
/** The API returns at most 100 entries and has no cursor: newest first, "show more" up to that. */
const MAX = 100;

/** /admin/audit: who read or changed a person's data (ADMIN only). */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('overview.audit.title')}</Title>
      <RolesOnly roles={['ADMIN']} message={t('overview.audit.forbidden')}>
        <AuditLog />
      </RolesOnly>
    </Stack>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const subjectId = params.get('id') ?? '';
  const [first, setFirst] = useState(STEP);
  const form = useForm({
    initialValues: { subjectId },
    validate: { subjectId: (v) => (UUID.test(v.trim()) ? null : t('overview.audit.invalidId')) },
  });
  const valid = UUID.test(subjectId);
  const [{ data, fetching, error }] = useQuery({
    query: OverviewAuditLogDocument,
    variables: { subjectId, first },
    pause: !valid,
    requestPolicy: 'network-only',
  });
  // A server-side field error (e.g. subjectId) stands next to the input.
  useEffect(() => {
    const { fields } = fieldErrors(error);
    if (fields.subjectId) form.setFieldError('subjectId', fields.subjectId);
  }, [error, form.setFieldError]);

  return (
    <Stack>
      <Text>{t('overview.audit.intro')}</Text>
      <Paper withBorder p="md">
        <form
          onSubmit={form.onSubmit((v) => {
            setFirst(STEP);
            setParams({ id: v.subjectId.trim() });
          })}
        >
          <Group align="flex-start">
            <TextInput
              label={t('overview.audit.subjectId')}
              description={t('overview.audit.subjectIdDescription')}
              w={{ base: '100%', sm: 420 }}
              autoComplete="off"
              spellCheck={false}
              data-testid="audit-subject"
              {...form.getInputProps('subjectId')}
            />
            <Button type="submit" mt={{ base: 0, sm: 42 }} data-testid="audit-show">
              {t('overview.audit.show')}
            </Button>
          </Group>
        </form>
      </Paper>
      {valid && (
        <>
          <QueryState fetching={fetching && !data} error={fieldErrors(error).fields.subjectId ? undefined : error} />
          {data && <Entries entries={data.auditLog} subjectId={subjectId} />}
          {data && data.auditLog.length >= first && first < MAX && (
            <Group>
              <Button variant="default" onClick={() => setFirst((f) => Math.min(MAX, f + STEP))} loading={fetching}>
                {t('overview.audit.more')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

type Entry = {
  id: string;
  at: string;
  actorId?: string | null;
  actorRole?: string | null;
  action: string;
  operation: string;
  purpose?: string | null;
  allowed: boolean;
};

function Entries({ entries, subjectId }: { entries: Entry[]; subjectId: string }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  if (!entries.length) return <Text c="dimmed">{t('overview.audit.none')}</Text>;
  const label = (group: string, key: string | null | undefined) =>
    key && i18n.exists(`overview.enums.${group}.${key}`) ? t(`overview.enums.${group}.${key}`) : (key ?? '');
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('overview.audit.showing', { count: entries.length })}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder data-testid="audit-table">
          <caption style={{ captionSide: 'top', textAlign: 'left' }}>
            {t('overview.audit.caption', { id: subjectId })}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('overview.audit.at')}</Table.Th>
              <Table.Th scope="col">{t('overview.audit.who')}</Table.Th>
              <Table.Th scope="col">{t('overview.audit.action')}</Table.Th>
              <Table.Th scope="col">{t('overview.audit.operation')}</Table.Th>
              <Table.Th scope="col">{t('overview.audit.purpose')}</Table.Th>
              <Table.Th scope="col">{t('overview.audit.allowed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(e.at)}</Table.Td>
                <Table.Td>
                  {e.actorRole ? label('role', e.actorRole) : t('overview.audit.unknownActor')}
                  {e.actorId && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {e.actorId}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{label('action', e.action)}</Table.Td>
                <Table.Td ff="monospace">{e.operation}</Table.Td>
                <Table.Td>{e.purpose ?? '–'}</Table.Td>
                <Table.Td>
                  <Badge color={e.allowed ? 'teal' : 'red.8'} variant={e.allowed ? 'light' : 'filled'}>
                    {e.allowed ? t('overview.common.yes') : t('overview.common.no')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
