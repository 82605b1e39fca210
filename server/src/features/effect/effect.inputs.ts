import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';
import { PlacementType } from '../placements/placement.entity.js';

@InputType({ description: 'Which placements form the cohorts: by start date, type and the company’s industry' })
export class EffectFilter {
  @Field(() => String, {
    nullable: true,
    description: "DB07 code of the company's industry: a division (e.g. 52) or a section letter (e.g. H)",
  })
  industryCode?: string | null;

  @Field(() => [PlacementType], { nullable: true, description: 'Placement types; default all' })
  types?: PlacementType[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'First start date (inclusive); default 24 months ago' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last start date (inclusive); default today' })
  to?: string | null;
}
