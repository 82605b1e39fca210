import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, User } from '../../server/src/features/auth/user.entity.js';
import {
  Candidate,
  CandidateCompetence,
  Evidence,
  Readiness,
  ResidenceCategory,
  TargetGroup,
} from '../../server/src/features/candidates/candidate.entity.js';
import { Company, PartnershipTier, Sector } from '../../server/src/features/companies/company.entity.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { Industry } from '../../server/src/features/industries/industry.entity.js';
import { TaskCompetence, UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { enqueueIndex } from '../../server/src/search/outbox.js';
import { DanishLevel } from '../../server/src/shared/enums.js';

/** Small, explicit fixtures for matching tests: rows written the way services write them (with outbox rows). */
export async function competenceByCode(em: EntityManager, code: string): Promise<Competence> {
  return em.findOneOrFail(Competence, { code });
}

let cvrSeq = 0;
function nextCvr(): string {
  // Valid modulus-11 CVRs: search the check digit for a running 7-digit prefix.
  for (;;) {
    const prefix = String(3000000 + ++cvrSeq * 7919 + Math.floor(Math.random() * 1000));
    const w = [2, 7, 6, 5, 4, 3, 2];
    const sum = [...prefix].reduce((s, d, i) => s + Number(d) * w[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return prefix + check;
  }
}

export async function makeCompany(
  em: EntityManager,
  over: Partial<{ industry: string; postcode: string; name: string }> = {},
) {
  const c = em.create(Company, {
    cvr: nextCvr(),
    name: over.name ?? `Testfirma ${randomUUID().slice(0, 6)}`,
    industry: em.getReference(Industry, over.industry ?? '52'),
    tier: PartnershipTier.PARTNER,
    sector: Sector.PRIVATE,
    postcode: over.postcode ?? '5220',
    contactCadenceDays: 21,
  });
  await em.flush();
  return c;
}

export async function makeTask(
  em: EntityManager,
  company: Company,
  required: { competence: Competence; minLevel: number }[],
  over: Partial<{
    title: string;
    weeklyHours: number;
    postcode: string;
    danishLevel: DanishLevel;
    requiresDrivingLicence: boolean;
  }> = {},
) {
  return em.transactional(async (tx) => {
    const t = tx.create(UnsolvedTask, {
      company: tx.getReference(Company, company.id),
      title: over.title ?? 'Lagermedhjælper til plukning',
      description: 'Plukke ordrer og køre gaffeltruck på fjernlageret.',
      industry: tx.getReference(Industry, (company.industry as unknown as { code?: string; id?: string }).code ?? '52'),
      danishLevel: over.danishLevel ?? DanishLevel.A2,
      weeklyHours: over.weeklyHours ?? 25,
      learningGoals: 'Lære sikker truckkørsel og lagerets scanner-system.',
      ordinaryHoursInSight: true,
      expectedOrdinaryHours: 15,
      openings: 1,
      postcode: over.postcode ?? company.postcode,
      requiresDrivingLicence: over.requiresDrivingLicence ?? false,
    });
    for (const r of required) {
      tx.create(TaskCompetence, {
        task: t,
        competence: tx.getReference(Competence, r.competence.id),
        minLevel: r.minLevel,
        required: true,
      });
    }
    enqueueIndex(tx, 'task', t.id);
    return t;
  });
}

export interface CandidateSpec {
  firstName: string;
  postcode?: string;
  competences?: { competence: Competence; level: number; evidence?: Evidence }[];
  industriesWished?: string[];
  consentToShare?: boolean;
  availableWeeklyHours?: number;
  currentOrdinaryHours?: number;
  goalWeeklyHours?: number;
  danishLevel?: DanishLevel;
  education?: string;
  languages?: string[];
  hasDrivingLicence?: boolean;
  adviser?: User | null;
  birthDate?: string;
  residenceCategory?: ResidenceCategory;
  arrivalDate?: string | null;
  accommodationNeeds?: string | null;
}

export async function makeCandidate(em: EntityManager, s: CandidateSpec): Promise<Candidate> {
  return em.transactional(async (tx) => {
    const c = tx.create(Candidate, {
      firstName: s.firstName,
      lastName: 'Efternavnsen',
      birthDate: s.birthDate ?? '1994-05-17',
      postcode: s.postcode ?? '5000',
      targetGroup: TargetGroup.INTEGRATION_PROGRAMME,
      readiness: Readiness.JOB_READY,
      residenceCategory: s.residenceCategory ?? ResidenceCategory.REFUGEE,
      arrivalDate: s.arrivalDate === undefined ? '2023-02-01' : s.arrivalDate,
      danishLevel: s.danishLevel ?? DanishLevel.A2,
      languages: s.languages ?? ['arabisk'],
      availableWeeklyHours: s.availableWeeklyHours ?? 30,
      goalWeeklyHours: s.goalWeeklyHours ?? 37,
      currentOrdinaryHours: s.currentOrdinaryHours ?? 0,
      industriesWished: s.industriesWished ?? ['52'],
      hasDrivingLicence: s.hasDrivingLicence ?? false,
      maxCommuteKm: 30,
      education: s.education ?? 'Lagerarbejde i Aleppo i 4 år',
      summary: 'Mødestabil og vil gerne lære.',
      accommodationNeeds: s.accommodationNeeds ?? 'Ingen tunge løft over 15 kg (ryg).',
      consentToShare: s.consentToShare ?? true,
      consentGivenAt: s.consentToShare === false ? null : new Date(),
      adviser: s.adviser ?? null,
      enrolledOn: '2026-09-01',
    });
    for (const k of s.competences ?? []) {
      tx.create(CandidateCompetence, {
        candidate: c,
        competence: tx.getReference(Competence, k.competence.id),
        level: k.level,
        evidence: k.evidence ?? Evidence.SELF_REPORTED,
      });
    }
    enqueueIndex(tx, 'candidate', c.id);
    return c;
  });
}

export async function userByEmail(em: EntityManager, email: string): Promise<User> {
  return em.findOneOrFail(User, { email });
}

export { Role };
