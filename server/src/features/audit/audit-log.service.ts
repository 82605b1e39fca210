import { t } from '../../i18n/index.js';
import type { Context } from '../../shared/context.js';
import { badInput, forbidden } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { requireUser } from '../auth/scope.js';
import { Role } from '../auth/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';

export const AUDIT_LOG_MAX = 100;

/** Reading the audit trail: administrators only. */
export class AuditLogService {
  constructor(private readonly ctx: Context) {}

  /** Who read or changed a person's (or any subject's) data, newest first, at most `first` (default 20, max 100). */
  async forSubject(subjectId: string, first: number | null | undefined): Promise<AuditEntry[]> {
    const user = requireUser(this.ctx.user);
    if (user.role !== Role.ADMIN) throw forbidden('auditLog');
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_LOG_MAX) {
      throw badInput('first', t('validation.pageSize', { max: AUDIT_LOG_MAX, value: String(limit).slice(0, 20) }));
    }
    if (!isUuid(subjectId)) throw badInput('subjectId', t('validation.invalidId', { id: subjectId.slice(0, 40) }));
    return this.ctx.em.find(AuditEntry, { subjectId }, { orderBy: { at: 'desc', id: 'desc' }, limit });
  }
}
