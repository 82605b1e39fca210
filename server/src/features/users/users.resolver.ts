import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { ConnectionType } from '../../shared/pagination.js';
import { Role, User } from '../auth/user.entity.js';
import { Company } from '../companies/company.entity.js';
import { Industry } from '../industries/industry.entity.js';
import { CreateUserInput, PasswordReset, UpdateUserInput } from './user-admin.inputs.js';
import { UserAdminService } from './user-admin.service.js';

const UserConnection = ConnectionType(User, 'User');

@Resolver(() => User)
export class UsersResolver {
  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, {
    description: 'Users and their roles (admin); `search` matches name or e-mail, ordered by e-mail',
  })
  users(
    @Arg('role', () => Role, { nullable: true }) role: Role | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('active', () => Boolean, { nullable: true }) active?: boolean | null,
  ) {
    return new UserAdminService(ctx.em).list({ role, search, active }, first, after);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return new UserAdminService(ctx.em, ctx.locale, ctx.user).create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, {
    description:
      'A role change or deactivation ends the user’s sessions at once; an admin cannot deactivate or demote themselves, nor the last active admin',
  })
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return new UserAdminService(ctx.em, ctx.locale, ctx.user).update(id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PasswordReset, {
    description:
      'A new random temporary password for the user, shown once in the answer; the old one and every session stop working',
  })
  resetUserPassword(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PasswordReset> {
    return new UserAdminService(ctx.em, ctx.locale, ctx.user).resetPassword(id);
  }

  @FieldResolver(() => Company, { nullable: true })
  async company(@Root() user: User, @Ctx() ctx: Context): Promise<Company | null> {
    return user.company ? ctx.em.findOne(Company, { id: user.company.id }) : null;
  }

  @FieldResolver(() => [Industry])
  async industries(@Root() user: User, @Ctx() ctx: Context): Promise<Industry[]> {
    const fresh = await ctx.em.findOneOrFail(User, { id: user.id }, { populate: ['industries'] });
    return fresh.industries.getItems().sort((a, b) => a.code.localeCompare(b.code));
  }
}
