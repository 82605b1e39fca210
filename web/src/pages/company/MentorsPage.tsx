import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../../components/form-errors.js';
import { QueryState } from '../../components/QueryState.js';
import type { CompanyMentorsQuery } from '../../gql/graphql.js';
import { CompanyOnly } from './CompanyOnly.js';
import { formatDate } from './lib.js';
import {
  CompanyCreateMentorDocument,
  CompanyMentorsDocument,
  CompanyUpdateMentorDocument,
} from './mentors.operations.js';
import { Notice } from './Notice.js';

type Mentor = CompanyMentorsQuery['mentors'][number];
const context = { additionalTypenames: ['Mentor', 'Placement'] };

interface MentorValues {
  name: string;
  languages: string[];
  trainedOn: string;
  maxInterns: number | string;
}

const empty: MentorValues = { name: '', languages: [], trainedOn: '', maxInterns: 1 };

/** /company/mentors: the company's trained mentors, how many interns each has, and a form to add or change one. */
export function MentorsPage() {
  return <CompanyOnly>{() => <Mentors />}</CompanyOnly>;
}

function Mentors() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CompanyMentorsDocument,
    variables: {},
    context: useMemo(() => context, []),
  });
  const [editing, setEditing] = useState<Mentor | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const mentors = data?.mentors;

  return (
    <Stack>
      <div>
        <Title order={2}>{t('company.mentors.title')}</Title>
        <Text c="dimmed" size="sm" maw={720}>
          {t('company.mentors.intro')}
        </Text>
      </div>
      <Notice message={notice} />
      {!mentors ? (
        <QueryState fetching={fetching} error={error} />
      ) : mentors.length === 0 ? (
        <Alert color="gray">{t('company.mentors.empty')}</Alert>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('company.mentors.caption')} data-testid="mentors-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('company.mentors.name')}</Table.Th>
                <Table.Th scope="col">{t('company.mentors.languages')}</Table.Th>
                <Table.Th scope="col">{t('company.mentors.trainedOn')}</Table.Th>
                <Table.Th scope="col">{t('company.mentors.interns')}</Table.Th>
                <Table.Th scope="col">{t('company.common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mentors.map((m) => (
                <Table.Tr key={m.id} data-testid="mentor-row">
                  <Table.Th scope="row" fw={500}>
                    {m.name}
                  </Table.Th>
                  <Table.Td>{m.languageNames.join(', ') || '–'}</Table.Td>
                  <Table.Td>{m.trainedOn ? formatDate(m.trainedOn, lang) : t('company.mentors.notTrained')}</Table.Td>
                  <Table.Td data-testid="mentor-interns">
                    {t('company.mentors.internsValue', { count: m.activeInterns, max: m.maxInterns })}
                    {m.activeInterns >= m.maxInterns ? ` ${t('company.mentors.full')}` : ''}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      variant="default"
                      size="xs"
                      onClick={() => {
                        setNotice(null);
                        setEditing(m);
                      }}
                      aria-label={t('company.mentors.editLabel', { name: m.name })}
                    >
                      {t('company.mentors.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <MentorForm
        key={editing ? `${editing.id}:${editing.version}` : 'new'}
        mentor={editing}
        onCancel={() => setEditing(null)}
        onSaved={(name, changed) => {
          setEditing(null);
          setNotice(t(changed ? 'company.mentors.changed' : 'company.mentors.added', { name }));
          refetch({ requestPolicy: 'network-only' });
        }}
      />
    </Stack>
  );
}

function MentorForm({
  mentor,
  onCancel,
  onSaved,
}: {
  mentor: Mentor | null;
  onCancel: () => void;
  onSaved: (name: string, changed: boolean) => void;
}) {
  const { t } = useTranslation();
  const [general, setGeneral] = useState<string | null>(null);
  const [createState, create] = useMutation(CompanyCreateMentorDocument);
  const [updateState, update] = useMutation(CompanyUpdateMentorDocument);
  const form = useForm<MentorValues>({
    initialValues: mentor
      ? {
          name: mentor.name,
          languages: mentor.languages,
          trainedOn: mentor.trainedOn ?? '',
          maxInterns: mentor.maxInterns,
        }
      : empty,
    validate: {
      name: (v) => (v.trim() ? null : t('company.mentors.errName')),
      maxInterns: (v) => (Number(v) >= 1 && Number(v) <= 20 ? null : t('company.mentors.errMax')),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setGeneral(null);
    const fields = {
      name: v.name.trim(),
      languages: v.languages,
      trainedOn: v.trainedOn || null,
      maxInterns: Number(v.maxInterns),
    };
    const result = mentor
      ? await update({ id: mentor.id, input: { version: mentor.version, ...fields } })
      : await create({ input: fields });
    if (result.error) {
      const { fields: errors, general: message } = fieldErrors(result.error);
      form.setErrors(errors);
      setGeneral(message ?? t('company.mentors.errCheck'));
      return;
    }
    form.reset();
    onSaved(fields.name, !!mentor);
  });
  const title = mentor ? t('company.mentors.editTitle', { name: mentor.name }) : t('company.mentors.addTitle');
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <form onSubmit={submit} noValidate data-testid="mentor-form">
        <Stack gap="sm">
          <Title order={3} size="h4">
            {title}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('company.mentors.name')} required {...form.getInputProps('name')} />
            <TagsInput
              label={t('company.mentors.languages')}
              description={t('company.mentors.languagesHint')}
              {...form.getInputProps('languages')}
            />
            <TextInput
              type="date"
              label={t('company.mentors.trainedOn')}
              description={t('company.mentors.trainedOnHint')}
              {...form.getInputProps('trainedOn')}
            />
            <NumberInput
              label={t('company.mentors.maxInterns')}
              description={t('company.mentors.maxInternsHint')}
              required
              min={1}
              max={20}
              allowDecimal={false}
              allowNegative={false}
              // A number out of range is said, not silently changed to 1 or 20.
              clampBehavior="none"
              {...form.getInputProps('maxInterns')}
            />
          </SimpleGrid>
          {general && (
            <Alert color="red" role="alert" title={t('company.mentors.saveFailed')}>
              {general}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={createState.fetching || updateState.fetching} data-testid="mentor-save">
              {mentor ? t('company.mentors.save') : t('company.mentors.add')}
            </Button>
            {mentor && (
              <Button variant="default" onClick={onCancel}>
                {t('company.mentors.cancel')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
