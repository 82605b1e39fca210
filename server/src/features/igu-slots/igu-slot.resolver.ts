import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadRef } from '../../db/load-ref.js';
import type { Context } from '../../shared/context.js';
import type { Connection } from '../../shared/pagination.js';
import { reasonText } from '../../shared/system-reasons.js';
import { Role } from '../auth/user.entity.js';
import { Company } from '../companies/company.entity.js';
import { Industry } from '../industries/industry.entity.js';
import { monthlyWage } from '../placements/igu-programme.js';
import { TaskCompetenceRequirement } from '../tasks/task.types.js';
import { IguSlot } from './igu-slot.entity.js';
import { CreateIguSlotInput, IguSlotFilter, UpdateIguSlotInput } from './igu-slot.inputs.js';
import { IguSlotService } from './igu-slot.service.js';
import { IguSlotConnection } from './igu-slot.types.js';

const WRITERS = [Role.ADMIN, Role.CONSULTANT, Role.COMPANY];

@Resolver(() => IguSlot)
export class IguSlotResolver {
  @Authorized()
  @Query(() => IguSlotConnection, { description: 'IGU slots in your scope, newest first.' })
  iguSlots(
    @Ctx() ctx: Context,
    @Arg('filter', () => IguSlotFilter, { nullable: true }) filter?: IguSlotFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<IguSlot>> {
    return new IguSlotService(ctx).list(filter, first, after);
  }

  @Authorized()
  @Query(() => IguSlot, { nullable: true, description: 'One IGU slot: NOT_FOUND or FORBIDDEN when out of reach.' })
  iguSlot(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<IguSlot> {
    return new IguSlotService(ctx).get(id);
  }

  @Authorized(...WRITERS)
  @Mutation(() => IguSlot)
  createIguSlot(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateIguSlotInput) input: CreateIguSlotInput,
  ): Promise<IguSlot> {
    return new IguSlotService(ctx).create(input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => IguSlot)
  updateIguSlot(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateIguSlotInput) input: UpdateIguSlotInput,
  ): Promise<IguSlot> {
    return new IguSlotService(ctx).update(id, input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => IguSlot, { description: 'Closes the IGU slot; the reason is required.' })
  closeIguSlot(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<IguSlot> {
    return new IguSlotService(ctx).close(id, reason);
  }

  @FieldResolver(() => Float, {
    description: "Wage per month at the slot's weekly hours (hours × 52 ÷ 12), whole kroner",
  })
  monthlyWage(@Root() slot: IguSlot): number {
    return monthlyWage(slot.hourlyWage, slot.weeklyHours);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Why the slot was closed: the person's words, or the system's in the caller's language",
  })
  statusReason(@Root() slot: IguSlot): string | null {
    return reasonText(slot.statusReason);
  }

  @FieldResolver(() => Company)
  company(@Root() slot: IguSlot, @Ctx() ctx: Context): Promise<Company> {
    return loadRef(ctx.em, slot.company);
  }

  @FieldResolver(() => Industry)
  industry(@Root() slot: IguSlot, @Ctx() ctx: Context): Promise<Industry> {
    return loadRef(ctx.em, slot.industry);
  }

  @FieldResolver(() => [TaskCompetenceRequirement], {
    description: 'Competences the work needs, at least at minLevel (as for a task)',
  })
  requiredCompetences(@Root() slot: IguSlot, @Ctx() ctx: Context): Promise<TaskCompetenceRequirement[]> {
    return new IguSlotService(ctx).requiredOf(slot);
  }
}
