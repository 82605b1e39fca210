import { Field, ID, ObjectType } from 'type-graphql';
import type { User } from './user.entity.js';

/** Who someone is, as other users may see it: no role details, no login data. */
@ObjectType()
export class UserSummary {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;
}

export const toUserSummary = (u: User): UserSummary => ({ id: u.id, name: u.name, email: u.email });
