import { Field, Int, ObjectType } from 'type-graphql';

/** A step of the progression ladder as configured. */
@ObjectType({ description: 'A step of the progression ladder (configured in LADDER_STEPS)' })
export class LadderStep {
  @Field(() => String, { description: 'The configured key, e.g. INTERNSHIP' })
  key!: string;

  @Field(() => String, { description: "The step's name in the caller's language" })
  label!: string;

  @Field(() => Int, { description: '1 for the lowest step' })
  position!: number;
}

@ObjectType({ description: 'How many people stand on a step' })
export class LadderStepCount {
  @Field(() => LadderStep)
  step!: LadderStep;

  @Field(() => Int)
  count!: number;
}
