import type { Role } from '../gql/graphql.js';
import { nav as adminNav } from '../pages/admin/routes.js';
import { nav as adviserNav } from '../pages/adviser/routes.js';
import { nav as companyNav } from '../pages/company/routes.js';
import { nav as consultantNav } from '../pages/consultant/routes.js';
import { nav as overviewNav } from '../pages/overview/routes.js';

export interface NavItem {
  to: string;
  /** i18n key */
  label: string;
  /** Shown only to these roles (default: every role that has the workspace). */
  roles?: Role[];
}

const home: NavItem = { to: '/', label: 'nav.home' };

/** Each role's workspace: what appears in the menu. */
export function navItemsFor(role: Role): NavItem[] {
  return workspaceItems(role).filter((item) => !item.roles || item.roles.includes(role));
}

function workspaceItems(role: Role): NavItem[] {
  switch (role) {
    case 'CONSULTANT':
      return [home, ...consultantNav, ...overviewNav];
    case 'ADVISER':
      return [home, ...adviserNav, ...overviewNav];
    case 'COMPANY':
      return [home, ...companyNav];
    case 'ADMIN':
      return [home, ...adminNav, ...consultantNav, ...adviserNav, ...overviewNav];
  }
}
