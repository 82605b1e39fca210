import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { CompanyOnly } from './CompanyOnly.js';
import { ConflictAlert } from './ConflictAlert.js';
import { emptySlot, IguSlotForm, type IguSlotFormOutput, slotCompetences, slotToValues } from './IguSlotForm.js';
import {
  CompanyCreateIguSlotDocument,
  CompanyIguSlotDocument,
  CompanyUpdateIguSlotDocument,
} from './igu.operations.js';
import { isConflict } from './lib.js';
import { CompanyOwnDocument } from './reference.operations.js';

/** /company/igu-slots/new and /company/igu-slots/:id/edit */
export function IguSlotFormPage() {
  return <CompanyOnly>{(companyId) => <IguSlotFormInner companyId={companyId} />}</CompanyOnly>;
}

function IguSlotFormInner({ companyId }: { companyId: string }) {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isNew = !id;
  const [conflict, setConflict] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [own] = useQuery({ query: CompanyOwnDocument, variables: { id: companyId }, pause: !isNew });
  const [existing, reload] = useQuery({
    query: CompanyIguSlotDocument,
    variables: { id: id ?? '' },
    pause: isNew,
    requestPolicy: 'network-only',
  });
  const [, create] = useMutation(CompanyCreateIguSlotDocument);
  const [, update] = useMutation(CompanyUpdateIguSlotDocument);
  const slot = existing.data?.iguSlot;
  const initial = useMemo(
    () =>
      slot
        ? slotToValues(slot)
        : emptySlot({ industryCode: own.data?.company?.industry.code, postcode: own.data?.company?.postcode }),
    [slot, own.data],
  );
  const query = isNew ? own : existing;
  const ready = isNew ? !!own.data || !!own.error : !!slot;

  const submit = async (v: IguSlotFormOutput) => {
    const done = () =>
      navigate('/company/igu-slots', { state: { notice: t('company.igu.saved', { title: v.title }) } });
    if (isNew) {
      const result = await create({ input: { ...v, companyId } });
      if (result.error) return result.error;
      done();
      return undefined;
    }
    const result = await update({ id: id!, input: { ...v, version: slot!.version } });
    if (result.error) {
      if (isConflict(result.error)) setConflict(true);
      return result.error;
    }
    done();
    return undefined;
  };

  return (
    <Stack maw={860}>
      <Anchor component={Link} to="/company/igu-slots" size="sm">
        ← {t('company.nav.iguSlots')}
      </Anchor>
      <Title order={2}>{isNew ? t('company.iguForm.newTitle') : t('company.iguForm.editTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('company.igu.intro')}
      </Text>
      {conflict && (
        <ConflictAlert
          onReload={() => {
            setConflict(false);
            reload({ requestPolicy: 'network-only' });
            setFormKey((n) => n + 1);
          }}
        />
      )}
      {!ready || query.error ? (
        <QueryState fetching={query.fetching || !ready} error={query.error} />
      ) : slot?.status === 'CLOSED' ? (
        <Alert color="yellow" role="alert">
          {t('company.igu.notEditable')}
        </Alert>
      ) : (
        <IguSlotForm
          key={`${formKey}-${slot?.version ?? 'new'}`}
          initial={initial}
          known={slotCompetences(slot)}
          isNew={isNew}
          onSubmit={submit}
          onCancel={() => navigate('/company/igu-slots')}
        />
      )}
    </Stack>
  );
}
