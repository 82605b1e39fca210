import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';

@InputType({ description: 'A new mentor at a company' })
export class CreateMentorInput {
  @Field(() => ID, { nullable: true, description: "Omitted for a company user: the user's own company" })
  companyId?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => DateScalar, { nullable: true })
  trainedOn?: string | null;

  @Field(() => Int, { description: 'How many interns at once (1–20)' })
  maxInterns!: number;
}

@InputType({ description: 'Changes to a mentor; omitted fields stay as they are' })
export class UpdateMentorInput {
  @Field(() => Int, { description: 'The version you read; another one gives CONFLICT' })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'null clears the training date' })
  trainedOn?: string | null;

  @Field(() => Int, { nullable: true })
  maxInterns?: number | null;
}
