import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { DanishLevel } from '../../shared/enums.js';
import { Candidate, Readiness } from '../candidates/candidate.entity.js';
import { IguSlot } from '../igu-slots/igu-slot.entity.js';
import { UnsolvedTask } from '../tasks/unsolved-task.entity.js';

@ObjectType({ description: 'One reason behind a match score, in words a consultant understands' })
export class MatchFactorView {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => Float, { description: 'Weight of this factor in the score' })
  weight!: number;

  @Field(() => Float, { description: '0 (poor) … 1 (excellent)' })
  score!: number;

  @Field({ description: 'Written from the same number as score' })
  explanation!: string;

  @Field({ description: 'A gap: true exactly when this factor lowers the match score' })
  gap!: boolean;

  @Field(() => Float, { description: 'Points of the 0–100 score this factor costs (0 unless a gap)' })
  pointsLost!: number;
}

@ObjectType()
export class CandidateMatch {
  @Field(() => Candidate)
  candidate!: Candidate;

  @Field(() => Float, { description: '0–100' })
  score!: number;

  @Field(() => [MatchFactorView])
  factors!: MatchFactorView[];

  @Field(() => Int, {
    description:
      'Required competences the person lacks (learning goals aside): each one puts the pair below every pair that lacks fewer, so a score of 0 with one missing still ranks above 0 with two',
  })
  missingRequired!: number;

  @Field(() => Float, {
    description:
      'The 0–100 score before the cost of missing required competences: how well everything else fits (hours, Danish, distance, industry…). Equal to score when none is missing',
  })
  scoreBeforeMissing!: number;
}

@ObjectType({ description: 'A suggested opening for a candidate: a task or an IGU slot' })
export class OpeningMatch {
  @Field(() => UnsolvedTask, { nullable: true })
  task!: UnsolvedTask | null;

  @Field(() => IguSlot, { nullable: true })
  iguSlot!: IguSlot | null;

  @Field(() => Float)
  score!: number;

  @Field(() => [MatchFactorView])
  factors!: MatchFactorView[];

  @Field(() => Int, {
    description:
      'Required competences the person lacks (learning goals aside): each one puts the pair below every pair that lacks fewer, so a score of 0 with one missing still ranks above 0 with two',
  })
  missingRequired!: number;

  @Field(() => Float, {
    description:
      'The 0–100 score before the cost of missing required competences: how well everything else fits (hours, Danish, distance, industry…). Equal to score when none is missing',
  })
  scoreBeforeMissing!: number;
}

@InputType()
export class CandidateSearchFilter {
  @Field(() => [String], { nullable: true, description: 'DB07 division codes the person wishes' })
  industriesWished?: string[] | null;

  @Field(() => [Readiness], { nullable: true })
  readiness?: Readiness[] | null;

  @Field(() => DanishLevel, { nullable: true })
  minDanishLevel?: DanishLevel | null;

  @Field(() => Float, { nullable: true })
  minAvailableHours?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Only people with at least this many free hours a week (freeWeeklyHours), 0–37',
  })
  minFreeHours?: number | null;

  @Field(() => String, { nullable: true, description: 'With withinKm: distance from this postcode' })
  postcode?: string | null;

  @Field(() => Float, { nullable: true })
  withinKm?: number | null;

  @Field(() => Boolean, { nullable: true })
  iguEligible?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  hasDrivingLicence?: boolean | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Competence ids the person must have' })
  competenceIds?: string[] | null;
}

@ObjectType()
export class SearchHighlight {
  @Field()
  field!: string;

  @Field({
    description: 'HTML: the text escaped (&lt; &gt; &amp; &quot; &#39;) with <mark>…</mark> around the matched words',
  })
  snippet!: string;
}

@ObjectType()
export class CandidateSearchHit {
  @Field(() => Candidate)
  candidate!: Candidate;

  @Field(() => [SearchHighlight])
  highlights!: SearchHighlight[];
}

@ObjectType()
export class FacetValue {
  @Field()
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class Facet {
  @Field()
  field!: string;

  @Field(() => [FacetValue])
  values!: FacetValue[];
}

@ObjectType()
export class CandidateSearchResult {
  @Field(() => Int)
  totalHits!: number;

  @Field(() => [CandidateSearchHit])
  hits!: CandidateSearchHit[];

  @Field(() => [Facet])
  facets!: Facet[];
}
