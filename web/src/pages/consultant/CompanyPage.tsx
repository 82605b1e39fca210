import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Pager, SECTION_PAGE_SIZE, useConnection } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import type { CompanyContactKind } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { localName } from '../../i18n/names.js';
import { ContactDueBadge, FULL_WIDTH, IguStatusBadge, TaskStatusBadge, TierBadge } from './badges.js';
import {
  ConsultantCompanyDocument,
  ConsultantCompanyIguSlotsDocument,
  ConsultantCompanyPlacementsDocument,
  ConsultantCompanyTasksDocument,
  ConsultantRecordContactDocument,
} from './CompanyPage.operations.js';
import { formContrast } from './contrast.js';
import { Facts } from './Facts.js';
import { formatDate, formatHours } from './format.js';
import { applyServerErrors } from './serverErrors.js';

const LOG_STEP = 10;

/** One partner company: details, contacts, tasks, IGU slots, placements, the contact log and "record contact". */
export function CompanyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [logFirst, setLogFirst] = useState(LOG_STEP);
  const [{ data, fetching, error }] = useQuery({
    query: ConsultantCompanyDocument,
    variables: { id, logFirst },
  });
  const company = data?.company;

  if (!company) {
    return (
      <Stack>
        <Anchor component={Link} to="/consultant/companies" size="sm">
          {t('consultant.companies.back')}
        </Anchor>
        <QueryState fetching={fetching} error={error} />
        {!fetching && !error && <Text>{t('consultant.company.notFound')}</Text>}
      </Stack>
    );
  }

  const lang = i18n.language;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/consultant/companies" size="sm">
        {t('consultant.companies.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} data-testid="company-title">
            {company.name}
          </Title>
          <Group gap="xs">
            <TierBadge tier={company.tier} />
            <ContactDueBadge due={company.contactDue} />
          </Group>
        </Stack>
        <Button component={Link} to={`/consultant/companies/${company.id}/tasks/new`} data-testid="post-task">
          {t('consultant.company.postTask')}
        </Button>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md" component="section" aria-labelledby="company-details">
          <Title order={3} id="company-details" mb="sm">
            {t('consultant.company.details')}
          </Title>
          <Facts
            items={[
              [t('consultant.company.cvr'), company.cvr],
              [
                t('consultant.company.industry'),
                `${company.industry.code} ${localName(company.industry, i18n.language)}`,
              ],
              [t('consultant.company.sector'), t(`consultant.enum.sector.${company.sector}`)],
              [t('consultant.company.postcode'), company.postcode],
              [t('consultant.company.consultant'), company.consultant?.name ?? t('consultant.company.noConsultant')],
              [
                t('consultant.company.cadence'),
                t('consultant.company.cadenceDays', { count: company.contactCadenceDays }),
              ],
              [
                t('consultant.company.lastContact'),
                company.lastContactAt
                  ? formatDate(company.lastContactAt, lang)
                  : t('consultant.company.neverContacted'),
              ],
              [t('journal.contacts.dueLabel'), formatDate(company.nextContactDue, lang)],
              [
                t('consultant.company.mentors'),
                company.mentorLanguages.length
                  ? t('consultant.company.mentorsWithLanguages', {
                      count: company.mentorCount,
                      languages: company.mentorLanguages.join(', '),
                    })
                  : String(company.mentorCount),
              ],
            ]}
          />
        </Paper>
        <Stack>
          <Paper withBorder p="md" component="section" aria-labelledby="company-contacts">
            <Title order={3} id="company-contacts" mb="sm">
              {t('consultant.company.contacts')}
            </Title>
            {company.contacts.length === 0 ? (
              <Text c="dimmed">{t('consultant.company.noContacts')}</Text>
            ) : (
              <List spacing="xs" listStyleType="none">
                {company.contacts.map((c) => (
                  <List.Item key={c.id}>
                    <Text fw={600}>
                      {c.name}
                      {c.title ? ` · ${c.title}` : ''}
                    </Text>
                    <Group gap="md">
                      {c.email && (
                        <Anchor href={`mailto:${c.email}`} size="sm">
                          {c.email}
                        </Anchor>
                      )}
                      {c.phone && (
                        <Anchor href={`tel:${c.phone}`} size="sm">
                          {c.phone}
                        </Anchor>
                      )}
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
          <RecordContact companyId={company.id} contacts={company.contacts} />
        </Stack>
      </SimpleGrid>

      <CompanyTasks companyId={company.id} />
      <CompanyIguSlots companyId={company.id} />
      <CompanyPlacements companyId={company.id} />

      <Paper withBorder p="md" component="section" aria-labelledby="company-log">
        <Title order={3} id="company-log" mb="sm">
          {t('consultant.company.log')}
        </Title>
        {company.contactLog.length === 0 ? (
          <Text c="dimmed">{t('consultant.company.noLog')}</Text>
        ) : (
          <List spacing="sm" listStyleType="none" data-testid="contact-log">
            {company.contactLog.map((entry) => (
              <List.Item key={entry.id}>
                <Text size="sm" c="dimmed" data-testid="contact-log-meta">
                  {formatDate(entry.contactedAt, lang)}
                  {entry.kind ? ` · ${t(`journal.contacts.kinds.${entry.kind}`)}` : ''}
                  {entry.contactPerson ? ` · ${entry.contactPerson.name}` : ''}
                  {entry.by ? ` · ${entry.by.name}` : ''}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.note}</Text>
                {entry.nextContactDate && (
                  <Text size="sm">
                    {t('journal.contacts.nextValue', { date: formatDate(entry.nextContactDate, lang) })}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
        {company.contactLog.length >= logFirst && (
          <Button variant="default" size="xs" mt="sm" onClick={() => setLogFirst((n) => n + LOG_STEP)}>
            {t('consultant.company.moreLog')}
          </Button>
        )}
      </Paper>
    </Stack>
  );
}

const CONTACT_KINDS: CompanyContactKind[] = ['PHONE', 'VISIT', 'EMAIL'];

function RecordContact({ companyId, contacts }: { companyId: string; contacts: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const [state, record] = useMutation(ConsultantRecordContactDocument);
  const [done, setDone] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const form = useForm({
    initialValues: { note: '', kind: '', contactPersonId: '', nextContactDate: '' },
    validate: {
      note: (v) => (v.trim() ? null : t('consultant.company.noteRequired')),
      kind: (v) => (v ? null : t('journal.contacts.errKind')),
    },
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="company-record" style={formContrast}>
      <Title order={3} id="company-record" mb="sm">
        {t('consultant.company.record')}
      </Title>
      <form
        noValidate
        aria-labelledby="company-record"
        onSubmit={form.onSubmit(async (v) => {
          setDone(false);
          setGeneral(null);
          const result = await record({
            companyId,
            note: v.note.trim(),
            kind: v.kind as CompanyContactKind,
            contactPersonId: v.contactPersonId || null,
            nextContactDate: v.nextContactDate || null,
          });
          if (result.data) {
            form.reset();
            setDone(true);
          } else
            setGeneral(
              applyServerErrors(result.error, form.setErrors, ['note', 'kind', 'contactPersonId', 'nextContactDate']),
            );
        })}
      >
        <Stack gap="sm">
          <Radio.Group label={t('journal.contacts.kind')} withAsterisk {...form.getInputProps('kind')}>
            <Group mt={6} gap="md">
              {CONTACT_KINDS.map((k) => (
                <Radio key={k} value={k} label={t(`journal.contacts.kinds.${k}`)} data-testid={`contact-kind-${k}`} />
              ))}
            </Group>
          </Radio.Group>
          <NativeSelect
            label={t('journal.contacts.person')}
            data={[
              { value: '', label: t('journal.contacts.personNone') },
              ...contacts.map((c) => ({ value: c.id, label: c.name })),
            ]}
            data-testid="contact-person"
            {...form.getInputProps('contactPersonId')}
          />
          <TextInput
            type="date"
            label={t('journal.contacts.next')}
            description={t('journal.contacts.nextHint')}
            data-testid="contact-next"
            {...form.getInputProps('nextContactDate')}
          />
          <Textarea
            label={t('consultant.company.note')}
            description={t('consultant.company.noteHint')}
            autosize
            minRows={3}
            withAsterisk
            data-testid="contact-note"
            {...form.getInputProps('note')}
          />
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          {done && (
            <Alert color="teal" role="status" data-testid="contact-recorded">
              {t('consultant.company.recorded')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={state.fetching} data-testid="record-contact">
              {t('consultant.company.recordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function CompanyTasks({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const paging = useConnection(SECTION_PAGE_SIZE);
  const [{ data, fetching, error }] = useQuery({
    query: ConsultantCompanyTasksDocument,
    variables: { companyId, ...paging.variables },
  });
  const conn = data?.tasks;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="company-tasks">
      <Title order={3} id="company-tasks" mb="sm">
        {t('consultant.company.tasks')}
      </Title>
      {!conn ? (
        <QueryState fetching={fetching} error={error} />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('consultant.company.noTasks')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600} type="native">
          <Table verticalSpacing="xs" aria-labelledby="company-tasks" data-testid="company-tasks">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('consultant.task.title')}</Table.Th>
                <Table.Th scope="col">{t('consultant.task.status')}</Table.Th>
                <Table.Th scope="col">{t('consultant.task.weeklyHours')}</Table.Th>
                <Table.Th scope="col">{t('consultant.task.openings')}</Table.Th>
                <Table.Th scope="col">{t('consultant.task.ordinaryHoursInSight')}</Table.Th>
                <Table.Th scope="col">{t('consultant.task.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((task) => (
                <Table.Tr key={task.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/consultant/tasks/${task.id}`} data-testid="task-link">
                      {task.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <TaskStatusBadge status={task.status} openingsLeft={task.openingsLeft} />
                  </Table.Td>
                  <Table.Td>{formatHours(task.weeklyHours, i18n.language)}</Table.Td>
                  <Table.Td>{task.openings}</Table.Td>
                  <Table.Td>{task.ordinaryHoursInSight ? t('consultant.yes') : t('consultant.no')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(task.createdAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {conn && conn.totalCount > 0 && <Pager {...paging.pagerProps(conn)} label={t('consultant.company.tasks')} />}
    </Paper>
  );
}

function CompanyIguSlots({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const paging = useConnection(SECTION_PAGE_SIZE);
  const [{ data, fetching, error }] = useQuery({
    query: ConsultantCompanyIguSlotsDocument,
    variables: { companyId, ...paging.variables },
  });
  const conn = data?.iguSlots;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="company-igu">
      <Title order={3} id="company-igu" mb="sm">
        {t('consultant.company.iguSlots')}
      </Title>
      {!conn ? (
        <QueryState fetching={fetching} error={error} />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('consultant.company.noIgu')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560} type="native">
          <Table verticalSpacing="xs" aria-labelledby="company-igu">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('consultant.task.title')}</Table.Th>
                <Table.Th scope="col">{t('consultant.task.status')}</Table.Th>
                <Table.Th scope="col">{t('consultant.igu.startDate')}</Table.Th>
                <Table.Th scope="col">{t('consultant.task.weeklyHours')}</Table.Th>
                <Table.Th scope="col">{t('consultant.task.openings')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((slot) => (
                <Table.Tr key={slot.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/consultant/igu-slots/${slot.id}`} data-testid="igu-link">
                      {slot.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <IguStatusBadge status={slot.status} openingsLeft={slot.openingsLeft} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(slot.startDate, i18n.language)}</Table.Td>
                  <Table.Td>{formatHours(slot.weeklyHours, i18n.language)}</Table.Td>
                  <Table.Td>{slot.openings}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {conn && conn.totalCount > 0 && <Pager {...paging.pagerProps(conn)} label={t('consultant.company.iguSlots')} />}
    </Paper>
  );
}

function CompanyPlacements({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const paging = useConnection(SECTION_PAGE_SIZE);
  const [{ data, fetching, error }] = useQuery({
    query: ConsultantCompanyPlacementsDocument,
    variables: { companyId, ...paging.variables },
  });
  const conn = data?.placements;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="company-placements">
      <Title order={3} id="company-placements" mb="sm">
        {t('consultant.company.placements')}
      </Title>
      {!conn ? (
        <QueryState fetching={fetching} error={error} />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('consultant.company.noPlacements')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table verticalSpacing="xs" aria-labelledby="company-placements">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('consultant.placement.candidate')}</Table.Th>
                <Table.Th scope="col">{t('consultant.placement.type')}</Table.Th>
                <Table.Th scope="col">{t('consultant.placement.opening')}</Table.Th>
                <Table.Th scope="col">{t('consultant.placement.period')}</Table.Th>
                <Table.Th scope="col">{t('consultant.placement.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.candidateFirstName}</Table.Td>
                  <Table.Td>{enumLabel(t, 'placementType', p.type)}</Table.Td>
                  <Table.Td>{p.task?.title ?? p.iguSlot?.title ?? '–'}</Table.Td>
                  <Table.Td>
                    {formatDate(p.startDate, i18n.language)} – {formatDate(p.plannedEndDate, i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    <Badge style={FULL_WIDTH} variant="filled" color={p.status === 'ACTIVE' ? 'teal.9' : 'gray.7'}>
                      {enumLabel(t, 'placementStatus', p.status)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {conn && conn.totalCount > 0 && <Pager {...paging.pagerProps(conn)} label={t('consultant.company.placements')} />}
    </Paper>
  );
}
