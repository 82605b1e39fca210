import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth.js';
import { localName } from '../../i18n/names.js';
import { AdviserHome } from '../adviser/AdviserHome.js';
import { CompanyHome } from '../company/CompanyHome.js';
import { ConsultantHome } from '../consultant/ConsultantHome.js';
import { AdminHome } from '../overview/AdminHome.js';

const HOMES = { CONSULTANT: ConsultantHome, ADVISER: AdviserHome, COMPANY: CompanyHome, ADMIN: AdminHome } as const;

/** The role's home page: the start of its workspace. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  if (!me) return null;
  const RoleHome = HOMES[me.role];
  return (
    <Stack>
      <Title order={2} data-testid="home-title">
        {t('home.welcome', { name: me.name })}
      </Title>
      <Paper withBorder p="md">
        <Group>
          <Badge data-testid="role-badge">{t(`roles.${me.role}`)}</Badge>
          <Text>{t(`home.${me.role}`)}</Text>
        </Group>
        {me.industries.length > 0 && (
          <Group mt="sm" gap="xs">
            {me.industries.map((i) => (
              <Badge key={i.code} variant="outline" title={localName(i, i18n.language)}>
                {i.code} {localName(i, i18n.language)}
              </Badge>
            ))}
          </Group>
        )}
      </Paper>
      <RoleHome />
    </Stack>
  );
}
