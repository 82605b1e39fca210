import {
  Alert,
  Button,
  Card,
  Center,
  Divider,
  Group,
  List,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../app/auth.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { LoginDocument, LoginOptionsDocument } from './LoginPage.operations.js';

const DEMO = ['konsulent@demo.dk', 'raadgiver@demo.dk', 'virksomhed@demo.dk', 'admin@demo.dk'];

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { me, refresh } = useAuth();
  const [options] = useQuery({ query: LoginOptionsDocument });
  // Until the server says otherwise: the password form, no single sign-on.
  const password = options.data?.loginOptions?.password ?? true;
  const sso = options.data?.loginOptions?.singleSignOnUrl ?? null;
  const navigate = useNavigate();
  const [state, login] = useMutation(LoginDocument);
  const form = useForm({ initialValues: { email: '', password: '' } });

  if (me) return <Navigate to="/" replace />;

  return (
    <Center mih="100vh" p="md">
      <Card withBorder shadow="sm" w={420} padding="xl" component="main" id="main">
        <Stack>
          <Group justify="space-between" align="flex-start">
            <Title order={1}>{t('app.name')}</Title>
            <LanguageSwitch />
          </Group>
          <Text c="dimmed">{t('login.intro')}</Text>
          {sso && (
            <Stack gap="xs">
              <Button
                component="a"
                href={`${sso}?lang=${i18n.language === 'en' ? 'en' : 'da'}`}
                variant={password ? 'default' : 'filled'}
                data-testid="login-sso"
              >
                {t('login.sso')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('login.ssoHelp')}
              </Text>
              {password && <Divider label={t('login.or')} labelPosition="center" />}
            </Stack>
          )}
          {password ? (
            <>
              <form
                aria-label={t('login.title')}
                onSubmit={form.onSubmit(async (values) => {
                  const result = await login(values);
                  if (!result.error) {
                    refresh();
                    navigate('/');
                  }
                })}
              >
                <Stack>
                  <Title order={2} size="h3">
                    {t('login.title')}
                  </Title>
                  <TextInput
                    label={t('login.email')}
                    type="email"
                    autoComplete="username"
                    required
                    {...form.getInputProps('email')}
                  />
                  <PasswordInput
                    label={t('login.password')}
                    autoComplete="current-password"
                    required
                    {...form.getInputProps('password')}
                  />
                  {state.error && (
                    <Alert color="red" role="alert" title={t('login.failed')}>
                      {state.error.graphQLErrors[0]?.message ?? state.error.message}
                    </Alert>
                  )}
                  <Button type="submit" loading={state.fetching}>
                    {t('login.submit')}
                  </Button>
                </Stack>
              </form>
              <Text size="sm" fw={500}>
                {t('login.demo')}
              </Text>
              <List size="sm">
                {DEMO.map((email) => (
                  <List.Item key={email}>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => form.setValues({ email, password: 'demo1234' })}
                    >
                      {email}
                    </Button>
                  </List.Item>
                ))}
              </List>
            </>
          ) : (
            !sso && (
              <Alert color="red" role="alert">
                {t('login.noWay')}
              </Alert>
            )
          )}
        </Stack>
      </Card>
    </Center>
  );
}
