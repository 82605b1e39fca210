import { Alert, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Pager, useConnection } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import type { PlacementStatus } from '../../gql/graphql.js';
import { CompanyOnly } from './CompanyOnly.js';
import { FollowUpModal } from './FollowUpModal.js';
import { InternCard, type PlacementNode } from './InternCard.js';
import { CompanyPlacementsDocument } from './interns.operations.js';
import { Notice } from './Notice.js';

const context = { additionalTypenames: ['Placement', 'FollowUp'] };

/** /company/interns: the company's placements, hours plans and follow-ups. */
export function InternsPage() {
  return <CompanyOnly>{(companyId) => <Interns companyId={companyId} />}</CompanyOnly>;
}

function Interns({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const paging = useConnection();
  const [status, setStatus] = useState<PlacementStatus>('ACTIVE');
  const [reporting, setReporting] = useState<PlacementNode | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: CompanyPlacementsDocument,
    variables: { filter: { companyId, status }, ...paging.variables },
    context: useMemo(() => context, []),
  });
  const placements = data?.placements;
  const nodes = placements?.edges.map((e) => e.node) ?? [];
  const step = reporting?.hoursPlan.find((s) => s.fromWeek === reporting.currentPlannedHours?.fromWeek);

  return (
    <Stack>
      <div>
        <Title order={2}>{t('company.interns.title')}</Title>
        <Text c="dimmed" size="sm" maw={720}>
          {t('company.interns.intro')}
        </Text>
      </div>
      <Notice message={notice} />
      <SegmentedControl
        aria-label={t('company.common.statusFilter')}
        value={status}
        onChange={(v) => {
          setStatus(v as PlacementStatus);
          paging.reset();
        }}
        data={[
          { value: 'DRAFT', label: t('company.interns.filterDraft') },
          { value: 'ACTIVE', label: t('company.interns.filterActive') },
          { value: 'ENDED', label: t('company.interns.filterEnded') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {!placements ? (
        <QueryState fetching={fetching} error={error} />
      ) : nodes.length === 0 ? (
        <Alert color="gray">{t('company.interns.empty')}</Alert>
      ) : (
        <>
          {nodes.map((p) => (
            <InternCard
              key={p.id}
              placement={p}
              onApproved={() => {
                setNotice(t('company.interns.approvedNotice', { name: p.candidateFirstName }));
                refetch({ requestPolicy: 'network-only' });
              }}
              onClosed={({ refused, message }) => {
                setNotice(refused ? t('company.interns.refusedNotice', { name: p.candidateFirstName }) : message);
                refetch({ requestPolicy: 'network-only' });
              }}
              onProposed={(number) => {
                setNotice(t('agreement.proposed', { number }));
                refetch({ requestPolicy: 'network-only' });
              }}
              onReport={() => {
                setNotice(null);
                setReporting(p);
              }}
            />
          ))}
          <Pager {...paging.pagerProps(placements)} />
        </>
      )}
      <FollowUpModal
        placement={
          reporting
            ? {
                id: reporting.id,
                firstName: reporting.candidateFirstName,
                plannedHours: step?.weeklyHours,
                plannedOrdinary: step?.ordinaryHours,
                followUps: reporting.followUps,
              }
            : null
        }
        onClose={() => setReporting(null)}
        onSaved={(name) => {
          setNotice(t('company.interns.saved', { name }));
          refetch({ requestPolicy: 'network-only' });
        }}
      />
    </Stack>
  );
}
