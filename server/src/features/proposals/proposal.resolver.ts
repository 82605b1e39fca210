import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import type { Connection } from '../../shared/pagination.js';
import { reasonText } from '../../shared/system-reasons.js';
import { Role } from '../auth/user.entity.js';
import { UserSummary } from '../auth/user-summary.type.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { SharedCandidateProfile } from '../candidates/shared-profile.type.js';
import { Company } from '../companies/company.entity.js';
import { IguSlot } from '../igu-slots/igu-slot.entity.js';
import { UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import { Proposal } from './proposal.entity.js';
import { ProposalFilter } from './proposal.inputs.js';
import { ProposalService } from './proposal.service.js';
import { ProposalConnection, ProposalHistoryView } from './proposal.types.js';

const svc = (ctx: Context) => new ProposalService(ctx);

@Resolver(() => Proposal)
export class ProposalResolver {
  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Mutation(() => Proposal, { description: 'Shares a minimal profile of a consenting person with the company' })
  proposeCandidate(
    @Arg('candidateId', () => ID) candidateId: string,
    @Arg('taskId', () => ID, { nullable: true }) taskId: string | null,
    @Arg('iguSlotId', () => ID, { nullable: true }) iguSlotId: string | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<Proposal> {
    return svc(ctx).propose({ candidateId, taskId, iguSlotId, note });
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Mutation(() => Proposal, {
    description:
      "Puts a consenting person on an opening's shortlist (SUGGESTED): seen only by the job centre until sent",
  })
  shortlistCandidate(
    @Arg('candidateId', () => ID) candidateId: string,
    @Arg('taskId', () => ID, { nullable: true }) taskId: string | null,
    @Arg('iguSlotId', () => ID, { nullable: true }) iguSlotId: string | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<Proposal> {
    return svc(ctx).shortlist({ candidateId, taskId, iguSlotId, note });
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Mutation(() => Proposal, {
    description: 'Sends a shortlisted person to the company: SUGGESTED → PROPOSED; the company sees the shared profile',
  })
  sendProposal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Proposal> {
    return svc(ctx).send(id);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Query(() => [Proposal], {
    description:
      "An opening's shortlist for the job centre, newest first: open entries (SUGGESTED, PROPOSED, ACCEPTED), closed ones too with includeClosed",
  })
  shortlist(
    @Arg('taskId', () => ID, { nullable: true }) taskId: string | null,
    @Arg('iguSlotId', () => ID, { nullable: true }) iguSlotId: string | null,
    @Arg('includeClosed', () => Boolean, { defaultValue: false }) includeClosed: boolean,
    @Ctx() ctx: Context,
  ): Promise<Proposal[]> {
    return svc(ctx).shortlistFor(taskId, iguSlotId, includeClosed);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.COMPANY)
  @Mutation(() => Proposal, { description: 'PROPOSED → ACCEPTED | DECLINED; declining needs a reason' })
  respondToProposal(
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('accept', () => Boolean) accept: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Proposal> {
    return svc(ctx).respond(proposalId, accept, reason);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.ADVISER)
  @Mutation(() => Proposal)
  withdrawProposal(
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<Proposal> {
    return svc(ctx).withdraw(proposalId, reason);
  }

  @Authorized()
  @Query(() => ProposalConnection)
  proposals(
    @Arg('filter', () => ProposalFilter, { nullable: true }) filter: ProposalFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Proposal>> {
    return svc(ctx).list(filter, first, after);
  }

  @Authorized()
  @Query(() => Proposal, { nullable: true })
  proposal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Proposal> {
    return svc(ctx).get(id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'To the company; a company reads it only while the proposal is shared and the person consents. Audit-logged.',
  })
  note(@Root() p: Proposal, @Ctx() ctx: Context): Promise<string | null> {
    return svc(ctx).note(p);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Reason for the latest decision: the person's words, or the system's in the caller's language",
  })
  reason(@Root() p: Proposal): string | null {
    return reasonText(p.reason);
  }

  @FieldResolver(() => [ProposalHistoryView])
  history(@Root() p: Proposal, @Ctx() ctx: Context): Promise<ProposalHistoryView[]> {
    return svc(ctx).history(p);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When it was sent to the company; null while shortlisted' })
  sentAt(@Root() p: Proposal, @Ctx() ctx: Context): Date | null {
    return svc(ctx).sentAt(p);
  }

  @FieldResolver(() => UnsolvedTask, { nullable: true })
  task(@Root() p: Proposal, @Ctx() ctx: Context): Promise<UnsolvedTask | null> {
    return svc(ctx).task(p);
  }

  @FieldResolver(() => IguSlot, { nullable: true })
  iguSlot(@Root() p: Proposal, @Ctx() ctx: Context): Promise<IguSlot | null> {
    return svc(ctx).iguSlot(p);
  }

  @FieldResolver(() => Company)
  company(@Root() p: Proposal, @Ctx() ctx: Context): Promise<Company> {
    return svc(ctx).company(p);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  proposedBy(@Root() p: Proposal, @Ctx() ctx: Context): Promise<UserSummary | null> {
    return svc(ctx).proposedBy(p);
  }

  @FieldResolver(() => SharedCandidateProfile, {
    nullable: true,
    description: 'The minimal profile shared with the company; null once consent is revoked. Audit-logged.',
  })
  profile(@Root() p: Proposal, @Ctx() ctx: Context): Promise<SharedCandidateProfile | null> {
    return svc(ctx).profile(p);
  }

  @FieldResolver(() => Candidate, { nullable: true, description: 'Never for COMPANY users' })
  candidate(@Root() p: Proposal, @Ctx() ctx: Context): Promise<Candidate | null> {
    return svc(ctx).candidate(p);
  }
}
