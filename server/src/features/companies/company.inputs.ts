import { Field, ID, InputType, Int } from 'type-graphql';
import { PartnershipTier, Sector } from './company.entity.js';

@InputType({ description: 'A person at the company; give the id to keep (and edit) an existing contact' })
export class ContactPersonInput {
  @Field(() => ID, { nullable: true, description: 'An existing contact to keep; omit for a new one' })
  id?: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType()
export class CreateCompanyInput {
  @Field(() => String, { description: '8-digit CVR number with a valid modulus-11 check digit' })
  cvr!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'A DB07 division (two digits), e.g. 56' })
  industryCode!: string;

  @Field(() => PartnershipTier)
  tier!: PartnershipTier;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => String)
  postcode!: string;

  @Field(() => ID, { nullable: true, description: 'A CONSULTANT user; a consultant creating the company by default' })
  consultantId?: string | null;

  @Field(() => Int, { nullable: true })
  mentorCount?: number | null;

  @Field(() => [String], { nullable: true })
  mentorLanguages?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Days between contacts; default from configuration' })
  contactCadenceDays?: number | null;

  @Field(() => [ContactPersonInput], { nullable: true })
  contacts?: ContactPersonInput[] | null;
}

@InputType({ description: 'Only the fields given are changed; contacts, when given, replace the list' })
export class UpdateCompanyInput {
  @Field(() => Int, { description: 'The version you read; a stale one is rejected with CONFLICT' })
  version!: number;

  @Field(() => String, { nullable: true })
  cvr?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  industryCode?: string | null;

  @Field(() => PartnershipTier, { nullable: true })
  tier?: PartnershipTier | null;

  @Field(() => Sector, { nullable: true })
  sector?: Sector | null;

  @Field(() => String, { nullable: true })
  postcode?: string | null;

  @Field(() => ID, { nullable: true, description: 'null removes the consultant' })
  consultantId?: string | null;

  @Field(() => Int, { nullable: true })
  mentorCount?: number | null;

  @Field(() => [String], { nullable: true })
  mentorLanguages?: string[] | null;

  @Field(() => Int, { nullable: true })
  contactCadenceDays?: number | null;

  @Field(() => [ContactPersonInput], { nullable: true })
  contacts?: ContactPersonInput[] | null;
}

@InputType()
export class CompanyFilter {
  @Field(() => String, { nullable: true })
  industryCode?: string | null;

  @Field(() => PartnershipTier, { nullable: true })
  tier?: PartnershipTier | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or the CVR number, case-insensitive' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  consultantId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '"Kontakt forfalden": true for companies whose next contact (agreed, or by their cadence) fell due before today; false for the rest',
  })
  contactOverdue?: boolean | null;
}
