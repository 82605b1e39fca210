import { Anchor, AppShell, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useAuth } from '../app/auth.js';
import { navItemsFor } from '../app/nav.js';
import { dynamicText } from '../i18n/enums.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { LogoutDocument } from './Layout.operations.js';

export function Layout() {
  const { t } = useTranslation();
  const { me, refresh } = useAuth();
  const [opened, setOpened] = useState(false);
  const close = () => setOpened(false);
  const [, logout] = useMutation(LogoutDocument);
  const navigate = useNavigate();
  const location = useLocation();
  const items = me ? navItemsFor(me.role) : [];
  // On a phone the menu covers the page: choosing a page closes it (on the click, not on the new
  // address: a lazily loaded page changes the address later and would shut a menu opened meanwhile).

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t('app.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger
              opened={opened}
              onClick={() => setOpened((o) => !o)}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.menu')}
              aria-expanded={opened}
              aria-controls="main-menu"
              data-testid="menu-burger"
            />
            <Anchor component={Link} to="/" underline="never">
              <Title order={1} size="h3">
                {t('app.name')}
              </Title>
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group>
            <LanguageSwitch />
            {me && (
              <>
                <Text size="sm" visibleFrom="sm">
                  {me.name} · {t(`roles.${me.role}`)}
                </Text>
                <Button
                  variant="light"
                  size="xs"
                  onClick={async () => {
                    await logout({});
                    refresh();
                    navigate('/login');
                  }}
                >
                  {t('nav.logout')}
                </Button>
              </>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')} id="main-menu" data-menu-closed={opened ? undefined : true}>
        {items.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={dynamicText(t, item.label)}
            active={isActive(item.to, location.pathname, items)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

/** The most specific menu item that matches the address is the active one. */
function isActive(to: string, path: string, items: { to: string }[]): boolean {
  const matches = (t: string) => (t === '/' ? path === '/' : path === t || path.startsWith(`${t}/`));
  if (!matches(to)) return false;
  return !items.some((other) => other.to !== to && other.to.length > to.length && matches(other.to));
}
