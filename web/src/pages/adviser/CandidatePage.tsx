import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { fieldErrors } from '../../components/form-errors.js';
import { MatchFactors } from '../../components/MatchFactors.js';
import { Pager, SECTION_PAGE_SIZE, useConnection } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import { ScoreBar } from '../../components/ScoreBar.js';
import { useIndustries } from '../../components/useIndustries.js';
import type { AdviserCandidateQuery } from '../../gql/graphql.js';
import { enumLabel, levelLabel } from '../../i18n/enums.js';
import { formatMoney } from '../../i18n/format.js';
import { localName } from '../../i18n/names.js';
import { AdviserAlertsDocument } from './AdviserAlerts.operations.js';
import { AdviserCandidateDocument } from './AdviserCandidate.operations.js';
import { AdviserCandidatePlacementsDocument } from './AdviserCandidatePlacements.operations.js';
import { AdviserHoursProgressDocument } from './AdviserHoursProgress.operations.js';
import { AdviserOpeningsForCandidateDocument } from './AdviserOpeningsForCandidate.operations.js';
import { AdviserUpdateCandidateDocument } from './AdviserUpdateCandidate.operations.js';
import { AlertRow } from './AlertGroups.js';
import { useFormat } from './format.js';
import { HoursProgressChart } from './HoursProgressChart.js';
import { LadderSection } from './LadderSection.js';
import { LockIcon } from './LockIcon.js';
import { PlannedWeekBar } from './PlannedWeekBar.js';
import { Facts, Section } from './Section.js';

type Candidate = NonNullable<AdviserCandidateQuery['candidate']>;

/** One person: profile, the week against their hour goal, hours progression, suggested openings and placements. */
export function CandidatePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const [{ data, fetching, error }] = useQuery({ query: AdviserCandidateDocument, variables: { id } });
  const c = data?.candidate;
  if (!c) return <QueryState fetching={fetching} error={error} empty={!!data} />;
  return (
    <Stack gap="md" data-testid="candidate-page">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="candidate-name">
            {c.firstName} {c.lastName}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light">{enumLabel(t, 'readiness', c.readiness)}</Badge>
            <Badge variant="outline" color="dark">
              {t(`adviser.enums.candidateStatus.${c.status}`)}
            </Badge>
            <Badge variant="outline" color="dark">
              {t('adviser.candidate.danish')}: {c.danishLevel === 'NONE' ? t('adviser.common.none') : c.danishLevel}
            </Badge>
          </Group>
        </div>
        <Group>
          <Button
            variant="default"
            component={Link}
            to={`/adviser/candidates/${c.id}/edit`}
            data-testid="edit-candidate"
          >
            {t('adviser.candidate.edit')}
          </Button>
          <Button component={Link} to={`/adviser/placements/new?candidateId=${c.id}`} data-testid="start-placement">
            {t('adviser.candidate.startPlacement')}
          </Button>
        </Group>
      </Group>

      <CandidateAlerts candidateId={c.id} name={c.firstName} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Overview c={c} />
        <Section title={t('adviser.candidate.weekTitle', { goal: f.num(c.plannedWeek.goal) })} testid="week-section">
          <PlannedWeekBar week={c.plannedWeek} />
        </Section>
      </SimpleGrid>

      <LadderSection c={c} steps={data.ladderSteps} />

      <Section
        title={t('adviser.candidate.hoursTitle')}
        intro={t('adviser.candidate.hoursIntro')}
        testid="hours-section"
      >
        <HoursProgress candidateId={c.id} goal={c.plannedWeek.goal} />
      </Section>

      <Section
        title={t('adviser.candidate.openingsTitle')}
        intro={t('adviser.candidate.openingsIntro')}
        testid="openings-section"
      >
        <ReferenceIncome c={c} />
        <SuggestedOpenings candidateId={c.id} reference={c.referenceMonthlyIncome ?? null} />
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Competences c={c} />
        <Section title={t('adviser.candidate.languagesTitle')}>
          <Facts
            items={[
              {
                label: t('adviser.candidate.danish'),
                value: `${enumLabel(t, 'danishLevel', c.danishLevel)}${c.danishModule ? ` (${c.danishModule})` : ''}`,
              },
              {
                label: t('adviser.candidate.otherLanguages'),
                value: c.languages.length ? c.languages.join(', ') : t('adviser.common.none'),
              },
            ]}
          />
        </Section>
        <Education c={c} />
        <Stack gap="md">
          <Section
            title={t('adviser.candidate.sensitiveTitle')}
            testid="accommodation-section"
            style={{ borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 }}
          >
            <Badge color="red.9" variant="filled" leftSection={<LockIcon />}>
              {t('adviser.form.sensitiveBadge')}
            </Badge>
            <Text size="sm" c="dimmed" mb="xs">
              {t('adviser.form.sensitiveText')}
            </Text>
            <Text>{c.accommodationNeeds || t('adviser.candidate.noAccommodation')}</Text>
          </Section>
          <ConsentSection c={c} />
        </Stack>
      </SimpleGrid>

      {c.summary && (
        <Section title={t('adviser.candidate.summaryTitle')}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{c.summary}</Text>
        </Section>
      )}

      <Section title={t('adviser.candidate.placementsTitle')} testid="placements-section">
        <CandidatePlacements candidateId={c.id} />
      </Section>
    </Stack>
  );
}

function CandidateAlerts({ candidateId, name }: { candidateId: string; name: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: AdviserAlertsDocument, variables: { first: 100 } });
  const mine = (data?.alerts ?? []).filter((a) => a.candidate?.id === candidateId);
  if (!mine.length) return null;
  return (
    <section aria-labelledby="candidate-alerts-title" data-testid="candidate-alerts">
      <Title order={3} size="h4" id="candidate-alerts-title" mb="xs">
        {t('adviser.candidate.alerts', { name })}
      </Title>
      <Stack gap="xs">
        {mine.map((a) => (
          <AlertRow key={`${a.kind}-${a.placement?.id ?? ''}`} alert={a} />
        ))}
      </Stack>
    </section>
  );
}

function Overview({ c }: { c: Candidate }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { labelOf } = useIndustries();
  return (
    <Section title={t('adviser.candidate.overview')}>
      <Facts
        items={[
          {
            label: t('adviser.candidate.age'),
            value: c.age != null ? t('adviser.candidate.ageValue', { age: c.age }) : '–',
          },
          { label: t('adviser.candidate.postcode'), value: c.postcode },
          ...(c.externalId ? [{ label: t('adviser.candidate.externalId'), value: c.externalId }] : []),
          { label: t('adviser.candidate.targetGroup'), value: t(`adviser.enums.targetGroup.${c.targetGroup}`) },
          { label: t('adviser.candidate.readiness'), value: enumLabel(t, 'readiness', c.readiness) },
          { label: t('adviser.candidate.enrolledOn'), value: f.date(c.enrolledOn) },
          { label: t('adviser.candidate.adviser'), value: c.adviser?.name ?? '–' },
          {
            label: t('adviser.candidate.igu'),
            value: c.iguEligible
              ? t('adviser.candidate.iguYes')
              : `${t('adviser.candidate.iguNo')}${c.iguIneligibleReason ? `: ${c.iguIneligibleReason}` : ''}`,
          },
          {
            label: t('adviser.candidate.licence'),
            value: c.hasDrivingLicence ? t('adviser.common.yes') : t('adviser.common.no'),
          },
          { label: t('adviser.candidate.commute'), value: t('adviser.candidate.commuteValue', { km: c.maxCommuteKm }) },
          {
            label: t('adviser.candidate.industries'),
            value: c.industriesWished.length
              ? c.industriesWished.map((code) => labelOf(code)).join(', ')
              : t('adviser.common.none'),
          },
        ]}
      />
    </Section>
  );
}

function Competences({ c }: { c: Candidate }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('adviser.candidate.competencesTitle')} testid="competences-section">
      {c.competences.length === 0 ? (
        <Text c="dimmed">{t('adviser.competences.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table aria-label={t('adviser.competences.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('adviser.competences.name')}</Table.Th>
                <Table.Th scope="col">{t('adviser.competences.level')}</Table.Th>
                <Table.Th scope="col">{t('adviser.competences.evidence')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.competences.map((cc) => (
                <Table.Tr key={cc.competence.id}>
                  <Table.Th scope="row" fw={500}>
                    {localName(cc.competence, i18n.language)}
                  </Table.Th>
                  <Table.Td>{levelLabel(t, cc.level)}</Table.Td>
                  <Table.Td>{enumLabel(t, 'evidence', cc.evidence)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

function Education({ c }: { c: Candidate }) {
  const { t } = useTranslation();
  return (
    <Section title={t('adviser.candidate.educationTitle')}>
      {c.education && (
        <Text mb="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {c.education}
        </Text>
      )}
      <Text fw={600} size="sm">
        {t('adviser.candidate.foreignEducations')}
      </Text>
      {c.foreignEducations.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('adviser.candidate.noForeign')}
        </Text>
      ) : (
        <List size="sm">
          {c.foreignEducations.map((e) => (
            <List.Item key={e.id}>
              {e.title}
              {e.years != null && ` (${t('adviser.candidate.yearsValue', { years: e.years })})`} –{' '}
              <Text span fw={600} size="sm">
                {t(`adviser.enums.recognition.${e.recognitionStatus}`)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

function ConsentSection({ c }: { c: Candidate }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Section title={t('adviser.candidate.consentTitle')} testid="consent-section">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge color={c.consentToShare ? 'teal.9' : 'gray.8'} variant="filled" style={{ flexShrink: 0 }}>
          {c.consentToShare ? t('adviser.common.yes') : t('adviser.common.no')}
        </Badge>
        <Text size="sm">
          {c.consentToShare
            ? c.consentGivenAt
              ? t('adviser.candidate.consentYes', { date: f.date(c.consentGivenAt) })
              : t('adviser.candidate.consentYesNoDate')
            : t('adviser.candidate.consentNo')}
        </Text>
      </Group>
    </Section>
  );
}

function HoursProgress({ candidateId, goal }: { candidateId: string; goal: number }) {
  const [{ data, fetching, error }] = useQuery({
    query: AdviserHoursProgressDocument,
    variables: { candidateId },
    requestPolicy: 'cache-and-network',
  });
  if (!data) return <QueryState fetching={fetching} error={error} />;
  return <HoursProgressChart weeks={data.hoursProgress} goal={goal} />;
}

/** What the person receives today per month, entered by the adviser, so an IGU wage can be set beside it. */
function ReferenceIncome({ c }: { c: Candidate }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<string | number>(c.referenceMonthlyIncome ?? '');
  const [saved, setSaved] = useState(false);
  const [result, update] = useMutation(AdviserUpdateCandidateDocument);
  const { fields, general } = fieldErrors(result.error);
  const save = async () => {
    setSaved(false);
    const r = await update({
      id: c.id,
      input: { version: c.version, referenceMonthlyIncome: value === '' ? null : Number(value) },
    });
    if (!r.error) setSaved(true);
  };
  return (
    <Group align="flex-end" mb="md" data-testid="reference-income">
      <NumberInput
        label={t('adviser.candidate.referenceLabel')}
        description={t('adviser.candidate.referenceHelp')}
        value={value}
        onChange={setValue}
        min={0}
        max={200000}
        thousandSeparator="."
        decimalSeparator=","
        error={fields.referenceMonthlyIncome ?? general}
        style={{ flex: '1 1 260px' }}
        data-testid="reference-income-input"
      />
      <Button variant="light" onClick={save} loading={result.fetching} data-testid="reference-income-save">
        {t('adviser.candidate.referenceSave')}
      </Button>
      {saved && (
        <Text size="sm" role="status">
          {t('adviser.candidate.referenceSaved')}
        </Text>
      )}
    </Group>
  );
}

/** IGU: the wage per month at the slot's hours beside what the person receives today. */
function IguWageLine({ monthly, hours, reference }: { monthly: number; hours: number; reference: number | null }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const diff = reference === null ? null : monthly - reference;
  return (
    <Text size="sm" data-testid="igu-wage">
      {t('adviser.candidate.iguMonthly', { amount: formatMoney(monthly, i18n.language), hours: f.num(hours) })}
      {' · '}
      {reference === null
        ? t('adviser.candidate.iguNoReference')
        : `${t('adviser.candidate.iguReference', { amount: formatMoney(reference, i18n.language) })} (${
            diff! >= 0
              ? t('adviser.candidate.iguMore', { amount: formatMoney(diff!, i18n.language) })
              : t('adviser.candidate.iguLess', { amount: formatMoney(-diff!, i18n.language) })
          })`}
    </Text>
  );
}

function SuggestedOpenings({ candidateId, reference }: { candidateId: string; reference: number | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [{ data, fetching, error }] = useQuery({
    query: AdviserOpeningsForCandidateDocument,
    variables: { candidateId, first: 5 },
  });
  if (!data) return <QueryState fetching={fetching} error={error} />;
  const openings = data.matchOpeningsForCandidate;
  if (!openings.length) return <Text c="dimmed">{t('adviser.candidate.openingsEmpty')}</Text>;
  return (
    <List listStyleType="none" spacing="sm" styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}>
      {openings.map((o, index) => {
        const opening = o.task ?? o.iguSlot;
        if (!opening) return null;
        const isTask = Boolean(o.task);
        const params = new URLSearchParams({ candidateId, companyId: opening.company.id });
        params.set(isTask ? 'taskId' : 'iguSlotId', opening.id);
        return (
          <List.Item key={opening.id}>
            <Paper withBorder p="sm" data-testid="opening">
              <Group justify="space-between" align="flex-start" wrap="wrap">
                <Stack gap={4} style={{ flex: '1 1 300px' }}>
                  <Group gap="xs">
                    <Title order={4} size="h5">
                      {opening.title}
                    </Title>
                    <Badge variant="outline" color="dark" size="sm">
                      {isTask ? t('adviser.candidate.task') : t('adviser.candidate.iguSlot')}
                    </Badge>
                    {o.task?.ordinaryHoursInSight && (
                      <Badge color="teal.9" size="sm">
                        {t('adviser.candidate.ordinaryInSight')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm">
                    {opening.company.name} · {t('adviser.candidate.weeklyHours', { hours: f.num(opening.weeklyHours) })}
                  </Text>
                  {o.iguSlot && (
                    <IguWageLine monthly={o.iguSlot.monthlyWage} hours={o.iguSlot.weeklyHours} reference={reference} />
                  )}
                  <details open={index === 0}>
                    <summary>
                      <Text span size="sm" fw={500}>
                        {t('adviser.candidate.why', { count: o.factors.filter((x) => x.weight > 0).length })}
                      </Text>
                    </summary>
                    <MatchFactors factors={o.factors} />
                  </details>
                </Stack>
                <Stack gap="xs" align="flex-end">
                  <ScoreBar score={o.score} label={t('adviser.candidate.score', { title: opening.title })} />
                  <Button
                    size="xs"
                    variant="light"
                    component={Link}
                    to={`/adviser/placements/new?${params.toString()}`}
                    aria-label={`${t('adviser.candidate.startHere')}: ${opening.title}`}
                  >
                    {t('adviser.candidate.startHere')}
                  </Button>
                </Stack>
              </Group>
            </Paper>
          </List.Item>
        );
      })}
    </List>
  );
}

function CandidatePlacements({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const paging = useConnection(SECTION_PAGE_SIZE);
  const [{ data, fetching, error }] = useQuery({
    query: AdviserCandidatePlacementsDocument,
    variables: { candidateId, ...paging.variables },
    requestPolicy: 'cache-and-network',
  });
  if (!data) return <QueryState fetching={fetching} error={error} />;
  const conn = data.placements;
  if (!conn.edges.length) return <Text c="dimmed">{t('adviser.candidate.placementsEmpty')}</Text>;
  return (
    <Stack gap="sm">
      {conn.edges.map(({ node: p }) => (
        <Paper key={p.id} withBorder p="sm" data-testid="candidate-placement">
          <Group justify="space-between" wrap="wrap">
            <Title order={4} size="h5">
              <Anchor component={Link} to={`/adviser/placements/${p.id}`}>
                {t('adviser.placement.title', {
                  type: enumLabel(t, 'placementType', p.type),
                  company: p.company.name,
                })}
              </Anchor>
            </Title>
            <Group gap="xs">
              <Badge
                variant={p.status === 'ACTIVE' ? 'filled' : 'outline'}
                color={p.status === 'ACTIVE' ? 'teal.9' : 'gray.8'}
              >
                {enumLabel(t, 'placementStatus', p.status)}
              </Badge>
              {p.outcome && (
                <Badge variant="outline" color="dark">
                  {t(`adviser.enums.outcome.${p.outcome}`)}
                </Badge>
              )}
            </Group>
          </Group>
          <Text size="sm" c="dimmed">
            {f.date(p.startDate)} – {f.date(p.endDate ?? p.plannedEndDate) || '…'}
            {p.status === 'ACTIVE' && p.weekNumber ? ` · ${t('adviser.common.week', { week: p.weekNumber })}` : ''}
          </Text>
          {p.followUps.length === 0 ? (
            <Text size="sm" c="dimmed" mt={4}>
              {t('adviser.candidate.noFollowUps')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={420} mt="xs">
              <Table
                withTableBorder={false}
                verticalSpacing={4}
                aria-label={t('adviser.candidate.followUpsCaption', { company: p.company.name })}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('adviser.placement.date')}</Table.Th>
                    <Table.Th scope="col">{t('adviser.placement.attended')}</Table.Th>
                    <Table.Th scope="col">{t('adviser.placement.ordinary')}</Table.Th>
                    <Table.Th scope="col">{t('adviser.placement.progress')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.followUps.map((fu) => (
                    <Table.Tr key={fu.id}>
                      <Table.Td>{f.date(fu.date)}</Table.Td>
                      <Table.Td>{t('adviser.common.hours', { hours: f.num(fu.attendedHours) })}</Table.Td>
                      <Table.Td>{t('adviser.common.hours', { hours: f.num(fu.ordinaryHours) })}</Table.Td>
                      <Table.Td>{enumLabel(t, 'progress', fu.progress)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      ))}
      {(conn.totalCount > SECTION_PAGE_SIZE || paging.page > 1) && <Pager {...paging.pagerProps(conn)} />}
    </Stack>
  );
}
