import {
  BeforeCreate,
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
import { DEFAULT_HOUR_GOALS, FULL_TIME_HOURS } from '../../config.js';
import { TextArrayType } from '../../db/text-array.type.js';
import { BaseEntity } from '../../shared/base.entity.js';
import { DanishLevel } from '../../shared/enums.js';
import { DateScalar } from '../../shared/scalars.js';
import type { User } from '../auth/user.entity.js';
import { hourGoal } from '../availability/availability.js';
import type { Competence } from '../competences/competence.entity.js';

export enum TargetGroup {
  INTEGRATION_PROGRAMME = 'INTEGRATION_PROGRAMME',
  TRANSITION_BENEFIT = 'TRANSITION_BENEFIT',
  CASH_BENEFIT = 'CASH_BENEFIT',
  UKRAINIAN_SPECIAL_ACT = 'UKRAINIAN_SPECIAL_ACT',
  OTHER = 'OTHER',
}
registerEnumType(TargetGroup, {
  name: 'TargetGroup',
  description:
    'Which law and benefit the person falls under (integrationsprogram, overgangsydelse, kontanthjælp, særlov)',
});

export enum Readiness {
  JOB_READY = 'JOB_READY',
  ACTIVITY_READY = 'ACTIVITY_READY',
  EDUCATION_READY = 'EDUCATION_READY',
}
registerEnumType(Readiness, { name: 'Readiness', description: 'jobparat / aktivitetsparat / uddannelsesparat' });

export enum ResidenceCategory {
  REFUGEE = 'REFUGEE',
  FAMILY_REUNIFIED_TO_REFUGEE = 'FAMILY_REUNIFIED_TO_REFUGEE',
  OTHER = 'OTHER',
}
registerEnumType(ResidenceCategory, {
  name: 'ResidenceCategory',
  description: 'Used only for IGU eligibility, never for ranking',
});

export enum CandidateStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  ANONYMISED = 'ANONYMISED',
}
registerEnumType(CandidateStatus, { name: 'CandidateStatus' });

export enum Evidence {
  SELF_REPORTED = 'SELF_REPORTED',
  OBSERVED_IN_PLACEMENT = 'OBSERVED_IN_PLACEMENT',
  CERTIFIED = 'CERTIFIED',
}
registerEnumType(Evidence, { name: 'Evidence' });

export enum RecognitionStatus {
  NOT_APPLIED = 'NOT_APPLIED',
  PENDING = 'PENDING',
  RECOGNISED = 'RECOGNISED',
  PARTLY_RECOGNISED = 'PARTLY_RECOGNISED',
}
registerEnumType(RecognitionStatus, { name: 'RecognitionStatus' });

export enum ActivityKind {
  DANISH_CLASS = 'DANISH_CLASS',
  EDUCATION = 'EDUCATION',
  OTHER = 'OTHER',
}
registerEnumType(ActivityKind, { name: 'ActivityKind' });

/**
 * A person in a job adviser's caseload. Deliberately holds no nationality, origin,
 * ethnicity, religion or gender: matching must never use them, so we never store them.
 */
@ObjectType()
@Entity({ tableName: 'candidate' })
@Index({ properties: ['adviser', 'status'] })
// The name search is ILIKE '%…%': trigram indexes answer it.
@Index({
  name: 'candidate_first_name_trgm',
  expression: 'create index "candidate_first_name_trgm" on "candidate" using gin ("first_name" gin_trgm_ops)',
})
@Index({
  name: 'candidate_last_name_trgm',
  expression: 'create index "candidate_last_name_trgm" on "candidate" using gin ("last_name" gin_trgm_ops)',
})
@Check({
  name: 'candidate_hours',
  expression:
    'available_weekly_hours >= 0 and available_weekly_hours <= 37 and (goal_weekly_hours is null or goal_weekly_hours > 0 and goal_weekly_hours <= 37) and current_ordinary_hours >= 0 and current_ordinary_hours <= 37',
})
@Check({ name: 'candidate_commute', expression: 'max_commute_km >= 0 and max_commute_km <= 300' })
export class Candidate extends BaseEntity<
  | 'status'
  | 'version'
  | 'accommodationNeeds'
  | 'consentGivenAt'
  | 'consentRecordedBy'
  | 'danishModule'
  | 'lastActivityAt'
  | 'arrivalDate'
  | 'adviser'
  | 'enrolledOn'
  | 'goalWeeklyHours'
  | 'freeWeeklyHours'
  | 'availableFrom'
  | 'freeWeeklyHoursFrom'
  | 'referenceMonthlyIncome'
  | 'externalId'
> {
  @Field()
  @Property({ type: 'string', length: 100 })
  firstName!: string;

  /** Full-profile field: resolved only for the adviser of the caseload and admins. */
  @Property({ type: 'string', length: 100 })
  lastName!: string;

  /** Full-profile field. */
  @Property({ type: 'date' })
  birthDate!: string;

  /**
   * The job centre's own id of the person (e.g. from its case system), unique in this job centre's
   * database (one per job centre); an import matches on it first. Full-profile field: never shown
   * to companies or consultants, never indexed.
   */
  @Property({ type: 'string', length: 64, nullable: true })
  @Unique({ name: 'candidate_external_id_unique' })
  externalId: string | null = null;

  @Field()
  @Property({ type: 'string', length: 4 })
  postcode!: string;

  @Field(() => TargetGroup)
  @Enum({ items: () => TargetGroup })
  targetGroup!: TargetGroup;

  @Field(() => Readiness)
  @Enum({ items: () => Readiness })
  readiness!: Readiness;

  /** Full-profile field; used only to decide IGU eligibility. */
  @Enum({ items: () => ResidenceCategory })
  residenceCategory!: ResidenceCategory;

  /** Full-profile field; used only to decide IGU eligibility. */
  @Property({ type: 'date', nullable: true })
  arrivalDate: string | null = null;

  @Field(() => DanishLevel)
  @Enum({ items: () => DanishLevel })
  danishLevel!: DanishLevel;

  @Field(() => String, { nullable: true, description: 'Optional DU/module detail, e.g. "DU2 modul 4"' })
  @Property({ type: 'string', length: 40, nullable: true })
  danishModule: string | null = null;

  @Field(() => [String], { description: 'Languages spoken besides Danish' })
  @Property({ type: TextArrayType, default: '{}' })
  languages: string[] = [];

  @Field(() => Float)
  @Property({ type: 'double' })
  availableWeeklyHours!: number;

  /**
   * The adviser's individual hour goal; null: the goal for the person's readiness (config.rules.hourGoals).
   * GraphQL: `individualGoalWeeklyHours`, and the goal in force as `hourGoal` (and `goalWeeklyHours`).
   */
  @Property({ type: 'double', nullable: true })
  goalWeeklyHours: number | null = null;

  /**
   * Derived, stored for search and matching: hour goal − planned hours of ACTIVE placements this week
   * − weekly activities − hours reserved by pending proposals (features/availability), never below 0.
   * Recomputed in the transaction of every change to those.
   */
  @Field(() => Float, {
    description:
      'Hours a week still free: hour goal − planned hours of active and planned placements − weekly activities − hours reserved by pending (PROPOSED, ACCEPTED) proposals and by DRAFT placement agreements; never below 0',
  })
  @Property({ type: 'double', default: 0 })
  freeWeeklyHours!: number;

  /**
   * Derived: the earliest planned end of an ACTIVE placement, stored without the 14-day window so it
   * never goes stale; the GraphQL field applies the window.
   */
  @Property({ type: 'date', nullable: true })
  availableFrom: string | null = null;

  /** Derived: free hours once the placements ending on availableFrom have ended; null without such a placement. */
  @Property({ type: 'double', nullable: true })
  freeWeeklyHoursFrom: number | null = null;

  @Field(() => Float)
  @Property({ type: 'double', default: 0 })
  currentOrdinaryHours!: number;

  /** The step on the progression ladder (features/ladder); null: the ladder's first step. GraphQL: ladderStep. */
  @Property({ type: 'string', length: 40, nullable: true })
  ladderStep: string | null = null;

  @Field(() => [String], { description: 'DB07 division codes the person wishes to work in' })
  @Property({ type: TextArrayType, default: '{}' })
  industriesWished: string[] = [];

  @Field()
  @Property({ type: 'boolean' })
  hasDrivingLicence!: boolean;

  @Field(() => Int)
  @Property({ type: 'integer' })
  maxCommuteKm!: number;

  @Field({ description: 'Education and work experience in free text' })
  @Property({ type: 'text', default: '' })
  education!: string;

  @Field()
  @Property({ type: 'text', default: '' })
  summary!: string;

  /** Health-related limits (skånehensyn): adviser-only, never indexed, never shown to companies. */
  @Property({ type: 'text', nullable: true, lazy: true })
  accommodationNeeds: string | null = null;

  /**
   * What the person receives today per month (benefit or wage), entered by the adviser so an IGU wage can be
   * set beside it: adviser-only, never indexed, never shown to companies.
   */
  @Property({ type: 'double', nullable: true })
  referenceMonthlyIncome: number | null = null;

  @Field({ description: 'Consent to share a minimal profile with companies' })
  @Property({ type: 'boolean' })
  consentToShare!: boolean;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  consentGivenAt: Date | null = null;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  consentRecordedBy: Ref<User> | null = null;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  adviser: Ref<User> | null = null;

  @Field(() => DateScalar, { description: 'When the person entered the caseload' })
  @Property({ type: 'date' })
  enrolledOn!: string;

  @Field(() => CandidateStatus)
  @Enum({ items: () => CandidateStatus, default: CandidateStatus.ACTIVE })
  status: CandidateStatus = CandidateStatus.ACTIVE;

  @Property({ type: 'timestamptz', nullable: true })
  lastActivityAt: Date | null = null;

  @Field(() => Int)
  @Property({ version: true, type: 'integer' })
  version: number = 1;

  @OneToMany('CandidateCompetence', 'candidate', { orphanRemoval: true })
  competences = new Collection<CandidateCompetence>(this);

  @OneToMany('ForeignEducation', 'candidate', { orphanRemoval: true })
  foreignEducations = new Collection<ForeignEducation>(this);

  @OneToMany('WeeklyActivity', 'candidate', { orphanRemoval: true })
  weeklyActivities = new Collection<WeeklyActivity>(this);

  /**
   * A new person has nothing placed or proposed yet: the hour goal minus their activities. The services
   * then recompute with the configured goals in the same transaction (refreshAvailability).
   */
  @BeforeCreate()
  initAvailability(): void {
    if (this.freeWeeklyHours !== undefined) return;
    const activities = this.weeklyActivities.isInitialized() ? this.weeklyActivities.getItems() : [];
    const goal = hourGoal(this.readiness, this.goalWeeklyHours, {
      hourGoals: DEFAULT_HOUR_GOALS,
      fullTimeHours: FULL_TIME_HOURS,
    });
    this.freeWeeklyHours = Math.max(0, goal - activities.reduce((s, a) => s + a.weeklyHours, 0));
  }
}

@ObjectType()
@Entity({ tableName: 'candidate_competence' })
@Unique({ properties: ['candidate', 'competence'] })
@Check({ name: 'candidate_competence_level', expression: 'level between 1 and 4' })
export class CandidateCompetence extends BaseEntity<'evidence'> {
  @ManyToOne(() => Candidate, { ref: true, deleteRule: 'cascade' })
  candidate!: Ref<Candidate>;

  @ManyToOne('Competence', { ref: true })
  @Index()
  competence!: Ref<Competence>;

  @Field(() => Int, { description: '1 beginner … 4 independent and can teach others' })
  @Property({ type: 'smallint' })
  level!: number;

  @Field(() => Evidence)
  @Enum({ items: () => Evidence, default: Evidence.SELF_REPORTED })
  evidence: Evidence = Evidence.SELF_REPORTED;
}

@ObjectType()
@Entity({ tableName: 'foreign_education' })
export class ForeignEducation extends BaseEntity<'recognitionStatus'> {
  @ManyToOne(() => Candidate, { ref: true, deleteRule: 'cascade' })
  @Index()
  candidate!: Ref<Candidate>;

  @Field()
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  years: number | null = null;

  @Field(() => RecognitionStatus)
  @Enum({ items: () => RecognitionStatus, default: RecognitionStatus.NOT_APPLIED })
  recognitionStatus: RecognitionStatus = RecognitionStatus.NOT_APPLIED;
}

/** Another activity in the person's week (e.g. Danish classes), so the week can be shown against 37 hours. */
@ObjectType()
@Entity({ tableName: 'weekly_activity' })
@Check({ name: 'weekly_activity_hours', expression: 'weekly_hours > 0 and weekly_hours <= 37' })
export class WeeklyActivity extends BaseEntity {
  @ManyToOne(() => Candidate, { ref: true, deleteRule: 'cascade' })
  @Index()
  candidate!: Ref<Candidate>;

  @Field(() => ActivityKind)
  @Enum({ items: () => ActivityKind })
  kind!: ActivityKind;

  @Field()
  @Property({ type: 'string', length: 200 })
  label!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  weeklyHours!: number;
}
