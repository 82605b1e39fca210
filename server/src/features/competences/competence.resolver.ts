import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { Competence } from './competence.entity.js';
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
}
