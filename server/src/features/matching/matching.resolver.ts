import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Expensive } from '../../shared/expensive.js';
import { selects } from '../../shared/selection.js';
import { Role } from '../auth/user.entity.js';
import { MatchingService } from './matching.service.js';
import { CandidateMatch, CandidateSearchFilter, CandidateSearchResult, OpeningMatch } from './matching.types.js';

@ArgsType()
class SearchCandidatesArgs {
  @Field(() => String, { nullable: true })
  query?: string | null;

  @Field(() => CandidateSearchFilter, { nullable: true })
  filter?: CandidateSearchFilter | null;

  @Field(() => Int, { defaultValue: 20 })
  first: number = 20;
}

// Every operation here is @Authorized: the caller is known.
const service = (ctx: Context) => new MatchingService({ ...ctx, user: ctx.user! });

@Resolver()
export class MatchingResolver {
  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Query(() => CandidateSearchResult, { description: 'Typo-tolerant search over consenting, active candidates' })
  @Expensive()
  searchCandidates(
    @Args() args: SearchCandidatesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CandidateSearchResult> {
    return service(ctx).searchCandidates(args.query, args.filter, args.first, {
      hits: selects(info, 'hits'),
      facets: selects(info, 'facets'),
      highlights: selects(info, 'hits.highlights'),
    });
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Query(() => [CandidateMatch])
  @Expensive()
  matchCandidatesForTask(
    @Arg('taskId', () => ID) taskId: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<CandidateMatch[]> {
    return service(ctx).matchCandidatesForTask(taskId, first);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Query(() => [CandidateMatch])
  @Expensive()
  matchCandidatesForIguSlot(
    @Arg('iguSlotId', () => ID) iguSlotId: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<CandidateMatch[]> {
    return service(ctx).matchCandidatesForIguSlot(iguSlotId, first);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Query(() => [OpeningMatch], { description: 'Unsolved tasks and IGU slots suggested for a candidate' })
  @Expensive()
  matchOpeningsForCandidate(
    @Arg('candidateId', () => ID) candidateId: string,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<OpeningMatch[]> {
    return service(ctx).matchOpeningsForCandidate(candidateId, first);
  }
}
