import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TextArrayType } from '../../db/text-array.type.js';
import { BaseEntity } from '../../shared/base.entity.js';

/** One entry of the competence catalogue: job functions people can do, not job titles. */
@ObjectType()
@Entity({ tableName: 'competence' })
export class Competence extends BaseEntity<'escoUri' | 'synonyms'> {
  @Field()
  @Property({ type: 'string', length: 80 })
  @Unique()
  code!: string;

  @Field({ description: 'Danish name' })
  @Property({ type: 'string', length: 200 })
  @Index()
  name!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  escoUri: string | null = null;

  @Field()
  @Property({ type: 'string', length: 40 })
  domain!: string;

  @Field(() => [String], { description: 'What people really type, Danish and English, misspellings included' })
  @Property({ type: TextArrayType, default: '{}' })
  synonyms: string[] = [];
}
