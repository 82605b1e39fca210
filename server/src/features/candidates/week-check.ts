/**
 * Applies the week rule (week-obligation.ts) inside the transaction of a change: read the week before,
 * make the change, judge the week after. Refused: BAD_USER_INPUT on the field that made the week heavier.
 * Allowed as an exception: recorded (WeekException) and audit-logged in the same transaction.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatDate, formatNumber, t } from '../../i18n/index.js';
import { badInput, DomainError } from '../../shared/errors.js';
import { audit } from '../audit/audit.service.js';
import { weekExceptionPurpose } from '../audit/purposes.js';
import { Role, User } from '../auth/user.entity.js';
import { Placement, PlacementStatus } from '../placements/placement.entity.js';
import { Candidate, WeeklyActivity } from './candidate.entity.js';
import { WeekException } from './week-exception.entity.js';
import { judgeWeekChange, type PeakWeek, peakWeek, type WeekFacts } from './week-obligation.js';

/** The reason's longest length (characters). */
export const WEEK_REASON_MAX = 1000;

/** The person's activities and ACTIVE placements as stored (pending changes flushed first). */
export async function weekFactsOf(em: EntityManager, candidateId: string): Promise<WeekFacts> {
  await em.flush();
  const [activities, placements] = await Promise.all([
    em.find(WeeklyActivity, { candidate: candidateId }),
    em.find(Placement, { candidate: candidateId, status: PlacementStatus.ACTIVE }),
  ]);
  return {
    activityHours: activities.map((a) => a.weeklyHours),
    placements: placements.map((p) => ({
      startDate: p.startDate,
      plannedEndDate: p.plannedEndDate,
      hoursPlan: p.hoursPlan ?? [],
    })),
  };
}

/** The heaviest week ahead as stored now: call it before the change. */
export async function weekBefore(em: EntityManager, candidateId: string, today: string): Promise<PeakWeek> {
  return peakWeek(await weekFactsOf(em, candidateId), today);
}

export interface WeekChange {
  user: User;
  candidateId: string;
  /** The week before the change (null for a new person). */
  before: PeakWeek | null;
  /** The adviser's reason for an exception, from the input. */
  reason: string | null | undefined;
  /** The input field that made the week heavier (hoursPlan, weeklyActivities). */
  field: string;
  operation: string;
  fullTimeHours: number;
  today: string;
}

/** Judges the week after the change; refuses it, or records the adviser's exception. */
export async function assertWeekChange(em: EntityManager, c: WeekChange): Promise<void> {
  const reason = c.reason?.trim() || null;
  if (reason && reason.length > WEEK_REASON_MAX) {
    throw badInput('weekExceptionReason', t('week.reasonTooLong', { max: WEEK_REASON_MAX }));
  }
  const after = peakWeek(await weekFactsOf(em, c.candidateId), c.today);
  const verdict = judgeWeekChange(c.before, after, c.fullTimeHours, reason);
  if (verdict.kind === 'OK') return;
  const values = {
    total: formatNumber(after.total),
    placements: formatNumber(after.placementHours),
    activities: formatNumber(after.activityHours),
    over: formatNumber(verdict.over),
    max: formatNumber(c.fullTimeHours),
    date: formatDate(after.date),
  };
  if (verdict.kind === 'NEEDS_EXCEPTION') {
    // weekExceptionNeeded: the portal then asks the adviser for a reason instead of only showing the message.
    const message = t('week.overFullTime', values);
    throw new DomainError('BAD_USER_INPUT', message, {
      field: c.field,
      fields: [{ field: c.field, message }],
      weekExceptionNeeded: true,
      weekHours: after.total,
    });
  }

  // Only the person's own adviser (or an administrator) answers for the person's week.
  const person = await em.findOneOrFail(Candidate, c.candidateId);
  const mayConfirm = c.user.role === Role.ADMIN || (c.user.role === Role.ADVISER && person.adviser?.id === c.user.id);
  if (!mayConfirm) throw badInput('weekExceptionReason', t('week.exceptionAdviserOnly', values));
  em.create(WeekException, {
    candidate: person,
    weekHours: after.total,
    fullTimeHours: c.fullTimeHours,
    weekFrom: after.date,
    reason: reason ?? '',
    operation: c.operation,
    confirmedBy: em.getReference(User, c.user.id),
    confirmedByName: c.user.name,
  });
  audit(em, c.user, {
    subjectId: c.candidateId,
    action: 'UPDATE',
    operation: 'weekException',
    allowed: true,
    purpose: weekExceptionPurpose(c.operation, after.total, after.date),
  });
}
