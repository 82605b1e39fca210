import type { Role } from '../gql/graphql.js';

export interface NavItem {
  to: string;
  label: string;
}

/** Each role's workspace: what appears in the menu. */
export function navItemsFor(role: Role): NavItem[] {
  const home = { to: '/', label: 'nav.home' };
  switch (role) {
    case 'CONSULTANT':
      return [home];
    case 'ADVISER':
      return [home];
    case 'COMPANY':
      return [home];
    case 'ADMIN':
      return [home];
  }
}
