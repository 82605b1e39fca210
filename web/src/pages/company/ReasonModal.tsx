import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { applyServerErrors, errorContrast } from './lib.js';

/**
 * Asks for a required reason (closing a task or slot, declining a proposal). The server's error on
 * `reason` stands next to the field; anything else above the buttons.
 */
export function ReasonModal({
  opened,
  onClose,
  title,
  intro,
  placeholder,
  submitLabel,
  onSubmit,
  testId,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  intro: string;
  placeholder?: string;
  submitLabel: string;
  /** Returns the mutation's error, if any; the modal closes on success. */
  onSubmit: (reason: string) => Promise<CombinedError | undefined>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('company.proposals.reasonRequired')) },
  });
  const close = () => {
    form.reset();
    setGeneral(null);
    onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('company.common.close') }}
      opened={opened}
      onClose={close}
      title={title}
      size="lg"
    >
      <form
        noValidate
        style={errorContrast}
        data-testid={testId}
        onSubmit={form.onSubmit(async ({ reason }) => {
          setBusy(true);
          setGeneral(null);
          const error = await onSubmit(reason.trim());
          setBusy(false);
          if (!error) return close();
          const outcome = applyServerErrors(form, error);
          setGeneral(outcome.general ?? (outcome.placed ? null : error.message));
        })}
      >
        <Stack>
          <Text size="sm">{intro}</Text>
          <Textarea
            label={t('company.common.reason')}
            placeholder={placeholder}
            required
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          {general && (
            <Alert color="red" role="alert" title={t('company.common.saveFailed')}>
              {general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('company.common.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
