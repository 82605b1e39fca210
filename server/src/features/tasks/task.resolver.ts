import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadRef } from '../../db/load-ref.js';
import type { Context } from '../../shared/context.js';
import { Expensive, searching } from '../../shared/expensive.js';
import type { Connection } from '../../shared/pagination.js';
import { reasonText } from '../../shared/system-reasons.js';
import { Role } from '../auth/user.entity.js';
import { Company } from '../companies/company.entity.js';
import { Competence } from '../competences/competence.entity.js';
import { Industry } from '../industries/industry.entity.js';
import { PostTaskInput, TaskFilter, UpdateTaskInput } from './task.inputs.js';
import { TaskService } from './task.service.js';
import { TaskCompetenceRequirement, TaskConnection } from './task.types.js';
import { UnsolvedTask } from './unsolved-task.entity.js';

const WRITERS = [Role.ADMIN, Role.CONSULTANT, Role.COMPANY];

@Resolver(() => UnsolvedTask)
export class TaskResolver {
  @Authorized()
  @Query(() => TaskConnection, { description: 'Unsolved tasks in your scope, newest first.' })
  @Expensive(searching)
  tasks(
    @Ctx() ctx: Context,
    @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<UnsolvedTask>> {
    return new TaskService(ctx).list(filter, first, after);
  }

  @Authorized()
  @Query(() => UnsolvedTask, { nullable: true, description: 'One task: NOT_FOUND or FORBIDDEN when out of reach.' })
  task(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<UnsolvedTask> {
    return new TaskService(ctx).get(id);
  }

  @Authorized(...WRITERS)
  @Mutation(() => UnsolvedTask, { description: 'Posts an unsolved task for a company (DRAFT or OPEN).' })
  postTask(@Ctx() ctx: Context, @Arg('input', () => PostTaskInput) input: PostTaskInput): Promise<UnsolvedTask> {
    return new TaskService(ctx).post(input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => UnsolvedTask)
  updateTask(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput,
  ): Promise<UnsolvedTask> {
    return new TaskService(ctx).update(id, input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => UnsolvedTask, { description: 'DRAFT → OPEN' })
  publishTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<UnsolvedTask> {
    return new TaskService(ctx).publish(id);
  }

  @Authorized(...WRITERS)
  @Mutation(() => UnsolvedTask, { description: 'Closes the task; the reason is required.' })
  closeTask(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<UnsolvedTask> {
    return new TaskService(ctx).close(id, reason);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Why the task was closed or solved: the person's words, or the system's in the caller's language",
  })
  statusReason(@Root() task: UnsolvedTask): string | null {
    return reasonText(task.statusReason);
  }

  @FieldResolver(() => Company)
  company(@Root() task: UnsolvedTask, @Ctx() ctx: Context): Promise<Company> {
    return loadRef(ctx.em, task.company);
  }

  @FieldResolver(() => Industry)
  industry(@Root() task: UnsolvedTask, @Ctx() ctx: Context): Promise<Industry> {
    return loadRef(ctx.em, task.industry);
  }

  @FieldResolver(() => [TaskCompetenceRequirement])
  requiredCompetences(@Root() task: UnsolvedTask, @Ctx() ctx: Context): Promise<TaskCompetenceRequirement[]> {
    return new TaskService(ctx).requiredOf(task);
  }

  @FieldResolver(() => [Competence], {
    description: 'Competences the placement teaches: a required one a person lacks is not counted as missing',
  })
  learningGoalCompetences(@Root() task: UnsolvedTask, @Ctx() ctx: Context): Promise<Competence[]> {
    return new TaskService(ctx).learningGoalCompetencesOf(task);
  }

  @FieldResolver(() => [Competence])
  niceToHaveCompetences(@Root() task: UnsolvedTask, @Ctx() ctx: Context): Promise<Competence[]> {
    return new TaskService(ctx).niceToHaveOf(task);
  }
}
