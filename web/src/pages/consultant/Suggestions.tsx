import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { MatchFactors } from '../../components/MatchFactors.js';
import { QueryState } from '../../components/QueryState.js';
import { ScoreBar } from '../../components/ScoreBar.js';
import type { ConsultantMatchFieldsFragment, DanishLevel, ProposalStatus } from '../../gql/graphql.js';
import { FULL_WIDTH, ProposalStatusBadge } from './badges.js';
import { formatHours } from './format.js';
import { ConsultantOpeningProposalsDocument, ConsultantProposeDocument } from './suggestions.ops.js';

export type Opening = { kind: 'task'; id: string; open: boolean } | { kind: 'iguSlot'; id: string; open: boolean };

export interface Requirement {
  competenceId: string;
  name: string;
  minLevel: number;
}

/** Factors below this score count as "missing" in the summary. */
const WEAK = 0.5;
/** Factors that describe a gap the person has; urgency, history and the opening's own prospects are not gaps. */
const GAP_FACTORS = new Set(['commute', 'industry', 'igu']);
/** Proposals that still block proposing the same person again. */
const OPEN_STATUSES: ProposalStatus[] = ['SUGGESTED', 'PROPOSED', 'ACCEPTED'];
const DANISH_ORDER: DanishLevel[] = ['NONE', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** What the opening asks of a person. */
export interface Needs {
  required: Requirement[];
  danishLevel?: DanishLevel;
  weeklyHours?: number;
}

/**
 * What stands between the person and the opening, in plain words: required competences the
 * person lacks (or has below the level), too little Danish, too few free hours, and the weak
 * person-side factors of the score (distance, industry wish, IGU).
 */
export function missingFor(
  match: Pick<ConsultantMatchFieldsFragment, 'factors' | 'candidate'>,
  needs: Needs,
  t: (key: string, values?: Record<string, unknown>) => string,
  lang = 'da',
): string[] {
  const c = match.candidate;
  const held = new Map(c.competences.map((cc) => [cc.competence.id, cc.level]));
  const out: string[] = [];
  for (const r of needs.required) {
    const level = held.get(r.competenceId);
    if (level == null) out.push(t('consultant.match.missingCompetence', { name: r.name }));
    else if (level < r.minLevel)
      out.push(t('consultant.match.belowLevel', { name: r.name, level, minLevel: r.minLevel }));
  }
  if (needs.danishLevel && DANISH_ORDER.indexOf(c.danishLevel) < DANISH_ORDER.indexOf(needs.danishLevel)) {
    out.push(
      t('consultant.match.danishGap', {
        has: t(`consultant.enum.danish.${c.danishLevel}`),
        needs: t(`consultant.enum.danish.${needs.danishLevel}`),
      }),
    );
  }
  if (needs.weeklyHours != null && c.availableWeeklyHours < needs.weeklyHours) {
    out.push(
      t('consultant.match.hoursGap', {
        has: formatHours(c.availableWeeklyHours, lang),
        needs: formatHours(needs.weeklyHours, lang),
      }),
    );
  }
  for (const f of match.factors) {
    if (GAP_FACTORS.has(f.key) && f.weight > 0 && f.score < WEAK) out.push(`${f.label}: ${f.explanation}`);
  }
  return out;
}

/** Ranked suggestions for an opening, each explained, with one click to propose. */
export function Suggestions({
  opening,
  matches,
  fetching,
  error,
  needs,
}: {
  opening: Opening;
  matches: ConsultantMatchFieldsFragment[] | undefined;
  fetching: boolean;
  error?: Parameters<typeof QueryState>[0]['error'];
  needs: Needs;
}) {
  const { t } = useTranslation();
  const [proposals] = useQuery({
    query: ConsultantOpeningProposalsDocument,
    variables: { filter: opening.kind === 'task' ? { taskId: opening.id } : { iguSlotId: opening.id } },
  });
  // Newest first: the first proposal seen per person is the current one.
  const statusOf = new Map<string, ProposalStatus>();
  for (const e of proposals.data?.proposals.edges ?? []) {
    const cid = e.node.candidate?.id;
    if (cid && !statusOf.has(cid)) statusOf.set(cid, e.node.status);
  }

  return (
    <section aria-labelledby="suggestions-title">
      <Title order={3} id="suggestions-title" mb="xs">
        {t('consultant.match.title')}
      </Title>
      <Text c="dimmed" size="sm" mb="sm">
        {t('consultant.match.intro')}
      </Text>
      {!opening.open && (
        <Alert color="yellow" mb="sm" title={t('consultant.match.closedTitle')}>
          {t('consultant.match.closed')}
        </Alert>
      )}
      {!matches ? (
        <QueryState fetching={fetching} error={error} />
      ) : matches.length === 0 ? (
        <Text c="dimmed">{t('consultant.match.none')}</Text>
      ) : (
        <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} data-testid="suggestions">
          {matches.map((m, i) => (
            <SuggestionCard
              key={m.candidate.id}
              rank={i + 1}
              match={m}
              opening={opening}
              needs={needs}
              status={statusOf.get(m.candidate.id)}
            />
          ))}
        </Stack>
      )}
    </section>
  );
}

function SuggestionCard({
  rank,
  match,
  opening,
  needs,
  status,
}: {
  rank: number;
  match: ConsultantMatchFieldsFragment;
  opening: Opening;
  needs: Needs;
  status: ProposalStatus | undefined;
}) {
  const { t, i18n } = useTranslation();
  const c = match.candidate;
  const [state, propose] = useMutation(ConsultantProposeDocument);
  const [noteOpen, { toggle: toggleNote }] = useDisclosure(false);
  const [note, setNote] = useState('');
  const [proposed, setProposed] = useState<ProposalStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const missing = missingFor(match, needs, t, i18n.language);
  const current = proposed ?? status;
  const blocked = current != null && OPEN_STATUSES.includes(current);
  const headingId = `suggestion-${c.id}`;
  const noteId = `note-${c.id}`;

  const onPropose = async () => {
    setProblem(null);
    const result = await propose({
      candidateId: c.id,
      ...(opening.kind === 'task' ? { taskId: opening.id } : { iguSlotId: opening.id }),
      note: note.trim() || null,
    });
    if (result.data?.proposeCandidate) setProposed(result.data.proposeCandidate.status);
    else
      setProblem(
        result.error?.graphQLErrors[0]?.message ?? result.error?.networkError?.message ?? t('consultant.form.failed'),
      );
  };

  return (
    <Paper component="li" withBorder p="md" data-testid="suggestion">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" align="flex-start">
          <Stack gap={4}>
            <Title order={4} id={headingId}>
              {t('consultant.match.rank', { rank })} {c.firstName}
            </Title>
            <Group gap="xs">
              <Badge style={FULL_WIDTH} variant="outline" color="gray.7" tt="none">
                {t(`consultant.enum.readiness.${c.readiness}`)}
              </Badge>
              <Badge style={FULL_WIDTH} variant="outline" color="gray.7" tt="none">
                {t('consultant.match.danish', { level: t(`consultant.enum.danish.${c.danishLevel}`) })}
              </Badge>
              <Badge style={FULL_WIDTH} variant="outline" color="gray.7" tt="none">
                {t('consultant.match.hours', { hours: formatHours(c.availableWeeklyHours, i18n.language) })}
              </Badge>
              {opening.kind === 'iguSlot' && c.iguEligible && (
                <Badge style={FULL_WIDTH} variant="outline" color="teal.9" tt="none">
                  {t('consultant.search.iguEligible')}
                </Badge>
              )}
            </Group>
          </Stack>
          <Stack gap={2} align="flex-end">
            <Text size="xs" c="dimmed" aria-hidden>
              {t('consultant.match.score')}
            </Text>
            <ScoreBar score={match.score} label={t('consultant.match.scoreFor', { name: c.firstName })} />
          </Stack>
        </Group>

        <div>
          <Text fw={700} size="sm" mb={4}>
            {t('consultant.match.why')}
          </Text>
          <MatchFactors factors={match.factors} />
        </div>

        <div data-testid="missing">
          <Text fw={700} size="sm" mb={4}>
            {t('consultant.match.missing')}
          </Text>
          {missing.length === 0 ? (
            <Text size="sm">{t('consultant.match.nothingMissing')}</Text>
          ) : (
            <List size="sm" spacing={2}>
              {missing.map((m) => (
                <List.Item key={m}>{m}</List.Item>
              ))}
            </List>
          )}
        </div>

        {problem && (
          <Alert color="red" role="alert" title={t('consultant.match.proposeFailed')}>
            {problem}
          </Alert>
        )}
        {proposed && (
          <Alert color="teal" role="status" data-testid="propose-success">
            {t('consultant.match.proposed', { name: c.firstName })}
          </Alert>
        )}
        {blocked ? (
          <Group gap="xs">
            <Text size="sm">{t('consultant.match.proposalStatus')}</Text>
            <ProposalStatusBadge status={current} />
          </Group>
        ) : (
          <Stack gap="xs">
            {current && (
              <Group gap="xs">
                <Text size="sm">{t('consultant.match.earlierProposal')}</Text>
                <ProposalStatusBadge status={current} />
              </Group>
            )}
            {noteOpen && (
              <Textarea
                id={noteId}
                label={t('consultant.match.note')}
                description={t('consultant.match.noteHint')}
                autosize
                minRows={2}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
            )}
            <Group gap="xs">
              <Button
                onClick={onPropose}
                loading={state.fetching}
                disabled={!opening.open}
                data-testid="propose"
                aria-label={t('consultant.match.proposeName', { name: c.firstName })}
              >
                {t('consultant.match.propose')}
              </Button>
              <Button variant="subtle" onClick={toggleNote} aria-expanded={noteOpen}>
                {noteOpen ? t('consultant.match.hideNote') : t('consultant.match.addNote')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
