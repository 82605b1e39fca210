import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

/** A titled block of a page (h3), with an optional intro line. */
export function Section({
  title,
  children,
  testid,
  intro,
  style,
}: {
  title: ReactNode;
  children: ReactNode;
  testid?: string;
  intro?: ReactNode;
  style?: CSSProperties;
}) {
  return (
    <Paper withBorder p="md" component="section" data-testid={testid} style={style}>
      <Title order={3} size="h4" mb={intro ? 2 : 'sm'}>
        {title}
      </Title>
      {intro && (
        <Text size="sm" c="dimmed" mb="sm">
          {intro}
        </Text>
      )}
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

/** Label–value pairs as a description list. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing="xs" component="dl" m={0}>
      {items.map((i) => (
        <div key={i.label}>
          <Text component="dt" size="sm" c="dimmed">
            {i.label}
          </Text>
          <Text component="dd" m={0}>
            {i.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
