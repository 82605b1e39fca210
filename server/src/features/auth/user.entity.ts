import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import type { Company } from '../companies/company.entity.js';
import { Industry } from '../industries/industry.entity.js';

export enum Role {
  ADMIN = 'ADMIN',
  CONSULTANT = 'CONSULTANT',
  ADVISER = 'ADVISER',
  COMPANY = 'COMPANY',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'ADMIN; CONSULTANT (virksomhedskonsulent); ADVISER (jobrådgiver); COMPANY (partner company user)',
});

@ObjectType()
@Entity({ tableName: 'app_user' })
export class User extends BaseEntity<'active' | 'sessionEpoch' | 'passwordHash' | 'company' | 'lastLoginAt'> {
  @Field()
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  /** argon2id; null for users who only sign in through single sign-on. */
  @Property({ type: 'string', nullable: true, lazy: true })
  passwordHash: string | null = null;

  /** Set for COMPANY users: the only company they can reach. */
  @ManyToOne('Company', { ref: true, nullable: true, deleteRule: 'set null' })
  company: Ref<Company> | null = null;

  /** A consultant's industry portfolio. */
  @ManyToMany(() => Industry, undefined, { pivotTable: 'user_industry' })
  industries = new Collection<Industry>(this);

  @Field()
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  /** The portal language the user chose (da, en); null: follow the browser. Errors and texts use it. */
  @Field(() => String, { nullable: true, description: 'da or en; null: the browser decides.' })
  @Property({ type: 'string', length: 2, nullable: true })
  language: string | null = null;

  /** When the user last signed in (password or single sign-on); null: never. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null = null;

  /** Bumped on role change: sessions from an older epoch stop working. */
  @Property({ type: 'integer', default: 0 })
  sessionEpoch: number = 0;
}
