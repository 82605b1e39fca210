import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../../app/nav.js';

const CompaniesPage = lazy(() => import('./CompaniesPage.js').then((m) => ({ default: m.CompaniesPage })));
const NewCompanyPage = lazy(() => import('./NewCompanyPage.js').then((m) => ({ default: m.NewCompanyPage })));
const CompanyPage = lazy(() => import('./CompanyPage.js').then((m) => ({ default: m.CompanyPage })));
const NewTaskPage = lazy(() => import('./NewTaskPage.js').then((m) => ({ default: m.NewTaskPage })));
const TaskPage = lazy(() => import('./TaskPage.js').then((m) => ({ default: m.TaskPage })));
const IguSlotPage = lazy(() => import('./IguSlotPage.js').then((m) => ({ default: m.IguSlotPage })));
const SearchPage = lazy(() => import('./SearchPage.js').then((m) => ({ default: m.SearchPage })));
const AssignmentPlanPage = lazy(() =>
  import('./AssignmentPlanPage.js').then((m) => ({ default: m.AssignmentPlanPage })),
);
const CandidateProfilePage = lazy(() =>
  import('./CandidateProfilePage.js').then((m) => ({ default: m.CandidateProfilePage })),
);
const ProposalsPage = lazy(() => import('./ProposalsPage.js').then((m) => ({ default: m.ProposalsPage })));

/** This workspace's pages (lazy-loaded, one chunk each) and its menu entries. */
export const routes: RouteObject[] = [
  { path: 'consultant/companies', element: <CompaniesPage /> },
  { path: 'consultant/companies/new', element: <NewCompanyPage /> },
  { path: 'consultant/companies/:id', element: <CompanyPage /> },
  { path: 'consultant/companies/:id/tasks/new', element: <NewTaskPage /> },
  { path: 'consultant/tasks/:id', element: <TaskPage /> },
  { path: 'consultant/igu-slots/:id', element: <IguSlotPage /> },
  { path: 'consultant/search', element: <SearchPage /> },
  { path: 'consultant/candidates/:id', element: <CandidateProfilePage /> },
  { path: 'consultant/proposals', element: <ProposalsPage /> },
  { path: 'consultant/plan', element: <AssignmentPlanPage /> },
];

export const nav: NavItem[] = [
  { to: '/consultant/companies', label: 'consultant.nav.companies' },
  { to: '/consultant/search', label: 'consultant.nav.search' },
  { to: '/consultant/proposals', label: 'consultant.nav.proposals' },
  { to: '/consultant/plan', label: 'consultant.plan.nav' },
];
