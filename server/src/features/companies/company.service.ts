import { Cursor, raw, ref } from '@mikro-orm/core';
import {
  type EntityManager,
  type FilterQuery,
  type FindOneOptions,
  LockMode,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/postgresql';
import { z } from 'zod';
import { sql } from '../../db/sql.js';
import { formatDate, t } from '../../i18n/index.js';
import { enqueueIndex } from '../../search/outbox.js';
import { todayInDenmark as today } from '../../shared/clock.js';
import type { ServiceContext } from '../../shared/context.js';
import { addDays, compareDates } from '../../shared/dates.js';
import { badInput, conflict, DomainError, forbidden } from '../../shared/errors.js';
import { findOr404, isUuid } from '../../shared/lookup.js';
import { paginate } from '../../shared/pagination.js';
import {
  fieldLabel,
  intRange,
  optionalText,
  parseInput,
  personName,
  postcode,
  say,
  text,
} from '../../shared/validate.js';
import { audit, auditReads } from '../audit/audit.service.js';
import {
  assertMayChangeCompany,
  assertMayReadCompany,
  companyFacts,
  companyWhere,
  mayReadCompany,
  placementWhere,
  requireUser,
  viewerOf,
} from '../auth/scope.js';
import { Role, User } from '../auth/user.entity.js';
import { toUserSummary, type UserSummary } from '../auth/user-summary.type.js';
import { IguSlot } from '../igu-slots/igu-slot.entity.js';
import { Industry, IndustryLevel } from '../industries/industry.entity.js';
import { Placement } from '../placements/placement.entity.js';
import { UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import { Company, CompanyContact, type CompanyContactKind, ContactPerson } from './company.entity.js';
import type { CompanyFilter, ContactPersonInput, CreateCompanyInput, UpdateCompanyInput } from './company.inputs.js';
import type { CompanyContactEntry } from './company.types.js';
import { CONTACT_DUE_ON_SQL } from './contact-due.js';
import { cvrProblem, normalizeCvr } from './cvr.js';

// ---------------------------------------------------------------------------
// Helpers shared with the tasks and IGU-slot features (same scope rules).
// ---------------------------------------------------------------------------

/** A LIKE pattern that matches `s` anywhere, with LIKE's wildcards in `s` taken literally. */
export const containsPattern = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

/**
 * Rejects an `after` cursor that is not one of ours (BAD_USER_INPUT, field after) before it reaches the
 * database: shared/pagination.ts only recognises MikroORM's own cursor errors, and a garbage string
 * otherwise surfaces as an internal error. `keys` is the number of orderBy columns including the id.
 */
export function assertCursor(after: string | null | undefined, keys: number): void {
  if (!after) return;
  let decoded: unknown;
  try {
    decoded = Cursor.decode(after);
  } catch {
    decoded = null;
  }
  if (!Array.isArray(decoded) || decoded.length !== keys) {
    throw badInput('after', t('validation.cursor'));
  }
}

/** The industry for `code`, which must be a DB07 division; BAD_USER_INPUT on `field` otherwise. */
export async function findDivision(em: EntityManager, code: string, field = 'industryCode'): Promise<Industry> {
  const trimmed = code.trim();
  if (!trimmed) throw badInput(field, t('industries.missing'));
  const industry = await em.findOne(Industry, { code: trimmed });
  if (!industry) throw badInput(field, t('industries.unknown', { code: trimmed }));
  if (industry.level !== IndustryLevel.DIVISION) {
    const example = await em.findOne(
      Industry,
      { section: industry.code, level: IndustryLevel.DIVISION },
      { orderBy: { code: 'asc' } },
    );
    throw badInput(
      field,
      t('industries.section', {
        code: industry.code,
        name: industry.name,
        example: example ? `${example.code} (${example.name})` : '56',
      }),
    );
  }
  return industry;
}

/** Loads a company by id: NOT_FOUND when it does not exist (a missing id is never FORBIDDEN). */
export const findCompanyOr404 = (em: EntityManager, id: string, field?: string, options?: FindOneOptions<Company>) =>
  findOr404(em, Company, 'company', id, field, options);

// ---------------------------------------------------------------------------
// Input rules
// ---------------------------------------------------------------------------

const cvr = z
  .string()
  .superRefine((v, c) => {
    const problem = cvrProblem(v);
    if (problem) c.addIssue({ code: 'custom', message: problem });
  })
  .transform(normalizeCvr);

const email = z
  .string()
  .trim()
  .max(254, { error: say('companies.emailTooLong') })
  .superRefine((v, c) => {
    if (v && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v))
      c.addIssue({ code: 'custom', message: t('companies.emailInvalid', { value: v }) });
  })
  .transform((v) => v || null)
  .nullish();

const phone = z
  .string()
  .trim()
  .superRefine((v, c) => {
    if (v && !/^\+?[\d\s()-]{6,40}$/.test(v))
      c.addIssue({ code: 'custom', message: t('companies.phoneInvalid', { value: v }) });
  })
  .transform((v) => v || null)
  .nullish();

const contact = z.object({
  id: z.string().nullish(),
  name: personName('contactName', 200),
  title: optionalText('title', 200),
  email,
  phone,
});

const mentorLanguages = z
  .array(text('mentorLanguage', 50), { error: say('companies.mentorLanguagesList') })
  .max(30, { error: say('companies.mentorLanguagesMax') })
  .transform((l) => [...new Set(l)]);

const cadence = z
  .number()
  .int({ error: say('companies.cadenceWhole') })
  .min(1, { error: say('companies.cadenceRange') })
  .max(365, { error: say('companies.cadenceRange') });

const mentorCount = intRange('mentorCount', 0, 100_000);
const contacts = z.array(contact).max(50, { error: say('companies.contactsMax', { max: 50 }) });

const CreateSchema = z.object({
  cvr,
  name: text('companyName', 200),
  industryCode: z.string(),
  tier: z.string(),
  sector: z.string(),
  postcode,
  consultantId: z.string().nullish(),
  mentorCount: mentorCount.nullish(),
  mentorLanguages: mentorLanguages.nullish(),
  contactCadenceDays: cadence.nullish(),
  contacts: contacts.nullish(),
});

const UpdateSchema = z.object({
  version: z.number().int(),
  cvr: cvr.nullish(),
  name: text('companyName', 200).nullish(),
  industryCode: z.string().nullish(),
  tier: z.string().nullish(),
  sector: z.string().nullish(),
  postcode: postcode.nullish(),
  consultantId: z.string().nullish(),
  mentorCount: mentorCount.nullish(),
  mentorLanguages: mentorLanguages.nullish(),
  contactCadenceDays: cadence.nullish(),
  contacts: contacts.nullish(),
});

const NoteSchema = z.object({ note: text('note', 5000) });

/** Fields a COMPANY user may not change on its own company. */
const STAFF_ONLY_FIELDS = ['cvr', 'tier', 'consultantId', 'industryCode', 'sector', 'contactCadenceDays'] as const;

/** Partner companies: listing in scope, creating, updating and the contact log. */
export class CompanyService {
  constructor(private readonly ctx: ServiceContext) {}

  private get user(): User {
    return requireUser(this.ctx.user);
  }

  /** Lists the companies the caller may see, filtered, ordered by name, as a Relay connection. */
  async list(filter: CompanyFilter | null | undefined, first?: number | null, after?: string | null) {
    const and: FilterQuery<Company>[] = [companyWhere(await viewerOf(this.user))];
    if (filter?.industryCode) and.push({ industry: filter.industryCode.trim() });
    if (filter?.tier) and.push({ tier: filter.tier });
    if (filter?.consultantId) {
      if (!isUuid(filter.consultantId))
        throw badInput('consultantId', t('validation.invalidId', { id: filter.consultantId.slice(0, 40) }));
      and.push({ consultant: filter.consultantId });
    }
    if (filter?.contactOverdue != null) {
      // "Kontakt forfalden": the next contact (agreed, or by the company's cadence) fell due before today.
      const overdue = raw(
        (alias) => `exists (select 1 from company co where co.id = ${alias}.id and ${CONTACT_DUE_ON_SQL} < ?::date)`,
        [today()],
      );
      and.push({ [overdue]: filter.contactOverdue });
    }
    const search = filter?.search?.trim();
    if (search) {
      const or: FilterQuery<Company>[] = [{ name: { $ilike: containsPattern(search) } }];
      const digits = search.replace(/\s+/g, '');
      if (/^\d+$/.test(digits)) or.push({ cvr: { $like: containsPattern(digits) } });
      and.push({ $or: or });
    }
    assertCursor(after, 2);
    return paginate(this.ctx.em, Company, { $and: and }, { first, after, orderBy: { name: 'asc' } });
  }

  /** One company: NOT_FOUND when missing, FORBIDDEN outside the caller's scope. */
  async get(id: string): Promise<Company> {
    const viewer = await viewerOf(this.user);
    const company = await findCompanyOr404(this.ctx.em, id);
    assertMayReadCompany(viewer, companyFacts(company));
    return company;
  }

  /** Creates a partner company (ADMIN, or a CONSULTANT within its portfolio, who becomes its consultant by default). */
  async create(raw: CreateCompanyInput): Promise<Company> {
    const user = this.user;
    if (user.role !== Role.ADMIN && user.role !== Role.CONSULTANT) throw forbidden('createCompanies');
    const input = parseInput(CreateSchema, raw);
    const { portfolio } = await viewerOf(user);
    const id = await this.ctx.em.transactional(async (em) => {
      const industry = await findDivision(em, input.industryCode);
      if (user.role === Role.CONSULTANT && !portfolio.includes(industry.code)) {
        throw new DomainError(
          'FORBIDDEN',
          t('companies.outsidePortfolio', {
            code: industry.code,
            name: industry.name,
            portfolio: portfolio.join(', ') || '–',
          }),
          { field: 'industryCode' },
        );
      }
      await this.assertCvrFree(em, input.cvr);
      const consultant =
        input.consultantId != null
          ? await this.findConsultant(em, input.consultantId)
          : user.role === Role.CONSULTANT
            ? em.getReference(User, user.id)
            : null;
      const company = em.create(Company, {
        cvr: input.cvr,
        name: input.name,
        industry,
        tier: raw.tier,
        sector: raw.sector,
        postcode: input.postcode,
        consultant,
        contactCadenceDays: input.contactCadenceDays ?? this.ctx.config.rules.defaultContactCadenceDays,
        mentorCount: input.mentorCount ?? 0,
        mentorLanguages: input.mentorLanguages ?? [],
      });
      for (const c of input.contacts ?? []) {
        if (c.id) throw badInput('contacts', t('companies.newContactIds'));
        company.contacts.add(
          em.create(ContactPerson, { company, name: c.name, title: c.title, email: c.email, phone: c.phone }),
        );
      }
      audit(em, user, { subjectId: company.id, action: 'CREATE', operation: 'createCompany', allowed: true });
      await this.flushMappingCvr(em, input.cvr);
      return company.id;
    });
    return this.ctx.em.findOneOrFail(Company, { id }, { refresh: true });
  }

  /** Updates a company with optimistic locking; COMPANY users only their own contacts, mentors, name and postcode. */
  async update(id: string, raw: UpdateCompanyInput): Promise<Company> {
    const user = this.user;
    const input = parseInput(UpdateSchema, raw);
    const viewer = await viewerOf(user);
    await this.ctx.em.transactional(async (em) => {
      const company = await findCompanyOr404(em, id);
      assertMayChangeCompany(viewer, companyFacts(company), 'changeCompanies');
      if (user.role === Role.COMPANY) {
        for (const f of STAFF_ONLY_FIELDS) {
          const given = f === 'consultantId' ? raw[f] !== undefined : raw[f] != null;
          if (given) {
            throw new DomainError('FORBIDDEN', t('companies.staffOnlyField', { field: fieldLabel(f) }), { field: f });
          }
        }
      }
      if (input.version !== company.version) throw conflict('company', company.name, input.version, company.version);

      let reindex = false;
      if (input.cvr != null && input.cvr !== company.cvr) {
        await this.assertCvrFree(em, input.cvr);
        company.cvr = input.cvr;
      }
      if (input.name != null && input.name !== company.name) {
        company.name = input.name;
        reindex = true;
      }
      if (input.industryCode != null) {
        const industry = await findDivision(em, input.industryCode);
        if (industry.code !== companyFacts(company).industryCode) {
          company.industry = em.getReference(Industry, industry.code, { wrapped: true });
          reindex = true;
        }
      }
      if (raw.tier != null) company.tier = raw.tier;
      if (raw.sector != null && raw.sector !== company.sector) {
        company.sector = raw.sector;
        reindex = true;
      }
      if (input.postcode != null) company.postcode = input.postcode;
      if (input.consultantId !== undefined) {
        company.consultant =
          input.consultantId === null ? null : ref(await this.findConsultant(em, input.consultantId));
      }
      if (input.mentorCount != null) company.mentorCount = input.mentorCount;
      if (input.mentorLanguages != null) company.mentorLanguages = input.mentorLanguages;
      if (input.contactCadenceDays != null) company.contactCadenceDays = input.contactCadenceDays;
      if (input.contacts != null) await this.replaceContacts(em, company, input.contacts);
      // Always touch the row: the version moves even when only the contact list changed.
      company.updatedAt = new Date();
      audit(em, user, { subjectId: company.id, action: 'UPDATE', operation: 'updateCompany', allowed: true });
      if (reindex) await this.reindexOpenings(em, company.id);
      try {
        await this.flushMappingCvr(em, input.cvr ?? company.cvr);
      } catch (err) {
        if (err instanceof OptimisticLockError)
          throw conflict('company', company.name, input.version, input.version + 1);
        throw err;
      }
    });
    return this.ctx.em.findOneOrFail(Company, { id }, { refresh: true });
  }

  /**
   * Logs a contact with the company (consultant in scope or admin) and sets lastContactAt: its type
   * (phone, visit, mail), the contact person, and the next contact if one was agreed.
   */
  async recordContact(
    companyId: string,
    rawNote: string,
    details: {
      kind?: CompanyContactKind | null;
      contactPersonId?: string | null;
      nextContactDate?: string | null;
    } = {},
  ): Promise<Company> {
    const user = this.user;
    if (user.role !== Role.ADMIN && user.role !== Role.CONSULTANT) throw forbidden('contactLog');
    const { note } = parseInput(NoteSchema, { note: rawNote });
    const day = today();
    const next = details.nextContactDate ?? null;
    if (next && compareDates(next, day) < 0) {
      throw badInput('nextContactDate', t('contactLog.nextBeforeToday', { date: formatDate(next) }));
    }
    if (next && compareDates(next, addDays(day, 366)) > 0) {
      throw badInput('nextContactDate', t('contactLog.nextTooLate', { max: formatDate(addDays(day, 366)) }));
    }
    const viewer = await viewerOf(user);
    await this.ctx.em.transactional(async (em) => {
      // Locked: two consultants logging a contact at once both succeed, one after the other,
      // instead of the second failing on the company's version.
      const company = await findCompanyOr404(em, companyId, 'companyId', { lockMode: LockMode.PESSIMISTIC_WRITE });
      assertMayReadCompany(viewer, companyFacts(company));
      let person: ContactPerson | null = null;
      if (details.contactPersonId) {
        person = isUuid(details.contactPersonId)
          ? await em.findOne(ContactPerson, { id: details.contactPersonId, company: company.id })
          : null;
        if (!person) throw badInput('contactPersonId', t('contactLog.personForeign', { company: company.name }));
      }
      const now = new Date();
      em.create(CompanyContact, {
        company,
        by: em.getReference(User, user.id),
        contactedAt: now,
        note,
        kind: details.kind ?? null,
        contactPerson: person,
        nextContactDate: next,
      });
      company.lastContactAt = now;
    });
    return this.ctx.em.findOneOrFail(Company, { id: companyId }, { refresh: true });
  }

  // --- fields -------------------------------------------------------------
  // A company can be met through a nested field (a proposal's, a placement's or a match's company) by a
  // caller who may not read it: such a caller gets its name and nothing that company(id) would refuse.

  /** True when the caller may not read this company (company(id) would answer FORBIDDEN). */
  private async outOfReach(company: Company): Promise<boolean> {
    return !mayReadCompany(await viewerOf(this.user), companyFacts(company));
  }

  /** The CVR number; null for a caller who may not read the company. */
  async cvrOf(company: Company): Promise<string | null> {
    return (await this.outOfReach(company)) ? null : company.cvr;
  }

  /** The company's consultant as a summary, or null (also for a caller who may not read the company). */
  async consultantOf(company: Company): Promise<UserSummary | null> {
    if (!company.consultant || (await this.outOfReach(company))) return null;
    const consultant = await company.consultant.load();
    return consultant ? toUserSummary(consultant) : null;
  }

  /** Contact persons, by name (none for a caller who may not read the company). */
  async contactsOf(company: Company): Promise<ContactPerson[]> {
    if (await this.outOfReach(company)) return [];
    const items = await company.contacts.loadItems();
    return [...items].sort((a, b) => a.name.localeCompare(b.name, 'da') || a.id.localeCompare(b.id));
  }

  /** The company's unsolved tasks, newest first (none for a caller who may not read the company, as tasks() answers). */
  async tasksOf(company: Company): Promise<UnsolvedTask[]> {
    if (await this.outOfReach(company)) return [];
    return this.ctx.em.find(UnsolvedTask, { company: company.id }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  /** The company's IGU slots, newest first (none for a caller who may not read the company). */
  async iguSlotsOf(company: Company): Promise<IguSlot[]> {
    if (await this.outOfReach(company)) return [];
    return this.ctx.em.find(IguSlot, { company: company.id }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  /**
   * Placements at the company, newest first, within the caller's placement scope (as placements() answers):
   * an adviser only its own caseload's, a consultant only at companies it covers, a company user only its
   * own. The people listed are audit-logged.
   */
  async placementsOf(company: Company): Promise<Placement[]> {
    const user = this.user;
    const where: FilterQuery<Placement> = { $and: [{ company: company.id }, placementWhere(await viewerOf(user))] };
    const rows = await this.ctx.em.find(Placement, where, { orderBy: { startDate: 'desc', id: 'asc' } });
    await auditReads(this.ctx.em, user, [...new Set(rows.map((p) => p.candidate.id))], 'company.placements');
    return rows;
  }

  /** The contact log, newest first; internal to the job centre (FORBIDDEN for COMPANY users). */
  async contactLogOf(company: Company, first: number): Promise<CompanyContactEntry[]> {
    if (this.user.role === Role.COMPANY) {
      throw new DomainError('FORBIDDEN', t('companies.contactLogInternal'), { field: 'contactLog' });
    }
    if (!Number.isInteger(first) || first < 1 || first > 200)
      throw badInput('first', t('validation.pageSize', { max: 200, value: first }));
    if (await this.outOfReach(company)) return [];
    const rows = await this.ctx.em.find(
      CompanyContact,
      { company: company.id },
      { orderBy: { contactedAt: 'desc', id: 'asc' }, limit: first, populate: ['by', 'contactPerson'] },
    );
    return rows.map((r) => ({
      id: r.id,
      contactedAt: r.contactedAt,
      note: r.note,
      by: r.by ? toUserSummary(r.by.getEntity()) : null,
      kind: r.kind,
      contactPerson: r.contactPerson?.getEntity() ?? null,
      nextContactDate: r.nextContactDate,
    }));
  }

  /** When the next contact is due: the date agreed at the last contact, else the last contact plus the cadence. */
  async nextContactDue(company: Company): Promise<string> {
    const [row] = await sql<{ due: string }>(
      this.ctx.em,
      `select (${CONTACT_DUE_ON_SQL})::text as due from company co where co.id = ?`,
      [company.id],
    );
    return row?.due ?? today();
  }

  /** True when the next contact fell due before today ("kontakt forfalden"). */
  async contactDue(company: Company): Promise<boolean> {
    return compareDates(await this.nextContactDue(company), today()) < 0;
  }

  // --- internals ----------------------------------------------------------

  private async assertCvrFree(em: EntityManager, value: string): Promise<void> {
    if (await em.count(Company, { cvr: value })) throw duplicateCvr(value);
  }

  /** Flushes; a unique violation on the CVR (a concurrent create) becomes the same BAD_USER_INPUT. */
  private async flushMappingCvr(em: EntityManager, value: string): Promise<void> {
    try {
      await em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException && /cvr/i.test(err.message)) throw duplicateCvr(value);
      throw err;
    }
  }

  private async findConsultant(em: EntityManager, id: string): Promise<User> {
    const found = isUuid(id) ? await em.findOne(User, { id }) : null;
    if (!found) throw badInput('consultantId', t('companies.consultantUnknown', { id }));
    if (found.role !== Role.CONSULTANT || !found.active) {
      throw badInput('consultantId', t('companies.notConsultant', { name: found.name }));
    }
    return found;
  }

  /** Makes the contact list equal to `wanted`: kept by id (and updated), new ones added, the rest removed. */
  private async replaceContacts(
    em: EntityManager,
    company: Company,
    wanted: z.infer<typeof contact>[] | ContactPersonInput[],
  ): Promise<void> {
    const existing = await company.contacts.loadItems();
    const byId = new Map(existing.map((c) => [c.id, c]));
    const keep = new Set<string>();
    for (const w of wanted) {
      const data = { name: w.name, title: w.title ?? null, email: w.email ?? null, phone: w.phone ?? null };
      if (w.id) {
        const current = byId.get(w.id);
        if (!current) throw badInput('contacts', t('companies.contactForeign', { id: w.id }));
        if (keep.has(w.id)) throw badInput('contacts', t('companies.contactTwice', { id: w.id }));
        keep.add(w.id);
        em.assign(current, data);
      } else {
        company.contacts.add(em.create(ContactPerson, { company, ...data }));
      }
    }
    for (const c of existing) if (!keep.has(c.id)) company.contacts.remove(c);
  }

  /** The task and IGU-slot documents carry the company's name and sector: queue them again. */
  private async reindexOpenings(em: EntityManager, companyId: string): Promise<void> {
    // Ids only, outside the identity map: id-only entities merged into the request's EntityManager
    // would later be returned as they are (version null) by company { tasks iguSlots }.
    const tasks = await em.find(UnsolvedTask, { company: companyId }, { fields: ['id'], disableIdentityMap: true });
    const slots = await em.find(IguSlot, { company: companyId }, { fields: ['id'], disableIdentityMap: true });
    enqueueIndex(em, 'task', ...tasks.map((t) => t.id));
    enqueueIndex(em, 'iguSlot', ...slots.map((s) => s.id));
  }
}

const duplicateCvr = (value: string) => badInput('cvr', t('companies.cvrTaken', { value }));
