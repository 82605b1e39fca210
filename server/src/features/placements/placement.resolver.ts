import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadRef } from '../../db/load-ref.js';
import type { Context } from '../../shared/context.js';
import { DateScalar } from '../../shared/scalars.js';
import { Role } from '../auth/user.entity.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { Company } from '../companies/company.entity.js';
import { IguSlot } from '../igu-slots/igu-slot.entity.js';
import { Mentor } from '../mentors/mentor.entity.js';
import { UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import { AgreementService } from './agreement.service.js';
import { FollowUpService } from './follow-up.service.js';
import {
  AgreementParty,
  FollowUp,
  HoursPlanStep,
  Placement,
  PlacementAgreement,
  PlacementConversion,
  PlacementOutcome,
} from './placement.entity.js';
import {
  ConversionInput,
  FollowUpInput,
  PlacementAgreementChangeInput,
  PlacementFilter,
  StartPlacementInput,
  UpdatePlacementInput,
} from './placement.inputs.js';
import { PlacementService } from './placement.service.js';
import { FollowUpAuthor, PlacementConnection, PlacementWeek, WeekHours } from './placement.types.js';

@Resolver(() => Placement)
export class PlacementResolver {
  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Mutation(() => Placement, {
    description:
      'Starts a placement with an hours plan. The task becomes IN_PROGRESS, a full IGU slot FILLED. ADVISER of the person, CONSULTANT (portfolio), ADMIN.',
  })
  startPlacement(@Arg('input', () => StartPlacementInput) input: StartPlacementInput, @Ctx() ctx: Context) {
    return new PlacementService(ctx).start(input);
  }

  @Authorized(Role.ADMIN, Role.ADVISER, Role.COMPANY)
  @Mutation(() => Placement, {
    description:
      "Approves the current version of a placement agreement: the company first, then the job centre (the person's adviser or ADMIN); a draft approved by both becomes ACTIVE.",
  })
  approvePlacementAgreement(
    @Arg('placementId', () => ID) placementId: string,
    @Arg('agreementVersion', () => Int, { description: 'The version you read; another one gives CONFLICT' })
    agreementVersion: number,
    @Arg('weekExceptionReason', () => String, {
      nullable: true,
      description:
        "The adviser's reason when the person's planned week with this placement is over full time (37 h); without it such an approval is refused",
    })
    weekExceptionReason: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AgreementService(ctx).approveAgreement(placementId, agreementVersion, weekExceptionReason);
  }

  @Authorized(Role.ADMIN, Role.ADVISER, Role.COMPANY)
  @Mutation(() => Placement, {
    description:
      "The party that proposed the current version of an agreement withdraws it before both approved it: the job centre (the person's adviser or ADMIN) its drafts and changes (a draft never starts: WITHDRAWN, its reserved hours and place freed), the company its own proposed changes. A pending new version gives way to the version before it.",
  })
  withdrawPlacementAgreement(
    @Arg('placementId', () => ID) placementId: string,
    @Arg('agreementVersion', () => Int, { description: 'The version you read; another one gives CONFLICT' })
    agreementVersion: number,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return new AgreementService(ctx).closeAgreement(placementId, agreementVersion, 'WITHDRAW', reason);
  }

  @Authorized(Role.ADMIN, Role.ADVISER, Role.COMPANY)
  @Mutation(() => Placement, {
    description:
      "The party that did not propose the current version refuses it, with a reason: the company a version of the job centre's (a draft then never starts: REFUSED, the reserved hours and place freed), the job centre (the person's adviser or ADMIN) a change the company proposed. A pending new version gives way to the version before it.",
  })
  refusePlacementAgreement(
    @Arg('placementId', () => ID) placementId: string,
    @Arg('agreementVersion', () => Int, { description: 'The version you read; another one gives CONFLICT' })
    agreementVersion: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ) {
    return new AgreementService(ctx).closeAgreement(placementId, agreementVersion, 'REFUSE', reason);
  }

  @Authorized(Role.COMPANY)
  @Mutation(() => Placement, {
    description:
      'The company proposes a change to the agreement of one of its running placements (hours plan, its own mentor, learning goals, period): a new version approved by the company that waits for the job centre; until then the terms in force bind.',
  })
  proposePlacementAgreementChange(
    @Arg('placementId', () => ID) placementId: string,
    @Arg('agreementVersion', () => Int, { description: 'The version you read; another one gives CONFLICT' })
    agreementVersion: number,
    @Arg('input', () => PlacementAgreementChangeInput) input: PlacementAgreementChangeInput,
    @Ctx() ctx: Context,
  ) {
    return new AgreementService(ctx).proposeChange(placementId, agreementVersion, input);
  }

  @Authorized()
  @Mutation(() => FollowUp, {
    description:
      "Records a follow-up: hours, absence, progress, the next date, and competences the company confirmed. The person's adviser, a consultant in scope, the company, ADMIN.",
  })
  recordFollowUp(
    @Arg('placementId', () => ID) placementId: string,
    @Arg('input', () => FollowUpInput) input: FollowUpInput,
    @Ctx() ctx: Context,
  ) {
    return new FollowUpService(ctx).recordFollowUp(placementId, input);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Mutation(() => Placement, {
    description:
      'Changes the start, planned end, hours plan, mentor or learning goals. Once both parties agreed a version, the change is a new version that both approve again; until then the terms in force bind.',
  })
  updatePlacement(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePlacementInput) input: UpdatePlacementInput,
    @Ctx() ctx: Context,
  ) {
    return new PlacementService(ctx).update(id, input);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Mutation(() => Placement, {
    description:
      "Ends an active placement with an outcome (endDate defaults to today). CONVERTED_TO_ORDINARY_HOURS needs `conversion` (the job's weekly hours, hourly wage and start date) and solves the linked task.",
  })
  endPlacement(
    @Arg('placementId', () => ID) placementId: string,
    @Arg('outcome', () => PlacementOutcome) outcome: PlacementOutcome,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('endDate', () => DateScalar, { nullable: true }) endDate: string | null,
    @Arg('conversion', () => ConversionInput, {
      nullable: true,
      description: 'Required with CONVERTED_TO_ORDINARY_HOURS, refused with any other outcome',
    })
    conversion: ConversionInput | null,
    @Ctx() ctx: Context,
  ) {
    return new PlacementService(ctx).end(placementId, outcome, note, endDate, conversion);
  }

  @Authorized()
  @Query(() => PlacementConnection, {
    description:
      "Placements in the caller's scope, newest start first: an adviser's caseload, a consultant's portfolio, a company's own.",
  })
  placements(
    @Arg('filter', () => PlacementFilter, { nullable: true }) filter: PlacementFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return new PlacementService(ctx).list(filter, first, after);
  }

  @Authorized()
  @Query(() => Placement, { nullable: true })
  placement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new PlacementService(ctx).get(id);
  }

  @Authorized()
  @Query(() => [WeekHours], {
    description:
      "A person's hours per ISO week from the first placement to this week: planned against attended and ordinary.",
  })
  hoursProgress(@Arg('candidateId', () => ID) candidateId: string, @Ctx() ctx: Context) {
    return new PlacementService(ctx).hoursProgress(candidateId);
  }

  // ---------------------------------------------------------------------------
  // Fields

  @FieldResolver(() => Company)
  company(@Root() p: Placement, @Ctx() ctx: Context) {
    return loadRef(ctx.em, p.company);
  }

  @FieldResolver(() => Mentor, { nullable: true, description: "The company's mentor; null for a free-text mentor" })
  mentor(@Root() p: Placement, @Ctx() ctx: Context) {
    return p.mentor ? loadRef(ctx.em, p.mentor) : null;
  }

  @FieldResolver(() => UnsolvedTask, { nullable: true })
  task(@Root() p: Placement, @Ctx() ctx: Context) {
    return p.task ? loadRef(ctx.em, p.task) : null;
  }

  @FieldResolver(() => IguSlot, { nullable: true })
  iguSlot(@Root() p: Placement, @Ctx() ctx: Context) {
    return p.iguSlot ? loadRef(ctx.em, p.iguSlot) : null;
  }

  @FieldResolver(() => Candidate, {
    nullable: true,
    description: 'Null for company users: they see the first name only',
  })
  candidate(@Root() p: Placement, @Ctx() ctx: Context) {
    return new PlacementService(ctx).candidate(p);
  }

  @FieldResolver(() => String, {
    description: 'The person\'s first name; "en kandidat" for a consultant or company when the person withheld consent',
  })
  candidateFirstName(@Root() p: Placement, @Ctx() ctx: Context) {
    return new PlacementService(ctx).candidateFirstName(p);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Null for a consultant or company when the person withheld consent',
  })
  outcomeNote(@Root() p: Placement, @Ctx() ctx: Context) {
    return new PlacementService(ctx).outcomeNote(p);
  }

  @FieldResolver(() => [PlacementAgreement], { description: 'The versions of the placement agreement, newest first' })
  agreements(@Root() p: Placement, @Ctx() ctx: Context) {
    return new AgreementService(ctx).agreements(p);
  }

  @FieldResolver(() => PlacementAgreement, {
    nullable: true,
    description:
      'The agreement version in force: the newest both parties approved (not withdrawn or refused); a change waiting for approval is not in force. Null for a draft',
  })
  agreementInForce(@Root() p: Placement, @Ctx() ctx: Context) {
    return new AgreementService(ctx).agreementInForce(p);
  }

  @FieldResolver(() => PlacementAgreement, {
    nullable: true,
    description:
      "A change waiting for approval while another version is in force: its terms bind only once both approve it (the placement's own fields are the terms in force). Null when nothing is pending",
  })
  pendingAgreement(@Root() p: Placement, @Ctx() ctx: Context) {
    return new AgreementService(ctx).pendingAgreement(p);
  }

  @FieldResolver(() => AgreementParty, {
    nullable: true,
    description: 'Who approves the current agreement version next; null when both have approved it',
  })
  awaitingApprovalFrom(@Root() p: Placement, @Ctx() ctx: Context) {
    return new AgreementService(ctx).awaitingApprovalFrom(p);
  }

  @FieldResolver(() => [FollowUp], {
    description: 'The current follow-ups (a correction replaces what it corrects), by date, then by when recorded',
  })
  followUps(@Root() p: Placement, @Ctx() ctx: Context) {
    return new FollowUpService(ctx).followUps(p);
  }

  @FieldResolver(() => [FollowUp], {
    description: 'The journal: every follow-up, corrected ones too (superseded), by date, then by when recorded',
  })
  followUpHistory(@Root() p: Placement, @Ctx() ctx: Context) {
    return new FollowUpService(ctx).followUpHistory(p);
  }

  @FieldResolver(() => [PlacementWeek], {
    description:
      'Each week from the start to this week (or the end): planned hours, the follow-up dated that week (null: none) and whether one was overdue',
  })
  weeks(@Root() p: Placement, @Ctx() ctx: Context) {
    return new FollowUpService(ctx).weeks(p);
  }

  @FieldResolver(() => PlacementConversion, {
    nullable: true,
    description: 'The ordinary job a conversion recorded: weekly hours, hourly wage, start date',
  })
  conversion(@Root() p: Placement, @Ctx() ctx: Context) {
    return new PlacementService(ctx).conversion(p);
  }

  @FieldResolver(() => FollowUp, {
    nullable: true,
    description: "The latest current follow-up by its date, then by when it was recorded (never by today's date)",
  })
  latestFollowUp(@Root() p: Placement, @Ctx() ctx: Context) {
    return new FollowUpService(ctx).latestFollowUp(p);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Placement week today (1 = the ISO week of the start date); at the end date once ended',
  })
  weekNumber(@Root() p: Placement, @Ctx() ctx: Context) {
    return new PlacementService(ctx).weekNumber(p);
  }

  @FieldResolver(() => HoursPlanStep, {
    nullable: true,
    description: 'The hours plan step for the current week; null before the start and once ended',
  })
  currentPlannedHours(@Root() p: Placement, @Ctx() ctx: Context) {
    return new PlacementService(ctx).currentPlannedHours(p);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'When the next follow-up is due; null once ended' })
  nextFollowUpDue(@Root() p: Placement, @Ctx() ctx: Context) {
    return new FollowUpService(ctx).nextFollowUpDue(p);
  }
}

@Resolver(() => FollowUp)
export class FollowUpResolver {
  @FieldResolver(() => FollowUpAuthor, { description: 'Who recorded it: name and role' })
  recordedBy(@Root() f: FollowUp, @Ctx() ctx: Context) {
    return new FollowUpService(ctx).followUpAuthor(f);
  }

  @FieldResolver(() => Date, { description: 'When it was recorded' })
  recordedAt(@Root() f: FollowUp) {
    return f.createdAt;
  }

  @FieldResolver(() => Boolean, { description: 'A later correction replaced it; it stays in the history' })
  superseded(@Root() f: FollowUp) {
    return !!f.supersededBy;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The correction that replaced it' })
  supersededById(@Root() f: FollowUp) {
    return f.supersededBy?.id ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The follow-up this one corrects' })
  correctsFollowUpId(@Root() f: FollowUp) {
    return f.corrects?.id ?? null;
  }

  @FieldResolver(() => String, { description: 'Empty for a consultant or company when the person withheld consent' })
  note(@Root() f: FollowUp, @Ctx() ctx: Context) {
    return new FollowUpService(ctx).followUpNote(f);
  }
}

@Resolver(() => PlacementAgreement)
export class PlacementAgreementResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The job centre's reason for withdrawing the version, if it gave one; null for a consultant or company when the person withheld consent",
  })
  withdrawalReason(@Root() a: PlacementAgreement, @Ctx() ctx: Context) {
    return new AgreementService(ctx).agreementReason(a, 'withdrawalReason');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The company's reason for refusing the version; null for a consultant when the person withheld consent",
  })
  refusalReason(@Root() a: PlacementAgreement, @Ctx() ctx: Context) {
    return new AgreementService(ctx).agreementReason(a, 'refusalReason');
  }
}
