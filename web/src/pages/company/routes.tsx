import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import type { NavItem } from '../../app/nav.js';

const TasksPage = lazy(() => import('./TasksPage.js').then((m) => ({ default: m.TasksPage })));
const TaskFormPage = lazy(() => import('./TaskFormPage.js').then((m) => ({ default: m.TaskFormPage })));
const IguSlotsPage = lazy(() => import('./IguSlotsPage.js').then((m) => ({ default: m.IguSlotsPage })));
const IguSlotFormPage = lazy(() => import('./IguSlotFormPage.js').then((m) => ({ default: m.IguSlotFormPage })));
const ProposalsPage = lazy(() => import('./ProposalsPage.js').then((m) => ({ default: m.ProposalsPage })));
const MentorsPage = lazy(() => import('./MentorsPage.js').then((m) => ({ default: m.MentorsPage })));
const InternsPage = lazy(() => import('./InternsPage.js').then((m) => ({ default: m.InternsPage })));

/** This workspace's pages (lazy-loaded, one chunk each) and its menu entries. */
export const routes: RouteObject[] = [
  { path: '/company', element: <Navigate to="/" replace /> },
  { path: '/company/tasks', element: <TasksPage /> },
  { path: '/company/tasks/new', element: <TaskFormPage /> },
  { path: '/company/tasks/:id/edit', element: <TaskFormPage /> },
  { path: '/company/igu-slots', element: <IguSlotsPage /> },
  { path: '/company/igu-slots/new', element: <IguSlotFormPage /> },
  { path: '/company/igu-slots/:id/edit', element: <IguSlotFormPage /> },
  { path: '/company/proposals', element: <ProposalsPage /> },
  { path: '/company/interns', element: <InternsPage /> },
  { path: '/company/mentors', element: <MentorsPage /> },
];

export const nav: NavItem[] = [
  { to: '/company/tasks', label: 'company.nav.tasks' },
  { to: '/company/igu-slots', label: 'company.nav.iguSlots' },
  { to: '/company/proposals', label: 'company.nav.proposals' },
  { to: '/company/interns', label: 'company.nav.interns' },
  { to: '/company/mentors', label: 'company.nav.mentors' },
];
