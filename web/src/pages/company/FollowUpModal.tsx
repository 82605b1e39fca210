import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { HoursInput } from '../../components/HoursInput.js';
import { enumLabel } from '../../i18n/enums.js';
import type { Resources } from '../../i18n/index.js';
import { CompanyRecordFollowUpDocument } from './interns.operations.js';
import { applyServerErrors, errorContrast, focusFirstInvalid, formatDate, formatNumber, todayIso } from './lib.js';

interface Values {
  date: string;
  attendedHours: number | string;
  ordinaryHours: number | string;
  absenceDays: number | string;
  progress: string;
  note: string;
  nextFollowUpDate: string;
  corrects: boolean;
}

interface ExistingFollowUp {
  id: string;
  date: string;
  attendedHours: number;
  ordinaryHours: number;
  recordedAt: string;
  recordedBy: { label: string };
}

interface ReportTarget {
  id: string;
  firstName: string;
  plannedHours?: number;
  plannedOrdinary?: number;
  /** The current follow-ups: one on the chosen day must be corrected, not doubled. */
  followUps?: readonly ExistingFollowUp[];
}

const num = (v: number | string): number => (typeof v === 'number' ? v : Number(String(v).replace(',', '.')));

/** "Rapportér timer": a follow-up for one placement (recordFollowUp); server errors next to the fields. */
export function FollowUpModal({
  placement,
  onClose,
  onSaved,
}: {
  placement: ReportTarget | null;
  onClose: () => void;
  onSaved: (firstName: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('company.common.close') }}
      opened={!!placement}
      onClose={onClose}
      size="lg"
      title={placement ? t('company.interns.reportTitle', { name: placement.firstName }) : ''}
    >
      {placement && <FollowUpForm key={placement.id} placement={placement} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function FollowUpForm({
  placement,
  onClose,
  onSaved,
}: {
  placement: ReportTarget;
  onClose: () => void;
  onSaved: (firstName: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const k = (key: keyof Resources['company']['interns']) => t(`company.interns.${key}`);
  const need = t('company.taskForm.requiredField');
  const [general, setGeneral] = useState<string | null>(null);
  const [state, record] = useMutation(CompanyRecordFollowUpDocument);
  const root = useRef<HTMLFormElement>(null);
  const form = useForm<Values>({
    initialValues: {
      date: todayIso(),
      attendedHours: placement.plannedHours ?? '',
      ordinaryHours: placement.plannedOrdinary ?? 0,
      absenceDays: 0,
      progress: '3',
      note: '',
      nextFollowUpDate: '',
      corrects: false,
    },
    validate: {
      date: (v) => (v ? null : need),
      corrects: (v, all) =>
        !v && placement.followUps?.some((f) => f.date === all.date) ? t('journal.followUps.correctsRequired') : null,
      attendedHours: (v) => (v === '' ? need : null),
      ordinaryHours: (v) => (v === '' ? need : null),
      absenceDays: (v) => (v === '' ? need : null),
    },
  });

  const existing = placement.followUps?.find((f) => f.date === form.values.date) ?? null;
  const lang = i18n.language;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'da-DK', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Copenhagen',
    }).format(new Date(iso));

  return (
    <form
      ref={root}
      style={errorContrast}
      noValidate
      data-testid="follow-up-form"
      onSubmit={form.onSubmit(
        async (v) => {
          setGeneral(null);
          const result = await record({
            placementId: placement.id,
            input: {
              date: v.date,
              attendedHours: num(v.attendedHours),
              ordinaryHours: num(v.ordinaryHours),
              absenceDays: num(v.absenceDays),
              progress: Number(v.progress),
              note: v.note.trim() || null,
              nextFollowUpDate: v.nextFollowUpDate || null,
              correctsFollowUpId: existing && v.corrects ? existing.id : null,
            },
          });
          if (!result.error) {
            onSaved(placement.firstName);
            onClose();
            return;
          }
          const outcome = applyServerErrors(form, result.error, { correctsFollowUpId: 'corrects' });
          setGeneral(outcome.general);
          if (outcome.placed) focusFirstInvalid(root.current);
        },
        () => focusFirstInvalid(root.current),
      )}
    >
      <Stack>
        <Text size="sm">{t('company.interns.reportIntro', { name: placement.firstName })}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            label={k('date')}
            description={k('dateHint')}
            required
            max={todayIso()}
            data-testid="fu-date"
            {...form.getInputProps('date')}
          />
          <NumberInput
            label={k('absenceDays')}
            description={k('absenceDaysHint')}
            required
            min={0}
            allowDecimal={false}
            clampBehavior="none"
            data-testid="fu-absence"
            {...form.getInputProps('absenceDays')}
          />
          <HoursInput
            label={k('attendedHours')}
            description={k('attendedHoursHint')}
            required
            clampBehavior="none"
            data-testid="fu-attended"
            {...form.getInputProps('attendedHours')}
          />
          <HoursInput
            label={k('ordinaryHours')}
            description={k('ordinaryHoursHint')}
            required
            clampBehavior="none"
            data-testid="fu-ordinary"
            {...form.getInputProps('ordinaryHours')}
          />
        </SimpleGrid>
        <Radio.Group label={k('progress')} description={k('progressHint')} required {...form.getInputProps('progress')}>
          <Group mt="xs" gap="md">
            {[1, 2, 3, 4, 5].map((n) => (
              <Radio key={n} value={String(n)} label={enumLabel(t, 'progress', n)} data-testid={`fu-progress-${n}`} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={k('note')}
          description={k('noteHint')}
          autosize
          minRows={2}
          maxLength={4000}
          data-testid="fu-note"
          {...form.getInputProps('note')}
        />
        <TextInput
          type="date"
          label={k('nextFollowUpDate')}
          w={{ base: '100%', sm: 260 }}
          {...form.getInputProps('nextFollowUpDate')}
        />
        {existing && (
          <Alert
            color="yellow"
            variant="light"
            title={t('journal.followUps.sameDayTitle', { date: formatDate(existing.date, lang) })}
            data-testid="same-day-notice"
          >
            <Stack gap="xs">
              <Text size="sm">
                {t('journal.followUps.sameDayText', {
                  who: existing.recordedBy.label,
                  when: when(existing.recordedAt),
                  attended: formatNumber(existing.attendedHours, lang),
                  ordinary: formatNumber(existing.ordinaryHours, lang),
                })}
              </Text>
              <Checkbox
                label={t('journal.followUps.correctsLabel')}
                description={t('journal.followUps.correctsHint')}
                data-testid="fu-corrects"
                {...form.getInputProps('corrects', { type: 'checkbox' })}
              />
            </Stack>
          </Alert>
        )}
        {general && (
          <Alert color="red" role="alert" title={t('company.common.saveFailed')}>
            {general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('company.common.cancel')}
          </Button>
          <Button type="submit" loading={state.fetching} data-testid="fu-submit">
            {k('submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
