import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { ContactDueBadge, ProposalStatusBadge, TierBadge } from './badges.js';
import { ConsultantHomeDocument } from './ConsultantHome.operations.js';
import { formatDate } from './format.js';
import { byContactUrgency, countOpen } from './openings.js';

const SHOWN_COMPANIES = 8;

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

/** The consultant's start page: the portfolio at a glance, contact due first, and my latest proposals. */
export function ConsultantHome() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: ConsultantHomeDocument });

  if (!data) return <QueryState fetching={fetching} error={error} />;
  const companies = data.companies.edges.map((e) => e.node).sort(byContactUrgency);
  const due = companies.filter((c) => c.contactDue).length;
  const proposals = data.proposals.edges.map((e) => e.node);

  return (
    <Stack gap="lg">
      {error && <QueryState fetching={false} error={error} />}
      <section aria-labelledby="consultant-home-figures">
        <Title order={3} id="consultant-home-figures" mb="xs">
          {t('consultant.home.figures')}
        </Title>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Figure label={t('consultant.home.companies')} value={data.companies.totalCount} testId="figure-companies" />
          <Figure label={t('consultant.home.contactDue')} value={due} testId="figure-contact-due" />
          <Figure label={t('consultant.home.openTasks')} value={data.openTasks.totalCount} testId="figure-open-tasks" />
          <Figure label={t('consultant.home.openIgu')} value={data.openIguSlots.totalCount} testId="figure-open-igu" />
        </SimpleGrid>
      </section>

      <section aria-labelledby="consultant-home-portfolio">
        <Group justify="space-between" mb="xs">
          <Title order={3} id="consultant-home-portfolio">
            {t('consultant.home.portfolio')}
          </Title>
          <Group gap="xs">
            <Button component={Link} to="/consultant/companies/new" variant="default" size="xs">
              {t('consultant.companies.new')}
            </Button>
            <Button component={Link} to="/consultant/companies" size="xs" data-testid="home-all-companies">
              {t('consultant.home.allCompanies')}
            </Button>
          </Group>
        </Group>
        {companies.length === 0 ? (
          <Text c="dimmed">{t('consultant.home.noCompanies')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560} type="native">
            <Table striped verticalSpacing="xs" aria-label={t('consultant.home.portfolioCaption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('consultant.company.name')}</Table.Th>
                  <Table.Th scope="col">{t('consultant.company.tier')}</Table.Th>
                  <Table.Th scope="col">{t('consultant.company.openTasks')}</Table.Th>
                  <Table.Th scope="col">{t('consultant.company.openIgu')}</Table.Th>
                  <Table.Th scope="col">{t('consultant.company.lastContact')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {companies.slice(0, SHOWN_COMPANIES).map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/consultant/companies/${c.id}`}>
                        {c.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <TierBadge tier={c.tier} />
                    </Table.Td>
                    <Table.Td>{countOpen(c.tasks)}</Table.Td>
                    <Table.Td>{countOpen(c.iguSlots)}</Table.Td>
                    <Table.Td>
                      <Stack gap={4} align="flex-start">
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {c.lastContactAt
                            ? formatDate(c.lastContactAt, i18n.language)
                            : t('consultant.company.neverContacted')}
                        </Text>
                        <ContactDueBadge due={c.contactDue} />
                      </Stack>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {companies.length > SHOWN_COMPANIES && (
          <Text size="sm" c="dimmed" mt="xs">
            {t('consultant.home.moreCompanies', { count: data.companies.totalCount - SHOWN_COMPANIES })}
          </Text>
        )}
      </section>

      <section aria-labelledby="consultant-home-proposals">
        <Group justify="space-between" mb="xs">
          <Title order={3} id="consultant-home-proposals">
            {t('consultant.home.recentProposals')}
          </Title>
          <Button component={Link} to="/consultant/proposals" variant="default" size="xs">
            {t('consultant.home.allProposals')}
          </Button>
        </Group>
        {proposals.length === 0 ? (
          <Text c="dimmed">{t('consultant.proposals.none')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {proposals.map((p) => (
              <Paper component="li" withBorder p="sm" key={p.id}>
                <Group justify="space-between" wrap="wrap">
                  <Text size="sm">
                    {t('consultant.home.proposalLine', {
                      candidate: p.candidate?.firstName ?? t('consultant.proposals.unknownCandidate'),
                      opening: p.task?.title ?? p.iguSlot?.title ?? '–',
                      company: p.company.name,
                    })}
                  </Text>
                  <Group gap="xs">
                    <Text size="sm" c="dimmed">
                      {formatDate(p.createdAt, i18n.language)}
                    </Text>
                    <ProposalStatusBadge status={p.status} />
                  </Group>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
