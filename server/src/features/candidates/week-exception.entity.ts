import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { DateScalar } from '../../shared/scalars.js';
import type { User } from '../auth/user.entity.js';
import type { Candidate } from './candidate.entity.js';

/**
 * An adviser's confirmed exception to the 37-hour week (issue 16.3): the week a change made heavier
 * than full time, and why the adviser allowed it. Kept as history; the person's page shows the latest
 * while the week is still over full time.
 */
@ObjectType({ description: "An adviser's confirmed exception to the full-time week, with the reason" })
@Entity({ tableName: 'week_exception' })
export class WeekException extends BaseEntity {
  @ManyToOne('Candidate', { ref: true, deleteRule: 'cascade' })
  @Index()
  candidate!: Ref<Candidate>;

  @Field(() => Float, { description: 'The heaviest planned week (placements + activities) the exception allows' })
  @Property({ type: 'double' })
  weekHours!: number;

  @Field(() => Float, { description: 'Full time when the exception was confirmed (37)' })
  @Property({ type: 'double' })
  fullTimeHours!: number;

  @Field(() => DateScalar, { description: 'First day of that heaviest week' })
  @Property({ type: 'date' })
  weekFrom!: string;

  @Field({ description: "The adviser's reason" })
  @Property({ type: 'text' })
  reason!: string;

  /** The mutation that made the week heavier (startPlacement, updatePlacement, updateCandidate, …). */
  @Field()
  @Property({ type: 'string', length: 60 })
  operation!: string;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  confirmedBy: Ref<User> | null = null;

  /** The adviser's name as it was when confirming: the record keeps who answered for it. */
  @Field({ description: 'Who confirmed the exception' })
  @Property({ type: 'string', length: 200 })
  confirmedByName!: string;
}
