import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgreementPanel } from '../../components/AgreementPanel.js';
import type { CompanyPlacementsQuery } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { AgreementProposalForm } from './AgreementProposalForm.js';
import { Facts } from './Facts.js';
import { HoursPlanTable } from './HoursPlanTable.js';
import { formatDate, formatNumber, todayIso } from './lib.js';
import { StatusBadge } from './StatusBadge.js';

export type PlacementNode = CompanyPlacementsQuery['placements']['edges'][number]['node'];

/** One intern: first name, type, period, hours plan, latest and next follow-up, "Rapportér timer". */
export function InternCard({
  placement: p,
  onReport,
  onApproved,
  onClosed,
  onProposed,
}: {
  placement: PlacementNode;
  onReport: () => void;
  onApproved: () => void;
  /** After the company refused the job centre's version or withdrew its own proposal (`message`: what it did). */
  onClosed: (closed: { refused: boolean; message: string }) => void;
  /** After the company proposed a change (the new version's number). */
  onProposed: (agreementVersion: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = p.candidateFirstName;
  const headingId = `intern-${p.id}`;
  const end = p.endDate ?? p.plannedEndDate;
  const latest = p.latestFollowUp;
  const overdue = !!p.nextFollowUpDue && p.nextFollowUpDue < todayIso();
  const opening = p.task?.title ?? p.iguSlot?.title;
  const [proposing, setProposing] = useState(false);
  // A change waiting for approval is not in force: the card shows the agreed terms with the pending ones beside.
  const pending = p.pendingAgreement;
  const pendingEnd = pending?.terms.plannedEndDate ?? null;
  const periodText = (start: string, to: string | null) =>
    to
      ? t('company.interns.fromTo', { from: formatDate(start, lang), to: formatDate(to, lang) })
      : t('company.interns.from', { date: formatDate(start, lang) });
  const periodPending =
    !!pending && (pending.terms.startDate !== p.startDate || pendingEnd !== (p.plannedEndDate ?? null));
  const mentorPending = !!pending && (pending.terms.mentorName ?? '') !== (p.mentorName ?? '');
  const goalsPending = !!pending && pending.terms.learningGoals !== p.learningGoals;
  const pendingValue = (value: string, testid: string) => (
    <Text span size="sm" c="dimmed" display="block" style={{ whiteSpace: 'pre-wrap' }} data-testid={testid}>
      {t('agreement.pendingValue', { number: p.agreementVersion, value })}
    </Text>
  );

  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId} data-testid="intern-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="sm">
            <Title order={3} id={headingId}>
              {name}
            </Title>
            <Badge variant="outline" color="gray.8" radius="sm">
              {enumLabel(t, 'placementType', p.type)}
            </Badge>
            <StatusBadge kind="placement" status={p.status} />
          </Group>
          {p.status === 'ACTIVE' && (
            <Button
              onClick={onReport}
              aria-label={t('company.interns.reportLabel', { name })}
              data-testid="report-hours"
            >
              {t('company.interns.report')}
            </Button>
          )}
        </Group>
        <Facts
          items={[
            {
              label: t('company.interns.period'),
              value: (
                <span data-testid="intern-period">
                  {periodText(p.startDate, end)}
                  {periodPending &&
                    pending &&
                    pendingValue(periodText(pending.terms.startDate, pendingEnd), 'period-pending')}
                </span>
              ),
            },
            ...(p.weekNumber
              ? [{ label: t('company.interns.weekLabel'), value: t('company.interns.week', { week: p.weekNumber }) }]
              : []),
            ...(opening ? [{ label: t('company.interns.task'), value: opening }] : []),
            ...(p.mentorName || mentorPending
              ? [
                  {
                    label: t('company.interns.mentor'),
                    value: (
                      <span data-testid="intern-mentor">
                        {p.mentorName || '–'}
                        {mentorPending && pending && pendingValue(pending.terms.mentorName || '–', 'mentor-pending')}
                      </span>
                    ),
                  },
                ]
              : []),
            {
              label: t('company.interns.latest'),
              testId: 'latest-follow-up',
              value: latest
                ? t('company.interns.latestValue', {
                    date: formatDate(latest.date, lang),
                    attended: formatNumber(latest.attendedHours, lang),
                    ordinary: formatNumber(latest.ordinaryHours, lang),
                    absence: t('company.interns.absence', { count: latest.absenceDays }),
                    progress: latest.progress,
                  })
                : t('company.interns.latestNone'),
            },
            ...(latest
              ? [
                  {
                    label: t('journal.followUps.recordedBy'),
                    testId: 'latest-recorded-by',
                    value: latest.recordedBy.label,
                  },
                ]
              : []),
            ...(p.nextFollowUpDue
              ? [
                  {
                    label: t('company.interns.nextDue'),
                    value: (
                      <Text span size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 700 : undefined}>
                        {formatDate(p.nextFollowUpDue, lang)} {overdue ? t('company.interns.overdue') : ''}
                      </Text>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {((p.status === 'DRAFT' && p.learningGoals) || goalsPending) && (
          <div>
            <Text size="sm" c="dimmed">
              {t('company.interns.learningGoals')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="intern-goals">
              {p.learningGoals || '–'}
            </Text>
            {goalsPending && pending && pendingValue(pending.terms.learningGoals || '–', 'goals-pending')}
          </div>
        )}
        {(p.status === 'DRAFT' || p.awaitingApprovalFrom) && p.agreementVersion > 0 && (
          <AgreementPanel placementId={p.id} party="COMPANY" onApproved={onApproved} onClosed={onClosed} />
        )}
        {p.status === 'ACTIVE' &&
          (proposing ? (
            <AgreementProposalForm
              p={p}
              onCancel={() => setProposing(false)}
              onSaved={(number) => {
                setProposing(false);
                onProposed(number);
              }}
            />
          ) : (
            <Group>
              <Button variant="default" onClick={() => setProposing(true)} data-testid="agreement-propose-open">
                {t('agreement.proposeOpen')}
              </Button>
            </Group>
          ))}
        {latest?.note && (
          <Text size="sm" fs="italic">
            «{latest.note}»
          </Text>
        )}
        <HoursPlanTable
          steps={p.hoursPlan}
          currentFromWeek={p.currentPlannedHours?.fromWeek}
          caption={t('company.interns.hoursPlanLabel', { name })}
        />
      </Stack>
    </Card>
  );
}
