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

/** How one may log in here, for the login page (no secrets). */
@ObjectType()
export class LoginOptions {
  @Field(() => Boolean, { description: 'Password login is on (ALLOW_PASSWORD_LOGIN)' })
  password!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "Where single sign-on through the municipality's identity provider starts (append ?lang=da|en for the pages' language); null when not configured",
  })
  singleSignOnUrl!: string | null;
}
