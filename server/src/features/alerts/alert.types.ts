import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';

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

@ObjectType({ description: 'The person an alert is about: first name only' })
export class AlertCandidate {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;
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
