import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { isFilled, takesPeople } from '../../components/openings.js';
import { QueryState } from '../../components/QueryState.js';
import { enumLabel } from '../../i18n/enums.js';
import { localName } from '../../i18n/names.js';
import { TaskStatusBadge } from './badges.js';
import { Facts } from './Facts.js';
import { formatHours } from './format.js';
import { RequiredCompetences } from './RequiredCompetences.js';
import { Shortlist } from './Shortlist.js';
import { Suggestions } from './Suggestions.js';
import { ConsultantTaskDocument, ConsultantTaskMatchesDocument } from './TaskPage.operations.js';

/** An unsolved task and the candidates the matching suggests for it. */
export function TaskPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: ConsultantTaskDocument, variables: { id } });
  const task = data?.task;
  // A closed or filled task gets no suggestions: the server would refuse, so don't ask.
  const [matches] = useQuery({
    query: ConsultantTaskMatchesDocument,
    variables: { taskId: id },
    pause: !task || !takesPeople(task),
  });

  if (!task) {
    return (
      <Stack>
        <QueryState fetching={fetching} error={error} />
        {!fetching && !error && <Text>{t('consultant.task.notFound')}</Text>}
      </Stack>
    );
  }
  const lang = i18n.language;
  const required = task.requiredCompetences.map((r) => ({
    competenceId: r.competence.id,
    name: localName(r.competence, lang),
    minLevel: r.minLevel,
  }));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/consultant/companies/${task.company.id}`} size="sm">
        {t('consultant.task.backTo', { company: task.company.name })}
      </Anchor>
      <Stack gap={4}>
        <Title order={2} data-testid="task-title">
          {task.title}
        </Title>
        <Group gap="xs">
          <TaskStatusBadge status={task.status} openingsLeft={task.openingsLeft} />
          <Text size="sm" c="dimmed">
            {t('consultant.task.at', { company: task.company.name })}
          </Text>
        </Group>
      </Stack>

      <Paper withBorder p="md" component="section" aria-labelledby="task-details">
        <Title order={3} id="task-details" mb="sm">
          {t('consultant.task.details')}
        </Title>
        <Stack gap="sm">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{task.description}</Text>
          <Facts
            cols={3}
            items={[
              [t('consultant.company.industry'), `${task.industry.code} ${localName(task.industry, lang)}`],
              [t('consultant.task.weeklyHours'), formatHours(task.weeklyHours, lang)],
              [t('consultant.task.openings'), String(task.openings)],
              [t('consultant.task.openingsLeft'), String(task.openingsLeft)],
              [t('consultant.task.danishLevel'), enumLabel(t, 'danishLevel', task.danishLevel)],
              [t('consultant.company.postcode'), task.postcode],
              [
                t('consultant.task.ordinaryHoursInSight'),
                task.ordinaryHoursInSight
                  ? t('consultant.task.ordinaryYes', { hours: formatHours(task.expectedOrdinaryHours, lang) })
                  : t('consultant.no'),
              ],
              [
                t('consultant.task.requiresDrivingLicence'),
                task.requiresDrivingLicence ? t('consultant.yes') : t('consultant.no'),
              ],
              [t('consultant.task.schedule'), task.schedule.map((s) => enumLabel(t, 'schedule', s)).join(', ')],
            ]}
          />
          <div>
            <Text size="sm" c="dimmed">
              {t('consultant.task.learningGoals')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{task.learningGoals}</Text>
          </div>
          <RequiredCompetences required={required} />
          {task.niceToHaveCompetences.length > 0 && (
            <div>
              <Text size="sm" c="dimmed" mb={4}>
                {t('consultant.task.niceToHave')}
              </Text>
              <Group gap="xs">
                {task.niceToHaveCompetences.map((c) => (
                  <Badge key={c.id} variant="outline" color="gray.7" tt="none">
                    {localName(c, lang)}
                  </Badge>
                ))}
              </Group>
            </div>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Shortlist opening={{ kind: 'task', id: task.id }} open={task.status === 'OPEN'} />
      </Paper>

      <Suggestions
        opening={{ kind: 'task', id: task.id, open: takesPeople(task), filled: isFilled(task) }}
        matches={matches.data?.matchCandidatesForTask}
        fetching={matches.fetching}
        error={matches.error}
        needs={{ required, danishLevel: task.danishLevel, weeklyHours: task.weeklyHours }}
      />
    </Stack>
  );
}
