import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { AgreementParty } from '../gql/graphql.js';
import { ApprovePlacementAgreementDocument, PlacementAgreementDocument } from './agreement.operations.js';
import { QueryState } from './QueryState.js';

const localeOf = (lang: string) => (lang === 'en' ? 'en-GB' : 'da-DK');

/**
 * The three-party agreement of a placement: who still has to approve, an approve button for the party whose
 * turn it is (`party`: the reader's side), and every version with its terms and approvals, newest first.
 */
export function AgreementPanel({
  placementId,
  party,
  headingOrder = 4,
  onApproved,
}: {
  placementId: string;
  party: AgreementParty;
  headingOrder?: 3 | 4;
  onApproved: () => void;
}) {
  const { t, i18n } = useTranslation();
  // Its own query: the versions' hours plans lie one level too deep for a list of placements (depth limit).
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PlacementAgreementDocument,
    variables: { id: placementId },
  });
  const [state, approve] = useMutation(ApprovePlacementAgreementDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState(false);
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
  const awaiting = p.awaitingApprovalFrom ?? null;
  const myTurn = awaiting === party;

  const onApprove = async () => {
    setProblem(null);
    setDone(false);
    const result = await approve({ placementId: p.id, agreementVersion: p.agreementVersion });
    if (result.error) {
      setProblem(result.error.graphQLErrors[0]?.message ?? result.error.message);
      return;
    }
    setDone(true);
    refetch({ requestPolicy: 'network-only' });
    onApproved();
  };

  return (
    <Stack gap="sm" data-testid="agreement-panel">
      <Group justify="space-between" align="center">
        <Text fw={600} data-testid="agreement-awaiting">
          {t('agreement.version', { number: p.agreementVersion })}:{' '}
          {awaiting ? t(`agreement.awaiting${awaiting}`) : t('agreement.approvedByBoth')}
        </Text>
        {myTurn && (
          <Button onClick={onApprove} loading={state.fetching} data-testid="agreement-approve">
            {t('agreement.approve', { number: p.agreementVersion })}
          </Button>
        )}
      </Group>
      {done && !awaiting && (
        <Alert color="teal" variant="light" role="status">
          {t('agreement.approved')}
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
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label={t('agreement.historyCaption')} data-testid="agreement-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('agreement.colVersion')}</Table.Th>
              <Table.Th scope="col">{t('agreement.colPeriod')}</Table.Th>
              <Table.Th scope="col">{t('agreement.colMentor')}</Table.Th>
              <Table.Th scope="col">{t('agreement.colPlan')}</Table.Th>
              <Table.Th scope="col">{t('agreement.colGoals')}</Table.Th>
              <Table.Th scope="col">{t('agreement.colCompany')}</Table.Th>
              <Table.Th scope="col">{t('agreement.colJobCentre')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.agreements.map((a) => (
              <Table.Tr key={a.id} data-testid="agreement-version">
                <Table.Th scope="row" fw={a.number === p.agreementVersion ? 700 : 500}>
                  {a.number}
                  {a.number === p.agreementVersion ? ` ${t('agreement.current')}` : ''}
                </Table.Th>
                <Table.Td>
                  {a.terms.plannedEndDate
                    ? t('agreement.periodValue', { from: day(a.terms.startDate), to: day(a.terms.plannedEndDate) })
                    : t('agreement.periodOpen', { from: day(a.terms.startDate) })}
                </Table.Td>
                <Table.Td>{a.terms.mentorName || '–'}</Table.Td>
                <Table.Td>
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
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{a.terms.learningGoals || '–'}</Table.Td>
                <Table.Td data-testid="agreement-company-approved">
                  {a.companyApprovedAt ? moment(a.companyApprovedAt) : t('agreement.notYet')}
                </Table.Td>
                <Table.Td data-testid="agreement-jobcentre-approved">
                  {a.adviserApprovedAt ? moment(a.adviserApprovedAt) : t('agreement.notYet')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
