import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdviserCandidateQuery } from '../../gql/graphql.js';
import { useFormat } from './format.js';
import { Section } from './Section.js';

type Candidate = NonNullable<AdviserCandidateQuery['candidate']>;
type Step = AdviserCandidateQuery['ladderSteps'][number];

/** The person's step on the progression ladder (issue 16.5): every step, the current one marked, and the moves. */
export function LadderSection({ c, steps }: { c: Candidate; steps: Step[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const current = c.ladderStep;
  if (!current) return null;
  return (
    <Section title={t('progress.ladder.title')} intro={t('progress.ladder.intro')} testid="ladder-section">
      <Text fw={600} data-testid="ladder-current">
        {t('progress.ladder.current', { step: current.label })} (
        {t('progress.ladder.stepOf', { n: current.position, of: steps.length })})
      </Text>
      <Group
        gap={6}
        component="ol"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        aria-label={t('progress.ladder.title')}
      >
        {steps.map((s) => (
          <li key={s.key} aria-current={s.key === current.key ? 'step' : undefined}>
            <Badge
              size="lg"
              radius="sm"
              variant={s.key === current.key ? 'filled' : 'outline'}
              color={s.key === current.key ? 'indigo.9' : 'dark'}
            >
              {s.position < current.position ? '✓ ' : ''}
              {s.position}. {s.label}
            </Badge>
          </li>
        ))}
      </Group>
      {c.ladderHistory.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="ladder-empty">
          {t('progress.ladder.noHistory')}
        </Text>
      ) : (
        <Table data-testid="ladder-history">
          <Table.Caption>{t('progress.ladder.historyCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('progress.ladder.date')}</Table.Th>
              <Table.Th>{t('progress.ladder.step')}</Table.Th>
              <Table.Th>{t('progress.ladder.event')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.ladderHistory.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{f.date(h.date)}</Table.Td>
                <Table.Td>
                  {h.fromStep.label} → <strong>{h.toStep.label}</strong>
                </Table.Td>
                <Table.Td>
                  {h.placementId ? (
                    <Link to={`/adviser/placements/${h.placementId}`}>{t(`progress.ladder.events.${h.event}`)}</Link>
                  ) : (
                    t(`progress.ladder.events.${h.event}`)
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
