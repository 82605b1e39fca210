import {
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TextArrayType } from '../../db/text-array.type.js';
import { BaseEntity } from '../../shared/base.entity.js';
import type { User } from '../auth/user.entity.js';
import type { Industry } from '../industries/industry.entity.js';

export enum PartnershipTier {
  PARTNER = 'PARTNER',
  COLLABORATION = 'COLLABORATION',
  CONTACT = 'CONTACT',
}
registerEnumType(PartnershipTier, {
  name: 'PartnershipTier',
  description: 'partnerskabsvirksomhed / samarbejdsvirksomhed / kontaktvirksomhed',
});

export enum Sector {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
}
registerEnumType(Sector, { name: 'Sector' });

@ObjectType()
@Entity({ tableName: 'company' })
// The name search is ILIKE '%…%': a trigram index answers it without reading every row.
@Index({
  name: 'company_name_trgm',
  expression: 'create index "company_name_trgm" on "company" using gin ("name" gin_trgm_ops)',
})
@Check({ name: 'company_cvr_format', expression: "cvr ~ '^[1-9][0-9]{7}$'" })
@Check({ name: 'company_cadence_positive', expression: 'contact_cadence_days > 0' })
export class Company extends BaseEntity<
  'lastContactAt' | 'mentorCount' | 'mentorLanguages' | 'version' | 'consultant'
> {
  @Field(() => String, {
    nullable: true,
    description: 'Null for a caller who may not read the company (met through a proposal or a match)',
  })
  @Property({ type: 'string', length: 8 })
  @Unique()
  cvr!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  @Index()
  name!: string;

  @ManyToOne('Industry', { ref: true })
  @Index()
  industry!: Ref<Industry>;

  @Field(() => PartnershipTier)
  @Enum({ items: () => PartnershipTier })
  tier!: PartnershipTier;

  @Field(() => Sector)
  @Enum({ items: () => Sector })
  sector!: Sector;

  @Field()
  @Property({ type: 'string', length: 4 })
  postcode!: string;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  consultant: Ref<User> | null = null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  contactCadenceDays!: number;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastContactAt: Date | null = null;

  @Field(() => Int, { description: 'Trained company mentors' })
  @Property({ type: 'integer', default: 0 })
  mentorCount: number = 0;

  @Field(() => [String], { description: 'Languages the mentors speak (ISO 639-1 codes or names)' })
  @Property({ type: TextArrayType, default: '{}' })
  mentorLanguages: string[] = [];

  @Field(() => Int)
  @Property({ version: true, type: 'integer' })
  version: number = 1;

  @OneToMany('ContactPerson', 'company', { orphanRemoval: true })
  contacts = new Collection<ContactPerson>(this);

  @OneToMany('CompanyContact', 'company')
  contactLog = new Collection<CompanyContact>(this);
}

/** A person at the company the consultant talks to. */
@ObjectType()
@Entity({ tableName: 'contact_person' })
export class ContactPerson extends BaseEntity<'email' | 'phone' | 'title'> {
  @ManyToOne(() => Company, { ref: true, deleteRule: 'cascade' })
  @Index()
  company!: Ref<Company>;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  title: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  phone: string | null = null;
}

export enum CompanyContactKind {
  PHONE = 'PHONE',
  VISIT = 'VISIT',
  EMAIL = 'EMAIL',
}
registerEnumType(CompanyContactKind, { name: 'CompanyContactKind', description: 'telefon / besøg / mail' });

/** One entry in the contact log: a visit, call or mail with the company. */
@ObjectType()
@Entity({ tableName: 'company_contact' })
@Index({ properties: ['company', 'contactedAt'] })
export class CompanyContact extends BaseEntity<'kind' | 'contactPerson' | 'nextContactDate'> {
  @ManyToOne(() => Company, { ref: true, deleteRule: 'cascade' })
  company!: Ref<Company>;

  @ManyToOne('User', { ref: true, nullable: true, deleteRule: 'set null' })
  by!: Ref<User> | null;

  @Field()
  @Property({ type: 'timestamptz' })
  contactedAt!: Date;

  @Field()
  @Property({ type: 'text' })
  note!: string;

  /** Null for entries logged before contacts had a type. */
  @Enum({ items: () => CompanyContactKind, nullable: true })
  kind: CompanyContactKind | null = null;

  @ManyToOne(() => ContactPerson, { ref: true, nullable: true, deleteRule: 'set null' })
  contactPerson: Ref<ContactPerson> | null = null;

  /** Agreed date of the next contact: when set on the latest contact, the overdue rule uses it. */
  @Property({ type: 'date', nullable: true })
  nextContactDate: string | null = null;
}
