import { Alert, Select, Stack, Table, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { i18n as I18n, TFunction } from 'i18next';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { dynamicText } from '../../i18n/enums.js';
import { applyServerErrors } from '../consultant/serverErrors.js';
import { AdminForm, AdminPage, AdminTable } from './AdminShell.js';
import {
  AdminCompetenceDomainsDocument,
  AdminCompetencesDocument,
  AdminCreateCompetenceDocument,
} from './admin.operations.js';

/** /admin/competences: search the catalogue and add a competence with Danish and English names and synonyms. */
export function CompetencesPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.competences.title')}>
      <Catalogue />
    </AdminPage>
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
        <AdminTable
          minWidth={760}
          testId="competence-table"
          caption={t('admin.competences.caption')}
          columns={[
            t('admin.competences.name'),
            t('admin.competences.nameEn'),
            t('admin.competences.domain'),
            t('admin.competences.synonyms'),
          ]}
        >
          {data.competences.slice(0, 200).map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={500}>
                {c.name}
              </Table.Th>
              <Table.Td lang="en">{c.nameEn}</Table.Td>
              <Table.Td>{domainName(t, i18n, c.domain)}</Table.Td>
              <Table.Td>{c.synonyms.join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </AdminTable>
      )}
    </Stack>
  );
}

/** An area's name in the reader's language; an area the portal has no name for yet shows its key. */
const domainName = (t: TFunction, i18n: I18n, d: string) =>
  i18n.exists(`admin.competences.domains.${d}`) ? dynamicText(t, `admin.competences.domains.${d}`) : d;

interface Values {
  name: string;
  nameEn: string;
  domain: string | null;
  synonyms: string[];
}
const FIELDS = ['name', 'nameEn', 'domain', 'synonyms'];

function NewCompetence({ onAdded }: { onAdded: (name: string) => void }) {
  const { t, i18n } = useTranslation();
  const [state, create] = useMutation(AdminCreateCompetenceDocument);
  const [domains] = useQuery({ query: AdminCompetenceDomainsDocument });
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
    <AdminForm
      id="new-competence-title"
      title={t('admin.competences.add')}
      errors={form.errors}
      general={general}
      onSubmit={submit}
      submitLabel={t('admin.competences.add')}
      submitting={state.fetching}
      submitTestId="competence-submit"
    >
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
        data={(domains.data?.competenceDomains ?? []).map((d) => ({ value: d, label: domainName(t, i18n, d) }))}
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
    </AdminForm>
  );
}
