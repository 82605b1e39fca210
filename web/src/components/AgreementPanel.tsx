import { Alert, Button, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { AgreementParty, PlacementAgreementQuery } from '../gql/graphql.js';
import {
  ApprovePlacementAgreementDocument,
  PlacementAgreementDocument,
  RefusePlacementAgreementDocument,
  WithdrawPlacementAgreementDocument,
} from './agreement.operations.js';
import { changedParts } from './agreement-changes.js';
import { QueryState } from './QueryState.js';

const localeOf = (lang: string) => (lang === 'en' ? 'en-GB' : 'da-DK');

type AgreementPlacement = NonNullable<PlacementAgreementQuery['placement']>;
type Version = AgreementPlacement['agreements'][number];

/** The first GraphQL error's message, or the transport's. */
const messageOf = (e: { graphQLErrors: { message: string }[]; message: string }) =>
  e.graphQLErrors[0]?.message ?? e.message;

/**
 * The three-party agreement of a placement: who still has to approve, the buttons for the party whose turn it is
 * (`party`: the reader's side): approve, and stop a version waiting for approval (the job centre withdraws it,
 * the company refuses it with a reason); then every version with its terms, what it changed, its approvals and
 * whether it was withdrawn or refused, newest first.
 */
export function AgreementPanel({
  placementId,
  party,
  headingOrder = 4,
  onApproved,
  onClosed,
}: {
  placementId: string;
  party: AgreementParty;
  headingOrder?: 3 | 4;
  onApproved: () => void;
  /** After a withdrawal or a refusal, with what was done in words (default: as after an approval). */
  onClosed?: (closed: { refused: boolean; message: string }) => void;
}) {
  const { t, i18n } = useTranslation();
  // Its own query: the versions' hours plans lie one level too deep for a list of placements (depth limit).
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PlacementAgreementDocument,
    variables: { id: placementId },
  });
  const [state, approve] = useMutation(ApprovePlacementAgreementDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The server said the week goes over full time: the adviser may approve with a reason.
  const [needsWeekReason, setNeedsWeekReason] = useState(false);
  const [weekReason, setWeekReason] = useState('');
  const [closing, setClosing] = useState(false);
  const locale = localeOf(i18n.language);
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso),
    );
  const moment = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(
      new Date(iso),
    );
  const num = (n: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);

  const p = data?.placement;
  if (!p) return <QueryState fetching={fetching} error={error} empty={!!data} />;
  if (p.agreementVersion === 0) {
    return <Text c="dimmed">{t('agreement.beforeAgreements')}</Text>;
  }
  const closed = p.status === 'WITHDRAWN' || p.status === 'REFUSED';
  const awaiting = p.awaitingApprovalFrom ?? null;
  const myTurn = awaiting === party;
  // A waiting version can be stopped when it is a draft's, or when an earlier version can hold again.
  const stoppable =
    !!awaiting &&
    (p.status === 'DRAFT' || p.agreements.some((a) => a.number < p.agreementVersion && !a.withdrawnAt && !a.refusedAt));
  // The party that proposed the waiting version withdraws it; the other party refuses it (with a reason) when it is
  // its turn to approve.
  const companyProposal = p.agreements.find((a) => a.number === p.agreementVersion)?.proposedBy === 'COMPANY';
  const own = companyProposal ? party === 'COMPANY' : party === 'JOB_CENTRE';
  const mayStop = stoppable && (own || myTurn);
  const refuses = !own;
  // The company withdraws its own proposal: said in its words.
  const ownProposal = own && companyProposal;

  const refresh = () => refetch({ requestPolicy: 'network-only' });
  const onApprove = async () => {
    setProblem(null);
    setDone(null);
    const result = await approve({
      placementId: p.id,
      agreementVersion: p.agreementVersion,
      weekExceptionReason: needsWeekReason ? weekReason.trim() || null : null,
    });
    if (result.error) {
      if (result.error.graphQLErrors.some((e) => e.extensions?.weekExceptionNeeded)) setNeedsWeekReason(true);
      setProblem(messageOf(result.error));
      return;
    }
    setNeedsWeekReason(false);
    setDone(result.data?.approvePlacementAgreement.awaitingApprovalFrom ? null : t('agreement.approved'));
    refresh();
    onApproved();
  };

  return (
    <Stack gap="sm" data-testid="agreement-panel">
      <Group justify="space-between" align="center">
        <Text fw={600} data-testid="agreement-awaiting">
          {t('agreement.version', { number: p.agreementVersion })}:{' '}
          {closed
            ? t(p.status === 'REFUSED' ? 'agreement.closedREFUSED' : 'agreement.closedWITHDRAWN')
            : awaiting
              ? t(`agreement.awaiting${awaiting}`)
              : t('agreement.approvedByBoth')}
        </Text>
        {(myTurn || mayStop) && !closing && (
          <Group gap="xs">
            {myTurn && (
              <Button onClick={onApprove} loading={state.fetching} data-testid="agreement-approve">
                {needsWeekReason && party === 'JOB_CENTRE'
                  ? t('agreement.approveWithException')
                  : t('agreement.approve', { number: p.agreementVersion })}
              </Button>
            )}
            {mayStop && (
              <Button
                variant="default"
                c="red.9"
                onClick={() => {
                  setProblem(null);
                  setDone(null);
                  setClosing(true);
                }}
                data-testid={refuses ? 'agreement-refuse' : 'agreement-withdraw'}
              >
                {t(refuses ? 'agreement.refuse' : ownProposal ? 'agreement.withdrawProposal' : 'agreement.withdraw', {
                  number: p.agreementVersion,
                })}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {needsWeekReason && party === 'JOB_CENTRE' && myTurn && (
        <Textarea
          label={t('agreement.weekReasonLabel')}
          description={t('agreement.weekReasonHelp')}
          autosize
          minRows={2}
          maxLength={1000}
          value={weekReason}
          onChange={(e) => setWeekReason(e.currentTarget.value)}
          data-testid="agreement-week-reason"
        />
      )}
      {closing && (
        <CloseForm
          placement={p}
          party={party}
          refuse={refuses}
          ownProposal={ownProposal}
          onCancel={() => setClosing(false)}
          onDone={(message) => {
            setClosing(false);
            setDone(message);
            refresh();
            if (onClosed) onClosed({ refused: refuses, message });
            else onApproved();
          }}
        />
      )}
      {done && (
        <Alert color="teal" variant="light" role="status" data-testid="agreement-done">
          {done}
        </Alert>
      )}
      {problem && (
        <Alert color="red" role="alert" title={t('agreement.approveFailed')} data-testid="agreement-error">
          {problem}
        </Alert>
      )}
      <Title order={headingOrder} size="h5">
        {t('agreement.historyTitle')}
      </Title>
      <Table.ScrollContainer minWidth={880}>
        <Table striped aria-label={t('agreement.historyCaption')} data-testid="agreement-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                {t('agreement.colVersion')}
              </Table.Th>
              <Table.Th scope="col">{t('agreement.colChanges')}</Table.Th>
              <Table.Th scope="col">{t('agreement.colPeriod')}</Table.Th>
              <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                {t('agreement.colMentor')}
              </Table.Th>
              <Table.Th scope="col">{t('agreement.colPlan')}</Table.Th>
              <Table.Th scope="col">{t('agreement.colGoals')}</Table.Th>
              <Table.Th scope="col">{t('agreement.colState')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.agreements.map((a, i) => {
              // Newest first: compared with the version that held before it (a withdrawn or refused one never held).
              const before = p.agreements.slice(i + 1).find((b) => !b.withdrawnAt && !b.refusedAt);
              const parts = before ? changedParts(a.terms, before.terms) : null;
              const changed = new Set(parts ?? []);
              const mark = (part: Parameters<typeof changed.has>[0]) => (changed.has(part) ? 700 : undefined);
              return (
                <Table.Tr key={a.id} data-testid="agreement-version">
                  <Table.Th scope="row" fw={a.number === p.agreementVersion ? 700 : 500}>
                    {a.number}
                    {/* In force: what both approved; the version waiting for approval is marked as such. */}
                    {a.number === p.agreementInForce?.number
                      ? ` ${t('agreement.current')}`
                      : a.number === p.agreementVersion && awaiting
                        ? ` ${t('agreement.pendingMark')}`
                        : ''}
                  </Table.Th>
                  <Table.Td data-testid="agreement-changes">
                    {parts === null
                      ? t('agreement.changesFirst')
                      : parts.length
                        ? parts.map((part) => t(`agreement.changed${part}`)).join(', ')
                        : t('agreement.changesNone')}
                  </Table.Td>
                  <Table.Td fw={mark('Period')}>
                    {a.terms.plannedEndDate
                      ? t('agreement.periodValue', { from: day(a.terms.startDate), to: day(a.terms.plannedEndDate) })
                      : t('agreement.periodOpen', { from: day(a.terms.startDate) })}
                  </Table.Td>
                  <Table.Td fw={mark('Mentor')}>{a.terms.mentorName || '–'}</Table.Td>
                  <Table.Td fw={mark('Plan')}>
                    {a.terms.hoursPlan
                      .map((s) =>
                        t('agreement.planStep', {
                          week: s.fromWeek,
                          hours: num(s.weeklyHours),
                          ordinary: num(s.ordinaryHours),
                        }),
                      )
                      .join('; ')}
                  </Table.Td>
                  <Table.Td fw={mark('Goals')} style={{ whiteSpace: 'pre-wrap' }}>
                    {a.terms.learningGoals || '–'}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4}>
                      <Text size="sm">
                        {t('agreement.colCompany')}:{' '}
                        <span data-testid="agreement-company-approved">
                          {a.companyApprovedAt ? moment(a.companyApprovedAt) : t('agreement.notYet')}
                        </span>
                      </Text>
                      <Text size="sm">
                        {t('agreement.colJobCentre')}:{' '}
                        <span data-testid="agreement-jobcentre-approved">
                          {a.adviserApprovedAt ? moment(a.adviserApprovedAt) : t('agreement.notYet')}
                        </span>
                      </Text>
                      <div data-testid="agreement-state">
                        <VersionState version={a} moment={moment} />
                      </div>
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** A version's state in words: withdrawn or refused (with when and why), agreed, or waiting. */
function VersionState({ version: a, moment }: { version: Version; moment: (iso: string) => string }) {
  const { t } = useTranslation();
  const stopped = a.withdrawnAt
    ? {
        // The party that proposed the version withdrew it.
        text: t(a.proposedBy === 'COMPANY' ? 'agreement.stateWithdrawnByCompany' : 'agreement.stateWithdrawn', {
          when: moment(a.withdrawnAt),
        }),
        reason: a.withdrawalReason,
      }
    : a.refusedAt
      ? {
          // The party that did not propose the version refused it.
          text: t(a.proposedBy === 'COMPANY' ? 'agreement.stateRefusedByJobCentre' : 'agreement.stateRefused', {
            when: moment(a.refusedAt),
          }),
          reason: a.refusalReason,
        }
      : null;
  const proposer = a.proposedBy === 'COMPANY' && (
    <Text size="sm" data-testid="agreement-proposed-by">
      {t('agreement.proposedByCompany')}
    </Text>
  );
  if (!stopped) {
    return (
      <Stack gap={2}>
        {proposer}
        <Text size="sm" fw={600}>
          {a.companyApprovedAt && a.adviserApprovedAt ? t('agreement.stateAgreed') : t('agreement.statePending')}
        </Text>
      </Stack>
    );
  }
  return (
    <Stack gap={2}>
      {proposer}
      <Text size="sm" fw={600}>
        {stopped.text}
      </Text>
      {stopped.reason && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {t('agreement.stateReason', { reason: stopped.reason })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * Withdraw (the party that proposed the waiting version, a reason if it likes) or refuse (the other party, a reason
 * required) the waiting version.
 */
function CloseForm({
  placement: p,
  party,
  refuse,
  ownProposal,
  onCancel,
  onDone,
}: {
  placement: AgreementPlacement;
  party: AgreementParty;
  refuse: boolean;
  /** The company withdraws a change it proposed itself. */
  ownProposal: boolean;
  onCancel: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [withdrawState, withdraw] = useMutation(WithdrawPlacementAgreementDocument);
  const [refuseState, refuseIt] = useMutation(RefusePlacementAgreementDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (refuse && !v.trim() ? t('agreement.reasonRequired') : null) },
  });
  const submit = form.onSubmit(async (v) => {
    setProblem(null);
    const vars = { placementId: p.id, agreementVersion: p.agreementVersion };
    const result = refuse
      ? await refuseIt({ ...vars, reason: v.reason.trim() })
      : await withdraw({ ...vars, reason: v.reason.trim() || null });
    if (result.error) {
      const fieldError = result.error.graphQLErrors.find((e) => e.extensions?.field === 'reason');
      if (fieldError) form.setErrors({ reason: fieldError.message });
      else setProblem(messageOf(result.error));
      return;
    }
    onDone(
      t(refuse ? 'agreement.refused' : ownProposal ? 'agreement.proposalWithdrawn' : 'agreement.withdrawn', {
        number: p.agreementVersion,
      }),
    );
  });
  const withdrawKey = ownProposal ? 'agreement.withdrawProposal' : 'agreement.withdraw';
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t(refuse ? 'agreement.refuse' : withdrawKey, { number: p.agreementVersion })}
      data-testid="agreement-close-form"
    >
      <Stack gap="xs">
        <Text size="sm">
          {t(
            refuse
              ? party === 'JOB_CENTRE'
                ? 'agreement.refuseHelpJobCentre'
                : 'agreement.refuseHelp'
              : ownProposal
                ? 'agreement.withdrawProposalHelp'
                : 'agreement.withdrawHelp',
          )}
        </Text>
        <Textarea
          label={t(refuse ? 'agreement.refuseReason' : 'agreement.withdrawReason')}
          required={refuse}
          autosize
          minRows={2}
          maxLength={2000}
          data-testid="agreement-close-reason"
          {...form.getInputProps('reason')}
        />
        {problem && (
          <Alert color="red" role="alert" title={t('agreement.closeFailed')}>
            {problem}
          </Alert>
        )}
        <Group>
          <Button
            type="submit"
            color="red.9"
            loading={withdrawState.fetching || refuseState.fetching}
            data-testid="agreement-close-submit"
          >
            {t(
              refuse
                ? 'agreement.refuseConfirm'
                : ownProposal
                  ? 'agreement.withdrawProposalConfirm'
                  : 'agreement.withdrawConfirm',
            )}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('agreement.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
