import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { LadderService } from './ladder.service.js';
import { LadderStep } from './ladder.types.js';
import { LadderEntry } from './ladder-entry.entity.js';

const svc = (ctx: Context) => new LadderService(ctx);

@Resolver()
export class LadderResolver {
  @Authorized()
  @Query(() => [LadderStep], { description: 'The progression ladder as configured, lowest step first' })
  ladderSteps(@Ctx() ctx: Context): LadderStep[] {
    return svc(ctx).steps();
  }
}

@Resolver(() => Candidate)
export class CandidateLadderResolver {
  @FieldResolver(() => LadderStep, {
    nullable: true,
    description: "The person's step on the progression ladder; the person's adviser and admin only",
  })
  ladderStep(@Root() c: Candidate, @Ctx() ctx: Context): LadderStep | null {
    return svc(ctx).current(c);
  }

  @FieldResolver(() => [LadderEntry], {
    description: "The person's moves on the ladder, newest first; the person's adviser and admin only",
  })
  ladderHistory(@Root() c: Candidate, @Ctx() ctx: Context): Promise<LadderEntry[]> {
    return svc(ctx).history(c);
  }
}

@Resolver(() => LadderEntry)
export class LadderEntryResolver {
  @FieldResolver(() => LadderStep)
  fromStep(@Root() e: LadderEntry, @Ctx() ctx: Context): LadderStep {
    return svc(ctx).step(e.fromStepKey);
  }

  @FieldResolver(() => LadderStep)
  toStep(@Root() e: LadderEntry, @Ctx() ctx: Context): LadderStep {
    return svc(ctx).step(e.toStepKey);
  }
}
