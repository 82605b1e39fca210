import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { formContrast } from '../consultant/contrast.js';
import { AdminOnly } from './AdminOnly.js';

/** An admin page: its title, and its content for administrators only. */
export function AdminPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack>
      <Title order={2}>{title}</Title>
      <AdminOnly>{children}</AdminOnly>
    </Stack>
  );
}

/**
 * A form on an admin page: a titled card with the error summary, the server's general message,
 * the fields in two columns (one on a phone) and the submit button.
 */
export function AdminForm({
  id,
  title,
  errors,
  general,
  onSubmit,
  submitLabel,
  submitting,
  submitTestId,
  children,
}: {
  /** The title's id; the form is labelled by it. */
  id: string;
  title: string;
  errors: Record<string, ReactNode>;
  /** A message for the whole form (not one field's), or null. */
  general: string | null;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  submitting: boolean;
  submitTestId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" style={formContrast}>
      <form onSubmit={onSubmit} noValidate aria-labelledby={id}>
        <Stack>
          <Title order={3} id={id}>
            {title}
          </Title>
          <ErrorSummary errors={errors} />
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>{children}</SimpleGrid>
          <Group>
            <Button type="submit" loading={submitting} data-testid={submitTestId}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** A table on an admin page: scrolls sideways below `minWidth`, a caption above, a header row of `columns`. */
export function AdminTable({
  minWidth,
  testId,
  caption,
  columns,
  children,
}: {
  minWidth: number;
  testId: string;
  caption: string;
  columns: string[];
  /** The body's rows. */
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped withTableBorder data-testid={testId}>
        <caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c} scope="col">
                {c}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
