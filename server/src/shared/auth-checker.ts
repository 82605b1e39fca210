import type { AuthChecker } from 'type-graphql';
import type { Role } from '../features/auth/user.entity.js';
import type { Context } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/** `@Authorized()` needs a login; `@Authorized(Role.X, …)` also one of those roles. */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.user) throw unauthenticated();
  if (roles.length && !roles.includes(context.user.role)) throw forbidden('operation');
  return true;
};
