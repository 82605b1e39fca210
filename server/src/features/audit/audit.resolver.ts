import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Role } from '../auth/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditLogConnection } from './audit-log.types.js';
import { purposeText } from './purposes.js';

@Resolver(() => AuditEntry)
export class AuditResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Why: the server's own purposes in the caller's language; a person's free text as written",
  })
  purpose(@Root() e: AuditEntry): string | null {
    return purposeText(e.purpose);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [AuditEntry], {
    description: "Who read or changed a subject's data (e.g. a candidate id), newest first. ADMIN only.",
  })
  auditLog(
    @Arg('subjectId', () => ID) subjectId: string,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return new AuditLogService(ctx).forSubject(subjectId, first);
  }

  @Authorized(Role.ADMIN)
  @Query(() => AuditLogConnection, {
    description:
      'The whole audit trail, newest first, by cursor; `search` finds a person, user or company by name (or a user by e-mail, anything by id) as subject or actor. Each row has names and a sentence in the caller’s language. ADMIN only.',
  })
  auditEntries(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return new AuditLogService(ctx).search(search, first, after);
  }
}
