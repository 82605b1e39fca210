import type { EntityManager, FilterQuery, FindOneOptions } from '@mikro-orm/postgresql';
import { LockMode, OptimisticLockError } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { formatDate, formatMoney, t } from '../../i18n/index.js';
import { enqueueIndex } from '../../search/outbox.js';
import type { ServiceContext } from '../../shared/context.js';
import { compareDates, isIsoDate } from '../../shared/dates.js';
import { DanishLevel } from '../../shared/enums.js';
import { badInput, badInputs, conflict, type FieldProblem } from '../../shared/errors.js';
import { findOr404, isUuid, lifecycle } from '../../shared/lookup.js';
import { paginate } from '../../shared/pagination.js';
import { intRange, optionalText, parseInput, positiveHours, postcode, say, text } from '../../shared/validate.js';
import {
  assertMayChangeCompany,
  assertMayFileOpeningUnder,
  assertMayReadCompany,
  type CompanyFacts,
  companyFacts,
  openingWhere,
  requireUser,
  type Viewer,
  viewerOf,
} from '../auth/scope.js';
import type { User } from '../auth/user.entity.js';
import { refreshAvailability } from '../availability/availability.service.js';
import { Company } from '../companies/company.entity.js';
import { assertCursor, findCompanyOr404, findDivision } from '../companies/company.service.js';
import { Competence } from '../competences/competence.entity.js';
import { checkRequiredCompetences, requiredCompetencesSchema } from '../competences/competence-requirements.js';
import { Industry } from '../industries/industry.entity.js';
import { wageFloorOn } from '../placements/igu-programme.js';
import { IguSlot, IguSlotCompetence, IguSlotStatus } from './igu-slot.entity.js';
import type { CreateIguSlotInput, IguSlotFilter, UpdateIguSlotInput } from './igu-slot.inputs.js';

/** Sanity ceiling for an hourly wage in kroner: above it the number is almost surely a typo (monthly pay?). */
const MAX_HOURLY_WAGE_KR = 1000;
const MAX_OPENINGS = 50;

const NEXT: Record<IguSlotStatus, IguSlotStatus[]> = {
  [IguSlotStatus.OPEN]: [IguSlotStatus.FILLED, IguSlotStatus.CLOSED],
  [IguSlotStatus.FILLED]: [IguSlotStatus.CLOSED],
  [IguSlotStatus.CLOSED]: [],
};

/** Throws BAD_USER_INPUT (field status) unless an IGU slot may go from `from` to `to`. */
export const assertIguSlotTransition = lifecycle('iguSlot', 'iguStatus', NEXT);

/** Loads an IGU slot by id: NOT_FOUND when it does not exist. */
export const findIguSlotOr404 = (em: EntityManager, id: string, field?: string, options?: FindOneOptions<IguSlot>) =>
  findOr404(em, IguSlot, 'iguSlot', id, field, options);

const startDate = z
  .string()
  .refine((d) => isIsoDate(d), { error: () => t('validation.dateReal', { label: t('fields.startDate') }) });

const weeklyHours = positiveHours('weeklyHours');

const hourlyWage = z
  .number({ error: say('igu.wageNumber') })
  .refine((v) => Number.isFinite(v) && v > 0, { error: say('igu.wagePositive') })
  .refine((v) => v <= MAX_HOURLY_WAGE_KR, { error: say('igu.wageMax', { max: MAX_HOURLY_WAGE_KR }) });

const openings = intRange('openings', 1, MAX_OPENINGS);

const CreateSchema = z.object({
  companyId: z.string(),
  title: text('title', 200),
  industryCode: z.string(),
  startDate,
  weeklyHours,
  hourlyWage,
  openings,
  postcode,
  description: optionalText('description', 10_000),
  requiredCompetences: requiredCompetencesSchema.nullish(),
});

const UpdateSchema = z.object({
  version: z.number().int(),
  title: text('title', 200).nullish(),
  industryCode: z.string().nullish(),
  startDate: startDate.nullish(),
  weeklyHours: weeklyHours.nullish(),
  hourlyWage: hourlyWage.nullish(),
  openings: openings.nullish(),
  postcode: postcode.nullish(),
  description: optionalText('description', 10_000),
  requiredCompetences: requiredCompetencesSchema.nullish(),
});

const ReasonSchema = z.object({
  reason: z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, { error: say('igu.closeReasonMissing') })
        .max(2000, { error: say('tasks.closeReasonTooLong') }),
    ),
});

/** IGU slots: offering, editing, closing and listing in scope. */
export class IguSlotService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * The programme's terms for a slot: it starts today or later (checked when the start is set), and pays at
   * least the IGU wage floor in force on its start date (configuration, by period).
   */
  private assertProgrammeTerms(startDate: string, hourlyWage: number, checkStart: boolean): void {
    const problems: FieldProblem[] = [];
    const today = this.ctx.clock.today();
    if (checkStart && compareDates(startDate, today) < 0) {
      problems.push({
        field: 'startDate',
        message: t('igu.startInPast', { date: formatDate(startDate), today: formatDate(today) }),
      });
    }
    const floor = wageFloorOn(this.ctx.config.rules.igu.wageFloors, startDate);
    if (floor !== null && hourlyWage < floor) {
      problems.push({
        field: 'hourlyWage',
        message: t('igu.wageBelowFloor', {
          wage: formatMoney(hourlyWage),
          floor: formatMoney(floor),
          date: formatDate(startDate),
        }),
      });
    }
    if (problems.length) throw badInputs(problems);
  }

  private get user(): User {
    return requireUser(this.ctx.user);
  }

  /** Creates an IGU slot for a company (its own COMPANY user, a consultant in scope, or an admin). */
  async create(raw: CreateIguSlotInput): Promise<IguSlot> {
    const user = this.user;
    const input = parseInput(CreateSchema, raw);
    this.assertProgrammeTerms(input.startDate, input.hourlyWage, true);
    const viewer = await viewerOf(user);
    const id = await this.ctx.em.transactional(async (em) => {
      const company = companyFacts(await findCompanyOr404(em, input.companyId, 'companyId'));
      assertMayChangeCompany(viewer, company, 'changeIguSlots');
      const industry = await findDivision(em, input.industryCode);
      assertMayFileOpeningUnder(viewer, company, industry.code);
      const required = await checkRequiredCompetences(em, input.requiredCompetences ?? []);
      const slot = em.create(IguSlot, {
        company: company.id,
        title: input.title,
        description: input.description ?? '',
        industry,
        startDate: input.startDate,
        weeklyHours: input.weeklyHours,
        hourlyWage: input.hourlyWage,
        openings: input.openings,
        postcode: input.postcode,
        danishLevel: raw.danishLevel ?? DanishLevel.NONE,
      });
      for (const r of required) {
        slot.competences.add(
          em.create(IguSlotCompetence, {
            slot,
            competence: em.getReference(Competence, r.competenceId),
            minLevel: r.minLevel,
          }),
        );
      }
      enqueueIndex(em, 'iguSlot', slot.id);
      return slot.id;
    });
    return this.reload(id);
  }

  /** Changes an IGU slot with optimistic locking (CONFLICT on a stale version); CLOSED slots are final. */
  async update(id: string, raw: UpdateIguSlotInput): Promise<IguSlot> {
    const user = this.user;
    const input = parseInput(UpdateSchema, raw);
    const viewer = await viewerOf(user);
    await this.ctx.em.transactional(async (em) => {
      const slot = await findIguSlotOr404(em, id);
      const company = await this.assertMayChange(em, viewer, slot);
      if (input.version !== slot.version) throw conflict('iguSlot', slot.title, input.version, slot.version);
      if (slot.status === IguSlotStatus.CLOSED) {
        throw badInput('status', t('igu.closed'));
      }
      if (input.title != null) slot.title = input.title;
      if (input.industryCode != null) {
        const industry = await findDivision(em, input.industryCode);
        assertMayFileOpeningUnder(viewer, company, industry.code, slot.industry.unwrap().code);
        slot.industry = em.getReference(Industry, industry.code, { wrapped: true });
      }
      const newStart = input.startDate != null && input.startDate !== slot.startDate;
      if (newStart || (input.hourlyWage != null && input.hourlyWage !== slot.hourlyWage)) {
        this.assertProgrammeTerms(input.startDate ?? slot.startDate, input.hourlyWage ?? slot.hourlyWage, newStart);
      }
      if (input.startDate != null) slot.startDate = input.startDate;
      if (input.weeklyHours != null) slot.weeklyHours = input.weeklyHours;
      if (input.hourlyWage != null) slot.hourlyWage = input.hourlyWage;
      if (input.openings != null) slot.openings = input.openings;
      if (input.postcode != null) slot.postcode = input.postcode;
      if (input.description != null) slot.description = input.description;
      if (raw.danishLevel != null) slot.danishLevel = raw.danishLevel;
      if (input.requiredCompetences != null) {
        const required = await checkRequiredCompetences(em, input.requiredCompetences);
        const current = await slot.competences.loadItems();
        const byId = new Map(required.map((r) => [r.competenceId, r]));
        for (const row of current) {
          const want = byId.get(row.competence.id);
          if (!want) slot.competences.remove(row);
          else {
            row.minLevel = want.minLevel;
            byId.delete(row.competence.id);
          }
        }
        for (const r of byId.values()) {
          slot.competences.add(
            em.create(IguSlotCompetence, {
              slot,
              competence: em.getReference(Competence, r.competenceId),
              minLevel: r.minLevel,
            }),
          );
        }
      }
      slot.updatedAt = new Date();
      enqueueIndex(em, 'iguSlot', slot.id);
      try {
        await em.flush();
      } catch (err) {
        if (err instanceof OptimisticLockError) throw conflict('iguSlot', slot.title, input.version, input.version + 1);
        throw err;
      }
      // Openings decide the places left; the weekly hours what pending proposals reserve.
      await refreshAvailability(em, this.ctx.config.rules, { iguSlotIds: [slot.id] }, this.ctx.clock.today());
    });
    return this.reload(id);
  }

  /** Closes the slot (from OPEN or FILLED) for the reason given. */
  async close(id: string, rawReason: string): Promise<IguSlot> {
    const { reason } = parseInput(ReasonSchema, { reason: rawReason });
    const viewer = await viewerOf(this.user);
    await this.ctx.em.transactional(async (em) => {
      // Locked: a second close (or a placement filling the slot) at the same moment waits and is
      // told the new status, instead of failing on the slot's version.
      const slot = await findIguSlotOr404(em, id, undefined, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await this.assertMayChange(em, viewer, slot);
      assertIguSlotTransition(slot.status, IguSlotStatus.CLOSED);
      slot.status = IguSlotStatus.CLOSED;
      slot.statusReason = reason;
      enqueueIndex(em, 'iguSlot', slot.id);
      // A closed slot's proposals reserve no one's hours any more.
      await refreshAvailability(em, this.ctx.config.rules, { iguSlotIds: [slot.id] }, this.ctx.clock.today());
    });
    return this.reload(id);
  }

  /** Lists IGU slots in the caller's scope, newest first, as a Relay connection. */
  async list(filter: IguSlotFilter | null | undefined, first?: number | null, after?: string | null) {
    const and: FilterQuery<IguSlot>[] = [openingWhere(await viewerOf(this.user))];
    if (filter?.status) and.push({ status: filter.status });
    if (filter?.industryCode) and.push({ industry: filter.industryCode.trim() });
    if (filter?.companyId) {
      if (!isUuid(filter.companyId))
        throw badInput('companyId', t('validation.invalidId', { id: filter.companyId.slice(0, 40) }));
      and.push({ company: filter.companyId });
    }
    if (filter?.sector) and.push({ company: { sector: filter.sector } });
    assertCursor(after, 2);
    return paginate(this.ctx.em, IguSlot, { $and: and }, { first, after, orderBy: { createdAt: 'desc' } });
  }

  /** The required competences with their minimum level, by competence name. */
  async requiredOf(slot: IguSlot): Promise<{ competence: Competence; minLevel: number }[]> {
    const items = await slot.competences.loadItems();
    if (!items.length) return [];
    // Rows written in this request hold competence references only: load the names in one query.
    const byId = new Map(
      (await this.ctx.em.find(Competence, { id: { $in: items.map((c) => c.competence.id) } })).map((c) => [c.id, c]),
    );
    return items
      .flatMap((c) => {
        const competence = byId.get(c.competence.id);
        return competence ? [{ competence, minLevel: c.minLevel }] : [];
      })
      .sort((a, b) => a.competence.name.localeCompare(b.competence.name, 'da'));
  }

  /** One IGU slot: NOT_FOUND when missing, FORBIDDEN outside the caller's scope. */
  async get(id: string): Promise<IguSlot> {
    const viewer = await viewerOf(this.user);
    const slot = await findIguSlotOr404(this.ctx.em, id);
    assertMayReadCompany(viewer, await this.companyOf(this.ctx.em, slot));
    return slot;
  }

  // --- internals ----------------------------------------------------------

  private reload(id: string): Promise<IguSlot> {
    return this.ctx.em.findOneOrFail(IguSlot, { id }, { refresh: true });
  }

  /** The scope facts of the slot's company (the slot's own industry plays no part in scope). */
  private async companyOf(em: EntityManager, slot: IguSlot): Promise<CompanyFacts> {
    return companyFacts(await em.findOneOrFail(Company, { id: slot.company.id }));
  }

  /** FORBIDDEN unless the caller may change the slot's company (its user, a consultant covering it, an admin). */
  private async assertMayChange(em: EntityManager, viewer: Viewer, slot: IguSlot): Promise<CompanyFacts> {
    const company = await this.companyOf(em, slot);
    assertMayChangeCompany(viewer, company, 'changeIguSlots');
    return company;
  }
}
