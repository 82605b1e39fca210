import { Button, Group, Paper, Select, type SelectProps, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A choice of one of an enum's values, each shown by its label; a value is always chosen. */
export function EnumSelect<T extends string>({
  values,
  labelOf,
  ...props
}: Omit<SelectProps, 'data'> & { values: readonly T[]; labelOf: (value: T) => string }) {
  return <Select data={values.map((value) => ({ value, label: labelOf(value) }))} allowDeselect={false} {...props} />;
}

/** One row of a list in a form (a foreign education, a weekly activity): its fields side by side, and a remove button. */
export function RemovableRow({
  children,
  removeLabel,
  onRemove,
}: {
  children: ReactNode;
  removeLabel: string;
  onRemove: () => void;
}) {
  return (
    <Paper withBorder p="xs" bg="gray.0">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        {children}
      </SimpleGrid>
      <Button mt={4} size="xs" variant="default" c="red.9" onClick={onRemove}>
        {removeLabel}
      </Button>
    </Paper>
  );
}

/** The error of a whole list (the server names the list, not the row), read out when it appears. */
export function ListError({ error }: { error: ReactNode }) {
  if (!error) return null;
  return (
    <Text c="red.9" size="sm" role="alert">
      {error}
    </Text>
  );
}

/** The button under a list that adds a row. */
export function AddRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Group>
      <Button variant="light" size="xs" onClick={onClick}>
        {label}
      </Button>
    </Group>
  );
}
