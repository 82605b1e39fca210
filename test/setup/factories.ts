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

let companiesCvrSeq = 0;

/** A fresh, valid CVR number (modulus-11 check digit), different on every call in a test file. */
export function companiesNextCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    companiesCvrSeq += 1;
    const prefix = String(3_000_000 + companiesCvrSeq * 7_919);
    const sum = prefix.split('').reduce((acc, ch, i) => acc + Number(ch) * (weights[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return `${prefix}${check}`;
  }
}

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
    cvr: overrides.cvr ?? companiesNextCvr(),
    name: overrides.name ?? `Testfirma ${companiesCvrSeq}`,
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

// --- placements, alerts & dashboard factories (feature: placements) ----------------------------
import type { EntityManager as PlacementsFxEm } from '@mikro-orm/postgresql';
import { hashPassword as placementsFxHash } from '../../server/src/features/auth/password.js';
import * as PlacementsFxAuth from '../../server/src/features/auth/user.entity.js';
import * as PlacementsFxCand from '../../server/src/features/candidates/candidate.entity.js';
import * as PlacementsFxCompany from '../../server/src/features/companies/company.entity.js';
import * as PlacementsFxIgu from '../../server/src/features/igu-slots/igu-slot.entity.js';
import * as PlacementsFxIndustry from '../../server/src/features/industries/industry.entity.js';
import * as PlacementsFxPlacement from '../../server/src/features/placements/placement.entity.js';
import * as PlacementsFxTask from '../../server/src/features/tasks/unsolved-task.entity.js';
import * as PlacementsFxEnums from '../../server/src/shared/enums.js';

let placementsFxSeq = 0;

/** A valid CVR (modulus 11) that no other factory of this file hands out (prefix 8…). */
function placementsFxCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const prefix = String(8_000_000 + ++placementsFxSeq * 131 + (Date.now() % 97));
    const sum = prefix.split('').reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return prefix + check;
  }
}

/** A user with password demo1234; a CONSULTANT may get `industries`, a COMPANY user needs `companyId`. */
export async function placementsMakeUser(
  em: PlacementsFxEm,
  role: PlacementsFxAuth.Role,
  over: { email?: string; name?: string; companyId?: string; industries?: string[] } = {},
): Promise<PlacementsFxAuth.User> {
  const n = ++placementsFxSeq;
  const u = em.create(PlacementsFxAuth.User, {
    email: over.email ?? `placements-${role.toLowerCase()}-${n}-${Date.now()}@test.dk`,
    name: over.name ?? `Placements ${role} ${n}`,
    role,
    passwordHash: await placementsFxHash('demo1234'),
    company: over.companyId ? em.getReference(PlacementsFxCompany.Company, over.companyId) : null,
  });
  if (over.industries?.length) {
    u.industries.set(over.industries.map((code) => em.getReference(PlacementsFxIndustry.Industry, code)));
  }
  await em.flush();
  return u;
}

/** A company (default industry 52, private, cadence 21 days, contacted now). */
export async function placementsMakeCompany(
  em: PlacementsFxEm,
  over: Partial<{
    name: string;
    industry: string;
    sector: PlacementsFxCompany.Sector;
    consultantId: string | null;
    contactCadenceDays: number;
    lastContactAt: Date | null;
    createdAt: Date;
  }> = {},
): Promise<PlacementsFxCompany.Company> {
  const c = em.create(PlacementsFxCompany.Company, {
    cvr: placementsFxCvr(),
    name: over.name ?? `Placeringsfirma ${placementsFxSeq} ApS`,
    industry: em.getReference(PlacementsFxIndustry.Industry, over.industry ?? '52'),
    tier: PlacementsFxCompany.PartnershipTier.PARTNER,
    sector: over.sector ?? PlacementsFxCompany.Sector.PRIVATE,
    postcode: '5000',
    consultant: over.consultantId ? em.getReference(PlacementsFxAuth.User, over.consultantId) : null,
    contactCadenceDays: over.contactCadenceDays ?? 21,
    lastContactAt: over.lastContactAt === undefined ? new Date() : over.lastContactAt,
    ...(over.createdAt ? { createdAt: over.createdAt } : {}),
  });
  await em.flush();
  return c;
}

/** A candidate: job-ready, integration programme, refugee aged ~31 who arrived in 2024, consenting. */
export async function placementsMakeCandidate(
  em: PlacementsFxEm,
  over: Partial<{
    adviserId: string | null;
    firstName: string;
    birthDate: string;
    arrivalDate: string | null;
    residenceCategory: PlacementsFxCand.ResidenceCategory;
    readiness: PlacementsFxCand.Readiness;
    targetGroup: PlacementsFxCand.TargetGroup;
    enrolledOn: string;
    currentOrdinaryHours: number;
    goalWeeklyHours: number;
    consentToShare: boolean;
    status: PlacementsFxCand.CandidateStatus;
  }> = {},
): Promise<PlacementsFxCand.Candidate> {
  const n = ++placementsFxSeq;
  const c = em.create(PlacementsFxCand.Candidate, {
    firstName: over.firstName ?? `Person${n}`,
    lastName: `Efternavn${n}`,
    birthDate: over.birthDate ?? '1995-03-10',
    postcode: '5000',
    targetGroup: over.targetGroup ?? PlacementsFxCand.TargetGroup.INTEGRATION_PROGRAMME,
    readiness: over.readiness ?? PlacementsFxCand.Readiness.JOB_READY,
    residenceCategory: over.residenceCategory ?? PlacementsFxCand.ResidenceCategory.REFUGEE,
    arrivalDate: over.arrivalDate === undefined ? '2024-02-01' : over.arrivalDate,
    danishLevel: PlacementsFxEnums.DanishLevel.A2,
    languages: ['ar'],
    availableWeeklyHours: 37,
    goalWeeklyHours: over.goalWeeklyHours ?? 37,
    currentOrdinaryHours: over.currentOrdinaryHours ?? 0,
    industriesWished: ['52'],
    hasDrivingLicence: false,
    maxCommuteKm: 25,
    education: '',
    summary: '',
    consentToShare: over.consentToShare ?? true,
    consentGivenAt: (over.consentToShare ?? true) ? new Date() : null,
    adviser: over.adviserId ? em.getReference(PlacementsFxAuth.User, over.adviserId) : null,
    enrolledOn: over.enrolledOn ?? '2026-01-05',
    status: over.status ?? PlacementsFxCand.CandidateStatus.ACTIVE,
  });
  await em.flush();
  return c;
}

/** An unsolved task at the company (OPEN unless told otherwise). */
export async function placementsMakeTask(
  em: PlacementsFxEm,
  companyId: string,
  over: Partial<{ title: string; status: PlacementsFxTask.TaskStatus }> = {},
): Promise<PlacementsFxTask.UnsolvedTask> {
  const t = em.create(PlacementsFxTask.UnsolvedTask, {
    company: em.getReference(PlacementsFxCompany.Company, companyId),
    title: over.title ?? 'Varemodtagelse',
    description: 'Tage imod varer og sætte dem på plads.',
    industry: em.getReference(PlacementsFxIndustry.Industry, '52'),
    danishLevel: PlacementsFxEnums.DanishLevel.A2,
    weeklyHours: 25,
    learningGoals: 'Bruge håndscanner',
    ordinaryHoursInSight: true,
    openings: 1,
    postcode: '5000',
    status: over.status ?? PlacementsFxTask.TaskStatus.OPEN,
  });
  await em.flush();
  return t;
}

/** An IGU slot at the company (OPEN, 1 opening unless told otherwise). */
export async function placementsMakeIguSlot(
  em: PlacementsFxEm,
  companyId: string,
  over: Partial<{ openings: number; status: PlacementsFxIgu.IguSlotStatus }> = {},
): Promise<PlacementsFxIgu.IguSlot> {
  const s = em.create(PlacementsFxIgu.IguSlot, {
    company: em.getReference(PlacementsFxCompany.Company, companyId),
    title: 'IGU lagermedarbejder',
    industry: em.getReference(PlacementsFxIndustry.Industry, '52'),
    startDate: '2026-11-02',
    weeklyHours: 30,
    hourlyWage: 125,
    openings: over.openings ?? 1,
    postcode: '5000',
    status: over.status ?? PlacementsFxIgu.IguSlotStatus.OPEN,
  });
  await em.flush();
  return s;
}

/** A placement written directly (no rules run): ACTIVE unless `endDate`/`outcome` make it ENDED. */
export async function placementsMakePlacement(
  em: PlacementsFxEm,
  candidateId: string,
  companyId: string,
  over: Partial<{
    type: PlacementsFxPlacement.PlacementType;
    startDate: string;
    plannedEndDate: string | null;
    endDate: string | null;
    outcome: PlacementsFxPlacement.PlacementOutcome | null;
    taskId: string | null;
    hoursPlan: { fromWeek: number; weeklyHours: number; ordinaryHours: number }[];
  }> = {},
): Promise<PlacementsFxPlacement.Placement> {
  const ended = !!over.endDate;
  const p = em.create(PlacementsFxPlacement.Placement, {
    candidate: em.getReference(PlacementsFxCand.Candidate, candidateId),
    company: em.getReference(PlacementsFxCompany.Company, companyId),
    task: over.taskId ? em.getReference(PlacementsFxTask.UnsolvedTask, over.taskId) : null,
    type: over.type ?? PlacementsFxPlacement.PlacementType.INTERNSHIP,
    status: ended ? PlacementsFxPlacement.PlacementStatus.ENDED : PlacementsFxPlacement.PlacementStatus.ACTIVE,
    startDate: over.startDate ?? '2026-11-02',
    plannedEndDate: over.plannedEndDate ?? null,
    endDate: over.endDate ?? null,
    outcome: over.outcome ?? (ended ? PlacementsFxPlacement.PlacementOutcome.COMPLETED : null),
    learningGoals: 'Lære lagerarbejde',
    hoursPlan: over.hoursPlan ?? [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }],
  });
  await em.flush();
  return p;
}

/** A follow-up on a placement, written directly. */
export async function placementsMakeFollowUp(
  em: PlacementsFxEm,
  placementId: string,
  over: Partial<{ date: string; attendedHours: number; ordinaryHours: number; nextFollowUpDate: string | null }> = {},
): Promise<PlacementsFxPlacement.FollowUp> {
  const f = em.create(PlacementsFxPlacement.FollowUp, {
    placement: em.getReference(PlacementsFxPlacement.Placement, placementId),
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
