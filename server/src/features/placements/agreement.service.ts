import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { formatDate, formatNumber, t } from '../../i18n/index.js';
import { enqueueIndex } from '../../search/outbox.js';
import { todayInDenmark as today } from '../../shared/clock.js';
import type { ServiceContext } from '../../shared/context.js';
import { compareDates } from '../../shared/dates.js';
import { badInput, badInputs, DomainError, type FieldProblem, forbidden, problemsOf } from '../../shared/errors.js';
import { assertDateOrder, parseInput } from '../../shared/validate.js';
import { audit, auditReads } from '../audit/audit.service.js';
import { Role, User } from '../auth/user.entity.js';
import { refreshAvailability } from '../availability/availability.service.js';
import { Candidate, WeeklyActivity } from '../candidates/candidate.entity.js';
import { iguEligibility } from '../candidates/igu-eligibility.js';
import { assertWeekChange, weekBefore } from '../candidates/week-check.js';
import { peakWeek, type WeekPlacement } from '../candidates/week-obligation.js';
import { Company } from '../companies/company.entity.js';
import { IguSlot, IguSlotStatus } from '../igu-slots/igu-slot.entity.js';
import { Mentor } from '../mentors/mentor.entity.js';
import { assignableMentor, internsOf } from '../mentors/mentor.service.js';
import { TaskStatus, UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import { activatePlacement, availabilityTargets } from './placement.activation.js';
import {
  AgreementParty,
  type AgreementTerms,
  NEVER_STARTED,
  Placement,
  PlacementAgreement,
  PlacementStatus,
  PlacementType,
} from './placement.entity.js';
import type { PlacementAgreementChangeInput } from './placement.inputs.js';
import { PlacementPolicy } from './placement.policy.js';
import {
  assertLearningGoals,
  companyChangeSchema,
  iguRules,
  programmeTerms,
  refusalSchema,
  toPlan,
  updateSchema,
  withdrawalSchema,
  withinMaxLength,
} from './placement.validation.js';

/** The terms of a placement as an agreement version holds them. */
export const termsOf = (p: Placement): AgreementTerms => ({
  startDate: p.startDate,
  plannedEndDate: p.plannedEndDate,
  hoursPlan: p.hoursPlan,
  learningGoals: p.learningGoals,
  mentorName: p.mentorName,
  mentorId: p.mentor?.id ?? null,
  schoolPeriods: p.schoolPeriods ?? [],
});

/** The terms in one shape (a version's jsonb keeps no key order, and older versions lack mentorId). */
const comparable = (x: AgreementTerms) => ({
  startDate: x.startDate,
  plannedEndDate: x.plannedEndDate ?? null,
  hoursPlan: x.hoursPlan.map((s) => [s.fromWeek, s.weeklyHours, s.ordinaryHours]),
  learningGoals: x.learningGoals,
  mentorName: x.mentorName ?? null,
  mentorId: x.mentorId ?? null,
  schoolPeriods: (x.schoolPeriods ?? []).map((s) => [s.startDate, s.endDate]),
});

/** Whether two sets of terms agree. */
export const sameTerms = (a: AgreementTerms, b: AgreementTerms) =>
  JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));

/**
 * A placement's agreement: its versions and their terms, approval by the company and the job centre, a change
 * proposed and brought into force, withdrawal and refusal.
 */
export class AgreementService {
  private readonly policy: PlacementPolicy;

  constructor(private readonly ctx: ServiceContext) {
    this.policy = new PlacementPolicy(ctx);
  }

  /**
   * Approves the current version of a placement's agreement: the company (its own placements) first, then
   * the job centre (the person's adviser, or ADMIN). When both approved a draft, the placement is ACTIVE.
   */
  async approveAgreement(
    placementId: string,
    agreementVersion: number,
    weekExceptionReason?: string | null,
  ): Promise<Placement> {
    const user = this.policy.user;
    if (user.role === Role.CONSULTANT) throw forbidden('approveAgreement');
    await this.policy.tx(async (em) => {
      const p = await this.policy.load(em, placementId, user.role === Role.COMPANY ? 'followUp' : 'manage', true);
      if (p.status === PlacementStatus.ENDED) throw badInput('placementId', t('agreement.ended'));
      if (NEVER_STARTED.includes(p.status)) {
        throw badInput('placementId', t('agreement.neverStarted', { status: t(`enums.placementStatus.${p.status}`) }));
      }
      const current = await em.findOne(PlacementAgreement, { placement: p.id, number: p.agreementVersion });
      if (!current) throw badInput('placementId', t('agreement.none'));
      if (agreementVersion !== p.agreementVersion) {
        throw new DomainError(
          'CONFLICT',
          t('agreement.stale', { yours: agreementVersion, current: p.agreementVersion }),
          {
            field: 'agreementVersion',
            currentVersion: p.agreementVersion,
          },
        );
      }
      const by = em.getReference(User, user.id, { wrapped: true });
      if (user.role === Role.COMPANY) {
        if (current.companyApprovedAt) throw badInput('agreementVersion', t('agreement.companyAlready'));
        current.companyApprovedAt = new Date();
        current.companyApprovedBy = by;
      } else {
        if (!current.companyApprovedAt) throw badInput('agreementVersion', t('agreement.companyFirst'));
        if (current.adviserApprovedAt) throw badInput('agreementVersion', t('agreement.adviserAlready'));
        current.adviserApprovedAt = new Date();
        current.adviserApprovedBy = by;
      }
      audit(em, user, {
        subjectId: p.candidate.id,
        action: 'UPDATE',
        operation: 'approvePlacementAgreement',
        allowed: true,
      });
      if (p.status === PlacementStatus.DRAFT && current.companyApprovedAt && current.adviserApprovedAt) {
        await this.activateDraft(em, p, weekExceptionReason);
      } else if (p.status === PlacementStatus.ACTIVE && current.companyApprovedAt && current.adviserApprovedAt) {
        await this.bringIntoForce(em, p, current, weekExceptionReason);
      }
    });
    return this.ctx.em.findOneOrFail(Placement, placementId, { refresh: true });
  }

  /**
   * A fully approved draft becomes ACTIVE: the start's rules are checked again, as things may have moved
   * (another placement started, the configured maximum length changed). A refusal rolls the approval back.
   */
  private async activateDraft(em: EntityManager, p: Placement, weekExceptionReason?: string | null): Promise<void> {
    // The type's length as configured now: the longest it may run in all (a draft may have been extended
    // before it started), and an IGU programme's fixed length and school weeks.
    if (p.type === PlacementType.IGU)
      programmeTerms(this.ctx.config.rules, p.type, p.startDate, p.plannedEndDate, p.schoolPeriods);
    else withinMaxLength(this.ctx.config.rules, p.type, p.startDate, p.plannedEndDate, 'extendedWeeks');
    // Locked before the week is read: a placement of the person started meanwhile is either seen or waits.
    const candidate = await em.findOneOrFail(Candidate, p.candidate.id, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
    const before = await weekBefore(em, candidate.id, today());
    const task = p.task
      ? await em.findOneOrFail(UnsolvedTask, p.task.id, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    const slot = p.iguSlot
      ? await em.findOneOrFail(IguSlot, p.iguSlot.id, { lockMode: LockMode.PESSIMISTIC_WRITE })
      : null;
    if (task && task.status !== TaskStatus.OPEN && task.status !== TaskStatus.IN_PROGRESS) {
      throw badInput('placementId', t('agreement.taskNotOpen', { title: task.title }));
    }
    if (slot && slot.status !== IguSlotStatus.OPEN) {
      throw badInput('placementId', t('agreement.slotNotOpen', { title: slot.title }));
    }
    const existing = await em.count(Placement, {
      candidate: candidate.id,
      company: p.company.id,
      status: PlacementStatus.ACTIVE,
      id: { $ne: p.id },
    });
    if (existing) throw badInput('placementId', t('agreement.alreadyActive'));
    await activatePlacement(this.ctx, em, p, candidate, task, slot);
    // The planned week with this placement now counted: over full time only as the adviser's exception.
    await assertWeekChange(em, {
      user: this.policy.user,
      candidateId: candidate.id,
      before,
      reason: weekExceptionReason,
      field: 'hoursPlan',
      operation: 'approvePlacementAgreement',
      fullTimeHours: this.ctx.config.rules.fullTimeHours,
      today: today(),
    });
  }

  /**
   * A change both parties approved takes effect: its terms go on the placement's row, and with them the person's
   * free hours, the planned week (over full time only as the adviser's exception), the mentor's place and the
   * search index. A refusal (a full mentor, a week over full time without a reason) rolls the approval back.
   */
  private async bringIntoForce(
    em: EntityManager,
    p: Placement,
    version: PlacementAgreement,
    weekExceptionReason?: string | null,
  ): Promise<void> {
    if (sameTerms(version.terms, termsOf(p))) return;
    // A moved start binds only while the placement has not started and the new start has not passed.
    if (version.terms.startDate !== p.startDate) this.assertStartMovable(p, version.terms.startDate);
    const candidate = await em.findOneOrFail(Candidate, p.candidate.id, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
    const before = await weekBefore(em, candidate.id, today());
    await this.applyTerms(em, p, version.terms);
    await assertWeekChange(em, {
      user: this.policy.user,
      candidateId: candidate.id,
      before,
      reason: weekExceptionReason,
      field: 'hoursPlan',
      operation: 'approvePlacementAgreement',
      fullTimeHours: this.ctx.config.rules.fullTimeHours,
      today: today(),
    });
    enqueueIndex(em, 'candidate', candidate.id);
    await refreshAvailability(em, this.ctx.config.rules, availabilityTargets(p), today());
  }

  /**
   * After a change to the terms: an approved version (by either side) stays as history and a new version
   * waits for both approvals; a version nobody approved yet takes the new terms.
   */
  async reviseAgreement(em: EntityManager, p: Placement, terms: AgreementTerms): Promise<void> {
    const current =
      p.agreementVersion > 0
        ? await em.findOne(PlacementAgreement, { placement: p.id, number: p.agreementVersion })
        : null;
    if (current && !current.companyApprovedAt && !current.adviserApprovedAt) {
      current.terms = terms;
      return;
    }
    // Numbers are never reused: after a withdrawn or refused version, the next one follows it.
    const newest = await em.findOne(PlacementAgreement, { placement: p.id }, { orderBy: { number: 'desc' } });
    p.agreementVersion = Math.max(p.agreementVersion, newest?.number ?? 0) + 1;
    em.create(PlacementAgreement, {
      placement: p,
      number: p.agreementVersion,
      terms,
      createdBy: em.getReference(User, this.policy.user.id),
    });
  }

  /**
   * The party that proposed the current version of an agreement withdraws it (WITHDRAW: the job centre its drafts and
   * changes, the company its own proposals), the other party refuses it (REFUSE, with a reason), before both approved
   * it. A draft never starts: WITHDRAWN or REFUSED, its reserved hours and place freed. A pending new version of a
   * running placement stays in the history, and the version before it applies again (its terms back on the
   * placement). One transaction; audit-logged.
   */
  async closeAgreement(
    placementId: string,
    agreementVersion: number,
    kind: 'WITHDRAW' | 'REFUSE',
    reasonInput: string | null | undefined,
  ): Promise<Placement> {
    const user = this.policy.user;
    const refuse = kind === 'REFUSE';
    const company = user.role === Role.COMPANY;
    const { reason } = parseInput(refuse ? refusalSchema : withdrawalSchema, { reason: reasonInput });
    await this.policy.tx(async (em) => {
      const p = await this.policy.load(em, placementId, company ? 'followUp' : 'manage', true);
      if (p.status === PlacementStatus.ENDED) throw badInput('placementId', t('agreement.endedClose'));
      if (NEVER_STARTED.includes(p.status)) {
        throw badInput('placementId', t('agreement.neverStarted', { status: t(`enums.placementStatus.${p.status}`) }));
      }
      const current = await em.findOne(PlacementAgreement, { placement: p.id, number: p.agreementVersion });
      if (!current) throw badInput('placementId', t('agreement.none'));
      if (agreementVersion !== p.agreementVersion) {
        throw new DomainError(
          'CONFLICT',
          t('agreement.staleClose', { yours: agreementVersion, current: p.agreementVersion }),
          { field: 'agreementVersion', currentVersion: p.agreementVersion },
        );
      }
      if (current.companyApprovedAt && current.adviserApprovedAt) {
        throw badInput('agreementVersion', t('agreement.bothApproved', { number: current.number }));
      }
      // The party that did not propose a version refuses it; the party that proposed it withdraws it.
      const own = current.proposedBy === (company ? AgreementParty.COMPANY : AgreementParty.JOB_CENTRE);
      if (refuse && own) {
        if (company) {
          throw badInput('agreementVersion', t('agreement.withdrawOwnProposal', { number: current.number }));
        }
        await auditReads(this.ctx.em.fork(), user, [p.candidate.id], 'placement:refuse', false);
        throw forbidden('refuseAgreement');
      }
      if (!refuse && !own) {
        if (!company) {
          throw badInput('agreementVersion', t('agreement.refuseCompanyProposal', { number: current.number }));
        }
        // The company's own placement, but the job centre's version: the company refuses it, never withdraws it.
        await auditReads(this.ctx.em.fork(), user, [p.candidate.id], 'placement:withdraw', false);
        throw forbidden('withdrawAgreement');
      }
      if (refuse && company && current.companyApprovedAt) {
        throw badInput('agreementVersion', t('agreement.companyApprovedRefuse'));
      }
      // The terms in force stayed on the placement's row while the change waited; without a version in force (a
      // placement the job centre started on its own) the row held the change and takes the version before back.
      const inForce = p.status === PlacementStatus.ACTIVE ? await this.inForceOf(em, p) : null;
      // A running placement goes back to the latest version before this one that was not withdrawn or refused.
      const previous =
        p.status === PlacementStatus.ACTIVE
          ? await em.findOne(
              PlacementAgreement,
              { placement: p.id, number: { $lt: current.number }, withdrawnAt: null, refusedAt: null },
              { orderBy: { number: 'desc' } },
            )
          : null;
      if (p.status === PlacementStatus.ACTIVE && !previous) {
        throw badInput('agreementVersion', t('agreement.firstVersionRunning'));
      }
      const by = em.getReference(User, user.id, { wrapped: true });
      if (refuse) {
        current.refusedAt = new Date();
        current.refusedBy = by;
        current.refusalReason = reason || null;
      } else {
        current.withdrawnAt = new Date();
        current.withdrawnBy = by;
        current.withdrawalReason = reason || null;
      }
      if (previous) {
        if (!inForce) {
          const terms = previous.terms;
          p.plannedEndDate = terms.plannedEndDate;
          p.hoursPlan = terms.hoursPlan;
          p.learningGoals = terms.learningGoals;
          p.mentorName = terms.mentorName;
          await this.restoreMentor(em, p, terms);
          p.schoolPeriods = terms.schoolPeriods ?? [];
        }
        p.agreementVersion = previous.number;
      } else {
        p.status = refuse ? PlacementStatus.REFUSED : PlacementStatus.WITHDRAWN;
      }
      audit(em, user, {
        subjectId: p.candidate.id,
        action: 'UPDATE',
        operation: refuse ? 'refusePlacementAgreement' : 'withdrawPlacementAgreement',
        allowed: true,
        purpose: `version ${current.number}${previous ? ` → ${previous.number}` : ''}`,
      });
      // A draft held the person's hours and the opening's place; a version given way changes the plan: the
      // person's free hours, the opening's places and (when they changed) the search index follow at once.
      await refreshAvailability(em, this.ctx.config.rules, availabilityTargets(p), today());
    });
    return this.ctx.em.findOneOrFail(Placement, placementId, { refresh: true });
  }

  /**
   * The mentor of a version that applies again. The mentor takes the place back only while it has room: a full
   * mentor is never assigned twice, and a withdrawal or refusal is never blocked by it, so then the name stays
   * (what was agreed) without holding a place, and the adviser names a mentor again. A version from before
   * mentors were in the terms keeps the named mentor only if the names agree.
   */
  private async restoreMentor(em: EntityManager, p: Placement, terms: AgreementTerms): Promise<void> {
    const now = p.mentor ? await em.findOne(Mentor, p.mentor.id) : null;
    if (terms.mentorId === undefined) {
      if (now && now.name !== terms.mentorName) p.mentor = null;
      return;
    }
    if (!terms.mentorId) {
      p.mentor = null;
      return;
    }
    if (now?.id === terms.mentorId) return;
    const mentor = await em.findOne(Mentor, terms.mentorId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const taken = mentor ? ((await internsOf(em, [mentor.id], p.id)).get(mentor.id) ?? 0) : Infinity;
    p.mentor = mentor && taken < mentor.maxInterns ? em.getReference(Mentor, mentor.id, { wrapped: true }) : null;
  }

  /**
   * A version's withdrawal or refusal reason: free text about the person's placement, under the consent rule
   * (a company always sees the reason it gave itself).
   */
  async agreementReason(a: PlacementAgreement, key: 'withdrawalReason' | 'refusalReason'): Promise<string | null> {
    const value = a[key];
    if (!value) return null;
    // The company's own words: its refusals, and the withdrawals of what it proposed.
    if (
      this.policy.user.role === Role.COMPANY &&
      (key === 'refusalReason' || a.proposedBy === AgreementParty.COMPANY)
    ) {
      return value;
    }
    const p = await this.ctx.em.findOneOrFail(Placement, { id: a.placement.id });
    return (await this.policy.mayName(p)) ? value : null;
  }

  /** The versions of a placement's agreement, newest first. */
  async agreements(p: Placement): Promise<PlacementAgreement[]> {
    return this.ctx.em.find(PlacementAgreement, { placement: p.id }, { orderBy: { number: 'desc' } });
  }

  /**
   * The version in force: the newest one both the company and the job centre approved, not withdrawn or refused.
   * Its terms are the placement's own while a change waits for approval (pendingAgreement). Null for a draft and a
   * placement from before agreements.
   */
  agreementInForce(p: Placement): Promise<PlacementAgreement | null> {
    return this.inForceOf(this.ctx.em, p);
  }

  /**
   * The change waiting for approval of a running placement: the current version while both have not approved it
   * and its terms differ from those in force (the placement's own). Null when nothing is pending.
   */
  async pendingAgreement(p: Placement): Promise<PlacementAgreement | null> {
    if (p.status !== PlacementStatus.ACTIVE || p.agreementVersion === 0) return null;
    const current = await this.ctx.em.findOne(PlacementAgreement, { placement: p.id, number: p.agreementVersion });
    if (!current || (current.companyApprovedAt && current.adviserApprovedAt)) return null;
    if (current.withdrawnAt || current.refusedAt) return null;
    return sameTerms(current.terms, termsOf(p)) ? null : current;
  }

  private async inForceOf(em: EntityManager, p: Placement): Promise<PlacementAgreement | null> {
    if (p.agreementVersion === 0) return null;
    return em.findOne(
      PlacementAgreement,
      {
        placement: p.id,
        companyApprovedAt: { $ne: null },
        adviserApprovedAt: { $ne: null },
        withdrawnAt: null,
        refusedAt: null,
      },
      { orderBy: { number: 'desc' } },
    );
  }

  /** Who approves next: COMPANY, then JOB_CENTRE; null when both approved the current version. */
  async awaitingApprovalFrom(p: Placement): Promise<'COMPANY' | 'JOB_CENTRE' | null> {
    if (p.status === PlacementStatus.ENDED || NEVER_STARTED.includes(p.status) || p.agreementVersion === 0) {
      return null;
    }
    const current = await this.ctx.em.findOne(PlacementAgreement, { placement: p.id, number: p.agreementVersion });
    if (!current) return null;
    if (!current.companyApprovedAt) return 'COMPANY';
    if (!current.adviserApprovedAt) return 'JOB_CENTRE';
    return null;
  }

  /**
   * What a change builds on: the pending version's terms while one waits (a second change amends the proposal),
   * else the placement's own. `inForce`: the version both agreed, when the placement runs on one.
   */
  async changeBase(
    em: EntityManager,
    p: Placement,
    proposal = false,
  ): Promise<{ inForce: PlacementAgreement | null; base: AgreementTerms }> {
    const inForce = p.status === PlacementStatus.ACTIVE ? await this.inForceOf(em, p) : null;
    // The company's proposal never binds, so it always builds on the version waiting, if any.
    const current =
      (inForce || proposal) && p.agreementVersion > 0 && p.agreementVersion !== inForce?.number
        ? await em.findOne(PlacementAgreement, { placement: p.id, number: p.agreementVersion })
        : null;
    const base =
      current && !current.withdrawnAt && !current.refusedAt ? { ...termsOf(p), ...current.terms } : termsOf(p);
    return { inForce, base };
  }

  /**
   * The terms after a change: every field checked against the placement's type (length, IGU programme, learning
   * goals, the company's mentors with room); all problems at once (BAD_USER_INPUT with `fields`).
   */
  async changedTerms(
    em: EntityManager,
    p: Placement,
    base: AgreementTerms,
    data: z.infer<typeof updateSchema> | z.infer<typeof companyChangeSchema>,
  ): Promise<AgreementTerms> {
    const next: AgreementTerms = {
      ...base,
      hoursPlan: base.hoursPlan,
      schoolPeriods: base.schoolPeriods ?? [],
      mentorId: base.mentorId ?? null,
    };
    const problems: FieldProblem[] = [];
    const check = (fn: () => void) => {
      try {
        fn();
      } catch (err) {
        problems.push(...problemsOf(err));
      }
    };
    const rules = this.ctx.config.rules;
    const startChanged = !!data.startDate && data.startDate !== base.startDate;
    const endChanged = data.plannedEndDate !== undefined && data.plannedEndDate !== base.plannedEndDate;
    const periodsGiven = 'schoolPeriods' in data && data.schoolPeriods ? data.schoolPeriods : null;
    if (startChanged && data.startDate) {
      const start = data.startDate;
      const before = problems.length;
      check(() => this.assertStartMovable(p, start));
      // A start that cannot move at all is one problem: its length is not judged too.
      const movable = problems.length === before;
      next.startDate = start;
      if (p.type === PlacementType.IGU) {
        // The programme moves with its start: its last day, and its school weeks unless given.
        check(() => {
          const terms = programmeTerms(
            rules,
            p.type,
            start,
            endChanged ? (data.plannedEndDate ?? null) : null,
            periodsGiven,
          );
          next.plannedEndDate = terms.plannedEndDate;
          next.schoolPeriods = terms.schoolPeriods;
        });
        const candidate = await em.findOneOrFail(Candidate, p.candidate.id);
        const eligibility = iguEligibility(
          {
            birthDate: candidate.birthDate,
            residenceCategory: candidate.residenceCategory,
            arrivalDate: candidate.arrivalDate,
          },
          start,
          iguRules(rules),
          this.ctx.locale,
        );
        if (!eligibility.eligible) {
          problems.push({
            field: 'startDate',
            message: t('placements.notIguEligible', { name: candidate.firstName, reason: eligibility.reason }),
          });
        }
      } else if (movable && !endChanged && next.plannedEndDate) {
        const end = next.plannedEndDate;
        if (compareDates(start, end) > 0) {
          problems.push({
            field: 'startDate',
            message: t('agreement.startAfterEnd', { date: formatDate(start), end: formatDate(end) }),
          });
        } else {
          check(() => withinMaxLength(rules, p.type, start, end, 'extendedWeeks', 'startDate'));
        }
      }
    }
    if (endChanged && !(startChanged && p.type === PlacementType.IGU)) {
      check(() => {
        if (startChanged && data.plannedEndDate && compareDates(next.startDate, data.plannedEndDate) > 0) {
          throw badInput(
            'startDate',
            t('agreement.startAfterEnd', { date: formatDate(next.startDate), end: formatDate(data.plannedEndDate) }),
          );
        }
        assertDateOrder('startDate', next.startDate, 'plannedEndDate', data.plannedEndDate);
        // An IGU programme's length is fixed: its planned end can only be the programme's last day. Other
        // types may be extended up to their extended maximum (virksomhedspraktik: 13 weeks).
        next.plannedEndDate =
          p.type === PlacementType.IGU
            ? programmeTerms(this.ctx.config.rules, p.type, next.startDate, data.plannedEndDate ?? null, [])
                .plannedEndDate
            : withinMaxLength(
                this.ctx.config.rules,
                p.type,
                next.startDate,
                data.plannedEndDate ?? null,
                'extendedWeeks',
              );
      });
    }
    if (periodsGiven && !(startChanged && p.type === PlacementType.IGU)) {
      check(() => {
        next.schoolPeriods = programmeTerms(rules, p.type, next.startDate, null, periodsGiven).schoolPeriods;
      });
    }
    if (data.hoursPlan) next.hoursPlan = toPlan(data.hoursPlan);
    if (data.mentorId !== undefined && data.mentorId !== (next.mentorId ?? null)) {
      const company = await em.findOneOrFail(Company, p.company.id);
      try {
        const mentor = data.mentorId ? await assignableMentor(em, data.mentorId, company, p.id) : null;
        next.mentorId = mentor?.id ?? null;
        next.mentorName = mentor?.name ?? (('mentorName' in data && data.mentorName) || null);
      } catch (err) {
        problems.push(...problemsOf(err));
      }
    } else if ('mentorName' in data && data.mentorName !== undefined) {
      // Free text replaces a named mentor: the placement no longer holds that mentor's place.
      next.mentorName = data.mentorName || null;
      const named = next.mentorId ? await em.findOne(Mentor, next.mentorId) : null;
      if (named && next.mentorName !== named.name) next.mentorId = null;
    }
    if (data.learningGoals !== undefined && data.learningGoals !== null) {
      check(() => assertLearningGoals(p.type, data.learningGoals));
      next.learningGoals = data.learningGoals;
    }
    if (problems.length) throw badInputs(problems);
    return next;
  }

  /**
   * A start can move while the placement has not started (a draft always), and never into the past
   * (BAD_USER_INPUT on startDate).
   */
  private assertStartMovable(p: Placement, start: string): void {
    const now = today();
    if (p.status === PlacementStatus.ACTIVE && compareDates(p.startDate, now) <= 0) {
      throw badInput('startDate', t('agreement.startAlreadyStarted', { date: formatDate(p.startDate) }));
    }
    if (compareDates(start, now) < 0) {
      throw badInput('startDate', t('agreement.startInPast', { date: formatDate(start) }));
    }
  }

  /**
   * The company proposes a change to the agreement of one of its running placements: a new version it has approved
   * itself, waiting for the job centre; the terms in force bind until the job centre approves. Only its own
   * placements (FORBIDDEN otherwise, audited), only the terms a company agrees (period, hours plan, its own mentors,
   * learning goals); the version read must be the current one (CONFLICT). One transaction; audit-logged.
   */
  async proposeChange(
    placementId: string,
    agreementVersion: number,
    input: PlacementAgreementChangeInput,
  ): Promise<Placement> {
    const user = this.policy.user;
    if (user.role !== Role.COMPANY) throw forbidden('proposeAgreementChange');
    const data = parseInput(companyChangeSchema, input);
    await this.policy.tx(async (em) => {
      const p = await this.policy.load(em, placementId, 'followUp', true);
      if (p.status === PlacementStatus.ENDED) {
        throw badInput('placementId', t('placements.ended', { date: p.endDate ? formatDate(p.endDate) : '' }));
      }
      if (NEVER_STARTED.includes(p.status)) {
        throw badInput('placementId', t('agreement.neverStarted', { status: t(`enums.placementStatus.${p.status}`) }));
      }
      if (p.status === PlacementStatus.DRAFT) throw badInput('placementId', t('agreement.companyChangeDraft'));
      if (agreementVersion !== p.agreementVersion) {
        throw new DomainError(
          'CONFLICT',
          t('agreement.staleClose', { yours: agreementVersion, current: p.agreementVersion }),
          { field: 'agreementVersion', currentVersion: p.agreementVersion },
        );
      }
      const { base } = await this.changeBase(em, p, true);
      const next = await this.changedTerms(em, p, base, data);
      if (sameTerms(next, base)) throw badInput('input', t('agreement.nothingChanged'));
      await this.assertProposalWeek(
        em,
        p,
        base,
        next,
        data.hoursPlan ? 'hoursPlan' : data.startDate ? 'startDate' : 'plannedEndDate',
      );
      // Numbers are never reused: after a withdrawn or refused version, the next one follows it.
      const newest = await em.findOne(PlacementAgreement, { placement: p.id }, { orderBy: { number: 'desc' } });
      p.agreementVersion = Math.max(p.agreementVersion, newest?.number ?? 0) + 1;
      em.create(PlacementAgreement, {
        placement: p,
        number: p.agreementVersion,
        terms: next,
        proposedBy: AgreementParty.COMPANY,
        createdBy: em.getReference(User, user.id),
        companyApprovedAt: new Date(),
        companyApprovedBy: em.getReference(User, user.id),
      });
      audit(em, user, {
        subjectId: p.candidate.id,
        action: 'UPDATE',
        operation: 'proposePlacementAgreementChange',
        allowed: true,
        purpose: `version ${p.agreementVersion}`,
      });
    });
    return this.ctx.em.findOneOrFail(Placement, placementId, { refresh: true });
  }

  /**
   * The company's proposal may not take the person's planned week over full time (37 h): the heaviest week ahead with
   * the proposed terms in place of the ones they change, with every other active or planned placement and the weekly
   * activities. A proposal no heavier than the terms it changes passes (only the adviser confirms a week over full
   * time, as an exception, when approving). BAD_USER_INPUT on `field`, saying what to do.
   */
  private async assertProposalWeek(
    em: EntityManager,
    p: Placement,
    base: AgreementTerms,
    next: AgreementTerms,
    field: string,
  ): Promise<void> {
    const rules = this.ctx.config.rules;
    const now = today();
    const activities = await em.find(WeeklyActivity, { candidate: p.candidate.id });
    const others = await em.find(Placement, {
      candidate: p.candidate.id,
      status: PlacementStatus.ACTIVE,
      id: { $ne: p.id },
    });
    const toWeek = (x: {
      startDate: string;
      plannedEndDate?: string | null;
      hoursPlan: WeekPlacement['hoursPlan'];
    }) => ({
      startDate: x.startDate,
      plannedEndDate: x.plannedEndDate ?? null,
      hoursPlan: x.hoursPlan ?? [],
    });
    const weekWith = (terms: AgreementTerms) =>
      peakWeek(
        { activityHours: activities.map((a) => a.weeklyHours), placements: [...others.map(toWeek), toWeek(terms)] },
        now,
      );
    const after = weekWith(next);
    if (after.total <= rules.fullTimeHours || after.total <= weekWith(base).total) return;
    throw badInput(
      field,
      t('agreement.weekOverFullTimeCompany', {
        total: formatNumber(after.total),
        date: formatDate(after.date),
        placements: formatNumber(after.placementHours),
        activities: formatNumber(after.activityHours),
        max: formatNumber(rules.fullTimeHours),
      }),
    );
  }

  /**
   * Puts terms on the placement's row: they are binding from now on. A mentor named anew takes a place only while
   * it has room (BAD_USER_INPUT on mentorId otherwise); a version from before mentors were people keeps the named
   * mentor only if the names agree.
   */
  async applyTerms(em: EntityManager, p: Placement, terms: AgreementTerms): Promise<void> {
    if (terms.mentorId !== undefined && terms.mentorId !== (p.mentor?.id ?? null)) {
      const company = await em.findOneOrFail(Company, p.company.id);
      const mentor = terms.mentorId ? await assignableMentor(em, terms.mentorId, company, p.id) : null;
      p.mentor = mentor ? em.getReference(Mentor, mentor.id, { wrapped: true }) : null;
    } else if (terms.mentorId === undefined) {
      await this.restoreMentor(em, p, terms);
    }
    p.startDate = terms.startDate;
    p.plannedEndDate = terms.plannedEndDate ?? null;
    p.hoursPlan = terms.hoursPlan;
    p.learningGoals = terms.learningGoals;
    p.mentorName = terms.mentorName ?? null;
    p.schoolPeriods = terms.schoolPeriods ?? [];
  }
}
