import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { NavItem } from '../../app/nav.js';

const CandidatesPage = lazy(() => import('./CandidatesPage.js').then((m) => ({ default: m.CandidatesPage })));
const CandidatePage = lazy(() => import('./CandidatePage.js').then((m) => ({ default: m.CandidatePage })));
const CandidateFormPage = lazy(() => import('./CandidateFormPage.js').then((m) => ({ default: m.CandidateFormPage })));
const PlacementsPage = lazy(() => import('./PlacementsPage.js').then((m) => ({ default: m.PlacementsPage })));
const PlacementNewPage = lazy(() => import('./PlacementNewPage.js').then((m) => ({ default: m.PlacementNewPage })));
const PlacementPage = lazy(() => import('./PlacementPage.js').then((m) => ({ default: m.PlacementPage })));

/** This workspace's pages (lazy-loaded, one chunk each) and its menu entries. */
export const routes: RouteObject[] = [
  { path: '/adviser/candidates', element: <CandidatesPage /> },
  { path: '/adviser/candidates/new', element: <CandidateFormPage /> },
  { path: '/adviser/candidates/:id', element: <CandidatePage /> },
  { path: '/adviser/candidates/:id/edit', element: <CandidateFormPage /> },
  { path: '/adviser/placements', element: <PlacementsPage /> },
  { path: '/adviser/placements/new', element: <PlacementNewPage /> },
  { path: '/adviser/placements/:id', element: <PlacementPage /> },
];

export const nav: NavItem[] = [
  { to: '/adviser/candidates', label: 'nav.candidates' },
  { to: '/adviser/placements', label: 'nav.placements' },
];
