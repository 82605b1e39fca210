import {
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
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
import type { CompanyIguSlotFieldsFragment, DanishLevel } from '../../gql/graphql.js';
import { enumLabel, levelLabel } from '../../i18n/enums.js';
import type { Resources } from '../../i18n/index.js';
import { applyServerErrors, errorContrast, focusFirstInvalid } from './lib.js';
import { DANISH_LEVELS } from './TaskForm.js';

const LEVELS = [1, 2, 3, 4];

export interface IguSlotFormValues {
  title: string;
  description: string;
  industryCode: string | null;
  startDate: string;
  weeklyHours: number | string;
  hourlyWage: number | string;
  openings: number | string;
  postcode: string;
  /** The same requirement fields as a task: the slot is matched on them. */
  requiredCompetences: { competenceId: string; minLevel: number }[];
  danishLevel: DanishLevel;
}

export interface IguSlotFormOutput {
  title: string;
  description: string;
  industryCode: string;
  startDate: string;
  weeklyHours: number;
  hourlyWage: number;
  openings: number;
  postcode: string;
  requiredCompetences: { competenceId: string; minLevel: number }[];
  danishLevel: DanishLevel;
}

export const slotToValues = (s: CompanyIguSlotFieldsFragment): IguSlotFormValues => ({
  title: s.title,
  description: s.description,
  industryCode: s.industry.code,
  startDate: s.startDate,
  weeklyHours: s.weeklyHours,
  hourlyWage: s.hourlyWage,
  openings: s.openings,
  postcode: s.postcode,
  requiredCompetences: s.requiredCompetences.map((r) => ({ competenceId: r.competence.id, minLevel: r.minLevel })),
  danishLevel: s.danishLevel,
});

/** Names of the competences already on the slot, for the picker. */
export const slotCompetences = (s: CompanyIguSlotFieldsFragment | null | undefined): CompetenceOption[] =>
  s?.requiredCompetences.map((r) => r.competence) ?? [];

export const emptySlot = (d: { industryCode?: string | null; postcode?: string }): IguSlotFormValues => ({
  title: '',
  description: '',
  industryCode: d.industryCode ?? null,
  startDate: '',
  weeklyHours: 37,
  hourlyWage: '',
  openings: 1,
  postcode: d.postcode ?? '',
  requiredCompetences: [],
  danishLevel: 'NONE',
});

const num = (v: number | string): number => (typeof v === 'number' ? v : Number(String(v).replace(',', '.')));

/** The IGU slot form (createIguSlot / updateIguSlot); the server's field errors stand next to the fields. */
export function IguSlotForm({
  initial,
  known,
  isNew,
  onSubmit,
  onCancel,
}: {
  initial: IguSlotFormValues;
  /** Names of competences already on the slot. */
  known?: CompetenceOption[];
  isNew: boolean;
  onSubmit: (values: IguSlotFormOutput) => Promise<CombinedError | undefined>;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const k = (key: keyof Resources['company']['iguForm']) => t(`company.iguForm.${key}`);
  const need = t('company.taskForm.requiredField');
  const [general, setGeneral] = useState<string | null>(null);
  const [summary, setSummary] = useState(false);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLFormElement>(null);
  const names = useRef(new Map<string, string>((known ?? []).map((c) => [c.id, c.name])));
  const decimal = i18n.language === 'en' ? '.' : ',';
  const form = useForm<IguSlotFormValues>({
    initialValues: initial,
    validate: {
      title: (v) => (v.trim() ? null : need),
      industryCode: (v) => (v ? null : need),
      startDate: (v) => (v ? null : need),
      weeklyHours: (v) => (v === '' ? need : null),
      hourlyWage: (v) => (v === '' ? need : null),
      openings: (v) => (v === '' ? need : null),
      postcode: (v) => (v.trim() ? null : need),
    },
  });

  return (
    <form
      ref={root}
      style={errorContrast}
      noValidate
      data-testid="igu-form"
      aria-label={isNew ? k('newTitle') : k('editTitle')}
      onSubmit={form.onSubmit(
        async (v) => {
          setBusy(true);
          setGeneral(null);
          setSummary(false);
          const error = await onSubmit({
            title: v.title.trim(),
            description: v.description.trim(),
            industryCode: v.industryCode ?? '',
            startDate: v.startDate,
            weeklyHours: num(v.weeklyHours),
            hourlyWage: num(v.hourlyWage),
            openings: num(v.openings),
            postcode: v.postcode.trim(),
            requiredCompetences: v.requiredCompetences,
            danishLevel: v.danishLevel,
          });
          setBusy(false);
          if (!error) return;
          const outcome = applyServerErrors(form, error, { competenceId: 'requiredCompetences' });
          if (outcome.conflict) return;
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
      )}
    >
      <Stack>
        {summary && <ErrorSummary errors={form.errors} />}
        <TextInput
          label={k('title')}
          placeholder={k('titleHint')}
          required
          maxLength={200}
          data-testid="igu-title"
          {...form.getInputProps('title')}
        />
        <Textarea label={k('description')} autosize minRows={3} {...form.getInputProps('description')} />
        <IndustrySelect label={k('industry')} required {...form.getInputProps('industryCode')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={k('startDate')}
            required
            data-testid="igu-start"
            {...form.getInputProps('startDate')}
          />
          <NumberInput
            label={k('weeklyHours')}
            description={k('weeklyHoursHint')}
            required
            min={0}
            step={0.5}
            decimalScale={1}
            decimalSeparator={decimal}
            clampBehavior="none"
            data-testid="igu-hours"
            {...form.getInputProps('weeklyHours')}
          />
          <NumberInput
            label={k('hourlyWage')}
            description={k('hourlyWageHint')}
            required
            min={0}
            decimalScale={2}
            decimalSeparator={decimal}
            clampBehavior="none"
            data-testid="igu-wage"
            {...form.getInputProps('hourlyWage')}
          />
          <NumberInput
            label={k('openings')}
            required
            min={1}
            allowDecimal={false}
            clampBehavior="none"
            {...form.getInputProps('openings')}
          />
          <TextInput
            label={k('postcode')}
            description={t('company.taskForm.postcodeHint')}
            required
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={4}
            {...form.getInputProps('postcode')}
          />
        </SimpleGrid>
        <Fieldset legend={k('sectionNeeds')}>
          <Stack>
            <CompetencePicker
              label={k('required')}
              description={k('requiredHint')}
              placeholder={t('company.taskForm.competencePlaceholder')}
              known={known}
              value={form.values.requiredCompetences.map((r) => r.competenceId)}
              onChange={(ids, map) => {
                names.current = new Map(map);
                const current = new Map(form.values.requiredCompetences.map((r) => [r.competenceId, r.minLevel]));
                form.setFieldValue(
                  'requiredCompetences',
                  ids.map((id) => ({ competenceId: id, minLevel: current.get(id) ?? 2 })),
                );
                form.clearFieldError('requiredCompetences');
              }}
              error={form.errors.requiredCompetences}
              data-testid="igu-required"
            />
            {form.values.requiredCompetences.length > 0 && (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {form.values.requiredCompetences.map((r, i) => (
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
            <Select
              label={k('danishLevel')}
              description={k('danishLevelHint')}
              required
              allowDeselect={false}
              data={DANISH_LEVELS.map((l) => ({ value: l, label: enumLabel(t, 'danishLevel', l) }))}
              data-testid="igu-danish"
              {...form.getInputProps('danishLevel')}
            />
          </Stack>
        </Fieldset>
        {general && (
          <Alert color="red" role="alert" title={t('company.common.saveFailed')} data-testid="form-errors">
            {general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('company.common.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="igu-submit">
            {isNew ? k('submitNew') : k('submitEdit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
