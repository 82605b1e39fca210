import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Expensive, searching } from '../../shared/expensive.js';
import type { Connection } from '../../shared/pagination.js';
import { DateScalar } from '../../shared/scalars.js';
import { Role } from '../auth/user.entity.js';
import { UserSummary } from '../auth/user-summary.type.js';
import { workableFreeHours } from '../availability/availability.js';
import { Candidate, ForeignEducation, ResidenceCategory, WeeklyActivity } from './candidate.entity.js';
import {
  CandidateCompetenceInput,
  CandidateFilter,
  CreateCandidateInput,
  UpdateCandidateInput,
} from './candidate.inputs.js';

import { CandidateService } from './candidate.service.js';
import { CandidateCompetenceView, CandidateConnection, PlannedWeek } from './candidate.types.js';

const svc = (ctx: Context) => new CandidateService(ctx);

@Resolver(() => Candidate)
export class CandidateResolver {
  @Authorized()
  @Query(() => Candidate, {
    nullable: true,
    description: 'One person; every read is audit-logged. COMPANY users are always refused.',
  })
  candidate(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Candidate> {
    return svc(ctx).get(id);
  }

  @Authorized(Role.ADMIN, Role.ADVISER, Role.CONSULTANT)
  @Query(() => CandidateConnection, {
    description: 'Advisers: own caseload by default; consultants: consenting, active people (matching profile)',
  })
  @Expensive(searching)
  candidates(
    @Arg('filter', () => CandidateFilter, { nullable: true }) filter: CandidateFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Candidate>> {
    return svc(ctx).list(filter, first, after);
  }

  @Authorized(Role.ADMIN, Role.ADVISER)
  @Mutation(() => Candidate)
  createCandidate(
    @Arg('input', () => CreateCandidateInput) input: CreateCandidateInput,
    @Ctx() ctx: Context,
  ): Promise<Candidate> {
    return svc(ctx).create(input);
  }

  @Authorized(Role.ADMIN, Role.ADVISER)
  @Mutation(() => Candidate)
  updateCandidate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCandidateInput) input: UpdateCandidateInput,
    @Ctx() ctx: Context,
  ): Promise<Candidate> {
    return svc(ctx).update(id, input);
  }

  @Authorized(Role.ADMIN, Role.ADVISER)
  @Mutation(() => Candidate, { description: 'false revokes at once: companies lose the shared profile' })
  setCandidateConsent(
    @Arg('candidateId', () => ID) candidateId: string,
    @Arg('consent', () => Boolean) consent: boolean,
    @Ctx() ctx: Context,
  ): Promise<Candidate> {
    return svc(ctx).setConsent(candidateId, consent);
  }

  @Authorized(Role.ADMIN, Role.ADVISER)
  @Mutation(() => Candidate, { description: "Replaces the person's competences" })
  setCandidateCompetences(
    @Arg('candidateId', () => ID) candidateId: string,
    @Arg('competences', () => [CandidateCompetenceInput]) competences: CandidateCompetenceInput[],
    @Ctx() ctx: Context,
  ): Promise<Candidate> {
    return svc(ctx).setCompetences(candidateId, competences);
  }

  // Full-profile fields: null without FULL access (the own adviser or an admin).

  @FieldResolver(() => String, { nullable: true, description: 'Full profile only' })
  lastName(@Root() c: Candidate, @Ctx() ctx: Context): string | null {
    return svc(ctx).fullOnly(c, c.lastName);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The job centre's own id of the person (e.g. from its case system); full profile only",
  })
  externalId(@Root() c: Candidate, @Ctx() ctx: Context): string | null {
    return svc(ctx).fullOnly(c, c.externalId);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Full profile only' })
  birthDate(@Root() c: Candidate, @Ctx() ctx: Context): string | null {
    return svc(ctx).fullOnly(c, c.birthDate);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Age today; full profile only' })
  age(@Root() c: Candidate, @Ctx() ctx: Context): number | null {
    return svc(ctx).age(c);
  }

  @FieldResolver(() => ResidenceCategory, { nullable: true, description: 'Full profile only; used only for IGU' })
  residenceCategory(@Root() c: Candidate, @Ctx() ctx: Context): ResidenceCategory | null {
    return svc(ctx).fullOnly(c, c.residenceCategory);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Full profile only; used only for IGU' })
  arrivalDate(@Root() c: Candidate, @Ctx() ctx: Context): string | null {
    return svc(ctx).fullOnly(c, c.arrivalDate);
  }

  @FieldResolver(() => String, { nullable: true, description: "Health-related limits: the person's own adviser only" })
  accommodationNeeds(@Root() c: Candidate, @Ctx() ctx: Context): Promise<string | null> {
    return svc(ctx).accommodationNeeds(c);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "What the person receives today per month (kr.), entered by the adviser: the person's own adviser only",
  })
  referenceMonthlyIncome(@Root() c: Candidate, @Ctx() ctx: Context): number | null {
    return svc(ctx).referenceMonthlyIncome(c);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  adviser(@Root() c: Candidate, @Ctx() ctx: Context): Promise<UserSummary | null> {
    return svc(ctx).adviser(c);
  }

  @FieldResolver(() => [CandidateCompetenceView])
  competences(@Root() c: Candidate, @Ctx() ctx: Context): Promise<CandidateCompetenceView[]> {
    return svc(ctx).competences(c);
  }

  @FieldResolver(() => [ForeignEducation])
  foreignEducations(@Root() c: Candidate, @Ctx() ctx: Context): Promise<ForeignEducation[]> {
    return svc(ctx).foreignEducations(c);
  }

  @FieldResolver(() => [WeeklyActivity])
  weeklyActivities(@Root() c: Candidate, @Ctx() ctx: Context): Promise<WeeklyActivity[]> {
    return svc(ctx).weeklyActivities(c);
  }

  @FieldResolver(() => Boolean, { description: 'IGU eligibility today, under the configured rules' })
  iguEligible(@Root() c: Candidate, @Ctx() ctx: Context): boolean {
    return svc(ctx).isIguEligible(c);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why not IGU-eligible: in full for the full profile, otherwise a generic sentence',
  })
  iguIneligibleReason(@Root() c: Candidate, @Ctx() ctx: Context): string | null {
    const s = svc(ctx);
    return s.iguReasonFor(c, s.iguEligibility(c));
  }

  @FieldResolver(() => Float, {
    description:
      "The person's hour goal: the individual goal when the adviser set one, else the goal for their readiness",
  })
  hourGoal(@Root() c: Candidate, @Ctx() ctx: Context): number {
    return svc(ctx).hourGoal(c);
  }

  @FieldResolver(() => Float, { deprecationReason: 'Use hourGoal (the same value) or individualGoalWeeklyHours' })
  goalWeeklyHours(@Root() c: Candidate, @Ctx() ctx: Context): number {
    return svc(ctx).hourGoal(c);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "The adviser's individual hour goal; null: the goal for the person's readiness applies",
  })
  individualGoalWeeklyHours(@Root() c: Candidate): number | null {
    return c.goalWeeklyHours;
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'The day a current placement ends, when that is within 14 days; else null',
  })
  availableFrom(@Root() c: Candidate, @Ctx() ctx: Context): string | null {
    return svc(ctx).availableFrom(c);
  }

  @FieldResolver(() => Float, {
    description:
      'The free hours the person can offer an opening: freeWeeklyHours, never more than availableWeeklyHours (what the comparison and the badges show)',
  })
  workableFreeHours(@Root() c: Candidate): number {
    return workableFreeHours(c);
  }

  @FieldResolver(() => PlannedWeek, { description: "This week against the person's hour goal" })
  plannedWeek(@Root() c: Candidate, @Ctx() ctx: Context): Promise<PlannedWeek> {
    return svc(ctx).plannedWeek(c);
  }
}
