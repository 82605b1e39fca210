import { type MessageKey, t } from '../../i18n/index.js';
import type { ServiceContext } from '../../shared/context.js';
import { badInput, forbidden } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { type Connection, paginate } from '../../shared/pagination.js';
import { requireUser } from '../auth/scope.js';
import { Role, User } from '../auth/user.entity.js';
import { containsPattern } from '../companies/company.service.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { AuditLogEntry } from './audit-log.types.js';
import { purposeText } from './purposes.js';

export const AUDIT_LOG_MAX = 100;
export const AUDIT_SEARCH_MIN = 2;
/** People a name search may match; a name that matches more is too vague to page through usefully. */
const NAME_MATCHES_MAX = 500;

/** Operations recorded under a variant name ("placement:end", "proposal.profile") and what they are. */
const OPERATION_ALIASES: Record<string, string> = {
  'company.placements': 'placements',
  'proposal.profile': 'proposal',
  'proposal.note': 'proposal',
};

type Subject = { kind: string; name: string };

/** Reading the audit trail: administrators only. */
export class AuditLogService {
  constructor(private readonly ctx: ServiceContext) {}

  private requireAdmin() {
    const user = requireUser(this.ctx.user);
    if (user.role !== Role.ADMIN) throw forbidden('auditLog');
  }

  /** Who read or changed a person's (or any subject's) data, newest first, at most `first` (default 20, max 100). */
  async forSubject(subjectId: string, first: number | null | undefined): Promise<AuditEntry[]> {
    this.requireAdmin();
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_LOG_MAX) {
      throw badInput('first', t('validation.pageSize', { max: AUDIT_LOG_MAX, value: String(limit).slice(0, 20) }));
    }
    if (!isUuid(subjectId)) throw badInput('subjectId', t('validation.invalidId', { id: subjectId.slice(0, 40) }));
    return this.ctx.em.find(AuditEntry, { subjectId }, { orderBy: { at: 'desc', id: 'desc' }, limit });
  }

  /**
   * The whole trail, newest first, by cursor. `search`: a person's, user's or company's name (or part
   * of it), a user's e-mail, or an id; it finds the rows where they are the subject or the actor.
   */
  async search(
    search: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<AuditLogEntry>> {
    this.requireAdmin();
    const where = await this.whereFor(search?.trim().slice(0, 100) ?? '');
    const page = await paginate(this.ctx.em, AuditEntry, where, { first, after, orderBy: { at: 'desc' } });
    const entries = await this.describe(page.edges.map((e) => e.node));
    return { ...page, edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: entries[i]! })) };
  }

  private async whereFor(search: string): Promise<Record<string, unknown>> {
    if (!search) return {};
    if (isUuid(search)) return { $or: [{ subjectId: search.toLowerCase() }, { actorId: search.toLowerCase() }] };
    if ([...search].length < AUDIT_SEARCH_MIN) {
      throw badInput('search', t('admin.auditSearchShort', { min: AUDIT_SEARCH_MIN }));
    }
    const like = containsPattern(search.toLowerCase());
    const em = this.ctx.em;
    const [users, candidates, companies] = await Promise.all([
      em.find(
        User,
        { $or: [{ name: { $ilike: like } }, { email: { $ilike: like } }] },
        { fields: ['id'], limit: NAME_MATCHES_MAX },
      ),
      em
        .getConnection()
        .execute<{ id: string }[]>(
          `select id from candidate where (first_name || ' ' || last_name) ilike ? limit ${NAME_MATCHES_MAX}`,
          [like],
        ),
      em
        .getConnection()
        .execute<{ id: string }[]>(`select id from company where name ilike ? limit ${NAME_MATCHES_MAX}`, [like]),
    ]);
    const ids = [...users.map((u) => u.id), ...candidates.map((c) => c.id), ...companies.map((c) => c.id)];
    // No match: a condition that holds for no row, so the answer is an empty page, not everything.
    if (!ids.length) return { id: { $in: [] } };
    return { $or: [{ subjectId: { $in: ids } }, { actorId: { $in: ids } }] };
  }

  /** Names for the actors and subjects of a page (one query per kind), and each row told in a sentence. */
  private async describe(rows: AuditEntry[]): Promise<AuditLogEntry[]> {
    const em = this.ctx.em.fork();
    const ids = [...new Set(rows.flatMap((r) => [r.subjectId, r.actorId]).filter((id): id is string => !!id))];
    const subjects = new Map<string, Subject>();
    if (ids.length) {
      const conn = em.getConnection();
      // One array parameter (the driver would spread a JS array into a list); the ids come from uuid columns.
      const list = `{${ids.join(',')}}`;
      const [users, candidates, companies, competences] = await Promise.all([
        conn.execute<{ id: string; name: string }[]>(`select id, name from app_user where id = any(?::uuid[])`, [list]),
        conn.execute<{ id: string; name: string }[]>(
          `select id, first_name || ' ' || last_name as name from candidate where id = any(?::uuid[])`,
          [list],
        ),
        conn.execute<{ id: string; name: string }[]>(`select id, name from company where id = any(?::uuid[])`, [list]),
        conn.execute<{ id: string; name: string }[]>(`select id, name from competence where id = any(?::uuid[])`, [
          list,
        ]),
      ]);
      for (const [kind, found] of [
        ['user', users],
        ['candidate', candidates],
        ['company', companies],
        ['competence', competences],
      ] as const) {
        for (const r of found) subjects.set(r.id, { kind, name: r.name });
      }
    }
    return rows.map((r) => {
      const actor = r.actorId ? subjects.get(r.actorId) : undefined;
      const subject = subjects.get(r.subjectId);
      return {
        id: r.id,
        at: r.at,
        actorId: r.actorId,
        actorRole: r.actorRole,
        actorName: actor?.name ?? null,
        subjectId: r.subjectId,
        subjectKind: subject?.kind ?? null,
        subjectName: subject?.name ?? null,
        action: r.action,
        operation: r.operation,
        purpose: purposeText(r.purpose),
        allowed: r.allowed,
        description: sentence(r, actor?.name ?? null, subject?.name ?? null),
      };
    });
  }
}

const has = (key: string): key is MessageKey => t(key as MessageKey) !== key;

/** "Karin Holm (virksomhedskonsulent) eksporterede Amal Hassans forløb som CSV", in the caller's language. */
export function sentence(r: AuditEntry, actorName: string | null, subjectName: string | null): string {
  const subject = subjectName ?? t('audit.subjectErased');
  if (r.action === 'LOGIN' && !r.allowed) return t('audit.loginFailed', { subject });
  const op = OPERATION_ALIASES[r.operation] ?? r.operation.split(/[.:]/)[0]!;
  const opKey = `audit.op.${op}`;
  const actionKey = `audit.action.${r.action}`;
  const what = has(opKey)
    ? t(opKey, { subject })
    : has(actionKey)
      ? t(actionKey, { subject })
      : t('audit.op.other', { subject, operation: r.operation });
  const roleKey = `audit.role.${r.actorRole ?? 'none'}`;
  return t('audit.sentence', {
    actor: actorName ?? (r.actorId ? t('audit.unknownActor') : t('audit.system')),
    role: has(roleKey) ? t(roleKey) : (r.actorRole ?? ''),
    what: r.allowed ? what : t('audit.denied', { what }),
  });
}
