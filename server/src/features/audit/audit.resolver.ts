import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Role } from '../auth/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditLogService } from './audit-log.service.js';

@Resolver()
export class AuditResolver {
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
}
