import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { setLocale, toLocale } from '../../i18n/index.js';
import type { Context } from '../../shared/context.js';
import { SESSION_COOKIE } from './auth.service.js';
import { LoginOptions, Me } from './me.type.js';
import { OIDC_START_PATH } from './oidc.js';
import type { User } from './user.entity.js';

async function toMe(user: User): Promise<Me> {
  const industries = await user.industries.loadItems();
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    companyId: user.company?.id ?? null,
    language: user.language,
    industries: [...industries].sort((a, b) => a.code.localeCompare(b.code)),
  };
}

@Resolver()
export class AuthResolver {
  @Query(() => Me, { nullable: true, description: 'The logged-in user, or null.' })
  async me(@Ctx() ctx: Context): Promise<Me | null> {
    return ctx.user ? toMe(ctx.user) : null;
  }

  @Query(() => LoginOptions, { description: 'How one may log in: password, single sign-on or both. Public.' })
  loginOptions(@Ctx() ctx: Context): LoginOptions {
    return {
      password: ctx.config.allowPasswordLogin,
      singleSignOnUrl: ctx.config.oidc ? OIDC_START_PATH : null,
    };
  }

  @Mutation(() => Me, { description: 'Logs in and sets an httpOnly session cookie.' })
  async login(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: Context): Promise<Me> {
    const { auth } = ctx.services;
    await auth.logout(ctx.em, ctx.sessionTokenHash);
    const { user, token } = await auth.login(ctx.em, email, password, ctx.ip);
    ctx.res.cookie(SESSION_COOKIE, token, auth.cookieOptions());
    return toMe(user);
  }

  @Mutation(() => Me, {
    description: "Stores the logged-in user's portal language (da, en): the server answers in it from now on.",
  })
  async setMyLanguage(@Arg('language') language: string, @Ctx() ctx: Context): Promise<Me> {
    const user = await ctx.services.auth.setLanguage(ctx.em, ctx.user, language);
    setLocale(toLocale(user.language));
    return toMe(user);
  }

  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.auth.logout(ctx.em, ctx.sessionTokenHash);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
