import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { da } from '../../i18n/da.js';
import { t } from '../../i18n/index.js';
import { todayInDenmark } from '../../shared/clock.js';
import type { ServiceContext } from '../../shared/context.js';
import { badInput, conflict, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { parseInput, text } from '../../shared/validate.js';
import { audit, auditAttempt } from '../audit/audit.service.js';
import { ladderCorrectionPurpose } from '../audit/purposes.js';
import { mayCorrectLadderStep, personFacts, requireUser } from '../auth/scope.js';
import { User } from '../auth/user.entity.js';
import { Candidate, CandidateStatus } from '../candidates/candidate.entity.js';
import { CandidateService } from '../candidates/candidate.service.js';
import { Placement } from '../placements/placement.entity.js';
import type { CorrectLadderStepInput } from './ladder.inputs.js';
import {
  correction,
  type LadderEvent,
  type LadderMove,
  type LadderRules,
  skippedSteps,
  stepOf,
  transition,
} from './ladder.js';
import type { LadderStep } from './ladder.types.js';
import { LadderEntry, LadderEventKind } from './ladder-entry.entity.js';

/**
 * Moves the person up the ladder for an event, in the caller's transaction: the step on the person's
 * row and a history entry (date, event, placement). Returns the move, or null when the step stays.
 */
export function applyLadderEvent(
  em: EntityManager,
  rules: LadderRules,
  candidate: Candidate,
  event: LadderEvent,
  date: string,
  opts: { placementId?: string | null; userId?: string | null } = {},
): LadderMove | null {
  const move = transition(rules, candidate.ladderStep, event);
  if (!move) return null;
  candidate.ladderStep = move.to;
  em.create(LadderEntry, {
    candidate,
    date,
    fromStepKey: move.from,
    toStepKey: move.to,
    event: LadderEventKind[event.kind],
    placement: opts.placementId ? em.getReference(Placement, opts.placementId) : null,
    recordedBy: opts.userId ? em.getReference(User, opts.userId) : null,
  });
  return move;
}

/** A configured step with its name in the caller's language (a step the catalogue does not know shows its key). */
export function ladderStep(rules: LadderRules, key: string): LadderStep {
  const known = key in da.ladder.steps;
  return {
    key,
    label: known ? t(`ladder.steps.${key as keyof typeof da.ladder.steps}`) : key,
    position: rules.steps.indexOf(key) + 1,
  };
}

const correctionSchema = z.object({
  version: z.number().int(),
  step: z.string(),
  reason: text('reason', 1000),
});

/** The ladder as the person's page and the dashboard read it. */
export class LadderService {
  constructor(private readonly ctx: ServiceContext) {}

  private get rules(): LadderRules {
    return this.ctx.config.rules.ladder;
  }

  steps(): LadderStep[] {
    return this.rules.steps.map((k) => ladderStep(this.rules, k));
  }

  step(key: string): LadderStep {
    return ladderStep(this.rules, key);
  }

  /** The person's step: with full access only (the adviser's case work), else null. */
  current(c: Candidate): LadderStep | null {
    requireUser(this.ctx.user);
    if (new CandidateService(this.ctx).access(c) !== 'FULL') return null;
    return this.step(stepOf(this.rules, c.ladderStep));
  }

  /**
   * The adviser sets the person's step by hand, up or down, with a reason (issue 16.5): the person's own
   * adviser only (the step is the adviser's judgement of the case, like the accommodation needs). The
   * history keeps it as a CORRECTED entry with the reason; the change and refused attempts are audit-logged.
   * Later events move the person on from the corrected step as usual (up only).
   */
  async correct(candidateId: string, input: CorrectLadderStepInput): Promise<Candidate> {
    const user = requireUser(this.ctx.user);
    const data = parseInput(correctionSchema, input);
    const rules = this.rules;
    try {
      await this.ctx.em.transactional(async (em) => {
        const c = isUuid(candidateId)
          ? await em.findOne(Candidate, candidateId, { lockMode: LockMode.PESSIMISTIC_WRITE })
          : null;
        if (!c) throw notFound('candidate', candidateId);
        if (!mayCorrectLadderStep(user, personFacts(c))) {
          // The transaction rolls back: the refused attempt is recorded on a connection of its own.
          await auditAttempt(this.ctx.em.fork(), user, {
            subjectId: c.id,
            action: 'UPDATE',
            operation: 'correctLadderStep',
            allowed: false,
          });
          throw forbidden('correctLadderStep');
        }
        if (c.version !== data.version) throw conflict('candidate', null, data.version, c.version);
        if (c.status === CandidateStatus.ANONYMISED) throw badInput('candidateId', t('ladder.anonymised'));
        const r = correction(rules, c.ladderStep, data.step);
        if ('problem' in r) {
          throw badInput(
            'step',
            r.problem === 'UNKNOWN_STEP'
              ? t('ladder.unknownStep', {
                  step: data.step.slice(0, 40),
                  steps: rules.steps.map((k) => ladderStep(rules, k).label).join(', '),
                })
              : t('ladder.sameStep', {
                  name: c.firstName,
                  step: ladderStep(rules, stepOf(rules, c.ladderStep)).label,
                }),
          );
        }
        c.ladderStep = r.move.to;
        em.create(LadderEntry, {
          candidate: c,
          date: todayInDenmark(),
          fromStepKey: r.move.from,
          toStepKey: r.move.to,
          event: LadderEventKind.CORRECTED,
          reason: data.reason,
          recordedBy: em.getReference(User, user.id),
        });
        audit(em, user, {
          subjectId: c.id,
          action: 'UPDATE',
          operation: 'correctLadderStep',
          allowed: true,
          purpose: ladderCorrectionPurpose(r.move.from, r.move.to),
        });
      });
    } catch (err) {
      if (!(err instanceof OptimisticLockError)) throw err;
      const current = await this.ctx.em.fork().findOne(Candidate, candidateId);
      throw conflict('candidate', null, data.version, current?.version ?? data.version + 1);
    }
    return this.ctx.em.findOneOrFail(Candidate, candidateId, { refresh: true });
  }

  /** Whether the caller may correct the person's step by hand (the own adviser; never an anonymised person). */
  mayCorrect(c: Candidate): boolean {
    const user = requireUser(this.ctx.user);
    return c.status !== CandidateStatus.ANONYMISED && mayCorrectLadderStep(user, personFacts(c));
  }

  /** The steps below the person's current one they never stood on (skipped): with full access only. */
  async skipped(c: Candidate): Promise<LadderStep[]> {
    requireUser(this.ctx.user);
    if (new CandidateService(this.ctx).access(c) !== 'FULL') return [];
    const moves = await this.ctx.em.find(LadderEntry, { candidate: c.id }, { fields: ['toStepKey'] });
    return skippedSteps(
      this.rules,
      c.ladderStep,
      moves.map((m) => m.toStepKey),
    ).map((k) => this.step(k));
  }

  /** Who recorded a correction by hand (the adviser's name); null for the events. */
  async recordedByName(e: LadderEntry): Promise<string | null> {
    if (e.event !== LadderEventKind.CORRECTED || !e.recordedBy) return null;
    const u = await this.ctx.em.findOne(User, e.recordedBy.id);
    return u?.name ?? null;
  }

  /** The person's moves, newest first: with full access only. */
  async history(c: Candidate): Promise<LadderEntry[]> {
    requireUser(this.ctx.user);
    if (new CandidateService(this.ctx).access(c) !== 'FULL') return [];
    return this.ctx.em.find(LadderEntry, { candidate: c.id }, { orderBy: { date: 'desc', createdAt: 'desc' } });
  }
}
