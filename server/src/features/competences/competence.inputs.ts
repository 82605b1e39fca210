import { Field, InputType } from 'type-graphql';

@InputType()
export class CreateCompetenceInput {
  @Field({ description: 'Danish name, e.g. "Gaffeltruckkørsel"' })
  name!: string;

  @Field({ description: 'English name, e.g. "Forklift operation"' })
  nameEn!: string;

  @Field({
    description:
      'Area: warehouse, cleaning, kitchen, care, driving, construction, manufacturing, retail, agriculture, hospitality, maintenance, office or transversal',
  })
  domain!: string;

  @Field(() => [String], { nullable: true, description: 'What people type for it, Danish and English (at most 20)' })
  synonyms?: string[] | null;
}
