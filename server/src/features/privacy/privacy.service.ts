import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { sql } from '../../db/sql.js';
import { t } from '../../i18n/index.js';
import { enqueueIndex } from '../../search/outbox.js';
import type { SearchIndex } from '../../search/search-index.js';
import { badInput, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { audit } from '../audit/audit.service.js';
import { AuditPurpose, retentionPurpose } from '../audit/purposes.js';
import { Role, type User } from '../auth/user.entity.js';
import { Candidate, CandidateStatus } from '../candidates/candidate.entity.js';

const row = <T>(rows: T[]) => rows;

/**
 * The person's rights under GDPR: an export of everything held (including who looked),
 * erasure from PostgreSQL and Meilisearch, and the retention rule that anonymises
 * people who have been inactive too long.
 */
export class PrivacyService {
  constructor(
    private readonly em: EntityManager,
    private readonly user: User,
    private readonly config: Config,
    private readonly search: SearchIndex,
  ) {}

  private async ownCandidate(id: string): Promise<Candidate> {
    // Not a uuid: no such person (and PostgreSQL must not see it as one).
    const c = isUuid(id) ? await this.em.findOne(Candidate, { id }, { populate: ['accommodationNeeds'] }) : null;
    if (!c) throw notFound('candidate', id);
    const own = this.user.role === Role.ADVISER && c.adviser?.id === this.user.id;
    if (!own && this.user.role !== Role.ADMIN) {
      audit(this.em, this.user, { subjectId: id, action: 'EXPORT', operation: 'privacy', allowed: false });
      await this.em.flush();
      throw forbidden('person');
    }
    return c;
  }

  /** Everything held about one person, as JSON, with the audit trail of who read or changed it. */
  async exportPerson(candidateId: string): Promise<string> {
    const c = await this.ownCandidate(candidateId);
    const conn = this.em.getConnection();
    const [person] = await conn.execute(`select * from candidate where id = ?`, [candidateId]);
    const data = {
      exportedAt: new Date().toISOString(),
      person,
      competences: row(
        await conn.execute(
          `select co.name, cc.level, cc.evidence, cc.created_at from candidate_competence cc join competence co on co.id = cc.competence_id where cc.candidate_id = ?`,
          [candidateId],
        ),
      ),
      foreignEducations: await conn.execute(
        `select title, years, recognition_status from foreign_education where candidate_id = ?`,
        [candidateId],
      ),
      weeklyActivities: await conn.execute(
        `select kind, label, weekly_hours from weekly_activity where candidate_id = ?`,
        [candidateId],
      ),
      weekExceptions: await conn.execute(
        `select week_hours, full_time_hours, week_from, reason, operation, confirmed_by_name, created_at from week_exception where candidate_id = ? order by created_at`,
        [candidateId],
      ),
      proposals: await conn.execute(
        `select p.id, p.status, p.note, p.reason, p.history, p.created_at, co.name as company from proposal p join company co on co.id = p.company_id where p.candidate_id = ?`,
        [candidateId],
      ),
      placements: await conn.execute(
        `select p.id, p.type, p.status, p.start_date, p.planned_end_date, p.end_date, p.outcome, p.hours_plan, co.name as company from placement p join company co on co.id = p.company_id where p.candidate_id = ?`,
        [candidateId],
      ),
      followUps: await conn.execute(
        `select f.date, f.attended_hours, f.ordinary_hours, f.absence_days, f.progress, f.note from follow_up f join placement p on p.id = f.placement_id where p.candidate_id = ? order by f.date`,
        [candidateId],
      ),
      accessLog: await conn.execute(
        `select a.at, a.actor_role, u.name as actor, a.action, a.operation, a.purpose, a.allowed
           from audit_entry a left join app_user u on u.id = a.actor_id where a.subject_id = ? order by a.at`,
        [candidateId],
      ),
    };
    audit(this.em, this.user, {
      subjectId: c.id,
      action: 'EXPORT',
      operation: 'exportPersonData',
      allowed: true,
      purpose: AuditPurpose.ACCESS_REQUEST,
    });
    await this.em.flush();
    return JSON.stringify(data, null, 2);
  }

  /** Deletes the person from PostgreSQL and from the search index, and waits until Meilisearch has done it. */
  async erase(candidateId: string, reason: string): Promise<boolean> {
    if (!reason?.trim()) throw badInput('reason', t('privacy.eraseReason'));
    const c = await this.ownCandidate(candidateId);
    await this.em.transactional(async (tx) => {
      await tx.nativeDelete(Candidate, { id: c.id });
      // Keep the trail itself: it names no one, only the id, who did it and why.
      audit(tx, this.user, {
        subjectId: c.id,
        action: 'DELETE',
        operation: 'eraseCandidate',
        allowed: true,
        purpose: reason.trim().slice(0, 200),
      });
      enqueueIndex(tx, 'candidate', c.id);
    });
    await this.search.sync(this.em.fork(), 'candidate', [c.id]);
    return true;
  }

  /** Anonymises candidates inactive for longer than the retention period; returns how many. */
  async applyRetention(): Promise<number> {
    if (this.user.role !== Role.ADMIN) throw forbidden('retention');
    return anonymiseInactive(this.em, this.config.rules.retentionInactiveDays);
  }
}

/** The retention rule, also run from the command line: no activity for `days`, no active placement. */
export async function anonymiseInactive(em: EntityManager, days: number): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = (await sql(
      tx,
      `select c.id from candidate c
        where c.status <> 'ANONYMISED'
          and coalesce(c.last_activity_at, c.updated_at) < now() - (? || ' days')::interval
          and not exists (select 1 from placement p where p.candidate_id = c.id and p.status = 'ACTIVE')`,
      [String(days)],
    )) as { id: string }[];
    if (!rows.length) return 0;
    const ids = rows.map((r) => r.id);
    await tx.nativeUpdate(
      Candidate,
      { id: { $in: ids } },
      {
        firstName: 'Anonymiseret',
        lastName: '',
        birthDate: '1900-01-01',
        arrivalDate: null,
        accommodationNeeds: null,
        summary: '',
        education: '',
        languages: [],
        danishModule: null,
        externalId: null,
        consentToShare: false,
        status: CandidateStatus.ANONYMISED,
      },
    );
    await sql(tx, `delete from foreign_education where candidate_id in (?)`, [ids]);
    // An exception's reason is free text about the person.
    await sql(tx, `delete from week_exception where candidate_id in (?)`, [ids]);
    for (const id of ids) {
      audit(tx, null, {
        subjectId: id,
        action: 'ANONYMISE',
        operation: 'retention',
        allowed: true,
        purpose: retentionPurpose(days),
      });
    }
    enqueueIndex(tx, 'candidate', ...ids);
    return ids.length;
  });
}
