import { Anchor, Button, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { useIndustries } from '../../components/useIndustries.js';
import { enumLabel, levelLabel } from '../../i18n/enums.js';
import { localName } from '../../i18n/names.js';
import { Comparison } from './Comparison.js';
import { Facts } from './Facts.js';
import { formatHours } from './format.js';
import { OpeningPicker, parseOpening, useOpenOpenings } from './OpeningPicker.js';
import { ProposeToOpening } from './ProposeToOpening.js';
import { ConsultantCandidateProfileDocument } from './profile.operations.js';
import { languageName } from './SearchPage.js';

/**
 * A person as the caller may see them (a consultant: the shared matching profile; the person's own
 * adviser: in full), side by side with a chosen open task or IGU slot of the portfolio. The chosen
 * opening lives in the URL (`?opening=task:<id>`), so a link or Back restores the comparison.
 */
export function CandidateProfilePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const industries = useIndustries();
  const openings = useOpenOpenings();
  const [{ data, fetching, error }] = useQuery({ query: ConsultantCandidateProfileDocument, variables: { id } });
  const c = data?.candidate;
  const chosen = params.get('opening');
  const opening = parseOpening(chosen);

  const back =
    location.key !== 'default' ? (
      <Button variant="subtle" px={0} onClick={() => navigate(-1)} w="fit-content">
        ← {t('consultant.profile.back')}
      </Button>
    ) : (
      <Anchor component={Link} to="/consultant/search" size="sm">
        ← {t('consultant.nav.search')}
      </Anchor>
    );

  if (!c) {
    return (
      <Stack>
        {back}
        <QueryState fetching={fetching} error={error} />
        {!fetching && !error && <Text>{t('consultant.profile.notFound')}</Text>}
      </Stack>
    );
  }
  const full = c.lastName != null;
  const name = full ? `${c.firstName} ${c.lastName}` : c.firstName;
  const none = t('consultant.profile.none');

  return (
    <Stack gap="lg">
      {back}
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={2} data-testid="profile-name">
            {name}
          </Title>
          <Text size="sm" c="dimmed">
            {full ? t('consultant.profile.fullProfile') : t('consultant.profile.matchingProfile')}
          </Text>
        </Stack>
        <ProposeToOpening candidate={c} initialOpening={opening ? chosen : null} />
      </Group>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="profile-facts">
            <Title order={3} id="profile-facts" mb="sm" size="h4">
              {t('consultant.profile.facts')}
            </Title>
            <Stack gap="md">
              <Facts
                items={[
                  [t('consultant.profile.readiness'), enumLabel(t, 'readiness', c.readiness)],
                  [t('consultant.profile.danish'), enumLabel(t, 'danishLevel', c.danishLevel)],
                  // Free: what is left after placements, activities and pending proposals; available: what the person said they can work.
                  [t('consultant.profile.freeHours'), formatHours(c.freeWeeklyHours, lang)],
                  [t('consultant.profile.availableHours'), formatHours(c.availableWeeklyHours, lang)],
                  [t('consultant.profile.goalHours'), formatHours(c.goalWeeklyHours, lang)],
                  [t('consultant.profile.ordinaryHours'), formatHours(c.currentOrdinaryHours, lang)],
                  [t('consultant.profile.postcode'), c.postcode],
                  [t('consultant.profile.maxCommute'), t('consultant.profile.km', { km: c.maxCommuteKm })],
                  [t('consultant.profile.licence'), c.hasDrivingLicence ? t('consultant.yes') : t('consultant.no')],
                  [
                    t('consultant.profile.igu'),
                    c.iguEligible
                      ? t('consultant.profile.iguYes')
                      : `${t('consultant.profile.iguNo')}${c.iguIneligibleReason ? `: ${c.iguIneligibleReason}` : ''}`,
                  ],
                  [t('consultant.profile.languages'), c.languages.map((l) => languageName(l, lang)).join(', ') || none],
                ]}
              />
              <Facts
                cols={1}
                items={[
                  [
                    t('consultant.profile.wishes'),
                    c.industriesWished.map((code) => industries.nameOf(code)).join(', ') || none,
                  ],
                  [t('consultant.profile.education'), c.education || none],
                  [t('consultant.profile.summary'), c.summary || none],
                ]}
              />
              <div>
                <Text size="sm" c="dimmed" mb={4}>
                  {t('consultant.profile.competences')}
                </Text>
                {c.competences.length === 0 ? (
                  <Text size="sm">{t('consultant.profile.noCompetences')}</Text>
                ) : (
                  // A list, not badges: "Lagerarbejde og placering af varer · 2 – kan med hjælp · …" must wrap, not be cut.
                  <List size="sm" spacing={4} data-testid="profile-competences">
                    {c.competences.map((cc) => (
                      <List.Item key={cc.competence.id}>
                        <Text span size="sm" fw={600}>
                          {localName(cc.competence, lang)}
                        </Text>
                        {`: ${levelLabel(t, cc.level)} (${enumLabel(t, 'evidence', cc.evidence).toLowerCase()})`}
                      </List.Item>
                    ))}
                  </List>
                )}
              </div>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="compare-title">
            <Title order={3} id="compare-title" mb={4} size="h4">
              {t('consultant.compare.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('consultant.compare.intro')}
            </Text>
            <Stack gap="md">
              <OpeningPicker
                groups={openings.groups}
                value={opening ? chosen : null}
                onChange={(v) =>
                  setParams(
                    (p) => {
                      const next = new URLSearchParams(p);
                      if (v) next.set('opening', v);
                      else next.delete('opening');
                      return next;
                    },
                    { replace: true },
                  )
                }
                data-testid="compare-opening"
                disabled={openings.loaded && openings.count === 0}
                description={openings.loaded && openings.count === 0 ? t('consultant.compare.noOpenings') : undefined}
              />
              {opening && (
                <Comparison
                  key={chosen}
                  candidateId={c.id}
                  name={c.firstName}
                  opening={opening}
                  openingTitle={openings.titleOf(chosen) || t('consultant.compare.title')}
                />
              )}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
