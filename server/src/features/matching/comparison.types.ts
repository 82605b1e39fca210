import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Candidate } from '../candidates/candidate.entity.js';
import { IguSlot } from '../igu-slots/igu-slot.entity.js';
import { UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import type { RequirementKey as Key, RequirementStatus as Status } from './comparison.js';
import { MatchFactorView } from './matching.types.js';

export enum RequirementKey {
  COMPETENCE = 'COMPETENCE',
  DANISH = 'DANISH',
  HOURS = 'HOURS',
  COMMUTE = 'COMMUTE',
  DRIVING_LICENCE = 'DRIVING_LICENCE',
  IGU = 'IGU',
}
registerEnumType(RequirementKey, { name: 'RequirementKey' });

export enum RequirementStatus {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(RequirementStatus, {
  name: 'RequirementStatus',
  description: 'UNKNOWN: the data to decide is missing (e.g. no place, no hours stated)',
});

// The pure module's string unions and these enums must stay the same set.
const _keys: Record<Key, RequirementKey> = RequirementKey;
const _statuses: Record<Status, RequirementStatus> = RequirementStatus;
void _keys;
void _statuses;

@ObjectType({ description: "One requirement of an opening and whether the person meets it, in the caller's language" })
export class RequirementCheckView {
  @Field(() => RequirementKey)
  key!: RequirementKey;

  @Field(() => ID, { nullable: true, description: 'For COMPETENCE rows' })
  competenceId!: string | null;

  @Field()
  label!: string;

  @Field(() => RequirementStatus)
  status!: RequirementStatus;

  @Field({ description: 'What the opening needs' })
  needs!: string;

  @Field({ description: 'What the person has' })
  has!: string;
}

@ObjectType({ description: 'One person side by side with one task or IGU slot, scored by the matching scorer' })
export class CandidateComparison {
  @Field(() => Candidate)
  candidate!: Candidate;

  @Field(() => UnsolvedTask, { nullable: true })
  task!: UnsolvedTask | null;

  @Field(() => IguSlot, { nullable: true })
  iguSlot!: IguSlot | null;

  @Field(() => Float, { description: '0–100, as in the suggestions' })
  score!: number;

  @Field(() => [MatchFactorView])
  factors!: MatchFactorView[];

  @Field(() => String, { nullable: true, description: 'Set when a hard rule keeps the pair out of the suggestions' })
  exclusionReason!: string | null;

  @Field(() => [RequirementCheckView])
  requirements!: RequirementCheckView[];
}
