import { Authorized, Ctx, Field, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { SettingSource } from '../../config.js';
import type { Context } from '../../shared/context.js';
import { Role } from '../auth/user.entity.js';

enum SettingSourceEnum {
  ENV = 'ENV',
  DEFAULT = 'DEFAULT',
  UNSET = 'UNSET',
}
registerEnumType(SettingSourceEnum, {
  name: 'SettingSource',
  description:
    'ENV: set by the environment variable; DEFAULT: the built-in default; UNSET: not set (feature off or embedded)',
});

@ObjectType({ description: 'One configuration variable, read-only; secrets are masked' })
export class ConfigSettingType {
  @Field({ description: 'The environment variable, e.g. SESSION_IDLE_MINUTES' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The effective value; secrets as ••••••••, URLs without password',
  })
  value!: string | null;

  @Field(() => SettingSourceEnum)
  source!: SettingSource;

  @Field()
  secret!: boolean;
}

@Resolver()
export class SettingsResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ConfigSettingType], {
    description: 'The server configuration as loaded at start, with where each value came from (ADMIN, read-only)',
  })
  settings(@Ctx() ctx: Context): ConfigSettingType[] {
    return ctx.config.settings ?? [];
  }
}
