import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** A success message handed over in the router state (after saving a form), announced politely. */
export function Notice({ message: own, onClose }: { message?: string | null; onClose?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const fromState = (location.state as { notice?: string } | null)?.notice ?? null;
  const [dismissed, setDismissed] = useState<string | null>(null);
  const message = own ?? fromState;
  if (!message || dismissed === message) return null;
  return (
    <Alert
      color="teal"
      role="status"
      withCloseButton
      closeButtonLabel={t('company.common.close')}
      onClose={() => {
        setDismissed(message);
        onClose?.();
      }}
      data-testid="notice"
    >
      {message}
    </Alert>
  );
}
