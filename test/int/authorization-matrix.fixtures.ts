/**
 * The world of the authorisation matrix (test/int/authorization-matrix.int.test.ts), built through the
 * real API where it matters (candidates, tasks, IGU slots, proposals, placements, follow-ups) and through
 * the ORM for the few things the API cannot make (users) and for disposable objects of mutation cases.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from '../../server/src/features/audit/audit-entry.entity.js';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { Company } from '../../server/src/features/companies/company.entity.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { IguSlot } from '../../server/src/features/igu-slots/igu-slot.entity.js';
import { Proposal, ProposalStatus } from '../../server/src/features/proposals/proposal.entity.js';
import { TaskStatus } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { todayInDenmark } from '../../server/src/shared/clock.js';
import { addDays } from '../../server/src/shared/dates.js';
import { type DemoApp } from '../setup/demo-app.js';
import {
  buildCandidate,
  buildPlacement,
  buildUser,
  iguSlotsCreateIguSlot,
  tasksCreateTask,
} from '../setup/factories.js';
import type { GqlClient } from '../setup/test-app.js';

/** The roles of the matrix, and the caller without a session. */
export type RoleKey = 'ADMIN' | 'CONSULTANT' | 'ADVISER' | 'COMPANY';
export type Who = RoleKey | 'anonymous';
export const WHO: Who[] = ['ADMIN', 'CONSULTANT', 'ADVISER', 'COMPANY', 'anonymous'];

export const EMAIL: Record<RoleKey, string> & { adviser2: string; companyB: string } = {
  ADMIN: 'admin@demo.dk',
  CONSULTANT: 'konsulent@demo.dk',
  ADVISER: 'raadgiver@demo.dk',
  COMPANY: 'virksomhed@demo.dk',
  adviser2: 'anden.raadgiver@authz.dk',
  companyB: 'bruger@byggefirma-b.dk',
};

/** Health limits of the people: only their own adviser may ever read these. */
export const ACCOMMODATION = {
  own: 'Må ikke løfte over 10 kg (ryg)',
  other: 'Har brug for en pause hver time',
};

/** A follow-up note the company wrote: part of the person's placement, not for everyone. */
export const FOLLOW_UP_NOTE = { A: 'Fravær to dage, sygdom', B: 'Fravær en dag, lægebesøg' };

/** Industry of company A (in the demo consultant's portfolio) and of company B (outside it). */
export const INDUSTRY_A = '52';
export const INDUSTRY_B = '41';

export interface World {
  t: DemoApp;
  em: () => EntityManager;
  today: string;
  clients: Record<Who, GqlClient>;
  userId: Record<RoleKey | 'adviser2' | 'companyB', string>;
  /** A: the demo company (industry 52, the consultant's portfolio, the demo company user's). B: industry 41, another company user's. */
  companyA: string;
  companyB: string;
  /** own: the demo adviser's caseload; other: the second adviser's. */
  cand: { own: string; ownNoConsent: string; other: string; otherNoConsent: string };
  taskA: string;
  taskB: string;
  slotA: string;
  slotB: string;
  /** A: own person for task A (proposed by the consultant); B: other person for task B (proposed by the admin). */
  proposalA: string;
  proposalB: string;
  /** A: own person at company A; B: other person at company B; C: the other adviser's non-consenting person at company A. */
  placementA: string;
  placementB: string;
  placementC: string;
  competenceId: string;
}

let seq = 0;
/** A running number for unique names within the test file. */
export const nextSeq = () => ++seq;

const CREATE_CANDIDATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`;
const POST_TASK = `mutation($input: PostTaskInput!) { postTask(input: $input) { id } }`;
const CREATE_SLOT = `mutation($input: CreateIguSlotInput!) { createIguSlot(input: $input) { id } }`;
const PROPOSE = `mutation($c: ID!, $t: ID!) { proposeCandidate(candidateId: $c, taskId: $t) { id } }`;
const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id } }`;
const FOLLOW_UP = `mutation($id: ID!, $input: FollowUpInput!) { recordFollowUp(placementId: $id, input: $input) { id } }`;
const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`;

/** Input of a person for createCandidate. */
export function candidateInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    firstName: 'Amal',
    lastName: `Authz${nextSeq()}`,
    birthDate: '1995-03-10',
    postcode: '5000',
    targetGroup: 'INTEGRATION_PROGRAMME',
    readiness: 'JOB_READY',
    residenceCategory: 'REFUGEE',
    arrivalDate: '2023-09-01',
    danishLevel: 'A2',
    languages: ['ar'],
    availableWeeklyHours: 25,
    goalWeeklyHours: 37,
    industriesWished: [INDUSTRY_A],
    hasDrivingLicence: false,
    maxCommuteKm: 40,
    education: 'Lagerarbejde i Syrien',
    summary: 'Mødestabil og nysgerrig',
    consentToShare: true,
    ...over,
  };
}

/** Input of an unsolved task for postTask. */
export function taskInput(companyId: string, industryCode: string, over: Record<string, unknown> = {}) {
  return {
    companyId,
    title: `Plukning af ordrer ${nextSeq()}`,
    description: 'Plukke ordrer og pakke paller på lageret.',
    industryCode,
    danishLevel: 'A2',
    weeklyHours: 20,
    learningGoals: 'Lære at bruge håndscanner og plukliste.',
    ordinaryHoursInSight: false,
    openings: 1,
    postcode: '5000',
    requiredCompetences: [],
    ...over,
  };
}

/** Input of an IGU slot for createIguSlot. */
export function iguSlotInput(
  companyId: string,
  industryCode: string,
  today: string,
  over: Record<string, unknown> = {},
) {
  return {
    companyId,
    title: `IGU-elev ${nextSeq()}`,
    industryCode,
    startDate: addDays(today, 60),
    weeklyHours: 30,
    hourlyWage: 130,
    openings: 2,
    postcode: '5000',
    ...over,
  };
}

/** Input of a placement for startPlacement: an internship that started two weeks ago. */
export function placementInput(candidateId: string, companyId: string, today: string, weeklyHours = 20) {
  return {
    candidateId,
    companyId,
    type: 'INTERNSHIP',
    startDate: addDays(today, -14),
    hoursPlan: [{ fromWeek: 1, weeklyHours, ordinaryHours: 0 }],
    learningGoals: 'Lære lagerarbejde og sikkerhed.',
  };
}

/** A valid CVR (modulus 11) from a range no other factory uses (6…). */
export function authzCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const prefix = String(6_000_000 + nextSeq() * 1_009 + Math.floor(Math.random() * 1_000));
    const sum = [...prefix].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return prefix + check;
  }
}

/** Builds the world: two companies, two advisers, four people, openings, proposals, placements, follow-ups. */
export async function buildWorld(t: DemoApp): Promise<World> {
  const { em, company } = t;
  const today = todayInDenmark();
  const idOf = (role: Role) => t.userOf(role).id;

  const admin = await t.client().login(EMAIL.ADMIN);
  const consultant = await t.client().login(EMAIL.CONSULTANT);
  const adviser = await t.client().login(EMAIL.ADVISER);
  const companyUser = await t.client().login(EMAIL.COMPANY);

  // Company B, outside the consultant's portfolio, with its own company user; a second adviser.
  const companyB = (
    await admin.ok(CREATE_COMPANY, {
      input: {
        cvr: authzCvr(),
        name: 'Byggefirma B ApS',
        industryCode: INDUSTRY_B,
        tier: 'COLLABORATION',
        sector: 'PRIVATE',
        postcode: '5000',
        contacts: [{ name: 'Bo Byg', email: 'bo@byggefirma-b.dk', phone: '+45 11 22 33 44' }],
      },
    })
  ).createCompany.id as string;
  const companyBUser = await buildUser(em(), Role.COMPANY, { email: EMAIL.companyB, company: companyB });
  const adviser2User = await buildUser(em(), Role.ADVISER, { email: EMAIL.adviser2 });
  const adviser2 = await t.client().login(EMAIL.adviser2);
  const companyBClient = await t.client().login(EMAIL.companyB);

  // The people, created by their own advisers.
  const create = async (client: GqlClient, over: Record<string, unknown>) =>
    (await client.ok(CREATE_CANDIDATE, { input: candidateInput(over) })).createCandidate.id as string;
  const cand = {
    own: await create(adviser, {
      firstName: 'Olga',
      lastName: 'Ownsen',
      accommodationNeeds: ACCOMMODATION.own,
    }),
    ownNoConsent: await create(adviser, { firstName: 'Omar', lastName: 'Privatsen', consentToShare: false }),
    other: await create(adviser2, {
      firstName: 'Ola',
      lastName: 'Othersen',
      accommodationNeeds: ACCOMMODATION.other,
      industriesWished: [INDUSTRY_A, INDUSTRY_B],
    }),
    otherNoConsent: await create(adviser2, {
      firstName: 'Nadia',
      lastName: 'Nosharesen',
      consentToShare: false,
      accommodationNeeds: ACCOMMODATION.other,
    }),
  };

  // Openings, posted by each company's own user.
  const taskA = (await companyUser.ok(POST_TASK, { input: taskInput(company.id, INDUSTRY_A) })).postTask.id as string;
  // 12 hours: the other person (goal 37) keeps room for it beside a 10-hour placement and the 12 hours
  // the pending proposal to it reserves, so task B stays among the person's suggestions.
  const taskB = (await companyBClient.ok(POST_TASK, { input: taskInput(companyB, INDUSTRY_B, { weeklyHours: 12 }) }))
    .postTask.id as string;
  const slotA = (await companyUser.ok(CREATE_SLOT, { input: iguSlotInput(company.id, INDUSTRY_A, today) }))
    .createIguSlot.id as string;
  const slotB = (await companyBClient.ok(CREATE_SLOT, { input: iguSlotInput(companyB, INDUSTRY_B, today) }))
    .createIguSlot.id as string;

  // Proposals: the consultant proposes the own person at A, the admin the other person at B.
  const proposalA = (await consultant.ok(PROPOSE, { c: cand.own, t: taskA })).proposeCandidate.id as string;
  const proposalB = (await admin.ok(PROPOSE, { c: cand.other, t: taskB })).proposeCandidate.id as string;

  // Placements, started by the advisers, and follow-ups reported by the companies.
  const start = async (client: GqlClient, candidateId: string, companyId: string, hours = 20) =>
    (await client.ok(START, { input: placementInput(candidateId, companyId, today, hours) })).startPlacement
      .id as string;
  const placementA = await start(adviser, cand.own, company.id);
  const placementB = await start(adviser2, cand.other, companyB, 10);
  const placementC = await start(adviser2, cand.otherNoConsent, company.id);
  const followUp = (note: string) => ({
    date: addDays(today, -7),
    attendedHours: 18,
    ordinaryHours: 0,
    absenceDays: 2,
    progress: 3,
    note,
  });
  await companyUser.ok(FOLLOW_UP, { id: placementA, input: followUp(FOLLOW_UP_NOTE.A) });
  await companyBClient.ok(FOLLOW_UP, { id: placementB, input: followUp(FOLLOW_UP_NOTE.B) });

  const [competence] = await em().find(Competence, {}, { orderBy: { code: 'asc' }, limit: 1 });
  await t.runtime.services.outbox.drain();

  return {
    t,
    em,
    today,
    clients: { ADMIN: admin, CONSULTANT: consultant, ADVISER: adviser, COMPANY: companyUser, anonymous: t.client() },
    userId: {
      ADMIN: idOf(Role.ADMIN),
      CONSULTANT: idOf(Role.CONSULTANT),
      ADVISER: idOf(Role.ADVISER),
      COMPANY: idOf(Role.COMPANY),
      adviser2: adviser2User.id,
      companyB: companyBUser.id,
    },
    companyA: company.id,
    companyB,
    cand,
    taskA,
    taskB,
    slotA,
    slotB,
    proposalA,
    proposalB,
    placementA,
    placementB,
    placementC,
    competenceId: competence!.id,
  };
}

// ---------------------------------------------------------------------------
// Disposable objects for mutation cases (written through the ORM: fast, and the API is what is under test).

/** Which side of the world an object is on: A (own company / own caseload) or B (other company / other caseload). */
export type Side = 'A' | 'B';

export const companyOf = (w: World, side: Side) => (side === 'A' ? w.companyA : w.companyB);
export const industryOf = (side: Side) => (side === 'A' ? INDUSTRY_A : INDUSTRY_B);
export const adviserOf = (w: World, side: Side) => (side === 'A' ? w.userId.ADVISER : w.userId.adviser2);

/** A fresh person in the caseload of side A's (the demo adviser) or side B's adviser. */
export async function authzPerson(w: World, side: Side, consent = true): Promise<string> {
  const c = await buildCandidate(w.em(), {
    adviser: adviserOf(w, side),
    firstName: `Person${nextSeq()}`,
    consentToShare: consent,
  });
  return c.id;
}

/** A fresh unsolved task at side A's or B's company, in that company's industry. */
export async function authzTask(w: World, side: Side, status = TaskStatus.OPEN): Promise<string> {
  const em = w.em();
  const company = await em.findOneOrFail(Company, companyOf(w, side));
  const task = await tasksCreateTask(em, company, {
    title: `Engangsopgave ${nextSeq()}`,
    industryCode: industryOf(side),
    status,
  });
  return task.id;
}

/** A fresh open IGU slot at side A's or B's company, in that company's industry. */
export async function authzIguSlot(w: World, side: Side): Promise<string> {
  const em = w.em();
  const company = await em.findOneOrFail(Company, companyOf(w, side));
  const slot: IguSlot = await iguSlotsCreateIguSlot(em, company, {
    title: `Engangs-IGU ${nextSeq()}`,
    industryCode: industryOf(side),
  });
  return slot.id;
}

/** A fresh proposal (PROPOSED unless told) of a fresh consenting person of side X for a fresh task at side X's company, by the admin. */
export async function authzProposal(w: World, side: Side, status = ProposalStatus.PROPOSED): Promise<string> {
  const candidateId = await authzPerson(w, side);
  const taskId = await authzTask(w, side);
  const em = w.em();
  const p = em.create(Proposal, {
    candidate: candidateId,
    task: taskId,
    company: companyOf(w, side),
    status,
    proposedBy: w.userId.ADMIN,
    history: [{ status, at: new Date().toISOString(), byUserId: w.userId.ADMIN, reason: null }],
  });
  await em.flush();
  return p.id;
}

/** A fresh active placement of a fresh consenting person of side X at side X's company, started three weeks ago. */
export async function authzPlacement(w: World, side: Side): Promise<{ id: string; candidateId: string }> {
  const candidateId = await authzPerson(w, side);
  const p = await buildPlacement(w.em(), candidateId, companyOf(w, side), {
    startDate: addDays(w.today, -21),
  });
  return { id: p.id, candidateId };
}

/** A fresh user for the user-administration cases. */
export async function authzUser(w: World): Promise<string> {
  return (await buildUser(w.em(), Role.ADVISER, { email: `engangs${nextSeq()}@authz.dk` })).id;
}

/** An id that exists nowhere. */
export const missingId = () => randomUUID();

/** The highest audit row id so far: rows written by a request have larger ids. */
export async function auditMark(w: World): Promise<number> {
  const [row] = await w
    .em()
    .getConnection()
    .execute<{ max: string | null }[]>('select max(id)::text as max from audit_entry', [], 'all');
  return Number(row?.max ?? 0);
}

/** Audit rows written after `mark` about `subjectId` by `actorId`. */
export async function auditRowsSince(w: World, mark: number, subjectId: string, actorId: string) {
  const rows = await w.em().find(AuditEntry, { subjectId, actorId }, { orderBy: { id: 'asc' } });
  return rows.filter((r) => Number(r.id) > mark);
}
