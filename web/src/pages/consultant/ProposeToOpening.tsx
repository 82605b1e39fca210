import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { LINK_ON_TEAL } from './badges.js';
import { OpeningPicker, openingPath, openingVars, parseOpening, useOpenOpenings } from './OpeningPicker.js';
import { ConsultantShortlistCandidateDocument } from './profile.operations.js';

/**
 * "Foreslå til opgave": picks one of the portfolio's open tasks or IGU slots and puts the person on
 * its shortlist. Nothing reaches the company until the proposal is sent from the shortlist.
 */
export function ProposeToOpening({
  candidate,
  initialOpening = null,
  variant = 'filled',
}: {
  candidate: { id: string; firstName: string };
  initialOpening?: string | null;
  variant?: 'filled' | 'default' | 'light';
}) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [value, setValue] = useState<string | null>(initialOpening);
  const [note, setNote] = useState('');
  const [pickError, setPickError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ opening: string; title: string } | null>(null);
  const [state, shortlist] = useMutation(ConsultantShortlistCandidateDocument);
  const openings = useOpenOpenings();
  const name = candidate.firstName;

  const onOpen = () => {
    setValue((v) => v ?? initialOpening);
    setProblem(null);
    setPickError(null);
    open();
  };

  const submit = async () => {
    const opening = parseOpening(value);
    if (!opening) {
      setPickError(t('consultant.pick.required'));
      return;
    }
    setProblem(null);
    const result = await shortlist(
      { candidateId: candidate.id, ...openingVars(opening), note: note.trim() || null },
      { additionalTypenames: ['Proposal'] },
    );
    if (result.data?.shortlistCandidate) {
      setDone({ opening: value!, title: openings.titleOf(value) });
      setNote('');
      close();
    } else {
      setProblem(
        result.error?.graphQLErrors[0]?.message ?? result.error?.networkError?.message ?? t('consultant.form.failed'),
      );
    }
  };

  const doneOpening = parseOpening(done?.opening);
  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant={variant}
          onClick={onOpen}
          data-testid="propose-to-opening"
          aria-label={t('consultant.pick.buttonFor', { name })}
        >
          {t('consultant.pick.button')}
        </Button>
      </Group>
      {done && doneOpening && (
        <Alert
          color="teal"
          role="status"
          data-testid="shortlisted"
          withCloseButton
          closeButtonLabel={t('consultant.form.close')}
          onClose={() => setDone(null)}
        >
          <Text size="sm">{t('consultant.pick.done', { name, opening: done.title })}</Text>
          <Anchor component={Link} to={openingPath(doneOpening)} size="sm" fw={600} c={LINK_ON_TEAL}>
            {t('consultant.pick.seeShortlist')}
          </Anchor>
        </Alert>
      )}
      <Modal
        opened={opened}
        onClose={close}
        title={t('consultant.pick.title', { name })}
        size="lg"
        closeButtonProps={{ 'aria-label': t('consultant.form.close') }}
      >
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('consultant.pick.intro')}</Text>
            <OpeningPicker
              groups={openings.groups}
              value={value}
              onChange={(v) => {
                setValue(v);
                setPickError(null);
              }}
              required
              error={pickError}
              data-testid="pick-opening"
              disabled={openings.loaded && openings.count === 0}
              description={openings.loaded && openings.count === 0 ? t('consultant.compare.noOpenings') : undefined}
            />
            <Textarea
              label={t('consultant.pick.note')}
              autosize
              minRows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            {problem && (
              <Alert color="red" role="alert" title={t('consultant.pick.failed')}>
                {problem}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('consultant.form.cancel')}
              </Button>
              <Button type="submit" loading={state.fetching} data-testid="pick-submit">
                {t('consultant.pick.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
