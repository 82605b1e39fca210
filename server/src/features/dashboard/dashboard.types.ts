import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LadderStepCount } from '../ladder/ladder.types.js';
import { PlacementType } from '../placements/placement.entity.js';

@ObjectType()
export class PlacementTypeCount {
  @Field(() => PlacementType)
  type!: PlacementType;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class IndustryCount {
  @Field(() => String)
  industryCode!: string;

  @Field(() => String, { description: 'Danish name' })
  industryName!: string;

  @Field(() => String, { nullable: true, description: 'English name; null: none (show the Danish name)' })
  industryNameEn!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class MonthCount {
  @Field(() => String, { description: 'e.g. "2026-11"' })
  month!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A consultant as the dashboard names them' })
export class DashboardConsultant {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType()
export class ConsultantFigures {
  @Field(() => DashboardConsultant)
  consultant!: DashboardConsultant;

  @Field(() => Int, { description: "Active placements at the consultant's companies" })
  activePlacements!: number;

  @Field(() => Int, { description: 'Conversions to ordinary hours in the period' })
  conversions!: number;
}

@ObjectType({ description: 'Key figures, computed in PostgreSQL, optionally for one industry or consultant' })
export class Dashboard {
  @Field(() => Int)
  activePlacements!: number;

  @Field(() => [PlacementTypeCount], { description: 'Active placements by type' })
  placementsByType!: PlacementTypeCount[];

  @Field(() => [IndustryCount], { description: "Active placements by the company's industry" })
  placementsByIndustry!: IndustryCount[];

  @Field(() => Int, {
    description:
      'Active candidates; with an industry or consultant filter, those with an active placement at such a company',
  })
  candidatesActive!: number;

  @Field(() => Float, {
    description: 'Share (0–1) of those candidates with at least 18.5 ordinary hours a week (self-supporting hours)',
  })
  shareAtLeast18_5OrdinaryHours!: number;

  @Field(() => Float, { description: 'Share (0–1) of those candidates with 37 ordinary hours a week (full time)' })
  shareAt37OrdinaryHours!: number;

  @Field(() => [LadderStepCount], {
    description: 'Those candidates per step of the progression ladder, every configured step, lowest first',
  })
  ladder!: LadderStepCount[];

  @Field(() => Int, { description: 'Placements ended as CONVERTED_TO_ORDINARY_HOURS in the period' })
  conversionsToOrdinaryHours!: number;

  @Field(() => [MonthCount], { description: 'Conversions by the month of the end date' })
  conversionsByMonth!: MonthCount[];

  @Field(() => Int, { description: 'IGU positions (openings of open or filled slots) at public employers' })
  iguSlotsPublic!: number;

  @Field(() => Int, { description: 'IGU positions (openings of open or filled slots) at private employers' })
  iguSlotsPrivate!: number;

  @Field(() => Int, {
    description:
      'Job-ready people in the integration programme without a company-directed offer for the activation limit (6 weeks) or longer; with a filter, those whose last placement was at such a company',
  })
  activationGapBreaches!: number;

  @Field(() => [ConsultantFigures])
  byConsultant!: ConsultantFigures[];
}
