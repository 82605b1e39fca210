import { Field, ID, InputType } from 'type-graphql';
import { ProposalStatus } from './proposal.entity.js';

@InputType()
export class ProposalFilter {
  @Field(() => ProposalStatus, { nullable: true })
  status?: ProposalStatus | null;

  @Field(() => ID, { nullable: true })
  taskId?: string | null;

  @Field(() => ID, { nullable: true })
  iguSlotId?: string | null;

  @Field(() => ID, { nullable: true })
  candidateId?: string | null;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;
}
