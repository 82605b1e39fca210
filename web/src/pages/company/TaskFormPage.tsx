import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/QueryState.js';
import { enumLabel } from '../../i18n/enums.js';
import { CompanyOnly } from './CompanyOnly.js';
import { ConflictAlert } from './ConflictAlert.js';
import { isConflict } from './lib.js';
import { CompanyOwnDocument } from './reference.operations.js';
import { emptyTask, TaskForm, type TaskFormOutput, taskToValues } from './TaskForm.js';
import { CompanyPostTaskDocument, CompanyTaskDocument, CompanyUpdateTaskDocument } from './tasks.operations.js';

/** /company/tasks/new and /company/tasks/:id/edit */
export function TaskFormPage() {
  return <CompanyOnly>{(companyId) => <TaskFormInner companyId={companyId} />}</CompanyOnly>;
}

function TaskFormInner({ companyId }: { companyId: string }) {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const isNew = !id;
  const [conflict, setConflict] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const [own] = useQuery({ query: CompanyOwnDocument, variables: { id: companyId }, pause: !isNew });
  const [existing, reload] = useQuery({
    query: CompanyTaskDocument,
    variables: { id: id ?? '' },
    pause: isNew,
    requestPolicy: 'network-only',
  });
  const [, postTask] = useMutation(CompanyPostTaskDocument);
  const [, updateTask] = useMutation(CompanyUpdateTaskDocument);

  const task = existing.data?.task;
  const initial = useMemo(
    () =>
      task
        ? taskToValues(task)
        : emptyTask({ industryCode: own.data?.company?.industry.code, postcode: own.data?.company?.postcode }),
    [task, own.data],
  );
  const known = useMemo(
    () => [...(task?.requiredCompetences.map((r) => r.competence) ?? []), ...(task?.niceToHaveCompetences ?? [])],
    [task],
  );

  const heading = isNew ? t('company.taskForm.newTitle') : t('company.taskForm.editTitle');
  const query = isNew ? own : existing;
  const ready = isNew ? !!own.data || !!own.error : !!task;

  const submit = async (v: TaskFormOutput) => {
    const { draft, ...fields } = v;
    if (isNew) {
      const result = await postTask({ input: { ...fields, companyId, status: draft ? 'DRAFT' : 'OPEN' } });
      if (result.error) return result.error;
      navigate('/company/tasks', { state: { notice: t('company.tasks.saved', { title: fields.title }) } });
      return undefined;
    }
    const result = await updateTask({ id: id!, input: { ...fields, version: task!.version } });
    if (result.error) {
      if (isConflict(result.error)) setConflict(true);
      return result.error;
    }
    navigate('/company/tasks', { state: { notice: t('company.tasks.saved', { title: fields.title }) } });
    return undefined;
  };

  return (
    <Stack maw={860}>
      <Anchor component={Link} to="/company/tasks" size="sm">
        ← {t('company.nav.tasks')}
      </Anchor>
      <Title order={2}>{heading}</Title>
      <Text size="sm" c="dimmed">
        {t('company.taskForm.intro')}
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
      ) : task && (task.status === 'SOLVED' || task.status === 'CLOSED') ? (
        <Alert color="yellow" role="alert">
          {t('company.tasks.notEditable', { status: enumLabel(t, 'taskStatus', task.status).toLowerCase() })}
        </Alert>
      ) : (
        <TaskForm
          key={`${formKey}-${task?.version ?? 'new'}`}
          initial={initial}
          known={known}
          isNew={isNew}
          onSubmit={submit}
          onCancel={() => navigate('/company/tasks')}
        />
      )}
    </Stack>
  );
}
