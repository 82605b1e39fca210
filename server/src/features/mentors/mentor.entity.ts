import { Check, Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TextArrayType } from '../../db/text-array.type.js';
import { BaseEntity } from '../../shared/base.entity.js';
import { DateScalar } from '../../shared/scalars.js';
import type { Company } from '../companies/company.entity.js';

/**
 * A trained company mentor (issue 16.4; Vesthimmerland's company mentors): a person at the company who
 * takes interns, up to `maxInterns` at once. A placement names its mentor.
 */
@ObjectType({ description: 'A mentor at a company: name, languages, training date, interns at once' })
@Entity({ tableName: 'mentor' })
@Check({ name: 'mentor_max_interns_positive', expression: 'max_interns > 0' })
export class Mentor extends BaseEntity<'languages' | 'trainedOn' | 'version'> {
  @ManyToOne('Company', { ref: true, deleteRule: 'cascade' })
  @Index()
  company!: Ref<Company>;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => [String], { description: 'Languages the mentor speaks (names or ISO 639-1 codes), as entered' })
  @Property({ type: TextArrayType, default: '{}' })
  languages: string[] = [];

  @Field(() => DateScalar, { nullable: true, description: 'When the mentor finished the mentor training' })
  @Property({ type: 'date', nullable: true })
  trainedOn: string | null = null;

  @Field(() => Int, { description: 'How many interns the mentor can take at once' })
  @Property({ type: 'integer' })
  maxInterns!: number;

  @Field(() => Int)
  @Property({ version: true, type: 'integer' })
  version: number = 1;
}
