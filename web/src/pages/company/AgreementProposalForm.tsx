import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ProposePlacementAgreementChangeDocument } from '../../components/agreement.operations.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { fieldErrors } from '../../components/form-errors.js';
import { dynamicText } from '../../i18n/enums.js';
import { HoursPlanEditor } from '../adviser/HoursPlanEditor.js';
import { checkPlan, nextStep, type PlanRow, serverPlanErrorPath, toPlanInput } from '../adviser/hours-plan.js';
import type { PlacementNode } from './InternCard.js';
import { todayIso } from './lib.js';

interface ProposalValues {
  startDate: string;
  plannedEndDate: string;
  learningGoals: string;
  hoursPlan: PlanRow[];
}

/**
 * The company proposes a change to a running placement's agreement: period, hours plan and learning goals. It
 * starts from the change already waiting, if any; only what the company changed is sent. The proposal is a new
 * version the company has approved, waiting for the job centre (the agreement in force applies meanwhile).
 */
export function AgreementProposalForm({
  p,
  onCancel,
  onSaved,
}: {
  p: PlacementNode;
  onCancel: () => void;
  onSaved: (agreementVersion: number) => void;
}) {
  const { t } = useTranslation();
  const [state, propose] = useMutation(ProposePlacementAgreementChangeDocument);
  const [general, setGeneral] = useState<string | null>(null);
  const pending = p.pendingAgreement?.terms;
  const initial: ProposalValues = {
    startDate: pending?.startDate ?? p.startDate,
    plannedEndDate: (pending ? pending.plannedEndDate : p.plannedEndDate) ?? '',
    learningGoals: pending?.learningGoals ?? p.learningGoals,
    hoursPlan: p.hoursPlan.map((s) => ({ key: randomId(), ...s })),
  };
  // The start moves only before the placement has started.
  const startMovable = p.startDate > todayIso();
  const igu = p.type === 'IGU';
  const form = useForm<ProposalValues>({
    initialValues: initial,
    validate: (v) => {
      const errors: Record<string, string> = {};
      if (p.type === 'INTERNSHIP' && !v.learningGoals.trim())
        errors.learningGoals = t('adviser.start.errLearningGoals');
      if (!igu && v.plannedEndDate && v.plannedEndDate < v.startDate) {
        errors.plannedEndDate = t('agreement.changeEndBefore');
      }
      for (const [path, m] of Object.entries(checkPlan(v.hoursPlan).errors)) {
        errors[path] = dynamicText(t, `adviser.start.${m.key}`, m.values);
      }
      return errors;
    },
  });

  const submit = form.onSubmit(async (v) => {
    setGeneral(null);
    const input: Record<string, unknown> = {};
    if (startMovable && v.startDate !== initial.startDate) input.startDate = v.startDate;
    if (!igu && v.plannedEndDate !== initial.plannedEndDate) input.plannedEndDate = v.plannedEndDate || null;
    if (v.learningGoals.trim() !== initial.learningGoals.trim()) input.learningGoals = v.learningGoals.trim();
    const plan = toPlanInput(v.hoursPlan);
    if (JSON.stringify(plan) !== JSON.stringify(toPlanInput(initial.hoursPlan))) input.hoursPlan = plan;
    if (!Object.keys(input).length) {
      setGeneral(t('agreement.changeNothing'));
      return;
    }
    const result = await propose({ placementId: p.id, agreementVersion: p.agreementVersion, input });
    if (result.error) {
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
    const saved = result.data?.proposePlacementAgreementChange;
    if (saved) onSaved(saved.agreementVersion);
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('agreement.proposeTitle')} data-testid="agreement-proposal-form">
      <Stack gap="sm">
        <Text size="sm">{t('agreement.proposeHelp')}</Text>
        <ErrorSummary errors={form.errors} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap="sm">
            {startMovable && (
              <TextInput
                type="date"
                label={t('agreement.changeStart')}
                min={todayIso()}
                data-testid="proposal-start"
                {...form.getInputProps('startDate')}
              />
            )}
            {igu ? (
              <Text size="sm">{t('agreement.changeEndIgu')}</Text>
            ) : (
              <TextInput
                type="date"
                label={t('agreement.changeEnd')}
                min={form.values.startDate}
                data-testid="proposal-end"
                {...form.getInputProps('plannedEndDate')}
              />
            )}
          </Stack>
          <Textarea
            label={t('agreement.changeGoals')}
            required={p.type === 'INTERNSHIP'}
            autosize
            minRows={3}
            data-testid="proposal-goals"
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
        {general && (
          <Alert color="red" role="alert" title={t('adviser.common.saveFailed')} data-testid="agreement-proposal-error">
            {general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={state.fetching} data-testid="agreement-proposal-submit">
            {t('agreement.proposeSubmit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('agreement.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
