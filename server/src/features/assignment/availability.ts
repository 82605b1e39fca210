import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';
import { type CandidateDocument, dayFromNumber } from '../../search/documents.js';
import { canTakeHours } from '../availability/availability.js';

/**
 * What the plan needs to know about who is free and what is still open. Kept behind this small
 * interface so the plan reads one definition of free hours and openings left.
 */
export interface Availability {
  /** Hours a week the person can take on in a new opening now. */
  freeWeeklyHours: number;
  /** The day a current placement ends, when that is within 14 days; else null. */
  availableFrom: string | null;
}

/** The person's availability as carried by their search document (stored, see features/availability). */
export function availabilityOf(doc: CandidateDocument): Availability {
  return { freeWeeklyHours: doc.freeWeeklyHours, availableFrom: dayFromNumber(doc.availableFrom) };
}

/**
 * The person may take an opening of `weeklyHours`: enough free hours now, or a current placement
 * ending within `withinDays` (they are free for it from then). The same rule as matching's filter.
 */
export function canTake(a: Availability, weeklyHours: number, today: string, withinDays: number): boolean {
  return canTakeHours(a, weeklyHours, today, withinDays).ok;
}

/**
 * Openings left on each task and IGU slot, as stored (openings − active placements − accepted
 * proposals not yet placed, recomputed with every change). Keys are the plan's opening keys.
 */
export async function openingsLeft(
  em: EntityManager,
  taskIds: string[],
  slotIds: string[],
): Promise<Map<string, number>> {
  const left = new Map<string, number>();
  for (const [table, ids] of [
    ['unsolved_task', taskIds],
    ['igu_slot', slotIds],
  ] as const) {
    if (!ids.length) continue;
    const rows = await sql<{ id: string; openings_left: number }>(
      em,
      `select id, openings_left from ${table} where id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    for (const r of rows) {
      left.set(openingKey(table === 'unsolved_task' ? 'TASK' : 'IGU_SLOT', r.id), Number(r.openings_left));
    }
  }
  return left;
}

/** The plan's key of an opening: task and IGU slot ids live in different tables. */
export const openingKey = (kind: 'TASK' | 'IGU_SLOT', id: string) => `${kind === 'TASK' ? 'task' : 'igu'}:${id}`;
