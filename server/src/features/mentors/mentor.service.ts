import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { t } from '../../i18n/index.js';
import type { ServiceContext } from '../../shared/context.js';
import { badInput, conflict, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { intRange, isoDate, parseInput, personName, say, text } from '../../shared/validate.js';
import { assertMayChangeCompany, assertMayReadCompany, companyFacts, requireUser, viewerOf } from '../auth/scope.js';
import { Role } from '../auth/user.entity.js';
import { Company } from '../companies/company.entity.js';
import { Mentor } from './mentor.entity.js';
import type { CreateMentorInput, UpdateMentorInput } from './mentor.inputs.js';

const languages = z
  .array(text('mentorLanguage', 50), { error: say('companies.mentorLanguagesList') })
  .max(30, { error: say('companies.mentorLanguagesMax') })
  .transform((l) => [...new Set(l)]);
const maxInterns = intRange('maxInterns', 1, 20);

const createSchema = z.object({
  companyId: z.string().nullish(),
  name: personName('mentorName', 200),
  languages: languages.nullish(),
  trainedOn: isoDate('trainedOn').nullish(),
  maxInterns,
});

const updateSchema = z.object({
  version: z.number().int(),
  name: personName('mentorName', 200).nullish(),
  languages: languages.nullish(),
  trainedOn: isoDate('trainedOn').nullish(),
  maxInterns: maxInterns.nullish(),
});

/** How many interns each mentor has now: running placements and drafts waiting for approval hold a place. */
export async function internsOf(em: EntityManager, mentorIds: string[], except?: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (!mentorIds.length) return counts;
  const rows = await em.execute<{ mentor_id: string; n: string }[]>(
    `select mentor_id, count(*) as n from placement
        where mentor_id = any(?::uuid[]) and status in ('ACTIVE', 'DRAFT') and (?::uuid is null or id <> ?::uuid)
        group by mentor_id`,
    [`{${mentorIds.join(',')}}`, except ?? null, except ?? null],
  );
  for (const r of rows) counts.set(r.mentor_id, Number(r.n));
  return counts;
}

/**
 * The mentor a placement names, locked while its place is taken: it must be the placement's company's, and a
 * full mentor (maxInterns running placements and drafts) is refused (BAD_USER_INPUT on mentorId).
 */
export async function assignableMentor(
  em: EntityManager,
  mentorId: string,
  company: Company,
  placementId?: string,
): Promise<Mentor> {
  if (!isUuid(mentorId)) throw notFound('mentor', mentorId);
  const mentor = await em.findOne(Mentor, mentorId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!mentor) throw notFound('mentor', mentorId);
  if (mentor.company.id !== company.id) throw badInput('mentorId', t('mentors.otherCompany', { name: mentor.name }));
  const count = (await internsOf(em, [mentor.id], placementId)).get(mentor.id) ?? 0;
  if (count >= mentor.maxInterns) {
    throw badInput('mentorId', t('mentors.full', { name: mentor.name, count, max: mentor.maxInterns }));
  }
  return mentor;
}

/** Each company's mentors with a free place, for matching: a mentor who could take the person now. */
export async function mentorsWithRoom(
  em: EntityManager,
  companyIds: string[],
): Promise<Map<string, { name: string; languages: string[] }[]>> {
  const byCompany = new Map<string, { name: string; languages: string[] }[]>();
  const ids = companyIds.filter(isUuid);
  if (!ids.length) return byCompany;
  const mentors = await em.find(Mentor, { company: { $in: ids } }, { orderBy: { name: 'asc', id: 'asc' } });
  const counts = await internsOf(
    em,
    mentors.map((m) => m.id),
  );
  for (const m of mentors) {
    if ((counts.get(m.id) ?? 0) >= m.maxInterns) continue;
    const list = byCompany.get(m.company.id) ?? [];
    list.push({ name: m.name, languages: m.languages });
    byCompany.set(m.company.id, list);
  }
  return byCompany;
}

/** A company's mentors: the company itself, its consultants and ADMIN manage them; advisers read them. */
export class MentorService {
  constructor(private readonly ctx: ServiceContext) {}

  private get user() {
    return requireUser(this.ctx.user);
  }

  private async company(em: EntityManager, id: string | null | undefined, change: boolean): Promise<Company> {
    const own = this.user.company?.id ?? null;
    const companyId = id ?? (this.user.role === Role.COMPANY ? own : null);
    if (!companyId) throw badInput('companyId', t('mentors.noCompany'));
    if (!isUuid(companyId)) throw notFound('company', companyId);
    const company = await em.findOne(Company, companyId);
    if (!company) throw notFound('company', companyId);
    const viewer = await viewerOf(this.user);
    if (change) assertMayChangeCompany(viewer, companyFacts(company));
    else assertMayReadCompany(viewer, companyFacts(company));
    return company;
  }

  async list(companyId: string | null | undefined): Promise<Mentor[]> {
    const company = await this.company(this.ctx.em, companyId, false);
    return this.ctx.em.find(Mentor, { company: company.id }, { orderBy: { name: 'asc', id: 'asc' } });
  }

  async create(input: CreateMentorInput): Promise<Mentor> {
    const data = parseInput(createSchema, input);
    const id = await this.ctx.em.transactional(async (em) => {
      const company = await this.company(em, data.companyId, true);
      const mentor = em.create(Mentor, {
        company,
        name: data.name,
        languages: data.languages ?? [],
        trainedOn: data.trainedOn ?? null,
        maxInterns: data.maxInterns,
      });
      await em.flush();
      return mentor.id;
    });
    return this.ctx.em.findOneOrFail(Mentor, id, { refresh: true });
  }

  async update(id: string, input: UpdateMentorInput): Promise<Mentor> {
    const data = parseInput(updateSchema, input);
    if (!isUuid(id)) throw notFound('mentor', id);
    await this.ctx.em.transactional(async (em) => {
      const mentor = await em.findOne(Mentor, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!mentor) throw notFound('mentor', id);
      await this.company(em, mentor.company.id, true);
      if (mentor.version !== data.version) throw conflict('mentor', mentor.name, data.version, mentor.version);
      if (data.name) mentor.name = data.name;
      if (data.languages) mentor.languages = data.languages;
      if (data.trainedOn !== undefined) mentor.trainedOn = data.trainedOn;
      if (data.maxInterns != null) {
        const count = (await internsOf(em, [mentor.id])).get(mentor.id) ?? 0;
        if (data.maxInterns < count) {
          throw badInput('maxInterns', t('mentors.belowActive', { name: mentor.name, count }));
        }
        mentor.maxInterns = data.maxInterns;
      }
      await em.flush();
    });
    return this.ctx.em.findOneOrFail(Mentor, id, { refresh: true });
  }

  /** Interns the mentor has now (running placements and drafts waiting for approval). */
  async activeInterns(m: Mentor): Promise<number> {
    return (await internsOf(this.ctx.em, [m.id])).get(m.id) ?? 0;
  }
}
