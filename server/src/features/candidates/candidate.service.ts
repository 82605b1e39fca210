import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { formatDate, formatNumber, t, tIn } from '../../i18n/index.js';
import { enqueueIndex } from '../../search/outbox.js';
import type { ServiceContext } from '../../shared/context.js';
import { ageOn, compareDates, isIsoDate, weekStart } from '../../shared/dates.js';
import { DanishLevel } from '../../shared/enums.js';
import {
  badInput,
  badInputs,
  conflict,
  type FieldProblem,
  forbidden,
  notFound,
  problemsOf,
} from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { type Connection, paginate } from '../../shared/pagination.js';
import {
  assertDateOrder,
  type FieldKey,
  fieldLabel,
  hours,
  intRange,
  optionalText,
  parseInput,
  personName,
  positiveHours,
  postcode,
  say,
  text,
} from '../../shared/validate.js';
import { audit, auditAttempt, auditReads } from '../audit/audit.service.js';
import { AuditPurpose } from '../audit/purposes.js';
import {
  mayChangePerson,
  maySeeAccommodation,
  type PersonAccess,
  personAccess,
  personFacts,
  requireUser,
} from '../auth/scope.js';
import { Role, User } from '../auth/user.entity.js';
import { toUserSummary, type UserSummary } from '../auth/user-summary.type.js';
import { availableFromWithin, hourGoal } from '../availability/availability.js';
import { refreshAvailability } from '../availability/availability.service.js';
import { Competence } from '../competences/competence.entity.js';
import { Industry, IndustryLevel } from '../industries/industry.entity.js';
import { schoolShareOfWeek } from '../placements/igu-programme.js';
import { Placement, PlacementStatus } from '../placements/placement.entity.js';
import { withdrawProposalsOnConsentRevoked } from '../proposals/consent-withdrawal.js';
import {
  ActivityKind,
  Candidate,
  CandidateCompetence,
  CandidateStatus,
  Evidence,
  ForeignEducation,
  Readiness,
  RecognitionStatus,
  ResidenceCategory,
  TargetGroup,
  WeeklyActivity,
} from './candidate.entity.js';
import type {
  CandidateCompetenceInput,
  CandidateFilter,
  CreateCandidateInput,
  ForeignEducationInput,
  UpdateCandidateInput,
  WeeklyActivityInput,
} from './candidate.inputs.js';
import type { CandidateCompetenceView, PlannedWeek } from './candidate.types.js';
import {
  DEFAULT_IGU_RULES,
  type IguEligibility,
  type IguRulesConfig,
  iguEligibility,
  isIguEligible,
} from './igu-eligibility.js';
import { currentStep, weekTotals } from './planned-week.js';
import { assertWeekChange, weekBefore } from './week-check.js';
import { WeekException } from './week-exception.entity.js';
import { weekStatus } from './week-obligation.js';

/** Plausibility limits of a candidate record (not law): kept together so they are easy to find and change. */
export const CANDIDATE_LIMITS = {
  minAgeOnEnrolment: 15,
  maxAgeOnEnrolment: 70,
  /** Weekly activities plus hours available for placements. */
  maxPlannedWeekHours: 60,
  maxLanguages: 20,
  maxLanguageLength: 40,
  maxIndustriesWished: 30,
  maxListItems: 20,
  maxCompetences: 100,
} as const;

const realDate = (label: FieldKey) =>
  z
    .string({ error: () => t('candidates.required', { label: t(`fields.${label}`) }) })
    .refine(isIsoDate, { error: () => t('candidates.realDate', { label: t(`fields.${label}`) }) });

const candidateSchema = z.object({
  firstName: personName('firstName', 100),
  lastName: personName('lastName', 100),
  birthDate: realDate('birthDate'),
  postcode,
  targetGroup: z.enum(TargetGroup),
  readiness: z.enum(Readiness),
  residenceCategory: z.enum(ResidenceCategory),
  arrivalDate: realDate('arrivalDate').nullable(),
  danishLevel: z.enum(DanishLevel),
  danishModule: optionalText('danishModule', 40).transform((s) => s || null),
  externalId: optionalText('externalId', 64).transform((s) => s || null),
  languages: z
    .array(text('language', CANDIDATE_LIMITS.maxLanguageLength))
    .max(CANDIDATE_LIMITS.maxLanguages, {
      error: say('candidates.languagesMax', { max: CANDIDATE_LIMITS.maxLanguages }),
    })
    .transform((l) => [...new Set(l)]),
  availableWeeklyHours: hours('availableWeeklyHours'),
  goalWeeklyHours: positiveHours('goalWeeklyHours').nullable(),
  currentOrdinaryHours: hours('currentOrdinaryHours'),
  industriesWished: z
    .array(z.string().transform((s) => s.trim()))
    .max(CANDIDATE_LIMITS.maxIndustriesWished, {
      error: say('candidates.industriesMax', { max: CANDIDATE_LIMITS.maxIndustriesWished }),
    })
    .transform((l) => [...new Set(l)]),
  hasDrivingLicence: z.boolean(),
  maxCommuteKm: intRange('maxCommuteKm', 0, 300),
  education: z
    .string()
    .max(5000, { error: say('candidates.educationTooLong', { max: formatNumber(5000) }) })
    .transform((s) => s.trim()),
  summary: z
    .string()
    .max(2000, { error: say('candidates.summaryTooLong', { max: formatNumber(2000) }) })
    .transform((s) => s.trim()),
  consentToShare: z.boolean(),
  enrolledOn: realDate('enrolledOn'),
  status: z.enum(CandidateStatus),
});
type CandidateData = z.infer<typeof candidateSchema>;
const DATA_KEYS = Object.keys(candidateSchema.shape) as (keyof CandidateData)[];
/** Fields that must always hold a value: null in an update is refused, not stored. */
const OPTIONAL_KEYS = new Set<string>(['arrivalDate', 'danishModule', 'goalWeeklyHours', 'externalId']);

const accommodationSchema = z.object({ accommodationNeeds: optionalText('accommodationNeeds', 2000) });
const referenceIncomeSchema = z.object({
  referenceMonthlyIncome: z
    .number({ error: say('programme.referenceIncomeRange') })
    .min(0, { error: say('programme.referenceIncomeRange') })
    .max(200_000, { error: say('programme.referenceIncomeRange') })
    .nullable(),
});

const educationsSchema = z.object({
  foreignEducations: z
    .array(
      z.object({
        title: text('educationTitle', 200),
        years: intRange('educationYears', 0, 30).nullish(),
        recognitionStatus: z.enum(RecognitionStatus).nullish(),
      }),
    )
    .max(CANDIDATE_LIMITS.maxListItems, {
      error: say('candidates.educationsMax', { max: CANDIDATE_LIMITS.maxListItems }),
    }),
});

const activitiesSchema = z.object({
  weeklyActivities: z
    .array(
      z.object({
        kind: z.enum(ActivityKind),
        label: text('activityLabel', 200),
        weeklyHours: positiveHours('activityHours'),
      }),
    )
    .max(CANDIDATE_LIMITS.maxListItems, {
      error: say('candidates.activitiesMax', { max: CANDIDATE_LIMITS.maxListItems }),
    }),
});

const competencesSchema = z.object({
  competences: z
    .array(
      z.object({
        competenceId: z.string(),
        level: intRange('competenceLevel', 1, 4),
        evidence: z.enum(Evidence).nullish(),
      }),
    )
    .max(CANDIDATE_LIMITS.maxCompetences, {
      error: say('candidates.competencesMax', { max: CANDIDATE_LIMITS.maxCompetences }),
    }),
});

/** Escapes LIKE wildcards so a search term matches literally. */
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

/** Every wished industry must be an existing DB07 division (the import checks a row with it too). */
export async function assertWishedIndustries(em: EntityManager, codes: string[]): Promise<void> {
  if (!codes.length) return;
  const found = await em.find(Industry, { code: { $in: codes }, level: IndustryLevel.DIVISION });
  const known = new Set(found.map((i) => i.code));
  const bad = codes.find((code) => !known.has(code));
  if (bad !== undefined) {
    throw badInput('industriesWished', t('candidates.industryNotDivision', { code: bad.slice(0, 20) }));
  }
}

/** An external id belongs to one person (the unique index is the backstop; this says so in words). */
async function assertExternalIdFree(em: EntityManager, externalId: string | null, ownId: string | null): Promise<void> {
  if (!externalId) return;
  const other = await em.findOne(
    Candidate,
    { externalId, ...(ownId ? { id: { $ne: ownId } } : {}) },
    { fields: ['id'] },
  );
  if (other) throw badInput('externalId', t('candidates.externalIdTaken', { externalId }));
}

/** Candidates: the caseload, its validation, consent, competences and who may see how much of a person. */
export class CandidateService {
  constructor(private readonly ctx: ServiceContext) {}

  private get user(): User {
    return requireUser(this.ctx.user);
  }

  /** Today's calendar day in Denmark: the day ages, eligibility and plans are evaluated on. */
  today(): string {
    return this.ctx.clock.today();
  }

  /** How much of this person the caller may see (COMPANY users: never a Candidate). */
  access(c: Candidate): PersonAccess {
    return personAccess(this.user, personFacts(c));
  }

  /** IGU rules from configuration. */
  iguRules(): IguRulesConfig {
    const r = this.ctx.config.rules;
    return {
      ...DEFAULT_IGU_RULES,
      minAge: r.iguMinAge,
      maxAge: r.iguMaxAge,
      maxYearsSinceArrival: r.iguMaxYearsSinceArrival,
    };
  }

  /** IGU eligibility on `onDate` (default today), with the full reason. */
  iguEligibility(c: Candidate, onDate = this.today()): IguEligibility {
    return iguEligibility(
      { birthDate: c.birthDate, residenceCategory: c.residenceCategory, arrivalDate: c.arrivalDate },
      onDate,
      this.iguRules(),
      this.ctx.locale,
    );
  }

  /** Whether `c` may start IGU on `onDate` (default today): the check without its wording. */
  isIguEligible(c: Candidate, onDate = this.today()): boolean {
    return isIguEligible(
      { birthDate: c.birthDate, residenceCategory: c.residenceCategory, arrivalDate: c.arrivalDate },
      onDate,
      this.iguRules(),
    );
  }

  /** The reason as the caller may see it: in full with FULL access, otherwise a generic sentence. */
  iguReasonFor(c: Candidate, result: IguEligibility): string | null {
    if (result.eligible) return null;
    if (this.access(c) === 'FULL') return result.reason;
    return tIn(this.ctx.locale, 'candidates.iguReasonHidden');
  }

  /** A full-profile value, or null without FULL access. */
  fullOnly<T>(c: Candidate, value: T): T | null {
    return this.access(c) === 'FULL' ? value : null;
  }

  /** Age today; FULL access only. */
  age(c: Candidate): number | null {
    if (this.access(c) !== 'FULL') return null;
    const today = this.today();
    return compareDates(c.birthDate, today) > 0 ? null : ageOn(c.birthDate, today);
  }

  /** What the person receives today per month: the person's own adviser (and ADMIN) only. */
  referenceMonthlyIncome(c: Candidate): number | null {
    return maySeeAccommodation(this.user, personFacts(c)) || this.user.role === Role.ADMIN
      ? c.referenceMonthlyIncome
      : null;
  }

  /** Accommodation needs, loaded only for the person's own adviser. */
  async accommodationNeeds(c: Candidate): Promise<string | null> {
    if (!maySeeAccommodation(this.user, personFacts(c))) return null;
    await this.ctx.em.populate(c, ['accommodationNeeds']);
    return c.accommodationNeeds ?? null;
  }

  /** The person's adviser, as a summary. */
  async adviser(c: Candidate): Promise<UserSummary | null> {
    // Through the request's EntityManager: the entity may come from a finished transaction.
    const adviser = c.adviser ? await this.ctx.em.findOne(User, c.adviser.id) : null;
    return adviser ? toUserSummary(adviser) : null;
  }

  /** Competences with their catalogue entries, by name. */
  async competences(c: Candidate): Promise<CandidateCompetenceView[]> {
    const rows = await this.ctx.em.find(
      CandidateCompetence,
      { candidate: c.id },
      { populate: ['competence'], orderBy: { competence: { name: 'asc' } } },
    );
    return rows.map((r) => ({ competence: r.competence.getEntity(), level: r.level, evidence: r.evidence }));
  }

  async foreignEducations(c: Candidate): Promise<ForeignEducation[]> {
    return this.ctx.em.find(ForeignEducation, { candidate: c.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async weeklyActivities(c: Candidate): Promise<WeeklyActivity[]> {
    return this.ctx.em.find(WeeklyActivity, { candidate: c.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /** This week's activities and active placements' current planned hours against the person's hour goal. */
  async plannedWeek(c: Candidate): Promise<PlannedWeek> {
    const today = this.today();
    const [activities, placements] = await Promise.all([
      this.weeklyActivities(c),
      this.ctx.em.find(Placement, { candidate: c.id, status: PlacementStatus.ACTIVE }),
    ]);
    const placementHours = placements.map((p) => currentStep(p.hoursPlan ?? [], p.startDate, today)?.weeklyHours ?? 0);
    // IGU: the school periods' share of this week's placement hours is spent at school.
    const monday = weekStart(today);
    const schoolHours = placements.reduce(
      (sum, p, i) => sum + (placementHours[i] ?? 0) * schoolShareOfWeek(p.schoolPeriods ?? [], monday),
      0,
    );
    const goal = this.hourGoal(c);
    const fullTime = this.ctx.config.rules.fullTimeHours;
    const status = weekStatus(
      {
        activityHours: activities.map((a) => a.weeklyHours),
        placements: placements.map((p) => ({
          startDate: p.startDate,
          plannedEndDate: p.plannedEndDate,
          hoursPlan: p.hoursPlan ?? [],
        })),
      },
      goal,
      fullTime,
      today,
    );
    const exception = status.overFullTime
      ? await this.ctx.em.findOne(WeekException, { candidate: c.id }, { orderBy: { createdAt: 'desc' } })
      : null;
    return {
      schoolHours: Math.round(schoolHours * 100) / 100,
      activities: activities.map((a) => ({ label: a.label, kind: a.kind, weeklyHours: a.weeklyHours })),
      ...weekTotals(
        activities.map((a) => a.weeklyHours),
        placementHours,
        goal,
      ),
      belowGoal: status.belowGoal,
      peakTotal: status.peak.total,
      peakFrom: status.peak.date,
      fullTimeHours: fullTime,
      overFullTime: status.overFullTime,
      exception,
    };
  }

  /** The person's hour goal: the individual goal, else the goal for their readiness. */
  hourGoal(c: Candidate): number {
    return hourGoal(c.readiness, c.goalWeeklyHours, this.ctx.config.rules);
  }

  /** The day a current placement ends, when that is within the configured window (14 days); else null. */
  availableFrom(c: Candidate): string | null {
    return availableFromWithin(c.availableFrom, this.today(), this.ctx.config.rules.availableWithinDays);
  }

  /** Reads one person: audit-logged whether allowed or not; FORBIDDEN outside the caller's access. */
  async get(id: string): Promise<Candidate> {
    const user = this.user;
    const c = isUuid(id) ? await this.ctx.em.findOne(Candidate, id) : null;
    if (!c) throw notFound('candidate', id);
    const access = this.access(c);
    if (access === 'NONE') {
      await auditReads(this.ctx.em, user, [c.id], 'candidate', false);
      throw forbidden('person');
    }
    await auditReads(this.ctx.em, user, [c.id], 'candidate', true, access === 'FULL' ? 'case work' : 'matching');
    return c;
  }

  /** Lists people in the caller's scope (advisers: own caseload by default); every person returned is audit-logged. */
  async list(
    filter: CandidateFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<Candidate>> {
    const user = this.user;
    const f = filter ?? {};
    const and: FilterQuery<Candidate>[] = [];
    const matchable: FilterQuery<Candidate> = { consentToShare: true, status: CandidateStatus.ACTIVE };
    const term = f.search?.trim();
    if (term && term.length > 100) throw badInput('search', t('candidates.searchTooLong', { max: 100 }));
    const pattern = term ? likePattern(term) : null;

    if (f.adviserId != null) {
      if (!isUuid(f.adviserId)) throw badInput('adviserId', t('validation.invalidId', { id: f.adviserId }));
      and.push({ adviser: f.adviserId });
    }
    if (f.readiness) and.push({ readiness: f.readiness });
    if (f.status) and.push({ status: f.status });
    if (f.mine) and.push({ adviser: user.id });

    switch (user.role) {
      case Role.ADMIN:
        if (pattern) and.push({ $or: [{ firstName: { $ilike: pattern } }, { lastName: { $ilike: pattern } }] });
        break;
      case Role.ADVISER: {
        const ownOnly = f.mine !== false && (f.adviserId == null || f.adviserId === user.id);
        and.push(ownOnly ? { adviser: user.id } : { $or: [{ adviser: user.id }, matchable] });
        // Surnames are searchable only where the adviser may see them: the own caseload.
        if (pattern)
          and.push({ $or: [{ firstName: { $ilike: pattern } }, { lastName: { $ilike: pattern }, adviser: user.id }] });
        break;
      }
      case Role.CONSULTANT:
        and.push(matchable);
        if (pattern) and.push({ firstName: { $ilike: pattern } });
        break;
      default:
        throw forbidden('candidateList');
    }

    // Ordered by creation, not by name: a cursor must not carry a surname.
    const page = await paginate(this.ctx.em, Candidate, and.length ? { $and: and } : {}, {
      first,
      after,
      orderBy: { createdAt: 'desc' },
    });
    await auditReads(
      this.ctx.em,
      user,
      page.edges.map((e) => e.node.id),
      'candidates',
    );
    return page;
  }

  /** Creates a person in a caseload (the calling adviser's, or the one an admin names). */
  async create(input: CreateCandidateInput): Promise<Candidate> {
    const user = this.user;
    if (user.role !== Role.ADMIN && user.role !== Role.ADVISER) throw forbidden('createCandidates');
    const today = this.today();
    const data = this.validate(
      {
        ...input,
        arrivalDate: input.arrivalDate ?? null,
        danishModule: input.danishModule ?? null,
        externalId: input.externalId ?? null,
        languages: input.languages ?? [],
        goalWeeklyHours: input.goalWeeklyHours ?? null,
        currentOrdinaryHours: input.currentOrdinaryHours ?? 0,
        industriesWished: input.industriesWished ?? [],
        education: input.education ?? '',
        summary: input.summary ?? '',
        enrolledOn: input.enrolledOn ?? today,
        status: CandidateStatus.ACTIVE,
      },
      today,
    );
    const { accommodationNeeds } = parseInput(accommodationSchema, { accommodationNeeds: input.accommodationNeeds });
    const educations = this.parseEducations(input.foreignEducations ?? []);
    const activities = this.parseActivities(input.weeklyActivities ?? []);
    this.assertWeekLoad(data.availableWeeklyHours, activities);

    return this.ctx.em.transactional(async (em) => {
      const adviserId = await this.resolveNewAdviser(em, input.adviserId);
      if (accommodationNeeds && !(user.role === Role.ADVISER && adviserId === user.id)) {
        throw forbidden('recordAccommodation');
      }
      await assertWishedIndustries(em, data.industriesWished);
      await assertExternalIdFree(em, data.externalId, null);
      const now = new Date();
      const c = em.create(Candidate, {
        ...data,
        accommodationNeeds: accommodationNeeds || null,
        adviser: adviserId ? em.getReference(User, adviserId) : null,
        consentGivenAt: data.consentToShare ? now : null,
        consentRecordedBy: data.consentToShare ? em.getReference(User, user.id) : null,
      });
      for (const e of educations) em.create(ForeignEducation, { candidate: c, ...e });
      for (const a of activities) em.create(WeeklyActivity, { candidate: c, ...a });
      audit(em, user, { subjectId: c.id, action: 'CREATE', operation: 'createCandidate', allowed: true });
      await assertWeekChange(em, {
        user,
        candidateId: c.id,
        before: null,
        reason: input.weekExceptionReason,
        field: 'weeklyActivities',
        operation: 'createCandidate',
        fullTimeHours: this.ctx.config.rules.fullTimeHours,
        today,
      });
      if (data.consentToShare) {
        audit(em, user, {
          subjectId: c.id,
          action: 'UPDATE',
          operation: 'consent',
          allowed: true,
          purpose: AuditPurpose.CONSENT_GIVEN,
        });
      }
      enqueueIndex(em, 'candidate', c.id);
      await refreshAvailability(em, this.ctx.config.rules, { candidateIds: [c.id] }, today);
      return c;
    });
  }

  /** Changes a person (own adviser or admin); a stale version gives CONFLICT; consent false revokes at once. */
  async update(id: string, input: UpdateCandidateInput): Promise<Candidate> {
    const user = this.user;
    return this.withConflictCheck(id, input.version, () =>
      this.ctx.em.transactional(async (em) => {
        const c = await this.loadForWrite(em, id, 'updateCandidate');
        if (input.version !== c.version) throw conflict('candidate', null, input.version, c.version);
        // The week before the change, read before anything is changed (a flush now writes nothing).
        const before = input.weeklyActivities != null ? await weekBefore(em, c.id, this.today()) : null;
        if (c.status === CandidateStatus.ANONYMISED) {
          throw badInput('id', t('candidates.anonymised'));
        }
        const raw = input as unknown as Record<string, unknown>;
        const merged: Record<string, unknown> = {};
        for (const key of DATA_KEYS) {
          const value = raw[key];
          if (value === null && !OPTIONAL_KEYS.has(key))
            throw badInput(key, t('candidates.cannotRemove', { label: fieldLabel(key) }));
          merged[key] = value === undefined ? c[key] : value;
        }
        if (input.status === CandidateStatus.ANONYMISED) {
          throw badInput('status', t('candidates.anonymiseSeparately'));
        }
        const data = this.validate(merged, this.today());

        let accommodationNeeds: string | null | undefined;
        if (input.accommodationNeeds !== undefined) {
          if (!maySeeAccommodation(user, personFacts(c))) {
            throw forbidden('accommodationNeeds');
          }
          accommodationNeeds = parseInput(accommodationSchema, input).accommodationNeeds || null;
        }
        let referenceMonthlyIncome: number | null | undefined;
        if (input.referenceMonthlyIncome !== undefined) {
          if (!maySeeAccommodation(user, personFacts(c)) && user.role !== Role.ADMIN) {
            throw forbidden('referenceIncome');
          }
          ({ referenceMonthlyIncome } = parseInput(referenceIncomeSchema, input));
        }
        const educations = input.foreignEducations != null ? this.parseEducations(input.foreignEducations) : null;
        const newActivities = input.weeklyActivities != null ? this.parseActivities(input.weeklyActivities) : null;
        const activities = newActivities ?? (await c.weeklyActivities.loadItems());
        this.assertWeekLoad(data.availableWeeklyHours, activities);

        if (input.adviserId !== undefined && input.adviserId !== (c.adviser?.id ?? null)) {
          if (user.role !== Role.ADMIN) throw forbidden('moveCandidate');
          const adviserId = input.adviserId === null ? null : await this.assertAdviser(em, input.adviserId);
          c.adviser = adviserId ? em.getReference(User, adviserId, { wrapped: true }) : null;
        }
        await assertWishedIndustries(em, data.industriesWished);
        await assertExternalIdFree(em, data.externalId, c.id);

        const { consentToShare, ...rest } = data;
        em.assign(c, rest);
        if (accommodationNeeds !== undefined) c.accommodationNeeds = accommodationNeeds;
        if (referenceMonthlyIncome !== undefined) c.referenceMonthlyIncome = referenceMonthlyIncome;
        await this.applyConsent(em, c, consentToShare);
        if (educations) {
          await c.foreignEducations.init();
          c.foreignEducations.removeAll();
          for (const e of educations) c.foreignEducations.add(em.create(ForeignEducation, { candidate: c, ...e }));
        }
        if (newActivities) {
          await c.weeklyActivities.init();
          c.weeklyActivities.removeAll();
          for (const a of newActivities) {
            c.weeklyActivities.add(em.create(WeeklyActivity, { candidate: c, ...a }));
          }
        }
        // A change of the lists alone still bumps the version, so other editors see it.
        c.updatedAt = new Date();
        audit(em, user, { subjectId: c.id, action: 'UPDATE', operation: 'updateCandidate', allowed: true });
        enqueueIndex(em, 'candidate', c.id);
        // With the new activities, the planned week over full time only as the adviser's exception.
        if (before) {
          await assertWeekChange(em, {
            user,
            candidateId: c.id,
            before,
            reason: input.weekExceptionReason,
            field: 'weeklyActivities',
            operation: 'updateCandidate',
            fullTimeHours: this.ctx.config.rules.fullTimeHours,
            today: this.today(),
          });
        }
        // Readiness, the goal and the activities decide the free hours.
        await refreshAvailability(em, this.ctx.config.rules, { candidateIds: [c.id] }, this.today());
        return c;
      }),
    );
  }

  /** Gives or revokes consent to share a minimal profile with companies; revoking takes effect at once. */
  async setConsent(candidateId: string, consent: boolean): Promise<Candidate> {
    return this.ctx.em.transactional(async (em) => {
      const c = await this.loadForWrite(em, candidateId, 'setCandidateConsent');
      if (c.status === CandidateStatus.ANONYMISED) {
        throw badInput('candidateId', t('candidates.anonymised'));
      }
      if (await this.applyConsent(em, c, consent)) enqueueIndex(em, 'candidate', c.id);
      return c;
    });
  }

  /** Replaces the person's competences (own adviser or admin). */
  async setCompetences(candidateId: string, competences: CandidateCompetenceInput[]): Promise<Candidate> {
    const user = this.user;
    return this.ctx.em.transactional(async (em) => {
      const c = await this.loadForWrite(em, candidateId, 'setCandidateCompetences');
      const list = parseInput(competencesSchema, { competences }).competences;
      const seen = new Set<string>();
      for (const item of list) {
        if (!isUuid(item.competenceId)) {
          throw badInput('competences', t('candidates.competenceUnknown', { id: item.competenceId }));
        }
        if (seen.has(item.competenceId)) {
          throw badInput('competences', t('candidates.competenceTwice', { id: item.competenceId }));
        }
        seen.add(item.competenceId);
      }
      const found = await em.find(Competence, { id: { $in: [...seen] } });
      const byId = new Map(found.map((x) => [x.id, x]));
      const missing = [...seen].find((cid) => !byId.has(cid));
      if (missing) throw badInput('competences', t('candidates.competenceUnknown', { id: missing }));

      // Update in place, remove what is gone, add what is new: the (candidate, competence) pair stays unique.
      const existing = await c.competences.loadItems();
      const wanted = new Map(list.map((x) => [x.competenceId, x]));
      for (const row of existing) {
        const w = wanted.get(row.competence.id);
        if (!w) {
          c.competences.remove(row);
          continue;
        }
        row.level = w.level;
        row.evidence = w.evidence ?? Evidence.SELF_REPORTED;
        wanted.delete(row.competence.id);
      }
      for (const w of wanted.values()) {
        c.competences.add(
          em.create(CandidateCompetence, {
            candidate: c,
            competence: byId.get(w.competenceId)!,
            level: w.level,
            evidence: w.evidence ?? Evidence.SELF_REPORTED,
          }),
        );
      }
      c.updatedAt = new Date();
      audit(em, user, { subjectId: c.id, action: 'UPDATE', operation: 'setCandidateCompetences', allowed: true });
      enqueueIndex(em, 'candidate', c.id);
      return c;
    });
  }

  // ---------------------------------------------------------------------------

  /** NOT_FOUND for a missing id, FORBIDDEN unless the caller is the own adviser or an admin. */
  private async loadForWrite(em: EntityManager, id: string, operation: string): Promise<Candidate> {
    const user = this.user;
    // Locked: consent and competence changes carry no version, so two at once must wait, not fail on it.
    const c = isUuid(id) ? await em.findOne(Candidate, id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!c) throw notFound('candidate', id);
    if (!mayChangePerson(user, personFacts(c))) {
      // The transaction rolls back: the refused attempt is recorded on a connection of its own.
      await auditAttempt(this.ctx.em.fork(), user, { subjectId: c.id, action: 'UPDATE', operation, allowed: false });
      throw forbidden('changePerson');
    }
    return c;
  }

  /** Turns a stale-version race caught by the ORM at flush time into CONFLICT. */
  private async withConflictCheck<T>(id: string, expected: number, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (!(err instanceof OptimisticLockError)) throw err;
      const current = await this.ctx.em.fork().findOne(Candidate, id);
      throw conflict('candidate', null, expected, current?.version ?? expected + 1);
    }
  }

  /** Records a consent change (a revocation withdraws the proposals waiting for an answer); true when it changed. */
  private async applyConsent(em: EntityManager, c: Candidate, consent: boolean): Promise<boolean> {
    if (c.consentToShare === consent) return false;
    const user = this.user;
    c.consentToShare = consent;
    c.consentGivenAt = consent ? new Date() : null;
    c.consentRecordedBy = em.getReference(User, user.id, { wrapped: true });
    audit(em, user, {
      subjectId: c.id,
      action: 'UPDATE',
      operation: 'consent',
      allowed: true,
      purpose: consent ? AuditPurpose.CONSENT_GIVEN : AuditPurpose.CONSENT_REVOKED,
    });
    if (!consent) await withdrawProposalsOnConsentRevoked(em, c.id, user.id);
    return true;
  }

  /**
   * Field rules, then the rules between fields: every broken rule at once (BAD_USER_INPUT with
   * `extensions.fields`), so a form or an import row shows all of them in one pass.
   */
  private validate(raw: unknown, today: string): CandidateData {
    const d = parseInput(candidateSchema, raw);
    const { minAgeOnEnrolment: min, maxAgeOnEnrolment: max } = CANDIDATE_LIMITS;
    const problems: FieldProblem[] = [];
    if (compareDates(d.enrolledOn, today) > 0) {
      problems.push({
        field: 'enrolledOn',
        message: t('candidates.enrolledInFuture', { date: formatDate(d.enrolledOn) }),
      });
    }
    // ageOn needs the birth first.
    const age = compareDates(d.birthDate, d.enrolledOn) > 0 ? null : ageOn(d.birthDate, d.enrolledOn);
    if (age === null) {
      problems.push({
        field: 'birthDate',
        message: t('candidates.birthAfterEnrolment', {
          birth: formatDate(d.birthDate),
          enrolled: formatDate(d.enrolledOn),
        }),
      });
    } else if (age < min || age > max) {
      problems.push({
        field: 'birthDate',
        message: t('candidates.ageOnEnrolment', {
          birth: formatDate(d.birthDate),
          age,
          enrolled: formatDate(d.enrolledOn),
          min,
          max,
        }),
      });
    }
    try {
      assertDateOrder('birthDate', d.birthDate, 'arrivalDate', d.arrivalDate);
    } catch (err) {
      problems.push(...problemsOf(err));
    }
    if (d.arrivalDate && compareDates(d.arrivalDate, today) > 0) {
      problems.push({
        field: 'arrivalDate',
        message: t('candidates.arrivalInFuture', { date: formatDate(d.arrivalDate) }),
      });
    }
    const goal = hourGoal(d.readiness, d.goalWeeklyHours, this.ctx.config.rules);
    if (d.currentOrdinaryHours > goal) {
      problems.push({
        field: 'currentOrdinaryHours',
        message:
          d.goalWeeklyHours === null
            ? t('candidates.ordinaryOverReadinessGoal', {
                current: formatNumber(d.currentOrdinaryHours),
                readiness: t(`enums.readiness.${d.readiness}`),
                goal: formatNumber(goal),
              })
            : t('candidates.ordinaryOverGoal', {
                current: formatNumber(d.currentOrdinaryHours),
                goal: formatNumber(goal),
              }),
      });
    }
    if (problems.length) throw badInputs(problems);
    return d;
  }

  private parseEducations(list: ForeignEducationInput[]) {
    return parseInput(educationsSchema, { foreignEducations: list }).foreignEducations.map((e) => ({
      title: e.title,
      years: e.years ?? null,
      recognitionStatus: e.recognitionStatus ?? RecognitionStatus.NOT_APPLIED,
    }));
  }

  private parseActivities(list: WeeklyActivityInput[]) {
    return parseInput(activitiesSchema, { weeklyActivities: list }).weeklyActivities;
  }

  private assertWeekLoad(available: number, activities: { weeklyHours: number }[]): void {
    const activityHours = activities.reduce((s, a) => s + a.weeklyHours, 0);
    const total = activityHours + available;
    if (total > CANDIDATE_LIMITS.maxPlannedWeekHours) {
      throw badInput(
        'weeklyActivities',
        t('candidates.weekLoad', {
          activities: formatNumber(activityHours),
          available: formatNumber(available),
          total: formatNumber(total),
          max: CANDIDATE_LIMITS.maxPlannedWeekHours,
        }),
      );
    }
  }

  /** The adviser of a new person: an adviser creates in its own caseload; an admin may name an adviser. */
  private async resolveNewAdviser(em: EntityManager, adviserId: string | null | undefined): Promise<string | null> {
    const user = this.user;
    if (adviserId == null) return user.role === Role.ADVISER ? user.id : null;
    if (user.role !== Role.ADMIN && adviserId !== user.id) {
      throw forbidden('createInOtherCaseload');
    }
    return this.assertAdviser(em, adviserId);
  }

  private async assertAdviser(em: EntityManager, adviserId: string): Promise<string> {
    const adviser = isUuid(adviserId)
      ? await em.findOne(User, { id: adviserId, role: Role.ADVISER, active: true })
      : null;
    if (!adviser) throw badInput('adviserId', t('candidates.adviserUnknown', { id: adviserId.slice(0, 40) }));
    return adviser.id;
  }
}
