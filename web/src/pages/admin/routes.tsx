import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../../app/nav.js';

const UsersPage = lazy(() => import('./UsersPage.js').then((m) => ({ default: m.UsersPage })));
const IndustriesPage = lazy(() => import('./IndustriesPage.js').then((m) => ({ default: m.IndustriesPage })));
const CompetencesPage = lazy(() => import('./CompetencesPage.js').then((m) => ({ default: m.CompetencesPage })));
const SettingsPage = lazy(() => import('./SettingsPage.js').then((m) => ({ default: m.SettingsPage })));
const AuditPage = lazy(() => import('./AuditPage.js').then((m) => ({ default: m.AuditPage })));

/** The administrator's pages (lazy-loaded, one chunk each); each tells anyone else it is admin-only. */
export const routes: RouteObject[] = [
  { path: '/admin/users', element: <UsersPage /> },
  { path: '/admin/industries', element: <IndustriesPage /> },
  { path: '/admin/competences', element: <CompetencesPage /> },
  { path: '/admin/settings', element: <SettingsPage /> },
  { path: '/admin/audit', element: <AuditPage /> },
];

export const nav: NavItem[] = [
  { to: '/admin/users', label: 'admin.nav.users', roles: ['ADMIN'] },
  { to: '/admin/industries', label: 'admin.nav.industries', roles: ['ADMIN'] },
  { to: '/admin/competences', label: 'admin.nav.competences', roles: ['ADMIN'] },
  { to: '/admin/settings', label: 'admin.nav.settings', roles: ['ADMIN'] },
  { to: '/admin/audit', label: 'admin.nav.audit', roles: ['ADMIN'] },
];
