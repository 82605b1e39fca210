import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Modal,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../app/auth.js';
import { IndustryMultiSelect } from '../../components/IndustrySelect.js';
import { Pager, useConnection } from '../../components/Pager.js';
import { QueryState } from '../../components/QueryState.js';
import type { Role } from '../../gql/graphql.js';
import { applyServerErrors } from '../consultant/serverErrors.js';
import { useFormat } from '../overview/format.js';
import { AdminForm, AdminPage, AdminTable } from './AdminShell.js';
import {
  AdminCompaniesDocument,
  AdminCreateUserDocument,
  AdminResetPasswordDocument,
  AdminUpdateUserDocument,
  AdminUsersDocument,
} from './admin.operations.js';

const ROLES: Role[] = ['ADMIN', 'CONSULTANT', 'ADVISER', 'COMPANY'];

interface Row {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  lastLoginAt?: string | null;
}

/** /admin/users: every user by page, with role, state and last login; create, change role, deactivate, reset. */
export function UsersPage() {
  const { t } = useTranslation();
  return (
    <AdminPage title={t('admin.users.title')}>
      <Users />
    </AdminPage>
  );
}

function Users() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const f = useFormat();
  const paging = useConnection();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [changing, setChanging] = useState<Row | null>(null);
  const [resetting, setResetting] = useState<Row | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: AdminUsersDocument,
    variables: { search: search.trim() || null, role, ...paging.variables },
    requestPolicy: 'cache-and-network',
  });
  const [update, sendUpdate] = useMutation(AdminUpdateUserDocument);
  const [toggleError, setToggleError] = useState<string | null>(null);
  const roleName = (r: Role) => t(`roles.${r}`);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const toggle = async (u: Row) => {
    setNotice(null);
    setToggleError(null);
    const r = await sendUpdate({ id: u.id, input: { active: !u.active } });
    if (r.error) setToggleError(r.error.graphQLErrors[0]?.message ?? r.error.message);
    else setNotice(t(u.active ? 'admin.users.deactivated' : 'admin.users.reactivated', { name: u.name }));
  };

  const conn = data?.users;
  return (
    <Stack>
      <Text>{t('admin.users.intro')}</Text>
      <NewUser
        onCreated={(name) => {
          setNotice(t('admin.users.created', { name }));
          reload();
        }}
      />
      <div aria-live="polite">
        {notice && (
          <Alert
            color="teal"
            data-testid="users-notice"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setNotice(null)}
          >
            {notice}
          </Alert>
        )}
        {toggleError && (
          <Alert color="red" role="alert" data-testid="users-error">
            {toggleError}
          </Alert>
        )}
      </div>
      <Group align="flex-end">
        <TextInput
          label={t('admin.users.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            paging.reset();
          }}
          w={{ base: '100%', sm: 280 }}
          data-testid="users-search"
        />
        <Select
          label={t('admin.users.role')}
          placeholder={t('admin.users.allRoles')}
          data={ROLES.map((r) => ({ value: r, label: roleName(r) }))}
          value={role}
          onChange={(v) => {
            setRole((v as Role) ?? null);
            paging.reset();
          }}
          clearable
          w={{ base: '100%', sm: 220 }}
        />
      </Group>
      <QueryState fetching={fetching && !data} error={error} />
      {conn && conn.edges.length === 0 && <Text c="dimmed">{t('admin.users.none')}</Text>}
      {conn && conn.edges.length > 0 && (
        <AdminTable
          minWidth={720}
          testId="users-table"
          caption={t('admin.users.caption')}
          columns={[
            t('admin.users.name'),
            t('admin.users.email'),
            t('admin.users.role'),
            t('admin.users.status'),
            t('admin.users.lastLogin'),
            t('admin.users.actions'),
          ]}
        >
          {conn.edges.map(({ node: u }) => {
            const self = u.id === me?.id;
            return (
              <Table.Tr key={u.id} data-testid={`user-${u.email}`}>
                <Table.Th scope="row" fw={500}>
                  {u.name}{' '}
                  {self && (
                    <Text span size="sm" c="dimmed">
                      {t('admin.users.you')}
                    </Text>
                  )}
                </Table.Th>
                {/* A long address may break after its @, never inside a name. */}
                <Table.Td>
                  {u.email.split('@')[0]}
                  {u.email.includes('@') && (
                    <>
                      @<wbr />
                      {u.email.slice(u.email.indexOf('@') + 1)}
                    </>
                  )}
                </Table.Td>
                <Table.Td>{roleName(u.role)}</Table.Td>
                <Table.Td>
                  <Badge color={u.active ? 'teal' : 'gray.8'} variant={u.active ? 'light' : 'filled'}>
                    {u.active ? t('admin.users.active') : t('admin.users.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {u.lastLoginAt ? f.dateTime(u.lastLoginAt) : t('admin.users.never')}
                </Table.Td>
                <Table.Td>
                  {/* The buttons wrap inside their cell when the column is narrow (a laptop, English words). */}
                  <Group gap={6} wrap="wrap">
                    <Button
                      size="compact-sm"
                      variant="default"
                      disabled={self}
                      onClick={() => setChanging(u)}
                      aria-label={`${t('admin.users.changeRole')}: ${u.name}`}
                    >
                      {t('admin.users.changeRole')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      disabled={self}
                      loading={update.fetching}
                      onClick={() => void toggle(u)}
                      aria-label={`${u.active ? t('admin.users.deactivate') : t('admin.users.reactivate')}: ${u.name}`}
                      data-testid={`toggle-${u.email}`}
                    >
                      {u.active ? t('admin.users.deactivate') : t('admin.users.reactivate')}
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      disabled={!u.active}
                      onClick={() => setResetting(u)}
                      aria-label={`${t('admin.users.reset')}: ${u.name}`}
                      data-testid={`reset-${u.email}`}
                    >
                      {t('admin.users.reset')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </AdminTable>
      )}
      {conn && <Pager {...paging.pagerProps(conn)} />}
      <Text size="sm" c="dimmed">
        {t('admin.users.selfHint')}
      </Text>
      {changing && (
        <ChangeRole
          user={changing}
          onClose={(done) => {
            if (done) setNotice(t('admin.users.roleChanged', { name: changing.name, role: roleName(done) }));
            setChanging(null);
          }}
        />
      )}
      {resetting && <ResetPassword user={resetting} onClose={() => setResetting(null)} />}
    </Stack>
  );
}

interface NewUserValues {
  name: string;
  email: string;
  role: Role;
  password: string;
  companyId: string | null;
  industryCodes: string[];
}
const USER_FIELDS = ['name', 'email', 'role', 'password', 'companyId', 'industryCodes'];

function NewUser({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation();
  const [companySearch, setCompanySearch] = useState('');
  const [state, create] = useMutation(AdminCreateUserDocument);
  const [general, setGeneral] = useState<string | null>(null);
  const form = useForm<NewUserValues>({
    initialValues: { name: '', email: '', role: 'ADVISER', password: '', companyId: null, industryCodes: [] },
    validate: {
      name: (v) => (v.trim() ? null : t('admin.users.nameRequired')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('admin.users.emailInvalid')),
      companyId: (v, values) => (values.role === 'COMPANY' && !v ? t('admin.users.companyRequired') : null),
    },
  });
  const [companies] = useQuery({
    query: AdminCompaniesDocument,
    variables: { search: companySearch.trim() || null },
    pause: form.values.role !== 'COMPANY',
  });
  const submit = form.onSubmit(async (v) => {
    setGeneral(null);
    const r = await create({
      input: {
        name: v.name.trim(),
        email: v.email.trim(),
        role: v.role,
        password: v.password || null,
        companyId: v.role === 'COMPANY' ? v.companyId : null,
        industryCodes: v.role === 'CONSULTANT' ? v.industryCodes : null,
      },
    });
    if (r.data?.createUser) {
      onCreated(r.data.createUser.name);
      form.reset();
      return;
    }
    setGeneral(applyServerErrors(r.error, form.setErrors, USER_FIELDS));
  });
  return (
    <AdminForm
      id="new-user-title"
      title={t('admin.users.newUser')}
      errors={form.errors}
      general={general}
      onSubmit={submit}
      submitLabel={t('admin.users.create')}
      submitting={state.fetching}
      submitTestId="new-user-submit"
    >
      <TextInput label={t('admin.users.name')} required data-testid="new-user-name" {...form.getInputProps('name')} />
      <TextInput
        label={t('admin.users.email')}
        type="email"
        required
        autoComplete="off"
        data-testid="new-user-email"
        {...form.getInputProps('email')}
      />
      <Select
        label={t('admin.users.role')}
        required
        allowDeselect={false}
        data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        data-testid="new-user-role"
        {...form.getInputProps('role')}
      />
      <PasswordInput
        label={t('admin.users.password')}
        description={t('admin.users.passwordHint')}
        autoComplete="new-password"
        data-testid="new-user-password"
        {...form.getInputProps('password')}
      />
      {form.values.role === 'COMPANY' && (
        <Select
          label={t('admin.users.company')}
          required
          searchable
          searchValue={companySearch}
          onSearchChange={setCompanySearch}
          data={(companies.data?.companies.edges ?? []).map(({ node }) => ({
            value: node.id,
            label: `${node.name} (${node.cvr})`,
          }))}
          {...form.getInputProps('companyId')}
        />
      )}
      {form.values.role === 'CONSULTANT' && (
        <IndustryMultiSelect label={t('admin.users.portfolio')} {...form.getInputProps('industryCodes')} />
      )}
    </AdminForm>
  );
}

function ChangeRole({ user, onClose }: { user: Row; onClose: (done: Role | null) => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(user.role);
  const [state, send] = useMutation(AdminUpdateUserDocument);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Modal opened onClose={() => onClose(null)} title={t('admin.users.changeRoleOf', { name: user.name })}>
      <Stack>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Select
          label={t('admin.users.role')}
          allowDeselect={false}
          data={ROLES.filter((r) => r !== 'COMPANY' || user.role === 'COMPANY').map((r) => ({
            value: r,
            label: t(`roles.${r}`),
          }))}
          value={role}
          onChange={(v) => v && setRole(v as Role)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={state.fetching}
            onClick={async () => {
              const r = await send({ id: user.id, input: { role } });
              if (r.error) setProblem(r.error.graphQLErrors[0]?.message ?? r.error.message);
              else onClose(role);
            }}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ResetPassword({ user, onClose }: { user: Row; onClose: () => void }) {
  const { t } = useTranslation();
  const [state, send] = useMutation(AdminResetPasswordDocument);
  const password = state.data?.resetUserPassword.temporaryPassword;
  return (
    <Modal
      opened
      onClose={onClose}
      title={password ? t('admin.users.resetDone', { name: user.name }) : t('admin.users.reset')}
    >
      <Stack>
        {state.error && (
          <Alert color="red" role="alert">
            {state.error.graphQLErrors[0]?.message ?? state.error.message}
          </Alert>
        )}
        {password ? (
          <>
            <Code block fz="lg" data-testid="temporary-password">
              {password}
            </Code>
            <Text size="sm">{t('admin.users.resetShowOnce')}</Text>
            <Group justify="flex-end">
              <Button onClick={onClose}>{t('common.close')}</Button>
            </Group>
          </>
        ) : (
          <>
            <Text>{t('admin.users.resetConfirm', { name: user.name })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button loading={state.fetching} onClick={() => void send({ id: user.id })} data-testid="reset-confirm">
                {t('admin.users.confirm')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
