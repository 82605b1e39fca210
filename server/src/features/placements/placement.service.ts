import { LockMode } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { formatDate, t } from '../../i18n/index.js';
import { enqueueIndex } from '../../search/outbox.js';
import { todayInDenmark as today } from '../../shared/clock.js';
import type { ServiceContext } from '../../shared/context.js';
import { addDays, compareDates } from '../../shared/dates.js';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import type { Connection } from '../../shared/pagination.js';
import { paginate } from '../../shared/pagination.js';
import { SystemReason } from '../../shared/system-reasons.js';
import { assertDateOrder, parseInput } from '../../shared/validate.js';
import { audit, auditReads } from '../audit/audit.service.js';
import { ownCompanyId, personAccess, personFacts } from '../auth/scope.js';
import { Role, User } from '../auth/user.entity.js';
import { refreshAvailability } from '../availability/availability.service.js';
import { Candidate, CandidateStatus } from '../candidates/candidate.entity.js';
import { iguEligibility } from '../candidates/igu-eligibility.js';
import { assertWeekChange, weekBefore } from '../candidates/week-check.js';
import { Company } from '../companies/company.entity.js';
import { IguSlot, IguSlotStatus } from '../igu-slots/igu-slot.entity.js';
import { applyLadderEvent } from '../ladder/ladder.service.js';
import { assignableMentor } from '../mentors/mentor.service.js';
import { markTaskInProgress, markTaskSolved } from '../tasks/task.service.js';
import { TaskStatus, UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import { hoursProgress, placementWeek, stepForWeek, type WeekHoursRow } from './hours-progress.js';
import {
  type HoursPlanStep,
  NEVER_STARTED,
  Placement,
  PlacementAgreement,
  type PlacementConversion,
  PlacementOutcome,
  PlacementStatus,
  PlacementType,
} from './placement.entity.js';
import type {
  ConversionInput,
  PlacementFilter,
  StartPlacementInput,
  UpdatePlacementInput,
} from './placement.inputs.js';

/** The task's status reason when a placement converts to ordinary hours: a code, read in the reader's language. */
export const CONVERTED_REASON = SystemReason.CONVERTED_TO_ORDINARY_HOURS;

import { AgreementService, sameTerms, termsOf } from './agreement.service.js';
import { progressOf } from './follow-up.service.js';
import { activatePlacement, availabilityTargets } from './placement.activation.js';
import { PlacementPolicy } from './placement.policy.js';
import {
  assertLearningGoals,
  iguRules,
  noteSchema,
  parseConversion,
  programmeTerms,
  startSchema,
  toPlan,
  updateSchema,
  withinMaxLength,
} from './placement.validation.js';

/** Placements: starting, changing and ending them, and reading them within the caller's scope. */
export class PlacementService {
  private readonly policy: PlacementPolicy;
  private readonly agreement: AgreementService;

  constructor(private readonly ctx: ServiceContext) {
    this.policy = new PlacementPolicy(ctx);
    this.agreement = new AgreementService(ctx);
  }

  /** Starts a placement with its hours plan; moves the task and IGU slot along in the same transaction. */
  async start(input: StartPlacementInput): Promise<Placement> {
    const user = this.policy.user;
    if (user.role === Role.COMPANY) throw forbidden('startPlacements');
    const data = parseInput(startSchema, input);
    assertDateOrder('startDate', data.startDate, 'plannedEndDate', data.plannedEndDate);
    assertLearningGoals(data.type, data.learningGoals);
    if (data.iguSlotId && data.type !== PlacementType.IGU) {
      throw badInput('iguSlotId', t('placements.iguSlotWrongType', { type: t(`enums.placementType.${data.type}`) }));
    }
    if (data.type === PlacementType.IGU && !data.iguSlotId) {
      throw badInput('iguSlotId', t('placements.iguSlotMissing'));
    }
    const terms = programmeTerms(
      this.ctx.config.rules,
      data.type,
      data.startDate,
      data.plannedEndDate ?? null,
      data.schoolPeriods ?? null,
    );
    const { schoolPeriods } = terms;
    const plannedEndDate = withinMaxLength(
      this.ctx.config.rules,
      data.type,
      data.startDate,
      terms.plannedEndDate,
      'weeks',
    );
    const draft = data.draft === true;

    const id = await this.policy.tx(async (em) => {
      if (!isUuid(data.candidateId)) throw notFound('candidate', data.candidateId);
      if (!isUuid(data.companyId)) throw notFound('company', data.companyId);
      const candidate = await em.findOne(Candidate, data.candidateId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!candidate) throw notFound('candidate', data.candidateId);
      const company = await em.findOne(Company, data.companyId);
      if (!company) throw notFound('company', data.companyId);
      await this.policy.assertMayPlace(candidate, company);
      if (candidate.status !== CandidateStatus.ACTIVE) {
        throw badInput('candidateId', t('placements.candidateInactive', { name: candidate.firstName }));
      }

      let task: UnsolvedTask | null = null;
      if (data.taskId) {
        if (!isUuid(data.taskId)) throw notFound('task', data.taskId);
        task = await em.findOne(UnsolvedTask, data.taskId, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!task) throw notFound('task', data.taskId);
        if (task.company.id !== company.id) {
          throw badInput('taskId', t('placements.taskOtherCompany', { title: task.title, company: company.name }));
        }
        if (task.status !== TaskStatus.OPEN && task.status !== TaskStatus.IN_PROGRESS) {
          throw badInput(
            'taskId',
            t('placements.taskNotOpen', { title: task.title, status: t(`enums.taskStatus.${task.status}`) }),
          );
        }
      }

      let slot: IguSlot | null = null;
      if (data.iguSlotId) {
        if (!isUuid(data.iguSlotId)) throw notFound('iguSlot', data.iguSlotId);
        slot = await em.findOne(IguSlot, data.iguSlotId, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!slot) throw notFound('iguSlot', data.iguSlotId);
        if (slot.company.id !== company.id) {
          throw badInput('iguSlotId', t('placements.slotOtherCompany', { title: slot.title, company: company.name }));
        }
        if (slot.status !== IguSlotStatus.OPEN) {
          throw badInput(
            'iguSlotId',
            t('placements.slotNotOpen', { title: slot.title, status: t(`enums.iguStatus.${slot.status}`) }),
          );
        }
      }
      if (data.type === PlacementType.IGU) {
        const eligibility = iguEligibility(
          {
            birthDate: candidate.birthDate,
            residenceCategory: candidate.residenceCategory,
            arrivalDate: candidate.arrivalDate,
          },
          data.startDate,
          iguRules(this.ctx.config.rules),
          this.ctx.locale,
        );
        if (!eligibility.eligible) {
          throw badInput(
            'candidateId',
            t('placements.notIguEligible', { name: candidate.firstName, reason: eligibility.reason }),
          );
        }
      }

      const existing = await em.findOne(Placement, {
        candidate: candidate.id,
        company: company.id,
        status: PlacementStatus.ACTIVE,
      });
      if (existing) {
        throw badInput(
          'companyId',
          t('placements.alreadyActive', {
            name: candidate.firstName,
            company: company.name,
            since: formatDate(existing.startDate),
          }),
        );
      }

      const before = await weekBefore(em, candidate.id, today());
      // A named mentor must be the company's and have a free place (a draft holds one too).
      const mentor = data.mentorId ? await assignableMentor(em, data.mentorId, company) : null;

      const placement = em.create(Placement, {
        candidate,
        company,
        task,
        iguSlot: slot,
        status: draft ? PlacementStatus.DRAFT : PlacementStatus.ACTIVE,
        agreementVersion: 1,
        type: data.type,
        startDate: data.startDate,
        plannedEndDate,
        schoolPeriods,
        hoursPlan: toPlan(data.hoursPlan),
        mentor,
        mentorName: mentor?.name ?? (data.mentorName || null),
        learningGoals: data.learningGoals ?? '',
        createdBy: em.getReference(User, user.id),
      });
      // Version 1 of the agreement. A draft waits for the company, then the job centre; a placement started
      // directly is the job centre's own decision (its approval recorded), the company's approval still open.
      em.create(PlacementAgreement, {
        placement,
        number: 1,
        terms: termsOf(placement),
        createdBy: em.getReference(User, user.id),
        ...(draft ? {} : { adviserApprovedAt: new Date(), adviserApprovedBy: em.getReference(User, user.id) }),
      });
      audit(em, user, {
        subjectId: candidate.id,
        action: 'CREATE',
        operation: draft ? 'startPlacement:draft' : 'startPlacement',
        allowed: true,
      });
      if (!draft) await activatePlacement(this.ctx, em, placement, candidate, task, slot);
      // A draft holds the person's hours and a place on the opening while it waits for approval.
      else await refreshAvailability(em, this.ctx.config.rules, availabilityTargets(placement), today());
      // The planned week with this placement: over full time only as the adviser's exception (a draft adds
      // no hours until it is ACTIVE).
      await assertWeekChange(em, {
        user,
        candidateId: candidate.id,
        before,
        reason: input.weekExceptionReason,
        field: 'hoursPlan',
        operation: 'startPlacement',
        fullTimeHours: this.ctx.config.rules.fullTimeHours,
        today: today(),
      });
      return placement.id;
    });
    return this.ctx.em.findOneOrFail(Placement, id, { refresh: true });
  }

  /**
   * Changes the plan, mentor, learning goals or period of a placement (optimistic locking on version). Once both
   * parties agreed a version, a change is only a proposal: a new version both approve again, and until then the
   * terms in force (the placement's row) stay binding for free hours, matching, the planned week and the mentor's
   * place. Before that (a draft, or a placement the job centre started on its own) the change applies at once.
   */
  async update(id: string, input: UpdatePlacementInput): Promise<Placement> {
    const user = this.policy.user;
    const data = parseInput(updateSchema, input);
    await this.policy.tx(async (em) => {
      const p = await this.policy.load(em, id, 'manage', true);
      if (p.version !== data.version) {
        throw conflict('placement', null, data.version, p.version);
      }
      if (p.status === PlacementStatus.ENDED) {
        throw badInput('id', t('placements.ended', { date: p.endDate ? formatDate(p.endDate) : '' }));
      }
      if (NEVER_STARTED.includes(p.status)) {
        throw badInput('id', t('agreement.neverStarted', { status: t(`enums.placementStatus.${p.status}`) }));
      }
      const { inForce, base } = await this.agreement.changeBase(em, p);
      const next = await this.agreement.changedTerms(em, p, base, data);
      if (sameTerms(next, base)) return;
      if (inForce) {
        await this.agreement.reviseAgreement(em, p, next);
        // The row keeps the terms in force; touching it still moves the placement's version on, so a form read
        // before this change is stale.
        p.updatedAt = new Date();
        audit(em, user, {
          subjectId: p.candidate.id,
          action: 'UPDATE',
          operation: 'updatePlacement',
          purpose: `proposal: version ${p.agreementVersion}`,
          allowed: true,
        });
        return;
      }
      const before = await weekBefore(em, p.candidate.id, today());
      await this.agreement.applyTerms(em, p, next);
      await this.agreement.reviseAgreement(em, p, next);
      await assertWeekChange(em, {
        user,
        candidateId: p.candidate.id,
        before,
        reason: input.weekExceptionReason,
        field: data.hoursPlan ? 'hoursPlan' : 'plannedEndDate',
        operation: 'updatePlacement',
        fullTimeHours: this.ctx.config.rules.fullTimeHours,
        today: today(),
      });
      audit(em, user, { subjectId: p.candidate.id, action: 'UPDATE', operation: 'updatePlacement', allowed: true });
      // The hours plan and the planned end decide the person's free hours and availableFrom.
      await refreshAvailability(em, this.ctx.config.rules, availabilityTargets(p), today());
    });
    return this.ctx.em.findOneOrFail(Placement, id, { refresh: true });
  }

  /** Ends an active placement with an outcome; a conversion to ordinary hours solves the linked task. */
  async end(
    id: string,
    outcome: PlacementOutcome,
    note: string | null | undefined,
    endDate: string | null | undefined,
    conversionInput?: ConversionInput | null,
  ): Promise<Placement> {
    const user = this.policy.user;
    const { note: cleanNote } = parseInput(noteSchema, { note });
    const now = today();
    const end = endDate ?? now;
    const job = parseConversion(outcome, conversionInput);
    await this.policy.tx(async (em) => {
      const p = await this.policy.load(em, id, 'manage', true);
      if (p.status !== PlacementStatus.ACTIVE) {
        throw badInput(
          'placementId',
          t('placements.alreadyEnded', {
            date: p.endDate ? formatDate(p.endDate) : '',
            outcome: p.outcome ? t(`enums.placementOutcome.${p.outcome}`) : '',
          }),
        );
      }
      assertDateOrder('startDate', p.startDate, 'endDate', end);
      if (compareDates(end, now) > 0) {
        throw badInput('endDate', t('placements.endInFuture', { date: formatDate(end) }));
      }
      if (job) {
        if (compareDates(job.startDate, p.startDate) < 0) {
          throw badInput(
            'conversion.startDate',
            t('journal.jobStartBeforePlacement', { date: formatDate(job.startDate), start: formatDate(p.startDate) }),
          );
        }
        if (compareDates(job.startDate, addDays(now, 366)) > 0) {
          throw badInput('conversion.startDate', t('journal.jobStartTooLate', { date: formatDate(job.startDate) }));
        }
      }
      // Locked and re-read (the access check may have read it): two of the person's placements ended at once
      // wait for each other instead of failing on the person's version. Locked before the task, as start does.
      const candidate = await em.findOneOrFail(Candidate, p.candidate.id, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        refresh: true,
      });
      p.status = PlacementStatus.ENDED;
      p.outcome = outcome;
      p.outcomeNote = cleanNote || null;
      p.endDate = end;
      if (job) {
        p.conversionWeeklyHours = job.weeklyHours;
        p.conversionHourlyWage = job.hourlyWage;
        p.conversionStartDate = job.startDate;
        // The job's hours are the person's ordinary hours once it has started (a later start counts from
        // its date in the dashboard, which reads the conversion itself).
        if (compareDates(job.startDate, now) <= 0) {
          candidate.currentOrdinaryHours = Math.max(candidate.currentOrdinaryHours, job.weeklyHours);
        }
      }
      if (outcome === PlacementOutcome.CONVERTED_TO_ORDINARY_HOURS) {
        // The progression ladder: a conversion is an ordinary job, from the job's first day.
        applyLadderEvent(em, this.ctx.config.rules.ladder, candidate, { kind: 'CONVERTED' }, job?.startDate ?? end, {
          placementId: p.id,
          userId: user.id,
        });
      }
      if (outcome === PlacementOutcome.CONVERTED_TO_ORDINARY_HOURS && p.task) {
        const task = await em.findOneOrFail(UnsolvedTask, p.task.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
        // The task lifecycle only solves IN_PROGRESS tasks; a task already SOLVED or CLOSED stays as it is.
        if (task.status === TaskStatus.OPEN) await markTaskInProgress(em, task.id);
        if (task.status === TaskStatus.IN_PROGRESS) await markTaskSolved(em, task.id, CONVERTED_REASON);
      }
      candidate.lastActivityAt = new Date();
      enqueueIndex(em, 'candidate', candidate.id);
      audit(em, user, { subjectId: candidate.id, action: 'UPDATE', operation: 'endPlacement', allowed: true });
      await refreshAvailability(em, this.ctx.config.rules, availabilityTargets(p), now);
    });
    return this.ctx.em.findOneOrFail(Placement, id, { refresh: true });
  }

  /** One placement in the caller's scope; the read is audit-logged. */
  async get(id: string): Promise<Placement> {
    const p = await this.policy.load(this.ctx.em, id, 'read', false);
    await auditReads(this.ctx.em, this.policy.user, [p.candidate.id], 'placement');
    return p;
  }

  /** Placements in the caller's scope, newest start first, as a Relay connection; reads are audit-logged. */
  async list(
    filter: PlacementFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<Placement>> {
    const and: FilterQuery<Placement>[] = [await this.policy.scopeWhere()];
    if (filter?.status) and.push({ status: filter.status });
    if (filter?.type) and.push({ type: filter.type });
    if (filter?.companyId) {
      if (!isUuid(filter.companyId))
        throw badInput('filter.companyId', t('validation.invalidId', { id: filter.companyId.slice(0, 40) }));
      and.push({ company: filter.companyId });
    }
    if (filter?.candidateId) {
      if (!isUuid(filter.candidateId))
        throw badInput('filter.candidateId', t('validation.invalidId', { id: filter.candidateId.slice(0, 40) }));
      and.push({ candidate: filter.candidateId });
    }
    if (filter?.industryCode) and.push({ company: { industry: filter.industryCode } });
    const page = await paginate(
      this.ctx.em,
      Placement,
      { $and: and },
      { first, after, orderBy: { startDate: 'desc' } },
    );
    const subjects = [...new Set(page.edges.map((e) => e.node.candidate.id))];
    await auditReads(this.ctx.em, this.policy.user, subjects, 'placements');
    return page;
  }

  /**
   * Weekly hours of a person from the first placement to this week. Own adviser, ADMIN, a consultant
   * when the person consents, and a company only for people placed with it (and only those placements).
   */
  async hoursProgress(candidateId: string): Promise<WeekHoursRow[]> {
    const user = this.policy.user;
    const em = this.ctx.em;
    if (!isUuid(candidateId)) throw notFound('candidate', candidateId);
    const candidate = await em.findOne(Candidate, candidateId);
    if (!candidate) throw notFound('candidate', candidateId);
    const where: FilterQuery<Placement> = { candidate: candidate.id };
    let allowed: boolean;
    switch (user.role) {
      case Role.ADMIN:
        allowed = true;
        break;
      case Role.ADVISER:
        allowed = candidate.adviser?.id === user.id;
        break;
      case Role.CONSULTANT:
        allowed = personAccess(await this.policy.viewer(), personFacts(candidate)) !== 'NONE';
        break;
      default: {
        const companyId = ownCompanyId(user);
        where.company = companyId;
        allowed = (await em.count(Placement, { candidate: candidate.id, company: companyId })) > 0;
      }
    }
    if (!allowed) {
      await auditReads(em, user, [candidate.id], 'hoursProgress', false);
      throw forbidden('personHours');
    }
    const placements = await em.find(Placement, where, { populate: ['followUps'], orderBy: { startDate: 'asc' } });
    await auditReads(em, user, [candidate.id], 'hoursProgress');
    return hoursProgress(
      placements.map((p) => progressOf(p, p.followUps.getItems())),
      today(),
    );
  }

  // -------------------------------------------------------------------------
  // Derived fields of a placement

  /** The job a conversion recorded; null for other outcomes (and placements converted before it was recorded). */
  conversion(p: Placement): PlacementConversion | null {
    if (p.conversionWeeklyHours === null || p.conversionHourlyWage === null || p.conversionStartDate === null) {
      return null;
    }
    return {
      weeklyHours: p.conversionWeeklyHours,
      hourlyWage: p.conversionHourlyWage,
      startDate: p.conversionStartDate,
    };
  }

  /** Placement week of today (or of the end date once ended); null before the start. */
  weekNumber(p: Placement): number | null {
    const ref = p.endDate && compareDates(p.endDate, today()) < 0 ? p.endDate : today();
    const week = placementWeek(p.startDate, ref);
    return week >= 1 ? week : null;
  }

  /** The hours plan step for the current week of an active placement; null before the start or once ended. */
  currentPlannedHours(p: Placement): HoursPlanStep | null {
    if (p.status !== PlacementStatus.ACTIVE) return null;
    const week = this.weekNumber(p);
    return week === null ? null : stepForWeek(p.hoursPlan, week);
  }

  /** The person's first name: what a company may see of them; "a candidate" when the person withheld consent. */
  async candidateFirstName(p: Placement): Promise<string> {
    if (!(await this.policy.mayName(p))) return this.ctx.locale === 'en' ? 'a candidate' : 'en kandidat';
    const c = await this.ctx.em.findOne(Candidate, { id: p.candidate.id });
    return c?.firstName ?? '';
  }

  /** The note on how the placement ended: free text about the person, under the same rule as the name. */
  async outcomeNote(p: Placement): Promise<string | null> {
    return (await this.policy.mayName(p)) ? p.outcomeNote : null;
  }

  /**
   * The Candidate object for those who may see the person: never company users (they get the first
   * name only), and a consultant only the matching profile of a consenting person.
   */
  async candidate(p: Placement): Promise<Candidate | null> {
    const viewer = await this.policy.viewer();
    if (viewer.role === Role.COMPANY) return null;
    const c = await this.ctx.em.findOne(Candidate, { id: p.candidate.id });
    return c && personAccess(viewer, personFacts(c)) !== 'NONE' ? c : null;
  }
}
