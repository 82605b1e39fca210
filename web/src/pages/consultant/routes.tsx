import type { RouteObject } from 'react-router';
import type { NavItem } from '../../app/nav.js';

/** This workspace's pages (lazy-loaded, one chunk each) and its menu entries. */
export const routes: RouteObject[] = [];

export const nav: NavItem[] = [];
