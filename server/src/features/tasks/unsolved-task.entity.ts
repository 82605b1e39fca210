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
} from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TextArrayType } from '../../db/text-array.type.js';
import { BaseEntity } from '../../shared/base.entity.js';
import { DanishLevel } from '../../shared/enums.js';
import type { User } from '../auth/user.entity.js';
import type { Company } from '../companies/company.entity.js';
import type { Competence } from '../competences/competence.entity.js';
import type { Industry } from '../industries/industry.entity.js';

export enum TaskStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  SOLVED = 'SOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(TaskStatus, { name: 'TaskStatus', description: 'DRAFT → OPEN → IN_PROGRESS → SOLVED | CLOSED' });

/**
 * Statuses in which a task takes suggestions and proposals, as long as a place is left
 * (openingsLeft > 0): OPEN, and IN_PROGRESS, because the first placement on a task with several
 * openings starts it while the other places are still wanted. It stays IN_PROGRESS until it is
 * solved or closed; a filled task (openingsLeft 0) is suggested to no one.
 */
export const SUGGESTABLE_TASK_STATUSES: readonly TaskStatus[] = [TaskStatus.OPEN, TaskStatus.IN_PROGRESS];

/** Takes suggestions and proposals now: a suggestable status and a place left. */
export function taskTakesPeople(t: { status: TaskStatus; openingsLeft: number }): boolean {
  return SUGGESTABLE_TASK_STATUSES.includes(t.status) && t.openingsLeft > 0;
}

export enum WorkSchedule {
  DAY = 'DAY',
  EVENING = 'EVENING',
  NIGHT = 'NIGHT',
  WEEKEND = 'WEEKEND',
}
registerEnumType(WorkSchedule, { name: 'WorkSchedule' });

/** Work a company needs done but has not got done: the object of matching (uløst opgave). */
@ObjectType('Task', { description: 'An unsolved task (uløst opgave) at a partner company' })
@Entity({ tableName: 'unsolved_task' })
@Index({ properties: ['status', 'industry'] })
// The word search is ILIKE '%…%' on title and description: trigram indexes answer it.
@Index({
  name: 'unsolved_task_title_trgm',
  expression: 'create index "unsolved_task_title_trgm" on "unsolved_task" using gin ("title" gin_trgm_ops)',
})
@Index({
  name: 'unsolved_task_description_trgm',
  expression: 'create index "unsolved_task_description_trgm" on "unsolved_task" using gin ("description" gin_trgm_ops)',
})
@Check({ name: 'task_hours_range', expression: 'weekly_hours > 0 and weekly_hours <= 37' })
@Check({ name: 'task_openings_positive', expression: 'openings >= 1' })
export class UnsolvedTask extends BaseEntity<
  | 'status'
  | 'statusReason'
  | 'version'
  | 'openingsLeft'
  | 'schedule'
  | 'expectedOrdinaryHours'
  | 'requiresDrivingLicence'
  | 'createdBy'
  | 'learningGoalCompetenceIds'
> {
  @ManyToOne('Company', { ref: true, deleteRule: 'cascade' })
  @Index()
  company!: Ref<Company>;

  @Field()
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne('Industry', { ref: true })
  industry!: Ref<Industry>;

  @OneToMany('TaskCompetence', 'task', { orphanRemoval: true })
  competences = new Collection<TaskCompetence>(this);

  @Field(() => DanishLevel)
  @Enum({ items: () => DanishLevel })
  danishLevel!: DanishLevel;

  @Field(() => Float)
  @Property({ type: 'double' })
  weeklyHours!: number;

  @Field(() => [WorkSchedule])
  @Enum({ items: () => WorkSchedule, array: true, default: ['DAY'] })
  schedule: WorkSchedule[] = [WorkSchedule.DAY];

  @Field({ description: 'What the candidate will learn: an internship needs a learning perspective' })
  @Property({ type: 'text' })
  learningGoals!: string;

  /**
   * Catalogue competences the placement teaches (the structured part of the learning goals): a
   * required one a person lacks is not counted as missing in matching. Read through the resolver.
   */
  @Property({ type: TextArrayType, default: '{}' })
  learningGoalCompetenceIds: string[] = [];

  @Field()
  @Property({ type: 'boolean' })
  ordinaryHoursInSight!: boolean;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  expectedOrdinaryHours: number | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  openings!: number;

  /**
   * Derived, stored for search and matching: openings − ACTIVE (running or planned) placements on it −
   * ACCEPTED proposals not yet placed (features/availability); recomputed in the same transaction.
   */
  @Field(() => Int, {
    description: 'Openings not yet taken: openings − active and planned placements − accepted proposals; 0 = filled',
  })
  @Property({ type: 'integer', default: 0 })
  openingsLeft!: number;

  /** A new opening has all its places free; later changes go through refreshAvailability. */
  @BeforeCreate()
  initOpeningsLeft(): void {
    if (this.openingsLeft === undefined) this.openingsLeft = this.openings;
  }

  @Field()
  @Property({ type: 'string', length: 4 })
  postcode!: string;

  @Field()
  @Property({ type: 'boolean', default: false })
  requiresDrivingLicence: boolean = false;

  @Field(() => TaskStatus)
  @Enum({ items: () => TaskStatus, default: TaskStatus.OPEN })
  status: TaskStatus = TaskStatus.OPEN;

  /** A person's words, or a code of shared/system-reasons.ts; GraphQL answers in the reader's language. */
  @Property({ type: 'text', nullable: true })
  statusReason: string | null = null;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null = null;

  @Field(() => Int)
  @Property({ version: true, type: 'integer' })
  version: number = 1;
}

/** A competence a task needs (required) or would like (nice to have). */
@Entity({ tableName: 'task_competence' })
@Check({ name: 'task_competence_level', expression: 'min_level between 1 and 4' })
export class TaskCompetence {
  @ManyToOne(() => UnsolvedTask, { ref: true, primary: true, deleteRule: 'cascade' })
  task!: Ref<UnsolvedTask>;

  @ManyToOne('Competence', { ref: true, primary: true })
  competence!: Ref<Competence>;

  @Property({ type: 'smallint' })
  minLevel!: number;

  @Property({ type: 'boolean' })
  required!: boolean;
}
