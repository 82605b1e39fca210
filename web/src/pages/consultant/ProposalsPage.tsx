import { Alert, Anchor, Button, Group, Modal, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../app/auth.js';
import { Pager, useConnection } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import type { ProposalStatus } from '../../gql/graphql.js';
import { enumLabel } from '../../i18n/enums.js';
import { ProposalStatusBadge } from './badges.js';
import { formContrast } from './contrast.js';
import { formatDate } from './format.js';
import { ConsultantProposalsDocument, ConsultantWithdrawProposalDocument } from './ProposalsPage.operations.js';
import { applyServerErrors } from './serverErrors.js';

const STATUSES: ProposalStatus[] = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'SUGGESTED'];

/** Proposals in my portfolio (mine first of all): status, filter by status, withdraw with a reason. */
export function ProposalsPage() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const paging = useConnection();
  const [status, setStatus] = useState<ProposalStatus | null>(null);
  const [withdrawing, setWithdrawing] = useState<{ id: string; name: string } | null>(null);
  const [withdrawn, setWithdrawn] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: ConsultantProposalsDocument,
    variables: { filter: status ? { status } : null, ...paging.variables },
  });
  const conn = data?.proposals;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const lang = i18n.language;

  return (
    <Stack>
      <Title order={2}>{t('consultant.proposals.title')}</Title>
      <Text c="dimmed">{t('consultant.proposals.intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('consultant.proposals.filterStatus')}
          placeholder={t('consultant.proposals.allStatuses')}
          data={STATUSES.map((s) => ({ value: s, label: enumLabel(t, 'proposalStatus', s) }))}
          value={status}
          onChange={(v) => {
            setStatus(v as ProposalStatus | null);
            paging.reset();
          }}
          clearable
          w={260}
          data-testid="status-filter"
        />
      </Group>
      {withdrawn && (
        <Alert
          color="teal"
          role="status"
          withCloseButton
          closeButtonLabel={t('consultant.form.close')}
          onClose={() => setWithdrawn(null)}
        >
          {t('consultant.proposals.withdrawn', { name: withdrawn })}
        </Alert>
      )}
      {!conn ? (
        <QueryState fetching={fetching} error={error} />
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('consultant.proposals.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={860} type="native">
          <Table striped verticalSpacing="xs" data-testid="proposals-table">
            <Table.Caption>{t('consultant.proposals.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('consultant.proposals.candidate')}</Table.Th>
                <Table.Th scope="col">{t('consultant.proposals.opening')}</Table.Th>
                <Table.Th scope="col">{t('consultant.proposals.company')}</Table.Th>
                <Table.Th scope="col">{t('consultant.proposals.status')}</Table.Th>
                <Table.Th scope="col">{t('consultant.proposals.proposed')}</Table.Th>
                <Table.Th scope="col">{t('consultant.proposals.noteReason')}</Table.Th>
                <Table.Th scope="col">{t('consultant.proposals.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => {
                const name = p.candidate?.firstName ?? t('consultant.proposals.unknownCandidate');
                const open = p.status === 'PROPOSED' || p.status === 'SUGGESTED';
                return (
                  <Table.Tr key={p.id} data-testid="proposal-row">
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>
                      {p.task ? (
                        <Anchor component={Link} to={`/consultant/tasks/${p.task.id}`}>
                          {p.task.title}
                        </Anchor>
                      ) : p.iguSlot ? (
                        <Anchor component={Link} to={`/consultant/igu-slots/${p.iguSlot.id}`}>
                          {/^IGU\b/i.test(p.iguSlot.title)
                            ? p.iguSlot.title
                            : t('consultant.proposals.igu', { title: p.iguSlot.title })}
                        </Anchor>
                      ) : (
                        '–'
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/consultant/companies/${p.company.id}`}>
                        {p.company.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <ProposalStatusBadge status={p.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(p.createdAt, lang)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {p.proposedBy
                          ? p.proposedBy.id === me?.id
                            ? t('consultant.proposals.byMe')
                            : t('consultant.proposals.by', { name: p.proposedBy.name })
                          : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {p.note && <Text size="sm">{p.note}</Text>}
                      {p.reason && (
                        <Text size="sm" c="dimmed">
                          {t('consultant.proposals.reason', { reason: p.reason })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {open && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setWithdrawing({ id: p.id, name })}
                          aria-label={t('consultant.proposals.withdrawName', { name })}
                        >
                          {t('consultant.proposals.withdraw')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {conn && conn.totalCount > 0 && <Pager {...paging.pagerProps(conn)} label={t('consultant.proposals.title')} />}
      <WithdrawDialog
        target={withdrawing}
        onClose={() => setWithdrawing(null)}
        onDone={(name) => {
          setWithdrawing(null);
          setWithdrawn(name);
        }}
      />
    </Stack>
  );
}

function WithdrawDialog({
  target,
  onClose,
  onDone,
}: {
  target: { id: string; name: string } | null;
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [state, withdraw] = useMutation(ConsultantWithdrawProposalDocument);
  const [general, setGeneral] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('consultant.proposals.reasonRequired')) },
  });
  const close = () => {
    form.reset();
    setGeneral(null);
    onClose();
  };
  return (
    <Modal
      opened={target != null}
      onClose={close}
      closeButtonProps={{ 'aria-label': t('consultant.form.close') }}
      title={t('consultant.proposals.withdrawTitle', { name: target?.name ?? '' })}
    >
      <form
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          if (!target) return;
          setGeneral(null);
          const result = await withdraw({ proposalId: target.id, reason: v.reason.trim() });
          if (result.data) {
            form.reset();
            onDone(target.name);
          } else setGeneral(applyServerErrors(result.error, form.setErrors, ['reason']));
        })}
      >
        <Stack style={formContrast}>
          <Textarea
            label={t('consultant.proposals.withdrawReason')}
            description={t('consultant.proposals.withdrawHint')}
            autosize
            minRows={3}
            withAsterisk
            data-autofocus
            {...form.getInputProps('reason')}
          />
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('consultant.form.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={state.fetching}>
              {t('consultant.proposals.withdrawConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
