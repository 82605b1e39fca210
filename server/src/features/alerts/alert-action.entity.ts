import { Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import type { Locale } from '../../i18n/index.js';
import { BaseEntity } from '../../shared/base.entity.js';
import type { User } from '../auth/user.entity.js';
import type { Candidate } from '../candidates/candidate.entity.js';
import type { Company } from '../companies/company.entity.js';
import type { Placement } from '../placements/placement.entity.js';

export enum AlertActionStatus {
  SNOOZED = 'SNOOZED',
  HANDLED = 'HANDLED',
}
registerEnumType(AlertActionStatus, {
  name: 'AlertActionStatus',
  description: 'SNOOZED: hidden until a date; HANDLED: done, with a note, kept in the history',
});

/**
 * What one user did with one alert of their work queue. Alerts are computed, not stored: an alert is
 * named by its kind, subject and due date (`alertId`), so a new due date is a new alert. The person,
 * company and placement are foreign keys that cascade: erasing a person erases their queue history.
 */
@Entity({ tableName: 'alert_action' })
@Unique({ properties: ['user', 'alertId'] })
@Index({ properties: ['user', 'status', 'updatedAt'] })
export class AlertAction extends BaseEntity<'snoozedUntil' | 'note' | 'candidate' | 'company' | 'placement'> {
  @ManyToOne('User', { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'string', length: 200 })
  alertId!: string;

  @Property({ type: 'string', length: 40 })
  kind!: string;

  @Property({ type: 'date' })
  dueDate!: string;

  @Enum({ items: () => AlertActionStatus })
  status!: AlertActionStatus;

  @Property({ type: 'date', nullable: true })
  snoozedUntil: string | null = null;

  @Property({ type: 'text', default: '' })
  note: string = '';

  /** The alert's text when it was acted on, in every language (da, en): the history shows the reader's. */
  @Property({ type: 'json' })
  messages!: Record<Locale, string>;

  @ManyToOne('Candidate', { ref: true, nullable: true, deleteRule: 'cascade' })
  candidate: Ref<Candidate> | null = null;

  @ManyToOne('Company', { ref: true, nullable: true, deleteRule: 'cascade' })
  company: Ref<Company> | null = null;

  @ManyToOne('Placement', { ref: true, nullable: true, deleteRule: 'cascade' })
  placement: Ref<Placement> | null = null;
}
