import { List, Progress, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../i18n/format.js';

export interface Factor {
  key: string;
  label: string;
  weight: number;
  score: number;
  explanation: string;
}

/** Why a match scored as it did, factor by factor, in plain words. */
export function MatchFactors({ factors }: { factors: Factor[] }) {
  const { i18n } = useTranslation();
  const shown = factors.filter((f) => f.weight > 0);
  const percent = (score: number) => formatPercent(score, i18n.language, 0);
  return (
    <List spacing={4} size="sm" listStyleType="none">
      {shown.map((f) => (
        <List.Item key={f.key}>
          <Tooltip label={`${f.label}: ${percent(f.score)}`}>
            <Progress
              value={f.score * 100}
              w={48}
              size="sm"
              display="inline-block"
              mr={8}
              color={f.score >= 0.7 ? 'teal.8' : f.score >= 0.4 ? 'yellow.8' : 'red.8'}
              aria-label={`${f.label} ${percent(f.score)}`}
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
