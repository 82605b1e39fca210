import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/pagination.js';
import { DateScalar } from '../../shared/scalars.js';
import { UserSummary } from '../auth/user-summary.type.js';
import { Company, CompanyContactKind, ContactPerson } from './company.entity.js';

export const CompanyConnection = ConnectionType(Company, 'Company');

/** One entry of a company's contact log as the API shows it. */
@ObjectType({ description: 'A visit, call or meeting with the company' })
export class CompanyContactEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  contactedAt!: Date;

  @Field(() => String)
  note!: string;

  @Field(() => UserSummary, { nullable: true, description: 'Who made the contact' })
  by!: UserSummary | null;

  @Field(() => CompanyContactKind, {
    nullable: true,
    description: 'Null for entries logged before contacts had a type',
  })
  kind!: CompanyContactKind | null;

  @Field(() => ContactPerson, { nullable: true, description: 'Whom at the company the contact was with' })
  contactPerson!: ContactPerson | null;

  @Field(() => DateScalar, { nullable: true, description: 'The next contact agreed' })
  nextContactDate!: string | null;
}
