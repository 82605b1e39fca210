import {
  BeforeCreate,
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity.js';
import { DanishLevel } from '../../shared/enums.js';
import { DateScalar } from '../../shared/scalars.js';
import type { Company } from '../companies/company.entity.js';
import type { Competence } from '../competences/competence.entity.js';
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
export class IguSlot extends BaseEntity<
  'status' | 'statusReason' | 'version' | 'openingsLeft' | 'description' | 'danishLevel'
> {
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

  /** The same requirement fields as a task: matched and scored the same way. */
  @OneToMany('IguSlotCompetence', 'slot', { orphanRemoval: true })
  competences = new Collection<IguSlotCompetence>(this);

  @Field(() => DanishLevel, { description: 'Danish needed for the work (NONE: no requirement)' })
  @Enum({ items: () => DanishLevel, default: DanishLevel.NONE })
  danishLevel: DanishLevel = DanishLevel.NONE;

  @Field(() => Float)
  @Property({ type: 'double' })
  weeklyHours!: number;

  @Field(() => Float, { description: 'Kroner per hour' })
  @Property({ type: 'double' })
  hourlyWage!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  openings!: number;

  /**
   * Derived, stored for search and matching: openings − ACTIVE (running or planned) placements on it −
   * ACCEPTED proposals not yet placed (features/availability); recomputed in the same transaction.
   */
  @Field(() => Int, {
    description: 'Openings not yet taken: openings − active and planned placements − accepted proposals; 0 = filled',
  })
  @Property({ type: 'integer', default: 0 })
  openingsLeft!: number;

  /** A new opening has all its places free; later changes go through refreshAvailability. */
  @BeforeCreate()
  initOpeningsLeft(): void {
    if (this.openingsLeft === undefined) this.openingsLeft = this.openings;
  }

  @Field()
  @Property({ type: 'string', length: 4 })
  postcode!: string;

  @Field(() => IguSlotStatus)
  @Enum({ items: () => IguSlotStatus, default: IguSlotStatus.OPEN })
  status: IguSlotStatus = IguSlotStatus.OPEN;

  /** A person's words, or a code of shared/system-reasons.ts; GraphQL answers in the reader's language. */
  @Property({ type: 'text', nullable: true })
  statusReason: string | null = null;

  @Field(() => Int)
  @Property({ version: true, type: 'integer' })
  version: number = 1;
}

/** A competence an IGU slot requires, at least at minLevel. */
@Entity({ tableName: 'igu_slot_competence' })
@Check({ name: 'igu_slot_competence_level', expression: 'min_level between 1 and 4' })
export class IguSlotCompetence {
  @ManyToOne(() => IguSlot, { ref: true, primary: true, deleteRule: 'cascade' })
  slot!: Ref<IguSlot>;

  @ManyToOne('Competence', { ref: true, primary: true })
  competence!: Ref<Competence>;

  @Property({ type: 'smallint' })
  minLevel!: number;
}
