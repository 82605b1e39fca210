import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Role } from '../auth/user.entity.js';
import { ComparisonService } from './comparison.service.js';
import { CandidateComparison } from './comparison.types.js';

@Resolver()
export class ComparisonResolver {
  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Query(() => CandidateComparison, {
    description:
      'One person beside one task or IGU slot: each requirement met or not, with the match score. Audit-logged as a read of the person.',
  })
  compareCandidateWithOpening(
    @Arg('candidateId', () => ID) candidateId: string,
    @Arg('taskId', () => ID, { nullable: true }) taskId: string | null,
    @Arg('iguSlotId', () => ID, { nullable: true }) iguSlotId: string | null,
    @Ctx() ctx: Context,
  ): Promise<CandidateComparison> {
    return new ComparisonService(ctx).compare(candidateId, taskId, iguSlotId);
  }
}
