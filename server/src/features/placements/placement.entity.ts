import {
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { DateScalar } from '../../shared/scalars.js';
import type { User } from '../auth/user.entity.js';
import type { Candidate } from '../candidates/candidate.entity.js';
import type { Company } from '../companies/company.entity.js';
import type { IguSlot } from '../igu-slots/igu-slot.entity.js';
import type { Mentor } from '../mentors/mentor.entity.js';
import type { UnsolvedTask } from '../tasks/unsolved-task.entity.js';

export enum PlacementType {
  INTERNSHIP = 'INTERNSHIP',
  WAGE_SUBSIDY = 'WAGE_SUBSIDY',
  IGU = 'IGU',
  SMALL_JOB = 'SMALL_JOB',
  ORDINARY_HOURS = 'ORDINARY_HOURS',
  APPRENTICESHIP = 'APPRENTICESHIP',
}
registerEnumType(PlacementType, { name: 'PlacementType' });

export enum PlacementStatus {
  /** An agreement waiting for the company's and then the job centre's approval (issue 16.2). */
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
  /** A draft the job centre withdrew before it started: it holds no hours and no place. */
  WITHDRAWN = 'WITHDRAWN',
  /** A draft the company refused (with a reason) before it started: it holds no hours and no place. */
  REFUSED = 'REFUSED',
}

/** The two parties who approve a placement agreement (beside the person): the company and the job centre. */
export enum AgreementParty {
  COMPANY = 'COMPANY',
  JOB_CENTRE = 'JOB_CENTRE',
}
registerEnumType(AgreementParty, {
  name: 'AgreementParty',
  description: 'A party that approves a placement agreement: the company or the job centre',
});

/** Statuses of a placement that never started: its agreement was withdrawn or refused as a draft. */
export const NEVER_STARTED: readonly PlacementStatus[] = [PlacementStatus.WITHDRAWN, PlacementStatus.REFUSED];
registerEnumType(PlacementStatus, { name: 'PlacementStatus' });

export enum PlacementOutcome {
  CONVERTED_TO_ORDINARY_HOURS = 'CONVERTED_TO_ORDINARY_HOURS',
  COMPLETED = 'COMPLETED',
  ENDED_EARLY = 'ENDED_EARLY',
  IGU_STARTED = 'IGU_STARTED',
  EDUCATION_STARTED = 'EDUCATION_STARTED',
}
registerEnumType(PlacementOutcome, { name: 'PlacementOutcome' });

/** Company-directed types: they count for the 6-week activation rule. */
export const COMPANY_DIRECTED: PlacementType[] = [
  PlacementType.INTERNSHIP,
  PlacementType.WAGE_SUBSIDY,
  PlacementType.IGU,
  PlacementType.SMALL_JOB,
  PlacementType.ORDINARY_HOURS,
  PlacementType.APPRENTICESHIP,
];

@ObjectType({ description: 'One step of the hours plan: from this week on, these hours' })
export class HoursPlanStep {
  @Field(() => Int, { description: 'Week of the placement, 1 = the first week' })
  fromWeek!: number;

  @Field(() => Float)
  weeklyHours!: number;

  @Field(() => Float, { description: 'Of which ordinary (unsubsidised, paid) hours' })
  ordinaryHours!: number;
}

@ObjectType({ description: 'A block of IGU school (Monday to Friday of whole weeks), within the programme' })
export class SchoolPeriod {
  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar)
  endDate!: string;

  @Field(() => Int, { description: 'Weeks the block spans' })
  weeks!: number;
}

/** A person at a company: internship, wage subsidy, IGU, small job… with an hours plan toward the goal. */
@ObjectType()
@Entity({ tableName: 'placement' })
@Index({ properties: ['company', 'status'] })
@Index({ properties: ['candidate', 'status'] })
// The effect report (issue 16.6) reads the placements started in a period: these columns, not the wide rows.
@Index({
  name: 'placement_effect_index',
  expression:
    'create index "placement_effect_index" on "placement" ("start_date") include ("candidate_id", "company_id", "type", "status", "outcome")',
})
@Check({ name: 'placement_dates', expression: 'planned_end_date is null or planned_end_date >= start_date' })
@Check({ name: 'placement_end', expression: 'end_date is null or end_date >= start_date' })
@Check({
  name: 'placement_conversion',
  expression:
    '(conversion_weekly_hours is null or (conversion_weekly_hours > 0 and conversion_weekly_hours <= 37)) and (conversion_hourly_wage is null or conversion_hourly_wage > 0)',
})
export class Placement extends BaseEntity<
  | 'status'
  | 'outcome'
  | 'outcomeNote'
  | 'endDate'
  | 'version'
  | 'task'
  | 'iguSlot'
  | 'mentorName'
  | 'createdBy'
  | 'plannedEndDate'
  | 'schoolPeriods'
  | 'conversionWeeklyHours'
  | 'conversionHourlyWage'
  | 'conversionStartDate'
  | 'agreementVersion'
  | 'mentor'
> {
  @ManyToOne('Candidate', { ref: true, deleteRule: 'cascade' })
  candidate!: Ref<Candidate>;

  @ManyToOne('Company', { ref: true, deleteRule: 'cascade' })
  company!: Ref<Company>;

  // Indexed: openings left counts an opening's placements on every proposal and placement change.
  @ManyToOne('UnsolvedTask', { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  task: Ref<UnsolvedTask> | null = null;

  @ManyToOne('IguSlot', { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  iguSlot: Ref<IguSlot> | null = null;

  @Field(() => PlacementType)
  @Enum({ items: () => PlacementType })
  type!: PlacementType;

  @Field(() => PlacementStatus)
  @Enum({ items: () => PlacementStatus, default: PlacementStatus.ACTIVE })
  status: PlacementStatus = PlacementStatus.ACTIVE;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  plannedEndDate: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  endDate: string | null = null;

  /**
   * The mentor's name: copied from `mentor` when one is named, and the free text of placements from before
   * mentors were people (kept, so old placements still read).
   */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  mentorName: string | null = null;

  /** The company's mentor for this placement (issue 16.4); null for placements from before. */
  @ManyToOne('Mentor', { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  mentor: Ref<Mentor> | null = null;

  @Field()
  @Property({ type: 'text' })
  learningGoals!: string;

  @Field(() => [HoursPlanStep])
  @Property({ type: 'jsonb' })
  hoursPlan!: HoursPlanStep[];

  @Field(() => [SchoolPeriod], { description: 'IGU: the school periods of the programme; empty for other types' })
  @Property({ type: 'jsonb', default: '[]' })
  schoolPeriods: SchoolPeriod[] = [];

  @Field(() => PlacementOutcome, { nullable: true })
  @Enum({ items: () => PlacementOutcome, nullable: true })
  outcome: PlacementOutcome | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outcomeNote: string | null = null;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null = null;

  // A conversion to ordinary work (outcome CONVERTED_TO_ORDINARY_HOURS) records the job: its weekly hours
  // feed the "toward 37 hours" figures from its start date, which may lie after the placement's end.
  @Property({ type: 'double', nullable: true })
  conversionWeeklyHours: number | null = null;

  @Property({ type: 'double', nullable: true })
  conversionHourlyWage: number | null = null;

  @Property({ type: 'date', nullable: true })
  conversionStartDate: string | null = null;

  @Field(() => Int)
  @Property({ version: true, type: 'integer' })
  version: number = 1;

  /** The number of the agreement's current version (PlacementAgreement rows); 0 for placements from before agreements. */
  @Field(() => Int, { description: "The agreement's current version; 0 for a placement started before agreements" })
  @Property({ type: 'integer', default: 0 })
  agreementVersion: number = 0;

  @OneToMany('FollowUp', 'placement')
  followUps = new Collection<FollowUp>(this);
}

@ObjectType({ description: 'The ordinary job a placement converted to: its weekly hours, hourly wage and start' })
export class PlacementConversion {
  @Field(() => Float)
  weeklyHours!: number;

  @Field(() => Float, { description: 'Kroner an hour' })
  hourlyWage!: number;

  @Field(() => DateScalar, { description: 'May lie after the placement ended (a planned start)' })
  startDate!: string;
}

/** A structured check on a placement: hours, absence, progress and the next date. */
@ObjectType()
@Entity({ tableName: 'follow_up' })
@Index({ properties: ['placement', 'date'] })
// The effect report's ordinary hours over time: a placement's current follow-ups in order, read from the index alone.
@Index({
  name: 'follow_up_current_hours_index',
  expression:
    'create index "follow_up_current_hours_index" on "follow_up" ("placement_id", "date", "created_at") include ("ordinary_hours") where "superseded_by_id" is null',
})
@Check({
  name: 'follow_up_hours',
  expression:
    'attended_hours >= 0 and attended_hours <= 37 and ordinary_hours >= 0 and ordinary_hours <= attended_hours',
})
@Check({ name: 'follow_up_progress', expression: 'progress between 1 and 5' })
@Check({ name: 'follow_up_absence', expression: 'absence_days >= 0 and absence_days <= 7' })
@Check({ name: 'follow_up_next', expression: 'next_follow_up_date is null or next_follow_up_date >= date' })
export class FollowUp extends BaseEntity<
  'nextFollowUpDate' | 'confirmedCompetenceIds' | 'version' | 'author' | 'note' | 'corrects' | 'supersededBy'
> {
  @ManyToOne(() => Placement, { ref: true, deleteRule: 'cascade' })
  placement!: Ref<Placement>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  date!: string;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  author: Ref<User> | null = null;

  /** The follow-up this one corrects (it stays, superseded, in the placement's history). */
  @ManyToOne('FollowUp', { ref: true, nullable: true, deleteRule: 'set null' })
  corrects: Ref<FollowUp> | null = null;

  /** The correction that replaced this follow-up; null while it is the current one. */
  @ManyToOne('FollowUp', { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  supersededBy: Ref<FollowUp> | null = null;

  @Field(() => Float, { description: 'Hours attended per week at the company' })
  @Property({ type: 'double' })
  attendedHours!: number;

  @Field(() => Float, { description: 'Of which ordinary paid hours' })
  @Property({ type: 'double' })
  ordinaryHours!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  absenceDays!: number;

  @Field(() => Int, { description: '1 (worrying) … 5 (excellent)' })
  @Property({ type: 'smallint' })
  progress!: number;

  @Field()
  @Property({ type: 'text', default: '' })
  note: string = '';

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  nextFollowUpDate: string | null = null;

  @Property({ type: 'uuid[]', default: '{}' })
  confirmedCompetenceIds: string[] = [];

  @Field(() => Int)
  @Property({ version: true, type: 'integer' })
  version: number = 1;
}

/** What the parties agree on: the terms of one version of a placement agreement. */
@ObjectType({ description: 'The terms of one version of a placement agreement' })
export class AgreementTerms {
  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar, { nullable: true })
  plannedEndDate!: string | null;

  @Field(() => [HoursPlanStep])
  hoursPlan!: HoursPlanStep[];

  @Field()
  learningGoals!: string;

  @Field(() => String, { nullable: true })
  mentorName!: string | null;

  /** The company's mentor the version names (issue 16.4); absent in versions from before mentors were people. */
  mentorId?: string | null;

  @Field(() => [SchoolPeriod])
  schoolPeriods!: SchoolPeriod[];
}

/**
 * One version of the three-party placement agreement (person, company, job centre): the company approves,
 * then the job centre; a change after an approval makes a new version both approve again.
 */
@ObjectType()
@Entity({ tableName: 'placement_agreement' })
@Unique({ properties: ['placement', 'number'] })
export class PlacementAgreement extends BaseEntity<
  | 'createdBy'
  | 'companyApprovedAt'
  | 'companyApprovedBy'
  | 'adviserApprovedAt'
  | 'adviserApprovedBy'
  | 'withdrawnAt'
  | 'withdrawnBy'
  | 'withdrawalReason'
  | 'refusedAt'
  | 'refusedBy'
  | 'refusalReason'
  | 'proposedBy'
> {
  @ManyToOne(() => Placement, { ref: true, deleteRule: 'cascade' })
  placement!: Ref<Placement>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => AgreementTerms)
  @Property({ type: 'jsonb' })
  terms!: AgreementTerms;

  /** Who proposed this version: the job centre (drafts, its changes) or the company (its change, approved by it). */
  @Field(() => AgreementParty, { description: 'Who proposed this version; the other party approves or refuses it' })
  @Enum({ items: () => AgreementParty, default: AgreementParty.JOB_CENTRE })
  proposedBy: AgreementParty = AgreementParty.JOB_CENTRE;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  companyApprovedAt: Date | null = null;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  companyApprovedBy: Ref<User> | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  adviserApprovedAt: Date | null = null;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  adviserApprovedBy: Ref<User> | null = null;

  // A version that waited for approval can be withdrawn by the job centre or refused by the company: it stays
  // in the history, and the placement goes back to the version before (a draft: the placement never starts).
  @Field(() => Date, {
    nullable: true,
    description: 'When the job centre withdrew this version before both approved it',
  })
  @Property({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null = null;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  withdrawnBy: Ref<User> | null = null;

  // Free text about the person's placement: read through PlacementAgreementResolver (the consent rule).
  @Property({ type: 'text', nullable: true })
  withdrawalReason: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the company refused this version' })
  @Property({ type: 'timestamptz', nullable: true })
  refusedAt: Date | null = null;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  refusedBy: Ref<User> | null = null;

  @Property({ type: 'text', nullable: true })
  refusalReason: string | null = null;
}
