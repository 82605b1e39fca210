import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/pagination.js';
import { DateScalar } from '../../shared/scalars.js';
import { Competence } from '../competences/competence.entity.js';
import { ActivityKind, Candidate, Evidence } from './candidate.entity.js';
import { WeekException } from './week-exception.entity.js';

/** A competence the person has, with level and how it is known. */
@ObjectType()
export class CandidateCompetenceView {
  @Field(() => Competence)
  competence!: Competence;

  @Field(() => Int, { description: '1 beginner … 4 independent and can teach others' })
  level!: number;

  @Field(() => Evidence)
  evidence!: Evidence;
}

@ObjectType()
export class PlannedActivity {
  @Field(() => String)
  label!: string;

  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => Float)
  weeklyHours!: number;
}

/** This week's plan against the person's hour goal (full time, or the goal for their readiness). */
@ObjectType()
export class PlannedWeek {
  @Field(() => [PlannedActivity], { description: 'Danish classes, education and other activities' })
  activities!: PlannedActivity[];

  @Field(() => Float, { description: "Current planned hours of the person's active placements" })
  placementHours!: number;

  @Field(() => Float, { description: 'Of the placement hours, those at IGU school this week (school periods)' })
  schoolHours!: number;

  @Field(() => Float)
  total!: number;

  @Field(() => Float, { description: "The person's hour goal (hourGoal)" })
  goal!: number;

  @Field(() => Float, { description: 'Hours missing to reach the goal (0 when reached)' })
  gap!: number;

  @Field(() => Boolean, { description: "This week is below the person's hour goal: the page warns" })
  belowGoal!: boolean;

  @Field(() => Float, { description: 'The heaviest planned week from today on (placements ahead included)' })
  peakTotal!: number;

  @Field(() => DateScalar, { description: 'First day of the heaviest week' })
  peakFrom!: string;

  @Field(() => Float, { description: 'Full time (37): a heavier week needs an adviser-confirmed exception' })
  fullTimeHours!: number;

  @Field(() => Boolean, { description: 'The heaviest week ahead is above full time' })
  overFullTime!: boolean;

  @Field(() => WeekException, {
    nullable: true,
    description: "The adviser's latest confirmed exception, while the week is above full time",
  })
  exception!: WeekException | null;
}

export const CandidateConnection = ConnectionType(Candidate, 'Candidate');
