import { Group, Progress, Text } from '@mantine/core';

/** A 0–100 match score as a bar with its number; colour never carries the meaning alone. */
export function ScoreBar({ score, label }: { score: number; label: string }) {
  const color = score >= 70 ? 'teal.8' : score >= 50 ? 'yellow.8' : 'gray.7';
  return (
    <Group gap="xs" wrap="nowrap" miw={160}>
      <Progress value={score} color={color} w={110} size="lg" aria-label={`${label}: ${Math.round(score)} / 100`} />
      <Text fw={700} size="sm" aria-hidden>
        {Math.round(score)}
      </Text>
    </Group>
  );
}
