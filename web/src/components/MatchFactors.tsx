import { List, Progress, Text, Tooltip } from '@mantine/core';

export interface Factor {
  key: string;
  label: string;
  weight: number;
  score: number;
  explanation: string;
}

/** Why a match scored as it did, factor by factor, in plain words. */
export function MatchFactors({ factors }: { factors: Factor[] }) {
  const shown = factors.filter((f) => f.weight > 0);
  return (
    <List spacing={4} size="sm" listStyleType="none">
      {shown.map((f) => (
        <List.Item key={f.key}>
          <Tooltip label={`${f.label}: ${Math.round(f.score * 100)} %`}>
            <Progress
              value={f.score * 100}
              w={48}
              size="sm"
              display="inline-block"
              mr={8}
              color={f.score >= 0.7 ? 'teal.8' : f.score >= 0.4 ? 'yellow.8' : 'red.8'}
              aria-label={`${f.label} ${Math.round(f.score * 100)} %`}
            />
          </Tooltip>
          <Text span fw={600}>
            {f.label}:
          </Text>{' '}
          <Text span>{f.explanation}</Text>
        </List.Item>
      ))}
    </List>
  );
}
