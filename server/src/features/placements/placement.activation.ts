import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueIndex } from '../../search/outbox.js';
import { todayInDenmark as today } from '../../shared/clock.js';
import type { ServiceContext } from '../../shared/context.js';
import { requireUser } from '../auth/scope.js';
import { refreshAvailability } from '../availability/availability.service.js';
import type { Candidate } from '../candidates/candidate.entity.js';
import { type IguSlot, IguSlotStatus } from '../igu-slots/igu-slot.entity.js';
import { applyLadderEvent } from '../ladder/ladder.service.js';
import { markTaskInProgress } from '../tasks/task.service.js';
import { TaskStatus, type UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import { Placement, PlacementStatus } from './placement.entity.js';

/** The person and the opening a placement changes the availability and capacity of. */
export function availabilityTargets(p: Placement) {
  return {
    candidateIds: [p.candidate.id],
    taskIds: p.task ? [p.task.id] : [],
    iguSlotIds: p.iguSlot ? [p.iguSlot.id] : [],
  };
}

/**
 * What starting a placement moves along: the task to IN_PROGRESS, a full IGU slot to FILLED, the person's
 * availability and index. Run when the placement becomes ACTIVE (at once, or when the agreement is approved).
 */
export async function activatePlacement(
  ctx: ServiceContext,
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
    ctx.config.rules.ladder,
    candidate,
    { kind: 'PLACEMENT_STARTED', placementType: placement.type },
    placement.startDate,
    { placementId: placement.id, userId: requireUser(ctx.user).id },
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
  await refreshAvailability(em, ctx.config.rules, availabilityTargets(placement), today());
}
