import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';
import { AlertActionStatus } from './alert-action.entity.js';

export enum AlertKind {
  ACTIVATION_GAP = 'ACTIVATION_GAP',
  FOLLOW_UP_OVERDUE = 'FOLLOW_UP_OVERDUE',
  PLACEMENT_ENDING = 'PLACEMENT_ENDING',
  PROGRESSION_STALLED = 'PROGRESSION_STALLED',
  COMPANY_CONTACT_DUE = 'COMPANY_CONTACT_DUE',
}
registerEnumType(AlertKind, {
  name: 'AlertKind',
  description:
    'ACTIVATION_GAP (6-week rule), FOLLOW_UP_OVERDUE, PLACEMENT_ENDING (no next step), PROGRESSION_STALLED (ordinary hours not rising), COMPANY_CONTACT_DUE (contact cadence)',
});

export enum AlertSeverity {
  INFO = 'INFO',
  WARNING = 'WARNING',
  CRITICAL = 'CRITICAL',
}
registerEnumType(AlertSeverity, { name: 'AlertSeverity' });

@ObjectType({ description: 'The person an alert is about' })
export class AlertCandidate {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String, {
    description:
      'Unambiguous for the reader: the full name for the adviser and ADMIN, first name + initial + age for a consultant or company while the person consents, else "en kandidat"',
  })
  name!: string;
}

@ObjectType({ description: 'The company an alert is about' })
export class AlertCompany {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'The placement an alert is about; fetch it with placement(id)' })
export class AlertPlacement {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'Something to act on, in the caller’s caseload, portfolio or company' })
export class Alert {
  @Field(() => ID, { description: 'Kind, subject and due date: a new due date is a new alert' })
  id!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Set while the caller has snoozed the alert' })
  snoozedUntil!: string | null;

  @Field(() => AlertKind)
  kind!: AlertKind;

  @Field(() => AlertSeverity)
  severity!: AlertSeverity;

  @Field(() => DateScalar, { description: 'When the problem becomes (or became) due' })
  dueDate!: string;

  @Field(() => String, { description: 'What is wrong and by when, in the caller’s language (da or en)' })
  message!: string;

  @Field(() => AlertCandidate, { nullable: true })
  candidate!: AlertCandidate | null;

  @Field(() => AlertCompany, { nullable: true })
  company!: AlertCompany | null;

  @Field(() => AlertPlacement, { nullable: true })
  placement!: AlertPlacement | null;
}

@ObjectType({ description: 'An alert the caller snoozed or handled: the history of the work queue' })
export class AlertHistoryEntry {
  @Field(() => ID, { description: 'The alert (kind, subject and due date)' })
  alertId!: string;

  @Field(() => AlertKind)
  kind!: AlertKind;

  @Field(() => AlertActionStatus)
  status!: AlertActionStatus;

  @Field(() => DateScalar)
  dueDate!: string;

  @Field(() => DateScalar, { nullable: true })
  snoozedUntil!: string | null;

  @Field(() => String, { description: 'What was done (handled alerts)' })
  note!: string;

  @Field(() => String, {
    description:
      'The alert as it read when acted on; empty for a consultant or company once the person withdrew consent',
  })
  message!: string;

  @Field(() => Date, { description: 'When it was snoozed or handled' })
  actedAt!: Date;

  @Field(() => AlertCandidate, { nullable: true })
  candidate!: AlertCandidate | null;

  @Field(() => AlertCompany, { nullable: true })
  company!: AlertCompany | null;

  @Field(() => AlertPlacement, { nullable: true })
  placement!: AlertPlacement | null;
}
