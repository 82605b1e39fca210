import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgreementPanel } from '../../components/AgreementPanel.js';
import type { CompanyPlacementsQuery } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
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
  onRefused,
}: {
  placement: PlacementNode;
  onReport: () => void;
  onApproved: () => void;
  onRefused: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = p.candidateFirstName;
  const headingId = `intern-${p.id}`;
  const end = p.endDate ?? p.plannedEndDate;
  const latest = p.latestFollowUp;
  const overdue = !!p.nextFollowUpDue && p.nextFollowUpDue < todayIso();
  const opening = p.task?.title ?? p.iguSlot?.title;

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
              value: end
                ? t('company.interns.fromTo', { from: formatDate(p.startDate, lang), to: formatDate(end, lang) })
                : t('company.interns.from', { date: formatDate(p.startDate, lang) }),
            },
            ...(p.weekNumber
              ? [{ label: t('company.interns.weekLabel'), value: t('company.interns.week', { week: p.weekNumber }) }]
              : []),
            ...(opening ? [{ label: t('company.interns.task'), value: opening }] : []),
            ...(p.mentorName ? [{ label: t('company.interns.mentor'), value: p.mentorName }] : []),
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
        {p.status === 'DRAFT' && p.learningGoals && (
          <div>
            <Text size="sm" c="dimmed">
              {t('company.interns.learningGoals')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {p.learningGoals}
            </Text>
          </div>
        )}
        {(p.status === 'DRAFT' || p.awaitingApprovalFrom) && p.agreementVersion > 0 && (
          <AgreementPanel placementId={p.id} party="COMPANY" onApproved={onApproved} onClosed={onRefused} />
        )}
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
