import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/pagination.js';
import { Proposal, ProposalStatus } from './proposal.entity.js';

/** One step in a proposal's life: who moved it to which status, when and why. */
@ObjectType()
export class ProposalHistoryView {
  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the user who made the change' })
  byName!: string | null;
}

export const ProposalConnection = ConnectionType(Proposal, 'Proposal');
