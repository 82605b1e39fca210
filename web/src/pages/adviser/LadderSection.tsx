import { Alert, Badge, Button, Group, Paper, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { fieldErrors } from '../../components/form-errors.js';
import type { AdviserCandidateQuery } from '../../gql/graphql.js';
import { AdviserCorrectLadderStepDocument } from './AdviserCorrectLadderStep.operations.js';
import { useFormat } from './format.js';
import { Section } from './Section.js';

type Candidate = NonNullable<AdviserCandidateQuery['candidate']>;
type Step = AdviserCandidateQuery['ladderSteps'][number];

/** The person's step on the progression ladder (issue 16.5): every step, the current one marked, and the moves. */
export function LadderSection({ c, steps }: { c: Candidate; steps: Step[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [correcting, setCorrecting] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const current = c.ladderStep;
  if (!current) return null;
  // The server says which steps below the current one the person never stood on (features/ladder skippedSteps):
  // a person who went from assessment straight to a wage subsidy skipped the internship step.
  const skippedKeys = new Set(c.ladderSkipped.map((s) => s.key));
  return (
    <Section title={t('progress.ladder.title')} intro={t('progress.ladder.intro')} testid="ladder-section">
      <Text fw={600} data-testid="ladder-current">
        {t('progress.ladder.current', { step: current.label })} (
        {t('progress.ladder.stepOf', { n: current.position, of: steps.length })})
      </Text>
      <Group
        gap={6}
        component="ol"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        aria-label={t('progress.ladder.title')}
      >
        {steps.map((s) => {
          const below = s.position < current.position;
          const skipped = below && skippedKeys.has(s.key);
          return (
            <li
              key={s.key}
              aria-current={s.key === current.key ? 'step' : undefined}
              data-testid={skipped ? 'ladder-step-skipped' : below ? 'ladder-step-reached' : 'ladder-step'}
            >
              <Badge
                size="lg"
                radius="sm"
                variant={s.key === current.key ? 'filled' : 'outline'}
                color={s.key === current.key ? 'indigo.9' : 'dark'}
                // Skipped: a dashed outline and no tick, and said in words (colour alone would not tell).
                style={skipped ? { borderStyle: 'dashed' } : undefined}
              >
                {below && !skipped ? <span aria-hidden>✓ </span> : null}
                {s.position}. {s.label}
                {below && (
                  <Text span size="xs" fw={400} tt="none">
                    {' '}
                    ({skipped ? t('progress.ladder.skipped') : t('progress.ladder.reached')})
                  </Text>
                )}
              </Badge>
            </li>
          );
        })}
      </Group>
      {saved && (
        <Text size="sm" role="status" data-testid="ladder-corrected">
          {saved}
        </Text>
      )}
      {correcting ? (
        <CorrectStepForm
          c={c}
          steps={steps}
          onDone={(label) => {
            setCorrecting(false);
            setSaved(label ? t('progress.ladder.correctSaved', { step: label }) : null);
          }}
        />
      ) : (
        c.ladderCorrectable && (
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                setSaved(null);
                setCorrecting(true);
              }}
              data-testid="ladder-correct"
            >
              {t('progress.ladder.correct')}
            </Button>
          </Group>
        )
      )}
      {c.ladderHistory.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="ladder-empty">
          {t('progress.ladder.noHistory')}
        </Text>
      ) : (
        <Table data-testid="ladder-history">
          <Table.Caption>{t('progress.ladder.historyCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('progress.ladder.date')}</Table.Th>
              <Table.Th>{t('progress.ladder.step')}</Table.Th>
              <Table.Th>{t('progress.ladder.event')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.ladderHistory.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{f.date(h.date)}</Table.Td>
                <Table.Td>
                  {h.fromStep.label} → <strong>{h.toStep.label}</strong>
                </Table.Td>
                <Table.Td>
                  {h.placementId ? (
                    <Link to={`/adviser/placements/${h.placementId}`}>{t(`progress.ladder.events.${h.event}`)}</Link>
                  ) : (
                    t(`progress.ladder.events.${h.event}`)
                  )}
                  {h.event === 'CORRECTED' && h.reason && (
                    <Text size="sm" c="dimmed" data-testid="ladder-correction-reason">
                      {t('progress.ladder.correctedBy', { name: h.correctedBy ?? '–', reason: h.reason })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

/** The adviser's correction of the step by hand: the new step and a reason (both required). */
function CorrectStepForm({
  c,
  steps,
  onDone,
}: {
  c: Candidate;
  steps: Step[];
  onDone: (label: string | null) => void;
}) {
  const { t } = useTranslation();
  const [result, correct] = useMutation(AdviserCorrectLadderStepDocument);
  const [general, setGeneral] = useState<string | null>(null);
  const form = useForm({
    initialValues: { step: '', reason: '' },
    validate: {
      step: (v) => (v ? null : t('progress.ladder.correctStepRequired')),
      reason: (v) => (v.trim() ? null : t('progress.ladder.correctReasonRequired')),
    },
  });
  const submit = form.onSubmit(async (v) => {
    setGeneral(null);
    const r = await correct({
      candidateId: c.id,
      input: { version: c.version, step: v.step, reason: v.reason.trim() },
    });
    if (r.error) {
      const { fields, general: message } = fieldErrors(r.error);
      form.setErrors(fields);
      setGeneral(message);
      return;
    }
    onDone(r.data?.correctLadderStep.ladderStep?.label ?? null);
  });
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('progress.ladder.correctTitle')}>
      <form onSubmit={submit} noValidate data-testid="ladder-correct-form">
        <Stack gap="sm">
          <Title order={4} size="h5">
            {t('progress.ladder.correctTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('progress.ladder.correctHelp')}
          </Text>
          <Select
            label={t('progress.ladder.correctStep')}
            required
            data={steps
              .filter((s) => s.key !== c.ladderStep?.key)
              .map((s) => ({ value: s.key, label: `${s.position}. ${s.label}` }))}
            data-testid="ladder-correct-step"
            {...form.getInputProps('step')}
            onChange={(value) => form.setFieldValue('step', value ?? '')}
          />
          <Textarea
            label={t('progress.ladder.correctReason')}
            required
            autosize
            minRows={2}
            maxLength={1000}
            data-testid="ladder-correct-reason"
            {...form.getInputProps('reason')}
          />
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={result.fetching} data-testid="ladder-correct-save">
              {t('progress.ladder.correctSave')}
            </Button>
            <Button variant="default" onClick={() => onDone(null)}>
              {t('progress.ladder.correctCancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
