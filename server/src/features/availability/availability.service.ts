import { wrap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { sql } from '../../db/sql.js';
import { enqueueIndex } from '../../search/outbox.js';
import type { IndexedEntity } from '../../search/outbox-event.entity.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { IguSlot } from '../igu-slots/igu-slot.entity.js';
import { UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import {
  type Availability,
  candidateAvailability,
  hourGoal,
  openingsLeft,
  openingTakesProposals,
  PLACE_TAKING_PROPOSAL_STATUSES,
  type PlacementFact,
  type ProposalFact,
  RESERVING_PROPOSAL_STATUSES,
  type ReadinessKey,
} from './availability.js';

/**
 * Keeps the stored availability (candidate.free_weekly_hours, candidate.available_from) and capacity
 * (unsolved_task.openings_left, igu_slot.openings_left) in step with placements, activities and
 * proposals. Call `refreshAvailability` inside the transaction of every such change.
 */
type Row = Record<string, any>;
type Rules = Pick<Config['rules'], 'hourGoals' | 'fullTimeHours'>;

export interface AvailabilityTargets {
  candidateIds?: readonly string[];
  taskIds?: readonly string[];
  iguSlotIds?: readonly string[];
}

const uuids = (ids: readonly string[]) => `{${[...new Set(ids)].join(',')}}`;
const dateText = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

function placementFact(r: Row): PlacementFact {
  return {
    status: r.status,
    candidateId: r.candidate_id,
    startDate: dateText(r.start_date)!,
    plannedEndDate: dateText(r.planned_end_date),
    hoursPlan: typeof r.hours_plan === 'string' ? JSON.parse(r.hours_plan) : (r.hours_plan ?? []),
    openingId: r.task_id ?? r.igu_slot_id ?? null,
  };
}

function proposalFact(r: Row): ProposalFact {
  return {
    status: r.status,
    candidateId: r.candidate_id,
    openingId: r.task_id ?? r.igu_slot_id,
    weeklyHours: Number(r.weekly_hours ?? 0),
    openingOpen: r.task_id
      ? openingTakesProposals('task', r.task_status)
      : openingTakesProposals('iguSlot', r.slot_status),
  };
}

const PROPOSAL_SELECT = `select p.candidate_id, p.status, p.task_id, p.igu_slot_id,
        coalesce(t.weekly_hours, s.weekly_hours) as weekly_hours, t.status as task_status, s.status as slot_status
   from proposal p left join unsolved_task t on t.id = p.task_id left join igu_slot s on s.id = p.igu_slot_id`;
const PLACEMENT_SELECT = `select candidate_id, status, start_date::text as start_date, planned_end_date::text as planned_end_date,
        hours_plan, task_id, igu_slot_id from placement`;

function groupBy(rows: Row[], key: string): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) {
    const k = r[key];
    if (!k) continue;
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** Computes availability from scratch for these people (rows that do not exist are left out). */
export async function computeCandidateAvailability(
  em: EntityManager,
  ids: readonly string[],
  rules: Rules,
  today: string,
): Promise<Map<string, Availability>> {
  const out = new Map<string, Availability>();
  if (!ids.length) return out;
  const param = [uuids(ids)];
  // One after another: inside a transaction they share one connection.
  const people = await sql(
    em,
    'select id, readiness, goal_weekly_hours from candidate where id = any(?::uuid[])',
    param,
  );
  const activities = await sql(
    em,
    'select candidate_id, weekly_hours from weekly_activity where candidate_id = any(?::uuid[])',
    param,
  );
  const placements = await sql(em, `${PLACEMENT_SELECT} where candidate_id = any(?::uuid[])`, param);
  const proposals = await sql(
    em,
    `${PROPOSAL_SELECT} where p.candidate_id = any(?::uuid[]) and p.status in (${RESERVING_PROPOSAL_STATUSES.map((s) => `'${s}'`).join(',')})`,
    param,
  );
  const act = groupBy(activities, 'candidate_id');
  const pl = groupBy(placements, 'candidate_id');
  const pr = groupBy(proposals, 'candidate_id');
  for (const p of people) {
    const goal = hourGoal(
      p.readiness as ReadinessKey,
      p.goal_weekly_hours === null ? null : Number(p.goal_weekly_hours),
      rules,
    );
    out.set(
      p.id,
      candidateAvailability(
        {
          candidateId: p.id,
          hourGoal: goal,
          activityHours: (act.get(p.id) ?? []).map((a) => Number(a.weekly_hours)),
          placements: (pl.get(p.id) ?? []).map(placementFact),
          proposals: (pr.get(p.id) ?? []).map(proposalFact),
        },
        today,
      ),
    );
  }
  return out;
}

export interface PlannedWeek extends Availability {
  /** This week's planned hours: every active or planned placement's step, and weekly activities. */
  total: number;
}

/**
 * A person's planned week as availability counts it (freeWeeklyHours): this week's step of every active or planned
 * placement (one not started yet holds its first step) and weekly activities. Drafts and pending proposals are in
 * `reservedHours`, not in `total`: each is a possibility, not yet the plan. Pending changes of the transaction are
 * flushed first, so they count.
 */
export async function plannedWeekOf(
  em: EntityManager,
  candidateId: string,
  rules: Rules,
  today: string,
): Promise<PlannedWeek> {
  await em.flush();
  const a = (await computeCandidateAvailability(em, [candidateId], rules, today)).get(candidateId);
  if (!a) throw new Error(`plannedWeekOf: no person ${candidateId}`);
  return { ...a, total: Math.round((a.placementHours + a.activityHours) * 100) / 100 };
}

/** Computes openings left from scratch for these tasks or IGU slots. */
export async function computeOpeningsLeft(
  em: EntityManager,
  kind: 'task' | 'iguSlot',
  ids: readonly string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!ids.length) return out;
  const table = kind === 'task' ? 'unsolved_task' : 'igu_slot';
  const column = kind === 'task' ? 'task_id' : 'igu_slot_id';
  const param = [uuids(ids)];
  const openings = await sql(em, `select id, openings from ${table} where id = any(?::uuid[])`, param);
  const placements = await sql(em, `${PLACEMENT_SELECT} where ${column} = any(?::uuid[])`, param);
  const proposals = await sql(
    em,
    `${PROPOSAL_SELECT} where p.${column} = any(?::uuid[]) and p.status in (${PLACE_TAKING_PROPOSAL_STATUSES.map((s) => `'${s}'`).join(',')})`,
    param,
  );
  const pl = groupBy(placements, column);
  const pr = groupBy(proposals, column);
  for (const o of openings) {
    out.set(
      o.id,
      openingsLeft({
        openingId: o.id,
        openings: Number(o.openings),
        placements: (pl.get(o.id) ?? []).map(placementFact),
        proposals: (pr.get(o.id) ?? []).map(proposalFact),
      }),
    );
  }
  return out;
}

/** Writes availability values; returns the ids whose stored values changed. */
export async function writeCandidateAvailability(
  em: EntityManager,
  values: Map<string, Availability>,
): Promise<string[]> {
  if (!values.size) return [];
  const ids = [...values.keys()];
  const rows = await sql<{ id: string }>(
    em,
    `update candidate c set free_weekly_hours = v.free, available_from = v.available_from, free_weekly_hours_from = v.free_from
       from (select unnest(?::uuid[]) as id, unnest(?::float8[]) as free, unnest(?::date[]) as available_from,
                    unnest(?::float8[]) as free_from) v
      where c.id = v.id and (c.free_weekly_hours is distinct from v.free or c.available_from is distinct from v.available_from
                             or c.free_weekly_hours_from is distinct from v.free_from)
      returning c.id`,
    [
      uuids(ids),
      `{${ids.map((id) => values.get(id)!.freeWeeklyHours).join(',')}}`,
      `{${ids.map((id) => values.get(id)!.availableFrom ?? 'NULL').join(',')}}`,
      `{${ids.map((id) => values.get(id)!.freeWeeklyHoursFrom ?? 'NULL').join(',')}}`,
    ],
  );
  return rows.map((r) => r.id);
}

/** Writes openings left; returns the ids whose stored value changed. */
export async function writeOpeningsLeft(
  em: EntityManager,
  kind: 'task' | 'iguSlot',
  values: Map<string, number>,
): Promise<string[]> {
  if (!values.size) return [];
  const table = kind === 'task' ? 'unsolved_task' : 'igu_slot';
  const ids = [...values.keys()];
  const rows = await sql<{ id: string }>(
    em,
    `update ${table} o set openings_left = v.left_
       from (select unnest(?::uuid[]) as id, unnest(?::int[]) as left_) v
      where o.id = v.id and o.openings_left is distinct from v.left_
      returning o.id`,
    [uuids(ids), `{${ids.map((id) => values.get(id)).join(',')}}`],
  );
  return rows.map((r) => r.id);
}

/** People whose pending proposals reserve hours on these openings: a change of the opening changes their hours. */
export async function candidatesProposedTo(em: EntityManager, targets: AvailabilityTargets): Promise<string[]> {
  const taskIds = targets.taskIds ?? [];
  const slotIds = targets.iguSlotIds ?? [];
  if (!taskIds.length && !slotIds.length) return [];
  const rows = await sql<{ candidate_id: string }>(
    em,
    `select distinct candidate_id from proposal
      where (task_id = any(?::uuid[]) or igu_slot_id = any(?::uuid[]))
        and status in (${RESERVING_PROPOSAL_STATUSES.map((s) => `'${s}'`).join(',')})`,
    [uuids(taskIds), uuids(slotIds)],
  );
  return rows.map((r) => r.candidate_id);
}

/**
 * Recomputes the stored availability of these people (and of everyone with a pending proposal on
 * these openings) and the openings left of these openings, inside
 * the caller's transaction: pending changes are flushed first so the counts see them. Changed rows are
 * queued for the search index. The derived columns are written with SQL, not through the entities, so
 * they do not bump a person's version (an adviser's open form must not turn stale because a company
 * answered a proposal); entities already loaded are re-read so the response shows the new values.
 */
export async function refreshAvailability(
  em: EntityManager,
  rules: Rules,
  targets: AvailabilityTargets,
  today: string,
): Promise<void> {
  await em.flush();
  // An opening's hours and status decide what its pending proposals reserve: those people follow it.
  const candidateIds = [...new Set([...(targets.candidateIds ?? []), ...(await candidatesProposedTo(em, targets))])];
  const taskIds = [...new Set(targets.taskIds ?? [])];
  const slotIds = [...new Set(targets.iguSlotIds ?? [])];
  const people = await computeCandidateAvailability(em, candidateIds, rules, today);
  const tasks = await computeOpeningsLeft(em, 'task', taskIds);
  const slots = await computeOpeningsLeft(em, 'iguSlot', slotIds);
  const changedPeople = await writeCandidateAvailability(em, people);
  const changedTasks = await writeOpeningsLeft(em, 'task', tasks);
  const changedSlots = await writeOpeningsLeft(em, 'iguSlot', slots);
  await enqueueUnlessPending(em, 'candidate', changedPeople);
  await enqueueUnlessPending(em, 'task', changedTasks);
  await enqueueUnlessPending(em, 'iguSlot', changedSlots);

  // Bring loaded entities in line without marking them dirty (no version bump).
  const uow = em.getUnitOfWork();
  for (const id of candidateIds) {
    const c = uow.getById<Candidate>(Candidate.name, id);
    const a = people.get(id);
    if (c && a) quietlySet(c, { freeWeeklyHours: a.freeWeeklyHours, availableFrom: a.availableFrom });
  }
  for (const [entity, values] of [
    [UnsolvedTask, tasks],
    [IguSlot, slots],
  ] as const) {
    for (const [id, left] of values) {
      const o = uow.getById<UnsolvedTask | IguSlot>(entity.name, id);
      if (o) quietlySet(o, { openingsLeft: left });
    }
  }
}

/** Queues changed rows for the index, except those this transaction already queued. */
async function enqueueUnlessPending(em: EntityManager, entity: IndexedEntity, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const pending = await sql<{ entity_id: string }>(
    em,
    // Only rows this transaction wrote (xmin): a row written earlier may be in the worker's hands already,
    // its document built from the state before this change.
    `select distinct entity_id from search_outbox
      where xmin = pg_current_xact_id()::xid and entity_type = ? and entity_id = any(?::uuid[])`,
    [entity, uuids(ids)],
  );
  const queued = new Set(pending.map((r) => r.entity_id));
  const rest = ids.filter((id) => !queued.has(id));
  if (rest.length) enqueueIndex(em, entity, ...rest);
}

/** Sets values on a managed entity and in its snapshot, so the next flush sees no change. */
function quietlySet<T extends object>(entity: T, values: Partial<T>): void {
  const helper = wrap(entity, true);
  // A bare reference (only the id) loads the new values when it is first used.
  if (!helper.isInitialized()) return;
  Object.assign(entity, values);
  const original = helper.__originalEntityData as Record<string, unknown> | undefined;
  if (original) Object.assign(original, values);
}
