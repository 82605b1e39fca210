import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { IndustryMultiSelect } from '../../components/IndustrySelect.js';
import { QueryState } from '../../components/QueryState.js';
import { ScoreBar } from '../../components/ScoreBar.js';
import type { ConsultantAssignmentPlanQuery } from '../../gql/graphql.js';
import { formatPercent } from '../../i18n/format.js';
import {
  ConsultantAssignmentPlanDocument,
  ConsultantProposeAssignmentsDocument,
} from './AssignmentPlanPage.operations.js';
import { FULL_WIDTH, LINK_ON_TEAL, ProposalStatusBadge } from './badges.js';
import { formatDate, formatHours } from './format.js';

type Row = ConsultantAssignmentPlanQuery['assignmentPlan']['assignments'][number];

/** A row's identity: a plan gives each person one opening. */
const rowKey = (r: Row) => r.candidate.id;

/** The reasons that carried the score most (weight × score), in the server's words. */
function mainReasons(r: Row, n = 2) {
  return [...r.factors]
    .filter((f) => f.weight > 0)
    .sort((a, b) => b.weight * b.score - a.weight * a.score || a.key.localeCompare(b.key))
    .slice(0, n);
}

/** The reasons that carried a row's score, label first. */
function Reasons({ row }: { row: Row }) {
  return (
    <List size="sm" spacing={2} listStyleType="none">
      {mainReasons(row).map((f) => (
        <List.Item key={f.key}>
          <Text span size="sm" fw={600}>
            {f.label}:
          </Text>{' '}
          <Text span size="sm">
            {f.explanation}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/**
 * Fordeling: the whole portfolio at once. The consultant picks industries (or none: the whole
 * portfolio), sees the exact plan beside one-by-one picking, unticks rows and puts the rest on
 * the openings' shortlists in one go.
 */
export function AssignmentPlanPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [industries, setIndustries] = useState<string[]>([]);
  const [asked, setAsked] = useState<{ industryCodes: string[] | null } | null>(null);
  const [{ data, fetching, error }, rerun] = useQuery({
    query: ConsultantAssignmentPlanDocument,
    variables: { input: asked ?? {} },
    pause: !asked,
    requestPolicy: 'network-only',
  });
  const plan = asked ? data?.assignmentPlan : undefined;
  const rows = plan?.assignments ?? [];
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [proposed, setProposed] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<{ count: number } | null>(null);
  const [failure, setFailure] = useState<{ message: string; rows: string[] } | null>(null);
  const [proposing, propose] = useMutation(ConsultantProposeAssignmentsDocument);

  const selectable = rows.filter((r) => !proposed.has(rowKey(r)));
  const selected = selectable.filter((r) => !unticked.has(rowKey(r)));
  const names = useMemo(() => new Map(rows.map((r) => [rowKey(r), r.candidate.firstName])), [rows]);

  // Slot titles often begin with "IGU" already ("IGU-elev: …"): no "IGU: IGU-elev".
  const openingTitle = (r: Row) =>
    r.task
      ? r.task.title
      : r.iguSlot
        ? /^IGU\b/i.test(r.iguSlot.title)
          ? r.iguSlot.title
          : t('consultant.plan.igu', { title: r.iguSlot.title })
        : '–';

  const run = () => {
    setUnticked(new Set());
    setProposed(new Set());
    setResult(null);
    setFailure(null);
    const next = { industryCodes: industries.length ? industries : null };
    if (asked && JSON.stringify(asked) === JSON.stringify(next)) rerun({ requestPolicy: 'network-only' });
    else setAsked(next);
  };

  const submit = async () => {
    setResult(null);
    setFailure(null);
    const chosen = selected;
    const res = await propose({
      items: chosen.map((r) => ({
        candidateId: r.candidate.id,
        taskId: r.task?.id ?? null,
        iguSlotId: r.iguSlot?.id ?? null,
      })),
    });
    if (res.error) {
      const err = res.error.graphQLErrors[0];
      const fields = (err?.extensions?.fields as { field: string; message: string }[] | undefined) ?? [];
      setFailure({
        message: err?.message ?? res.error.message,
        rows: fields.map((f) => {
          const i = Number(f.field.split('.')[1]);
          const r = chosen[i];
          return r
            ? `${r.candidate.firstName} – ${openingTitle(r)}: ${f.message.replace(/^Row \d+: /, '')}`
            : f.message;
        }),
      });
      return;
    }
    const done = new Set(proposed);
    for (const r of chosen) done.add(rowKey(r));
    setProposed(done);
    setResult({ count: res.data?.proposeAssignments.length ?? chosen.length });
  };

  const toggle = (key: string, on: boolean) => {
    const next = new Set(unticked);
    if (on) next.delete(key);
    else next.add(key);
    setUnticked(next);
  };
  const allOn = selectable.length > 0 && selected.length === selectable.length;

  const pct =
    plan && plan.greedyTotalScore > 0
      ? formatPercent(plan.totalScore / plan.greedyTotalScore - 1, lang, 1, true)
      : null;
  const num = (n: number) => formatHours(n, lang);

  return (
    <Stack>
      <Title order={2}>{t('consultant.plan.title')}</Title>
      <Text maw={820}>{t('consultant.plan.intro')}</Text>
      <Group align="flex-end">
        <IndustryMultiSelect
          label={t('consultant.plan.industries')}
          placeholder={industries.length ? undefined : t('consultant.plan.wholePortfolio')}
          description={t('consultant.plan.industriesHint')}
          portfolio
          value={industries}
          onChange={setIndustries}
          clearable
          w={420}
          data-testid="plan-industries"
        />
        <Button onClick={run} loading={fetching} data-testid="plan-run">
          {asked ? t('consultant.plan.rerun') : t('consultant.plan.run')}
        </Button>
      </Group>

      {asked && !plan && <QueryState fetching={fetching} error={error} />}
      {asked && fetching && (
        <Text c="dimmed" aria-live="polite">
          {t('consultant.plan.working')}
        </Text>
      )}

      {plan && (
        <>
          <Paper withBorder p="md" component="section" aria-labelledby="plan-gain">
            <Title order={3} size="h4" id="plan-gain">
              {t('consultant.plan.gainTitle')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('consultant.plan.gainIntro')}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 3 }} data-testid="plan-gain">
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t('consultant.plan.total')}
                </Text>
                <Group gap="xs">
                  <Text size="xl" fw={700}>
                    {num(plan.totalScore)}
                  </Text>
                  {pct && plan.totalScore > plan.greedyTotalScore && (
                    <Badge color="teal.9" variant="filled">
                      {pct}
                    </Badge>
                  )}
                </Group>
                <Text size="sm">
                  {t('consultant.plan.totalValue', { plan: num(plan.totalScore), greedy: num(plan.greedyTotalScore) })}
                </Text>
              </Stack>
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t('consultant.plan.placed')}
                </Text>
                <Text size="xl" fw={700}>
                  {rows.length}
                </Text>
                <Text size="sm">
                  {t('consultant.plan.placedValue', { plan: rows.length, greedy: plan.greedyAssigned })}
                </Text>
              </Stack>
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {t('consultant.plan.deadlines')}
                </Text>
                {plan.deadlinesNear > 0 ? (
                  <>
                    <Text size="xl" fw={700}>
                      {plan.deadlinesMet}
                    </Text>
                    <Text size="sm">
                      {t('consultant.plan.deadlinesValue', {
                        plan: plan.deadlinesMet,
                        near: plan.deadlinesNear,
                        greedy: plan.greedyDeadlinesMet,
                      })}
                    </Text>
                  </>
                ) : (
                  <Text size="sm">{t('consultant.plan.deadlinesNone')}</Text>
                )}
              </Stack>
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt="sm">
              {t('consultant.plan.basis', {
                people: plan.candidatesConsidered,
                openings: plan.openingsConsidered,
                unfilled: plan.unfilledOpenings,
                ms: plan.solveMs,
              })}
            </Text>
          </Paper>

          {result && (
            <Alert
              color="teal"
              role="status"
              withCloseButton
              closeButtonLabel={t('consultant.form.close')}
              onClose={() => setResult(null)}
            >
              <Text size="sm">{t('consultant.plan.proposed', { count: result.count })}</Text>
              <Anchor component={Link} to="/consultant/proposals" size="sm" fw={600} c={LINK_ON_TEAL}>
                {t('consultant.plan.toProposals')}
              </Anchor>
            </Alert>
          )}
          {failure && (
            <Alert color="red" role="alert" title={t('consultant.plan.failed')}>
              {failure.rows.length ? (
                <>
                  <Text size="sm">{t('consultant.plan.failedRows')}</Text>
                  <List size="sm">
                    {failure.rows.map((m) => (
                      <List.Item key={m}>{m}</List.Item>
                    ))}
                  </List>
                </>
              ) : (
                <Text size="sm">{failure.message}</Text>
              )}
            </Alert>
          )}

          {rows.length === 0 ? (
            <Text c="dimmed">{t('consultant.plan.none')}</Text>
          ) : (
            <>
              <Table.ScrollContainer minWidth={480} type="native">
                <Table verticalSpacing="xs" data-testid="plan-table">
                  <Table.Caption>{t('consultant.plan.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">
                        <Checkbox
                          aria-label={t('consultant.plan.selectAll')}
                          checked={allOn}
                          indeterminate={!allOn && selected.length > 0}
                          disabled={selectable.length === 0}
                          onChange={(e) =>
                            setUnticked(e.currentTarget.checked ? new Set() : new Set(selectable.map((r) => rowKey(r))))
                          }
                        />
                      </Table.Th>
                      <Table.Th scope="col">{t('consultant.plan.person')}</Table.Th>
                      <Table.Th scope="col">{t('consultant.plan.opening')}</Table.Th>
                      <Table.Th scope="col" visibleFrom="lg">
                        {t('consultant.plan.score')}
                      </Table.Th>
                      <Table.Th scope="col" visibleFrom="lg">
                        {t('consultant.plan.why')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((r) => {
                      const key = rowKey(r);
                      const done = proposed.has(key);
                      const opening = r.task ?? r.iguSlot;
                      const name = names.get(key) ?? '';
                      return [
                        <Table.Tr key={key} data-testid="plan-row">
                          <Table.Td>
                            {done ? (
                              <ProposalStatusBadge status="SUGGESTED" />
                            ) : (
                              <Checkbox
                                aria-label={t('consultant.plan.selectRow', { name, opening: openingTitle(r) })}
                                checked={!unticked.has(key)}
                                onChange={(e) => toggle(key, e.currentTarget.checked)}
                              />
                            )}
                          </Table.Td>
                          <Table.Td>
                            <Stack gap={4} align="flex-start">
                              <Anchor
                                component={Link}
                                to={`/consultant/candidates/${r.candidate.id}${
                                  r.task
                                    ? `?opening=task:${r.task.id}`
                                    : r.iguSlot
                                      ? `?opening=igu:${r.iguSlot.id}`
                                      : ''
                                }`}
                                fw={600}
                                data-testid="plan-person"
                              >
                                {name}
                              </Anchor>
                              {r.activationDeadline && (
                                <Badge color="red.9" variant="outline" tt="none" style={FULL_WIDTH}>
                                  {t('consultant.plan.deadlineOn', { date: formatDate(r.activationDeadline, lang) })}
                                </Badge>
                              )}
                            </Stack>
                          </Table.Td>
                          <Table.Td>
                            {r.task ? (
                              <Anchor component={Link} to={`/consultant/tasks/${r.task.id}`}>
                                {openingTitle(r)}
                              </Anchor>
                            ) : r.iguSlot ? (
                              <Anchor component={Link} to={`/consultant/igu-slots/${r.iguSlot.id}`}>
                                {openingTitle(r)}
                              </Anchor>
                            ) : (
                              '–'
                            )}
                            {opening && (
                              <Text size="xs" c="dimmed">
                                {t('consultant.plan.atCompany', { company: opening.company.name })} ·{' '}
                                {t('consultant.plan.hours', { hours: formatHours(opening.weeklyHours, lang) })}
                              </Text>
                            )}
                          </Table.Td>
                          <Table.Td visibleFrom="lg">
                            <ScoreBar score={r.score} label={t('consultant.plan.score')} />
                          </Table.Td>
                          <Table.Td visibleFrom="lg">
                            <Reasons row={r} />
                          </Table.Td>
                        </Table.Tr>,
                        // Narrower than a laptop: the match and its reasons get a row of their own.
                        <Table.Tr
                          key={`${key}-why`}
                          hiddenFrom="lg"
                          data-testid="plan-row-why"
                          // One person, one block: no line between the row and its reasons.
                          style={{ borderTopStyle: 'hidden' }}
                        >
                          <Table.Td />
                          <Table.Td colSpan={2} pt={0}>
                            <Stack gap={4}>
                              <ScoreBar score={r.score} label={t('consultant.plan.score')} />
                              <Reasons row={r} />
                            </Stack>
                          </Table.Td>
                        </Table.Tr>,
                      ];
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Group>
                <Button
                  onClick={submit}
                  disabled={selected.length === 0}
                  loading={proposing.fetching}
                  data-testid="plan-propose"
                >
                  {selected.length
                    ? t('consultant.plan.propose', { count: selected.length })
                    : t('consultant.plan.proposeNone')}
                </Button>
              </Group>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
