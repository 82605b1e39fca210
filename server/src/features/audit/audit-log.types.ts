import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/pagination.js';

/** One audit row as an administrator reads it: names resolved and the action told in a sentence. */
@ObjectType()
export class AuditLogEntry {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The acting user’s name; null for the system or an unknown user',
  })
  actorName!: string | null;

  @Field()
  subjectId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'candidate, user, company or competence; null when the subject no longer exists',
  })
  subjectKind!: string | null;

  @Field(() => String, { nullable: true })
  subjectName!: string | null;

  @Field({ description: 'READ, CREATE, UPDATE, DELETE, EXPORT, …' })
  action!: string;

  @Field({ description: 'The operation as recorded, e.g. exportPlacementsCsv' })
  operation!: string;

  @Field(() => String, { nullable: true, description: 'The purpose in the caller’s language where it is a known one' })
  purpose!: string | null;

  @Field()
  allowed!: boolean;

  @Field({ description: 'What happened, in a sentence in the caller’s language' })
  description!: string;
}

export const AuditLogConnection = ConnectionType(AuditLogEntry, 'AuditLog');
