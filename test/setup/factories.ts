/**
 * One test factory: each builder writes one row (and what it needs) directly, with defaults that make
 * a valid, ordinary row, and flushes. Tests pass only what they are about. Related rows go by entity
 * or by id. Nothing here runs a service's rules: use GraphQL for that.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../server/src/features/auth/password.js';
import { type Role, User } from '../../server/src/features/auth/user.entity.js';
import {
  Candidate,
  CandidateCompetence,
  CandidateStatus,
  Evidence,
  Readiness,
  ResidenceCategory,
  TargetGroup,
} from '../../server/src/features/candidates/candidate.entity.js';
import { Company, PartnershipTier, Sector } from '../../server/src/features/companies/company.entity.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { IguSlot, IguSlotStatus } from '../../server/src/features/igu-slots/igu-slot.entity.js';
import { Industry } from '../../server/src/features/industries/industry.entity.js';
import {
  FollowUp,
  Placement,
  PlacementOutcome,
  PlacementStatus,
  PlacementType,
} from '../../server/src/features/placements/placement.entity.js';
import { TaskCompetence, TaskStatus, UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { DanishLevel } from '../../server/src/shared/enums.js';

type IdOf<T> = T | string;
const idOf = (x: { id: string } | string): string => (typeof x === 'string' ? x : x.id);

let seq = 0;
/** A number no other call of this file's builders has had in this test file. */
const next = () => ++seq;

let cvrSeq = 0;
/** A fresh, valid CVR number (modulus-11 check digit), different on every call in a test file. */
export function nextCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    cvrSeq += 1;
    const prefix = String(3_000_000 + cvrSeq * 7_919);
    const sum = prefix.split('').reduce((acc, ch, i) => acc + Number(ch) * (weights[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${prefix}${check}`;
  }
}

/** A user who logs in with password demo1234: a COMPANY user needs `company`; a consultant may get `industries`. */
export async function buildUser(
  em: EntityManager,
  role: Role,
  over: { email?: string; name?: string; company?: IdOf<Company>; industries?: string[] } = {},
): Promise<User> {
  const n = next();
  const u = em.create(User, {
    email: over.email ?? `${role.toLowerCase()}-${n}-${Date.now()}@test.dk`,
    name: over.name ?? `Test ${role} ${n}`,
    role,
    passwordHash: await hashPassword('demo1234'),
    company: over.company ? em.getReference(Company, idOf(over.company)) : null,
  });
  if (over.industries?.length) u.industries.set(over.industries.map((code) => em.getReference(Industry, code)));
  await em.flush();
  return u;
}

/** A partner company in industry 52 (the demo consultant's portfolio), private, contacted now, cadence 21 days. */
export async function buildCompany(
  em: EntityManager,
  over: Partial<{
    cvr: string;
    name: string;
    industry: string;
    tier: PartnershipTier;
    sector: Sector;
    postcode: string;
    consultant: IdOf<User> | null;
    contactCadenceDays: number;
    lastContactAt: Date | null;
    createdAt: Date;
  }> = {},
): Promise<Company> {
  const c = em.create(Company, {
    cvr: over.cvr ?? nextCvr(),
    name: over.name ?? `Testfirma ${next()} ApS`,
    industry: em.getReference(Industry, over.industry ?? '52'),
    tier: over.tier ?? PartnershipTier.PARTNER,
    sector: over.sector ?? Sector.PRIVATE,
    postcode: over.postcode ?? '5000',
    consultant: over.consultant ? em.getReference(User, idOf(over.consultant)) : null,
    contactCadenceDays: over.contactCadenceDays ?? 21,
    lastContactAt: over.lastContactAt === undefined ? new Date() : over.lastContactAt,
    ...(over.createdAt ? { createdAt: over.createdAt } : {}),
  });
  await em.flush();
  return c;
}

/**
 * A person: job-ready, integration programme, a refugee born 1995 who arrived in 2024, Danish A2,
 * 37 hours available, consenting, with no adviser unless told; `competences` are written with them.
 */
export async function buildCandidate(
  em: EntityManager,
  over: Partial<{
    adviser: IdOf<User> | null;
    firstName: string;
    lastName: string;
    birthDate: string;
    postcode: string;
    arrivalDate: string | null;
    residenceCategory: ResidenceCategory;
    readiness: Readiness;
    targetGroup: TargetGroup;
    danishLevel: DanishLevel;
    languages: string[];
    enrolledOn: string;
    availableWeeklyHours: number;
    currentOrdinaryHours: number;
    goalWeeklyHours: number;
    industriesWished: string[];
    hasDrivingLicence: boolean;
    maxCommuteKm: number;
    education: string;
    summary: string;
    consentToShare: boolean;
    status: CandidateStatus;
    accommodationNeeds: string | null;
    competences: { competence: IdOf<Competence>; level: number; evidence?: Evidence }[];
  }> = {},
): Promise<Candidate> {
  const n = next();
  const consent = over.consentToShare ?? true;
  const c = em.create(Candidate, {
    firstName: over.firstName ?? `Person${n}`,
    lastName: over.lastName ?? `Efternavn${n}`,
    birthDate: over.birthDate ?? '1995-03-10',
    postcode: over.postcode ?? '5000',
    targetGroup: over.targetGroup ?? TargetGroup.INTEGRATION_PROGRAMME,
    readiness: over.readiness ?? Readiness.JOB_READY,
    residenceCategory: over.residenceCategory ?? ResidenceCategory.REFUGEE,
    arrivalDate: over.arrivalDate === undefined ? '2024-02-01' : over.arrivalDate,
    danishLevel: over.danishLevel ?? DanishLevel.A2,
    languages: over.languages ?? ['ar'],
    availableWeeklyHours: over.availableWeeklyHours ?? 37,
    goalWeeklyHours: over.goalWeeklyHours ?? 37,
    currentOrdinaryHours: over.currentOrdinaryHours ?? 0,
    industriesWished: over.industriesWished ?? ['52'],
    hasDrivingLicence: over.hasDrivingLicence ?? false,
    maxCommuteKm: over.maxCommuteKm ?? 25,
    education: over.education ?? '',
    summary: over.summary ?? '',
    consentToShare: consent,
    consentGivenAt: consent ? new Date() : null,
    adviser: over.adviser ? em.getReference(User, idOf(over.adviser)) : null,
    enrolledOn: over.enrolledOn ?? '2026-01-05',
    status: over.status ?? CandidateStatus.ACTIVE,
    accommodationNeeds: over.accommodationNeeds ?? null,
  });
  for (const k of over.competences ?? []) {
    em.create(CandidateCompetence, {
      candidate: c,
      competence: em.getReference(Competence, idOf(k.competence)),
      level: k.level,
      evidence: k.evidence ?? Evidence.SELF_REPORTED,
    });
  }
  await em.flush();
  return c;
}

/** An OPEN unsolved task in industry 52 at `company`, 25 hours a week, one opening; `required` competences with it. */
export async function buildTask(
  em: EntityManager,
  company: IdOf<Company>,
  over: Partial<{
    title: string;
    description: string;
    industry: string;
    status: TaskStatus;
    danishLevel: DanishLevel;
    weeklyHours: number;
    learningGoals: string;
    ordinaryHoursInSight: boolean;
    openings: number;
    postcode: string;
    requiresDrivingLicence: boolean;
    createdAt: Date;
    required: { competence: IdOf<Competence>; minLevel: number }[];
  }> = {},
): Promise<UnsolvedTask> {
  const t = em.create(UnsolvedTask, {
    company: em.getReference(Company, idOf(company)),
    title: over.title ?? 'Varemodtagelse',
    description: over.description ?? 'Tage imod varer og sætte dem på plads.',
    industry: em.getReference(Industry, over.industry ?? '52'),
    danishLevel: over.danishLevel ?? DanishLevel.A2,
    weeklyHours: over.weeklyHours ?? 25,
    learningGoals: over.learningGoals ?? 'Bruge håndscanner',
    ordinaryHoursInSight: over.ordinaryHoursInSight ?? true,
    openings: over.openings ?? 1,
    postcode: over.postcode ?? '5000',
    status: over.status ?? TaskStatus.OPEN,
    ...(over.requiresDrivingLicence !== undefined ? { requiresDrivingLicence: over.requiresDrivingLicence } : {}),
    ...(over.createdAt ? { createdAt: over.createdAt } : {}),
  });
  for (const r of over.required ?? []) {
    em.create(TaskCompetence, {
      task: t,
      competence: em.getReference(Competence, idOf(r.competence)),
      minLevel: r.minLevel,
      required: true,
    });
  }
  await em.flush();
  return t;
}

/** An OPEN IGU slot in industry 52 at `company`: 30 hours at 125 kr. an hour, one opening. */
export async function buildIguSlot(
  em: EntityManager,
  company: IdOf<Company>,
  over: Partial<{
    title: string;
    industry: string;
    status: IguSlotStatus;
    startDate: string;
    weeklyHours: number;
    hourlyWage: number;
    openings: number;
    postcode: string;
    createdAt: Date;
  }> = {},
): Promise<IguSlot> {
  const s = em.create(IguSlot, {
    company: em.getReference(Company, idOf(company)),
    title: over.title ?? 'IGU lagermedarbejder',
    industry: em.getReference(Industry, over.industry ?? '52'),
    startDate: over.startDate ?? '2026-11-02',
    weeklyHours: over.weeklyHours ?? 30,
    hourlyWage: over.hourlyWage ?? 125,
    openings: over.openings ?? 1,
    postcode: over.postcode ?? '5000',
    status: over.status ?? IguSlotStatus.OPEN,
    ...(over.createdAt ? { createdAt: over.createdAt } : {}),
  });
  await em.flush();
  return s;
}

/** A placement written directly (no rules run): an ACTIVE internship unless `endDate`/`outcome` make it ENDED. */
export async function buildPlacement(
  em: EntityManager,
  candidate: IdOf<Candidate>,
  company: IdOf<Company>,
  over: Partial<{
    type: PlacementType;
    startDate: string;
    plannedEndDate: string | null;
    endDate: string | null;
    outcome: PlacementOutcome | null;
    task: IdOf<UnsolvedTask> | null;
    hoursPlan: { fromWeek: number; weeklyHours: number; ordinaryHours: number }[];
  }> = {},
): Promise<Placement> {
  const ended = !!over.endDate;
  const p = em.create(Placement, {
    candidate: em.getReference(Candidate, idOf(candidate)),
    company: em.getReference(Company, idOf(company)),
    task: over.task ? em.getReference(UnsolvedTask, idOf(over.task)) : null,
    type: over.type ?? PlacementType.INTERNSHIP,
    status: ended ? PlacementStatus.ENDED : PlacementStatus.ACTIVE,
    startDate: over.startDate ?? '2026-11-02',
    plannedEndDate: over.plannedEndDate ?? null,
    endDate: over.endDate ?? null,
    outcome: over.outcome ?? (ended ? PlacementOutcome.COMPLETED : null),
    learningGoals: 'Lære lagerarbejde',
    hoursPlan: over.hoursPlan ?? [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }],
  });
  await em.flush();
  return p;
}

/** A follow-up on a placement, written directly. */
export async function buildFollowUp(
  em: EntityManager,
  placement: IdOf<Placement>,
  over: Partial<{ date: string; attendedHours: number; ordinaryHours: number; nextFollowUpDate: string | null }> = {},
): Promise<FollowUp> {
  const f = em.create(FollowUp, {
    placement: em.getReference(Placement, idOf(placement)),
    date: over.date ?? '2026-11-10',
    attendedHours: over.attendedHours ?? 20,
    ordinaryHours: over.ordinaryHours ?? 0,
    absenceDays: 0,
    progress: 3,
    nextFollowUpDate: over.nextFollowUpDate ?? null,
  });
  await em.flush();
  return f;
}

// ---------------------------------------------------------------------------
// Factories of the companies, tasks and IGU-slots features (prefixes: companies, tasks, iguSlots).
// Namespace imports keep these names clear of other features' imports in this file.
// ---------------------------------------------------------------------------
import type * as companiesPg from '@mikro-orm/postgresql';
import * as companiesPassword from '../../server/src/features/auth/password.js';
import * as companiesUserEntity from '../../server/src/features/auth/user.entity.js';
import * as companiesEntity from '../../server/src/features/companies/company.entity.js';
import * as iguSlotsEntity from '../../server/src/features/igu-slots/igu-slot.entity.js';
import * as companiesIndustryEntity from '../../server/src/features/industries/industry.entity.js';
import * as tasksEntity from '../../server/src/features/tasks/unsolved-task.entity.js';
import * as tasksEnums from '../../server/src/shared/enums.js';

/** A partner company in industry 52 (the demo consultant's portfolio) unless told otherwise; pass ids, not entities of another EntityManager. */
export async function companiesCreateCompany(
  em: companiesPg.EntityManager,
  overrides: {
    cvr?: string;
    name?: string;
    industryCode?: string;
    tier?: companiesEntity.PartnershipTier;
    sector?: companiesEntity.Sector;
    postcode?: string;
    consultantId?: string | null;
    contactCadenceDays?: number;
    lastContactAt?: Date | null;
    createdAt?: Date;
  } = {},
): Promise<companiesEntity.Company> {
  const company = em.create(companiesEntity.Company, {
    cvr: overrides.cvr ?? nextCvr(),
    name: overrides.name ?? `Testfirma ${seq}`,
    industry: em.getReference(companiesIndustryEntity.Industry, overrides.industryCode ?? '52'),
    tier: overrides.tier ?? companiesEntity.PartnershipTier.COLLABORATION,
    sector: overrides.sector ?? companiesEntity.Sector.PRIVATE,
    postcode: overrides.postcode ?? '5000',
    consultant: overrides.consultantId ? em.getReference(companiesUserEntity.User, overrides.consultantId) : null,
    contactCadenceDays: overrides.contactCadenceDays ?? 21,
    lastContactAt: overrides.lastContactAt ?? null,
    ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
  });
  await em.flush();
  return company;
}

/** A user who logs in with password demo1234: a COMPANY user of `company`, or a consultant with `industries`. */
export async function companiesCreateUser(
  em: companiesPg.EntityManager,
  opts: {
    role: companiesUserEntity.Role;
    email: string;
    name?: string;
    company?: companiesEntity.Company;
    industries?: string[];
  },
): Promise<companiesUserEntity.User> {
  const user = em.create(companiesUserEntity.User, {
    email: opts.email,
    name: opts.name ?? opts.email.split('@')[0]!,
    role: opts.role,
    passwordHash: await companiesPassword.hashPassword('demo1234'),
    ...(opts.company ? { company: em.getReference(companiesEntity.Company, opts.company.id) } : {}),
  });
  if (opts.industries?.length) {
    user.industries.set(opts.industries.map((code) => em.getReference(companiesIndustryEntity.Industry, code)));
  }
  await em.flush();
  return user;
}

/** An OPEN unsolved task at `company` without competences. */
export async function tasksCreateTask(
  em: companiesPg.EntityManager,
  company: companiesEntity.Company,
  overrides: {
    title?: string;
    description?: string;
    industryCode?: string;
    status?: tasksEntity.TaskStatus;
    weeklyHours?: number;
    createdAt?: Date;
  } = {},
): Promise<tasksEntity.UnsolvedTask> {
  const task = em.create(tasksEntity.UnsolvedTask, {
    company: em.getReference(companiesEntity.Company, company.id),
    title: overrides.title ?? 'Pakning af ordrer',
    description: overrides.description ?? 'Plukke og pakke ordrer på lageret',
    industry: em.getReference(companiesIndustryEntity.Industry, overrides.industryCode ?? '52'),
    danishLevel: tasksEnums.DanishLevel.A2,
    weeklyHours: overrides.weeklyHours ?? 20,
    learningGoals: 'Lære at bruge håndscanner og plukliste',
    ordinaryHoursInSight: false,
    openings: 1,
    postcode: '5000',
    status: overrides.status ?? tasksEntity.TaskStatus.OPEN,
    ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
  });
  await em.flush();
  return task;
}

/** An OPEN IGU slot at `company`. */
export async function iguSlotsCreateIguSlot(
  em: companiesPg.EntityManager,
  company: companiesEntity.Company,
  overrides: {
    title?: string;
    industryCode?: string;
    status?: iguSlotsEntity.IguSlotStatus;
    startDate?: string;
    createdAt?: Date;
  } = {},
): Promise<iguSlotsEntity.IguSlot> {
  const slot = em.create(iguSlotsEntity.IguSlot, {
    company: em.getReference(companiesEntity.Company, company.id),
    title: overrides.title ?? 'IGU-elev i køkkenet',
    industry: em.getReference(companiesIndustryEntity.Industry, overrides.industryCode ?? '56'),
    startDate: overrides.startDate ?? '2027-02-01',
    weeklyHours: 30,
    hourlyWage: 62.5,
    openings: 1,
    postcode: '5000',
    status: overrides.status ?? iguSlotsEntity.IguSlotStatus.OPEN,
    ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
  });
  await em.flush();
  return slot;
}

// --- candidates & proposals factories (feature: candidates, proposals) -------------------------
import type { EntityManager as CandidatesFxEm } from '@mikro-orm/postgresql';
import { hashPassword as candidatesFxHash } from '../../server/src/features/auth/password.js';
import { Role as CandidatesFxRole, User as CandidatesFxUser } from '../../server/src/features/auth/user.entity.js';
import * as CandidatesFxCand from '../../server/src/features/candidates/candidate.entity.js';
import * as CandidatesFxCompany from '../../server/src/features/companies/company.entity.js';
import { IguSlot as ProposalsFxIguSlot } from '../../server/src/features/igu-slots/igu-slot.entity.js';
import { Industry as CandidatesFxIndustry } from '../../server/src/features/industries/industry.entity.js';
import { UnsolvedTask as ProposalsFxTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { DanishLevel as CandidatesFxDanish } from '../../server/src/shared/enums.js';

let candidatesFxSeq = 0;

/** A user of any role with the demo password; COMPANY users need `company`. */
export async function candidatesMakeUser(
  em: CandidatesFxEm,
  role: CandidatesFxRole,
  over: { email?: string; name?: string; company?: CandidatesFxCompany.Company } = {},
): Promise<CandidatesFxUser> {
  const n = ++candidatesFxSeq;
  const u = em.create(CandidatesFxUser, {
    email: over.email ?? `fx-${role.toLowerCase()}-${n}-${Date.now()}@test.dk`,
    name: over.name ?? `Test ${role} ${n}`,
    role,
    passwordHash: await candidatesFxHash('demo1234'),
    company: over.company ? em.getReference(CandidatesFxCompany.Company, over.company.id) : null,
  });
  await em.flush();
  return u;
}

/** A person written directly (no GraphQL), e.g. as background data for proposals. */
export async function candidatesMakeCandidate(
  em: CandidatesFxEm,
  over: Partial<{
    adviser: CandidatesFxUser | null;
    firstName: string;
    lastName: string;
    birthDate: string;
    arrivalDate: string | null;
    residenceCategory: CandidatesFxCand.ResidenceCategory;
    consentToShare: boolean;
    status: CandidatesFxCand.CandidateStatus;
    postcode: string;
    accommodationNeeds: string | null;
  }> = {},
): Promise<CandidatesFxCand.Candidate> {
  const c = em.create(CandidatesFxCand.Candidate, {
    firstName: over.firstName ?? 'Amina',
    lastName: over.lastName ?? `Hassan${++candidatesFxSeq}`,
    birthDate: over.birthDate ?? '1995-03-10',
    postcode: over.postcode ?? '5000',
    targetGroup: CandidatesFxCand.TargetGroup.INTEGRATION_PROGRAMME,
    readiness: CandidatesFxCand.Readiness.JOB_READY,
    residenceCategory: over.residenceCategory ?? CandidatesFxCand.ResidenceCategory.REFUGEE,
    arrivalDate: over.arrivalDate === undefined ? '2023-09-01' : over.arrivalDate,
    danishLevel: CandidatesFxDanish.A2,
    languages: ['ar', 'en'],
    availableWeeklyHours: 20,
    goalWeeklyHours: 37,
    currentOrdinaryHours: 0,
    industriesWished: ['52'],
    hasDrivingLicence: true,
    maxCommuteKm: 30,
    education: 'Lagerarbejde i 4 år',
    summary: 'Stabil og mødestabil',
    consentToShare: over.consentToShare ?? true,
    consentGivenAt: (over.consentToShare ?? true) ? new Date() : null,
    adviser: over.adviser ? em.getReference(CandidatesFxUser, over.adviser.id) : null,
    enrolledOn: '2026-01-05',
    status: over.status ?? CandidatesFxCand.CandidateStatus.ACTIVE,
    accommodationNeeds: over.accommodationNeeds ?? null,
  });
  await em.flush();
  return c;
}

/** A company with a valid CVR (modulus 11) in the given DB07 division. */
export async function proposalsMakeCompany(
  em: CandidatesFxEm,
  over: Partial<{ industry: string; postcode: string; name: string; consultant: CandidatesFxUser | null }> = {},
): Promise<CandidatesFxCompany.Company> {
  let cvr = '';
  for (let prefix = 2100000 + Math.floor(Math.random() * 7000000); !cvr; prefix++) {
    const digits = String(prefix);
    const sum = [...digits].reduce((s, d, i) => s + Number(d) * [2, 7, 6, 5, 4, 3, 2][i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) cvr = digits + check;
  }
  const c = em.create(CandidatesFxCompany.Company, {
    cvr,
    name: over.name ?? `Proposal Test ApS ${++candidatesFxSeq}`,
    industry: em.getReference(CandidatesFxIndustry, over.industry ?? '52'),
    tier: CandidatesFxCompany.PartnershipTier.PARTNER,
    sector: CandidatesFxCompany.Sector.PRIVATE,
    postcode: over.postcode ?? '5220',
    consultant: over.consultant ? em.getReference(CandidatesFxUser, over.consultant.id) : null,
    contactCadenceDays: 21,
  });
  await em.flush();
  return c;
}

/** An open unsolved task at `company`. */
export async function proposalsMakeTask(
  em: CandidatesFxEm,
  company: CandidatesFxCompany.Company,
  over: Partial<{ title: string; industry: string; postcode: string; status: ProposalsFxTask['status'] }> = {},
): Promise<ProposalsFxTask> {
  const t = em.create(ProposalsFxTask, {
    company: em.getReference(CandidatesFxCompany.Company, company.id),
    title: over.title ?? 'Plukning på lageret',
    description: 'Plukke ordrer og pakke paller.',
    industry: em.getReference(CandidatesFxIndustry, over.industry ?? '52'),
    danishLevel: CandidatesFxDanish.A2,
    weeklyHours: 20,
    learningGoals: 'Lære at bruge håndscanner og plukke efter liste.',
    ordinaryHoursInSight: true,
    openings: 1,
    postcode: over.postcode ?? '5220',
    ...(over.status ? { status: over.status } : {}),
  });
  await em.flush();
  return t;
}

/** An open IGU slot at `company`. */
export async function proposalsMakeIguSlot(
  em: CandidatesFxEm,
  company: CandidatesFxCompany.Company,
  over: Partial<{ title: string; industry: string; startDate: string; postcode: string }> = {},
): Promise<ProposalsFxIguSlot> {
  const s = em.create(ProposalsFxIguSlot, {
    company: em.getReference(CandidatesFxCompany.Company, company.id),
    title: over.title ?? 'IGU lagermedarbejder',
    industry: em.getReference(CandidatesFxIndustry, over.industry ?? '52'),
    startDate: over.startDate ?? '2027-01-04',
    weeklyHours: 37,
    hourlyWage: 130,
    openings: 1,
    postcode: over.postcode ?? '5220',
  });
  await em.flush();
  return s;
}
