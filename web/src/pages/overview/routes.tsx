import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../../app/nav.js';

const DashboardPage = lazy(() => import('./DashboardPage.js').then((m) => ({ default: m.DashboardPage })));
const EffectPage = lazy(() => import('./EffectPage.js').then((m) => ({ default: m.EffectPage })));
const ImportPage = lazy(() => import('./ImportPage.js').then((m) => ({ default: m.ImportPage })));
const ExportPage = lazy(() => import('./ExportPage.js').then((m) => ({ default: m.ExportPage })));

/** This workspace's pages (lazy-loaded, one chunk each) and its menu entries. */
export const routes: RouteObject[] = [
  { path: '/overview', element: <DashboardPage /> },
  { path: '/overview/effect', element: <EffectPage /> },
  { path: '/overview/import', element: <ImportPage /> },
  { path: '/overview/export', element: <ExportPage /> },
];

export const nav: NavItem[] = [
  { to: '/overview', label: 'overview.nav.dashboard' },
  { to: '/overview/effect', label: 'overview.nav.effect' },
  { to: '/overview/import', label: 'overview.nav.importExport' },
];
