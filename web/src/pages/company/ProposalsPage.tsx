import { Alert, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Pager, useConnection } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import type { ProposalStatus } from '../../gql/graphql.js';
import { CompanyOnly } from './CompanyOnly.js';
import { Notice } from './Notice.js';
import { ProposalCard, type ProposalNode } from './ProposalCard.js';
import { CompanyProposalsDocument, CompanyRespondToProposalDocument } from './proposals.operations.js';
import { ReasonModal } from './ReasonModal.js';

type Filter = ProposalStatus | 'ALL';
const context = { additionalTypenames: ['Proposal'] };

/** /company/proposals: proposals to the company's openings; waiting ones first (the default filter). */
export function ProposalsPage() {
  return <CompanyOnly>{(companyId) => <Proposals companyId={companyId} />}</CompanyOnly>;
}

function Proposals({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const paging = useConnection();
  const [status, setStatus] = useState<Filter>('PROPOSED');
  const [declining, setDeclining] = useState<ProposalNode | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: CompanyProposalsDocument,
    variables: {
      filter: { companyId, ...(status === 'ALL' ? {} : { status }) },
      ...paging.variables,
    },
    context: useMemo(() => context, []),
  });
  const [respondState, respond] = useMutation(CompanyRespondToProposalDocument);
  const [acceptingId, setAcceptingId] = useState<string | null>(null);
  const proposals = data?.proposals;
  const nodes = proposals?.edges.map((e) => e.node) ?? [];
  const nameOf = (p: ProposalNode) => p.profile?.firstName ?? '—';

  return (
    <Stack>
      <div>
        <Title order={2}>{t('company.proposals.title')}</Title>
        <Text c="dimmed" size="sm" maw={720}>
          {t('company.proposals.intro')}
        </Text>
      </div>
      <Notice message={notice} />
      {respondState.error && !declining && <QueryState fetching={false} error={respondState.error} />}
      <SegmentedControl
        aria-label={t('company.common.statusFilter')}
        value={status}
        onChange={(v) => {
          setStatus(v as Filter);
          paging.reset();
        }}
        data={[
          { value: 'PROPOSED', label: t('company.proposals.filterWaiting') },
          { value: 'ACCEPTED', label: t('company.proposals.filterAccepted') },
          { value: 'DECLINED', label: t('company.proposals.filterDeclined') },
          { value: 'ALL', label: t('company.common.all') },
        ]}
        style={{ alignSelf: 'flex-start' }}
        maw="100%"
      />
      {!proposals ? (
        <QueryState fetching={fetching} error={error} />
      ) : nodes.length === 0 ? (
        <Alert color="gray">{t('company.proposals.empty')}</Alert>
      ) : (
        <>
          {nodes.map((p) => (
            <ProposalCard
              key={p.id}
              proposal={p}
              busy={acceptingId === p.id}
              onAccept={async () => {
                setAcceptingId(p.id);
                setNotice(null);
                const result = await respond({ proposalId: p.id, accept: true, reason: null });
                setAcceptingId(null);
                if (!result.error) setNotice(t('company.proposals.accepted', { name: nameOf(p) }));
              }}
              onDecline={() => {
                setNotice(null);
                setDeclining(p);
              }}
            />
          ))}
          <Pager {...paging.pagerProps(proposals)} />
        </>
      )}
      <ReasonModal
        opened={!!declining}
        onClose={() => setDeclining(null)}
        title={t('company.proposals.declineTitle', { name: declining ? nameOf(declining) : '' })}
        intro={t('company.proposals.declineIntro')}
        placeholder={t('company.proposals.declinePlaceholder')}
        submitLabel={t('company.proposals.declineSubmit')}
        testId="decline-form"
        onSubmit={async (reason) => {
          const p = declining!;
          const result = await respond({ proposalId: p.id, accept: false, reason });
          if (!result.error) setNotice(t('company.proposals.declined', { name: nameOf(p) }));
          return result.error;
        }}
      />
    </Stack>
  );
}
