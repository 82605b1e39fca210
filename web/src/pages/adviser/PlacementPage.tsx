import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { AgreementPanel } from '../../components/AgreementPanel.js';
import { fieldErrors } from '../../components/form-errors.js';
import { HoursInput } from '../../components/HoursInput.js';
import { QueryState } from '../../components/QueryState.js';
import type { AdviserPlacementQuery, PlacementOutcome } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { formatMoney } from '../../i18n/format.js';
import { localName } from '../../i18n/names.js';
import { AdviserEndPlacementDocument } from './AdviserEndPlacement.operations.js';
import { AdviserPlacementDocument } from './AdviserPlacement.operations.js';
import { AdviserRecordFollowUpDocument } from './AdviserRecordFollowUp.operations.js';
import { AgreementChangeForm } from './AgreementChangeForm.js';
import { addDaysIso, todayIso, useFormat } from './format.js';
import { PlacementHoursChart } from './PlacementHoursChart.js';
import { Facts, Section } from './Section.js';

type Placement = NonNullable<AdviserPlacementQuery['placement']>;

export const OUTCOMES: PlacementOutcome[] = [
  'CONVERTED_TO_ORDINARY_HOURS',
  'COMPLETED',
  'IGU_STARTED',
  'EDUCATION_STARTED',
  'ENDED_EARLY',
];

/** One placement: details, hours plan, follow-ups; record a follow-up; end it with an outcome. */
export function PlacementPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AdviserPlacementDocument, variables: { id } });
  const p = data?.placement;
  if (!p) return <QueryState fetching={fetching} error={error} empty={!!data} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const candidateName = `${p.candidateFirstName} ${p.candidate?.lastName ?? ''}`.trim();
  const title = t('adviser.placement.title', {
    type: enumLabel(t, 'placementType', p.type),
    company: p.company.name,
  });
  const active = p.status === 'ACTIVE';
  // A change waiting for approval is not in force: the placement's own fields are the agreed terms, and the page
  // marks what the pending version would change (mentor, plan, learning goals, period) as pending beside them.
  const pending = p.pendingAgreement;
  const inForceNumber = p.agreementInForce?.number ?? null;
  const mentorPending = !!pending && (pending.terms.mentorName ?? '') !== (p.mentorName ?? '');
  const planPending =
    !!pending && JSON.stringify(planOf(pending.terms.hoursPlan)) !== JSON.stringify(planOf(p.hoursPlan));
  const goalsPending = !!pending && pending.terms.learningGoals !== p.learningGoals;
  const startPending = !!pending && pending.terms.startDate !== p.startDate;
  const endPending = !!pending && (pending.terms.plannedEndDate ?? null) !== (p.plannedEndDate ?? null);
  const pendingValue = (value: string, testid: string) => (
    <Text span size="sm" c="dimmed" display="block" data-testid={testid}>
      {t('agreement.pendingValue', { number: p.agreementVersion, value })}
    </Text>
  );

  return (
    <Stack gap="md" data-testid="placement-page">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="placement-title">
            {title}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge
              variant={active ? 'filled' : 'outline'}
              color={active ? 'teal.9' : 'gray.8'}
              data-testid="placement-status"
            >
              {enumLabel(t, 'placementStatus', p.status)}
            </Badge>
            {p.outcome && (
              <Badge variant="outline" color="dark" data-testid="placement-outcome">
                {t(`adviser.enums.outcome.${p.outcome}`)}
              </Badge>
            )}
          </Group>
        </div>
        {p.candidate && (
          <Button variant="default" component={Link} to={`/adviser/candidates/${p.candidate.id}`}>
            {t('adviser.placement.back', { name: p.candidateFirstName })}
          </Button>
        )}
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title={t('adviser.candidate.overview')}>
          <Facts
            items={[
              {
                label: t('adviser.placement.candidate'),
                value: p.candidate ? (
                  <Anchor component={Link} to={`/adviser/candidates/${p.candidate.id}`}>
                    {candidateName}
                  </Anchor>
                ) : (
                  candidateName
                ),
              },
              { label: t('adviser.placement.company'), value: p.company.name },
              {
                label: t('adviser.placement.startDate'),
                value: (
                  <span data-testid="placement-start">
                    {f.date(p.startDate)}
                    {startPending && pending && pendingValue(f.date(pending.terms.startDate), 'start-pending')}
                  </span>
                ),
              },
              p.endDate
                ? { label: t('adviser.placement.endDate'), value: f.date(p.endDate) }
                : {
                    label: t('adviser.placement.plannedEndDate'),
                    value: (
                      <span data-testid="placement-planned-end">
                        {f.date(p.plannedEndDate) || '–'}
                        {endPending &&
                          pending &&
                          pendingValue(f.date(pending.terms.plannedEndDate) || '–', 'planned-end-pending')}
                      </span>
                    ),
                  },
              { label: t('adviser.placement.week'), value: p.weekNumber ?? '–' },
              {
                label: t('adviser.placement.mentor'),
                value: (
                  <span data-testid="placement-mentor">
                    {p.mentorName || '–'}
                    {mentorPending && pending && pendingValue(pending.terms.mentorName || '–', 'mentor-pending')}
                  </span>
                ),
              },
              ...(p.task ? [{ label: t('adviser.placement.task'), value: p.task.title }] : []),
              ...(p.iguSlot ? [{ label: t('adviser.placement.iguSlot'), value: p.iguSlot.title }] : []),
              ...(active
                ? [
                    {
                      label: t('adviser.placement.nextFollowUpDue'),
                      value: p.nextFollowUpDue ? f.date(p.nextFollowUpDue) : '–',
                    },
                    {
                      label: t('adviser.placement.currentPlan'),
                      value: p.currentPlannedHours
                        ? t('adviser.placement.currentPlanValue', {
                            hours: f.num(p.currentPlannedHours.weeklyHours),
                            ordinary: f.num(p.currentPlannedHours.ordinaryHours),
                          })
                        : '–',
                    },
                  ]
                : []),
            ]}
          />
          {(p.learningGoals || goalsPending) && (
            <div>
              <Text size="sm" c="dimmed">
                {t('adviser.placement.learningGoals')}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="placement-goals">
                {p.learningGoals || '–'}
              </Text>
              {goalsPending && pending && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }} data-testid="goals-pending">
                  {t('agreement.pendingValue', {
                    number: p.agreementVersion,
                    value: pending.terms.learningGoals || '–',
                  })}
                </Text>
              )}
            </div>
          )}
          {p.outcome && (
            <Alert color="teal" variant="light" title={t('adviser.placement.outcome')} data-testid="outcome-box">
              <Text fw={600}>{t(`adviser.enums.outcome.${p.outcome}`)}</Text>
              {p.conversion && (
                <Text size="sm" data-testid="conversion-value">
                  {t('journal.conversion.value', {
                    hours: f.num(p.conversion.weeklyHours),
                    wage: formatMoney(p.conversion.hourlyWage, i18n.language),
                    date: f.date(p.conversion.startDate),
                  })}
                </Text>
              )}
              {p.outcomeNote && <Text size="sm">{p.outcomeNote}</Text>}
            </Alert>
          )}
        </Section>
        <Section title={t('adviser.placement.planTitle')} testid="plan-section">
          {planPending && pending ? (
            <>
              <Text size="sm" data-testid="plan-in-force-note">
                {t('agreement.inForcePlan', { number: inForceNumber, pending: p.agreementVersion })}
              </Text>
              <PlanTable plan={p.hoursPlan} current={p.currentPlannedHours?.fromWeek} testid="plan-in-force" />
              <Text size="sm" fw={600} data-testid="plan-pending-title">
                {t('agreement.pendingPlan', { number: p.agreementVersion })}
              </Text>
              <PlanTable plan={pending.terms.hoursPlan} testid="plan-pending" />
            </>
          ) : (
            <PlanTable plan={p.hoursPlan} current={p.currentPlannedHours?.fromWeek} testid="plan-in-force" />
          )}
        </Section>
        {p.type === 'IGU' && (
          <Section title={t('adviser.placement.schoolTitle')} testid="school-section">
            <SchoolTable p={p} />
          </Section>
        )}
      </SimpleGrid>

      {p.agreementVersion > 0 && (
        <Section title={t('agreement.title')} intro={t('agreement.intro')} testid="agreement-section">
          <AgreementPanel placementId={p.id} party="JOB_CENTRE" onApproved={reload} />
        </Section>
      )}

      {(active || p.status === 'DRAFT') && (
        <Section
          title={t('agreement.changeTitle')}
          intro={t('agreement.changeIntro')}
          testid="agreement-change-section"
        >
          <AgreementChangeForm p={p} onSaved={reload} />
        </Section>
      )}

      <Section title={t('adviser.placement.followUpsTitle')} testid="followups-section">
        <FollowUpsTable p={p} />
      </Section>

      <SimpleGrid cols={{ base: 1, md: active ? 2 : 1 }} spacing="md">
        {active && (
          <Section title={t('adviser.placement.recordTitle')} intro={t('adviser.placement.recordIntro')}>
            <FollowUpForm p={p} onSaved={reload} />
          </Section>
        )}
        <Section title={t('journal.chart.title')} testid="placement-chart-section">
          <PlacementHoursChart weeks={p.weeks} />
        </Section>
      </SimpleGrid>

      {active && (
        <Section title={t('adviser.placement.endTitle')} intro={t('adviser.placement.endIntro')}>
          <EndForm p={p} onSaved={reload} />
        </Section>
      )}
    </Stack>
  );
}

type PlanStep = Placement['hoursPlan'][number];
const planOf = (plan: readonly PlanStep[]) => plan.map((s) => [s.fromWeek, s.weeklyHours, s.ordinaryHours]);

function PlanTable({ plan, current, testid }: { plan: readonly PlanStep[]; current?: number; testid: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table aria-label={t('adviser.placement.planCaption')} data-testid={testid}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adviser.start.fromWeek')}</Table.Th>
            <Table.Th scope="col">{t('adviser.start.weeklyHours')}</Table.Th>
            <Table.Th scope="col">{t('adviser.start.ordinaryHours')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.map((s) => (
            <Table.Tr key={s.fromWeek} fw={s.fromWeek === current ? 700 : undefined}>
              <Table.Th scope="row" fw="inherit">
                {t('adviser.common.week', { week: s.fromWeek })}
                {s.fromWeek === current ? ` (${t('adviser.placement.currentPlan').toLowerCase()})` : ''}
              </Table.Th>
              <Table.Td>{t('adviser.common.hours', { hours: f.num(s.weeklyHours) })}</Table.Td>
              <Table.Td>{t('adviser.common.hours', { hours: f.num(s.ordinaryHours) })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** IGU: the school periods as dated blocks, with the weeks in all. */
function SchoolTable({ p }: { p: Placement }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!p.schoolPeriods.length) return <Text c="dimmed">{t('adviser.placement.schoolNone')}</Text>;
  const weeks = p.schoolPeriods.reduce((sum, s) => sum + s.weeks, 0);
  return (
    <>
      <Table.ScrollContainer minWidth={320}>
        <Table aria-label={t('adviser.placement.schoolCaption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('adviser.placement.schoolFrom')}</Table.Th>
              <Table.Th scope="col">{t('adviser.placement.schoolTo')}</Table.Th>
              <Table.Th scope="col">{t('adviser.placement.schoolWeeks')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.schoolPeriods.map((s) => (
              <Table.Tr key={s.startDate}>
                <Table.Td>{f.date(s.startDate)}</Table.Td>
                <Table.Td>{f.date(s.endDate)}</Table.Td>
                <Table.Td>{s.weeks}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" mt="xs">
        {t('adviser.placement.schoolTotal', { weeks })}
      </Text>
    </>
  );
}

/** The journal: every follow-up with who recorded it and when; corrected ones stay, marked. */
function FollowUpsTable({ p }: { p: Placement }) {
  const { t } = useTranslation();
  const f = useFormat();
  const history = p.followUpHistory;
  if (!history.length) return <Text c="dimmed">{t('adviser.placement.noFollowUps')}</Text>;
  const dateOf = new Map(history.map((fu) => [fu.id, fu.date]));
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped data-testid="followups-table" aria-label={t('journal.followUps.historyCaption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adviser.placement.date')}</Table.Th>
            <Table.Th scope="col">{t('adviser.placement.attended')}</Table.Th>
            <Table.Th scope="col">{t('adviser.placement.ordinary')}</Table.Th>
            <Table.Th scope="col">{t('adviser.placement.absence')}</Table.Th>
            <Table.Th scope="col">{t('adviser.placement.progress')}</Table.Th>
            <Table.Th scope="col">{t('adviser.placement.next')}</Table.Th>
            <Table.Th scope="col">{t('adviser.placement.note')}</Table.Th>
            <Table.Th scope="col">{t('journal.followUps.recordedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((fu) => (
            <Table.Tr
              key={fu.id}
              data-testid={fu.superseded ? 'followup-row-superseded' : 'followup-row'}
              c={fu.superseded ? 'dimmed' : undefined}
            >
              <Table.Th scope="row" fw={500}>
                <span style={fu.superseded ? { textDecoration: 'line-through' } : undefined}>{f.date(fu.date)}</span>
                {fu.superseded && (
                  <Badge ml={6} variant="outline" color="gray.8" title={t('journal.followUps.correctedHelp')}>
                    {t('journal.followUps.corrected')}
                  </Badge>
                )}
                {fu.correctsFollowUpId && (
                  <Text size="xs" c="dimmed">
                    {t('journal.followUps.correctsOf', { date: f.date(dateOf.get(fu.correctsFollowUpId)) })}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{t('adviser.common.hours', { hours: f.num(fu.attendedHours) })}</Table.Td>
              <Table.Td>{t('adviser.common.hours', { hours: f.num(fu.ordinaryHours) })}</Table.Td>
              <Table.Td>{fu.absenceDays}</Table.Td>
              <Table.Td>{enumLabel(t, 'progress', fu.progress)}</Table.Td>
              <Table.Td>{fu.nextFollowUpDate ? f.date(fu.nextFollowUpDate) : '–'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{fu.note}</Table.Td>
              <Table.Td data-testid="followup-recorded-by">
                {t('journal.followUps.recordedValue', {
                  who: fu.recordedBy.label,
                  when: f.dateTime(fu.recordedAt),
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The current follow-up already recorded for `date`, if any: a new one that day must say it corrects it. */
export function sameDayFollowUp<F extends { date: string }>(followUps: readonly F[], date: string): F | null {
  return followUps.find((fu) => fu.date === date) ?? null;
}

interface FollowUpValues {
  date: string;
  attendedHours: number | string;
  ordinaryHours: number | string;
  absenceDays: number | string;
  progress: string;
  nextFollowUpDate: string;
  note: string;
  confirmedCompetences: string[];
  corrects: boolean;
}

const n = (v: number | string) => (typeof v === 'number' ? v : Number(String(v).replace(',', '.')));

/** The competences a company can confirm: the person's own and those the task asks for. */
export function confirmableCompetences(p: Placement) {
  const all = [
    ...(p.candidate?.competences.map((c) => c.competence) ?? []),
    ...(p.task?.requiredCompetences.map((r) => r.competence) ?? []),
  ];
  return all.filter((c, i) => all.findIndex((x) => x.id === c.id) === i);
}

function FollowUpForm({ p, onSaved }: { p: Placement; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [state, record] = useMutation(AdviserRecordFollowUpDocument);
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const today = todayIso();
  const last = p.followUps.at(-1);
  const initial: FollowUpValues = {
    date: today,
    attendedHours: p.currentPlannedHours?.weeklyHours ?? last?.attendedHours ?? '',
    ordinaryHours: p.currentPlannedHours?.ordinaryHours ?? last?.ordinaryHours ?? 0,
    absenceDays: 0,
    progress: '3',
    nextFollowUpDate: addDaysIso(today, 14),
    note: '',
    confirmedCompetences: [],
    corrects: false,
  };
  const form = useForm<FollowUpValues>({
    initialValues: initial,
    validate: {
      date: (v) => (v ? null : t('adviser.start.errRequired')),
      corrects: (v, all) =>
        sameDayFollowUp(p.followUps, all.date) && !v ? t('journal.followUps.correctsRequired') : null,
      attendedHours: (v) => (v === '' || n(v) < 0 || n(v) > 37 ? t('adviser.start.errHours') : null),
      ordinaryHours: (v, all) =>
        v === ''
          ? t('adviser.start.errRequired')
          : n(v) > n(all.attendedHours)
            ? t('adviser.placement.errOrdinary')
            : null,
    },
  });
  const options = confirmableCompetences(p);
  const f = useFormat();
  const existing = sameDayFollowUp(p.followUps, form.values.date);

  const submit = form.onSubmit(async (v) => {
    setGeneral(null);
    setSaved(false);
    const result = await record({
      placementId: p.id,
      input: {
        date: v.date,
        attendedHours: n(v.attendedHours),
        ordinaryHours: n(v.ordinaryHours),
        absenceDays: Math.round(n(v.absenceDays) || 0),
        progress: Number(v.progress),
        nextFollowUpDate: v.nextFollowUpDate || null,
        note: v.note.trim() || null,
        confirmedCompetences: v.confirmedCompetences,
        correctsFollowUpId: existing && v.corrects ? existing.id : null,
      },
    });
    if (result.error) {
      const { fields, general: message } = fieldErrors(result.error);
      const { correctsFollowUpId, ...rest } = fields;
      form.setErrors(correctsFollowUpId ? { ...rest, corrects: correctsFollowUpId } : rest);
      setGeneral(message ?? t('adviser.common.checkFields'));
      return;
    }
    setSaved(true);
    form.setValues({ note: '', confirmedCompetences: [], absenceDays: 0, corrects: false });
    onSaved();
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('adviser.placement.recordTitle')} data-testid="followup-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ alignItems: 'end' }}>
          <TextInput
            type="date"
            label={t('adviser.placement.date')}
            required
            max={today}
            {...form.getInputProps('date')}
            onChange={(e) => {
              const date = e.currentTarget.value;
              // the next follow-up follows the date unless it was changed by hand
              if (date && form.values.nextFollowUpDate === addDaysIso(form.values.date || today, 14)) {
                form.setFieldValue('nextFollowUpDate', addDaysIso(date, 14));
              }
              form.setFieldValue('date', date);
            }}
          />
          <TextInput
            type="date"
            label={t('adviser.placement.nextFollowUpDate')}
            {...form.getInputProps('nextFollowUpDate')}
          />
          <HoursInput
            label={t('adviser.placement.attendedHours')}
            required
            data-testid="fu-attended"
            {...form.getInputProps('attendedHours')}
          />
          <HoursInput
            label={t('adviser.placement.ordinaryHours')}
            required
            data-testid="fu-ordinary"
            {...form.getInputProps('ordinaryHours')}
          />
          <NumberInput
            label={t('adviser.placement.absenceDays')}
            min={0}
            max={7}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('absenceDays')}
          />
        </SimpleGrid>
        <Radio.Group label={t('adviser.placement.progress')} required {...form.getInputProps('progress')}>
          <Stack gap={6} mt={6}>
            {['1', '2', '3', '4', '5'].map((v) => (
              <Radio key={v} value={v} label={enumLabel(t, 'progress', v)} />
            ))}
          </Stack>
        </Radio.Group>
        {options.length > 0 && (
          <Checkbox.Group
            label={t('adviser.placement.confirmed')}
            description={t('adviser.placement.confirmedHelp')}
            {...form.getInputProps('confirmedCompetences')}
          >
            <Stack gap={6} mt={6}>
              {options.map((c) => (
                <Checkbox key={c.id} value={c.id} label={localName(c, i18n.language)} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Textarea label={t('adviser.placement.note')} autosize minRows={2} {...form.getInputProps('note')} />
        {existing && (
          <Alert
            color="yellow"
            variant="light"
            title={t('journal.followUps.sameDayTitle', { date: f.date(existing.date) })}
            data-testid="same-day-notice"
          >
            <Stack gap="xs">
              <Text size="sm">
                {t('journal.followUps.sameDayText', {
                  who: existing.recordedBy.label,
                  when: f.dateTime(existing.recordedAt),
                  attended: f.num(existing.attendedHours),
                  ordinary: f.num(existing.ordinaryHours),
                })}
              </Text>
              <Checkbox
                label={t('journal.followUps.correctsLabel')}
                description={t('journal.followUps.correctsHint')}
                data-testid="fu-corrects"
                {...form.getInputProps('corrects', { type: 'checkbox' })}
              />
            </Stack>
          </Alert>
        )}
        {general && (
          <Alert color="red" role="alert" title={t('adviser.common.saveFailed')}>
            {general}
          </Alert>
        )}
        {saved && (
          <Text role="status" c="teal.9" fw={600} data-testid="followup-saved">
            {t('adviser.placement.recorded')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={state.fetching} data-testid="followup-submit">
            {t('adviser.placement.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface EndValues {
  outcome: string;
  endDate: string;
  note: string;
  conversion: { weeklyHours: number | string; hourlyWage: number | string; startDate: string };
}

const CONVERTED: PlacementOutcome = 'CONVERTED_TO_ORDINARY_HOURS';

function EndForm({ p, onSaved }: { p: Placement; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [state, end] = useMutation(AdviserEndPlacementDocument);
  const [general, setGeneral] = useState<string | null>(null);
  const today = todayIso();
  const decimal = i18n.language === 'en' ? '.' : ',';
  const form = useForm<EndValues>({
    initialValues: {
      outcome: '',
      endDate: today,
      note: '',
      conversion: { weeklyHours: '', hourlyWage: '', startDate: '' },
    },
    validate: {
      outcome: (v) => (v ? null : t('adviser.start.errRequired')),
      endDate: (v) => (v ? null : t('adviser.start.errRequired')),
      conversion: {
        weeklyHours: (v, all) =>
          all.outcome === CONVERTED && (v === '' || !(n(v) > 0) || n(v) > 37) ? t('journal.conversion.errHours') : null,
        hourlyWage: (v, all) =>
          all.outcome === CONVERTED && (v === '' || !(n(v) > 0) || n(v) > 1000)
            ? t('journal.conversion.errWage')
            : null,
        startDate: (v, all) => (all.outcome === CONVERTED && !v ? t('journal.conversion.errDate') : null),
      },
    },
  });
  const converted = form.values.outcome === CONVERTED;
  if (!open) {
    return (
      <Group>
        <Button variant="default" c="red.9" onClick={() => setOpen(true)} data-testid="end-open">
          {t('adviser.placement.endOpen')}
        </Button>
      </Group>
    );
  }
  const submit = form.onSubmit(async (v) => {
    setGeneral(null);
    const result = await end({
      placementId: p.id,
      outcome: v.outcome as PlacementOutcome,
      endDate: v.endDate,
      note: v.note.trim() || null,
      conversion:
        v.outcome === CONVERTED
          ? {
              weeklyHours: n(v.conversion.weeklyHours),
              hourlyWage: n(v.conversion.hourlyWage),
              startDate: v.conversion.startDate,
            }
          : null,
    });
    if (result.error) {
      const { fields, general: message } = fieldErrors(result.error);
      const { placementId, ...rest } = fields;
      form.setErrors(rest);
      setGeneral(placementId ?? message ?? t('adviser.common.checkFields'));
      return;
    }
    onSaved();
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('adviser.placement.endTitle')} data-testid="end-form">
      <Stack gap="sm">
        <Radio.Group label={t('adviser.placement.outcome')} required {...form.getInputProps('outcome')}>
          <Stack gap="xs" mt={6}>
            {OUTCOMES.map((o) => (
              <Radio
                key={o}
                value={o}
                label={t(`adviser.enums.outcome.${o}`)}
                description={t(`adviser.enums.outcomeHelp.${o}`)}
                data-testid={`outcome-${o}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        {converted && (
          <fieldset style={{ border: 0, padding: 0, margin: 0 }} data-testid="conversion-fields">
            <legend>
              <Text fw={600}>{t('journal.conversion.title')}</Text>
            </legend>
            <Text size="sm" c="dimmed" mb="xs">
              {t('journal.conversion.intro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <HoursInput
                label={t('journal.conversion.weeklyHours')}
                required
                clampBehavior="none"
                data-testid="conv-hours"
                {...form.getInputProps('conversion.weeklyHours')}
              />
              <NumberInput
                label={t('journal.conversion.hourlyWage')}
                required
                min={0}
                decimalScale={2}
                decimalSeparator={decimal}
                allowNegative={false}
                clampBehavior="none"
                data-testid="conv-wage"
                {...form.getInputProps('conversion.hourlyWage')}
              />
              <TextInput
                type="date"
                label={t('journal.conversion.startDate')}
                required
                min={p.startDate}
                data-testid="conv-start"
                {...form.getInputProps('conversion.startDate')}
              />
            </SimpleGrid>
          </fieldset>
        )}
        <TextInput
          type="date"
          label={t('adviser.placement.endDateField')}
          required
          min={p.startDate}
          max={today}
          {...form.getInputProps('endDate')}
        />
        <Textarea label={t('adviser.placement.endNote')} autosize minRows={2} {...form.getInputProps('note')} />
        {general && (
          <Alert color="red" role="alert" title={t('adviser.common.saveFailed')}>
            {general}
          </Alert>
        )}
        <Group>
          <Button type="submit" color="red.9" loading={state.fetching} data-testid="end-submit">
            {t('adviser.placement.endSubmit')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('adviser.common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
