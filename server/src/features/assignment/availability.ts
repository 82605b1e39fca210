import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';
import { type CandidateDocument, storedAvailability } from '../../search/documents.js';
import { canTakeHours } from '../availability/availability.js';

/**
 * The person may take an opening of `weeklyHours`: enough free hours now, or enough once a current
 * placement ending within `withinDays` has ended. The same rule as matching's filter; the plan reads
 * the availability the person's search document carries (stored, see features/availability).
 */
export function canTake(doc: CandidateDocument, weeklyHours: number, today: string, withinDays: number): boolean {
  return canTakeHours(storedAvailability(doc), weeklyHours, today, withinDays).ok;
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
