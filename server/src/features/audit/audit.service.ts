import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';
import type { User } from '../auth/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';

export type AuditAction = 'READ' | 'CREATE' | 'UPDATE' | 'DELETE' | 'EXPORT' | 'ANONYMISE' | 'SHARE' | 'LOGIN';

export interface AuditRecord {
  subjectId: string;
  action: AuditAction;
  operation: string;
  allowed: boolean;
  purpose?: string | null;
}

/**
 * Records who touched whose data. Persisted on the caller's EntityManager so that
 * a change and its audit row commit together; a denied read is written at once.
 */
export function audit(em: EntityManager, actor: User | null, rec: AuditRecord): void {
  em.persist(
    em.create(AuditEntry, {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      subjectId: rec.subjectId,
      action: rec.action,
      operation: rec.operation,
      purpose: rec.purpose ?? null,
      allowed: rec.allowed,
    }),
  );
}

/** Writes audit rows for reads immediately (reads have no transaction to join). */
export async function auditReads(
  em: EntityManager,
  actor: User | null,
  subjectIds: string[],
  operation: string,
  allowed = true,
  purpose?: string,
) {
  if (!subjectIds.length) return;
  await em.insertMany(
    AuditEntry,
    subjectIds.map((subjectId) => ({
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      subjectId,
      action: 'READ',
      operation,
      purpose: purpose ?? null,
      allowed,
      at: new Date(),
    })),
  );
}

/**
 * Runs `select` (rows with an `id` column: the people read) and logs a READ of each row it returns in the
 * same statement (a data-modifying CTE): what is returned and what is logged are the same rows, they stand or
 * fall together, and it costs one round trip instead of two.
 */
export function selectAndAuditReads<T extends { id: string }>(
  em: EntityManager,
  actor: User | null,
  select: { sql: string; params: unknown[] },
  operation: string,
  purpose: string,
): Promise<T[]> {
  return sql<T>(
    em,
    `with read as (${select.sql}), logged as (
       insert into audit_entry (actor_id, actor_role, subject_id, action, operation, purpose, allowed, at)
       select ?::uuid, ?, read.id, 'READ', ?, ?, true, now() from read
     )
     select * from read`,
    [...select.params, actor?.id ?? null, actor?.role ?? null, operation, purpose],
  );
}

/**
 * Writes one audit row at once, outside the caller's transaction: a refused change rolls its transaction
 * back, and the attempt must still be on record (allowed = false).
 */
export async function auditAttempt(em: EntityManager, actor: User | null, rec: AuditRecord): Promise<void> {
  await em.insert(AuditEntry, {
    actorId: actor?.id ?? null,
    actorRole: actor?.role ?? null,
    subjectId: rec.subjectId,
    action: rec.action,
    operation: rec.operation,
    purpose: rec.purpose ?? null,
    allowed: rec.allowed,
    at: new Date(),
  });
}
