import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Role, User } from '../auth/user.entity.js';

@InputType()
export class CreateUserInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description:
      'At least 12 characters and hard to guess (no common password, repeat or own e-mail); leave out for single sign-on users',
  })
  password?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required for COMPANY users' })
  companyId?: string | null;

  @Field(() => [String], { nullable: true, description: "A consultant's industry portfolio (DB07 divisions)" })
  industryCodes?: string[] | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;

  @Field(() => [String], { nullable: true })
  industryCodes?: string[] | null;
}

/** The answer to resetUserPassword: the temporary password is shown this once and stored only hashed. */
@ObjectType()
export class PasswordReset {
  @Field(() => User)
  user!: User;

  @Field()
  temporaryPassword!: string;
}
