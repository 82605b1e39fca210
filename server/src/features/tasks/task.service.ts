import type { EntityManager, FilterQuery, FindOneOptions } from '@mikro-orm/postgresql';
import { LockMode, OptimisticLockError } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { formatNumber, t } from '../../i18n/index.js';
import { enqueueIndex } from '../../search/outbox.js';
import type { ServiceContext } from '../../shared/context.js';
import { badInput, conflict } from '../../shared/errors.js';
import { findOr404, isUuid, lifecycle } from '../../shared/lookup.js';
import { paginate } from '../../shared/pagination.js';
import { hours, intRange, parseInput, positiveHours, postcode, say, text } from '../../shared/validate.js';
import {
  assertMayChangeCompany,
  assertMayFileOpeningUnder,
  assertMayReadCompany,
  type CompanyFacts,
  companyFacts,
  openingWhere,
  requireUser,
  type Viewer,
  viewerOf,
} from '../auth/scope.js';
import { User } from '../auth/user.entity.js';
import { refreshAvailability } from '../availability/availability.service.js';
import { Company } from '../companies/company.entity.js';
import { assertCursor, containsPattern, findCompanyOr404, findDivision } from '../companies/company.service.js';
import { Competence } from '../competences/competence.entity.js';
import { checkCompetenceIds, competenceIdsSchema } from '../competences/competence-requirements.js';
import { Industry } from '../industries/industry.entity.js';
import type { PostTaskInput, TaskCompetenceInput, TaskFilter, UpdateTaskInput } from './task.inputs.js';
import type { TaskCompetenceRequirement } from './task.types.js';
import { TaskCompetence, TaskStatus, UnsolvedTask, WorkSchedule } from './unsolved-task.entity.js';

// ---------------------------------------------------------------------------
// Status lifecycle: DRAFT → OPEN → IN_PROGRESS → SOLVED | CLOSED
// ---------------------------------------------------------------------------

const NEXT: Record<TaskStatus, TaskStatus[]> = {
  [TaskStatus.DRAFT]: [TaskStatus.OPEN, TaskStatus.CLOSED],
  [TaskStatus.OPEN]: [TaskStatus.IN_PROGRESS, TaskStatus.CLOSED],
  [TaskStatus.IN_PROGRESS]: [TaskStatus.SOLVED, TaskStatus.CLOSED],
  [TaskStatus.SOLVED]: [],
  [TaskStatus.CLOSED]: [],
};

/** Throws BAD_USER_INPUT (field status) unless the lifecycle allows `from` → `to`. */
export const assertTaskTransition = lifecycle('task', 'taskStatus', NEXT);

/** Loads a task by id: NOT_FOUND when it does not exist. */
export const findTaskOr404 = (em: EntityManager, id: string, field?: string, options?: FindOneOptions<UnsolvedTask>) =>
  findOr404(em, UnsolvedTask, 'task', id, field, options);

/**
 * For other features, inside their transaction: a placement starts on the task (OPEN → IN_PROGRESS;
 * already IN_PROGRESS is fine, a task with several openings). Queues the task for the search index.
 */
export async function markTaskInProgress(em: EntityManager, taskId: string): Promise<UnsolvedTask> {
  const task = await findTaskOr404(em, taskId, 'taskId');
  if (task.status === TaskStatus.IN_PROGRESS) return task;
  assertTaskTransition(task.status, TaskStatus.IN_PROGRESS);
  task.status = TaskStatus.IN_PROGRESS;
  enqueueIndex(em, 'task', task.id);
  return task;
}

/** For other features, inside their transaction: the task is solved (IN_PROGRESS → SOLVED) for `reason`. */
export async function markTaskSolved(em: EntityManager, taskId: string, reason: string): Promise<UnsolvedTask> {
  const task = await findTaskOr404(em, taskId, 'taskId');
  assertTaskTransition(task.status, TaskStatus.SOLVED);
  task.status = TaskStatus.SOLVED;
  task.statusReason = reason.trim() || null;
  enqueueIndex(em, 'task', task.id);
  return task;
}

// ---------------------------------------------------------------------------
// Input rules
// ---------------------------------------------------------------------------

const learningGoals = z
  .string()
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1, { error: say('tasks.learningGoalsMissing') })
      .max(5000, {
        error: () => t('validation.tooLong', { label: t('fields.learningGoals'), max: formatNumber(5000) }),
      }),
  );

const requirement = z.object({
  competenceId: z.string(),
  minLevel: intRange('minLevel', 1, 4),
});

const requiredCompetences = z.array(requirement).max(30, { error: say('competences.requiredMax') });
const niceToHave = z.array(z.string()).max(30, { error: say('competences.niceMax') });
const schedule = z
  .array(z.enum(WorkSchedule))
  .min(1, { error: say('tasks.scheduleMissing') })
  .transform((l) => [...new Set(l)]);

const weeklyHours = positiveHours('weeklyHours');
const expectedOrdinaryHours = hours('expectedOrdinaryHours');
const openings = intRange('openings', 1, 50);

const PostSchema = z.object({
  title: text('title', 200),
  description: text('description', 10_000),
  industryCode: z.string(),
  companyId: z.string(),
  requiredCompetences,
  niceToHaveCompetences: niceToHave.nullish(),
  learningGoalCompetenceIds: competenceIdsSchema.nullish(),
  weeklyHours,
  schedule: schedule.nullish(),
  learningGoals,
  ordinaryHoursInSight: z.boolean(),
  expectedOrdinaryHours: expectedOrdinaryHours.nullish(),
  openings,
  postcode,
  requiresDrivingLicence: z.boolean().nullish(),
});

const UpdateSchema = z.object({
  version: z.number().int(),
  title: text('title', 200).nullish(),
  description: text('description', 10_000).nullish(),
  industryCode: z.string().nullish(),
  requiredCompetences: requiredCompetences.nullish(),
  niceToHaveCompetences: niceToHave.nullish(),
  learningGoalCompetenceIds: competenceIdsSchema.nullish(),
  weeklyHours: weeklyHours.nullish(),
  schedule: schedule.nullish(),
  learningGoals: learningGoals.nullish(),
  ordinaryHoursInSight: z.boolean().nullish(),
  expectedOrdinaryHours: expectedOrdinaryHours.nullish(),
  openings: openings.nullish(),
  postcode: postcode.nullish(),
  requiresDrivingLicence: z.boolean().nullish(),
});

const ReasonSchema = z.object({
  reason: z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, { error: say('tasks.closeReasonMissing') })
        .max(2000, { error: say('tasks.closeReasonTooLong') }),
    ),
});

/** Ordinary hours in sight need an expected number of hours, more than 0 and at most the weekly hours. */
function ordinaryHoursRule(inSight: boolean, expected: number | null | undefined, weekly: number): number | null {
  if (!inSight) return null;
  if (expected == null || expected <= 0) {
    throw badInput('expectedOrdinaryHours', t('tasks.expectedHoursMissing'));
  }
  if (expected > weekly) {
    throw badInput(
      'expectedOrdinaryHours',
      t('tasks.expectedOverWeekly', { expected: formatNumber(expected), weekly: formatNumber(weekly) }),
    );
  }
  return expected;
}

interface WantedCompetence {
  competenceId: string;
  minLevel: number;
  required: boolean;
}

/** Unsolved tasks: posting, editing, the status lifecycle and listing in scope. */
export class TaskService {
  constructor(private readonly ctx: ServiceContext) {}

  private get user(): User {
    return requireUser(this.ctx.user);
  }

  /** Posts a task for a company (its own COMPANY user, a consultant in scope, or an admin). */
  async post(raw: PostTaskInput): Promise<UnsolvedTask> {
    const user = this.user;
    const input = parseInput(PostSchema, raw);
    const status = raw.status ?? TaskStatus.OPEN;
    if (status !== TaskStatus.DRAFT && status !== TaskStatus.OPEN) {
      throw badInput('status', t('tasks.newStatus', { status: t(`enums.taskStatus.${status}`) }));
    }
    const expected = ordinaryHoursRule(input.ordinaryHoursInSight, input.expectedOrdinaryHours, input.weeklyHours);
    const viewer = await viewerOf(user);
    const id = await this.ctx.em.transactional(async (em) => {
      const company = companyFacts(await findCompanyOr404(em, input.companyId, 'companyId'));
      assertMayChangeCompany(viewer, company, 'postTasks');
      const industry = await findDivision(em, input.industryCode);
      assertMayFileOpeningUnder(viewer, company, industry.code);
      const wanted = await this.checkCompetences(em, input.requiredCompetences, input.niceToHaveCompetences ?? []);
      const learningGoalIds = await checkCompetenceIds(
        em,
        input.learningGoalCompetenceIds ?? [],
        'learningGoalCompetenceIds',
      );
      const task = em.create(UnsolvedTask, {
        company: company.id,
        title: input.title,
        description: input.description,
        industry,
        danishLevel: raw.danishLevel,
        weeklyHours: input.weeklyHours,
        schedule: input.schedule ?? [WorkSchedule.DAY],
        learningGoals: input.learningGoals,
        learningGoalCompetenceIds: learningGoalIds,
        ordinaryHoursInSight: input.ordinaryHoursInSight,
        expectedOrdinaryHours: expected,
        openings: input.openings,
        postcode: input.postcode,
        requiresDrivingLicence: input.requiresDrivingLicence ?? false,
        status,
        createdBy: em.getReference(User, user.id),
      });
      for (const w of wanted) {
        task.competences.add(
          em.create(TaskCompetence, {
            task,
            competence: em.getReference(Competence, w.competenceId),
            minLevel: w.minLevel,
            required: w.required,
          }),
        );
      }
      enqueueIndex(em, 'task', task.id);
      return task.id;
    });
    return this.reload(id);
  }

  /** Changes a task with optimistic locking (CONFLICT on a stale version); SOLVED and CLOSED tasks are final. */
  async update(id: string, raw: UpdateTaskInput): Promise<UnsolvedTask> {
    const user = this.user;
    const input = parseInput(UpdateSchema, raw);
    const viewer = await viewerOf(user);
    await this.ctx.em.transactional(async (em) => {
      const task = await findTaskOr404(em, id);
      const company = await this.assertMayChange(em, viewer, task);
      if (input.version !== task.version) throw conflict('task', task.title, input.version, task.version);
      if (task.status === TaskStatus.SOLVED || task.status === TaskStatus.CLOSED) {
        throw badInput('status', t('tasks.final', { status: t(`enums.taskStatus.${task.status}`) }));
      }
      const weekly = input.weeklyHours ?? task.weeklyHours;
      const inSight = input.ordinaryHoursInSight ?? task.ordinaryHoursInSight;
      const expected =
        input.expectedOrdinaryHours !== undefined ? input.expectedOrdinaryHours : task.expectedOrdinaryHours;
      task.expectedOrdinaryHours = ordinaryHoursRule(inSight, expected, weekly);
      task.ordinaryHoursInSight = inSight;
      task.weeklyHours = weekly;
      if (input.title != null) task.title = input.title;
      if (input.description != null) task.description = input.description;
      if (input.industryCode != null) {
        const industry = await findDivision(em, input.industryCode);
        assertMayFileOpeningUnder(viewer, company, industry.code, task.industry.unwrap().code);
        task.industry = em.getReference(Industry, industry.code, { wrapped: true });
      }
      if (raw.danishLevel != null) task.danishLevel = raw.danishLevel;
      if (input.schedule != null) task.schedule = input.schedule;
      if (input.learningGoals != null) task.learningGoals = input.learningGoals;
      if (input.learningGoalCompetenceIds != null) {
        task.learningGoalCompetenceIds = await checkCompetenceIds(
          em,
          input.learningGoalCompetenceIds,
          'learningGoalCompetenceIds',
        );
      }
      if (input.openings != null) task.openings = input.openings;
      if (input.postcode != null) task.postcode = input.postcode;
      if (input.requiresDrivingLicence != null) task.requiresDrivingLicence = input.requiresDrivingLicence;
      if (input.requiredCompetences != null || input.niceToHaveCompetences != null) {
        const current = await task.competences.loadItems();
        const required =
          input.requiredCompetences ??
          current.filter((c) => c.required).map((c) => ({ competenceId: c.competence.id, minLevel: c.minLevel }));
        const requiredIds = new Set(required.map((r) => r.competenceId));
        const nice =
          input.niceToHaveCompetences ??
          current.filter((c) => !c.required && !requiredIds.has(c.competence.id)).map((c) => c.competence.id);
        const wanted = await this.checkCompetences(em, required, nice);
        this.reconcileCompetences(em, task, current, wanted);
      }
      // Always touch the row: the version moves even when only the competences changed.
      task.updatedAt = new Date();
      enqueueIndex(em, 'task', task.id);
      await this.flushOrConflict(em, task, input.version);
      // Openings decide the places left; the weekly hours what pending proposals reserve.
      await refreshAvailability(em, this.ctx.config.rules, { taskIds: [task.id] }, this.ctx.clock.today());
    });
    return this.reload(id);
  }

  /** DRAFT → OPEN. */
  publish(id: string): Promise<UnsolvedTask> {
    return this.changeStatus(id, TaskStatus.OPEN, null);
  }

  /** Closes the task (from DRAFT, OPEN or IN_PROGRESS) for the reason given. */
  close(id: string, rawReason: string): Promise<UnsolvedTask> {
    const { reason } = parseInput(ReasonSchema, { reason: rawReason });
    return this.changeStatus(id, TaskStatus.CLOSED, reason);
  }

  /** Lists tasks in the caller's scope, newest first, as a Relay connection. */
  async list(filter: TaskFilter | null | undefined, first?: number | null, after?: string | null) {
    const and: FilterQuery<UnsolvedTask>[] = [openingWhere(await viewerOf(this.user))];
    if (filter?.status) and.push({ status: filter.status });
    if (filter?.industryCode) and.push({ industry: filter.industryCode.trim() });
    if (filter?.companyId) {
      if (!isUuid(filter.companyId))
        throw badInput('companyId', t('validation.invalidId', { id: filter.companyId.slice(0, 40) }));
      and.push({ company: filter.companyId });
    }
    for (const word of (filter?.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 10)) {
      const p = containsPattern(word);
      and.push({ $or: [{ title: { $ilike: p } }, { description: { $ilike: p } }] });
    }
    assertCursor(after, 2);
    return paginate(this.ctx.em, UnsolvedTask, { $and: and }, { first, after, orderBy: { createdAt: 'desc' } });
  }

  /** One task: NOT_FOUND when missing, FORBIDDEN outside the caller's scope. */
  async get(id: string): Promise<UnsolvedTask> {
    const viewer = await viewerOf(this.user);
    const task = await findTaskOr404(this.ctx.em, id);
    assertMayReadCompany(viewer, await this.companyOf(this.ctx.em, task));
    return task;
  }

  /** The required competences with their minimum level, by competence name. */
  async requiredOf(task: UnsolvedTask): Promise<TaskCompetenceRequirement[]> {
    const items = (await task.competences.loadItems()).filter((c) => c.required);
    const result = await Promise.all(
      items.map(async (c) => ({ competence: await c.competence.load(), minLevel: c.minLevel })),
    );
    return result
      .filter((r): r is TaskCompetenceRequirement => r.competence != null)
      .sort((a, b) => a.competence.name.localeCompare(b.competence.name, 'da'));
  }

  /** The competences the placement teaches, by name. */
  async learningGoalCompetencesOf(task: UnsolvedTask): Promise<Competence[]> {
    if (!task.learningGoalCompetenceIds.length) return [];
    const list = await this.ctx.em.find(Competence, { id: { $in: task.learningGoalCompetenceIds } });
    return list.sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  /** The nice-to-have competences, by name. */
  async niceToHaveOf(task: UnsolvedTask): Promise<Competence[]> {
    const items = (await task.competences.loadItems()).filter((c) => !c.required);
    const list = await Promise.all(items.map((c) => c.competence.load()));
    return list.filter((c): c is Competence => c != null).sort((a, b) => a.name.localeCompare(b.name, 'da'));
  }

  // --- internals ----------------------------------------------------------

  private async reload(id: string): Promise<UnsolvedTask> {
    return this.ctx.em.findOneOrFail(UnsolvedTask, { id }, { refresh: true });
  }

  private async changeStatus(id: string, to: TaskStatus, reason: string | null): Promise<UnsolvedTask> {
    const viewer = await viewerOf(this.user);
    await this.ctx.em.transactional(async (em) => {
      // Locked: a second publish or close at the same moment waits and is told the new status,
      // instead of failing on the task's version.
      const task = await findTaskOr404(em, id, undefined, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await this.assertMayChange(em, viewer, task);
      assertTaskTransition(task.status, to);
      task.status = to;
      if (reason !== null) task.statusReason = reason;
      enqueueIndex(em, 'task', task.id);
      // A closed task's proposals reserve no one's hours any more.
      await refreshAvailability(em, this.ctx.config.rules, { taskIds: [task.id] }, this.ctx.clock.today());
    });
    return this.reload(id);
  }

  private async flushOrConflict(em: EntityManager, task: UnsolvedTask, version: number): Promise<void> {
    try {
      await em.flush();
    } catch (err) {
      if (err instanceof OptimisticLockError) throw conflict('task', task.title, version, version + 1);
      throw err;
    }
  }

  /** The scope facts of the task's company (the task's own industry plays no part in scope). */
  private async companyOf(em: EntityManager, task: UnsolvedTask): Promise<CompanyFacts> {
    return companyFacts(await em.findOneOrFail(Company, { id: task.company.id }));
  }

  /** FORBIDDEN unless the caller may change the task's company (its user, a consultant covering it, an admin). */
  private async assertMayChange(em: EntityManager, viewer: Viewer, task: UnsolvedTask): Promise<CompanyFacts> {
    const company = await this.companyOf(em, task);
    assertMayChangeCompany(viewer, company, 'postTasks');
    return company;
  }

  /** Checks competence ids and levels; returns the wanted rows (required first). */
  private async checkCompetences(
    em: EntityManager,
    required: Pick<TaskCompetenceInput, 'competenceId' | 'minLevel'>[],
    nice: string[],
  ): Promise<WantedCompetence[]> {
    const requiredIds = required.map((r) => r.competenceId.trim());
    const niceIds = [...new Set(nice.map((n) => n.trim()))];
    const dup = requiredIds.find((id, i) => requiredIds.indexOf(id) !== i);
    const all = [...new Set([...requiredIds, ...niceIds])];
    const found = await em.find(Competence, { id: { $in: all.filter((id) => isUuid(id)) } });
    const byId = new Map(found.map((c) => [c.id, c]));
    const unknownRequired = requiredIds.filter((id) => !byId.has(id));
    if (unknownRequired.length) {
      throw badInput(
        'requiredCompetences',
        t('competences.unknown', { ids: unknownRequired.map((u) => u.slice(0, 40)).join(', ') }),
      );
    }
    if (dup) throw badInput('requiredCompetences', t('competences.twice', { name: byId.get(dup)?.name ?? dup }));
    const unknownNice = niceIds.filter((id) => !byId.has(id));
    if (unknownNice.length) {
      throw badInput(
        'niceToHaveCompetences',
        t('competences.unknown', { ids: unknownNice.map((u) => u.slice(0, 40)).join(', ') }),
      );
    }
    const both = niceIds.find((id) => requiredIds.includes(id));
    if (both) {
      throw badInput('niceToHaveCompetences', t('competences.requiredAndNice', { name: byId.get(both)?.name ?? both }));
    }
    return [
      ...required.map((r) => ({ competenceId: r.competenceId.trim(), minLevel: r.minLevel, required: true })),
      ...niceIds.map((competenceId) => ({ competenceId, minLevel: 1, required: false })),
    ];
  }

  /** Updates rows in place (same primary key), adds new ones and removes the rest. */
  private reconcileCompetences(
    em: EntityManager,
    task: UnsolvedTask,
    current: TaskCompetence[],
    wanted: WantedCompetence[],
  ): void {
    const byCompetence = new Map(wanted.map((w) => [w.competenceId, w]));
    const kept = new Set<string>();
    for (const row of current) {
      const w = byCompetence.get(row.competence.id);
      if (w) {
        row.minLevel = w.minLevel;
        row.required = w.required;
        kept.add(w.competenceId);
      } else {
        task.competences.remove(row);
      }
    }
    for (const w of wanted) {
      if (kept.has(w.competenceId)) continue;
      task.competences.add(
        em.create(TaskCompetence, {
          task,
          competence: em.getReference(Competence, w.competenceId),
          minLevel: w.minLevel,
          required: w.required,
        }),
      );
    }
  }
}
