import { Alert, Anchor, Button, Checkbox, Group, Modal, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { ProposalStatusBadge } from './badges.js';
import { formatDate } from './format.js';
import { type OpeningRef, openingValue, openingVars } from './OpeningPicker.js';
import { ConsultantWithdrawProposalDocument } from './ProposalsPage.operations.js';
import { ConsultantSendProposalDocument, ConsultantShortlistDocument } from './profile.operations.js';

const context = { additionalTypenames: ['Proposal'] };

/**
 * An opening's shortlist: the people the job centre is considering, each sent to the company
 * ("Send til virksomheden") or removed with a reason ("Fjern").
 */
export function Shortlist({ opening, open }: { opening: OpeningRef; open: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [showClosed, setShowClosed] = useState(false);
  const [{ data, fetching, error }] = useQuery({
    query: ConsultantShortlistDocument,
    variables: { ...openingVars(opening), includeClosed: showClosed },
    context,
  });
  const [sendState, send] = useMutation(ConsultantSendProposalDocument);
  const [, withdraw] = useMutation(ConsultantWithdrawProposalDocument);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const rows = data?.shortlist ?? [];
  const errorOf = (e: { graphQLErrors: { message: string }[]; networkError?: Error } | undefined) =>
    e?.graphQLErrors[0]?.message ?? e?.networkError?.message ?? t('consultant.shortlist.failed');

  const onSend = async (id: string, name: string) => {
    setNotice(null);
    setProblem(null);
    const r = await send({ id }, context);
    if (r.data?.sendProposal) setNotice(t('consultant.shortlist.sent', { name }));
    else setProblem(errorOf(r.error));
  };

  const onRemove = async () => {
    if (!removing) return;
    if (!reason.trim()) {
      setReasonError(t('consultant.shortlist.reasonRequired'));
      return;
    }
    const r = await withdraw({ proposalId: removing.id, reason: reason.trim() }, context);
    if (r.data?.withdrawProposal) {
      setNotice(t('consultant.shortlist.removed', { name: removing.name }));
      setRemoving(null);
      setReason('');
    } else setReasonError(errorOf(r.error));
  };

  return (
    <section aria-labelledby="shortlist-title" data-testid="shortlist">
      <Group justify="space-between" align="flex-end" mb="xs" wrap="wrap">
        <Title order={3} id="shortlist-title">
          {t('consultant.shortlist.title')}
        </Title>
        <Checkbox
          label={t('consultant.shortlist.showClosed')}
          checked={showClosed}
          onChange={(e) => setShowClosed(e.currentTarget.checked)}
        />
      </Group>
      <Text c="dimmed" size="sm" mb="sm">
        {opening.kind === 'iguSlot' ? t('consultant.shortlist.introIgu') : t('consultant.shortlist.intro')}
      </Text>
      {notice && (
        <Alert
          color="teal"
          role="status"
          mb="sm"
          withCloseButton
          closeButtonLabel={t('consultant.form.close')}
          onClose={() => setNotice(null)}
          data-testid="shortlist-notice"
        >
          {notice}
        </Alert>
      )}
      {problem && (
        <Alert
          color="red"
          role="alert"
          mb="sm"
          withCloseButton
          closeButtonLabel={t('consultant.form.close')}
          onClose={() => setProblem(null)}
        >
          {problem}
        </Alert>
      )}
      {!data ? (
        <QueryState fetching={fetching} error={error} />
      ) : rows.length === 0 ? (
        <Text size="sm">{t('consultant.shortlist.none')}</Text>
      ) : (
        // Stacks row by row in a narrow column (styles.css): a tablet beside the navbar never scrolls sideways.
        <div className="stack-container">
          <Table striped verticalSpacing="xs" className="stack-table" data-testid="shortlist-table">
            <Table.Caption>
              {opening.kind === 'iguSlot' ? t('consultant.shortlist.captionIgu') : t('consultant.shortlist.caption')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('consultant.shortlist.person')}</Table.Th>
                <Table.Th scope="col">{t('consultant.shortlist.status')}</Table.Th>
                <Table.Th scope="col">{t('consultant.shortlist.added')}</Table.Th>
                <Table.Th scope="col">{t('consultant.shortlist.note')}</Table.Th>
                <Table.Th scope="col">{t('consultant.shortlist.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((p) => {
                const name = p.candidate?.firstName ?? '–';
                return (
                  <Table.Tr key={p.id} data-testid="shortlist-row">
                    <Table.Td>
                      {p.candidate ? (
                        <Anchor
                          component={Link}
                          to={`/consultant/candidates/${p.candidate.id}?opening=${openingValue(opening)}`}
                        >
                          {name}
                        </Anchor>
                      ) : (
                        name
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('consultant.shortlist.status')}>
                      <Stack gap={2}>
                        <ProposalStatusBadge status={p.status} />
                        {p.sentAt && (
                          <Text size="xs" c="dimmed">
                            {t('consultant.shortlist.sentOn', { date: formatDate(p.sentAt, lang) })}
                          </Text>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td data-label={t('consultant.shortlist.added')}>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatDate(p.createdAt, lang)}
                      </Text>
                      {p.proposedBy && (
                        <Text size="xs" c="dimmed">
                          {p.proposedBy.name}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('consultant.shortlist.note')} maw={280} miw={140}>
                      {/* break-word, not anywhere: "anywhere" lets the column shrink to one letter per line. */}
                      <Text size="sm" style={{ overflowWrap: 'break-word' }}>
                        {p.reason ?? p.note ?? '–'}
                      </Text>
                    </Table.Td>
                    <Table.Td data-label={p.status === 'SUGGESTED' ? t('consultant.shortlist.actions') : undefined}>
                      {p.status === 'SUGGESTED' && (
                        <Group gap="xs">
                          <Button
                            size="xs"
                            onClick={() => onSend(p.id, name)}
                            loading={sendState.fetching && sendState.operation?.variables?.id === p.id}
                            disabled={!open}
                            aria-label={t('consultant.shortlist.sendName', { name })}
                            data-testid="send-proposal"
                          >
                            {t('consultant.shortlist.send')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => {
                              setReason('');
                              setReasonError(null);
                              setRemoving({ id: p.id, name });
                            }}
                            aria-label={t('consultant.shortlist.removeName', { name })}
                            data-testid="remove-from-shortlist"
                          >
                            {t('consultant.shortlist.remove')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <Modal
        opened={!!removing}
        onClose={() => setRemoving(null)}
        title={t('consultant.shortlist.removeTitle', { name: removing?.name ?? '' })}
        closeButtonProps={{ 'aria-label': t('consultant.form.close') }}
      >
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void onRemove();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('consultant.shortlist.removeIntro')}</Text>
            <Textarea
              label={t('consultant.shortlist.reason')}
              required
              autosize
              minRows={2}
              maxLength={2000}
              value={reason}
              error={reasonError}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setReasonError(null);
              }}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                {t('consultant.form.cancel')}
              </Button>
              <Button type="submit" color="red.8" data-testid="confirm-remove">
                {t('consultant.shortlist.confirmRemove')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </section>
  );
}
