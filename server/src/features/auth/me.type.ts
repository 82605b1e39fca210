import { Field, ID, ObjectType } from 'type-graphql';
import { Industry } from '../industries/industry.entity.js';
import { Role } from './user.entity.js';

/** The logged-in user as the portal needs it. */
@ObjectType()
export class Me {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true })
  companyId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The chosen portal language (da, en); null: the browser decides.',
  })
  language!: string | null;

  @Field(() => [Industry])
  industries!: Industry[];
}
