import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Expensive } from '../../shared/expensive.js';
import { Role } from '../auth/user.entity.js';
import { EffectFilter } from './effect.inputs.js';
import { EffectService } from './effect.service.js';
import { EffectReport } from './effect.types.js';

@Resolver()
export class EffectResolver {
  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Query(() => EffectReport, {
    description:
      'Cohorts by start month and placement type: ordinary hours and ordinary work 3, 6 and 12 months after the start; conversion rates per company and consultant.',
  })
  @Expensive()
  effectReport(
    @Arg('filter', () => EffectFilter, { nullable: true }) filter: EffectFilter | null,
    @Ctx() ctx: Context,
  ) {
    return new EffectService(ctx).report(filter);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Query(() => String, {
    description: 'The effect report as CSV (Danish header, semicolons): cohort × milestone rows.',
  })
  exportEffectCsv(
    @Arg('filter', () => EffectFilter, { nullable: true }) filter: EffectFilter | null,
    @Ctx() ctx: Context,
  ) {
    return new EffectService(ctx).csv(filter);
  }
}
