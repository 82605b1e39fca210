import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Industry } from './industry.entity.js';

@Resolver(() => Industry)
export class IndustryResolver {
  @Query(() => [Industry], { description: 'DB07 sections and two-digit divisions (public reference data).' })
  industries(@Ctx() ctx: Context): Promise<Industry[]> {
    return ctx.em.find(Industry, {}, { orderBy: { code: 'asc' } });
  }
}
