import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isFilled, takesPeople } from '../../components/openings.js';
import { QueryState } from '../../components/QueryState.js';
import { enumLabel } from '../../i18n/enums.js';
import { formatMoney } from '../../i18n/format.js';
import { localName } from '../../i18n/names.js';
import { IguStatusBadge } from './badges.js';
import { Facts } from './Facts.js';
import { formatDate, formatHours } from './format.js';
import { ConsultantIguSlotDocument, ConsultantIguSlotMatchesDocument } from './IguSlotPage.operations.js';
import { RequiredCompetences } from './RequiredCompetences.js';
import { Shortlist } from './Shortlist.js';
import { Suggestions } from './Suggestions.js';

/** An IGU slot and the IGU-eligible candidates the matching suggests for it. */
export function IguSlotPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: ConsultantIguSlotDocument, variables: { id } });
  const slot = data?.iguSlot;
  // A closed or filled slot gets no suggestions: the server would refuse, so don't ask.
  const [matches] = useQuery({
    query: ConsultantIguSlotMatchesDocument,
    variables: { iguSlotId: id },
    pause: !slot || !takesPeople(slot),
  });

  if (!slot) {
    return (
      <Stack>
        <QueryState fetching={fetching} error={error} />
        {!fetching && !error && <Text>{t('consultant.igu.notFound')}</Text>}
      </Stack>
    );
  }
  const lang = i18n.language;
  const required = slot.requiredCompetences.map((r) => ({
    competenceId: r.competence.id,
    name: localName(r.competence, lang),
    minLevel: r.minLevel,
  }));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/consultant/companies/${slot.company.id}`} size="sm">
        {t('consultant.task.backTo', { company: slot.company.name })}
      </Anchor>
      <Stack gap={4}>
        <Title order={2} data-testid="igu-title">
          {slot.title}
        </Title>
        <Group gap="xs">
          <IguStatusBadge status={slot.status} openingsLeft={slot.openingsLeft} />
          <Text size="sm" c="dimmed">
            {t('consultant.igu.at', {
              company: slot.company.name,
              sector: t(`consultant.enum.sector.${slot.company.sector}`),
            })}
          </Text>
        </Group>
      </Stack>
      <Paper withBorder p="md" component="section" aria-labelledby="igu-details">
        <Title order={3} id="igu-details" mb="sm">
          {t('consultant.igu.details')}
        </Title>
        <Stack gap="sm">
          {slot.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{slot.description}</Text>}
          <Facts
            cols={3}
            items={[
              [t('consultant.company.industry'), `${slot.industry.code} ${localName(slot.industry, i18n.language)}`],
              [t('consultant.igu.startDate'), formatDate(slot.startDate, lang)],
              [t('consultant.task.weeklyHours'), formatHours(slot.weeklyHours, lang)],
              [t('consultant.igu.hourlyWage'), formatMoney(slot.hourlyWage, lang)],
              [t('consultant.task.openings'), String(slot.openings)],
              [t('consultant.task.openingsLeft'), String(slot.openingsLeft)],
              [t('consultant.task.danishLevel'), enumLabel(t, 'danishLevel', slot.danishLevel)],
              [t('consultant.company.postcode'), slot.postcode],
            ]}
          />
          <RequiredCompetences required={required} />
          <Text size="sm" c="dimmed">
            {t('consultant.igu.rules')}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Shortlist opening={{ kind: 'iguSlot', id: slot.id }} open={slot.status === 'OPEN'} />
      </Paper>
      <Suggestions
        opening={{ kind: 'iguSlot', id: slot.id, open: takesPeople(slot), filled: isFilled(slot) }}
        matches={matches.data?.matchCandidatesForIguSlot}
        fetching={matches.fetching}
        error={matches.error}
        needs={{
          required,
          danishLevel: slot.danishLevel,
          weeklyHours: slot.weeklyHours,
        }}
      />
    </Stack>
  );
}
