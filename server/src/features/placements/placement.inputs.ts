import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';
import { PlacementStatus, PlacementType } from './placement.entity.js';

@InputType({ description: 'One step of the hours plan: from this placement week on, these weekly hours' })
export class HoursPlanStepInput {
  @Field(() => Int, { description: 'Placement week, 1 = the ISO week of the start date' })
  fromWeek!: number;

  @Field(() => Float, { description: 'More than 0, at most 37' })
  weeklyHours!: number;

  @Field(() => Float, { description: 'Of which ordinary paid hours: 0 up to weeklyHours' })
  ordinaryHours!: number;
}

@InputType({ description: 'A block of IGU school: first and last day' })
export class SchoolPeriodInput {
  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar)
  endDate!: string;
}

@InputType()
export class StartPlacementInput {
  @Field(() => ID)
  candidateId!: string;

  @Field(() => ID)
  companyId!: string;

  @Field(() => ID, { nullable: true, description: 'The unsolved task the person will work on, if any' })
  taskId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for type IGU' })
  iguSlotId?: string | null;

  @Field(() => PlacementType)
  type!: PlacementType;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  plannedEndDate?: string | null;

  @Field(() => [HoursPlanStepInput], { description: 'At least one step; the first from week 1' })
  hoursPlan!: HoursPlanStepInput[];

  @Field(() => ID, {
    nullable: true,
    description: "One of the company's mentors (a full one is refused); its name becomes mentorName",
  })
  mentorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, for a company without mentors in the system' })
  mentorName?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for an internship: what the person will learn' })
  learningGoals?: string | null;

  @Field(() => [SchoolPeriodInput], {
    nullable: true,
    description: "IGU only: the school periods; omitted, the programme's school weeks are planned as even blocks",
  })
  schoolPeriods?: SchoolPeriodInput[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The adviser's reason for a planned week (placements + activities) over full time (37 h); without it such a week is refused",
  })
  weekExceptionReason?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: a DRAFT agreement the company approves, then the job centre; only then ACTIVE. Omitted: starts at once',
  })
  draft?: boolean | null;
}

@InputType({ description: 'Changes to a placement; omitted fields stay as they are' })
export class UpdatePlacementInput {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Moves the start: only before the placement has started, not into the past, not after the planned end, and within the type's longest length (an IGU programme's end moves with it)",
  })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'null clears the planned end' })
  plannedEndDate?: string | null;

  @Field(() => [HoursPlanStepInput], { nullable: true })
  hoursPlan?: HoursPlanStepInput[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "One of the company's mentors (a full one is refused); null clears it, with mentorName",
  })
  mentorId?: string | null;

  @Field(() => String, { nullable: true, description: 'null or empty clears the mentor' })
  mentorName?: string | null;

  @Field(() => String, { nullable: true })
  learningGoals?: string | null;

  @Field(() => [SchoolPeriodInput], { nullable: true, description: 'IGU only: replaces the school periods' })
  schoolPeriods?: SchoolPeriodInput[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The adviser's reason for a planned week (placements + activities) over full time (37 h); without it such a week is refused",
  })
  weekExceptionReason?: string | null;

  @Field(() => Int, { description: 'The version you read; a stale one is rejected with CONFLICT' })
  version!: number;
}

@InputType()
export class FollowUpInput {
  @Field(() => DateScalar, { description: 'The day of the follow-up: not before the start, not in the future' })
  date!: string;

  @Field(() => Float, { description: 'Hours a week attended at the company, 0–37' })
  attendedHours!: number;

  @Field(() => Float, { description: 'Of which ordinary paid hours' })
  ordinaryHours!: number;

  @Field(() => Int, { description: 'Days absent since the last follow-up week, 0–7' })
  absenceDays!: number;

  @Field(() => Int, { description: '1 (worrying) … 5 (excellent)' })
  progress!: number;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => DateScalar, { nullable: true })
  nextFollowUpDate?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Competences the company has seen the person use' })
  confirmedCompetences?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The follow-up this one corrects; required when the placement already has a follow-up on the same day. The corrected one stays in followUpHistory, superseded.',
  })
  correctsFollowUpId?: string | null;
}

@InputType({ description: 'The ordinary job a placement converts to (outcome CONVERTED_TO_ORDINARY_HOURS)' })
export class ConversionInput {
  @Field(() => Float, { description: 'Weekly hours of the job: more than 0, at most 37' })
  weeklyHours!: number;

  @Field(() => Float, { description: 'Hourly wage in kroner: more than 0, at most 1,000' })
  hourlyWage!: number;

  @Field(() => DateScalar, { description: 'When the job starts; may lie in the future (at most a year ahead)' })
  startDate!: string;
}

@InputType()
export class PlacementFilter {
  @Field(() => PlacementStatus, { nullable: true })
  status?: PlacementStatus | null;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;

  @Field(() => ID, { nullable: true })
  candidateId?: string | null;

  @Field(() => PlacementType, { nullable: true })
  type?: PlacementType | null;

  @Field(() => String, { nullable: true, description: "DB07 code of the company's industry" })
  industryCode?: string | null;
}

@InputType({
  description:
    "The company's proposal to change a running placement's agreement; omitted fields stay as they are. It counts as approved by the company and waits for the job centre",
})
export class PlacementAgreementChangeInput {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Moves the start: only before the placement has started, not into the past, not after the planned end',
  })
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Within the placement type's longest length" })
  plannedEndDate?: string | null;

  @Field(() => [HoursPlanStepInput], { nullable: true })
  hoursPlan?: HoursPlanStepInput[] | null;

  @Field(() => ID, { nullable: true, description: "One of the company's own mentors with a free place" })
  mentorId?: string | null;

  @Field(() => String, { nullable: true })
  learningGoals?: string | null;
}
