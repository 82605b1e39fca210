import { Alert, Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MatchFactors } from '../../components/MatchFactors.js';
import { QueryState } from '../../components/QueryState.js';
import { ScoreBar } from '../../components/ScoreBar.js';
import type { RequirementStatus } from '../../gql/graphql.js';
import { type OpeningRef, openingPath, openingVars } from './OpeningPicker.js';
import { ConsultantCompareDocument } from './profile.operations.js';

const COLORS: Record<RequirementStatus, string> = { MET: 'teal.9', NOT_MET: 'red.9', UNKNOWN: 'gray.7' };

/** A check, a cross or a question mark; decorative: the word beside it carries the meaning. */
export function StatusIcon({ status }: { status: RequirementStatus }) {
  const path =
    status === 'MET'
      ? 'M3 8.5l3 3 7-7'
      : status === 'NOT_MET'
        ? 'M4 4l8 8M12 4l-8 8'
        : 'M6 6a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.2v.5M8 12.5v.01';
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={path} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** One person beside one opening: each requirement met or not, with the match score and its reasons. */
export function Comparison({
  candidateId,
  name,
  opening,
  openingTitle,
}: {
  candidateId: string;
  name: string;
  opening: OpeningRef;
  openingTitle: string;
}) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: ConsultantCompareDocument,
    variables: { candidateId, ...openingVars(opening) },
  });
  const cmp = data?.compareCandidateWithOpening;
  if (!cmp) return <QueryState fetching={fetching} error={error} />;
  const met = cmp.requirements.filter((r) => r.status === 'MET').length;

  return (
    <Stack gap="sm" data-testid="comparison">
      <Group justify="space-between" wrap="wrap">
        <Text fw={700} data-testid="comparison-summary">
          {t('consultant.compare.summary', { met, total: cmp.requirements.length })}
        </Text>
        <Group gap="xs">
          <Text size="sm" c="dimmed" aria-hidden>
            {t('consultant.compare.score')}
          </Text>
          <ScoreBar score={cmp.score} label={t('consultant.compare.scoreFor', { name })} />
        </Group>
      </Group>
      {cmp.exclusionReason && (
        <Alert color="yellow" title={t('consultant.compare.excluded')}>
          {cmp.exclusionReason}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={520} type="native">
        <Table striped verticalSpacing="xs" data-testid="requirements">
          <Table.Caption>{t('consultant.compare.caption', { opening: openingTitle })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('consultant.compare.requirement')}</Table.Th>
              <Table.Th scope="col">{t('consultant.compare.needs')}</Table.Th>
              <Table.Th scope="col">{t('consultant.compare.has')}</Table.Th>
              <Table.Th scope="col">{t('consultant.compare.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cmp.requirements.map((r) => (
              <Table.Tr key={`${r.key}:${r.competenceId ?? ''}`} data-testid="requirement" data-status={r.status}>
                <Table.Th scope="row" fw={500}>
                  {r.label}
                </Table.Th>
                <Table.Td>{r.needs}</Table.Td>
                <Table.Td>{r.has}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" c={COLORS[r.status]}>
                    <StatusIcon status={r.status} />
                    <Text span fw={600} size="sm" c={COLORS[r.status]}>
                      {t(`consultant.compare.status.${r.status}`)}
                    </Text>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <div>
        <Text fw={700} size="sm" mb={4}>
          {t('consultant.compare.why')}
        </Text>
        <MatchFactors factors={cmp.factors} />
      </div>
      <Anchor component={Link} to={openingPath(opening)} size="sm">
        {t('consultant.compare.openOpening')}
      </Anchor>
    </Stack>
  );
}
