import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';
import { t } from '../../i18n/index.js';
import {
  type CandidateDocument,
  candidateDocuments,
  candidateForScoring,
  iguSlotDocuments,
  type OpeningDocument,
  openingForScoring,
  taskDocuments,
} from '../../search/documents.js';
import type { ServiceContext } from '../../shared/context.js';
import { addDays, daysBetween, maxDate } from '../../shared/dates.js';
import { badInput, badInputs, DomainError, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { auditReads } from '../audit/audit.service.js';
import { mayReadOpening, requireUser, type Viewer, viewerOf } from '../auth/scope.js';
import { Role, type User } from '../auth/user.entity.js';
import { Candidate, CandidateStatus, type ResidenceCategory } from '../candidates/candidate.entity.js';
import { CandidateService } from '../candidates/candidate.service.js';
import { isIguEligible } from '../candidates/igu-eligibility.js';
import { IguSlot, IguSlotStatus } from '../igu-slots/igu-slot.entity.js';
import {
  type CandidateForScoring,
  type MatchFactor,
  type OpeningForScoring,
  rankNumbersOf,
  scoreMatch,
} from '../matching/scoring.js';
import { mentorsWithRoom } from '../mentors/mentor.service.js';
import { Proposal } from '../proposals/proposal.entity.js';
import { ProposalService } from '../proposals/proposal.service.js';
import { type TaskStatus, UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import type { Assignment, AssignmentInput, AssignmentPlan, AssignmentPlanInput } from './assignment.types.js';
import {
  greedyPlan,
  type PlanEdge,
  type PlanProblem,
  type PlanResult,
  peopleOnSeveralOpenings,
  solvePlan,
} from './assignment-plan.js';
import { canTake, openingKey, openingsLeft } from './availability.js';
import { solveWithHighs } from './highs-solver.js';
import { loadPool, poolRetriever } from './retrieval.js';

/** How many people are retrieved per opening for the plan to score (the matcher's retrieval size). */
export const PLAN_RETRIEVE = 100;
/** Edges kept per opening: its best people, more for an opening with several places. */
const edgesPerOpening = (capacity: number) => Math.min(PLAN_RETRIEVE, 20 + 3 * capacity);
const LIMITS = { industryCodes: 100, openingIds: 5_000, candidateIds: 2_000 };
const DIVISION = /^\d{2}$/;
/** Rows proposed in one go. */
const MAX_PROPOSE = 500;

type FieldProblem = { field: string; message: string; index: number };

const problem = (index: number, field: string, message: string): FieldProblem => ({
  field: `items.${index}.${field}`,
  message: t('validation.row', { row: index + 1, message }),
  index,
});

/** Every invalid row at once (`extensions.fields`), in row order. */
const rowErrors = (problems: FieldProblem[]) => badInputs([...problems].sort((a, b) => a.index - b.index));
/** A candidateIds plan scores every given person against every opening: bounded here. */
const MAX_EXHAUSTIVE_PAIRS = 2_000_000;

export interface PlanStats {
  /** People whom per-opening picking, each opening on its own, would put forward for several openings. */
  peopleOnSeveralOpenings: number;
  /** Milliseconds spent loading, retrieving and scoring before the solve. */
  edgesMs: number;
  /** Of edgesMs: reading the openings, retrieving the people, scoring. */
  loadMs: number;
  retrieveMs: number;
  /** Of retrieveMs: reading the pool of people from the index; then the IGU start-date check. */
  poolMs: number;
  iguCheckMs: number;
  scoreMs: number;
  edges: number;
}

interface Loaded {
  openings: OpeningDocument[];
  capacity: Map<string, number>;
  inPlay: InPlay;
}

/**
 * People already in play, read from the open proposals (SUGGESTED, PROPOSED, ACCEPTED). The rule,
 * so that running the plan again does not offer the same people again:
 * - a person with an open entry on an opening is not planned for that opening again (proposing it
 *   would be refused as a duplicate anyway);
 * - a person with a shortlist entry (SUGGESTED) anywhere, in the plan's scope or not, is not planned
 *   at all: the entry is the one opening the job centre is considering them for, and it reserves
 *   no hours, so free hours alone would plan them again. PROPOSED and ACCEPTED reserve their hours
 *   (freeWeeklyHours subtracts them), so such a person is still planned elsewhere if hours are left
 *   (two part-time openings can add up to a week);
 * - an opening's places in the plan are its openings left minus the people already on its shortlist
 *   or sent to the company (ACCEPTED ones are already out of openingsLeft): a second run fills only
 *   places nobody is in play for. A declined or withdrawn entry frees the person and the place.
 */
interface InPlay {
  /** `${openingKey}|${candidateId}` of every open entry on an opening of the plan. */
  pairs: Set<string>;
  /** People with a SUGGESTED entry on any opening. */
  shortlisted: Set<string>;
}

/**
 * The whole-portfolio plan: who should go where so that the total match score is highest, and
 * what one-by-one picking would give beside it. Read-only; proposals come from `propose`.
 */
export class AssignmentService {
  constructor(
    private readonly ctx: ServiceContext,
    /** For measurements (eval:assignment): a different number of edges kept per opening. */
    private readonly tuning: { edgesPerOpening?: (capacity: number) => number } = {},
  ) {}

  private get user(): User {
    return requireUser(this.ctx.user);
  }

  /** Consultants plan their portfolio, admins anything; advisers work person by person, companies never. */
  private assertMayPlan(): void {
    const role = this.user.role;
    if (role !== Role.ADMIN && role !== Role.CONSULTANT) throw forbidden('assignmentPlans');
  }

  async plan(input: AssignmentPlanInput | null | undefined): Promise<AssignmentPlan & { stats: PlanStats }> {
    this.assertMayPlan();
    const f = validate(input ?? {});
    const started = performance.now();
    const em = this.ctx.em;
    const today = this.ctx.clock.today();
    const { openings, capacity, inPlay } = await this.openings(em, f);
    const loaded = performance.now();

    const pool = f.candidateIds
      ? await this.givenPeople(em, openings, f.candidateIds, today)
      : await this.retrievedPeople(openings);
    const pooled = performance.now();
    await this.keepIguEligibleAtStart(em, openings, pool, today);
    const retrieved = performance.now();
    const person = scoringView(pool, today, this.ctx.config.rules.availableWithinDays);
    // Each company's mentors with a free place, as the matcher reads them (the mentor-language bonus).
    const mentors = await mentorsWithRoom(em, [...new Set(openings.map((o) => o.companyId))]);
    const scorable = (o: OpeningDocument): OpeningForScoring => ({
      ...openingForScoring(o),
      mentors: mentors.get(o.companyId) ?? [],
    });
    const scored = this.score(openings, capacity, pool, person, scorable, inPlay, today);
    const scoredAt = performance.now();

    const edges: PlanEdge[] = [];
    const people = new Set<string>();
    for (const o of openings) {
      const key = openingKey(o.kind, o.id);
      for (const m of scored.get(o.id) ?? []) {
        edges.push({ candidateId: m.candidateId, openingKey: key, score: m.score });
        people.add(m.candidateId);
      }
    }
    // Sentences only for the rows the plan keeps: the same scorer, so the same score as the edge.
    const byKey = new Map(openings.map((o) => [openingKey(o.kind, o.id), o]));
    const explain = (key: string, candidateId: string): MatchFactor[] =>
      scoreMatch(person(candidateId), scorable(byKey.get(key)!), { locale: this.ctx.locale }).factors;
    const rules = this.ctx.config.rules;
    const deadlines = new Map<string, { deadline: string | null; urgency: number; near: boolean }>();
    for (const [id, doc] of pool.docs) if (people.has(id)) deadlines.set(id, activation(doc, today, rules));

    const problem: PlanProblem = {
      openings: openings.map((o) => {
        const key = openingKey(o.kind, o.id);
        return { key, capacity: capacity.get(key) ?? 0 };
      }),
      candidates: [...people.keys()].map((id) => ({ id, urgency: deadlines.get(id)!.urgency })),
      edges,
    };
    const edgesMs = performance.now() - started;
    const t = performance.now();
    const best = await solvePlan(problem, solveWithHighs);
    const solveMs = Math.round(performance.now() - t);
    const greedy = greedyPlan(problem);

    const assignments = await this.views(best, explain, deadlines);
    const places = problem.openings.reduce((s, o) => s + o.capacity, 0);
    const near = [...deadlines.entries()].filter(([, d]) => d.near).map(([id]) => id);
    const placed = (r: PlanResult) => new Set(r.assignments.map((a) => a.candidateId));
    const bestPlaced = placed(best);
    const greedyPlaced = placed(greedy);
    return {
      assignments,
      totalScore: best.totalScore,
      greedyTotalScore: greedy.totalScore,
      greedyAssigned: greedy.assignments.length,
      candidatesConsidered: people.size,
      openingsConsidered: problem.openings.filter((o) => o.capacity > 0).length,
      unfilledOpenings: places - best.assignments.length,
      deadlinesNear: near.length,
      deadlinesMet: near.filter((id) => bestPlaced.has(id)).length,
      greedyDeadlinesMet: near.filter((id) => greedyPlaced.has(id)).length,
      solveMs,
      stats: {
        peopleOnSeveralOpenings: peopleOnSeveralOpenings(problem),
        edgesMs: Math.round(edgesMs),
        loadMs: Math.round(loaded - started),
        retrieveMs: Math.round(retrieved - loaded),
        poolMs: Math.round(pooled - loaded),
        iguCheckMs: Math.round(retrieved - pooled),
        scoreMs: Math.round(scoredAt - retrieved),
        edges: edges.length,
      },
    };
  }

  /**
   * Puts the reviewed rows of a plan on the openings' shortlists (SUGGESTED) in one transaction,
   * each through the proposal service's own rules (consent, scope, open opening, no open duplicate,
   * IGU eligibility, audit row). Every invalid row is named (`items.<i>.<field>`); then nothing is written.
   */
  async propose(items: AssignmentInput[]): Promise<Proposal[]> {
    this.assertMayPlan();
    if (!items.length) throw badInput('items', t('assignment.noRows'));
    if (items.length > MAX_PROPOSE)
      throw badInput('items', t('assignment.tooManyRows', { max: MAX_PROPOSE, count: items.length }));
    const problems: FieldProblem[] = [];
    const seen = new Map<string, number>();
    items.forEach((it, i) => {
      if (!isUuid(it.candidateId))
        problems.push(problem(i, 'candidateId', t('validation.invalidId', { id: it.candidateId.slice(0, 40) })));
      else if (seen.has(it.candidateId))
        problems.push(problem(i, 'candidateId', t('assignment.personTwice', { row: seen.get(it.candidateId)! + 1 })));
      else seen.set(it.candidateId, i);
      if (!!it.taskId === !!it.iguSlotId) problems.push(problem(i, 'taskId', t('assignment.oneOpening')));
      else if (!isUuid((it.taskId ?? it.iguSlotId)!))
        problems.push(
          problem(
            i,
            it.taskId ? 'taskId' : 'iguSlotId',
            t('validation.invalidId', { id: (it.taskId ?? it.iguSlotId)!.slice(0, 40) }),
          ),
        );
    });
    if (problems.length) throw rowErrors(problems);

    return this.ctx.em.transactional(async (tx) => {
      // Capacity is read inside the transaction: no more people than the opening has places left.
      const taskIds = [...new Set(items.flatMap((it) => (it.taskId ? [it.taskId] : [])))];
      const slotIds = [...new Set(items.flatMap((it) => (it.iguSlotId ? [it.iguSlotId] : [])))];
      const left = await openingsLeft(tx, taskIds, slotIds);
      const given = new Map<string, number>();
      items.forEach((it, i) => {
        const key = it.taskId ? openingKey('TASK', it.taskId) : openingKey('IGU_SLOT', it.iguSlotId!);
        const n = (given.get(key) ?? 0) + 1;
        given.set(key, n);
        const places = left.get(key);
        if (places !== undefined && n > places)
          problems.push(
            problem(
              i,
              it.taskId ? 'taskId' : 'iguSlotId',
              places === 0 ? t('assignment.noPlacesLeft') : t('assignment.tooManyForPlaces', { count: places }),
            ),
          );
      });
      const proposals = new ProposalService({ ...this.ctx, em: tx });
      const out: Proposal[] = [];
      for (const [i, it] of items.entries()) {
        try {
          // Each row in a savepoint: a refused row is rolled back alone, so every bad row is reported.
          out.push(
            await proposals.shortlist({
              candidateId: it.candidateId,
              taskId: it.taskId,
              iguSlotId: it.iguSlotId,
            }),
          );
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          const code = e.extensions.code;
          if (code === 'BAD_USER_INPUT')
            problems.push(problem(i, String(e.extensions.field ?? 'candidateId'), e.message));
          else if (code === 'NOT_FOUND')
            problems.push(
              problem(i, /^Candidate/.test(e.message) ? 'candidateId' : it.taskId ? 'taskId' : 'iguSlotId', e.message),
            );
          else throw e; // FORBIDDEN (outside the portfolio) and the unexpected stop the whole list
        }
      }
      if (problems.length) throw rowErrors(problems);
      return out;
    });
  }

  /** The open tasks and IGU slots in the caller's scope that match the input, oldest first. */
  private async openings(em: EntityManager, f: ValidInput): Promise<Loaded> {
    const user = this.user;
    const viewer = await viewerOf(user);
    const portfolio = user.role === Role.CONSULTANT ? [...viewer.portfolio] : null;
    if (f.openingIds) await this.checkOpeningIds(em, f.openingIds, viewer);
    // IN_PROGRESS: a task with several openings whose first place is taken (igu_slot has no such status).
    const where: string[] = [`o.status in ('OPEN', 'IN_PROGRESS')`];
    const params: unknown[] = [];
    if (portfolio) {
      // Scope follows the company (features/auth/scope.ts): its industry or its consultant, not the opening's industry.
      where.push('(c.industry_code = any(?::text[]) or c.consultant_id = ?)');
      params.push(textArray(portfolio), user.id);
    }
    if (f.industryCodes) {
      where.push('o.industry_code = any(?::text[])');
      params.push(textArray(f.industryCodes));
    }
    if (f.openingIds) {
      where.push('o.id = any(?::uuid[])');
      params.push(`{${f.openingIds.join(',')}}`);
    }
    const select = (table: string, kind: string) =>
      `select o.id, '${kind}' as kind, o.created_at from ${table} o join company c on c.id = o.company_id where ${where.join(' and ')}`;
    const rows = await sql<{ id: string; kind: 'TASK' | 'IGU_SLOT' }>(
      em,
      `${select('unsolved_task', 'TASK')} union all ${select('igu_slot', 'IGU_SLOT')} order by created_at, id`,
      [...params, ...params],
    );
    const taskIds = rows.filter((r) => r.kind === 'TASK').map((r) => r.id);
    const slotIds = rows.filter((r) => r.kind === 'IGU_SLOT').map((r) => r.id);
    const [tasks, slots, capacity] = await Promise.all([
      taskDocuments(em, taskIds),
      iguSlotDocuments(em, slotIds),
      openingsLeft(em, taskIds, slotIds),
    ]);
    const docs = new Map([...tasks, ...slots].map((d) => [d.id, d]));
    const inPlay = await this.inPlay(em, taskIds, slotIds, capacity);
    // Oldest first: the order a consultant works down the list in, which the greedy pass follows.
    const openings = rows
      .flatMap((r) => docs.get(r.id) ?? [])
      .filter((o) => (capacity.get(openingKey(o.kind, o.id)) ?? 0) > 0);
    return { openings, capacity, inPlay };
  }

  /** Reads who is in play (see `InPlay`) and takes the places they hold off `capacity`. */
  private async inPlay(
    em: EntityManager,
    taskIds: string[],
    slotIds: string[],
    capacity: Map<string, number>,
  ): Promise<InPlay> {
    const rows = await sql<{
      candidate_id: string;
      task_id: string | null;
      igu_slot_id: string | null;
      status: string;
    }>(
      em,
      `select candidate_id, task_id, igu_slot_id, status from proposal
        where status in ('SUGGESTED', 'PROPOSED', 'ACCEPTED')
          and (status = 'SUGGESTED' or task_id = any(?::uuid[]) or igu_slot_id = any(?::uuid[]))`,
      [`{${taskIds.join(',')}}`, `{${slotIds.join(',')}}`],
    );
    const pairs = new Set<string>();
    const shortlisted = new Set<string>();
    for (const r of rows) {
      const key = r.task_id ? openingKey('TASK', r.task_id) : openingKey('IGU_SLOT', r.igu_slot_id!);
      if (r.status === 'SUGGESTED') shortlisted.add(r.candidate_id);
      const left = capacity.get(key);
      if (left === undefined) continue; // an opening outside the plan
      pairs.add(`${key}|${r.candidate_id}`);
      if (r.status !== 'ACCEPTED') capacity.set(key, Math.max(0, left - 1));
    }
    return { pairs, shortlisted };
  }

  /** Named openings must exist (NOT_FOUND), be in scope (FORBIDDEN) and be open (BAD_USER_INPUT). */
  private async checkOpeningIds(em: EntityManager, ids: string[], viewer: Viewer): Promise<void> {
    const rows = await sql<{
      id: string;
      kind: 'task' | 'iguSlot';
      status: string;
      company_id: string;
      company_industry: string;
      consultant_id: string | null;
    }>(
      em,
      `select o.id, o.kind, o.status, c.id as company_id, c.industry_code as company_industry, c.consultant_id
         from (select id, 'task' as kind, status, industry_code, company_id from unsolved_task where id = any(?::uuid[])
               union all select id, 'iguSlot', status, industry_code, company_id from igu_slot where id = any(?::uuid[])) o
         join company c on c.id = o.company_id`,
      [`{${ids.join(',')}}`, `{${ids.join(',')}}`],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    ids.forEach((id, i) => {
      const r = byId.get(id);
      if (!r) throw notFound('opening', id);
      const company = { id: r.company_id, industryCode: r.company_industry, consultantId: r.consultant_id };
      if (!mayReadOpening(viewer, { company })) throw forbidden('openingOutsidePortfolio');
      // IN_PROGRESS: a task with several openings whose first place is taken.
      if (r.status !== 'OPEN' && r.status !== 'IN_PROGRESS')
        throw badInput(
          'input.openingIds',
          t('assignment.openingNotOpen', {
            id,
            status:
              r.kind === 'task'
                ? t(`enums.taskStatus.${r.status as TaskStatus}`)
                : t(`enums.iguStatus.${r.status as IguSlotStatus}`),
          }),
          i,
        );
    });
  }

  /**
   * Default: every person in the candidate index (active, consenting, with hours to give), and
   * per opening the matcher's retrieval over them.
   */
  private async retrievedPeople(openings: OpeningDocument[]): Promise<Pool> {
    const docs = await loadPool(this.ctx.search);
    const retrieve = poolRetriever(docs);
    return {
      docs: new Map(docs.map((d) => [d.id, d])),
      perOpening: new Map(openings.map((o) => [o.id, retrieve(o, PLAN_RETRIEVE).map((d) => d.id)])),
    };
  }

  /**
   * The index says who is IGU-eligible today; a proposal checks eligibility on the slot's start
   * date (an age or years-in-Denmark limit can pass in between). Plan only what can be proposed.
   */
  private async keepIguEligibleAtStart(em: EntityManager, openings: OpeningDocument[], pool: Pool, today: string) {
    const slots = openings.filter((o) => o.kind === 'IGU_SLOT');
    if (!slots.length) return;
    const ids = [...new Set(slots.flatMap((o) => pool.perOpening.get(o.id) ?? []))];
    if (!ids.length) return;
    const [people, rows] = await Promise.all([
      // Only the three facts the rule reads: loading whole Candidate entities cost seconds at 10,000 people.
      sql<{ id: string; birth_date: string; residence_category: ResidenceCategory; arrival_date: string | null }>(
        em,
        `select id, birth_date::text, residence_category, arrival_date::text from candidate where id = any(?::uuid[])`,
        [`{${ids.join(',')}}`],
      ),
      // Whole rows: a partial IguSlot would stay in the identity map and be returned, half empty, below.
      em.find(IguSlot, { id: { $in: slots.map((o) => o.id) } }),
    ]);
    const byId = new Map(
      people.map((c) => [
        c.id,
        { birthDate: c.birth_date, residenceCategory: c.residence_category, arrivalDate: c.arrival_date },
      ]),
    );
    const start = new Map(rows.map((r) => [r.id, r.startDate]));
    const rules = new CandidateService(this.ctx).iguRules();
    for (const o of slots) {
      const on = maxDate(today, start.get(o.id) ?? today);
      const kept = (pool.perOpening.get(o.id) ?? []).filter((id) => {
        const c = byId.get(id);
        return !!c && isIguEligible(c, on, rules);
      });
      pool.perOpening.set(o.id, kept);
    }
  }

  /** Given people: each is a candidate for every opening (bounded), read from PostgreSQL, consent checked. */
  private async givenPeople(
    em: EntityManager,
    openings: OpeningDocument[],
    ids: string[],
    today: string,
  ): Promise<Pool> {
    if (ids.length * openings.length > MAX_EXHAUSTIVE_PAIRS)
      throw badInput(
        'input.candidateIds',
        t('assignment.tooManyPairs', { people: ids.length, openings: openings.length }),
      );
    const found = await candidateDocuments(em, ids, this.ctx.config, today);
    const present = new Set(found.map((d) => d.id));
    const missing = ids.findIndex((id) => !present.has(id));
    if (missing >= 0) {
      await auditReads(em, this.user, [ids[missing]!], 'assignmentPlan', false);
      throw badInput('input.candidateIds', t('assignment.personNotPlannable', { id: ids[missing] }), missing);
    }
    const all = found.map((d) => d.id);
    return { docs: new Map(found.map((d) => [d.id, d])), perOpening: new Map(openings.map((o) => [o.id, all])) };
  }

  /**
   * Each opening's edges: people with room for its hours (or free within days), scored by the
   * matcher's scorer, its best few kept; a missing required competence is a hard requirement
   * here, so such pairs are no edges.
   */
  private score(
    openings: OpeningDocument[],
    capacity: Map<string, number>,
    pool: Pool,
    person: (id: string) => CandidateForScoring,
    scorable: (o: OpeningDocument) => OpeningForScoring,
    inPlay: InPlay,
    today: string,
  ): Map<string, { candidateId: string; score: number }[]> {
    // A person whose placement ends within this many days counts as free for an opening.
    const withinDays = this.ctx.config.rules.availableWithinDays;
    const out = new Map<string, { candidateId: string; score: number }[]>();
    for (const o of openings) {
      const key = openingKey(o.kind, o.id);
      const free = (pool.perOpening.get(o.id) ?? []).filter(
        (id) =>
          !inPlay.shortlisted.has(id) &&
          !inPlay.pairs.has(`${key}|${id}`) &&
          canTake(pool.docs.get(id)!, o.weeklyHours, today, withinDays),
      );
      // The matcher's ranking (rankCandidatesForOpening) by its numbers alone: no sentences here.
      const os = scorable(o);
      const ranked: { candidateId: string; score: number; rankScore: number; missingRequired: number }[] = [];
      for (const id of free) {
        const n = rankNumbersOf(person(id), os);
        if (n) ranked.push({ candidateId: id, ...n });
      }
      ranked.sort(
        (a, b) =>
          b.rankScore - a.rankScore || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0),
      );
      out.set(
        o.id,
        ranked
          .slice(0, (this.tuning.edgesPerOpening ?? edgesPerOpening)(capacity.get(key) ?? 0))
          .filter((m) => m.missingRequired === 0 && m.score > 0)
          .map(({ candidateId, score }) => ({ candidateId, score })),
      );
    }
    return out;
  }

  /** The plan's rows with the entities behind them; reading the people is audit-logged. */
  private async views(
    best: PlanResult,
    explain: (openingKey: string, candidateId: string) => MatchFactor[],
    deadlines: Map<string, { deadline: string | null }>,
  ): Promise<Assignment[]> {
    const em = this.ctx.em;
    const ids = best.assignments.map((a) => a.candidateId);
    const taskIds = best.assignments.filter((a) => a.openingKey.startsWith('task:')).map((a) => a.openingKey.slice(5));
    const slotIds = best.assignments.filter((a) => a.openingKey.startsWith('igu:')).map((a) => a.openingKey.slice(4));
    const [people, tasks, slots] = await Promise.all([
      ids.length ? em.find(Candidate, { id: { $in: ids }, consentToShare: true, status: CandidateStatus.ACTIVE }) : [],
      taskIds.length ? em.find(UnsolvedTask, { id: { $in: taskIds } }) : [],
      slotIds.length ? em.find(IguSlot, { id: { $in: slotIds } }) : [],
    ]);
    await auditReads(
      em,
      this.user,
      people.map((p) => p.id),
      'assignmentPlan',
      true,
      'matching',
    );
    const person = new Map(people.map((p) => [p.id, p]));
    const opening = new Map<string, UnsolvedTask | IguSlot>([
      ...tasks.map((t) => [`task:${t.id}`, t] as const),
      ...slots.map((s) => [`igu:${s.id}`, s] as const),
    ]);
    return best.assignments.flatMap((a) => {
      const candidate = person.get(a.candidateId);
      const o = opening.get(a.openingKey);
      // The index may lag a consent withdrawal by a moment: PostgreSQL has the last word.
      if (!candidate || !o) return [];
      return [
        {
          candidate,
          task: o instanceof UnsolvedTask ? o : null,
          iguSlot: o instanceof IguSlot ? o : null,
          score: a.score,
          factors: explain(a.openingKey, a.candidateId),
          activationDeadline: deadlines.get(a.candidateId)?.deadline ?? null,
        },
      ];
    });
  }
}

/** Each person's scoring view, built once per plan. */
function scoringView(pool: Pool, today: string, availableWithinDays: number): (id: string) => CandidateForScoring {
  const built = new Map<string, CandidateForScoring>();
  return (id) => {
    let c = built.get(id);
    if (!c) {
      c = candidateForScoring(pool.docs.get(id)!, today, availableWithinDays);
      built.set(id, c);
    }
    return c;
  };
}

interface Pool {
  docs: Map<string, CandidateDocument>;
  /** Per opening id, the people to score for it. */
  perOpening: Map<string, string[]>;
}

interface ValidInput {
  industryCodes: string[] | null;
  openingIds: string[] | null;
  candidateIds: string[] | null;
}

/** Input limits and id shapes; an empty list means "none given". */
function validate(input: AssignmentPlanInput): ValidInput {
  const list = (field: keyof typeof LIMITS, v: string[] | null | undefined, check: (s: string) => string | null) => {
    if (!v?.length) return null;
    if (v.length > LIMITS[field])
      throw badInput(`input.${field}`, t('assignment.tooMany', { max: LIMITS[field], field, count: v.length }));
    const clean = [...new Set(v.map((s) => s.trim()))];
    clean.forEach((s, i) => {
      const problem = check(s);
      if (problem) throw badInput(`input.${field}`, problem, i);
    });
    return clean;
  };
  return {
    industryCodes: list('industryCodes', input.industryCodes, (c) =>
      DIVISION.test(c) ? null : t('industries.unknown', { code: c.slice(0, 20) }),
    ),
    openingIds: list('openingIds', input.openingIds, (id) =>
      isUuid(id) ? null : t('validation.invalidId', { id: id.slice(0, 40) }),
    ),
    candidateIds: list('candidateIds', input.candidateIds, (id) =>
      isUuid(id) ? null : t('validation.invalidId', { id: id.slice(0, 40) }),
    ),
  };
}

/**
 * The person's 6-week activation deadline (the rule applies and they are not in a placement):
 * urgency 0 with the full six weeks left, 1 at or past the deadline; "near" from the warning on.
 */
export function activation(
  doc: CandidateDocument,
  today: string,
  rules: { activationWarningWeeks: number; activationBreachWeeks: number },
): { deadline: string | null; urgency: number; near: boolean } {
  if (!doc.activationRuleApplies || doc.hasActivePlacement) return { deadline: null, urgency: 0, near: false };
  const since = doc.lastPlacementEndedOn ?? doc.enrolledOn;
  const deadline = addDays(since, rules.activationBreachWeeks * 7);
  const span = rules.activationBreachWeeks * 7;
  const left = daysBetween(today, deadline);
  const urgency = Math.min(1, Math.max(0, 1 - left / span));
  return { deadline, urgency, near: left <= (rules.activationBreachWeeks - rules.activationWarningWeeks) * 7 };
}

const textArray = (values: string[]) => `{${values.map((v) => `"${v.replaceAll('"', '')}"`).join(',')}}`;
