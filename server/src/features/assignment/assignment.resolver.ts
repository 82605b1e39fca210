import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Role } from '../auth/user.entity.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { AssignmentService } from './assignment.service.js';
import { AssignmentInput, AssignmentPlan, AssignmentPlanInput } from './assignment.types.js';

@Resolver()
export class AssignmentResolver {
  @Authorized(Role.ADMIN, Role.CONSULTANT)
  @Query(() => AssignmentPlan, {
    description:
      'People assigned to open tasks and IGU slots so that the total match score is highest: each opening at most its openings left, each person at most one',
  })
  assignmentPlan(
    @Arg('input', () => AssignmentPlanInput, { nullable: true }) input: AssignmentPlanInput | null,
    @Ctx() ctx: Context,
  ): Promise<AssignmentPlan> {
    return new AssignmentService(ctx).plan(input);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT)
  @Mutation(() => [Proposal], {
    description:
      'Puts the reviewed rows of a plan on the openings’ shortlists (SUGGESTED) in one transaction: any invalid row, and nothing is written',
  })
  proposeAssignments(
    @Arg('items', () => [AssignmentInput]) items: AssignmentInput[],
    @Ctx() ctx: Context,
  ): Promise<Proposal[]> {
    return new AssignmentService(ctx).propose(items);
  }
}
