import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import type { CompanyIguSlotFieldsFragment } from '../../gql/graphql.js';
import { IndustrySelect } from './IndustrySelect.js';
import { applyServerErrors, errorContrast, focusFirstInvalid } from './lib.js';

export interface IguSlotFormValues {
  title: string;
  description: string;
  industryCode: string | null;
  startDate: string;
  weeklyHours: number | string;
  hourlyWage: number | string;
  openings: number | string;
  postcode: string;
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
});

export const emptySlot = (d: { industryCode?: string | null; postcode?: string }): IguSlotFormValues => ({
  title: '',
  description: '',
  industryCode: d.industryCode ?? null,
  startDate: '',
  weeklyHours: 37,
  hourlyWage: '',
  openings: 1,
  postcode: d.postcode ?? '',
});

const num = (v: number | string): number => (typeof v === 'number' ? v : Number(String(v).replace(',', '.')));

/** The IGU slot form (createIguSlot / updateIguSlot); the server's field errors stand next to the fields. */
export function IguSlotForm({
  initial,
  isNew,
  onSubmit,
  onCancel,
}: {
  initial: IguSlotFormValues;
  isNew: boolean;
  onSubmit: (values: IguSlotFormOutput) => Promise<CombinedError | undefined>;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const k = (key: string) => t(`company.iguForm.${key}`);
  const need = t('company.taskForm.requiredField');
  const [general, setGeneral] = useState<string | null>(null);
  const [summary, setSummary] = useState(false);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLFormElement>(null);
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
          });
          setBusy(false);
          if (!error) return;
          const outcome = applyServerErrors(form, error);
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
        {summary && !general && (
          <Alert color="red" role="alert" data-testid="form-errors">
            {t('company.common.formHasErrors')}
          </Alert>
        )}
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
