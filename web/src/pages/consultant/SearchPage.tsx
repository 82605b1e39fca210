import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Chip,
  Fieldset,
  Grid,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { fieldErrors } from '../../components/form-errors.js';
import { QueryState } from '../../components/QueryState.js';
import { useIndustries } from '../../components/useIndustries.js';
import type { CandidateSearchFilter, DanishLevel, Readiness } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { danishBadge, freeHoursBadge } from '../../i18n/labels.js';
import { FULL_WIDTH } from './badges.js';
import { formContrast } from './contrast.js';
import { HighlightedSnippet } from './HighlightedSnippet.js';
import { localHighlights } from './highlights.js';
import { DANISH_LEVELS } from './NewTaskPage.js';
import { ProposeToOpening } from './ProposeToOpening.js';
import { ConsultantSearchCandidatesDocument } from './SearchPage.operations.js';

const STEP = 20;
/** The server counts facets once per requested hit: more than 50 would exceed its cost budget. */
const MAX = 50;
const READINESS: Readiness[] = ['JOB_READY', 'ACTIVITY_READY', 'EDUCATION_READY'];
/** Long industry names wrap inside their chip instead of running out of the panel. */
const CHIP_STYLES = {
  label: { whiteSpace: 'normal', height: 'auto', minHeight: 'var(--chip-size)', paddingBlock: 4, lineHeight: 1.35 },
} as const;

/** Language codes (ISO 639-1) as names in the page's language; unknown values stay as they are. */
export function languageName(code: string, lang: string): string {
  try {
    const name = new Intl.DisplayNames([lang === 'en' ? 'en' : 'da'], { type: 'language', fallback: 'code' }).of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

interface FormValues {
  query: string;
  minDanishLevel: DanishLevel | null;
  minAvailableHours: number | string;
  postcode: string;
  withinKm: number | string;
  iguEligible: boolean;
}

interface Chosen {
  readiness: Readiness[];
  industriesWished: string[];
  languages: string[];
  hasDrivingLicence: boolean;
}

const EMPTY_FORM: FormValues = {
  query: '',
  minDanishLevel: null,
  minAvailableHours: '',
  postcode: '',
  withinKm: '',
  iguEligible: false,
};

/**
 * The search as URL parameters (text, filters, chips, how many hits), so Back and a shared link
 * bring the same search back.
 */
export function searchFromParams(p: URLSearchParams): { form: FormValues; chosen: Chosen; first: number } {
  const danish = p.get('danish');
  const n = Number(p.get('n'));
  return {
    form: {
      query: p.get('q') ?? '',
      minDanishLevel: DANISH_LEVELS.includes(danish as DanishLevel) ? (danish as DanishLevel) : null,
      minAvailableHours: p.get('hours') ?? '',
      postcode: p.get('pc') ?? '',
      withinKm: p.get('km') ?? '',
      iguEligible: p.get('igu') === '1',
    },
    chosen: {
      readiness: p.getAll('r').filter((r): r is Readiness => READINESS.includes(r as Readiness)),
      industriesWished: p.getAll('ind'),
      languages: p.getAll('lang'),
      hasDrivingLicence: p.get('lic') === '1',
    },
    first: Number.isInteger(n) && n >= STEP && n <= MAX ? n : STEP,
  };
}

export function searchToParams(form: FormValues, chosen: Chosen, first: number): URLSearchParams {
  const p = new URLSearchParams();
  const set = (k: string, v: string | number | null | undefined) => {
    if (v !== null && v !== undefined && String(v).trim() !== '') p.set(k, String(v).trim());
  };
  set('q', form.query);
  set('danish', form.minDanishLevel);
  set('hours', form.minAvailableHours);
  set('pc', form.postcode);
  set('km', form.withinKm);
  if (form.iguEligible) p.set('igu', '1');
  for (const r of chosen.readiness) p.append('r', r);
  for (const c of chosen.industriesWished) p.append('ind', c);
  for (const l of chosen.languages) p.append('lang', l);
  if (chosen.hasDrivingLicence) p.set('lic', '1');
  if (first !== STEP) p.set('n', String(first));
  return p;
}

/** Builds the API filter from the submitted form and the chosen facet chips. */
export function toFilter(v: FormValues, chosen: Chosen): CandidateSearchFilter {
  const f: CandidateSearchFilter = {};
  if (chosen.readiness.length) f.readiness = chosen.readiness;
  if (chosen.industriesWished.length) f.industriesWished = chosen.industriesWished;
  if (chosen.languages.length) f.languages = chosen.languages;
  if (chosen.hasDrivingLicence) f.hasDrivingLicence = true;
  if (v.iguEligible) f.iguEligible = true;
  if (v.minDanishLevel && v.minDanishLevel !== 'NONE') f.minDanishLevel = v.minDanishLevel;
  if (v.minAvailableHours !== '') f.minAvailableHours = Number(v.minAvailableHours);
  if (v.postcode.trim()) {
    f.postcode = v.postcode.trim();
    if (v.withinKm !== '') f.withinKm = Number(v.withinKm);
  }
  return f;
}

/** Free-text candidate search with filters, facet chips with counts and highlighted hits. */
export function SearchPage() {
  const { t, i18n } = useTranslation();
  const industries = useIndustries();
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  // The URL is the search: what was applied, which chips are on, how many hits are shown.
  const { form: applied, chosen, first } = useMemo(() => searchFromParams(new URLSearchParams(paramsKey)), [paramsKey]);
  const form = useForm<FormValues>({
    initialValues: applied,
    validate: {
      postcode: (v) => (!v.trim() || /^\d{4}$/.test(v.trim()) ? null : t('consultant.newCompany.postcodeInvalid')),
      withinKm: (v, values) => (v !== '' && !values.postcode.trim() ? t('consultant.search.kmNeedsPostcode') : null),
    },
  });
  // Back, Forward or a pasted link changes the URL: the form shows what is applied.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new URL resets the form
  useEffect(() => {
    form.setValues(applied);
  }, [paramsKey]);
  const go = (next: { form?: FormValues; chosen?: Chosen; first?: number }) =>
    setParams(searchToParams(next.form ?? applied, next.chosen ?? chosen, next.first ?? first));
  const setFirst = (n: number) => setParams(searchToParams(applied, chosen, n), { replace: true });

  const [{ data, fetching, error }] = useQuery({
    query: ConsultantSearchCandidatesDocument,
    variables: { query: applied.query.trim() || null, filter: toFilter(applied, chosen), first },
  });

  // A filter the server rejects is shown next to its field; anything else above the results.
  const errs = fieldErrors(error);
  const fieldError = (name: string) => errs.fields[`filter.${name}`] ?? errs.fields[name];
  const otherError =
    error &&
    !Object.keys(errs.fields).some((f) =>
      ['postcode', 'withinKm', 'minAvailableHours'].includes(f.replace(/^filter\./, '')),
    )
      ? error
      : undefined;

  const result = data?.searchCandidates;
  const facet = (field: string) =>
    new Map((result?.facets.find((f) => f.field === field)?.values ?? []).map((v) => [v.value, v.count]));
  const readinessCounts = facet('readiness');
  const industryCounts = facet('industriesWished');
  const languageCounts = facet('languages');
  const iguCount = facet('iguEligible').get('true') ?? 0;
  const licenceCount = facet('hasDrivingLicence').get('true') ?? 0;

  const choose = (next: Partial<Chosen>) => go({ chosen: { ...chosen, ...next }, first: STEP });
  // Chosen values stay visible even when the current hits no longer contain them.
  const withChosen = (counts: Map<string, number>, picked: string[]) => [...new Set([...counts.keys(), ...picked])];

  const reset = () => {
    form.setValues(EMPTY_FORM);
    setParams(new URLSearchParams());
  };

  return (
    <Stack>
      <Title order={2}>{t('consultant.search.title')}</Title>
      <Paper withBorder p="md" style={formContrast}>
        <search aria-label={t('consultant.search.title')}>
          <form noValidate onSubmit={form.onSubmit((v) => go({ form: v, first: STEP }))}>
            <Stack gap="sm">
              <Group align="flex-end" wrap="nowrap">
                <TextInput
                  label={t('consultant.search.query')}
                  description={t('consultant.search.queryHint')}
                  style={{ flex: 1 }}
                  maxLength={200}
                  data-testid="search-query"
                  {...form.getInputProps('query')}
                />
                <Button type="submit" data-testid="search-submit">
                  {t('consultant.search.submit')}
                </Button>
              </Group>
              <Group align="flex-start" wrap="wrap">
                <Select
                  label={t('consultant.search.minDanish')}
                  data={DANISH_LEVELS.filter((l) => l !== 'NONE').map((l) => ({
                    value: l,
                    label: enumLabel(t, 'danishLevel', l),
                  }))}
                  clearable
                  placeholder={t('consultant.search.any')}
                  w={200}
                  {...form.getInputProps('minDanishLevel')}
                />
                <NumberInput
                  label={t('consultant.search.minHours')}
                  min={0}
                  max={37}
                  step={0.5}
                  w={200}
                  {...form.getInputProps('minAvailableHours')}
                  error={form.errors.minAvailableHours ?? fieldError('minAvailableHours')}
                />
                <TextInput
                  label={t('consultant.search.postcode')}
                  inputMode="numeric"
                  maxLength={4}
                  w={140}
                  {...form.getInputProps('postcode')}
                  error={form.errors.postcode ?? fieldError('postcode')}
                />
                <NumberInput
                  label={t('consultant.search.withinKm')}
                  min={1}
                  max={500}
                  w={140}
                  {...form.getInputProps('withinKm')}
                  error={form.errors.withinKm ?? fieldError('withinKm')}
                />
                <Checkbox
                  mt={30}
                  label={t('consultant.search.iguOnly')}
                  {...form.getInputProps('iguEligible', { type: 'checkbox' })}
                />
              </Group>
              <Group>
                <Button variant="subtle" size="xs" onClick={reset}>
                  {t('consultant.search.reset')}
                </Button>
              </Group>
            </Stack>
          </form>
        </search>
      </Paper>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="facets-title">
            <Title order={3} id="facets-title" size="h4" mb="sm">
              {t('consultant.search.refine')}
            </Title>
            <Stack gap="md">
              <FacetGroup label={t('consultant.search.facet.readiness')}>
                {READINESS.filter((r) => readinessCounts.has(r) || chosen.readiness.includes(r)).map((r) => (
                  <Chip
                    styles={CHIP_STYLES}
                    key={r}
                    size="sm"
                    checked={chosen.readiness.includes(r)}
                    onChange={(on) =>
                      choose({ readiness: on ? [...chosen.readiness, r] : chosen.readiness.filter((x) => x !== r) })
                    }
                  >
                    {enumLabel(t, 'readiness', r)} ({readinessCounts.get(r) ?? 0})
                  </Chip>
                ))}
              </FacetGroup>
              <FacetGroup label={t('consultant.search.facet.industriesWished')}>
                {withChosen(industryCounts, chosen.industriesWished).map((code) => (
                  <Chip
                    styles={CHIP_STYLES}
                    key={code}
                    size="sm"
                    checked={chosen.industriesWished.includes(code)}
                    onChange={(on) =>
                      choose({
                        industriesWished: on
                          ? [...chosen.industriesWished, code]
                          : chosen.industriesWished.filter((x) => x !== code),
                      })
                    }
                  >
                    {industries.nameOf(code)} ({industryCounts.get(code) ?? 0})
                  </Chip>
                ))}
              </FacetGroup>
              <FacetGroup label={t('consultant.search.facet.languages')}>
                {withChosen(languageCounts, chosen.languages).map((lang) => (
                  <Chip
                    styles={CHIP_STYLES}
                    key={lang}
                    size="sm"
                    checked={chosen.languages.includes(lang)}
                    onChange={(on) =>
                      choose({
                        languages: on ? [...chosen.languages, lang] : chosen.languages.filter((x) => x !== lang),
                      })
                    }
                  >
                    {languageName(lang, i18n.language)} ({languageCounts.get(lang) ?? 0})
                  </Chip>
                ))}
              </FacetGroup>
              <FacetGroup label={t('consultant.search.facet.other')}>
                <Chip
                  styles={CHIP_STYLES}
                  size="sm"
                  checked={applied.iguEligible}
                  onChange={(on) => {
                    form.setFieldValue('iguEligible', on);
                    go({ form: { ...applied, iguEligible: on }, first: STEP });
                  }}
                >
                  {t('consultant.search.iguEligible')} ({iguCount})
                </Chip>
                <Chip size="sm" checked={chosen.hasDrivingLicence} onChange={(on) => choose({ hasDrivingLicence: on })}>
                  {t('consultant.search.drivingLicence')} ({licenceCount})
                </Chip>
              </FacetGroup>
            </Stack>
          </Paper>
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 8 }}>
          <section aria-labelledby="results-title">
            <Group justify="space-between" mb="sm">
              <Title order={3} id="results-title" size="h4">
                {t('consultant.search.results')}
              </Title>
              {result && (
                <Text size="sm" c="dimmed" aria-live="polite" data-testid="search-total">
                  {t('consultant.search.total', { count: result.totalHits })}
                </Text>
              )}
            </Group>
            {otherError && result && (
              <Alert color="red" role="alert" mb="sm">
                {errs.general ?? Object.values(errs.fields)[0]}
              </Alert>
            )}
            {!result && !fetching && error && !otherError && (
              <Text c="dimmed">{t('consultant.search.fixFilters')}</Text>
            )}
            {!result ? (
              <QueryState fetching={fetching} error={otherError} />
            ) : result.hits.length === 0 ? (
              <Text c="dimmed">{t('consultant.search.none')}</Text>
            ) : (
              <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="search-hits">
                {result.hits.map(({ candidate: c, highlights }) => (
                  <Paper component="li" withBorder p="md" key={c.id} data-testid="search-hit">
                    <Stack gap={6}>
                      <Group justify="space-between" wrap="wrap">
                        <Title order={4}>
                          <Anchor component={Link} to={`/consultant/candidates/${c.id}`} data-testid="hit-profile">
                            {c.firstName}
                          </Anchor>
                        </Title>
                        <Group gap={6}>
                          <Badge style={FULL_WIDTH} variant="outline" color="gray.7" tt="none">
                            {enumLabel(t, 'readiness', c.readiness)}
                          </Badge>
                          <Badge style={FULL_WIDTH} variant="outline" color="gray.7" tt="none">
                            {danishBadge(t, c.danishLevel)}
                          </Badge>
                          <Badge style={FULL_WIDTH} variant="outline" color="gray.7" tt="none">
                            {freeHoursBadge(t, c, i18n.language)}
                          </Badge>
                          {c.iguEligible && (
                            <Badge style={FULL_WIDTH} variant="outline" color="teal.9" tt="none">
                              {t('consultant.search.iguEligible')}
                            </Badge>
                          )}
                          {c.hasDrivingLicence && (
                            <Badge style={FULL_WIDTH} variant="outline" color="gray.7" tt="none">
                              {t('consultant.search.drivingLicence')}
                            </Badge>
                          )}
                        </Group>
                      </Group>
                      {c.industriesWished.length > 0 && (
                        <Text size="sm">
                          <Text span c="dimmed" size="sm">
                            {t('consultant.search.wishes')}:{' '}
                          </Text>
                          {c.industriesWished.map((code) => industries.nameOf(code)).join(', ')}
                        </Text>
                      )}
                      {highlights.length === 0 && applied.query.trim() && (
                        <Text size="sm" c="dimmed">
                          {t('consultant.search.relatedMatch')}
                        </Text>
                      )}
                      {highlights.length > 0 && (
                        <Stack gap={2} data-testid="highlights">
                          {localHighlights(highlights, i18n.language).map((h) => (
                            <Text size="sm" key={h.field}>
                              <Text span c="dimmed" size="sm">
                                {t(`consultant.search.field.${h.labelField}`, { defaultValue: h.labelField })}:{' '}
                              </Text>
                              <HighlightedSnippet snippet={h.snippet} />
                            </Text>
                          ))}
                        </Stack>
                      )}
                      <ProposeToOpening candidate={c} variant="default" />
                    </Stack>
                  </Paper>
                ))}
              </Stack>
            )}
            {result && result.hits.length < result.totalHits && first < MAX && (
              <Group mt="sm">
                <Button variant="default" onClick={() => setFirst(Math.min(MAX, first + STEP))} loading={fetching}>
                  {t('consultant.search.more')}
                </Button>
                <Text size="sm" c="dimmed">
                  {t('consultant.search.showing', { shown: result.hits.length, total: result.totalHits })}
                </Text>
              </Group>
            )}
            {result && result.hits.length < result.totalHits && first >= MAX && (
              <Text size="sm" c="dimmed" mt="sm">
                {t('consultant.search.narrow', { max: MAX })}
              </Text>
            )}
          </section>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function FacetGroup({ label, children }: { label: string; children: ReactNode }) {
  const items = Array.isArray(children) ? children.flat().filter(Boolean) : children ? [children] : [];
  return (
    <Fieldset
      variant="unstyled"
      legend={label}
      styles={{ legend: { fontWeight: 600, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 6 } }}
    >
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          –
        </Text>
      ) : (
        <Group gap={6}>{children}</Group>
      )}
    </Fieldset>
  );
}
