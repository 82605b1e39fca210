import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Role } from '../auth/user.entity.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { CorrectLadderStepInput } from './ladder.inputs.js';
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

  @Authorized(Role.ADVISER)
  @Mutation(() => Candidate, {
    description: "Sets a person's ladder step by hand with a reason (the person's own adviser only; audit-logged)",
  })
  correctLadderStep(
    @Arg('candidateId', () => ID) candidateId: string,
    @Arg('input', () => CorrectLadderStepInput) input: CorrectLadderStepInput,
    @Ctx() ctx: Context,
  ): Promise<Candidate> {
    return svc(ctx).correct(candidateId, input);
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

  @FieldResolver(() => [LadderStep], {
    description:
      "Steps below the person's step they never stood on (skipped, e.g. assessment straight to a wage subsidy); the person's adviser and admin only",
  })
  ladderSkipped(@Root() c: Candidate, @Ctx() ctx: Context): Promise<LadderStep[]> {
    return svc(ctx).skipped(c);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the caller may correct the step by hand (correctLadderStep): the person’s own adviser',
  })
  ladderCorrectable(@Root() c: Candidate, @Ctx() ctx: Context): boolean {
    return svc(ctx).mayCorrect(c);
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

  @FieldResolver(() => String, { nullable: true, description: 'Who corrected the step by hand; null for events' })
  correctedBy(@Root() e: LadderEntry, @Ctx() ctx: Context): Promise<string | null> {
    return svc(ctx).recordedByName(e);
  }
}
