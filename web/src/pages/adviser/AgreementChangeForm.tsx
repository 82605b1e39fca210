import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { fieldErrors } from '../../components/form-errors.js';
import type { AdviserPlacementQuery } from '../../gql/graphql.js';
import { dynamicText } from '../../i18n/enums.js';
import { AdviserUpdatePlacementDocument } from './AdviserUpdatePlacement.operations.js';
import { HoursPlanEditor } from './HoursPlanEditor.js';
import { checkPlan, nextStep, type PlanRow, serverPlanErrorPath, toPlanInput } from './hours-plan.js';

type Placement = NonNullable<AdviserPlacementQuery['placement']>;

interface ChangeValues {
  plannedEndDate: string;
  mentorName: string;
  learningGoals: string;
  hoursPlan: PlanRow[];
  /** Asked for only after the server said the week goes over full time. */
  weekExceptionReason: string;
}

/** The form starts from the change waiting for approval, if any (a second change amends it), else the terms in force. */
const valuesOf = (p: Placement): ChangeValues => {
  const terms = p.pendingAgreement?.terms ?? p;
  return {
    plannedEndDate: terms.plannedEndDate ?? '',
    mentorName: terms.mentorName ?? '',
    learningGoals: terms.learningGoals,
    hoursPlan: terms.hoursPlan.map((s) => ({ key: randomId(), ...s })),
    weekExceptionReason: '',
  };
};

/** The terms as the API takes them, to see whether anything changed. */
const termsOf = (v: ChangeValues, igu: boolean) => ({
  plannedEndDate: igu ? undefined : v.plannedEndDate || null,
  mentorName: v.mentorName.trim(),
  learningGoals: v.learningGoals.trim(),
  hoursPlan: toPlanInput(v.hoursPlan),
});

/**
 * Change a placement's agreement: hours plan, learning goals, mentor and planned end. After an approval the
 * change is a new version that the company and the job centre approve again (the panel above shows it).
 */
export function AgreementChangeForm({ p, onSaved }: { p: Placement; onSaved: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  if (!open) {
    return (
      <Stack gap="xs">
        {saved && (
          <Alert color="teal" variant="light" role="status" data-testid="agreement-change-saved">
            {saved}
          </Alert>
        )}
        <Group>
          <Button
            variant="default"
            onClick={() => {
              setSaved(null);
              setOpen(true);
            }}
            data-testid="agreement-change-open"
          >
            {t('agreement.changeOpen')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <ChangeForm
      p={p}
      onCancel={() => setOpen(false)}
      onSaved={(number) => {
        setOpen(false);
        setSaved(t('agreement.changeSaved', { number }));
        onSaved();
      }}
    />
  );
}

function ChangeForm({
  p,
  onCancel,
  onSaved,
}: {
  p: Placement;
  onCancel: () => void;
  onSaved: (agreementVersion: number) => void;
}) {
  const { t } = useTranslation();
  const igu = p.type === 'IGU';
  const [state, update] = useMutation(AdviserUpdatePlacementDocument);
  const [general, setGeneral] = useState<string | null>(null);
  const [needsReason, setNeedsReason] = useState(false);
  const initial = valuesOf(p);
  const form = useForm<ChangeValues>({
    initialValues: initial,
    validate: (v) => {
      const errors: Record<string, string> = {};
      if (p.type === 'INTERNSHIP' && !v.learningGoals.trim())
        errors.learningGoals = t('adviser.start.errLearningGoals');
      if (!igu && v.plannedEndDate && v.plannedEndDate < p.startDate)
        errors.plannedEndDate = t('agreement.changeEndBefore');
      for (const [path, m] of Object.entries(checkPlan(v.hoursPlan).errors)) {
        errors[path] = dynamicText(t, `adviser.start.${m.key}`, m.values);
      }
      return errors;
    },
  });

  const submit = form.onSubmit(async (v) => {
    setGeneral(null);
    const terms = termsOf(v, igu);
    if (JSON.stringify(terms) === JSON.stringify(termsOf(initial, igu))) {
      setGeneral(t('agreement.changeNothing'));
      return;
    }
    const result = await update({
      id: p.id,
      input: {
        version: p.version,
        ...terms,
        mentorName: terms.mentorName || null,
        weekExceptionReason: needsReason ? v.weekExceptionReason.trim() || null : null,
      },
    });
    if (result.error) {
      // Over full time: the adviser may confirm an exception with a reason, asked for here.
      if (result.error.graphQLErrors.some((e) => e.extensions?.weekExceptionNeeded)) setNeedsReason(true);
      const { fields, general: message } = fieldErrors(result.error);
      const mapped: Record<string, string> = {};
      let unplaced: string | null = null;
      for (const [field, msg] of Object.entries(fields)) {
        const path = field.startsWith('hoursPlan') ? serverPlanErrorPath(field, msg, v.hoursPlan) : field;
        if (path in v || path.startsWith('hoursPlan')) mapped[path] = msg;
        else unplaced ??= msg;
      }
      form.setErrors(mapped);
      setGeneral(unplaced ?? message ?? t('adviser.common.checkFields'));
      return;
    }
    const updated = result.data?.updatePlacement;
    if (updated) onSaved(updated.agreementVersion);
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('agreement.changeTitle')} data-testid="agreement-change-form">
      <Stack gap="sm">
        <ErrorSummary errors={form.errors} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap="sm">
            {igu ? (
              <Text size="sm">{t('agreement.changeEndIgu')}</Text>
            ) : (
              <TextInput
                type="date"
                label={t('agreement.changeEnd')}
                min={p.startDate}
                data-testid="change-end"
                {...form.getInputProps('plannedEndDate')}
              />
            )}
            <TextInput
              label={t('agreement.changeMentor')}
              data-testid="change-mentor"
              {...form.getInputProps('mentorName')}
            />
          </Stack>
          <Textarea
            label={t('agreement.changeGoals')}
            required={p.type === 'INTERNSHIP'}
            autosize
            minRows={3}
            data-testid="change-goals"
            {...form.getInputProps('learningGoals')}
          />
        </SimpleGrid>
        <HoursPlanEditor
          rows={form.values.hoursPlan}
          getInputProps={form.getInputProps}
          onAdd={() => form.insertListItem('hoursPlan', nextStep(form.values.hoursPlan, randomId()))}
          onRemove={(i) => form.removeListItem('hoursPlan', i)}
          error={form.errors.hoursPlan}
        />
        {needsReason && (
          <Textarea
            label={t('progress.week.reasonLabel')}
            description={t('progress.week.reasonHelp')}
            autosize
            minRows={2}
            data-testid="change-week-reason"
            {...form.getInputProps('weekExceptionReason')}
          />
        )}
        {general && (
          <Alert color="red" role="alert" title={t('adviser.common.saveFailed')} data-testid="agreement-change-error">
            {general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={state.fetching} data-testid="agreement-change-submit">
            {t('agreement.changeSubmit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('agreement.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
