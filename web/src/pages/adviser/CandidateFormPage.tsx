import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { fieldErrors } from '../../components/form-errors.js';
import { IndustryMultiSelect } from '../../components/IndustrySelect.js';
import { QueryState } from '../../components/QueryState.js';
import { enumLabel } from '../../i18n/enums.js';
import { AdviserCandidateDocument } from './AdviserCandidate.operations.js';
import { AdviserCreateCandidateDocument } from './AdviserCreateCandidate.operations.js';
import { AdviserSetCandidateCompetencesDocument } from './AdviserSetCandidateCompetences.operations.js';
import { AdviserUpdateCandidateDocument } from './AdviserUpdateCandidate.operations.js';
import { CompetencesEditor } from './CompetencesEditor.js';
import {
  ACTIVITIES,
  type CandidateValues,
  DANISH,
  EMPTY,
  formPath,
  inputFrom,
  READINESS,
  RECOGNITION,
  RESIDENCE,
  STATUSES,
  TARGET_GROUPS,
  valuesFrom,
} from './candidate-form-values.js';
import { AddRowButton, EnumSelect, ListError, RemovableRow } from './FormRows.js';
import { todayIso } from './format.js';
import { LockIcon } from './LockIcon.js';
import { Section } from './Section.js';

const isConflict = (e: CombinedError | undefined) => e?.graphQLErrors.some((g) => g.extensions?.code === 'CONFLICT');

/** Create a person or edit one: every field of the record, competences included. */
export function CandidateFormPage() {
  const { id } = useParams();
  const [{ data, fetching, error }, reload] = useQuery({
    query: AdviserCandidateDocument,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const [generation, setGeneration] = useState(0);
  if (!id) return <CandidateForm initial={{ ...EMPTY, enrolledOn: todayIso() }} />;
  if (!data) return <QueryState fetching={fetching} error={error} />;
  if (!data.candidate) return <QueryState fetching={false} empty />;
  return (
    <CandidateForm
      key={`${data.candidate.version}-${generation}`}
      initial={valuesFrom(data.candidate)}
      candidateId={data.candidate.id}
      version={data.candidate.version}
      onReload={() => {
        reload({ requestPolicy: 'network-only' });
        setGeneration((g) => g + 1);
      }}
    />
  );
}

function CandidateForm({
  initial,
  candidateId,
  version,
  onReload,
}: {
  initial: CandidateValues;
  candidateId?: string;
  version?: number;
  onReload?: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const carried = (location.state as { competencesError?: string } | null)?.competencesError ?? null;
  const [general, setGeneral] = useState<string | null>(carried);
  const [conflict, setConflict] = useState(false);
  // Asked for only after the server said the week goes over full time (issue 16.3).
  const [needsReason, setNeedsReason] = useState(false);
  const [weekReason, setWeekReason] = useState('');
  const [createState, create] = useMutation(AdviserCreateCandidateDocument);
  const [updateState, update] = useMutation(AdviserUpdateCandidateDocument);
  const [competencesState, setCompetences] = useMutation(AdviserSetCandidateCompetencesDocument);
  const required = (v: string) => (v.trim() ? null : t('adviser.start.errRequired'));
  const form = useForm<CandidateValues>({
    initialValues: initial,
    validate: {
      firstName: required,
      lastName: required,
      birthDate: required,
      postcode: (v) => (/^\d{4}$/.test(v.trim()) ? null : t('adviser.start.errRequired')),
    },
  });
  const editing = Boolean(candidateId);

  const submit = form.onSubmit(async (values) => {
    setGeneral(null);
    setConflict(false);
    const input = { ...inputFrom(values), weekExceptionReason: needsReason ? weekReason.trim() || null : null };
    let savedId = candidateId;
    const result = editing
      ? await update({ id: candidateId!, input: { ...input, status: values.status, version: version! } })
      : await create({ input });
    if (result.error) {
      if (isConflict(result.error)) {
        setConflict(true);
        return;
      }
      if (result.error.graphQLErrors.some((e) => e.extensions?.weekExceptionNeeded)) setNeedsReason(true);
      const { fields, general: message } = fieldErrors(result.error);
      const mapped = Object.fromEntries(Object.entries(fields).map(([k, v]) => [formPath(k), v]));
      form.setErrors(mapped);
      setGeneral(message ?? t('adviser.common.checkFields'));
      return;
    }
    if (!editing) savedId = (result.data as { createCandidate?: { id: string } } | undefined)?.createCandidate?.id;
    if (!savedId) return;
    const competencesChanged = JSON.stringify(values.competences) !== JSON.stringify(initial.competences);
    if (competencesChanged) {
      const c = await setCompetences({
        candidateId: savedId,
        competences: values.competences.map((x) => ({
          competenceId: x.competenceId,
          level: x.level,
          evidence: x.evidence,
        })),
      });
      if (c.error) {
        const message = t('adviser.form.competencesFailed', {
          message: fieldErrors(c.error).general ?? Object.values(fieldErrors(c.error).fields)[0] ?? '',
        });
        if (!editing) {
          navigate(`/adviser/candidates/${savedId}/edit`, { replace: true, state: { competencesError: message } });
        } else {
          form.setFieldError('competences', message);
          setGeneral(message);
        }
        return;
      }
    }
    navigate(`/adviser/candidates/${savedId}`);
  });

  const busy = createState.fetching || updateState.fetching || competencesState.fetching;
  const name = `${initial.firstName} ${initial.lastName}`.trim();
  const hoursProps = { min: 0, max: 37, step: 0.5, decimalScale: 1, allowNegative: false } as const;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="candidate-form-title" data-testid="candidate-form">
      <Stack>
        <ErrorSummary errors={form.errors} />
        <Group justify="space-between">
          <Title order={2} id="candidate-form-title">
            {editing ? t('adviser.form.editTitle', { name }) : t('adviser.form.newTitle')}
          </Title>
          <Button
            variant="default"
            component={Link}
            to={editing ? `/adviser/candidates/${candidateId}` : '/adviser/candidates'}
          >
            {t('adviser.common.cancel')}
          </Button>
        </Group>

        {conflict && (
          <Alert color="orange" role="alert" title={t('adviser.common.saveFailed')} data-testid="conflict">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('adviser.common.conflict')}</Text>
              <Button size="xs" variant="default" onClick={onReload}>
                {t('adviser.common.reload')}
              </Button>
            </Stack>
          </Alert>
        )}

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Section title={t('adviser.form.personal')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('adviser.form.firstName')} required {...form.getInputProps('firstName')} />
              <TextInput label={t('adviser.form.lastName')} required {...form.getInputProps('lastName')} />
              <TextInput
                type="date"
                label={t('adviser.form.birthDate')}
                required
                {...form.getInputProps('birthDate')}
              />
              <TextInput
                label={t('adviser.form.postcode')}
                required
                inputMode="numeric"
                maxLength={4}
                autoComplete="postal-code"
                {...form.getInputProps('postcode')}
              />
            </SimpleGrid>
            <TextInput
              label={t('adviser.form.externalId')}
              description={t('adviser.form.externalIdHelp')}
              maxLength={64}
              {...form.getInputProps('externalId')}
            />
            <EnumSelect
              label={t('adviser.form.residenceCategory')}
              description={t('adviser.form.residenceHelp')}
              values={RESIDENCE}
              labelOf={(r) => t(`adviser.enums.residence.${r}`)}
              {...form.getInputProps('residenceCategory')}
            />
            <TextInput
              type="date"
              label={t('adviser.form.arrivalDate')}
              description={t('adviser.form.arrivalHelp')}
              {...form.getInputProps('arrivalDate')}
            />
          </Section>

          <Section title={t('adviser.form.caseTitle')}>
            <EnumSelect
              label={t('adviser.form.targetGroup')}
              values={TARGET_GROUPS}
              labelOf={(g) => t(`adviser.enums.targetGroup.${g}`)}
              {...form.getInputProps('targetGroup')}
            />
            <EnumSelect
              label={t('adviser.form.readiness')}
              values={READINESS}
              labelOf={(r) => enumLabel(t, 'readiness', r)}
              {...form.getInputProps('readiness')}
            />
            <TextInput
              type="date"
              label={t('adviser.form.enrolledOn')}
              max={todayIso()}
              {...form.getInputProps('enrolledOn')}
            />
            {editing && (
              <EnumSelect
                label={t('adviser.form.status')}
                values={STATUSES}
                labelOf={(s) => t(`adviser.enums.candidateStatus.${s}`)}
                {...form.getInputProps('status')}
              />
            )}
          </Section>

          <Section title={t('adviser.form.languageTitle')}>
            <EnumSelect
              label={t('adviser.form.danishLevel')}
              values={DANISH}
              labelOf={(d) => enumLabel(t, 'danishLevel', d)}
              {...form.getInputProps('danishLevel')}
            />
            <TextInput
              label={t('adviser.form.danishModule')}
              placeholder={t('adviser.form.danishModulePlaceholder')}
              {...form.getInputProps('danishModule')}
            />
            <TagsInput
              label={t('adviser.form.languages')}
              description={t('adviser.form.languagesHelp')}
              {...form.getInputProps('languages')}
            />
          </Section>

          <Section title={t('adviser.form.hoursTitle')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ alignItems: 'end' }}>
              <NumberInput
                label={t('adviser.form.availableWeeklyHours')}
                {...hoursProps}
                {...form.getInputProps('availableWeeklyHours')}
              />
              <NumberInput
                label={t('adviser.form.goalWeeklyHours')}
                description={t('adviser.form.goalHelp')}
                placeholder={t('adviser.form.goalPlaceholder')}
                {...hoursProps}
                min={0.5}
                {...form.getInputProps('goalWeeklyHours')}
              />
              <NumberInput
                label={t('adviser.form.currentOrdinaryHours')}
                {...hoursProps}
                {...form.getInputProps('currentOrdinaryHours')}
              />
            </SimpleGrid>
            <IndustryMultiSelect
              label={t('adviser.form.industriesWished')}
              {...form.getInputProps('industriesWished')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NumberInput
                label={t('adviser.form.maxCommuteKm')}
                min={0}
                max={300}
                allowDecimal={false}
                {...form.getInputProps('maxCommuteKm')}
              />
              <Switch
                mt={{ sm: 30 }}
                label={t('adviser.form.hasDrivingLicence')}
                {...form.getInputProps('hasDrivingLicence', { type: 'checkbox' })}
              />
            </SimpleGrid>
          </Section>
        </SimpleGrid>

        <Section title={t('adviser.form.competencesTitle')} testid="competences-section">
          <Text size="sm" c="dimmed">
            {t('adviser.form.competencesHelp')}
          </Text>
          <CompetencesEditor
            value={form.values.competences}
            onChange={(next) => form.setFieldValue('competences', next)}
            error={form.errors.competences as string | undefined}
          />
        </Section>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Section title={t('adviser.form.educationTitle')}>
            <Textarea label={t('adviser.form.education')} autosize minRows={3} {...form.getInputProps('education')} />
            <Text fw={600} size="sm">
              {t('adviser.form.foreignEducations')}
            </Text>
            {form.values.foreignEducations.map((row, i) => (
              <RemovableRow
                key={row.key}
                removeLabel={t('adviser.form.removeEducation', { n: i + 1 })}
                onRemove={() => form.removeListItem('foreignEducations', i)}
              >
                <TextInput
                  label={t('adviser.form.educationTitleField')}
                  required
                  {...form.getInputProps(`foreignEducations.${i}.title`)}
                />
                <NumberInput
                  label={t('adviser.form.years')}
                  min={0}
                  max={30}
                  allowDecimal={false}
                  {...form.getInputProps(`foreignEducations.${i}.years`)}
                />
                <EnumSelect
                  label={t('adviser.form.recognition')}
                  values={RECOGNITION}
                  labelOf={(r) => t(`adviser.enums.recognition.${r}`)}
                  {...form.getInputProps(`foreignEducations.${i}.recognitionStatus`)}
                />
              </RemovableRow>
            ))}
            <ListError error={form.errors.foreignEducations} />
            <AddRowButton
              label={t('adviser.form.addEducation')}
              onClick={() =>
                form.insertListItem('foreignEducations', {
                  key: randomId(),
                  title: '',
                  years: '',
                  recognitionStatus: 'NOT_APPLIED',
                })
              }
            />
          </Section>

          <Section title={t('adviser.form.activitiesTitle')}>
            <Text size="sm" c="dimmed">
              {t('adviser.form.activitiesHelp')}
            </Text>
            {form.values.weeklyActivities.map((row, i) => (
              <RemovableRow
                key={row.key}
                removeLabel={t('adviser.form.removeActivity', { n: i + 1 })}
                onRemove={() => form.removeListItem('weeklyActivities', i)}
              >
                <EnumSelect
                  label={t('adviser.form.activityKind')}
                  values={ACTIVITIES}
                  labelOf={(a) => t(`adviser.enums.activity.${a}`)}
                  {...form.getInputProps(`weeklyActivities.${i}.kind`)}
                />
                <TextInput
                  label={t('adviser.form.activityLabel')}
                  required
                  {...form.getInputProps(`weeklyActivities.${i}.label`)}
                />
                <NumberInput
                  label={t('adviser.form.activityHours')}
                  {...hoursProps}
                  min={0.5}
                  {...form.getInputProps(`weeklyActivities.${i}.weeklyHours`)}
                />
              </RemovableRow>
            ))}
            <ListError error={form.errors.weeklyActivities} />
            {needsReason && (
              <Textarea
                label={t('progress.week.reasonLabel')}
                description={t('progress.week.reasonHelp')}
                autosize
                minRows={2}
                value={weekReason}
                onChange={(e) => setWeekReason(e.currentTarget.value)}
                error={form.errors.weekExceptionReason}
                data-testid="week-exception-reason"
              />
            )}
            <AddRowButton
              label={t('adviser.form.addActivity')}
              onClick={() =>
                form.insertListItem('weeklyActivities', {
                  key: randomId(),
                  kind: 'DANISH_CLASS',
                  label: t('adviser.enums.activity.DANISH_CLASS'),
                  weeklyHours: 8,
                })
              }
            />
          </Section>

          <Section title={t('adviser.form.summaryTitle')}>
            <Textarea
              label={t('adviser.form.summary')}
              description={t('adviser.form.summaryHelp')}
              autosize
              minRows={3}
              {...form.getInputProps('summary')}
            />
          </Section>

          <Section title={t('adviser.form.consentTitle')}>
            <Switch
              label={t('adviser.form.consent')}
              description={t('adviser.form.consentHelp')}
              data-testid="consent-switch"
              {...form.getInputProps('consentToShare', { type: 'checkbox' })}
            />
          </Section>
        </SimpleGrid>

        <Paper
          withBorder
          p="md"
          component="section"
          style={{ borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 }}
          data-testid="sensitive-section"
        >
          <Group gap="xs" mb="xs">
            <Title order={3} size="h4">
              {t('adviser.form.sensitiveTitle')}
            </Title>
            <Badge color="red.9" variant="filled" leftSection={<LockIcon />}>
              {t('adviser.form.sensitiveBadge')}
            </Badge>
          </Group>
          <Text size="sm" mb="xs">
            {t('adviser.form.sensitiveText')}
          </Text>
          <Textarea
            label={t('adviser.form.accommodationNeeds')}
            autosize
            minRows={2}
            {...form.getInputProps('accommodationNeeds')}
          />
        </Paper>

        {general && !conflict && (
          <Alert color="red" role="alert" title={t('adviser.common.saveFailed')} data-testid="form-error">
            {general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy} data-testid="candidate-submit">
            {editing ? t('adviser.form.submitEdit') : t('adviser.form.submitNew')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
