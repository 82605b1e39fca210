import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import type { User } from '../auth/user.entity.js';
import type { Candidate } from '../candidates/candidate.entity.js';
import type { Company } from '../companies/company.entity.js';
import type { IguSlot } from '../igu-slots/igu-slot.entity.js';
import type { UnsolvedTask } from '../tasks/unsolved-task.entity.js';

export enum ProposalStatus {
  SUGGESTED = 'SUGGESTED',
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'SUGGESTED → PROPOSED → ACCEPTED | DECLINED | WITHDRAWN',
});

export interface ProposalHistoryEntry {
  status: ProposalStatus;
  at: string;
  byUserId: string | null;
  reason: string | null;
}

/** A candidate proposed for a task or IGU slot; the company sees only the minimal shared profile. */
@ObjectType()
@Entity({ tableName: 'proposal' })
@Index({ properties: ['company', 'status'] })
@Check({ name: 'proposal_one_opening', expression: '(task_id is null) <> (igu_slot_id is null)' })
export class Proposal extends BaseEntity<'note' | 'task' | 'iguSlot' | 'proposedBy' | 'history' | 'reason'> {
  @ManyToOne('Candidate', { ref: true, deleteRule: 'cascade' })
  @Index()
  candidate!: Ref<Candidate>;

  @ManyToOne('UnsolvedTask', { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  task: Ref<UnsolvedTask> | null = null;

  @ManyToOne('IguSlot', { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  iguSlot: Ref<IguSlot> | null = null;

  /** Denormalised from the opening: the company's scope check needs no join. */
  @ManyToOne('Company', { ref: true, deleteRule: 'cascade' })
  company!: Ref<Company>;

  @Field(() => ProposalStatus)
  @Enum({ items: () => ProposalStatus })
  status!: ProposalStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** A person's words, or a code of shared/system-reasons.ts; GraphQL answers in the reader's language. */
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  proposedBy: Ref<User> | null = null;

  @Property({ type: 'jsonb', default: '[]' })
  history: ProposalHistoryEntry[] = [];
}
