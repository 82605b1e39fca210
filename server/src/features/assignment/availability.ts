import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';
import type { CandidateDocument } from '../../search/documents.js';
import { addDays } from '../../shared/dates.js';

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

/** The person's availability as carried by their search document. */
export function availabilityOf(doc: CandidateDocument): Availability {
  const d = doc as CandidateDocument & { freeWeeklyHours?: number; availableFrom?: string | null };
  return {
    freeWeeklyHours: typeof d.freeWeeklyHours === 'number' ? d.freeWeeklyHours : doc.availableWeeklyHours,
    availableFrom: d.availableFrom ?? null,
  };
}

/**
 * The person may take an opening of `weeklyHours`: enough free hours now, or a current placement
 * ending within `withinDays` (they are free for it from then).
 */
export function canTake(a: Availability, weeklyHours: number, today: string, withinDays: number): boolean {
  if (a.freeWeeklyHours >= weeklyHours) return true;
  return !!a.availableFrom && a.availableFrom <= addDays(today, withinDays);
}

/**
 * Openings left on each task and IGU slot: openings minus running placements and accepted
 * proposals on it (never below 0). Keys are the plan's opening keys.
 */
export async function openingsLeft(
  em: EntityManager,
  taskIds: string[],
  slotIds: string[],
): Promise<Map<string, number>> {
  const left = new Map<string, number>();
  const read = async (table: 'unsolved_task' | 'igu_slot', column: 'task_id' | 'igu_slot_id', ids: string[]) => {
    if (!ids.length) return;
    const rows = await sql<{ id: string; left: number }>(
      em,
      `select o.id,
              greatest(0, o.openings
                - (select count(*) from placement p where p.${column} = o.id and p.status <> 'ENDED')
                - (select count(*) from proposal r where r.${column} = o.id and r.status = 'ACCEPTED'))::int as left
         from ${table} o
        where o.id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    for (const r of rows) left.set(openingKey(table === 'unsolved_task' ? 'TASK' : 'IGU_SLOT', r.id), Number(r.left));
  };
  await Promise.all([read('unsolved_task', 'task_id', taskIds), read('igu_slot', 'igu_slot_id', slotIds)]);
  return left;
}

/** The plan's key of an opening: task and IGU slot ids live in different tables. */
export const openingKey = (kind: 'TASK' | 'IGU_SLOT', id: string) => `${kind === 'TASK' ? 'task' : 'igu'}:${id}`;
