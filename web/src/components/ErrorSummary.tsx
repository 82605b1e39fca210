import { Alert, Anchor, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Moves to the input of a form path (Mantine's useForm marks each input with data-path). */
function goToField(path: string) {
  const input = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
  if (!input) return;
  input.scrollIntoView({ block: 'center' });
  input.focus();
}

/**
 * The error summary at the top of a form (DKFDS "fejlopsummering", Aksel ErrorSummary): every
 * problem of the last submit at once, each a link to its field, besides the message at the field.
 */
export function ErrorSummary({ errors }: { errors: Record<string, ReactNode> }) {
  const { t } = useTranslation();
  const problems = Object.entries(errors).filter(([, message]) => Boolean(message));
  if (!problems.length) return null;
  return (
    <Alert
      color="red"
      role="alert"
      data-testid="error-summary"
      title={t('form.errorSummary', { count: problems.length })}
    >
      <Text size="sm" mb={4}>
        {t('form.errorSummaryHint')}
      </Text>
      <List size="sm" spacing={2}>
        {problems.map(([path, message]) => (
          <List.Item key={path}>
            <Anchor component="button" type="button" size="sm" c="red.9" td="underline" onClick={() => goToField(path)}>
              {message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
