import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../shared/scalars.js';

@InputType()
export class DashboardFilter {
  @Field(() => String, {
    nullable: true,
    description: "DB07 code of the company's industry: a division (e.g. 52) or a section letter (e.g. H)",
  })
  industryCode?: string | null;

  @Field(() => ID, { nullable: true, description: "The company's consultant" })
  consultantId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Start of the period for conversions (inclusive)' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'End of the period for conversions (inclusive)' })
  to?: string | null;
}
