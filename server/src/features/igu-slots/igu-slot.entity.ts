import { Check, Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { DateScalar } from '../../shared/scalars.js';
import type { Company } from '../companies/company.entity.js';
import type { Industry } from '../industries/industry.entity.js';

export enum IguSlotStatus {
  OPEN = 'OPEN',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
}
registerEnumType(IguSlotStatus, { name: 'IguSlotStatus' });

/** An IGU position (integrationsgrunduddannelse) a company offers: two years of paid work and school. */
@ObjectType()
@Entity({ tableName: 'igu_slot' })
@Index({ properties: ['status', 'industry'] })
@Check({ name: 'igu_hours_range', expression: 'weekly_hours > 0 and weekly_hours <= 37' })
@Check({ name: 'igu_wage_positive', expression: 'hourly_wage > 0' })
@Check({ name: 'igu_openings_positive', expression: 'openings >= 1' })
export class IguSlot extends BaseEntity<'status' | 'statusReason' | 'version' | 'description'> {
  @ManyToOne('Company', { ref: true, deleteRule: 'cascade' })
  @Index()
  company!: Ref<Company>;

  @Field()
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field()
  @Property({ type: 'text', default: '' })
  description: string = '';

  @ManyToOne('Industry', { ref: true })
  industry!: Ref<Industry>;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  weeklyHours!: number;

  @Field(() => Float, { description: 'Kroner per hour' })
  @Property({ type: 'double' })
  hourlyWage!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  openings!: number;

  @Field()
  @Property({ type: 'string', length: 4 })
  postcode!: string;

  @Field(() => IguSlotStatus)
  @Enum({ items: () => IguSlotStatus, default: IguSlotStatus.OPEN })
  status: IguSlotStatus = IguSlotStatus.OPEN;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  statusReason: string | null = null;

  @Field(() => Int)
  @Property({ version: true, type: 'integer' })
  version: number = 1;
}
