import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DanishLevel } from '../../shared/enums.js';
import { TaskStatus, WorkSchedule } from './unsolved-task.entity.js';

@InputType({ description: 'A competence the task needs, at least at this level' })
export class TaskCompetenceInput {
  @Field(() => ID)
  competenceId!: string;

  @Field(() => Int, { description: '1 (basic) … 4 (expert)' })
  minLevel!: number;
}

@InputType()
export class PostTaskInput {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'A DB07 division, e.g. 52' })
  industryCode!: string;

  @Field(() => ID)
  companyId!: string;

  @Field(() => [TaskCompetenceInput])
  requiredCompetences!: TaskCompetenceInput[];

  @Field(() => [ID], { nullable: true })
  niceToHaveCompetences?: string[] | null;

  @Field(() => DanishLevel)
  danishLevel!: DanishLevel;

  @Field(() => Float)
  weeklyHours!: number;

  @Field(() => [WorkSchedule], { nullable: true, description: 'Default: DAY' })
  schedule?: WorkSchedule[] | null;

  @Field(() => String, { description: 'What the candidate will learn: the learning perspective' })
  learningGoals!: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Catalogue competences the placement teaches (its learning goals): a required one a person lacks is not counted as missing',
  })
  learningGoalCompetenceIds?: string[] | null;

  @Field(() => Boolean)
  ordinaryHoursInSight!: boolean;

  @Field(() => Float, { nullable: true, description: 'Required when ordinaryHoursInSight; at most weeklyHours' })
  expectedOrdinaryHours?: number | null;

  @Field(() => Int)
  openings!: number;

  @Field(() => String)
  postcode!: string;

  @Field(() => Boolean, { nullable: true })
  requiresDrivingLicence?: boolean | null;

  @Field(() => TaskStatus, { nullable: true, description: 'DRAFT or OPEN (default OPEN)' })
  status?: TaskStatus | null;
}

@InputType({ description: 'Only the fields given are changed; competence lists, when given, replace the old ones' })
export class UpdateTaskInput {
  @Field(() => Int, { description: 'The version you read; a stale one is rejected with CONFLICT' })
  version!: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  industryCode?: string | null;

  @Field(() => [TaskCompetenceInput], { nullable: true })
  requiredCompetences?: TaskCompetenceInput[] | null;

  @Field(() => [ID], { nullable: true })
  niceToHaveCompetences?: string[] | null;

  @Field(() => DanishLevel, { nullable: true })
  danishLevel?: DanishLevel | null;

  @Field(() => Float, { nullable: true })
  weeklyHours?: number | null;

  @Field(() => [WorkSchedule], { nullable: true })
  schedule?: WorkSchedule[] | null;

  @Field(() => String, { nullable: true })
  learningGoals?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Catalogue competences the placement teaches (its learning goals): a required one a person lacks is not counted as missing',
  })
  learningGoalCompetenceIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  ordinaryHoursInSight?: boolean | null;

  @Field(() => Float, { nullable: true })
  expectedOrdinaryHours?: number | null;

  @Field(() => Int, { nullable: true })
  openings?: number | null;

  @Field(() => String, { nullable: true })
  postcode?: string | null;

  @Field(() => Boolean, { nullable: true })
  requiresDrivingLicence?: boolean | null;
}

@InputType()
export class TaskFilter {
  @Field(() => TaskStatus, { nullable: true })
  status?: TaskStatus | null;

  @Field(() => String, { nullable: true })
  industryCode?: string | null;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words in the title or description, case-insensitive' })
  search?: string | null;
}
