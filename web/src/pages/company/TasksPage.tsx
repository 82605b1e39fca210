import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Pager, useConnection } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import type { TaskStatus } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { localName } from '../../i18n/names.js';
import { CompanyOnly } from './CompanyOnly.js';
import { formatDate, formatNumber, hiddenCaption } from './lib.js';
import { Notice } from './Notice.js';
import { ReasonModal } from './ReasonModal.js';
import { StatusBadge } from './StatusBadge.js';
import { CompanyCloseTaskDocument, CompanyPublishTaskDocument, CompanyTasksDocument } from './tasks.operations.js';

const STATUSES: TaskStatus[] = ['OPEN', 'DRAFT', 'IN_PROGRESS', 'SOLVED', 'CLOSED'];
const context = { additionalTypenames: ['Task'] };

/** /company/tasks: the company's unsolved tasks with status, paginated. */
export function TasksPage() {
  return <CompanyOnly>{(companyId) => <Tasks companyId={companyId} />}</CompanyOnly>;
}

function Tasks({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const paging = useConnection();
  const [status, setStatus] = useState<TaskStatus | 'ALL'>('ALL');
  const [closing, setClosing] = useState<{ id: string; title: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: CompanyTasksDocument,
    variables: {
      filter: { companyId, ...(status === 'ALL' ? {} : { status }) },
      ...paging.variables,
    },
    context: useMemo(() => context, []),
  });
  const [, closeTask] = useMutation(CompanyCloseTaskDocument);
  const [publishState, publishTask] = useMutation(CompanyPublishTaskDocument);
  const tasks = data?.tasks;
  const rows = tasks?.edges.map((e) => e.node) ?? [];

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('company.tasks.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('company.tasks.intro')}
          </Text>
        </div>
        <Button component={Link} to="/company/tasks/new" data-testid="new-task">
          {t('company.tasks.new')}
        </Button>
      </Group>
      <Notice message={notice} />
      <Select
        label={t('company.common.statusFilter')}
        w={240}
        allowDeselect={false}
        value={status}
        onChange={(v) => {
          setStatus((v ?? 'ALL') as TaskStatus | 'ALL');
          paging.reset();
        }}
        data={[
          { value: 'ALL', label: t('company.common.all') },
          ...STATUSES.map((s) => ({ value: s, label: enumLabel(t, 'taskStatus', s) })),
        ]}
      />
      {publishState.error && <QueryState fetching={false} error={publishState.error} />}
      {!tasks ? (
        <QueryState fetching={fetching} error={error} />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('company.tasks.empty')}</Text>
      ) : (
        <>
          {error && <QueryState fetching={false} error={error} />}
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="tasks-table">
              <Table.Caption style={hiddenCaption}>{t('company.tasks.tableLabel')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('company.tasks.colTitle')}</Table.Th>
                  <Table.Th scope="col">{t('company.tasks.colStatus')}</Table.Th>
                  <Table.Th scope="col">{t('company.tasks.colHours')}</Table.Th>
                  <Table.Th scope="col">{t('company.tasks.colOpenings')}</Table.Th>
                  <Table.Th scope="col">{t('company.tasks.colCreated')}</Table.Th>
                  <Table.Th scope="col">{t('company.common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((task) => {
                  const editable = task.status !== 'SOLVED' && task.status !== 'CLOSED';
                  return (
                    <Table.Tr key={task.id} data-testid="task-row">
                      <Table.Th scope="row" fw={500}>
                        <Text fw={600} size="sm">
                          {task.title}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {task.industry.code} {localName(task.industry, i18n.language)}
                          {task.ordinaryHoursInSight &&
                            ` · ${t('company.tasks.ordinaryInSight')}${
                              task.expectedOrdinaryHours != null
                                ? ` (${t('company.common.hours', { hours: formatNumber(task.expectedOrdinaryHours, lang) })})`
                                : ''
                            }`}
                        </Text>
                        {task.statusReason && (
                          <Text size="xs" c="dimmed">
                            {task.statusReason}
                          </Text>
                        )}
                      </Table.Th>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <StatusBadge kind="task" status={task.status} openingsLeft={task.openingsLeft} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {t('company.common.hours', { hours: formatNumber(task.weeklyHours, lang) })}
                      </Table.Td>
                      <Table.Td>{task.openings}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(task.createdAt, lang)}</Table.Td>
                      <Table.Td>
                        {editable && (
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              component={Link}
                              to={`/company/tasks/${task.id}/edit`}
                              size="xs"
                              variant="default"
                              aria-label={t('company.tasks.editLabel', { title: task.title })}
                            >
                              {t('company.common.edit')}
                            </Button>
                            {task.status === 'DRAFT' && (
                              <Button
                                size="xs"
                                variant="light"
                                aria-label={t('company.tasks.publishLabel', { title: task.title })}
                                onClick={() => publishTask({ id: task.id })}
                              >
                                {t('company.tasks.publish')}
                              </Button>
                            )}
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              c="red.9"
                              aria-label={t('company.tasks.closeLabel', { title: task.title })}
                              onClick={() => setClosing({ id: task.id, title: task.title })}
                            >
                              {t('company.common.close')}
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager {...paging.pagerProps(tasks)} />
        </>
      )}
      <ReasonModal
        opened={!!closing}
        onClose={() => setClosing(null)}
        title={t('company.tasks.closeTitle', { title: closing?.title ?? '' })}
        intro={t('company.tasks.closeIntro')}
        placeholder={t('company.tasks.closeReasonPlaceholder')}
        submitLabel={t('company.tasks.closeSubmit')}
        testId="close-task-form"
        onSubmit={async (reason) => {
          const result = await closeTask({ id: closing!.id, reason });
          if (!result.error) setNotice(t('company.tasks.closed', { title: closing!.title }));
          return result.error;
        }}
      />
    </Stack>
  );
}
