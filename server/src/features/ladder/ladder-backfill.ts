import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';
import { type LadderRules, ladderEvents, replay } from './ladder.js';

type Row = Record<string, any>;

function groupByCandidate<T extends { candidateId: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const list = m.get(r.candidateId);
    if (list) list.push(r);
    else m.set(r.candidateId, [r]);
  }
  return m;
}

/**
 * Plays each person's recorded history through the ladder (placements started, follow-ups with ordinary
 * hours, conversions) for people with no ladder history yet: the demo data after bulk loading, and a
 * database from before the ladder. People with history are left alone. Returns how many people moved.
 * Goes through people in id ranges of `peoplePerPass`, so memory stays bounded: a million people's
 * follow-ups at once (3 million rows) took gigabytes of heap and most of the time went to the garbage
 * collector.
 */
export async function backfillLadders(em: EntityManager, rules: LadderRules, peoplePerPass = 50_000): Promise<number> {
  let moved = 0;
  for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
    const [range] = await sql(
      em,
      `select (select id::text from candidate where id > ?::uuid order by id offset ? limit 1) as last,
              exists (select 1 from candidate where id > ?::uuid) as more`,
      [after, Math.max(1, peoplePerPass) - 1, after],
    );
    if (!range?.more) return moved;
    // Fewer than a pass left: this pass goes to the end.
    range.last ??= 'ffffffff-ffff-ffff-ffff-ffffffffffff';
    moved += await backfillRange(em, rules, after, range.last);
    after = range.last;
  }
}

/** backfillLadders for the people with ids in (after, last]. */
async function backfillRange(em: EntityManager, rules: LadderRules, after: string, last: string): Promise<number> {
  const fresh = `p.candidate_id > ?::uuid and p.candidate_id <= ?::uuid
    and not exists (select 1 from ladder_entry l where l.candidate_id = p.candidate_id)`;
  const placements = await sql(
    em,
    `select p.id, p.candidate_id, p.type, p.start_date::text as start_date, p.outcome,
            coalesce(p.conversion_start_date, p.end_date)::text as converted_on
       from placement p where p.status in ('ACTIVE', 'ENDED') and ${fresh}`,
    [after, last],
  );
  const followUps = await sql(
    em,
    `select f.placement_id, p.candidate_id, f.date::text as date, f.ordinary_hours
       from follow_up f join placement p on p.id = f.placement_id
      where f.ordinary_hours > 0 and f.superseded_by_id is null and p.status in ('ACTIVE', 'ENDED') and ${fresh}`,
    [after, last],
  );
  const placementsOf = groupByCandidate(
    (placements as Row[]).map((p) => ({
      candidateId: p.candidate_id as string,
      id: p.id,
      type: p.type,
      startDate: p.start_date,
      outcome: p.outcome,
      convertedOn: p.converted_on,
    })),
  );
  const followUpsOf = groupByCandidate(
    (followUps as Row[]).map((f) => ({
      candidateId: f.candidate_id as string,
      placementId: f.placement_id,
      date: f.date,
      ordinaryHours: Number(f.ordinary_hours),
    })),
  );

  const people: string[] = [];
  const steps: string[] = [];
  const entries: {
    id: string;
    candidate: string;
    date: string;
    from: string;
    to: string;
    event: string;
    placement: string | null;
  }[] = [];
  for (const candidateId of new Set([...placementsOf.keys(), ...followUpsOf.keys()])) {
    const r = replay(rules, ladderEvents(placementsOf.get(candidateId) ?? [], followUpsOf.get(candidateId) ?? []));
    if (!r.history.length) continue;
    people.push(candidateId);
    steps.push(r.step);
    for (const h of r.history) {
      entries.push({
        id: randomUUID(),
        candidate: candidateId,
        date: h.date,
        from: h.from,
        to: h.to,
        event: h.event,
        placement: h.placementId,
      });
    }
  }
  // In batches of arrays: one statement per few thousand rows, whatever the size of the data.
  const BATCH = 5000;
  for (let i = 0; i < people.length; i += BATCH) {
    await sql(
      em,
      `update candidate c set ladder_step = v.step
         from (select unnest(?::uuid[]) as id, unnest(?::text[]) as step) v where c.id = v.id`,
      [`{${people.slice(i, i + BATCH).join(',')}}`, `{${steps.slice(i, i + BATCH).join(',')}}`],
    );
  }
  for (let i = 0; i < entries.length; i += BATCH) {
    const part = entries.slice(i, i + BATCH);
    const col = (f: (e: (typeof part)[number]) => string | null) =>
      `{${part.map((e) => (f(e) === null ? 'NULL' : f(e))).join(',')}}`;
    await sql(
      em,
      `insert into ladder_entry (id, created_at, updated_at, candidate_id, date, from_step_key, to_step_key, event, placement_id)
       select id, now(), now(), candidate_id, date, from_step_key, to_step_key, event, placement_id
         from unnest(?::uuid[], ?::uuid[], ?::date[], ?::text[], ?::text[], ?::text[], ?::uuid[])
              as t(id, candidate_id, date, from_step_key, to_step_key, event, placement_id)`,
      [
        col((e) => e.id),
        col((e) => e.candidate),
        col((e) => e.date),
        col((e) => e.from),
        col((e) => e.to),
        col((e) => e.event),
        col((e) => e.placement),
      ],
    );
  }
  return people.length;
}
