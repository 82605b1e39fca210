import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/src/features/audit/audit-entry.entity.js';
import { Role, type User } from '../../server/src/features/auth/user.entity.js';
import {
  ActivityKind,
  type Candidate,
  CandidateCompetence,
  CandidateStatus,
  Evidence,
  ResidenceCategory,
  WeeklyActivity,
} from '../../server/src/features/candidates/candidate.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { distanceKm } from '../../server/src/features/matching/scoring.js';
import { Proposal } from '../../server/src/features/proposals/proposal.entity.js';
import { TaskStatus, UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { todayInDenmark as today } from '../../server/src/shared/clock.js';
import { addDays } from '../../server/src/shared/dates.js';
import { postcodeLocation } from '../../server/src/shared/postcodes.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import {
  buildPlacement,
  candidatesMakeCandidate,
  candidatesMakeUser,
  proposalsMakeCompany,
  proposalsMakeIguSlot,
  proposalsMakeTask,
} from '../setup/factories.js';
import { type GqlClient } from '../setup/test-app.js';

const PROPOSAL = `id status note reason createdAt
  history { status at reason byName }
  task { id title } iguSlot { id title } company { id name } proposedBy { id name }
  profile { candidateId firstName competences { name level evidence } danishLevel availableWeeklyHours goalWeeklyHours
    languages distanceKm hasDrivingLicence }
  candidate { id firstName lastName }`;

const PROPOSE = `mutation($c: ID!, $t: ID, $s: ID, $note: String) {
  proposeCandidate(candidateId: $c, taskId: $t, iguSlotId: $s, note: $note) { ${PROPOSAL} } }`;
const RESPOND = `mutation($p: ID!, $accept: Boolean!, $reason: String) {
  respondToProposal(proposalId: $p, accept: $accept, reason: $reason) { ${PROPOSAL} } }`;
const WITHDRAW = `mutation($p: ID!, $reason: String!) { withdrawProposal(proposalId: $p, reason: $reason) { id status reason } }`;
const GET = `query($id: ID!) { proposal(id: $id) { ${PROPOSAL} } }`;
const LIST = `query($filter: ProposalFilter) { proposals(filter: $filter) { totalCount edges { node { id status company { id } } } } }`;
const CONSENT = `mutation($id: ID!, $consent: Boolean!) { setCandidateConsent(candidateId: $id, consent: $consent) { id consentToShare } }`;

describe('proposals', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let consultant: GqlClient;
  let adviser: GqlClient;
  let otherAdviser: GqlClient;
  let companyClient: GqlClient;
  let otherCompanyClient: GqlClient;
  let users: User[];
  let demoCompany: Company;
  let otherCompany: Company;
  let outsideCompany: Company;
  let task: UnsolvedTask;
  let adviserUser: User;
  const em = () => t.em();

  async function counts() {
    const e = em();
    return {
      proposals: await e.count(Proposal, {}),
      changes: await e.count(AuditEntry, { action: { $ne: 'READ' } }),
    };
  }

  /** A consenting, active person in the demo adviser's caseload, with two competences. */
  async function person(over: Parameters<typeof candidatesMakeCandidate>[1] = {}): Promise<Candidate> {
    const e = em();
    const c = await candidatesMakeCandidate(e, {
      adviser: adviserUser,
      accommodationNeeds: 'Må ikke arbejde om natten',
      ...over,
    });
    const [a, b] = await e.find(Competence, { code: { $in: ['forklift-operation', 'reach-truck-operation'] } });
    e.create(CandidateCompetence, { candidate: c, competence: a!, level: 3, evidence: Evidence.CERTIFIED });
    e.create(CandidateCompetence, { candidate: c, competence: b!, level: 2 });
    await e.flush();
    return c;
  }

  beforeAll(async () => {
    t = await createDemoApp();
    users = t.users;
    demoCompany = t.company;
    adviserUser = users.find((u) => u.role === Role.ADVISER)!;
    otherCompany = await proposalsMakeCompany(em(), { name: 'Anden Lager ApS' });
    outsideCompany = await proposalsMakeCompany(em(), { industry: '10', name: 'Bageri uden for porteføljen' });
    await candidatesMakeUser(em(), Role.COMPANY, { email: 'anden@virksomhed.dk', company: otherCompany });
    await candidatesMakeUser(em(), Role.ADVISER, { email: 'anden.raadgiver@test.dk' });
    task = await proposalsMakeTask(em(), demoCompany, { postcode: '5220' });
    admin = await t.as(Role.ADMIN, 'en');
    consultant = await t.as(Role.CONSULTANT, 'en');
    adviser = await t.as(Role.ADVISER, 'en');
    otherAdviser = await t.client().in('en').login('anden.raadgiver@test.dk');
    companyClient = await t.as(Role.COMPANY, 'en');
    otherCompanyClient = await t.client().in('en').login('anden@virksomhed.dk');
  });
  afterAll(() => t.close());

  it('a consultant proposes a consenting person; the company sees only the minimal shared profile', async () => {
    const c = await person();
    const p = (await consultant.ok(PROPOSE, { c: c.id, t: task.id, note: 'God match til plukning' })).proposeCandidate;
    expect(p).toMatchObject({
      status: 'PROPOSED',
      note: 'God match til plukning',
      task: { id: task.id },
      iguSlot: null,
      company: { id: demoCompany.id },
      proposedBy: { name: 'Kasper Konsulent' },
      history: [{ status: 'PROPOSED', reason: null, byName: 'Kasper Konsulent' }],
      candidate: { id: c.id, firstName: 'Amina', lastName: null },
    });
    expect(await em().count(AuditEntry, { subjectId: c.id, action: 'SHARE', operation: 'proposeCandidate' })).toBe(1);

    const profileReads = () =>
      em().count(AuditEntry, {
        subjectId: c.id,
        operation: 'proposal.profile',
        purpose: 'shared with company',
        allowed: true,
        actorRole: 'COMPANY',
      });
    const before = await profileReads();
    const seen = (await companyClient.ok(GET, { id: p.id })).proposal;
    const expectedKm = Math.round(distanceKm(postcodeLocation('5000')!, postcodeLocation('5220')!) * 10) / 10;
    expect(seen.profile).toEqual({
      candidateId: c.id,
      firstName: 'Amina',
      competences: [
        { name: expect.any(String), level: 3, evidence: 'CERTIFIED' },
        { name: expect.any(String), level: 2, evidence: 'SELF_REPORTED' },
      ],
      danishLevel: 'A2',
      availableWeeklyHours: 20,
      goalWeeklyHours: 37,
      languages: ['ar', 'en'],
      distanceKm: expectedKm,
      hasDrivingLicence: true,
    });
    expect(expectedKm).toBeGreaterThan(0);
    expect(seen.candidate).toBeNull();
    expect(await profileReads()).toBe(before + 1);

    // The shared profile type has no surname, birth date, residence, arrival or accommodation at all.
    for (const field of ['lastName', 'birthDate', 'residenceCategory', 'arrivalDate', 'accommodationNeeds']) {
      const r = await companyClient.request(`query($id: ID!) { proposal(id: $id) { profile { ${field} } } }`, {
        id: p.id,
      });
      expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('a company sees only its own company’s proposals', async () => {
    const c = await person();
    const other = await proposalsMakeTask(em(), otherCompany);
    const mine = (await consultant.ok(PROPOSE, { c: c.id, t: task.id })).proposeCandidate;
    const theirs = (await consultant.ok(PROPOSE, { c: c.id, t: other.id })).proposeCandidate;

    const list = (await companyClient.ok(LIST)).proposals;
    const ids = list.edges.map((e: any) => e.node.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(list.edges.every((e: any) => e.node.company.id === demoCompany.id)).toBe(true);
    // Filtering by another company does not widen the scope.
    expect((await companyClient.ok(LIST, { filter: { companyId: otherCompany.id } })).proposals.totalCount).toBe(0);

    const otherList = (await otherCompanyClient.ok(LIST)).proposals;
    expect(otherList.edges.map((e: any) => e.node.id)).toEqual([theirs.id]);
    const r = await otherCompanyClient.request(GET, { id: mine.id });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const answer = await otherCompanyClient.request(RESPOND, { p: mine.id, accept: true });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects a person who has not consented, and writes nothing', async () => {
    const c = await person({ consentToShare: false });
    const before = await counts();
    const r = await adviser.request(PROPOSE, { c: c.id, t: task.id });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'candidateId' });
    expect(r.errors?.[0]?.message).toMatch(/has not consented to share a profile with companies/);
    expect(await counts()).toEqual(before);
  });

  it('validates the opening, duplicates, inactive people and IGU eligibility', async () => {
    const c = await person();
    await adviser.ok(PROPOSE, { c: c.id, t: task.id });
    const closed = await proposalsMakeTask(em(), demoCompany, { status: TaskStatus.CLOSED });
    const slot = await proposalsMakeIguSlot(em(), demoCompany);
    const tooOld = await person({ birthDate: '1975-05-05', residenceCategory: ResidenceCategory.REFUGEE });
    const inactive = await person({ status: CandidateStatus.INACTIVE });

    const before = await counts();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ c: c.id, t: task.id }, 'taskId', /already been proposed/],
      [{ c: c.id, t: task.id, s: slot.id }, 'taskId', /exactly one opening/],
      [{ c: c.id }, 'taskId', /exactly one opening/],
      [{ c: c.id, t: closed.id }, 'taskId', /Closed; only open tasks/],
      [{ c: inactive.id, t: task.id }, 'candidateId', /not active/],
      [{ c: tooOld.id, s: slot.id }, 'iguSlotId', /not eligible for IGU: .*IGU requires age 18–40/],
      [{ c: c.id, t: task.id, note: 'x'.repeat(2001) }, 'note', /at most 2[.,]?000/],
    ];
    for (const [vars, field, message] of cases) {
      const r = await adviser.request(PROPOSE, vars);
      expect(r.errors?.[0]?.extensions, JSON.stringify(vars)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors?.[0]?.message).toMatch(message);
    }
    const missing = await adviser.request(PROPOSE, { c: c.id, t: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);

    // A consultant learns only that the person is not eligible, not why (age, residence).
    const hidden = await consultant.request(PROPOSE, { c: tooOld.id, s: slot.id });
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'iguSlotId' });
    expect(hidden.errors?.[0]?.message).not.toMatch(/år på startdatoen/);

    const igu = (await adviser.ok(PROPOSE, { c: c.id, s: slot.id })).proposeCandidate;
    expect(igu).toMatchObject({ status: 'PROPOSED', iguSlot: { id: slot.id }, task: null });
  });

  it('keeps each role in its scope when proposing', async () => {
    const c = await person();
    const outsideTask = await proposalsMakeTask(em(), outsideCompany, { industry: '10' });
    const before = await counts();
    const outside = await consultant.request(PROPOSE, { c: c.id, t: outsideTask.id });
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notMine = await otherAdviser.request(PROPOSE, { c: c.id, t: task.id });
    expect(notMine.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byCompany = await companyClient.request(PROPOSE, { c: c.id, t: task.id });
    expect(byCompany.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    // An admin may propose anywhere.
    expect((await admin.ok(PROPOSE, { c: c.id, t: outsideTask.id })).proposeCandidate.status).toBe('PROPOSED');
  });

  it('declining needs a reason; a decision is final', async () => {
    const c = await person();
    const p = (await consultant.ok(PROPOSE, { c: c.id, t: task.id })).proposeCandidate;
    const before = await counts();
    for (const reason of [undefined, '   ']) {
      const r = await companyClient.request(RESPOND, { p: p.id, accept: false, reason });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    const byAdviser = await adviser.request(RESPOND, { p: p.id, accept: true });
    expect(byAdviser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    expect((await em().findOneOrFail(Proposal, p.id)).status).toBe('PROPOSED');

    const declined = (await companyClient.ok(RESPOND, { p: p.id, accept: false, reason: 'Ingen truckopgaver lige nu' }))
      .respondToProposal;
    expect(declined).toMatchObject({ status: 'DECLINED', reason: 'Ingen truckopgaver lige nu' });
    expect(declined.history.map((h: any) => [h.status, h.byName])).toEqual([
      ['PROPOSED', 'Kasper Konsulent'],
      ['DECLINED', 'Vibeke Virksomhed'],
    ]);
    // The share ended with the decision: the company no longer sees the profile.
    expect(declined.profile).toBeNull();

    const again = await companyClient.request(RESPOND, { p: p.id, accept: true });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposalId' });
  });

  it('a company accepts; the consultant can answer on its behalf', async () => {
    const c = await person();
    const p = (await adviser.ok(PROPOSE, { c: c.id, t: task.id })).proposeCandidate;
    const accepted = (await companyClient.ok(RESPOND, { p: p.id, accept: true })).respondToProposal;
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.profile.firstName).toBe('Amina');

    const other = await proposalsMakeTask(em(), demoCompany, { title: 'Rengøring af lager' });
    const p2 = (await adviser.ok(PROPOSE, { c: c.id, t: other.id })).proposeCandidate;
    const onBehalf = (await consultant.ok(RESPOND, { p: p2.id, accept: true, reason: 'Aftalt i telefon' }))
      .respondToProposal;
    expect(onBehalf).toMatchObject({ status: 'ACCEPTED', reason: 'Aftalt i telefon' });
  });

  it('refuses a proposal that takes the planned week over 37 hours, and a sending or an acceptance once the week filled meanwhile', async () => {
    const c = await person();
    /** A task of the demo company with these weekly hours. */
    const taskOf = async (title: string, weeklyHours: number) => {
      const x = await proposalsMakeTask(em(), demoCompany, { title });
      await em().nativeUpdate(UnsolvedTask, { id: x.id }, { weeklyHours });
      return x;
    };
    const activity = async (weeklyHours: number) => {
      const e = em();
      e.create(WeeklyActivity, { candidate: c.id, kind: ActivityKind.DANISH_CLASS, label: 'Dansk', weeklyHours });
      await e.flush();
    };
    // A running 20-hour placement (counted from its first week, whatever today is) and 10 hours of Danish: 30 hours.
    await buildPlacement(em(), c.id, otherCompany.id, {
      startDate: addDays(today(), -14),
      hoursPlan: [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }],
    });
    await activity(10);
    const big = await taskOf('Plukning om aftenen', 10);
    const before = await counts();
    const en = await adviser.request(PROPOSE, { c: c.id, t: big.id });
    expect(en.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'candidateId' });
    expect(en.errors?.[0]?.message).toBe(
      'With 10 hours for "Plukning om aftenen" the person\'s planned week would be 40 hours (placements 20, activities 10), over 37 hours: choose an opening with fewer hours, or free hours in the person\'s week first (change a placement or an activity).',
    );
    const da = await (await t.as(Role.CONSULTANT)).request(PROPOSE, { c: c.id, t: big.id });
    expect(da.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'candidateId' });
    expect(da.errors?.[0]?.message).toContain('bliver personens planlagte uge 40 timer');
    expect(da.errors?.[0]?.message).toContain('over 37 timer: vælg en opgave med færre timer');
    expect(await counts()).toEqual(before);

    // 5 hours fit (35), and a person may be proposed to several openings at once: other proposals do not count.
    const small = await taskOf('Optælling fredag', 5);
    const p = (await adviser.ok(PROPOSE, { c: c.id, t: small.id })).proposeCandidate;
    expect(p.status).toBe('PROPOSED');
    const third = await taskOf('Oprydning', 5);
    const entry = (
      await consultant.ok(
        `mutation($c: ID!, $t: ID) { shortlistCandidate(candidateId: $c, taskId: $t) { id status } }`,
        { c: c.id, t: third.id },
      )
    ).shortlistCandidate;
    // The week filled meanwhile (3 more hours of Danish: 33): sending 5 more (38) is refused, and so is the company's
    // acceptance of the 5 hours proposed before; declining still works.
    await activity(3);
    const sent = await consultant.request(`mutation($id: ID!) { sendProposal(id: $id) { id status } }`, {
      id: entry.id,
    });
    expect(sent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(sent.errors?.[0]?.message).toContain('would be 38 hours (placements 20, activities 13), over 37 hours');
    expect((await em().findOneOrFail(Proposal, entry.id, { refresh: true })).status).toBe('SUGGESTED');
    const accept = await companyClient.request(RESPOND, { p: p.id, accept: true });
    expect(accept.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposalId' });
    expect(accept.errors?.[0]?.message).toBe(
      'With "Optælling fredag" the person\'s planned week would be 38 hours, over 37 hours, so the proposal cannot be accepted now: decline it, or ask the job centre to free hours in the person\'s week first.',
    );
    expect((await em().findOneOrFail(Proposal, p.id, { refresh: true })).status).toBe('PROPOSED');
    const declined = (await companyClient.ok(RESPOND, { p: p.id, accept: false, reason: 'Ugen er fuld' }))
      .respondToProposal;
    expect(declined.status).toBe('DECLINED');
  });

  it('revoking consent removes the company’s access to the profile immediately', async () => {
    const c = await person();
    const p = (await consultant.ok(PROPOSE, { c: c.id, t: task.id })).proposeCandidate;
    expect((await companyClient.ok(GET, { id: p.id })).proposal.profile.firstName).toBe('Amina');

    await adviser.ok(CONSENT, { id: c.id, consent: false });
    const deniedBefore = await em().count(AuditEntry, {
      subjectId: c.id,
      operation: 'proposal.profile',
      allowed: false,
    });
    const after = (await companyClient.ok(GET, { id: p.id })).proposal;
    expect(after.profile).toBeNull();
    // Issue 13 item 6: the revocation withdrew the open proposal in the same change.
    expect(after.status).toBe('WITHDRAWN');
    expect(await em().count(AuditEntry, { subjectId: c.id, operation: 'proposal.profile', allowed: false })).toBe(
      deniedBefore + 1,
    );
    const list = (await companyClient.ok(`{ proposals { edges { node { id profile { firstName } } } } }`)).proposals;
    expect(list.edges.find((e: any) => e.node.id === p.id).node.profile).toBeNull();

    // Accepting it is refused; the own adviser still sees the proposal in full.
    const accept = await companyClient.request(RESPOND, { p: p.id, accept: true });
    expect(accept.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposalId' });
    const own = (await adviser.ok(GET, { id: p.id })).proposal;
    expect(own.candidate.lastName).toBe(c.lastName);
    expect(own.profile.firstName).toBe('Amina');
  });

  it('withdrawing needs a reason and ends the company’s view of the profile', async () => {
    const c = await person();
    const p = (await adviser.ok(PROPOSE, { c: c.id, t: task.id })).proposeCandidate;
    const before = await counts();
    const noReason = await adviser.request(WITHDRAW, { p: p.id, reason: ' ' });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const byCompany = await companyClient.request(WITHDRAW, { p: p.id, reason: 'x' });
    expect(byCompany.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byOther = await otherAdviser.request(WITHDRAW, { p: p.id, reason: 'x' });
    expect(byOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const w = (await adviser.ok(WITHDRAW, { p: p.id, reason: 'Har fået job andetsteds' })).withdrawProposal;
    expect(w).toMatchObject({ status: 'WITHDRAWN', reason: 'Har fået job andetsteds' });
    expect((await companyClient.ok(GET, { id: p.id })).proposal.profile).toBeNull();
  });

  it('a mutation answers nested fields its transaction did not load (company industry, task company)', async () => {
    const c = await person();
    const p = (await adviser.ok(PROPOSE, { c: c.id, t: task.id })).proposeCandidate;
    // The consultant did not propose it: checking its portfolio loads the company inside the transaction.
    const nested = await consultant.request(
      `mutation($p: ID!) { withdrawProposal(proposalId: $p, reason: "Flyttet") {
        status company { name industry { code } } task { title industry { code } company { name } } } }`,
      { p: p.id },
    );
    expect(nested.errors).toBeUndefined();
    expect(nested.data?.withdrawProposal.company.industry.code).toMatch(/^\d{2}$/);
    expect(nested.data?.withdrawProposal.task.company.name).toBeTruthy();
  });

  it('lists proposals per role: adviser its caseload, consultant its portfolio, admin all', async () => {
    const total = await em().count(Proposal, {});
    expect((await admin.ok(LIST)).proposals.totalCount).toBe(total);
    expect((await adviser.ok(LIST)).proposals.totalCount).toBe(
      await em().count(Proposal, { candidate: { adviser: adviserUser.id } }),
    );
    expect((await otherAdviser.ok(LIST)).proposals.totalCount).toBe(0);
    const consultantIds = (await consultant.ok(LIST)).proposals.edges.map((e: any) => e.node.id);
    const outsideProposals = await em().find(Proposal, { company: outsideCompany.id });
    expect(outsideProposals.length).toBeGreaterThan(0);
    for (const op of outsideProposals) expect(consultantIds).not.toContain(op.id);
    const bad = await admin.request(LIST, { filter: { taskId: 'nope' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taskId' });
  });
});
