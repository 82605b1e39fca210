import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MatchFactors } from '../../components/MatchFactors.js';
import { QueryState } from '../../components/QueryState.js';
import { ScoreBar } from '../../components/ScoreBar.js';
import type { ConsultantMatchFieldsFragment, DanishLevel, ProposalStatus } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { danishBadge, freeHoursBadge } from '../../i18n/labels.js';
import { FULL_WIDTH, ProposalStatusBadge } from './badges.js';
import { ConsultantOpeningProposalsDocument, ConsultantProposeDocument } from './suggestions.operations.js';

/** `open`: takes suggestions and proposals; `filled`: open, but every place is taken. */
export type Opening =
  | { kind: 'task'; id: string; open: boolean; filled?: boolean }
  | { kind: 'iguSlot'; id: string; open: boolean; filled?: boolean };

export interface Requirement {
  competenceId: string;
  name: string;
  minLevel: number;
}

/** Proposals that still block proposing the same person again. */
const OPEN_STATUSES: ProposalStatus[] = ['SUGGESTED', 'PROPOSED', 'ACCEPTED'];

/** What the opening asks of a person. */
export interface Needs {
  required: Requirement[];
  danishLevel?: DanishLevel;
  weeklyHours?: number;
}

/**
 * What stands between the person and the opening, in plain words: exactly the factors the server
 * marks as gaps (those that lower the score), each with the sentence written from its bar's number,
 * so the list never names something the bars show as met.
 */
export function missingFor(match: Pick<ConsultantMatchFieldsFragment, 'factors'>): string[] {
  return match.factors.filter((f) => f.gap).map((f) => `${f.label}: ${f.explanation}`);
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
  /** What the opening asks: the gaps come from the server's factors, the search links from this. */
  needs?: Needs;
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
      {opening.filled ? (
        <Alert color="yellow" mb="sm" title={t('consultant.match.filledTitle')} data-testid="filled-notice">
          {t('consultant.match.filled')}
        </Alert>
      ) : (
        !opening.open && (
          <Alert color="yellow" mb="sm" title={t('consultant.match.closedTitle')}>
            {t('consultant.match.closed')}
          </Alert>
        )
      )}
      {!matches ? (
        <QueryState fetching={fetching} error={error} />
      ) : matches.length === 0 ? (
        <Text c="dimmed">{t('consultant.match.none')}</Text>
      ) : (
        <>
          <NoneHasRequired matches={matches} required={needs?.required ?? []} />
          <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} data-testid="suggestions">
            {matches.map((m, i) => (
              <SuggestionCard
                key={m.candidate.id}
                rank={i + 1}
                match={m}
                opening={opening}
                status={statusOf.get(m.candidate.id)}
              />
            ))}
          </Stack>
        </>
      )}
    </section>
  );
}

/**
 * When even the best suggestion lacks a required competence, every score reads 0 and the list alone
 * cannot say why: the notice says so and links to a search for each competence the best one lacks
 * (the people who have it show there with their free hours and postcode).
 */
function NoneHasRequired({ matches, required }: { matches: ConsultantMatchFieldsFragment[]; required: Requirement[] }) {
  const { t } = useTranslation();
  const best = matches[0];
  if (!best || best.missingRequired === 0) return null;
  const held = new Set(best.candidate.competences.map((c) => c.competence.id));
  const lacking = required.filter((r) => !held.has(r.competenceId));
  return (
    <Alert color="yellow" mb="sm" title={t('consultant.match.noneHasRequiredTitle')} data-testid="none-has-required">
      <Text size="sm">{t('consultant.match.noneHasRequired')}</Text>
      <Group gap="md" mt={4}>
        {lacking.map((r) => (
          <Anchor
            key={r.competenceId}
            component={Link}
            to={`/consultant/search?${new URLSearchParams({ q: r.name })}`}
            size="sm"
            // The theme's teal on the yellow alert is 4.48:1, short of WCAG AA: the alert's own dark text, underlined.
            c="inherit"
            underline="always"
          >
            {t('consultant.match.searchFor', { name: r.name })}
          </Anchor>
        ))}
      </Group>
    </Alert>
  );
}

function SuggestionCard({
  rank,
  match,
  opening,
  status,
}: {
  rank: number;
  match: ConsultantMatchFieldsFragment;
  opening: Opening;
  status: ProposalStatus | undefined;
}) {
  const { t, i18n } = useTranslation();
  const c = match.candidate;
  const [state, propose] = useMutation(ConsultantProposeDocument);
  const [noteOpen, { toggle: toggleNote }] = useDisclosure(false);
  const [note, setNote] = useState('');
  const [proposed, setProposed] = useState<ProposalStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const missing = missingFor(match);
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
              {t('consultant.match.rank', { rank })}{' '}
              <Anchor
                component={Link}
                to={`/consultant/candidates/${c.id}?opening=${opening.kind === 'task' ? 'task' : 'igu'}:${opening.id}`}
                data-testid="suggestion-profile"
              >
                {c.firstName}
              </Anchor>
            </Title>
            <Group gap="xs">
              <Badge style={FULL_WIDTH} variant="outline" color="gray.7" tt="none">
                {enumLabel(t, 'readiness', c.readiness)}
              </Badge>
              <Badge style={FULL_WIDTH} variant="outline" color="gray.7" tt="none">
                {danishBadge(t, c.danishLevel)}
              </Badge>
              <Badge style={FULL_WIDTH} variant="outline" color="gray.7" tt="none">
                {freeHoursBadge(t, c, i18n.language)}
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
            {match.missingRequired > 0 && (
              <>
                <Badge variant="outline" color="red.9" tt="none" data-testid="lacks-required">
                  {t('consultant.match.lacksRequired', { count: match.missingRequired })}
                </Badge>
                {/* Several suggestions may all show 0: how well the rest fits is what tells them apart. */}
                <Text size="xs" c="dimmed" data-testid="score-before-missing">
                  {t('consultant.match.scoreBeforeMissing', {
                    count: match.missingRequired,
                    score: Math.round(match.scoreBeforeMissing),
                  })}
                </Text>
              </>
            )}
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
