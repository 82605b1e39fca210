import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { languageName } from '../../shared/languages.js';
import { Mentor } from './mentor.entity.js';
import { CreateMentorInput, UpdateMentorInput } from './mentor.inputs.js';
import { MentorService } from './mentor.service.js';

@Resolver(() => Mentor)
export class MentorResolver {
  @Authorized()
  @Query(() => [Mentor], {
    description: "A company's mentors by name; a company user's own company when companyId is omitted",
  })
  mentors(@Arg('companyId', () => ID, { nullable: true }) companyId: string | null, @Ctx() ctx: Context) {
    return new MentorService(ctx).list(companyId);
  }

  @Authorized()
  @Mutation(() => Mentor, { description: 'Adds a mentor to a company (the company, its consultant or ADMIN)' })
  createMentor(@Arg('input', () => CreateMentorInput) input: CreateMentorInput, @Ctx() ctx: Context) {
    return new MentorService(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Mentor, { description: 'Changes a mentor (optimistic locking on version)' })
  updateMentor(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMentorInput) input: UpdateMentorInput,
    @Ctx() ctx: Context,
  ) {
    return new MentorService(ctx).update(id, input);
  }

  @FieldResolver(() => [String], { description: "The mentor's languages named in the caller's language" })
  languageNames(@Root() m: Mentor, @Ctx() ctx: Context): string[] {
    return m.languages.map((l) => languageName(l, ctx.locale));
  }

  @FieldResolver(() => Int, { description: 'Interns the mentor has now: running placements and drafts' })
  activeInterns(@Root() m: Mentor, @Ctx() ctx: Context) {
    return new MentorService(ctx).activeInterns(m);
  }
}
