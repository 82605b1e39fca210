import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/pagination.js';
import { DateScalar } from '../../shared/scalars.js';
import { Role } from '../auth/user.entity.js';
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

@ObjectType({ description: 'One week of a placement: its plan against the follow-up dated that week' })
export class PlacementWeek extends WeekHours {
  @Field(() => Int, { description: 'Placement week, 1 = the ISO week of the start date' })
  placementWeek!: number;

  @Field(() => Boolean, {
    description: 'No follow-up this week although one had fallen due by its end (and that day has passed)',
  })
  overdue!: boolean;
}

@ObjectType({ description: 'Who recorded a follow-up' })
export class FollowUpAuthor {
  @Field(() => ID, { nullable: true })
  id!: string | null;

  @Field(() => String, { description: 'The name, or a phrase when the user no longer exists' })
  name!: string;

  @Field(() => Role, { nullable: true })
  role!: Role | null;

  @Field(() => String, {
    description: 'Name and role in words, in the caller’s language, e.g. "Rikke Holm (jobrådgiver)"',
  })
  label!: string;
}
