import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { CompetencePicker } from '../../components/CompetencePicker.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { IndustrySelect } from '../../components/IndustrySelect.js';
import { QueryState } from '../../components/QueryState.js';
import type { DanishLevel } from '../../gql/graphql.js';
import { enumLabel, levelLabel } from '../../i18n/enums.js';
import { formContrast } from './contrast.js';
import { ConsultantPostTaskDocument, ConsultantTaskCompanyDocument } from './NewTaskPage.operations.js';
import { applyServerErrors } from './serverErrors.js';

export const DANISH_LEVELS: DanishLevel[] = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

interface Values {
  title: string;
  description: string;
  industryCode: string | null;
  required: string[];
  levels: Record<string, string>;
  niceToHave: string[];
  danishLevel: DanishLevel;
  weeklyHours: number | string;
  learningGoals: string;
  ordinaryHoursInSight: boolean;
  expectedOrdinaryHours: number | string;
  openings: number | string;
  postcode: string;
  requiresDrivingLicence: boolean;
}

const FIELDS = [
  'title',
  'description',
  'industryCode',
  'required',
  'niceToHave',
  'danishLevel',
  'weeklyHours',
  'learningGoals',
  'expectedOrdinaryHours',
  'openings',
  'postcode',
];

const RENAME: Record<string, string> = {
  requiredCompetences: 'required',
  'requiredCompetences.minLevel': 'required',
  'requiredCompetences.competenceId': 'required',
  niceToHaveCompetences: 'niceToHave',
  ordinaryHoursInSight: 'expectedOrdinaryHours',
};

/** Posts an unsolved task for a company in the portfolio, with a learning perspective. */
export function NewTaskPage() {
  const { id: companyId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: ConsultantTaskCompanyDocument, variables: { id: companyId } });
  // Names of the competences seen in the pickers, for the level selects.
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [state, post] = useMutation(ConsultantPostTaskDocument);
  const [general, setGeneral] = useState<string | null>(null);
  const company = data?.company;

  const form = useForm<Values>({
    initialValues: {
      title: '',
      description: '',
      industryCode: null,
      required: [],
      levels: {},
      niceToHave: [],
      danishLevel: 'A2',
      weeklyHours: 15,
      learningGoals: '',
      ordinaryHoursInSight: false,
      expectedOrdinaryHours: '',
      openings: 1,
      postcode: '',
      requiresDrivingLicence: false,
    },
    validate: {
      title: (v) => (v.trim() ? null : t('consultant.newTask.titleRequired')),
      description: (v) => (v.trim() ? null : t('consultant.newTask.descriptionRequired')),
      industryCode: (v) => (v ? null : t('consultant.newCompany.industryRequired')),
      learningGoals: (v) => (v.trim() ? null : t('consultant.newTask.learningGoalsRequired')),
      weeklyHours: (v) =>
        v !== '' && Number(v) > 0 && Number(v) <= 37 ? null : t('consultant.newTask.weeklyHoursInvalid'),
      expectedOrdinaryHours: (v, values) =>
        !values.ordinaryHoursInSight
          ? null
          : v === '' || Number(v) <= 0
            ? t('consultant.newTask.expectedRequired')
            : Number(v) > Number(values.weeklyHours)
              ? t('consultant.newTask.expectedTooHigh')
              : null,
      postcode: (v) => (/^\d{4}$/.test(v.trim()) ? null : t('consultant.newCompany.postcodeInvalid')),
    },
  });

  // Start from the company's own industry and postcode once it has loaded.
  const loadedId = company?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: fill in once per company
  useEffect(() => {
    if (!company) return;
    form.setValues({ industryCode: company.industry.code, postcode: company.postcode });
  }, [loadedId]);

  if (!company) {
    return (
      <Stack>
        <QueryState fetching={fetching} error={error} />
        {!fetching && !error && <Text>{t('consultant.company.notFound')}</Text>}
      </Stack>
    );
  }

  const competenceProps = (field: 'required' | 'niceToHave') => ({
    ...form.getInputProps(field),
    value: form.values[field],
    onChange: (ids: string[], seen: Map<string, string>) => {
      setNames(new Map(seen));
      form.setFieldValue(field, ids);
    },
    maxValues: 30,
  });

  const submit = form.onSubmit(async (v) => {
    setGeneral(null);
    const result = await post({
      input: {
        companyId: company.id,
        title: v.title.trim(),
        description: v.description.trim(),
        industryCode: v.industryCode ?? '',
        requiredCompetences: v.required.map((competenceId) => ({
          competenceId,
          minLevel: Number(v.levels[competenceId] ?? 2),
        })),
        niceToHaveCompetences: v.niceToHave.filter((c) => !v.required.includes(c)),
        danishLevel: v.danishLevel,
        weeklyHours: Number(v.weeklyHours),
        learningGoals: v.learningGoals.trim(),
        ordinaryHoursInSight: v.ordinaryHoursInSight,
        expectedOrdinaryHours: v.ordinaryHoursInSight ? Number(v.expectedOrdinaryHours) : null,
        openings: Number(v.openings) || 1,
        postcode: v.postcode.trim(),
        requiresDrivingLicence: v.requiresDrivingLicence,
        status: 'OPEN',
      },
    });
    if (result.data?.postTask) {
      navigate(`/consultant/tasks/${result.data.postTask.id}`);
      return;
    }
    setGeneral(applyServerErrors(result.error, form.setErrors, FIELDS, (f) => RENAME[f] ?? f));
  });

  return (
    <Stack maw={860} style={formContrast}>
      <Anchor component={Link} to={`/consultant/companies/${company.id}`} size="sm">
        {t('consultant.newTask.back', { company: company.name })}
      </Anchor>
      <Title order={2}>{t('consultant.newTask.title', { company: company.name })}</Title>
      <Text c="dimmed">{t('consultant.newTask.intro')}</Text>
      <form onSubmit={submit} noValidate aria-label={t('consultant.newTask.formLabel')}>
        <Stack>
          <ErrorSummary errors={form.errors} />
          <TextInput
            label={t('consultant.task.title')}
            withAsterisk
            data-testid="task-title"
            {...form.getInputProps('title')}
          />
          <Textarea
            label={t('consultant.task.description')}
            description={t('consultant.newTask.descriptionHint')}
            autosize
            minRows={3}
            withAsterisk
            {...form.getInputProps('description')}
          />
          <Textarea
            label={t('consultant.task.learningGoals')}
            description={t('consultant.newTask.learningGoalsHint')}
            autosize
            minRows={2}
            withAsterisk
            {...form.getInputProps('learningGoals')}
          />
          <Fieldset legend={t('consultant.newTask.competencesLegend')}>
            <Stack gap="sm">
              <CompetencePicker
                label={t('consultant.task.required')}
                description={t('consultant.newTask.requiredHint')}
                {...competenceProps('required')}
              />
              {form.values.required.length > 0 && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  {form.values.required.map((cid) => (
                    <Select
                      key={cid}
                      label={t('consultant.newTask.levelFor', { name: names.get(cid) ?? cid })}
                      data={['1', '2', '3', '4'].map((l) => ({ value: l, label: levelLabel(t, l) }))}
                      value={form.values.levels[cid] ?? '2'}
                      onChange={(l) => form.setFieldValue(`levels.${cid}`, l ?? '2')}
                      allowDeselect={false}
                    />
                  ))}
                </SimpleGrid>
              )}
              <CompetencePicker label={t('consultant.task.niceToHave')} {...competenceProps('niceToHave')} />
            </Stack>
          </Fieldset>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <IndustrySelect
              label={t('consultant.company.industry')}
              portfolio
              include={[company.industry.code]}
              withAsterisk
              {...form.getInputProps('industryCode')}
            />
            <Select
              label={t('consultant.task.danishLevel')}
              data={DANISH_LEVELS.map((l) => ({ value: l, label: enumLabel(t, 'danishLevel', l) }))}
              allowDeselect={false}
              {...form.getInputProps('danishLevel')}
            />
            <NumberInput
              label={t('consultant.task.weeklyHours')}
              min={0.5}
              max={37}
              step={0.5}
              decimalScale={1}
              withAsterisk
              {...form.getInputProps('weeklyHours')}
            />
            <NumberInput
              label={t('consultant.task.openings')}
              min={1}
              max={50}
              allowDecimal={false}
              {...form.getInputProps('openings')}
            />
            <TextInput
              label={t('consultant.company.postcode')}
              inputMode="numeric"
              maxLength={4}
              withAsterisk
              {...form.getInputProps('postcode')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('consultant.task.requiresDrivingLicence')}
            {...form.getInputProps('requiresDrivingLicence', { type: 'checkbox' })}
          />
          <Switch
            label={t('consultant.task.ordinaryHoursInSight')}
            description={t('consultant.newTask.ordinaryHint')}
            {...form.getInputProps('ordinaryHoursInSight', { type: 'checkbox' })}
          />
          {form.values.ordinaryHoursInSight && (
            <NumberInput
              label={t('consultant.task.expectedOrdinaryHours')}
              min={0.5}
              max={37}
              step={0.5}
              decimalScale={1}
              withAsterisk
              maw={300}
              {...form.getInputProps('expectedOrdinaryHours')}
            />
          )}
          {general && (
            <Alert color="red" role="alert" title={t('consultant.form.failed')}>
              {general}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={state.fetching} data-testid="submit-task">
              {t('consultant.newTask.submit')}
            </Button>
            <Button component={Link} to={`/consultant/companies/${company.id}`} variant="default">
              {t('consultant.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
