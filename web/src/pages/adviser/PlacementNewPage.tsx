import {
  Alert,
  Anchor,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId, useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { fieldErrors } from '../../components/form-errors.js';
import { QueryState } from '../../components/QueryState.js';
import type { PlacementType } from '../../gql/graphql.js';
import { dynamicText, enumLabel } from '../../i18n/enums.js';
import { AdviserCandidateNameDocument } from './AdviserCandidateName.operations.js';
import { AdviserCompaniesDocument } from './AdviserCompanies.operations.js';
import { AdviserCompanyMentorsDocument } from './AdviserCompanyMentors.operations.js';
import { AdviserCompanyNameDocument } from './AdviserCompanyName.operations.js';
import { AdviserCompanyOpeningsDocument } from './AdviserCompanyOpenings.operations.js';
import { AdviserStartPlacementDocument } from './AdviserStartPlacement.operations.js';
import { addDaysIso, todayIso, useFormat } from './format.js';
import { HoursPlanEditor } from './HoursPlanEditor.js';
import { checkPlan, nextStep, type PlanRow, serverPlanErrorPath, toPlanInput } from './hours-plan.js';
import { Section } from './Section.js';

export const PLACEMENT_TYPES: PlacementType[] = [
  'INTERNSHIP',
  'WAGE_SUBSIDY',
  'SMALL_JOB',
  'ORDINARY_HOURS',
  'IGU',
  'APPRENTICESHIP',
];

export interface StartValues {
  companyId: string;
  /** '' | 'task:<id>' | 'igu:<id>' */
  opening: string;
  type: PlacementType;
  startDate: string;
  plannedEndDate: string;
  mentorName: string;
  /** One of the company's mentors; '' for the free-text name (a company without mentors in the system). */
  mentorId: string;
  learningGoals: string;
  hoursPlan: PlanRow[];
  /** Asked for only after the server said the week goes over full time (issue 16.3). */
  weekExceptionReason: string;
}

/** Where a server error about a start belongs in this form. */
export function startErrorPath(field: string, message: string, rows: PlanRow[]): string {
  if (field.startsWith('hoursPlan')) return serverPlanErrorPath(field, message, rows);
  if (field === 'taskId' || field === 'iguSlotId') return 'opening';
  return field;
}

/** Start a placement for a person: company, task or IGU slot, type, dates, mentor, goals and a rising hours plan. */
export function PlacementNewPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const candidateId = params.get('candidateId');
  const [{ data, fetching, error }] = useQuery({
    query: AdviserCandidateNameDocument,
    variables: { id: candidateId ?? '' },
    pause: !candidateId,
  });
  if (!candidateId) {
    return (
      <Stack>
        <Title order={2}>{t('adviser.start.title')}</Title>
        <Text>{t('adviser.start.needCandidate')}</Text>
        <Anchor component={Link} to="/adviser/candidates">
          {t('adviser.home.seeCandidates')}
        </Anchor>
      </Stack>
    );
  }
  if (!data?.candidate) return <QueryState fetching={fetching} error={error} empty={!!data} />;
  const taskId = params.get('taskId');
  const iguSlotId = params.get('iguSlotId');
  return (
    <StartPlacementForm
      candidate={data.candidate}
      initialCompanyId={params.get('companyId') ?? ''}
      initialOpening={taskId ? `task:${taskId}` : iguSlotId ? `igu:${iguSlotId}` : ''}
    />
  );
}

function StartPlacementForm({
  candidate,
  initialCompanyId,
  initialOpening,
}: {
  candidate: { id: string; firstName: string; lastName?: string | null };
  initialCompanyId: string;
  initialOpening: string;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const navigate = useNavigate();
  const [general, setGeneral] = useState<string | null>(null);
  const [needsReason, setNeedsReason] = useState(false);
  const [state, start] = useMutation(AdviserStartPlacementDocument);
  // Which button sent the form: start at once, or a draft agreement the company and then the job centre approve.
  const asDraft = useRef(false);
  const today = todayIso();
  const form = useForm<StartValues>({
    initialValues: {
      companyId: initialCompanyId,
      opening: initialOpening,
      type: initialOpening.startsWith('igu:') ? 'IGU' : 'INTERNSHIP',
      startDate: today,
      plannedEndDate: addDaysIso(today, 4 * 7 - 1),
      mentorName: '',
      mentorId: '',
      learningGoals: '',
      hoursPlan: [{ key: randomId(), fromWeek: 1, weeklyHours: 10, ordinaryHours: 0 }],
      weekExceptionReason: '',
    },
    validate: (v) => {
      const errors: Record<string, string> = {};
      if (!v.companyId) errors.companyId = t('adviser.start.errRequired');
      if (!v.startDate) errors.startDate = t('adviser.start.errRequired');
      if (v.type === 'INTERNSHIP' && !v.learningGoals.trim())
        errors.learningGoals = t('adviser.start.errLearningGoals');
      if (v.type === 'IGU' && !v.opening.startsWith('igu:')) errors.opening = t('adviser.start.errIgu');
      for (const [path, m] of Object.entries(checkPlan(v.hoursPlan).errors)) {
        errors[path] = dynamicText(t, `adviser.start.${m.key}`, m.values);
      }
      return errors;
    },
  });

  // Company search: the chosen company stays among the options while the search changes.
  const [companySearch, setCompanySearch] = useState('');
  const [debounced] = useDebouncedValue(companySearch, 250);
  const [chosenCompany, setChosenCompany] = useState<{ value: string; label: string } | null>(null);
  const [companies] = useQuery({
    query: AdviserCompaniesDocument,
    variables: { search: debounced.trim() || null, first: 20 },
  });
  const [preselected] = useQuery({
    query: AdviserCompanyNameDocument,
    variables: { id: initialCompanyId },
    pause: !initialCompanyId,
  });
  const preselectedOption = preselected.data?.company
    ? {
        value: preselected.data.company.id,
        label: `${preselected.data.company.name} (CVR ${preselected.data.company.cvr})`,
      }
    : null;
  const companyOptions = [
    ...[chosenCompany, preselectedOption].filter((o): o is { value: string; label: string } => Boolean(o)),
    ...(companies.data?.companies.edges ?? []).map(({ node }) => ({
      value: node.id,
      label: `${node.name} (CVR ${node.cvr})`,
    })),
  ].filter((o, i, all) => all.findIndex((x) => x.value === o.value) === i);

  const [openings] = useQuery({
    query: AdviserCompanyOpeningsDocument,
    variables: { companyId: form.values.companyId },
    pause: !form.values.companyId,
  });
  const tasks = openings.data?.tasks.edges.map((e) => e.node) ?? [];
  const [mentorsQuery] = useQuery({
    query: AdviserCompanyMentorsDocument,
    variables: { companyId: form.values.companyId },
    pause: !form.values.companyId,
  });
  const mentors = mentorsQuery.data?.mentors ?? [];
  const mentorOptions = mentors.map((m) => ({
    value: m.id,
    label: t('adviser.start.mentorOption', {
      name: m.name,
      count: m.activeInterns,
      max: m.maxInterns,
      languages: m.languageNames.join(', ') || '–',
    }),
    // A full mentor is not assigned twice (the server refuses it too).
    disabled: m.activeInterns >= m.maxInterns,
  }));
  // A task chosen before the form opened (a suggested opening) brings its learning goals along.
  const prefilled = useRef(false);
  const preselectedGoals = tasks.find((x) => `task:${x.id}` === initialOpening)?.learningGoals;
  useEffect(() => {
    if (prefilled.current || !preselectedGoals) return;
    prefilled.current = true;
    if (!form.values.learningGoals.trim()) form.setFieldValue('learningGoals', preselectedGoals);
  }, [preselectedGoals, form]);
  const slots = openings.data?.iguSlots.edges.map((e) => e.node) ?? [];
  const openingOptions = [
    { value: '', label: t('adviser.start.openingPlaceholder') },
    ...(tasks.length
      ? [
          {
            group: t('adviser.start.tasksGroup'),
            items: tasks.map((x) => ({
              value: `task:${x.id}`,
              label: `${x.title} (${t('adviser.common.hours', { hours: f.num(x.weeklyHours) })})`,
            })),
          },
        ]
      : []),
    ...(slots.length
      ? [
          {
            group: t('adviser.start.iguGroup'),
            items: slots.map((x) => ({
              value: `igu:${x.id}`,
              label: `${x.title} (${t('adviser.common.hours', { hours: f.num(x.weeklyHours) })})`,
            })),
          },
        ]
      : []),
  ];

  const submit = form.onSubmit(async (v) => {
    setGeneral(null);
    const [kind, openingId] = v.opening.split(':');
    const result = await start({
      input: {
        candidateId: candidate.id,
        companyId: v.companyId,
        taskId: kind === 'task' ? openingId : null,
        iguSlotId: kind === 'igu' ? openingId : null,
        type: v.type,
        startDate: v.startDate,
        // IGU runs the programme's length: the server sets the planned end (and plans the school weeks).
        plannedEndDate: v.type === 'IGU' ? null : v.plannedEndDate || null,
        mentorId: v.mentorId || null,
        mentorName: v.mentorId ? null : v.mentorName.trim() || null,
        learningGoals: v.learningGoals.trim() || null,
        hoursPlan: toPlanInput(v.hoursPlan),
        weekExceptionReason: needsReason ? v.weekExceptionReason.trim() || null : null,
        draft: asDraft.current || null,
      },
    });
    if (result.error) {
      // Over full time: the adviser may confirm an exception with a reason, asked for here.
      if (result.error.graphQLErrors.some((e) => e.extensions?.weekExceptionNeeded)) setNeedsReason(true);
      const { fields, general: message } = fieldErrors(result.error);
      const mapped: Record<string, string> = {};
      let unplaced: string | null = null;
      for (const [field, msg] of Object.entries(fields)) {
        const path = startErrorPath(field, msg, v.hoursPlan);
        if (path === 'candidateId') unplaced = msg;
        else mapped[path] = msg;
      }
      form.setErrors(mapped);
      setGeneral(unplaced ?? message ?? t('adviser.common.checkFields'));
      return;
    }
    const id = result.data?.startPlacement.id;
    if (id) navigate(`/adviser/placements/${id}`);
  });

  const name = `${candidate.firstName} ${candidate.lastName ?? ''}`.trim();
  return (
    <form onSubmit={submit} noValidate aria-labelledby="start-title" data-testid="start-form">
      <Stack>
        <ErrorSummary errors={form.errors} />
        <Group justify="space-between">
          <Title order={2} id="start-title">
            {t('adviser.start.titleFor', { name })}
          </Title>
          <Button variant="default" component={Link} to={`/adviser/candidates/${candidate.id}`}>
            {t('adviser.common.cancel')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Section title={t('adviser.start.companySection')}>
            <Select
              label={t('adviser.start.company')}
              placeholder={t('adviser.start.companyPlaceholder')}
              required
              searchable
              data={companyOptions}
              searchValue={companySearch}
              onSearchChange={setCompanySearch}
              filter={({ options }) => options}
              nothingFoundMessage={t('adviser.start.companyNothing')}
              data-testid="company-select"
              {...form.getInputProps('companyId')}
              onChange={(value, option) => {
                form.setFieldValue('companyId', value ?? '');
                form.setFieldValue('opening', '');
                form.setFieldValue('mentorId', '');
                setChosenCompany(value && option ? { value, label: option.label } : null);
              }}
            />
            <Select
              label={t('adviser.start.opening')}
              description={t('adviser.start.openingHelp')}
              data={openingOptions}
              disabled={!form.values.companyId}
              allowDeselect={false}
              data-testid="opening-select"
              {...form.getInputProps('opening')}
              onChange={(value) => {
                const v = value ?? '';
                form.setFieldValue('opening', v);
                if (v.startsWith('igu:')) form.setFieldValue('type', 'IGU');
                else if (form.values.type === 'IGU') form.setFieldValue('type', 'INTERNSHIP');
                const task = tasks.find((x) => `task:${x.id}` === v);
                if (task && !form.values.learningGoals.trim()) form.setFieldValue('learningGoals', task.learningGoals);
              }}
            />
            <Select
              label={t('adviser.start.type')}
              required
              data={PLACEMENT_TYPES.map((p) => ({ value: p, label: enumLabel(t, 'placementType', p) }))}
              allowDeselect={false}
              data-testid="type-select"
              {...form.getInputProps('type')}
            />
          </Section>
          <Section title={t('adviser.start.periodSection')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t('adviser.start.startDate')}
                required
                {...form.getInputProps('startDate')}
                onChange={(e) => {
                  const start = e.currentTarget.value;
                  form.setFieldValue('startDate', start);
                  // The planned end follows the start: a new internship is agreed for at most 4 weeks.
                  if (/^\d{4}-\d{2}-\d{2}$/.test(start))
                    form.setFieldValue('plannedEndDate', addDaysIso(start, 4 * 7 - 1));
                }}
              />
              {form.values.type === 'IGU' ? (
                <Text size="sm" data-testid="igu-programme-note">
                  {t('adviser.start.iguProgramme')}
                </Text>
              ) : (
                <TextInput
                  type="date"
                  label={t('adviser.start.plannedEndDate')}
                  min={form.values.startDate}
                  {...form.getInputProps('plannedEndDate')}
                />
              )}
            </SimpleGrid>
            {mentors.length > 0 ? (
              // The company's mentors (a full one cannot be chosen), or a name typed for one not on the list.
              <Stack gap="sm">
                <Select
                  label={t('adviser.start.mentorList')}
                  description={t('adviser.start.mentorHelp')}
                  placeholder={t('adviser.start.mentorPlaceholder')}
                  data={mentorOptions}
                  clearable
                  data-testid="mentor-select"
                  {...form.getInputProps('mentorId')}
                  onChange={(value) => form.setFieldValue('mentorId', value ?? '')}
                />
                <TextInput
                  label={t('adviser.start.mentorName')}
                  description={t('adviser.start.mentorOther')}
                  disabled={!!form.values.mentorId}
                  {...form.getInputProps('mentorName')}
                />
              </Stack>
            ) : (
              <TextInput label={t('adviser.start.mentorName')} {...form.getInputProps('mentorName')} />
            )}
            <Textarea
              label={t('adviser.start.learningGoals')}
              description={t('adviser.start.learningGoalsHelp')}
              required={form.values.type === 'INTERNSHIP'}
              autosize
              minRows={3}
              data-testid="learning-goals"
              {...form.getInputProps('learningGoals')}
            />
          </Section>
        </SimpleGrid>
        <Section title={t('adviser.start.planTitle')} testid="plan-section">
          <HoursPlanEditor
            rows={form.values.hoursPlan}
            getInputProps={form.getInputProps}
            onAdd={() => form.insertListItem('hoursPlan', nextStep(form.values.hoursPlan, randomId()))}
            onRemove={(i) => form.removeListItem('hoursPlan', i)}
            error={form.errors.hoursPlan}
          />
        </Section>
        {needsReason && (
          <Textarea
            label={t('progress.week.reasonLabel')}
            description={t('progress.week.reasonHelp')}
            autosize
            minRows={2}
            data-testid="week-exception-reason"
            {...form.getInputProps('weekExceptionReason')}
          />
        )}
        {general && (
          <Alert color="red" role="alert" title={t('adviser.common.saveFailed')} data-testid="form-error">
            {general}
          </Alert>
        )}
        <Group>
          <Button
            type="submit"
            loading={state.fetching && asDraft.current}
            disabled={state.fetching && !asDraft.current}
            onClick={() => {
              asDraft.current = true;
            }}
            data-testid="start-draft"
          >
            {t('adviser.start.submitDraft')}
          </Button>
          <Button
            type="submit"
            variant="default"
            loading={state.fetching && !asDraft.current}
            disabled={state.fetching && asDraft.current}
            onClick={() => {
              asDraft.current = false;
            }}
            data-testid="start-submit"
          >
            {t('adviser.start.submit')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed" maw={720}>
          {t('adviser.start.draftHelp')}
        </Text>
      </Stack>
    </form>
  );
}
