import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { loadRef } from '../../db/load-ref.js';
import type { Context } from '../../shared/context.js';
import { Expensive, searching } from '../../shared/expensive.js';
import type { Connection } from '../../shared/pagination.js';
import { DateScalar } from '../../shared/scalars.js';
import { Role } from '../auth/user.entity.js';
import { UserSummary } from '../auth/user-summary.type.js';
import { IguSlot } from '../igu-slots/igu-slot.entity.js';
import { Industry } from '../industries/industry.entity.js';
import { Placement } from '../placements/placement.entity.js';
import { UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import { Company, CompanyContactKind, ContactPerson } from './company.entity.js';
import { CompanyFilter, CreateCompanyInput, UpdateCompanyInput } from './company.inputs.js';
import { CompanyService } from './company.service.js';
import { CompanyConnection, CompanyContactEntry } from './company.types.js';

@Resolver(() => Company)
export class CompanyResolver {
  @Authorized()
  @Query(() => CompanyConnection, { description: 'Partner companies in your scope, ordered by name.' })
  @Expensive(searching)
  companies(
    @Ctx() ctx: Context,
    @Arg('filter', () => CompanyFilter, { nullable: true }) filter?: CompanyFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Connection<Company>> {
    return new CompanyService(ctx).list(filter, first, after);
  }

  @Authorized()
  @Query(() => Company, { nullable: true, description: 'One company: NOT_FOUND or FORBIDDEN when out of reach.' })
  company(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Company> {
    return new CompanyService(ctx).get(id);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT)
  @Mutation(() => Company)
  createCompany(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateCompanyInput) input: CreateCompanyInput,
  ): Promise<Company> {
    return new CompanyService(ctx).create(input);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT, Role.COMPANY)
  @Mutation(() => Company)
  updateCompany(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCompanyInput) input: UpdateCompanyInput,
  ): Promise<Company> {
    return new CompanyService(ctx).update(id, input);
  }

  @Authorized(Role.ADMIN, Role.CONSULTANT)
  @Mutation(() => Company, { description: 'Logs a visit, call or meeting with the company and sets lastContactAt.' })
  recordCompanyContact(
    @Ctx() ctx: Context,
    @Arg('companyId', () => ID) companyId: string,
    @Arg('note', () => String) note: string,
    @Arg('kind', () => CompanyContactKind, { nullable: true, description: 'Telefon, besøg or mail' })
    kind: CompanyContactKind | null,
    @Arg('contactPersonId', () => ID, { nullable: true, description: "One of the company's contact persons" })
    contactPersonId: string | null,
    @Arg('nextContactDate', () => DateScalar, {
      nullable: true,
      description: 'The next contact agreed (today or later); the overdue rule uses it instead of the cadence',
    })
    nextContactDate: string | null,
  ): Promise<Company> {
    return new CompanyService(ctx).recordContact(companyId, note, { kind, contactPersonId, nextContactDate });
  }

  @FieldResolver(() => String, { nullable: true })
  cvr(@Root() company: Company, @Ctx() ctx: Context): Promise<string | null> {
    return new CompanyService(ctx).cvrOf(company);
  }

  @FieldResolver(() => Industry)
  industry(@Root() company: Company, @Ctx() ctx: Context): Promise<Industry> {
    return loadRef(ctx.em, company.industry);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  consultant(@Root() company: Company, @Ctx() ctx: Context): Promise<UserSummary | null> {
    return new CompanyService(ctx).consultantOf(company);
  }

  @FieldResolver(() => [ContactPerson])
  contacts(@Root() company: Company, @Ctx() ctx: Context): Promise<ContactPerson[]> {
    return new CompanyService(ctx).contactsOf(company);
  }

  @FieldResolver(() => [UnsolvedTask], { description: 'Unsolved tasks, newest first' })
  tasks(@Root() company: Company, @Ctx() ctx: Context): Promise<UnsolvedTask[]> {
    return new CompanyService(ctx).tasksOf(company);
  }

  @FieldResolver(() => [IguSlot], { description: 'IGU slots, newest first' })
  iguSlots(@Root() company: Company, @Ctx() ctx: Context): Promise<IguSlot[]> {
    return new CompanyService(ctx).iguSlotsOf(company);
  }

  @FieldResolver(() => [Placement], { description: 'Placements at the company, newest first' })
  placements(@Root() company: Company, @Ctx() ctx: Context): Promise<Placement[]> {
    return new CompanyService(ctx).placementsOf(company);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Kontakt forfalden: the next contact (agreed at the last contact, else by the cadence) fell due before today',
  })
  contactDue(@Root() company: Company, @Ctx() ctx: Context): Promise<boolean> {
    return new CompanyService(ctx).contactDue(company);
  }

  @FieldResolver(() => DateScalar, {
    description:
      'When the next contact is due: the date agreed at the last contact, else the last contact plus the cadence',
  })
  nextContactDue(@Root() company: Company, @Ctx() ctx: Context): Promise<string> {
    return new CompanyService(ctx).nextContactDue(company);
  }

  @FieldResolver(() => [CompanyContactEntry], { description: 'Contacts with the company, newest first' })
  contactLog(
    @Root() company: Company,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
  ): Promise<CompanyContactEntry[]> {
    return new CompanyService(ctx).contactLogOf(company, first);
  }
}
