import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * One read or change of a person's data: who, whom, what, when, why, allowed or not.
 * Plain ids, no foreign keys: the trail outlives users and erased candidates.
 */
@ObjectType()
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['subjectId', 'at'] })
// The admin's whole-trail view pages newest first.
@Index({ properties: ['at'] })
export class AuditEntry {
  [OptionalProps]?: 'at' | 'actorId' | 'actorRole' | 'purpose';

  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field()
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  actorRole: string | null = null;

  @Field()
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field({ description: 'READ, CREATE, UPDATE, DELETE, EXPORT, …' })
  @Property({ type: 'string', length: 20 })
  action!: string;

  @Field({ description: 'The operation or field, e.g. "candidate" or "setCandidateCompetences"' })
  @Property({ type: 'string', length: 80 })
  operation!: string;

  /** A code of features/audit/purposes.ts or free text; GraphQL answers it in the reader's language. */
  @Property({ type: 'string', length: 200, nullable: true })
  purpose: string | null = null;

  @Field()
  @Property({ type: 'boolean' })
  allowed!: boolean;
}
