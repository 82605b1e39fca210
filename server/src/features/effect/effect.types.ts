import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { PlacementType } from '../placements/placement.entity.js';

@ObjectType({ description: 'Where a group of people stood a number of months after their placement started' })
export class EffectMilestone {
  @Field(() => Int, { description: '3, 6 or 12' })
  months!: number;

  @Field(() => Int, { description: 'People whose milestone date has passed: the others are not counted yet' })
  observed!: number;

  @Field(() => Int, { description: 'Of those observed: people with ordinary paid hours at that date' })
  withOrdinaryHours!: number;

  @Field(() => Float, { description: 'withOrdinaryHours ÷ observed (0 when none observed)' })
  shareWithOrdinaryHours!: number;

  @Field(() => Float, { nullable: true, description: 'Median weekly ordinary hours of those with any; null when none' })
  medianOrdinaryHours!: number | null;

  @Field(() => Int, {
    description: 'Of those observed: people in ordinary work (converted, or in an ordinary-hours job)',
  })
  inOrdinaryWork!: number;

  @Field(() => Float)
  shareInOrdinaryWork!: number;
}

@ObjectType({ description: 'People whose placement of one type started in one month' })
export class EffectCohort {
  @Field(() => String, { description: 'Start month, e.g. "2026-03"' })
  month!: string;

  @Field(() => PlacementType)
  type!: PlacementType;

  @Field(() => Int, { description: 'People in the cohort' })
  people!: number;

  @Field(() => [EffectMilestone])
  milestones!: EffectMilestone[];
}

@ObjectType({ description: 'Ended placements and how many of them converted to ordinary hours' })
export class ConversionRate {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  ended!: number;

  @Field(() => Int)
  converted!: number;

  @Field(() => Float, { description: 'converted ÷ ended' })
  rate!: number;
}

@ObjectType({ description: 'Effect of placements, by cohort, for reporting to the political level' })
export class EffectReport {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => [EffectCohort])
  cohorts!: EffectCohort[];

  @Field(() => [EffectMilestone], { description: 'All cohorts together, per milestone' })
  totals!: EffectMilestone[];

  @Field(() => [ConversionRate], { description: 'Companies with the most ended placements (at most 25)' })
  byCompany!: ConversionRate[];

  @Field(() => [ConversionRate], { description: 'Each consultant, through the companies in their portfolio' })
  byConsultant!: ConversionRate[];

  @Field(() => String, { description: "A few sentences for a report, in the caller's language" })
  summary!: string;
}
