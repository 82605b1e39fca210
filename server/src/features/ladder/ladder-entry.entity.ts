import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { DateScalar } from '../../shared/scalars.js';
import type { User } from '../auth/user.entity.js';
import type { Candidate } from '../candidates/candidate.entity.js';
import type { Placement } from '../placements/placement.entity.js';

export enum LadderEventKind {
  PLACEMENT_STARTED = 'PLACEMENT_STARTED',
  ORDINARY_HOURS_RECORDED = 'ORDINARY_HOURS_RECORDED',
  CONVERTED = 'CONVERTED',
  /** The adviser set the step by hand, with a reason (up or down). */
  CORRECTED = 'CORRECTED',
}
registerEnumType(LadderEventKind, {
  name: 'LadderEventKind',
  description: 'What moved a person on the progression ladder',
});

/** One move up the progression ladder: from which step to which, on what day, and why. */
@ObjectType({ description: 'One move on the progression ladder' })
@Entity({ tableName: 'ladder_entry' })
export class LadderEntry extends BaseEntity<'placement' | 'recordedBy' | 'reason'> {
  @ManyToOne('Candidate', { ref: true, deleteRule: 'cascade' })
  @Index()
  candidate!: Ref<Candidate>;

  @Field(() => DateScalar, { description: 'The day of the event (the placement start, follow-up or conversion)' })
  @Property({ type: 'date' })
  date!: string;

  /** Step keys as configured (config.rules.ladder); GraphQL: fromStep / toStep with labels. */
  @Property({ type: 'string', length: 40 })
  fromStepKey!: string;

  @Property({ type: 'string', length: 40 })
  toStepKey!: string;

  @Field(() => LadderEventKind)
  @Enum({ items: () => LadderEventKind })
  event!: LadderEventKind;

  @ManyToOne('Placement', { ref: true, nullable: true, deleteRule: 'set null' })
  placement: Ref<Placement> | null = null;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  recordedBy: Ref<User> | null = null;

  @Field(() => String, { nullable: true, description: "The adviser's reason for a correction by hand" })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The placement behind the event' })
  get placementId(): string | null {
    return this.placement?.id ?? null;
  }
}
