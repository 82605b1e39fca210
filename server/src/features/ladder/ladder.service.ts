import type { EntityManager } from '@mikro-orm/postgresql';
import { da } from '../../i18n/da.js';
import { t } from '../../i18n/index.js';
import type { Context } from '../../shared/context.js';
import { requireUser } from '../auth/scope.js';
import { User } from '../auth/user.entity.js';
import type { Candidate } from '../candidates/candidate.entity.js';
import { CandidateService } from '../candidates/candidate.service.js';
import { Placement } from '../placements/placement.entity.js';
import { type LadderEvent, type LadderMove, type LadderRules, stepOf, transition } from './ladder.js';
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

/** The ladder as the person's page and the dashboard read it. */
export class LadderService {
  constructor(private readonly ctx: Context) {}

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

  /** The person's moves, newest first: with full access only. */
  async history(c: Candidate): Promise<LadderEntry[]> {
    requireUser(this.ctx.user);
    if (new CandidateService(this.ctx).access(c) !== 'FULL') return [];
    return this.ctx.em.find(LadderEntry, { candidate: c.id }, { orderBy: { date: 'desc', createdAt: 'desc' } });
  }
}
