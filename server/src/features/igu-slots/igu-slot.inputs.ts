import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DanishLevel } from '../../shared/enums.js';
import { DateScalar } from '../../shared/scalars.js';
import { Sector } from '../companies/company.entity.js';
import { TaskCompetenceInput } from '../tasks/task.inputs.js';
import { IguSlotStatus } from './igu-slot.entity.js';

@InputType()
export class CreateIguSlotInput {
  @Field(() => ID)
  companyId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'A DB07 division, e.g. 87' })
  industryCode!: string;

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => Float)
  weeklyHours!: number;

  @Field(() => Float, { description: 'Kroner per hour' })
  hourlyWage!: number;

  @Field(() => Int)
  openings!: number;

  @Field(() => String)
  postcode!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [TaskCompetenceInput], {
    nullable: true,
    description: 'Competences the work needs, at least at minLevel (as for a task)',
  })
  requiredCompetences?: TaskCompetenceInput[] | null;

  @Field(() => DanishLevel, { nullable: true, description: 'Danish needed (default NONE)' })
  danishLevel?: DanishLevel | null;
}

@InputType({ description: 'Only the fields given are changed' })
export class UpdateIguSlotInput {
  @Field(() => Int, { description: 'The version you read; a stale one is rejected with CONFLICT' })
  version!: number;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  industryCode?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startDate?: string | null;

  @Field(() => Float, { nullable: true })
  weeklyHours?: number | null;

  @Field(() => Float, { nullable: true })
  hourlyWage?: number | null;

  @Field(() => Int, { nullable: true })
  openings?: number | null;

  @Field(() => String, { nullable: true })
  postcode?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [TaskCompetenceInput], {
    nullable: true,
    description: 'Competences the work needs, at least at minLevel (as for a task)',
  })
  requiredCompetences?: TaskCompetenceInput[] | null;

  @Field(() => DanishLevel, { nullable: true, description: 'Danish needed (default NONE)' })
  danishLevel?: DanishLevel | null;
}

@InputType()
export class IguSlotFilter {
  @Field(() => IguSlotStatus, { nullable: true })
  status?: IguSlotStatus | null;

  @Field(() => String, { nullable: true })
  industryCode?: string | null;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;

  @Field(() => Sector, { nullable: true, description: "The company's sector: IGU slots public/private" })
  sector?: Sector | null;
}
