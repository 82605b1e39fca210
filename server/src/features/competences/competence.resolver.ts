import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { COMPETENCE_DOMAINS } from '../../db/seed/competence-catalogue.js';
import type { Context } from '../../shared/context.js';
import { Role } from '../auth/user.entity.js';
import { Competence } from './competence.entity.js';
import { CreateCompetenceInput } from './competence.inputs.js';
import { CompetenceService } from './competence.service.js';

@Resolver(() => Competence)
export class CompetenceResolver {
  @Authorized()
  @Query(() => [Competence], {
    description: 'The competence catalogue; search matches names, English names and synonyms, ordered by name.',
  })
  competences(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
  ): Promise<Competence[]> {
    return new CompetenceService(ctx).search(search);
  }

  @Authorized()
  @Query(() => [String], {
    description:
      "The competence areas (Competence.domain, CreateCompetenceInput.domain), in the catalogue's order: the portal's list of areas.",
  })
  competenceDomains(): string[] {
    return [...COMPETENCE_DOMAINS];
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Competence, {
    description:
      'Adds a competence to the catalogue (ADMIN); names already in the catalogue are refused. Searchable at once.',
  })
  createCompetence(
    @Arg('input', () => CreateCompetenceInput) input: CreateCompetenceInput,
    @Ctx() ctx: Context,
  ): Promise<Competence> {
    return new CompetenceService(ctx).create(input);
  }
}
