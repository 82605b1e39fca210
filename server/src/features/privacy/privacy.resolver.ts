import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Expensive } from '../../shared/expensive.js';
import { Role } from '../auth/user.entity.js';
import { PrivacyService } from './privacy.service.js';

const service = (ctx: Context) => new PrivacyService(ctx.em, ctx.user!, ctx.config, ctx.services.search);

@Resolver()
export class PrivacyResolver {
  @Authorized(Role.ADMIN, Role.ADVISER)
  @Query(() => String, {
    description: 'Everything held about one person as JSON, including who looked at it (own adviser or admin)',
  })
  @Expensive()
  exportPersonData(@Arg('candidateId', () => ID) candidateId: string, @Ctx() ctx: Context): Promise<string> {
    return service(ctx).exportPerson(candidateId);
  }

  @Authorized(Role.ADMIN, Role.ADVISER)
  @Mutation(() => Boolean, {
    description: 'Erases a person from PostgreSQL and the search index (own adviser or admin)',
  })
  eraseCandidate(
    @Arg('candidateId', () => ID) candidateId: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return service(ctx).erase(candidateId, reason);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Int, {
    description: 'Anonymises candidates inactive longer than the retention period; returns how many',
  })
  @Expensive()
  applyRetention(@Ctx() ctx: Context): Promise<number> {
    return service(ctx).applyRetention();
  }
}
