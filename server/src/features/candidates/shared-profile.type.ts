import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DanishLevel } from '../../shared/enums.js';
import { Evidence } from './candidate.entity.js';

@ObjectType()
export class SharedCompetence {
  @Field(() => String, { description: 'Danish name' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English name' })
  nameEn!: string | null;

  @Field(() => Int)
  level!: number;

  @Field(() => Evidence)
  evidence!: Evidence;
}

/**
 * The minimal profile a company sees for a proposed person, with the person's consent.
 * Never surname, birth date, residence, arrival or accommodation needs.
 */
@ObjectType()
export class SharedCandidateProfile {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => [SharedCompetence])
  competences!: SharedCompetence[];

  @Field(() => DanishLevel)
  danishLevel!: DanishLevel;

  @Field(() => Float)
  availableWeeklyHours!: number;

  @Field(() => Float)
  goalWeeklyHours!: number;

  @Field(() => [String])
  languages!: string[];

  @Field(() => Float, { nullable: true, description: 'Km from the postcode centroid to the opening, 1 decimal' })
  distanceKm!: number | null;

  @Field(() => Boolean)
  hasDrivingLicence!: boolean;
}
