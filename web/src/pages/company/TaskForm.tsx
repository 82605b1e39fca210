import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { type CompetenceOption, CompetencePicker } from '../../components/CompetencePicker.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { IndustrySelect } from '../../components/IndustrySelect.js';
import type { CompanyTaskFieldsFragment, DanishLevel, WorkSchedule } from '../../gql/graphql.js';
import { enumLabel, levelLabel } from '../../i18n/enums.js';
import type { Resources } from '../../i18n/index.js';
import { applyServerErrors, errorContrast, focusFirstInvalid } from './lib.js';

export const DANISH_LEVELS: DanishLevel[] = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const SCHEDULES: WorkSchedule[] = ['DAY', 'EVENING', 'NIGHT', 'WEEKEND'];
const LEVELS = [1, 2, 3, 4];

export interface TaskFormValues {
  title: string;
  description: string;
  industryCode: string | null;
  requiredCompetences: { competenceId: string; minLevel: number }[];
  niceToHaveCompetences: string[];
  danishLevel: DanishLevel;
  weeklyHours: number | string;
  schedule: WorkSchedule[];
  learningGoals: string;
  ordinaryHoursInSight: boolean;
  expectedOrdinaryHours: number | string;
  openings: number | string;
  postcode: string;
  requiresDrivingLicence: boolean;
  draft: boolean;
}

/** What the form sends: the fields of PostTaskInput / UpdateTaskInput (without companyId and version). */
export interface TaskFormOutput {
  title: string;
  description: string;
  industryCode: string;
  requiredCompetences: { competenceId: string; minLevel: number }[];
  niceToHaveCompetences: string[];
  danishLevel: DanishLevel;
  weeklyHours: number;
  schedule: WorkSchedule[];
  learningGoals: string;
  ordinaryHoursInSight: boolean;
  expectedOrdinaryHours: number | null;
  openings: number;
  postcode: string;
  requiresDrivingLicence: boolean;
  draft: boolean;
}

export function taskToValues(task: CompanyTaskFieldsFragment): TaskFormValues {
  return {
    title: task.title,
    description: task.description,
    industryCode: task.industry.code,
    requiredCompetences: task.requiredCompetences.map((r) => ({ competenceId: r.competence.id, minLevel: r.minLevel })),
    niceToHaveCompetences: task.niceToHaveCompetences.map((c) => c.id),
    danishLevel: task.danishLevel,
    weeklyHours: task.weeklyHours,
    schedule: task.schedule,
    learningGoals: task.learningGoals,
    ordinaryHoursInSight: task.ordinaryHoursInSight,
    expectedOrdinaryHours: task.expectedOrdinaryHours ?? '',
    openings: task.openings,
    postcode: task.postcode,
    requiresDrivingLicence: task.requiresDrivingLicence,
    draft: task.status === 'DRAFT',
  };
}

export const emptyTask = (defaults: { industryCode?: string | null; postcode?: string }): TaskFormValues => ({
  title: '',
  description: '',
  industryCode: defaults.industryCode ?? null,
  requiredCompetences: [],
  niceToHaveCompetences: [],
  danishLevel: 'A2',
  weeklyHours: 15,
  schedule: ['DAY'],
  learningGoals: '',
  ordinaryHoursInSight: false,
  expectedOrdinaryHours: '',
  openings: 1,
  postcode: defaults.postcode ?? '',
  requiresDrivingLicence: false,
  draft: false,
});

const num = (v: number | string): number => (typeof v === 'number' ? v : Number(String(v).replace(',', '.')));

/**
 * The unsolved-task form (postTask / updateTask). Only presence is checked in the browser: the
 * server's rules (hours 0–37, postcode, expected ordinary hours ≤ weekly hours, …) come back as
 * field errors and stand next to their field.
 */
export function TaskForm({
  initial,
  known,
  isNew,
  onSubmit,
  onCancel,
}: {
  initial: TaskFormValues;
  /** Names of competences already on the task. */
  known?: CompetenceOption[];
  isNew: boolean;
  /** Returns the mutation's error; the caller navigates away on success. */
  onSubmit: (values: TaskFormOutput) => Promise<CombinedError | undefined>;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const k = (key: keyof Resources['company']['taskForm']) => t(`company.taskForm.${key}`);
  const [general, setGeneral] = useState<string | null>(null);
  const [summary, setSummary] = useState(false);
  const [busy, setBusy] = useState(false);
  const names = useRef(new Map<string, string>((known ?? []).map((c) => [c.id, c.name])));
  const root = useRef<HTMLFormElement>(null);
  const decimal = i18n.language === 'en' ? '.' : ',';

  const required = (v: unknown) => (typeof v === 'string' && !v.trim() ? k('requiredField') : null);
  const form = useForm<TaskFormValues>({
    initialValues: initial,
    validate: {
      title: required,
      description: required,
      industryCode: (v) => (v ? null : k('requiredField')),
      learningGoals: (v) => (v.trim() ? null : k('learningGoalsMissing')),
      weeklyHours: (v) => (v === '' ? k('requiredField') : null),
      openings: (v) => (v === '' ? k('requiredField') : null),
      postcode: required,
      schedule: (v) => (v.length ? null : k('chooseOne')),
      expectedOrdinaryHours: (v, values) => (values.ordinaryHoursInSight && v === '' ? k('requiredField') : null),
    },
  });
  const values = form.getValues();

  const submit = form.onSubmit(
    async (v) => {
      setBusy(true);
      setGeneral(null);
      setSummary(false);
      const requiredIds = new Set(v.requiredCompetences.map((r) => r.competenceId));
      const error = await onSubmit({
        title: v.title.trim(),
        description: v.description.trim(),
        industryCode: v.industryCode ?? '',
        requiredCompetences: v.requiredCompetences,
        niceToHaveCompetences: v.niceToHaveCompetences.filter((id) => !requiredIds.has(id)),
        danishLevel: v.danishLevel,
        weeklyHours: num(v.weeklyHours),
        schedule: v.schedule,
        learningGoals: v.learningGoals.trim(),
        ordinaryHoursInSight: v.ordinaryHoursInSight,
        expectedOrdinaryHours: v.ordinaryHoursInSight ? num(v.expectedOrdinaryHours) : null,
        openings: num(v.openings),
        postcode: v.postcode.trim(),
        requiresDrivingLicence: v.requiresDrivingLicence,
        draft: v.draft,
      });
      setBusy(false);
      if (!error) return;
      const outcome = applyServerErrors(form, error, { competenceId: 'requiredCompetences' });
      if (outcome.conflict) return; // the page shows the conflict
      setGeneral(outcome.general);
      if (outcome.placed) {
        setSummary(true);
        focusFirstInvalid(root.current);
      }
    },
    () => {
      setSummary(true);
      focusFirstInvalid(root.current);
    },
  );

  return (
    <form
      ref={root}
      style={errorContrast}
      onSubmit={submit}
      noValidate
      data-testid="task-form"
      aria-label={isNew ? k('newTitle') : k('editTitle')}
    >
      <Stack gap="lg">
        {summary && <ErrorSummary errors={form.errors} />}
        <Fieldset legend={k('sectionTask')}>
          <Stack>
            <TextInput
              label={k('title')}
              placeholder={k('titleHint')}
              required
              maxLength={200}
              data-testid="task-title"
              {...form.getInputProps('title')}
            />
            <Textarea
              label={k('description')}
              description={k('descriptionHint')}
              required
              autosize
              minRows={3}
              data-testid="task-description"
              {...form.getInputProps('description')}
            />
            <IndustrySelect
              label={k('industry')}
              description={k('industryHint')}
              required
              data-testid="task-industry"
              {...form.getInputProps('industryCode')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={k('sectionNeeds')}>
          <Stack>
            <CompetencePicker
              label={k('required')}
              description={k('requiredHint')}
              placeholder={k('competencePlaceholder')}
              known={known}
              value={values.requiredCompetences.map((r) => r.competenceId)}
              onChange={(ids, map) => {
                names.current = new Map(map);
                const current = new Map(values.requiredCompetences.map((r) => [r.competenceId, r.minLevel]));
                form.setFieldValue(
                  'requiredCompetences',
                  ids.map((id) => ({ competenceId: id, minLevel: current.get(id) ?? 2 })),
                );
                form.clearFieldError('requiredCompetences');
              }}
              error={form.errors.requiredCompetences}
              data-testid="task-required"
            />
            {values.requiredCompetences.length > 0 && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {values.requiredCompetences.map((r, i) => (
                  <Select
                    key={r.competenceId}
                    label={t('company.taskForm.minLevel', { name: names.current.get(r.competenceId) ?? '' })}
                    data={LEVELS.map((l) => ({ value: String(l), label: levelLabel(t, l) }))}
                    value={String(r.minLevel)}
                    allowDeselect={false}
                    onChange={(v) => form.setFieldValue(`requiredCompetences.${i}.minLevel`, Number(v ?? 1))}
                  />
                ))}
              </SimpleGrid>
            )}
            <CompetencePicker
              label={k('niceToHave')}
              description={k('niceToHaveHint')}
              placeholder={k('competencePlaceholder')}
              known={known}
              value={values.niceToHaveCompetences}
              onChange={(ids, map) => {
                names.current = new Map(map);
                form.setFieldValue('niceToHaveCompetences', ids);
                form.clearFieldError('niceToHaveCompetences');
              }}
              error={form.errors.niceToHaveCompetences}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={k('danishLevel')}
                required
                allowDeselect={false}
                data={DANISH_LEVELS.map((l) => ({ value: l, label: enumLabel(t, 'danishLevel', l) }))}
                {...form.getInputProps('danishLevel')}
              />
              <Checkbox
                mt={{ base: 0, sm: 30 }}
                label={k('drivingLicence')}
                {...form.getInputProps('requiresDrivingLicence', { type: 'checkbox' })}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset legend={k('sectionFrame')}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={k('weeklyHours')}
                description={k('weeklyHoursHint')}
                required
                min={0}
                step={0.5}
                decimalScale={1}
                decimalSeparator={decimal}
                clampBehavior="none"
                data-testid="task-weekly-hours"
                {...form.getInputProps('weeklyHours')}
              />
              <NumberInput
                label={k('openings')}
                required
                min={1}
                allowDecimal={false}
                clampBehavior="none"
                data-testid="task-openings"
                {...form.getInputProps('openings')}
              />
            </SimpleGrid>
            <Checkbox.Group label={k('schedule')} required {...form.getInputProps('schedule')}>
              <Group mt="xs">
                {SCHEDULES.map((s) => (
                  <Checkbox key={s} value={s} label={enumLabel(t, 'schedule', s)} />
                ))}
              </Group>
            </Checkbox.Group>
            <TextInput
              label={k('postcode')}
              description={k('postcodeHint')}
              required
              inputMode="numeric"
              autoComplete="postal-code"
              maxLength={4}
              w={{ base: '100%', sm: 320 }}
              data-testid="task-postcode"
              {...form.getInputProps('postcode')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={k('sectionFuture')}>
          <Stack>
            <Textarea
              label={k('learningGoals')}
              description={k('learningGoalsHint')}
              required
              autosize
              minRows={3}
              data-testid="task-learning-goals"
              {...form.getInputProps('learningGoals')}
            />
            <Switch
              label={k('ordinaryHoursInSight')}
              description={k('ordinaryHoursInSightHint')}
              data-testid="task-ordinary-in-sight"
              {...form.getInputProps('ordinaryHoursInSight', { type: 'checkbox' })}
            />
            {values.ordinaryHoursInSight && (
              <NumberInput
                label={k('expectedOrdinaryHours')}
                description={k('expectedOrdinaryHoursHint')}
                required
                min={0}
                step={0.5}
                decimalScale={1}
                decimalSeparator={decimal}
                clampBehavior="none"
                w={{ base: '100%', sm: 320 }}
                data-testid="task-expected-ordinary"
                {...form.getInputProps('expectedOrdinaryHours')}
              />
            )}
          </Stack>
        </Fieldset>

        {isNew && <Checkbox label={k('draft')} {...form.getInputProps('draft', { type: 'checkbox' })} />}

        {general && (
          <Alert color="red" role="alert" title={t('company.common.saveFailed')} data-testid="form-errors">
            {general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('company.common.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="task-submit">
            {isNew ? k('submitNew') : k('submitEdit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
