import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Role } from '../auth/user.entity.js';
import { DashboardFilter } from './dashboard.inputs.js';
import { DashboardService } from './dashboard.service.js';
import { Dashboard } from './dashboard.types.js';

@Resolver()
export class DashboardResolver {
  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Query(() => Dashboard, {
    description:
      'Key figures by industry and consultant: active placements, shares at 18.5 and 37 ordinary hours, conversions, IGU slots, activation-gap breaches.',
  })
  dashboard(
    @Arg('filter', () => DashboardFilter, { nullable: true }) filter: DashboardFilter | null,
    @Ctx() ctx: Context,
  ) {
    return new DashboardService(ctx).get(filter);
  }
}
