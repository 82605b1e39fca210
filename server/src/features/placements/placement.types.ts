import { Field, Float, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/pagination.js';
import { DateScalar } from '../../shared/scalars.js';
import { Placement } from './placement.entity.js';

export const PlacementConnection = ConnectionType(Placement, 'Placement');

@ObjectType({ description: "One ISO week of a person's hours: planned against attended and ordinary" })
export class WeekHours {
  @Field(() => String, { description: 'ISO week, e.g. "2026-W48"' })
  week!: string;

  @Field(() => DateScalar, { description: 'The Monday of the week' })
  weekStart!: string;

  @Field(() => Float, { description: 'From the hours plans of the placements active that week' })
  plannedHours!: number;

  @Field(() => Float)
  plannedOrdinaryHours!: number;

  @Field(() => Float, { description: 'Of the planned hours, those at IGU school (school periods that week)' })
  plannedSchoolHours!: number;

  @Field(() => Float, { nullable: true, description: 'From the follow-ups dated that week; null when none' })
  attendedHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'From the follow-ups dated that week; null when none' })
  ordinaryHours!: number | null;
}
