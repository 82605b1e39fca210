import { Field, InputType, Int } from 'type-graphql';

/** The adviser's correction of a person's step by hand (issue 16.5): the step and why. */
@InputType()
export class CorrectLadderStepInput {
  @Field(() => Int, { description: "The person's version as read (stale: CONFLICT)" })
  version!: number;

  @Field(() => String, { description: 'The step key, one of ladderSteps' })
  step!: string;

  @Field(() => String, { description: 'Why the step is set by hand (shown in the history, audit-logged)' })
  reason!: string;
}
