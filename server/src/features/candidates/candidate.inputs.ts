import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DanishLevel } from '../../shared/enums.js';
import { DateScalar } from '../../shared/scalars.js';
import {
  ActivityKind,
  CandidateStatus,
  Evidence,
  Readiness,
  RecognitionStatus,
  ResidenceCategory,
  TargetGroup,
} from './candidate.entity.js';

@InputType({ description: 'A foreign education and how far it is recognised in Denmark' })
export class ForeignEducationInput {
  @Field(() => String)
  title!: string;

  @Field(() => Int, { nullable: true })
  years?: number | null;

  @Field(() => RecognitionStatus, { nullable: true, description: 'Default NOT_APPLIED' })
  recognitionStatus?: RecognitionStatus | null;
}

@InputType({ description: 'Another weekly activity, e.g. Danish classes' })
export class WeeklyActivityInput {
  @Field(() => ActivityKind)
  kind!: ActivityKind;

  @Field(() => String)
  label!: string;

  @Field(() => Float)
  weeklyHours!: number;
}

@InputType()
export class CreateCandidateInput {
  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => String)
  postcode!: string;

  @Field(() => TargetGroup)
  targetGroup!: TargetGroup;

  @Field(() => Readiness)
  readiness!: Readiness;

  @Field(() => ResidenceCategory)
  residenceCategory!: ResidenceCategory;

  @Field(() => DateScalar, { nullable: true, description: 'Arrival in Denmark; needed for IGU eligibility' })
  arrivalDate?: string | null;

  @Field(() => DanishLevel)
  danishLevel!: DanishLevel;

  @Field(() => String, { nullable: true, description: 'Optional DU/module detail, e.g. "DU2 modul 4"' })
  danishModule?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The job centre's own id of the person (e.g. from its case system), at most 64 characters, unique",
  })
  externalId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Languages spoken besides Danish' })
  languages?: string[] | null;

  @Field(() => Float)
  availableWeeklyHours!: number;

  @Field(() => Float, {
    nullable: true,
    description: "An individual hour goal; default (null): the goal for the person's readiness (configuration)",
  })
  goalWeeklyHours?: number | null;

  @Field(() => Float, { nullable: true, description: 'Default 0' })
  currentOrdinaryHours?: number | null;

  @Field(() => [String], { nullable: true, description: 'DB07 division codes, e.g. ["56", "81"]' })
  industriesWished?: string[] | null;

  @Field(() => Boolean)
  hasDrivingLicence!: boolean;

  @Field(() => Int)
  maxCommuteKm!: number;

  @Field(() => String, { nullable: true })
  education?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => Boolean)
  consentToShare!: boolean;

  @Field(() => ID, { nullable: true, description: 'ADMIN only; an adviser becomes the adviser of the person' })
  adviserId?: string | null;

  @Field(() => String, { nullable: true, description: 'Health-related limits; the own adviser only' })
  accommodationNeeds?: string | null;

  @Field(() => [ForeignEducationInput], { nullable: true })
  foreignEducations?: ForeignEducationInput[] | null;

  @Field(() => [WeeklyActivityInput], { nullable: true })
  weeklyActivities?: WeeklyActivityInput[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The adviser's reason for a planned week (placements + activities) over full time (37 h); without it such a week is refused",
  })
  weekExceptionReason?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Default today' })
  enrolledOn?: string | null;
}

/** Every field optional: a missing field keeps its value; null clears an optional one. */
@InputType()
export class UpdateCandidateInput {
  @Field(() => Int, { description: 'The version you read; a stale one gives CONFLICT' })
  version!: number;

  @Field(() => String, { nullable: true })
  firstName?: string | null;

  @Field(() => String, { nullable: true })
  lastName?: string | null;

  @Field(() => DateScalar, { nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  postcode?: string | null;

  @Field(() => TargetGroup, { nullable: true })
  targetGroup?: TargetGroup | null;

  @Field(() => Readiness, { nullable: true })
  readiness?: Readiness | null;

  @Field(() => ResidenceCategory, { nullable: true })
  residenceCategory?: ResidenceCategory | null;

  @Field(() => DateScalar, { nullable: true })
  arrivalDate?: string | null;

  @Field(() => DanishLevel, { nullable: true })
  danishLevel?: DanishLevel | null;

  @Field(() => String, { nullable: true })
  danishModule?: string | null;

  @Field(() => String, { nullable: true, description: "The job centre's own id of the person; null removes it" })
  externalId?: string | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => Float, { nullable: true })
  availableWeeklyHours?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "An individual hour goal; null removes it, so the goal for the person's readiness applies",
  })
  goalWeeklyHours?: number | null;

  @Field(() => Float, { nullable: true })
  currentOrdinaryHours?: number | null;

  @Field(() => [String], { nullable: true })
  industriesWished?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  hasDrivingLicence?: boolean | null;

  @Field(() => Int, { nullable: true })
  maxCommuteKm?: number | null;

  @Field(() => String, { nullable: true })
  education?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false revokes consent at once' })
  consentToShare?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'ADMIN only: move the person to another adviser' })
  adviserId?: string | null;

  @Field(() => Float, {
    nullable: true,
    description: "The person's own adviser only: what they receive today per month (kr.); null clears",
  })
  referenceMonthlyIncome?: number | null;

  @Field(() => String, { nullable: true })
  accommodationNeeds?: string | null;

  @Field(() => [ForeignEducationInput], { nullable: true, description: 'Replaces the list when given' })
  foreignEducations?: ForeignEducationInput[] | null;

  @Field(() => [WeeklyActivityInput], { nullable: true, description: 'Replaces the list when given' })
  weeklyActivities?: WeeklyActivityInput[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The adviser's reason for a planned week (placements + activities) over full time (37 h); without it such a week is refused",
  })
  weekExceptionReason?: string | null;

  @Field(() => DateScalar, { nullable: true })
  enrolledOn?: string | null;

  @Field(() => CandidateStatus, { nullable: true })
  status?: CandidateStatus | null;
}

@InputType()
export class CandidateCompetenceInput {
  @Field(() => ID)
  competenceId!: string;

  @Field(() => Int, { description: '1 beginner … 4 independent and can teach others' })
  level!: number;

  @Field(() => Evidence, { nullable: true, description: 'Default SELF_REPORTED' })
  evidence?: Evidence | null;
}

@InputType()
export class CandidateFilter {
  @Field(() => ID, { nullable: true })
  adviserId?: string | null;

  @Field(() => Readiness, { nullable: true })
  readiness?: Readiness | null;

  @Field(() => CandidateStatus, { nullable: true })
  status?: CandidateStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the first name (or last name, in your own caseload)' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only my own caseload (the default for advisers)' })
  mine?: boolean | null;
}
