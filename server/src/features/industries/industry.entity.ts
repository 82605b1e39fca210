import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum IndustryLevel {
  SECTION = 'SECTION',
  DIVISION = 'DIVISION',
}
registerEnumType(IndustryLevel, {
  name: 'IndustryLevel',
  description: 'DB07 level: a lettered section or a two-digit division',
});

/** A DB07 industry (Danmarks Statistik, NACE-based); the code is the stable key. */
@ObjectType()
@Entity({ tableName: 'industry' })
export class Industry {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 8 })
  code!: string;

  @Field()
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  nameEn: string | null = null;

  @Field(() => IndustryLevel)
  @Enum({ items: () => IndustryLevel })
  level!: IndustryLevel;

  @Field(() => String, { nullable: true, description: 'The section letter of a division' })
  @Property({ type: 'string', length: 8, nullable: true })
  section: string | null = null;
}
