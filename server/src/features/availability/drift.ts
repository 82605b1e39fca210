import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { sql } from '../../db/sql.js';
import { enqueueIndex } from '../../search/outbox.js';
import type { Availability } from './availability.js';
import {
  computeCandidateAvailability,
  computeOpeningsLeft,
  writeCandidateAvailability,
  writeOpeningsLeft,
} from './availability.service.js';

export interface DriftItem {
  id: string;
  stored: string;
  computed: string;
}

export interface DriftReport {
  kind: 'candidate' | 'task' | 'iguSlot';
  checked: number;
  drifted: DriftItem[];
  fixed: number;
}

const BATCH = 2000;

/**
 * Recomputes free hours, availableFrom and openings left of every row from scratch and compares
 * them with what is stored. With `fix`, writes the computed values (and queues changed rows for the
 * search index) batch by batch, each batch in its own transaction. Hours plans step up week by week,
 * so some drift appears as time passes: run it nightly with --fix, beside search:check. Seeding passes
 * `enqueue: false` (the index is rebuilt from PostgreSQL after it) and `kinds` without 'candidate': the
 * generator derives people's free hours itself, while openings left sum up many people's rows.
 */
export async function checkAvailabilityDrift(
  em: EntityManager,
  rules: Pick<Config['rules'], 'hourGoals' | 'fullTimeHours'>,
  today: string,
  opts: { fix: boolean; enqueue?: boolean; kinds?: readonly DriftReport['kind'][] },
): Promise<DriftReport[]> {
  const kinds = opts.kinds ?? ['candidate', 'task', 'iguSlot'];
  const reports: DriftReport[] = [];
  const candidate: DriftReport = { kind: 'candidate', checked: 0, drifted: [], fixed: 0 };
  for (let after = '00000000-0000-0000-0000-000000000000'; kinds.includes('candidate'); ) {
    const rows = await sql(
      em,
      `select id, free_weekly_hours, available_from::text as available_from, free_weekly_hours_from from candidate
        where id > ?::uuid and status <> 'ANONYMISED' order by id limit ${BATCH}`,
      [after],
    );
    if (!rows.length) break;
    after = rows.at(-1)!.id;
    await em.transactional(async (tx) => {
      const computed = await computeCandidateAvailability(
        tx,
        rows.map((r) => r.id),
        rules,
        today,
      );
      const drifted = new Map<string, Availability>();
      for (const r of rows) {
        const c = computed.get(r.id);
        if (!c) continue;
        const storedFrom = r.available_from ?? null;
        const storedFreeFrom = r.free_weekly_hours_from === null ? null : Number(r.free_weekly_hours_from);
        if (
          Number(r.free_weekly_hours) !== c.freeWeeklyHours ||
          storedFrom !== c.availableFrom ||
          storedFreeFrom !== c.freeWeeklyHoursFrom
        ) {
          const text = (free: number, from: string | null, freeFrom: number | null) =>
            `${free} h free, from ${from ?? '-'}${freeFrom === null ? '' : ` (then ${freeFrom} h)`}`;
          candidate.drifted.push({
            id: r.id,
            stored: text(Number(r.free_weekly_hours), storedFrom, storedFreeFrom),
            computed: text(c.freeWeeklyHours, c.availableFrom, c.freeWeeklyHoursFrom),
          });
          drifted.set(r.id, c);
        }
      }
      candidate.checked += rows.length;
      if (opts.fix && drifted.size) {
        const changed = await writeCandidateAvailability(tx, drifted);
        if (changed.length && opts.enqueue !== false) enqueueIndex(tx, 'candidate', ...changed);
        candidate.fixed += changed.length;
      }
    });
  }
  if (kinds.includes('candidate')) reports.push(candidate);

  for (const kind of (['task', 'iguSlot'] as const).filter((k) => kinds.includes(k))) {
    const table = kind === 'task' ? 'unsolved_task' : 'igu_slot';
    const report: DriftReport = { kind, checked: 0, drifted: [], fixed: 0 };
    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows = await sql(
        em,
        `select id, openings_left from ${table} where id > ?::uuid order by id limit ${BATCH}`,
        [after],
      );
      if (!rows.length) break;
      after = rows.at(-1)!.id;
      await em.transactional(async (tx) => {
        const computed = await computeOpeningsLeft(
          tx,
          kind,
          rows.map((r) => r.id),
        );
        const drifted = new Map<string, number>();
        for (const r of rows) {
          const left = computed.get(r.id);
          if (left === undefined || Number(r.openings_left) === left) continue;
          report.drifted.push({ id: r.id, stored: `${r.openings_left} left`, computed: `${left} left` });
          drifted.set(r.id, left);
        }
        report.checked += rows.length;
        if (opts.fix && drifted.size) {
          const changed = await writeOpeningsLeft(tx, kind, drifted);
          if (changed.length && opts.enqueue !== false) enqueueIndex(tx, kind, ...changed);
          report.fixed += changed.length;
        }
      });
    }
    reports.push(report);
  }
  return reports;
}
