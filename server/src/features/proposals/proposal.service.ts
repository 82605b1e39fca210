import { type EntityClass, LockMode } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { formatNumber, t } from '../../i18n/index.js';
import type { ServiceContext } from '../../shared/context.js';
import { maxDate } from '../../shared/dates.js';
import { badInput, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { type Connection, paginate } from '../../shared/pagination.js';
import { postcodeLocation } from '../../shared/postcodes.js';
import { reasonText } from '../../shared/system-reasons.js';
import { optionalText, parseInput } from '../../shared/validate.js';
import { audit, auditReads } from '../audit/audit.service.js';
import {
  assertMayProposeFor,
  companyFacts,
  consents,
  mayAnswerProposal,
  mayProposeFor,
  mayReadOpening,
  mayReadProposal,
  mayReadProposalNote,
  mayReadShortlist,
  mayWithdrawProposal,
  type PersonAccess,
  type ProposalFacts,
  personAccess,
  personFacts,
  proposalFacts,
  proposalWhere,
  requireUser,
  SHARED_PROPOSAL_STATUSES,
  type Viewer,
  viewerOf,
} from '../auth/scope.js';
import { Role, User } from '../auth/user.entity.js';
import { toUserSummary, type UserSummary } from '../auth/user-summary.type.js';
import { hourGoal } from '../availability/availability.js';
import { plannedWeekOf, refreshAvailability } from '../availability/availability.service.js';
import { Candidate, CandidateCompetence, CandidateStatus } from '../candidates/candidate.entity.js';
import { CandidateService } from '../candidates/candidate.service.js';
import type { SharedCandidateProfile } from '../candidates/shared-profile.type.js';
import { type Company, Company as CompanyEntity } from '../companies/company.entity.js';
import { IguSlot, IguSlotStatus } from '../igu-slots/igu-slot.entity.js';
import { distanceKm } from '../matching/scoring.js';
import { SUGGESTABLE_TASK_STATUSES, TaskStatus, taskTakesPeople, UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import { Proposal, type ProposalHistoryEntry, ProposalStatus } from './proposal.entity.js';
import type { ProposalFilter } from './proposal.inputs.js';
import type { ProposalHistoryView } from './proposal.types.js';

/** Statuses in which a proposal is still open: a second one for the same person and opening is refused. */
const OPEN_STATUSES = [ProposalStatus.SUGGESTED, ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED];
const PROFILE_PURPOSE = 'shared with company';
/** More entries than anyone reads on one opening; keeps the answer bounded. */
const SHORTLIST_MAX = 200;

const noteSchema = z.object({ note: optionalText('note', 2000) });
const reasonSchema = z.object({ reason: optionalText('reason', 2000) });

export interface ProposeArgs {
  candidateId: string;
  taskId?: string | null;
  iguSlotId?: string | null;
  note?: string | null;
}

/**
 * The person and the opening whose stored availability and capacity a proposal's status changes
 * (PROPOSED and ACCEPTED reserve the person's hours; ACCEPTED takes one of the opening's places).
 * Exported so every proposal transition (shortlist, send, plan) refreshes the same targets.
 */
export function availabilityTargets(p: Proposal) {
  return {
    candidateIds: [p.candidate.id],
    taskIds: p.task ? [p.task.id] : [],
    iguSlotIds: p.iguSlot ? [p.iguSlot.id] : [],
  };
}

/** Proposals: sharing a minimal profile of a consenting person with a company for a task or IGU slot. */
export class ProposalService {
  constructor(private readonly ctx: ServiceContext) {}

  private get user(): User {
    return requireUser(this.ctx.user);
  }

  /** Proposes a consenting, active person for an open task or IGU slot; the company sees the shared profile. */
  propose(args: ProposeArgs): Promise<Proposal> {
    return this.create(args, ProposalStatus.PROPOSED);
  }

  /** Puts a consenting, active person on an opening's shortlist (SUGGESTED): only the job centre sees it. */
  shortlist(args: ProposeArgs): Promise<Proposal> {
    return this.create(args, ProposalStatus.SUGGESTED);
  }

  private async create(
    args: ProposeArgs,
    status: ProposalStatus.PROPOSED | ProposalStatus.SUGGESTED,
  ): Promise<Proposal> {
    const user = this.user;
    const shared = status === ProposalStatus.PROPOSED;
    const { taskId, iguSlotId } = args;
    if (!!taskId === !!iguSlotId) {
      throw badInput('taskId', t('assignment.oneOpening'));
    }
    const note = parseInput(noteSchema, { note: args.note }).note || null;

    return this.ctx.em.transactional(async (em) => {
      const c = isUuid(args.candidateId) ? await em.findOne(Candidate, args.candidateId) : null;
      if (!c) throw notFound('candidate', args.candidateId);
      const openingField = taskId ? 'taskId' : 'iguSlotId';
      const openingId = (taskId ?? iguSlotId)!;
      const task = taskId && isUuid(taskId) ? await em.findOne(UnsolvedTask, taskId, { populate: ['company'] }) : null;
      const slot =
        iguSlotId && isUuid(iguSlotId) ? await em.findOne(IguSlot, iguSlotId, { populate: ['company'] }) : null;
      const opening = task ?? slot;
      if (!opening) throw notFound(taskId ? 'task' : 'iguSlot', openingId);
      const company = opening.company.getEntity();

      // The opening's company decides, not the industry the opening is filed under.
      assertMayProposeFor(await this.viewer(), companyFacts(company), personFacts(c));

      if (c.status !== CandidateStatus.ACTIVE) {
        throw badInput('candidateId', t('proposals.personInactive'));
      }
      if (!c.consentToShare) {
        throw badInput('candidateId', t('proposals.noConsent'));
      }
      if (task && !SUGGESTABLE_TASK_STATUSES.includes(task.status)) {
        throw badInput(
          'taskId',
          t('proposals.taskNotTaking', { title: task.title, status: t(`enums.taskStatus.${task.status}`) }),
        );
      }
      if (task && task.status === TaskStatus.IN_PROGRESS && task.openingsLeft <= 0) {
        throw badInput('taskId', t('proposals.filledPropose', { title: task.title, count: task.openings }));
      }
      if (slot && slot.status !== IguSlotStatus.OPEN) {
        throw badInput(
          'iguSlotId',
          t('proposals.slotNotOpen', { title: slot.title, status: t(`enums.iguStatus.${slot.status}`) }),
        );
      }

      // Serialises proposals for the same pair, so two clicks cannot both pass the duplicate check.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`proposal:${c.id}:${openingId}`]);
      const duplicate = await em.count(Proposal, {
        candidate: c.id,
        ...(task ? { task: task.id } : { iguSlot: slot!.id }),
        status: { $in: OPEN_STATUSES },
      });
      if (duplicate) {
        throw badInput(openingField, t('proposals.duplicate'));
      }

      if (slot) {
        const candidates = new CandidateService(this.ctx);
        const result = candidates.iguEligibility(c, maxDate(candidates.today(), slot.startDate));
        if (!result.eligible) {
          throw badInput('iguSlotId', t('proposals.notIguEligible', { reason: candidates.iguReasonFor(c, result) }));
        }
      }

      const p = em.create(Proposal, {
        candidate: c,
        task: task ?? null,
        iguSlot: slot ?? null,
        company,
        status,
        note,
        proposedBy: em.getReference(User, user.id),
        history: [{ status, at: new Date().toISOString(), byUserId: user.id, reason: null }],
      });
      if (shared) await this.assertWeekRoom(em, p, opening, 'candidateId');
      audit(em, user, {
        subjectId: c.id,
        action: shared ? 'SHARE' : 'CREATE',
        operation: shared ? 'proposeCandidate' : 'shortlistCandidate',
        allowed: true,
        purpose: shared ? PROFILE_PURPOSE : 'matching',
      });
      // A proposal sent to the company reserves the person's hours (a shortlist entry does not).
      await refreshAvailability(em, this.ctx.config.rules, availabilityTargets(p), this.ctx.clock.today());
      return p;
    });
  }

  /**
   * Sends a shortlisted person (SUGGESTED) to the company (PROPOSED): from then on the company sees
   * the shared profile, and the proposal waits on the company's start page and proposals list.
   * The row is locked, so of two clicks at once one sends and the other is told it was sent.
   */
  async send(id: string): Promise<Proposal> {
    const user = this.user;
    return this.ctx.em.transactional(async (em) => {
      const p = await this.loadLocked(em, id);
      const facts = await this.facts(p, em);
      if (!mayProposeFor(await this.viewer(), facts.company, facts.person)) throw forbidden('sendProposal');
      if (p.status !== ProposalStatus.SUGGESTED) {
        // A withdrawn entry says why (a revoked consent withdraws it: consent-withdrawal.ts).
        const why = p.status === ProposalStatus.WITHDRAWN && p.reason ? ` (${reasonText(p.reason)})` : '';
        throw badInput('id', t('proposals.notOnShortlist', { status: t(`enums.proposalStatus.${p.status}`), why }));
      }
      const c = await em.findOneOrFail(Candidate, p.candidate.id);
      if (c.status !== CandidateStatus.ACTIVE) {
        throw badInput('id', t('proposals.noLongerActive'));
      }
      if (!c.consentToShare) {
        throw badInput('id', t('proposals.consentWithdrawnShortlist'));
      }
      const opening = p.task
        ? await em.findOneOrFail(UnsolvedTask, p.task.id)
        : await em.findOneOrFail(IguSlot, p.iguSlot!.id);
      const takes =
        opening instanceof UnsolvedTask
          ? opening.status === TaskStatus.OPEN || taskTakesPeople(opening)
          : opening.status === IguSlotStatus.OPEN;
      if (!takes) {
        const what = t(p.task ? 'entities.task' : 'entities.iguSlot');
        throw badInput(
          'id',
          opening instanceof UnsolvedTask
            ? opening.status === TaskStatus.IN_PROGRESS
              ? t('proposals.openingFull', { what, title: opening.title })
              : t('proposals.openingNotTaking', {
                  what,
                  title: opening.title,
                  status: t(`enums.taskStatus.${opening.status}`),
                })
            : t('proposals.openingNotTaking', {
                what,
                title: opening.title,
                status: t(`enums.iguStatus.${opening.status}`),
              }),
        );
      }
      await this.assertWeekRoom(em, p, opening, 'id');
      this.transition(p, ProposalStatus.PROPOSED, null);
      audit(em, user, {
        subjectId: c.id,
        action: 'SHARE',
        operation: 'sendProposal',
        allowed: true,
        purpose: PROFILE_PURPOSE,
      });
      await refreshAvailability(em, this.ctx.config.rules, availabilityTargets(p), this.ctx.clock.today());
      return p;
    });
  }

  /**
   * An opening's shortlist for the job centre: the people on it and what became of them, newest
   * first (closed entries only when asked). Advisers see only their own caseload's entries.
   */
  async shortlistFor(
    taskId: string | null | undefined,
    iguSlotId: string | null | undefined,
    includeClosed: boolean,
  ): Promise<Proposal[]> {
    const user = this.user;
    if (user.role === Role.COMPANY) throw forbidden('shortlists');
    if (!!taskId === !!iguSlotId) {
      throw badInput('taskId', t('assignment.oneOpening'));
    }
    const field = taskId ? 'taskId' : 'iguSlotId';
    const openingId = (taskId ?? iguSlotId)!;
    if (!isUuid(openingId)) throw badInput(field, t('validation.invalidId', { id: openingId.slice(0, 40) }));
    const opening = taskId
      ? await this.ctx.em.findOne(UnsolvedTask, openingId, { populate: ['company'] })
      : await this.ctx.em.findOne(IguSlot, openingId, { populate: ['company'] });
    if (!opening) throw notFound(taskId ? 'task' : 'iguSlot', openingId);
    if (!mayReadShortlist(await this.viewer(), companyFacts(opening.company.getEntity()))) {
      throw forbidden('openingOutsidePortfolio');
    }
    const where: FilterQuery<Proposal> = taskId ? { task: openingId } : { iguSlot: openingId };
    if (!includeClosed) where.status = { $in: OPEN_STATUSES };
    if (user.role === Role.ADVISER) where.candidate = { adviser: user.id };
    return this.ctx.em.find(Proposal, where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: SHORTLIST_MAX });
  }

  /** When the proposal went to the company: its latest step to PROPOSED; null while on the shortlist. */
  sentAt(p: Proposal): Date | null {
    const sent = p.history.findLast((h) => h.status === ProposalStatus.PROPOSED);
    return sent ? new Date(sent.at) : null;
  }

  /** The company (or an admin or consultant on its behalf) accepts or declines; declining needs a reason. */
  async respond(proposalId: string, accept: boolean, reasonInput: string | null | undefined): Promise<Proposal> {
    const user = this.user;
    return this.ctx.em.transactional(async (em) => {
      const p = await this.loadLocked(em, proposalId);
      const viewer = await this.viewer();
      if (user.role === Role.ADVISER) throw forbidden('answerProposals');
      if (!mayAnswerProposal(viewer, await this.facts(p, em))) {
        throw forbidden(user.role === Role.CONSULTANT ? 'proposalOutsidePortfolio' : 'proposal');
      }
      if (p.status !== ProposalStatus.PROPOSED) {
        throw badInput('proposalId', t('proposals.notProposed', { status: t(`enums.proposalStatus.${p.status}`) }));
      }
      const reason = parseInput(reasonSchema, { reason: reasonInput }).reason || null;
      if (!accept && !reason) {
        throw badInput('reason', t('proposals.declineReason'));
      }
      if (accept) {
        // Locked: two acceptances for the last place cannot both pass.
        const opening = p.task
          ? await em.findOneOrFail(UnsolvedTask, p.task.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
          : await em.findOneOrFail(IguSlot, p.iguSlot!.id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        if (opening.openingsLeft <= 0) {
          throw badInput('proposalId', t('proposals.filledAccept', { title: opening.title, count: opening.openings }));
        }
        const c = await em.findOneOrFail(Candidate, p.candidate.id);
        if (!c.consentToShare || c.status === CandidateStatus.ANONYMISED) {
          throw badInput('proposalId', t('proposals.consentWithdrawnAccept'));
        }
        // Accepting commits the hours the proposal holds: the week as it stands now must have room for them.
        await this.assertWeekRoom(em, p, opening, 'proposalId', true);
      }
      this.transition(p, accept ? ProposalStatus.ACCEPTED : ProposalStatus.DECLINED, reason);
      await refreshAvailability(em, this.ctx.config.rules, availabilityTargets(p), this.ctx.clock.today());
      return p;
    });
  }

  /**
   * A proposal that holds the person's hours (PROPOSED, ACCEPTED) may not take the person's planned week over full
   * time (37 h): the opening's weekly hours on top of the week as availability counts it (this week's step of every
   * active or planned placement, weekly activities). Other pending proposals and drafts do not count: each is a
   * possibility, and a person may be proposed to several openings at once. BAD_USER_INPUT on `field`, saying what to
   * do; `accept`: the company's acceptance, told to decline or ask the job centre.
   */
  private async assertWeekRoom(
    em: EntityManager,
    p: Proposal,
    opening: UnsolvedTask | IguSlot,
    field: string,
    accept = false,
  ): Promise<void> {
    const rules = this.ctx.config.rules;
    const week = await plannedWeekOf(em, p.candidate.id, rules, this.ctx.clock.today());
    const total = Math.round((week.total + opening.weeklyHours) * 100) / 100;
    if (total <= rules.fullTimeHours) return;
    const values = {
      total: formatNumber(total),
      hours: formatNumber(opening.weeklyHours),
      title: opening.title,
      placements: formatNumber(week.placementHours),
      activities: formatNumber(week.activityHours),
      max: formatNumber(rules.fullTimeHours),
    };
    throw badInput(field, t(accept ? 'proposals.weekOverFullTimeAccept' : 'proposals.weekOverFullTime', values));
  }

  /** The proposing side takes a proposal back (consultant in scope, the person's adviser, admin). */
  async withdraw(proposalId: string, reasonInput: string): Promise<Proposal> {
    return this.ctx.em.transactional(async (em) => {
      const p = await this.loadLocked(em, proposalId);
      if (!mayWithdrawProposal(await this.viewer(), await this.facts(p, em))) throw forbidden('proposal');
      if (p.status !== ProposalStatus.PROPOSED && p.status !== ProposalStatus.SUGGESTED) {
        throw badInput('proposalId', t('proposals.notOpenWithdraw', { status: t(`enums.proposalStatus.${p.status}`) }));
      }
      const reason = parseInput(reasonSchema, { reason: reasonInput }).reason || null;
      if (!reason) throw badInput('reason', t('proposals.withdrawReason'));
      this.transition(p, ProposalStatus.WITHDRAWN, reason);
      await refreshAvailability(em, this.ctx.config.rules, availabilityTargets(p), this.ctx.clock.today());
      return p;
    });
  }

  /** One proposal in the caller's scope; a refusal is audit-logged (the proposal is about a person). */
  async get(id: string): Promise<Proposal> {
    const p = isUuid(id) ? await this.ctx.em.findOne(Proposal, id) : null;
    if (!p) throw notFound('proposal', id);
    if (!mayReadProposal(await this.viewer(), await this.facts(p))) {
      await auditReads(this.ctx.em, this.user, [p.candidate.id], 'proposal', false);
      throw forbidden('proposal');
    }
    return p;
  }

  /** Proposals in the caller's scope: a company only its own, a consultant its own and its portfolio's, an adviser its caseload's. */
  async list(
    filter: ProposalFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<Proposal>> {
    const user = this.user;
    const f = filter ?? {};
    const and: FilterQuery<Proposal>[] = [];
    for (const [field, key] of [
      ['taskId', 'task'],
      ['iguSlotId', 'iguSlot'],
      ['candidateId', 'candidate'],
      ['companyId', 'company'],
    ] as const) {
      const value = f[field];
      if (value == null) continue;
      if (!isUuid(value)) throw badInput(field, t('validation.invalidId', { id: String(value).slice(0, 40) }));
      and.push({ [key]: value });
    }
    if (f.status) and.push({ status: f.status });

    and.push(proposalWhere(await viewerOf(user)));
    return paginate(this.ctx.em, Proposal, and.length ? { $and: and } : {}, {
      first,
      after,
      orderBy: { createdAt: 'desc' },
    });
  }

  /**
   * The minimal shared profile, audit-logged. Companies see it only while the proposal is
   * PROPOSED or ACCEPTED and the person still consents: consent is read from the database now.
   */
  async profile(p: Proposal): Promise<SharedCandidateProfile | null> {
    const user = this.user;
    const c = await this.byRef(Candidate, p.candidate);
    if (!c) return null;
    const consenting = consents(c);
    const allowed =
      user.role === Role.COMPANY
        ? consenting && SHARED_PROPOSAL_STATUSES.includes(p.status)
        : consenting || personAccess(user, personFacts(c)) !== 'NONE';
    await auditReads(this.ctx.em, user, [c.id], 'proposal.profile', allowed, PROFILE_PURPOSE);
    if (!allowed) return null;

    const [competences, opening] = await Promise.all([
      this.ctx.em.find(
        CandidateCompetence,
        { candidate: c.id },
        { populate: ['competence'], orderBy: { level: 'desc', competence: { name: 'asc' } } },
      ),
      p.task ? this.byRef(UnsolvedTask, p.task) : this.byRef(IguSlot, p.iguSlot),
    ]);
    const from = postcodeLocation(c.postcode);
    const to = opening ? postcodeLocation(opening.postcode) : null;
    return {
      candidateId: c.id,
      firstName: c.firstName,
      competences: competences.map((cc) => ({
        name: cc.competence.getEntity().name,
        nameEn: cc.competence.getEntity().nameEn,
        level: cc.level,
        evidence: cc.evidence,
      })),
      danishLevel: c.danishLevel,
      availableWeeklyHours: c.availableWeeklyHours,
      goalWeeklyHours: hourGoal(c.readiness, c.goalWeeklyHours, this.ctx.config.rules),
      languages: c.languages,
      distanceKm: from && to ? Math.round(distanceKm(from, to) * 10) / 10 : null,
      hasDrivingLicence: c.hasDrivingLicence,
    };
  }

  /** The Candidate behind a proposal: never for COMPANY users; otherwise as far as the caller's access goes. */
  async candidate(p: Proposal): Promise<Candidate | null> {
    const user = this.user;
    if (user.role === Role.COMPANY) return null;
    const c = await this.byRef(Candidate, p.candidate);
    if (!c) return null;
    const access: PersonAccess = personAccess(user, personFacts(c));
    if (access === 'NONE') return null;
    await auditReads(
      this.ctx.em,
      user,
      [c.id],
      'proposal.candidate',
      true,
      access === 'FULL' ? 'case work' : 'matching',
    );
    return c;
  }

  /** The history with the names of the users who made each change. */
  async history(p: Proposal): Promise<ProposalHistoryView[]> {
    const ids = [...new Set(p.history.map((h) => h.byUserId).filter((id): id is string => !!id))];
    const users = ids.length ? await this.ctx.em.find(User, { id: { $in: ids } }) : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    return p.history.map((h) => ({
      status: h.status,
      at: new Date(h.at),
      reason: reasonText(h.reason),
      byName: h.byUserId ? (names.get(h.byUserId) ?? null) : null,
    }));
  }

  /** The task, for a caller who may read it (task(id) answers the same); null otherwise. */
  async task(p: Proposal): Promise<UnsolvedTask | null> {
    return (await this.openingInReach(p)) ? this.byRef(UnsolvedTask, p.task) : null;
  }

  /** The IGU slot, for a caller who may read it (iguSlot(id) answers the same); null otherwise. */
  async iguSlot(p: Proposal): Promise<IguSlot | null> {
    return (await this.openingInReach(p)) ? this.byRef(IguSlot, p.iguSlot) : null;
  }

  /** An opening is in reach with its company: a consultant's own proposal at a company it no longer covers is not. */
  private async openingInReach(p: Proposal): Promise<boolean> {
    const company = await this.ctx.em.findOneOrFail(CompanyEntity, p.company.id);
    return mayReadOpening(await this.viewer(), { company: companyFacts(company) });
  }

  async company(p: Proposal): Promise<Company> {
    return this.ctx.em.findOneOrFail(CompanyEntity, p.company.id);
  }

  async proposedBy(p: Proposal): Promise<UserSummary | null> {
    const u = await this.byRef(User, p.proposedBy);
    return u ? toUserSummary(u) : null;
  }

  /**
   * Follows a relation through the request's EntityManager, not the entity's own: an entity
   * returned from a finished transaction can hold references bound to that transaction.
   */
  private async byRef<T extends { id: string }>(entity: EntityClass<T>, ref: { id: string } | null): Promise<T | null> {
    return ref ? this.ctx.em.findOne(entity, { id: ref.id } as FilterQuery<T>) : null;
  }

  // ---------------------------------------------------------------------------

  private transition(p: Proposal, status: ProposalStatus, reason: string | null): void {
    const entry: ProposalHistoryEntry = { status, at: new Date().toISOString(), byUserId: this.user.id, reason };
    p.status = status;
    p.reason = reason;
    p.history = [...p.history, entry];
  }

  /** NOT_FOUND for a missing id; the row is locked for the rest of the transaction. */
  private async loadLocked(em: EntityManager, id: string): Promise<Proposal> {
    const p = isUuid(id)
      ? await em.findOne(Proposal, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
      : null;
    if (!p) throw notFound('proposal', id);
    return p;
  }

  private viewer(): Promise<Viewer> {
    return viewerOf(this.user);
  }

  /** The scope facts of a proposal; `em` is the transaction's when called inside one. */
  private async facts(p: Proposal, em: EntityManager = this.ctx.em): Promise<ProposalFacts> {
    const [company, person] = await Promise.all([
      em.findOneOrFail(CompanyEntity, p.company.id),
      em.findOneOrFail(Candidate, p.candidate.id),
    ]);
    return proposalFacts(p, company, person);
  }

  /**
   * The note to the company: it names and describes the person, so a company reads it only while the
   * proposal is shared and the person consents. Every read of a note is audit-logged (allowed or not).
   */
  async note(p: Proposal): Promise<string | null> {
    if (p.note == null) return null;
    const allowed = mayReadProposalNote(await this.viewer(), await this.facts(p));
    await auditReads(this.ctx.em, this.user, [p.candidate.id], 'proposal.note', allowed);
    return allowed ? p.note : null;
  }
}
