import { Alert, Blockquote, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompanyProposalsQuery } from '../../gql/graphql.js';
import { enumLabel, levelLabel } from '../../i18n/enums.js';
import { localName } from '../../i18n/names.js';
import { Facts } from './Facts.js';
import { formatDate, formatNumber, languageName } from './lib.js';
import { StatusBadge } from './StatusBadge.js';

export type ProposalNode = CompanyProposalsQuery['proposals']['edges'][number]['node'];

/** One proposal with the minimal profile the candidate agreed to share; accept or decline while PROPOSED. */
export function ProposalCard({
  proposal: p,
  onAccept,
  onDecline,
  busy,
}: {
  proposal: ProposalNode;
  onAccept: () => void;
  onDecline: () => void;
  busy?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const profile = p.profile;
  const name = profile?.firstName ?? '—';
  const opening = p.task?.title ?? (p.iguSlot ? `${t('company.proposals.igu')}: ${p.iguSlot.title}` : '');
  const headingId = `proposal-${p.id}`;

  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId} data-testid="proposal-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} id={headingId}>
              {name}
            </Title>
            <Text size="sm">{t('company.proposals.for', { opening })}</Text>
            <Text size="xs" c="dimmed">
              {t('company.proposals.proposedAt', { date: formatDate(p.createdAt, lang) })}
              {p.proposedBy ? ` ${t('company.proposals.proposedBy', { name: p.proposedBy.name })}` : ''}
            </Text>
          </div>
          <StatusBadge kind="proposal" status={p.status} />
        </Group>

        {p.note && (
          <Blockquote p="sm" color="gray" cite={t('company.proposals.note')}>
            {p.note}
          </Blockquote>
        )}

        {profile ? (
          <>
            <Facts
              items={[
                { label: t('company.proposals.danish'), value: enumLabel(t, 'danishLevel', profile.danishLevel) },
                {
                  label: t('company.proposals.hours'),
                  value: t('company.proposals.hoursValue', {
                    available: formatNumber(profile.availableWeeklyHours, lang),
                    goal: formatNumber(profile.goalWeeklyHours, lang),
                  }),
                },
                {
                  label: t('company.proposals.languages'),
                  value: profile.languages.length
                    ? profile.languages.map((l) => languageName(l, lang)).join(', ')
                    : t('company.common.none'),
                },
                {
                  label: t('company.proposals.distance'),
                  value:
                    profile.distanceKm != null
                      ? t('company.common.km', { km: formatNumber(profile.distanceKm, lang) })
                      : t('company.proposals.distanceUnknown'),
                },
                {
                  label: t('company.proposals.drivingLicence'),
                  value: profile.hasDrivingLicence ? t('company.common.yes') : t('company.common.no'),
                },
              ]}
            />
            {profile.competences.length ? (
              <Table.ScrollContainer minWidth={420}>
                <Table captionSide="top" withTableBorder verticalSpacing={4} fz="sm">
                  <Table.Caption style={{ textAlign: 'left', fontWeight: 600, color: 'var(--mantine-color-text)' }}>
                    {t('company.proposals.competencesLabel', { name })}
                  </Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('company.proposals.colCompetence')}</Table.Th>
                      <Table.Th scope="col">{t('company.proposals.colLevel')}</Table.Th>
                      <Table.Th scope="col">{t('company.proposals.colEvidence')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {profile.competences.map((c) => (
                      <Table.Tr key={c.name}>
                        <Table.Td>{localName(c, i18n.language)}</Table.Td>
                        <Table.Td>{levelLabel(t, c.level)}</Table.Td>
                        <Table.Td>{enumLabel(t, 'evidence', c.evidence)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : (
              <Text size="sm" c="dimmed">
                {t('company.proposals.noCompetences')}
              </Text>
            )}
          </>
        ) : (
          <Alert color="gray">{t('company.proposals.profileGone')}</Alert>
        )}

        {p.reason && p.status !== 'PROPOSED' && (
          <Text size="sm">{t('company.proposals.answerReason', { reason: p.reason })}</Text>
        )}

        {p.status === 'PROPOSED' && (
          <Group justify="flex-end">
            <Button
              variant="default"
              color="red"
              onClick={onDecline}
              aria-label={t('company.proposals.declineLabel', { name })}
              data-testid="decline"
            >
              {t('company.proposals.decline')}
            </Button>
            <Button
              onClick={onAccept}
              loading={busy}
              disabled={!profile}
              aria-label={t('company.proposals.acceptLabel', { name })}
              data-testid="accept"
            >
              {t('company.proposals.accept')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
