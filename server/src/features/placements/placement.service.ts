import { LockMode, OptimisticLockError, ref } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { z } from 'zod';
import type { Config } from '../../config.js';
import { formatDate, formatDateTime, formatNumber, t } from '../../i18n/index.js';
import { enqueueIndex } from '../../search/outbox.js';
import { todayInDenmark as today } from '../../shared/clock.js';
import type { ServiceContext } from '../../shared/context.js';
import { addDays, compareDates } from '../../shared/dates.js';
import {
  badInput,
  badInputs,
  conflict,
  DomainError,
  type FieldProblem,
  forbidden,
  notFound,
  problemsOf,
} from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import type { Connection } from '../../shared/pagination.js';
import { paginate } from '../../shared/pagination.js';
import { SystemReason } from '../../shared/system-reasons.js';
import {
  assertDateOrder,
  hours,
  intRange,
  isoDate,
  optionalPersonName,
  optionalText,
  parseInput,
  positiveHours,
  say,
  text,
} from '../../shared/validate.js';
import { alertRulesFrom } from '../alerts/alert.service.js';
import { followUpDueDate } from '../alerts/alert-rules.js';
import { audit, auditReads } from '../audit/audit.service.js';
import {
  assertMayReadCompany,
  companyFacts,
  mayNamePerson,
  mayPlacement,
  ownCompanyId,
  type PlacementAction,
  personAccess,
  personFacts,
  placementWhere,
  requireUser,
  type Viewer,
  viewerOf,
} from '../auth/scope.js';
import { Role, User } from '../auth/user.entity.js';
import { refreshAvailability } from '../availability/availability.service.js';
import { Candidate, CandidateCompetence, CandidateStatus, Evidence } from '../candidates/candidate.entity.js';
import { DEFAULT_IGU_RULES, type IguRulesConfig, iguEligibility } from '../candidates/igu-eligibility.js';
import { assertWeekChange, weekBefore } from '../candidates/week-check.js';
import { Company } from '../companies/company.entity.js';
import { Competence } from '../competences/competence.entity.js';
import { IguSlot, IguSlotStatus } from '../igu-slots/igu-slot.entity.js';
import { applyLadderEvent } from '../ladder/ladder.service.js';
import { Mentor } from '../mentors/mentor.entity.js';
import { assignableMentor, internsOf } from '../mentors/mentor.service.js';
import { markTaskInProgress, markTaskSolved } from '../tasks/task.service.js';
import { TaskCompetence, TaskStatus, UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import {
  hoursProgress,
  latestOf,
  type PlacementWeekRow,
  type PlanStep,
  placementWeek,
  placementWeeks,
  stepForWeek,
  type WeekHoursRow,
} from './hours-progress.js';
import {
  defaultSchoolPeriods,
  type SchoolPeriod as Period,
  periodWeeks,
  programmeEnd,
  schoolPeriodProblems,
} from './igu-programme.js';
import {
  type AgreementTerms,
  FollowUp,
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
  FollowUpInput,
  PlacementFilter,
  StartPlacementInput,
  UpdatePlacementInput,
} from './placement.inputs.js';
import type { FollowUpAuthor } from './placement.types.js';

/** The task's status reason when a placement converts to ordinary hours: a code, read in the reader's language. */
export const CONVERTED_REASON = SystemReason.CONVERTED_TO_ORDINARY_HOURS;

// ---------------------------------------------------------------------------
// Input schemas

const planStep = z
  .object({
    fromWeek: z
      .number({ error: say('placements.fromWeekNumber') })
      .int({ error: say('placements.fromWeekWhole') })
      .min(1, { error: say('placements.fromWeekMin') }),
    weeklyHours: positiveHours('weeklyHours'),
    ordinaryHours: hours('ordinaryHours'),
  })
  .superRefine((s, ctx) => {
    if (s.ordinaryHours > s.weeklyHours) {
      ctx.addIssue({
        code: 'custom',
        path: ['ordinaryHours'],
        message: t('placements.ordinaryOverStep', {
          ordinary: formatNumber(s.ordinaryHours),
          weekly: formatNumber(s.weeklyHours),
          week: s.fromWeek,
        }),
      });
    }
  });

const hoursPlanSchema = z
  .array(planStep)
  .min(1, { error: say('placements.planEmpty') })
  .max(104, { error: say('placements.planMax', { max: 104 }) })
  .superRefine((plan, ctx) => {
    if (plan[0] && plan[0].fromWeek !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [0, 'fromWeek'],
        message: t('placements.planStart', { week: plan[0].fromWeek }),
      });
      return;
    }
    for (let i = 1; i < plan.length; i++) {
      const prev = plan[i - 1]!;
      const cur = plan[i]!;
      if (cur.fromWeek <= prev.fromWeek) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'fromWeek'],
          message: t('placements.planOrder', { step: i + 1, week: cur.fromWeek, previous: prev.fromWeek }),
        });
        return;
      }
    }
  });

const schoolPeriodsSchema = z
  .array(z.object({ startDate: isoDate('startDate'), endDate: isoDate('endDate') }))
  .max(20, { error: () => t('programme.schoolMax') });

const startSchema = z.object({
  candidateId: z.string(),
  companyId: z.string(),
  taskId: z.string().nullish(),
  iguSlotId: z.string().nullish(),
  type: z.enum(PlacementType),
  startDate: z.string(),
  plannedEndDate: z.string().nullish(),
  hoursPlan: hoursPlanSchema,
  mentorId: z.string().nullish(),
  mentorName: optionalPersonName('mentorName', 200),
  learningGoals: optionalText('learningGoals', 4000),
  schoolPeriods: schoolPeriodsSchema.nullish(),
  draft: z.boolean().nullish(),
});

const updateSchema = z.object({
  plannedEndDate: z.string().nullish(),
  hoursPlan: hoursPlanSchema.nullish(),
  mentorId: z.string().nullish(),
  mentorName: optionalPersonName('mentorName', 200),
  learningGoals: optionalText('learningGoals', 4000),
  schoolPeriods: schoolPeriodsSchema.nullish(),
  version: z.number().int(),
});

const followUpSchema = z
  .object({
    date: z.string(),
    attendedHours: hours('attendedHours'),
    ordinaryHours: hours('ordinaryHours'),
    absenceDays: intRange('absenceDays', 0, 7),
    progress: intRange('progress', 1, 5),
    note: optionalText('note', 4000),
    nextFollowUpDate: z.string().nullish(),
    confirmedCompetences: z
      .array(z.string())
      .max(50, { error: say('placements.confirmMax', { max: 50 }) })
      .nullish(),
    correctsFollowUpId: z.string().nullish(),
  })
  .superRefine((f, ctx) => {
    if (f.ordinaryHours > f.attendedHours) {
      ctx.addIssue({
        code: 'custom',
        path: ['ordinaryHours'],
        message: t('placements.ordinaryOverAttended', {
          ordinary: formatNumber(f.ordinaryHours),
          attended: formatNumber(f.attendedHours),
        }),
      });
    }
  });

/** The highest hourly wage taken as real (kroner); above it, a monthly wage was likely typed. */
const MAX_HOURLY_WAGE_KR = 1000;

/** A conversion to ordinary work: the job's weekly hours (0 < h ≤ 37), hourly wage and start date. */
const conversionSchema = z.object({
  weeklyHours: positiveHours('jobWeeklyHours'),
  hourlyWage: z
    .number({ error: say('igu.wageNumber') })
    .refine((v) => Number.isFinite(v) && v > 0, { error: say('igu.wagePositive') })
    .refine((v) => v <= MAX_HOURLY_WAGE_KR, { error: say('igu.wageMax', { max: MAX_HOURLY_WAGE_KR }) }),
  startDate: isoDate('jobStartDate'),
});

const noteSchema = z.object({ note: optionalText('note', 4000) });

/** The company says why it refuses an agreement (the job centre acts on it); the job centre may say why it withdraws. */
const refusalSchema = z.object({ reason: text('reason', 2000) });
const withdrawalSchema = z.object({ reason: optionalText('reason', 2000) });

/** The rule for learning goals: an internship is for learning, so it must say what. */
function assertLearningGoals(type: PlacementType, goals: string | null | undefined): void {
  if (type === PlacementType.INTERNSHIP && !goals) {
    throw badInput('learningGoals', t('placements.learningGoalsMissing'));
  }
}

/** School periods as stored: with the weeks each spans, in date order. */
const toPeriods = (periods: readonly Period[]) =>
  [...periods]
    .sort((a, b) => compareDates(a.startDate, b.startDate))
    .map((p) => ({ startDate: p.startDate, endDate: p.endDate, weeks: periodWeeks(p) }));

/** Refuses school periods that do not fit the programme (BAD_USER_INPUT on schoolPeriods, row by row). */
function assertSchoolPeriods(periods: readonly Period[], start: string, end: string, maxWeeks: number): void {
  const problems = schoolPeriodProblems(periods, start, end, maxWeeks);
  const first = problems[0];
  if (!first) return;
  const message = (() => {
    switch (first.kind) {
      case 'order':
        return t('programme.schoolOrder');
      case 'outside':
        return t('programme.schoolOutside', { start: formatDate(first.start), end: formatDate(first.end) });
      case 'overlap':
        return t('programme.schoolOverlap', { other: first.other + 1 });
      case 'tooMany':
        return t('programme.schoolTooMany', { weeks: first.weeks, max: first.max });
    }
  })();
  throw first.kind === 'tooMany'
    ? badInput('schoolPeriods', message)
    : badInput('schoolPeriods', t('validation.row', { row: first.index + 1, message }), first.index);
}

/** The terms of a placement as an agreement version holds them. */
const termsOf = (p: Placement): AgreementTerms => ({
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
const sameTerms = (a: AgreementTerms, b: AgreementTerms) =>
  JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));

const pick = (f: FollowUp) => ({ date: f.date, attendedHours: f.attendedHours, ordinaryHours: f.ordinaryHours });

const byDateThenRecorded = (a: FollowUp, b: FollowUp) =>
  compareDates(a.date, b.date) || a.createdAt.getTime() - b.createdAt.getTime();

/** A placement and its current follow-ups as the pure hours functions read them. */
const progressOf = (p: Placement, followUps: readonly FollowUp[]) => ({
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

const toPlan = (plan: PlanStep[]): HoursPlanStep[] =>
  plan.map((s) => ({ fromWeek: s.fromWeek, weeklyHours: s.weeklyHours, ordinaryHours: s.ordinaryHours }));

/** The person and the opening a placement changes the availability and capacity of. */
function availabilityTargets(p: Placement) {
  return {
    candidateIds: [p.candidate.id],
    taskIds: p.task ? [p.task.id] : [],
    iguSlotIds: p.iguSlot ? [p.iguSlot.id] : [],
  };
}

/** Placements: starting, following up, changing and ending them, within the caller's scope. */
export class PlacementService {
  constructor(private readonly ctx: ServiceContext) {}

  private get user(): User {
    return requireUser(this.ctx.user);
  }

  private viewer(): Promise<Viewer> {
    return viewerOf(this.user);
  }

  /** Runs one transaction; a concurrent change caught by the version check becomes CONFLICT. */
  private async tx<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    // Load a consultant's portfolio before the transaction (as the other services do): loaded inside it,
    // its industries stay bound to the finished transaction and the result's company.industry fails to load.
    await this.viewer();
    try {
      return await this.ctx.em.transactional(fn);
    } catch (err) {
      if (err instanceof OptimisticLockError) {
        throw new DomainError('CONFLICT', t('placements.changedMeanwhile'), { field: 'version' });
      }
      throw err;
    }
  }

  /** The where-clause that limits placements to the caller's scope. */
  async scopeWhere(): Promise<FilterQuery<Placement>> {
    return placementWhere(await this.viewer());
  }

  /** Whether the caller may read, follow up on, or manage (change, end) this placement. */
  async can(p: Placement, action: PlacementAction, em: EntityManager = this.ctx.em): Promise<boolean> {
    const viewer = await this.viewer();
    if (viewer.role === Role.ADMIN) return true;
    const [company, candidate] = await Promise.all([
      em.findOneOrFail(Company, p.company.id),
      em.findOneOrFail(Candidate, p.candidate.id),
    ]);
    return mayPlacement(viewer, { company: companyFacts(company), person: personFacts(candidate) }, action);
  }

  /** Starts a placement with its hours plan; moves the task and IGU slot along in the same transaction. */
  async start(input: StartPlacementInput): Promise<Placement> {
    const user = this.user;
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
    const terms = this.programmeTerms(
      data.type,
      data.startDate,
      data.plannedEndDate ?? null,
      data.schoolPeriods ?? null,
    );
    const { schoolPeriods } = terms;
    const plannedEndDate = this.withinMaxLength(data.type, data.startDate, terms.plannedEndDate, 'weeks');
    const draft = data.draft === true;

    const id = await this.tx(async (em) => {
      if (!isUuid(data.candidateId)) throw notFound('candidate', data.candidateId);
      if (!isUuid(data.companyId)) throw notFound('company', data.companyId);
      const candidate = await em.findOne(Candidate, data.candidateId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!candidate) throw notFound('candidate', data.candidateId);
      const company = await em.findOne(Company, data.companyId);
      if (!company) throw notFound('company', data.companyId);
      await this.assertMayPlace(candidate, company);
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
          this.iguRules(),
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
      if (!draft) await this.activate(em, placement, candidate, task, slot);
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
   * What starting a placement moves along: the task to IN_PROGRESS, a full IGU slot to FILLED, the person's
   * availability and index. Run when the placement becomes ACTIVE (at once, or when the agreement is approved).
   */
  private async activate(
    em: EntityManager,
    placement: Placement,
    candidate: Candidate,
    task: UnsolvedTask | null,
    slot: IguSlot | null,
  ): Promise<void> {
    placement.status = PlacementStatus.ACTIVE;
    // The progression ladder: an active placement (started, or its agreement approved) moves the person
    // to its type's step.
    applyLadderEvent(
      em,
      this.ctx.config.rules.ladder,
      candidate,
      { kind: 'PLACEMENT_STARTED', placementType: placement.type },
      placement.startDate,
      { placementId: placement.id, userId: this.user.id },
    );
    if (task) {
      // OPEN → IN_PROGRESS through the task feature (it queues the task for the index).
      if (task.status === TaskStatus.OPEN) await markTaskInProgress(em, task.id);
      else enqueueIndex(em, 'task', task.id);
    }
    if (slot) {
      const active = await em.count(Placement, {
        iguSlot: slot.id,
        status: PlacementStatus.ACTIVE,
        id: { $ne: placement.id },
      });
      if (active + 1 >= slot.openings) {
        slot.status = IguSlotStatus.FILLED;
        enqueueIndex(em, 'iguSlot', slot.id);
      }
    }
    candidate.lastActivityAt = new Date();
    enqueueIndex(em, 'candidate', candidate.id);
    await em.flush();
    await refreshAvailability(em, this.ctx.config.rules, availabilityTargets(placement), today());
  }

  /**
   * Refuses a planned end beyond the type's longest length (configuration): `weeks` when agreed, `extendedWeeks`
   * when extended. Without a planned end, a type with a maximum ends at it.
   */
  private withinMaxLength(
    type: PlacementType,
    start: string,
    plannedEnd: string | null,
    which: 'weeks' | 'extendedWeeks',
  ): string | null {
    const limit = this.ctx.config.rules.placementMaxWeeks[type as keyof Config['rules']['placementMaxWeeks']];
    if (!limit) return plannedEnd;
    const last = addDays(start, limit[which] * 7 - 1);
    if (!plannedEnd) return last;
    if (compareDates(plannedEnd, last) > 0) {
      throw badInput(
        'plannedEndDate',
        t(which === 'weeks' ? 'agreement.tooLong' : 'agreement.tooLongExtended', {
          type: t(`agreement.type.${type as keyof Config['rules']['placementMaxWeeks']}`),
          weeks: limit.weeks,
          extended: limit.extendedWeeks,
          last: formatDate(last),
        }),
      );
    }
    return plannedEnd;
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
    const user = this.user;
    if (user.role === Role.CONSULTANT) throw forbidden('approveAgreement');
    await this.tx(async (em) => {
      const p = await this.load(em, placementId, user.role === Role.COMPANY ? 'followUp' : 'manage', true);
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
    if (p.type === PlacementType.IGU) this.programmeTerms(p.type, p.startDate, p.plannedEndDate, p.schoolPeriods);
    else this.withinMaxLength(p.type, p.startDate, p.plannedEndDate, 'extendedWeeks');
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
    await this.activate(em, p, candidate, task, slot);
    // The planned week with this placement now counted: over full time only as the adviser's exception.
    await assertWeekChange(em, {
      user: this.user,
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
    const candidate = await em.findOneOrFail(Candidate, p.candidate.id, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
    });
    const before = await weekBefore(em, candidate.id, today());
    await this.applyTerms(em, p, version.terms);
    await assertWeekChange(em, {
      user: this.user,
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
  private async reviseAgreement(em: EntityManager, p: Placement, terms: AgreementTerms): Promise<void> {
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
      createdBy: em.getReference(User, this.user.id),
    });
  }

  /**
   * The job centre withdraws (WITHDRAW) or the company refuses (REFUSE, with a reason) the current version of an
   * agreement before both approved it. A draft never starts: WITHDRAWN or REFUSED, its reserved hours and place
   * freed. A pending new version of a running placement stays in the history, and the version before it applies
   * again (its terms back on the placement). One transaction; audit-logged.
   */
  async closeAgreement(
    placementId: string,
    agreementVersion: number,
    kind: 'WITHDRAW' | 'REFUSE',
    reasonInput: string | null | undefined,
  ): Promise<Placement> {
    const user = this.user;
    const refuse = kind === 'REFUSE';
    if (refuse !== (user.role === Role.COMPANY)) throw forbidden(refuse ? 'refuseAgreement' : 'withdrawAgreement');
    const { reason } = parseInput(refuse ? refusalSchema : withdrawalSchema, { reason: reasonInput });
    await this.tx(async (em) => {
      const p = await this.load(em, placementId, refuse ? 'followUp' : 'manage', true);
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
      if (refuse && current.companyApprovedAt) throw badInput('agreementVersion', t('agreement.companyApprovedRefuse'));
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
    if (key === 'refusalReason' && this.user.role === Role.COMPANY) return value;
    const p = await this.ctx.em.findOneOrFail(Placement, { id: a.placement.id });
    return (await this.mayName(p)) ? value : null;
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

  /** ADVISER of the person, ADMIN, or a CONSULTANT for a company in its portfolio (and a consenting person). */
  private async assertMayPlace(candidate: Candidate, company: Company): Promise<void> {
    const user = this.user;
    if (user.role === Role.ADMIN) return;
    if (user.role === Role.ADVISER) {
      if (candidate.adviser?.id !== user.id) throw forbidden('placeCandidate');
      return;
    }
    if (user.role === Role.CONSULTANT) {
      const viewer = await this.viewer();
      assertMayReadCompany(viewer, companyFacts(company));
      if (personAccess(viewer, personFacts(candidate)) === 'NONE') {
        throw forbidden('noConsent');
      }
      return;
    }
    throw forbidden('startPlacements');
  }

  /**
   * IGU as a programme: it runs the configured months (the planned end is the programme's last day, or
   * refused) and holds its school periods (given, or the school weeks planned as even blocks). Other
   * types keep their planned end and hold no school periods.
   */
  private programmeTerms(
    type: PlacementType,
    start: string,
    plannedEnd: string | null,
    periods: Period[] | null,
  ): { plannedEndDate: string | null; schoolPeriods: ReturnType<typeof toPeriods> } {
    const rules = this.ctx.config.rules.igu;
    if (type !== PlacementType.IGU) {
      if (periods?.length)
        throw badInput('schoolPeriods', t('programme.schoolNotIgu', { type: t(`enums.placementType.${type}`) }));
      return { plannedEndDate: plannedEnd, schoolPeriods: [] };
    }
    const end = programmeEnd(start, rules.programmeMonths);
    if (plannedEnd && plannedEnd !== end) {
      throw badInput(
        'plannedEndDate',
        t('programme.lengthWrong', {
          months: rules.programmeMonths,
          start: formatDate(start),
          end: formatDate(end),
          given: formatDate(plannedEnd),
        }),
      );
    }
    const plan = periods ?? defaultSchoolPeriods(start, rules);
    assertSchoolPeriods(plan, start, end, rules.schoolWeeks);
    return { plannedEndDate: end, schoolPeriods: toPeriods(plan) };
  }

  private iguRules(): IguRulesConfig {
    const r = this.ctx.config.rules;
    return {
      minAge: r.iguMinAge,
      maxAge: r.iguMaxAge,
      maxYearsSinceArrival: r.iguMaxYearsSinceArrival,
      allowedResidenceCategories: DEFAULT_IGU_RULES.allowedResidenceCategories,
    };
  }

  /** Loads a placement for an action, locking it for writes; NOT_FOUND or FORBIDDEN (audited) otherwise. */
  private async load(em: EntityManager, id: string, action: PlacementAction, lock: boolean): Promise<Placement> {
    if (!isUuid(id)) throw notFound('placement', id);
    const p = await em.findOne(Placement, id, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
    if (!p) throw notFound('placement', id);
    if (!(await this.can(p, action, em))) {
      await auditReads(this.ctx.em.fork(), this.user, [p.candidate.id], `placement:${action}`, false);
      throw forbidden('placement');
    }
    return p;
  }

  /** Records a follow-up; confirmed competences become evidence, and the person's ordinary hours follow. */
  async recordFollowUp(placementId: string, input: FollowUpInput): Promise<FollowUp> {
    const user = this.user;
    const data = parseInput(followUpSchema, input);
    const now = today();
    if (compareDates(data.date, now) > 0) {
      throw badInput('date', t('placements.followUpInFuture', { date: formatDate(data.date) }));
    }
    assertDateOrder('date', data.date, 'nextFollowUpDate', data.nextFollowUpDate);
    const competenceIds = [...new Set(data.confirmedCompetences ?? [])];

    const id = await this.tx(async (em) => {
      const p = await this.load(em, placementId, 'followUp', true);
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

  /**
   * Changes the plan, mentor, learning goals or period of a placement (optimistic locking on version). Once both
   * parties agreed a version, a change is only a proposal: a new version both approve again, and until then the
   * terms in force (the placement's row) stay binding for free hours, matching, the planned week and the mentor's
   * place. Before that (a draft, or a placement the job centre started on its own) the change applies at once.
   */
  async update(id: string, input: UpdatePlacementInput): Promise<Placement> {
    const user = this.user;
    const data = parseInput(updateSchema, input);
    await this.tx(async (em) => {
      const p = await this.load(em, id, 'manage', true);
      if (p.version !== data.version) {
        throw conflict('placement', null, data.version, p.version);
      }
      if (p.status === PlacementStatus.ENDED) {
        throw badInput('id', t('placements.ended', { date: p.endDate ? formatDate(p.endDate) : '' }));
      }
      if (NEVER_STARTED.includes(p.status)) {
        throw badInput('id', t('agreement.neverStarted', { status: t(`enums.placementStatus.${p.status}`) }));
      }
      const { inForce, base } = await this.changeBase(em, p);
      const next = await this.changedTerms(em, p, base, data);
      if (sameTerms(next, base)) return;
      if (inForce) {
        await this.reviseAgreement(em, p, next);
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
      await this.applyTerms(em, p, next);
      await this.reviseAgreement(em, p, next);
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

  /**
   * What a change builds on: the pending version's terms while one waits (a second change amends the proposal),
   * else the placement's own. `inForce`: the version both agreed, when the placement runs on one.
   */
  private async changeBase(
    em: EntityManager,
    p: Placement,
  ): Promise<{ inForce: PlacementAgreement | null; base: AgreementTerms }> {
    const inForce = p.status === PlacementStatus.ACTIVE ? await this.inForceOf(em, p) : null;
    const current =
      inForce && p.agreementVersion !== inForce.number
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
  private async changedTerms(
    em: EntityManager,
    p: Placement,
    base: AgreementTerms,
    data: z.infer<typeof updateSchema>,
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
    if (data.plannedEndDate !== undefined && data.plannedEndDate !== base.plannedEndDate) {
      check(() => {
        assertDateOrder('startDate', next.startDate, 'plannedEndDate', data.plannedEndDate);
        // An IGU programme's length is fixed: its planned end can only be the programme's last day. Other
        // types may be extended up to their extended maximum (virksomhedspraktik: 13 weeks).
        next.plannedEndDate =
          p.type === PlacementType.IGU
            ? this.programmeTerms(p.type, next.startDate, data.plannedEndDate ?? null, []).plannedEndDate
            : this.withinMaxLength(p.type, next.startDate, data.plannedEndDate ?? null, 'extendedWeeks');
      });
    }
    if (data.schoolPeriods) {
      check(() => {
        next.schoolPeriods = this.programmeTerms(
          p.type,
          next.startDate,
          null,
          data.schoolPeriods ?? null,
        ).schoolPeriods;
      });
    }
    if (data.hoursPlan) next.hoursPlan = toPlan(data.hoursPlan);
    if (data.mentorId !== undefined && data.mentorId !== (next.mentorId ?? null)) {
      const company = await em.findOneOrFail(Company, p.company.id);
      try {
        const mentor = data.mentorId ? await assignableMentor(em, data.mentorId, company, p.id) : null;
        next.mentorId = mentor?.id ?? null;
        next.mentorName = mentor?.name ?? (data.mentorName || null);
      } catch (err) {
        problems.push(...problemsOf(err));
      }
    } else if (data.mentorName !== undefined) {
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
   * Puts terms on the placement's row: they are binding from now on. A mentor named anew takes a place only while
   * it has room (BAD_USER_INPUT on mentorId otherwise); a version from before mentors were people keeps the named
   * mentor only if the names agree.
   */
  private async applyTerms(em: EntityManager, p: Placement, terms: AgreementTerms): Promise<void> {
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

  /** Ends an active placement with an outcome; a conversion to ordinary hours solves the linked task. */
  async end(
    id: string,
    outcome: PlacementOutcome,
    note: string | null | undefined,
    endDate: string | null | undefined,
    conversionInput?: ConversionInput | null,
  ): Promise<Placement> {
    const user = this.user;
    const { note: cleanNote } = parseInput(noteSchema, { note });
    const now = today();
    const end = endDate ?? now;
    const job = this.parseConversion(outcome, conversionInput);
    await this.tx(async (em) => {
      const p = await this.load(em, id, 'manage', true);
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

  /** The job of a conversion: required (and only allowed) with CONVERTED_TO_ORDINARY_HOURS; every field checked at once. */
  private parseConversion(
    outcome: PlacementOutcome,
    input: ConversionInput | null | undefined,
  ): z.infer<typeof conversionSchema> | null {
    const converted = outcome === PlacementOutcome.CONVERTED_TO_ORDINARY_HOURS;
    if (!converted) {
      if (input) throw badInput('conversion', t('journal.conversionOnlyForConverted'));
      return null;
    }
    if (!input) throw badInput('conversion', t('journal.conversionMissing'));
    try {
      return parseInput(conversionSchema, input);
    } catch (err) {
      // Name the fields as the form has them: conversion.weeklyHours, conversion.hourlyWage, conversion.startDate.
      if (err instanceof DomainError && Array.isArray(err.extensions.fields)) {
        const fields = (err.extensions.fields as { field: string; message: string }[]).map((f) => ({
          field: `conversion.${f.field}`,
          message: f.message,
        }));
        throw new DomainError('BAD_USER_INPUT', err.message, { field: fields[0]?.field, fields });
      }
      throw err;
    }
  }

  /** One placement in the caller's scope; the read is audit-logged. */
  async get(id: string): Promise<Placement> {
    const p = await this.load(this.ctx.em, id, 'read', false);
    await auditReads(this.ctx.em, this.user, [p.candidate.id], 'placement');
    return p;
  }

  /** Placements in the caller's scope, newest start first, as a Relay connection; reads are audit-logged. */
  async list(
    filter: PlacementFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<Placement>> {
    const and: FilterQuery<Placement>[] = [await this.scopeWhere()];
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
    await auditReads(this.ctx.em, this.user, subjects, 'placements');
    return page;
  }

  /**
   * Weekly hours of a person from the first placement to this week. Own adviser, ADMIN, a consultant
   * when the person consents, and a company only for people placed with it (and only those placements).
   */
  async hoursProgress(candidateId: string): Promise<WeekHoursRow[]> {
    const user = this.user;
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
        allowed = personAccess(await this.viewer(), personFacts(candidate)) !== 'NONE';
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

  /**
   * Whether the caller may see the person's name and free text about them (follow-up and outcome notes)
   * on this placement: a consultant or a company only while the person consents (scope.ts, mayNamePerson).
   */
  async mayName(p: Placement): Promise<boolean> {
    const c = await this.ctx.em.findOne(Candidate, { id: p.candidate.id });
    return !!c && mayNamePerson(await this.viewer(), personFacts(c));
  }

  /** The person's first name: what a company may see of them; "a candidate" when the person withheld consent. */
  async candidateFirstName(p: Placement): Promise<string> {
    if (!(await this.mayName(p))) return this.ctx.locale === 'en' ? 'a candidate' : 'en kandidat';
    const c = await this.ctx.em.findOne(Candidate, { id: p.candidate.id });
    return c?.firstName ?? '';
  }

  /** The note on how the placement ended: free text about the person, under the same rule as the name. */
  async outcomeNote(p: Placement): Promise<string | null> {
    return (await this.mayName(p)) ? p.outcomeNote : null;
  }

  /** A follow-up's note: free text about the person, under the same rule as the name ('' when withheld). */
  async followUpNote(f: FollowUp): Promise<string> {
    if (!f.note) return f.note;
    const p = await this.ctx.em.findOneOrFail(Placement, { id: f.placement.id });
    return (await this.mayName(p)) ? f.note : '';
  }

  /**
   * The Candidate object for those who may see the person: never company users (they get the first
   * name only), and a consultant only the matching profile of a consenting person.
   */
  async candidate(p: Placement): Promise<Candidate | null> {
    const viewer = await this.viewer();
    if (viewer.role === Role.COMPANY) return null;
    const c = await this.ctx.em.findOne(Candidate, { id: p.candidate.id });
    return c && personAccess(viewer, personFacts(c)) !== 'NONE' ? c : null;
  }
}
