import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { IguSlot } from '../igu-slots/igu-slot.entity.js';
import { MatchFactorView } from '../matching/matching.types.js';
import { UnsolvedTask } from '../tasks/unsolved-task.entity.js';

@InputType({ description: 'Which part of the portfolio to plan; all optional (default: the whole portfolio)' })
export class AssignmentPlanInput {
  @Field(() => [String], { nullable: true, description: 'DB07 division codes of the openings to plan' })
  industryCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these tasks and IGU slots' })
  openingIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these people' })
  candidateIds?: string[] | null;
}

@InputType({ description: 'One reviewed row of a plan: a person and a task or an IGU slot' })
export class AssignmentInput {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => ID, { nullable: true })
  taskId?: string | null;

  @Field(() => ID, { nullable: true })
  iguSlotId?: string | null;
}

@ObjectType({ description: 'One person given one opening by the plan' })
export class Assignment {
  @Field(() => Candidate)
  candidate!: Candidate;

  @Field(() => UnsolvedTask, { nullable: true })
  task!: UnsolvedTask | null;

  @Field(() => IguSlot, { nullable: true })
  iguSlot!: IguSlot | null;

  @Field(() => Float, { description: 'The match score, 0–100' })
  score!: number;

  @Field(() => [MatchFactorView])
  factors!: MatchFactorView[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the 6-week activation rule runs out for the person, if it applies and is within reach',
  })
  activationDeadline!: string | null;
}

@ObjectType({ description: 'People assigned to openings so that the total match score is highest' })
export class AssignmentPlan {
  @Field(() => [Assignment], { description: 'Sorted by opening, then score' })
  assignments!: Assignment[];

  @Field(() => Float, { description: 'Sum of the assignments’ match scores (the highest possible)' })
  totalScore!: number;

  @Field(() => Float, { description: 'What taking each opening’s best free person in turn would give' })
  greedyTotalScore!: number;

  @Field(() => Int, { description: 'People given an opening by one-by-one picking' })
  greedyAssigned!: number;

  @Field(() => Int, { description: 'Distinct people who were eligible for at least one opening' })
  candidatesConsidered!: number;

  @Field(() => Int, { description: 'Tasks and IGU slots with openings left' })
  openingsConsidered!: number;

  @Field(() => Int, { description: 'Places (openings left, summed) that the plan leaves empty' })
  unfilledOpenings!: number;

  @Field(() => Int, {
    description: 'People considered whose 6-week activation deadline is near or passed (the warning has started)',
  })
  deadlinesNear!: number;

  @Field(() => Int, { description: 'Of those, people the plan gives an opening' })
  deadlinesMet!: number;

  @Field(() => Int, { description: 'Of those, people one-by-one picking gives an opening' })
  greedyDeadlinesMet!: number;

  @Field(() => Int, { description: 'Time spent building and solving the optimisation, in milliseconds' })
  solveMs!: number;
}
