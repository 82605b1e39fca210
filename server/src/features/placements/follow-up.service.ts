import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { formatDate, formatDateTime, t } from '../../i18n/index.js';
import { enqueueIndex } from '../../search/outbox.js';
import { todayInDenmark as today } from '../../shared/clock.js';
import type { ServiceContext } from '../../shared/context.js';
import { compareDates } from '../../shared/dates.js';
import { badInput, DomainError } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { assertDateOrder, parseInput } from '../../shared/validate.js';
import { alertRulesFrom } from '../alerts/alert.service.js';
import { followUpDueDate } from '../alerts/alert-rules.js';
import { audit } from '../audit/audit.service.js';
import { Role, User } from '../auth/user.entity.js';
import { Candidate, CandidateCompetence, Evidence } from '../candidates/candidate.entity.js';
import { Competence } from '../competences/competence.entity.js';
import { applyLadderEvent } from '../ladder/ladder.service.js';
import { TaskCompetence } from '../tasks/unsolved-task.entity.js';
import { latestOf, type PlacementWeekRow, placementWeeks } from './hours-progress.js';
import { FollowUp, NEVER_STARTED, Placement, PlacementStatus } from './placement.entity.js';
import type { FollowUpInput } from './placement.inputs.js';
import { PlacementPolicy } from './placement.policy.js';
import type { FollowUpAuthor } from './placement.types.js';
import { followUpSchema } from './placement.validation.js';

const pick = (f: FollowUp) => ({ date: f.date, attendedHours: f.attendedHours, ordinaryHours: f.ordinaryHours });

const byDateThenRecorded = (a: FollowUp, b: FollowUp) =>
  compareDates(a.date, b.date) || a.createdAt.getTime() - b.createdAt.getTime();

/** A placement and its current follow-ups as the pure hours functions read them. */
export const progressOf = (p: Placement, followUps: readonly FollowUp[]) => ({
  startDate: p.startDate,
  endDate: p.status === PlacementStatus.ENDED ? p.endDate : null,
  hoursPlan: p.hoursPlan,
  schoolPeriods: p.schoolPeriods,
  followUps: followUps
    .filter((f) => !f.supersededBy)
    .map((f) => ({
      date: f.date,
      attendedHours: f.attendedHours,
      ordinaryHours: f.ordinaryHours,
      recordedAt: f.createdAt.toISOString(),
      nextFollowUpDate: f.nextFollowUpDate,
    })),
});

/** A placement's follow-ups: recording them (corrections included), the journal, and what is read from them. */
export class FollowUpService {
  private readonly policy: PlacementPolicy;

  constructor(private readonly ctx: ServiceContext) {
    this.policy = new PlacementPolicy(ctx);
  }

  /** Records a follow-up; confirmed competences become evidence, and the person's ordinary hours follow. */
  async recordFollowUp(placementId: string, input: FollowUpInput): Promise<FollowUp> {
    const user = this.policy.user;
    const data = parseInput(followUpSchema, input);
    const now = today();
    if (compareDates(data.date, now) > 0) {
      throw badInput('date', t('placements.followUpInFuture', { date: formatDate(data.date) }));
    }
    assertDateOrder('date', data.date, 'nextFollowUpDate', data.nextFollowUpDate);
    const competenceIds = [...new Set(data.confirmedCompetences ?? [])];

    const id = await this.policy.tx(async (em) => {
      const p = await this.policy.load(em, placementId, 'followUp', true);
      if (NEVER_STARTED.includes(p.status)) {
        throw badInput('placementId', t('agreement.neverStarted', { status: t(`enums.placementStatus.${p.status}`) }));
      }
      if (compareDates(data.date, p.startDate) < 0) {
        throw badInput(
          'date',
          t('placements.followUpBeforeStart', { date: formatDate(data.date), start: formatDate(p.startDate) }),
        );
      }
      if (p.endDate && compareDates(data.date, p.endDate) > 0) {
        throw badInput(
          'date',
          t('placements.followUpAfterEnd', { date: formatDate(data.date), end: formatDate(p.endDate) }),
        );
      }
      const corrected = await this.correctionTarget(em, p, data.date, data.correctsFollowUpId);
      // Re-read under the lock: the access check may have read the person before, and a version read then
      // is stale once another of the person's follow-ups commits (the flush would fail on it).
      const candidate = await em.findOneOrFail(Candidate, p.candidate.id, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
      });

      // `!== undefined`: an empty id is no uuid either (and must not reach PostgreSQL).
      const bad = competenceIds.find((c) => !isUuid(c));
      const competences = bad !== undefined ? [] : await em.find(Competence, { id: { $in: competenceIds } });
      const missing = bad ?? competenceIds.find((c) => !competences.some((k) => k.id === c));
      if (missing !== undefined) {
        throw badInput('confirmedCompetences', t('placements.competenceUnknown', { id: missing.slice(0, 40) }));
      }
      if (user.role === Role.COMPANY) await this.assertTaskCompetences(em, p, competences);

      const followUp = em.create(FollowUp, {
        placement: p,
        date: data.date,
        author: em.getReference(User, user.id),
        attendedHours: data.attendedHours,
        ordinaryHours: data.ordinaryHours,
        absenceDays: data.absenceDays,
        progress: data.progress,
        note: data.note ?? '',
        nextFollowUpDate: data.nextFollowUpDate ?? null,
        confirmedCompetenceIds: competenceIds,
        corrects: corrected,
      });
      // The corrected follow-up stays in the history, superseded by this one.
      if (corrected) corrected.supersededBy = ref(followUp);

      if (competences.length) {
        const held = await em.find(CandidateCompetence, {
          candidate: candidate.id,
          competence: { $in: competenceIds },
        });
        for (const competence of competences) {
          const cc = held.find((h) => h.competence.id === competence.id);
          if (!cc) {
            em.create(CandidateCompetence, {
              candidate,
              competence,
              level: 2,
              evidence: Evidence.OBSERVED_IN_PLACEMENT,
            });
          } else if (cc.evidence === Evidence.SELF_REPORTED) {
            cc.evidence = Evidence.OBSERVED_IN_PLACEMENT;
          }
        }
      }

      if (p.status === PlacementStatus.ACTIVE && (await this.isCurrent(em, p, data.date))) {
        candidate.currentOrdinaryHours = data.ordinaryHours;
      }
      // Ordinary hours recorded: the person reaches the ladder's ordinary-hours step.
      applyLadderEvent(
        em,
        this.ctx.config.rules.ladder,
        candidate,
        { kind: 'ORDINARY_HOURS_RECORDED', hours: data.ordinaryHours },
        data.date,
        { placementId: p.id, userId: user.id },
      );
      candidate.lastActivityAt = new Date();
      // The person's row changes (last activity, maybe hours and competences): re-index it.
      enqueueIndex(em, 'candidate', candidate.id);
      audit(em, user, { subjectId: candidate.id, action: 'UPDATE', operation: 'recordFollowUp', allowed: true });
      return followUp.id;
    });
    return this.ctx.em.findOneOrFail(FollowUp, id, { refresh: true });
  }

  /**
   * A company confirms what it saw the person do on the placement's task: only the task's competences
   * (required or nice to have), not any competence of the catalogue.
   */
  private async assertTaskCompetences(em: EntityManager, p: Placement, confirmed: Competence[]): Promise<void> {
    if (!confirmed.length) return;
    const own = p.task ? await em.find(TaskCompetence, { task: p.task.id }) : [];
    const allowed = new Set(own.map((tc) => tc.competence.id));
    const outside = confirmed.find((c) => !allowed.has(c.id));
    if (!outside) return;
    throw badInput(
      'confirmedCompetences',
      t(p.task ? 'placements.competenceNotTask' : 'placements.competenceNoTask', { name: outside.name }),
    );
  }

  /**
   * The placement is the person's current one (the active placement that started last) and a follow-up
   * dated `date` is its latest: then its ordinary hours are the person's current ordinary hours.
   */
  private async isCurrent(em: EntityManager, p: Placement, date: string): Promise<boolean> {
    const newer = await em.count(Placement, {
      candidate: p.candidate.id,
      status: PlacementStatus.ACTIVE,
      id: { $ne: p.id },
      $or: [{ startDate: { $gt: p.startDate } }, { startDate: p.startDate, createdAt: { $gt: p.createdAt } }],
    });
    if (newer > 0) return false;
    const later = await em.count(FollowUp, { placement: p.id, date: { $gt: date }, supersededBy: null });
    return later === 0;
  }

  /**
   * One current follow-up per placement and day: a second one for the same day must say it corrects
   * the first (`correctsFollowUpId`), and only a current (not yet corrected) follow-up can be corrected.
   */
  private async correctionTarget(
    em: EntityManager,
    p: Placement,
    date: string,
    correctsId: string | null | undefined,
  ): Promise<FollowUp | null> {
    if (correctsId) {
      const target = isUuid(correctsId)
        ? await em.findOne(FollowUp, { id: correctsId, placement: p.id }, { populate: ['supersededBy'] })
        : null;
      if (!target) throw badInput('correctsFollowUpId', t('journal.correctsUnknown'));
      if (target.supersededBy) {
        const newer = target.supersededBy.getEntity();
        throw new DomainError(
          'CONFLICT',
          t('journal.alreadyCorrected', {
            date: formatDate(target.date),
            who: (await this.authorOf(em, newer)).label,
            when: formatDateTime(newer.createdAt),
          }),
          { field: 'correctsFollowUpId', currentFollowUpId: newer.id },
        );
      }
      return target;
    }
    const same = await em.findOne(
      FollowUp,
      { placement: p.id, date, supersededBy: null },
      { orderBy: { createdAt: 'desc' } },
    );
    if (!same) return null;
    const message = t('journal.sameDay', {
      date: formatDate(date),
      who: (await this.authorOf(em, same)).label,
      when: formatDateTime(same.createdAt),
    });
    throw new DomainError('BAD_USER_INPUT', message, {
      field: 'correctsFollowUpId',
      fields: [{ field: 'correctsFollowUpId', message }],
      existingFollowUpId: same.id,
    });
  }

  /** Who recorded a follow-up, with the role in words. */
  private async authorOf(em: EntityManager, f: FollowUp): Promise<FollowUpAuthor> {
    const u = f.author ? await em.findOne(User, { id: f.author.id }) : null;
    if (!u) return { id: null, name: t('journal.someone'), role: null, label: t('journal.someone') };
    return {
      id: u.id,
      name: u.name,
      role: u.role,
      label: t('journal.recordedBy', { name: u.name, role: t(`journal.roles.${u.role}`) }),
    };
  }

  /** The current follow-ups of a placement (corrections replace what they correct), in date order, then recorded. */
  async followUps(p: Placement): Promise<FollowUp[]> {
    return (await this.followUpHistory(p)).filter((f) => !f.supersededBy);
  }

  /** Every follow-up, corrected ones too: the placement's journal, by date and then by when it was recorded. */
  async followUpHistory(p: Placement): Promise<FollowUp[]> {
    const items = await p.followUps.loadItems();
    return [...items].sort(byDateThenRecorded);
  }

  /** The latest current follow-up by its date, then by when it was recorded (never by today's date). */
  async latestFollowUp(p: Placement): Promise<FollowUp | null> {
    const items = await this.followUps(p);
    const latest = latestOf(items.map((f) => ({ ...pick(f), recordedAt: f.createdAt.toISOString(), f })));
    return latest?.f ?? null;
  }

  /** The placement's weeks with the follow-up of each, gaps (null) where none was, and overdue marks. */
  async weeks(p: Placement): Promise<PlacementWeekRow[]> {
    return placementWeeks(progressOf(p, await this.followUps(p)), today(), this.ctx.config.rules.followUpIntervalDays);
  }

  /** Who recorded the follow-up (role and name). */
  followUpAuthor(f: FollowUp): Promise<FollowUpAuthor> {
    return this.authorOf(this.ctx.em, f);
  }

  /** When the next follow-up is due (active placements): the last follow-up's next date, else the interval. */
  async nextFollowUpDue(p: Placement): Promise<string | null> {
    if (p.status !== PlacementStatus.ACTIVE) return null;
    const items = await this.followUps(p);
    return followUpDueDate(
      {
        placementId: p.id,
        candidateId: p.candidate.id,
        candidateName: '',
        companyId: p.company.id,
        companyName: '',
        active: true,
        startDate: p.startDate,
        plannedEndDate: p.plannedEndDate,
        hasNextStep: false,
        followUps: items.map((f) => ({
          date: f.date,
          ordinaryHours: f.ordinaryHours,
          nextFollowUpDate: f.nextFollowUpDate,
        })),
      },
      alertRulesFrom(this.ctx.config.rules),
    );
  }

  /** A follow-up's note: free text about the person, under the same rule as the name ('' when withheld). */
  async followUpNote(f: FollowUp): Promise<string> {
    if (!f.note) return f.note;
    const p = await this.ctx.em.findOneOrFail(Placement, { id: f.placement.id });
    return (await this.policy.mayName(p)) ? f.note : '';
  }
}
