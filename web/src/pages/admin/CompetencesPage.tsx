import {
  Alert,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { QueryState } from '../../components/QueryState.js';
import { formContrast } from '../consultant/contrast.js';
import { applyServerErrors } from '../consultant/serverErrors.js';
import { AdminOnly } from './AdminOnly.js';
import { AdminCompetencesDocument, AdminCreateCompetenceDocument } from './admin.operations.js';

/** The server's competence areas (competence-catalogue.ts), in the catalogue's order. */
export const DOMAINS = [
  'warehouse',
  'cleaning',
  'kitchen',
  'care',
  'driving',
  'construction',
  'manufacturing',
  'retail',
  'agriculture',
  'hospitality',
  'maintenance',
  'office',
  'transversal',
] as const;

/** /admin/competences: search the catalogue and add a competence with Danish and English names and synonyms. */
export function CompetencesPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('admin.competences.title')}</Title>
      <AdminOnly>
        <Catalogue />
      </AdminOnly>
    </Stack>
  );
}

function Catalogue() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: AdminCompetencesDocument,
    variables: { search: deferred || null },
  });
  const domainName = (d: string) =>
    i18n.exists(`admin.competences.domains.${d}`) ? t(`admin.competences.domains.${d}`) : d;
  return (
    <Stack>
      <Text>{t('admin.competences.intro')}</Text>
      <NewCompetence
        onAdded={(name) => {
          setNotice(t('admin.competences.added', { name }));
          setSearch(name);
        }}
      />
      <div aria-live="polite">
        {notice && (
          <Alert
            color="teal"
            data-testid="competence-notice"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setNotice(null)}
          >
            {notice}
          </Alert>
        )}
      </div>
      <TextInput
        label={t('admin.competences.search')}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        w={{ base: '100%', sm: 360 }}
        data-testid="competence-search"
      />
      <QueryState fetching={fetching && !data} error={error} />
      {data && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('admin.competences.count', { count: data.competences.length })}
        </Text>
      )}
      {data && data.competences.length === 0 && <Text c="dimmed">{t('admin.competences.none')}</Text>}
      {data && data.competences.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder data-testid="competence-table">
            <caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('admin.competences.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.competences.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.competences.nameEn')}</Table.Th>
                <Table.Th scope="col">{t('admin.competences.domain')}</Table.Th>
                <Table.Th scope="col">{t('admin.competences.synonyms')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.competences.slice(0, 200).map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Th scope="row" fw={500}>
                    {c.name}
                  </Table.Th>
                  <Table.Td lang="en">{c.nameEn}</Table.Td>
                  <Table.Td>{domainName(c.domain)}</Table.Td>
                  <Table.Td>{c.synonyms.join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

interface Values {
  name: string;
  nameEn: string;
  domain: string | null;
  synonyms: string[];
}
const FIELDS = ['name', 'nameEn', 'domain', 'synonyms'];

function NewCompetence({ onAdded }: { onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const [state, create] = useMutation(AdminCreateCompetenceDocument);
  const [general, setGeneral] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { name: '', nameEn: '', domain: null, synonyms: [] },
    validate: {
      name: (v) => (v.trim() ? null : t('admin.competences.nameRequired')),
      nameEn: (v) => (v.trim() ? null : t('admin.competences.nameEnRequired')),
      domain: (v) => (v ? null : t('admin.competences.domainRequired')),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setGeneral(null);
    const r = await create({
      input: { name: v.name.trim(), nameEn: v.nameEn.trim(), domain: v.domain ?? '', synonyms: v.synonyms },
    });
    if (r.data?.createCompetence) {
      onAdded(r.data.createCompetence.name);
      form.reset();
      return;
    }
    setGeneral(applyServerErrors(r.error, form.setErrors, FIELDS));
  });
  return (
    <Paper withBorder p="md" style={formContrast}>
      <form onSubmit={submit} noValidate aria-labelledby="new-competence-title">
        <Stack>
          <Title order={3} id="new-competence-title">
            {t('admin.competences.add')}
          </Title>
          <ErrorSummary errors={form.errors} />
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('admin.competences.name')}
              required
              lang="da"
              data-testid="competence-name"
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t('admin.competences.nameEn')}
              required
              lang="en"
              data-testid="competence-name-en"
              {...form.getInputProps('nameEn')}
            />
            <Select
              label={t('admin.competences.domain')}
              required
              data={DOMAINS.map((d) => ({ value: d, label: t(`admin.competences.domains.${d}`) }))}
              data-testid="competence-domain"
              {...form.getInputProps('domain')}
            />
            <TagsInput
              label={t('admin.competences.synonyms')}
              description={t('admin.competences.synonymsHint')}
              maxTags={20}
              data-testid="competence-synonyms"
              {...form.getInputProps('synonyms')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={state.fetching} data-testid="competence-submit">
              {t('admin.competences.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
