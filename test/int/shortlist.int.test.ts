import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/src/features/audit/audit-entry.entity.js';
import { Role, type User } from '../../server/src/features/auth/user.entity.js';
import {
  type Candidate,
  CandidateCompetence,
  Evidence,
} from '../../server/src/features/candidates/candidate.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { Proposal } from '../../server/src/features/proposals/proposal.entity.js';
import {
  TaskCompetence,
  TaskStatus,
  type UnsolvedTask,
  UnsolvedTask as UnsolvedTaskEntity,
} from '../../server/src/features/tasks/unsolved-task.entity.js';
import { SystemReason } from '../../server/src/shared/system-reasons.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import {
  buildUser,
  candidatesMakeCandidate,
  candidatesMakeUser,
  proposalsMakeCompany,
  proposalsMakeIguSlot,
  proposalsMakeTask,
} from '../setup/factories.js';
import { atOnce, type GqlClient } from '../setup/test-app.js';

const ENTRY = `id status note reason sentAt history { status reason byName } task { id } iguSlot { id } company { id }
  candidate { id firstName }`;
const SHORTLIST = `mutation($c: ID!, $t: ID, $s: ID, $note: String) {
  shortlistCandidate(candidateId: $c, taskId: $t, iguSlotId: $s, note: $note) { ${ENTRY} } }`;
const SEND = `mutation($id: ID!) { sendProposal(id: $id) { ${ENTRY} } }`;
const WITHDRAW = `mutation($p: ID!, $reason: String!) { withdrawProposal(proposalId: $p, reason: $reason) { id status reason } }`;
const LIST_OF = `query($t: ID, $s: ID, $closed: Boolean) {
  shortlist(taskId: $t, iguSlotId: $s, includeClosed: $closed) { id status candidate { id } } }`;
const COMPANY_LIST = `query($filter: ProposalFilter) { proposals(filter: $filter, first: 100) { totalCount edges { node { id status sentAt profile { firstName } } } } }`;
const GET = `query($id: ID!) { proposal(id: $id) { id status profile { firstName } } }`;
const HOME = `query($companyId: ID!) { proposals(filter: { companyId: $companyId, status: PROPOSED }, first: 5) { edges { node { id } } } }`;
const COMPARE = `query($c: ID!, $t: ID, $s: ID) { compareCandidateWithOpening(candidateId: $c, taskId: $t, iguSlotId: $s) {
  score exclusionReason candidate { id firstName lastName accommodationNeeds } task { id } iguSlot { id }
  factors { key score explanation }
  requirements { key competenceId label status needs has } } }`;

describe('shortlist, sending to the company, and the side-by-side comparison', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let consultant: GqlClient;
  let outsider: GqlClient;
  let adviser: GqlClient;
  let otherAdviser: GqlClient;
  let companyClient: GqlClient;
  let demoCompany: Company;
  let outsideCompany: Company;
  let task: UnsolvedTask;
  let adviserUser: User;
  let forklift: Competence;
  let reach: Competence;
  const em = () => t.em();

  async function changes() {
    const e = em();
    return {
      proposals: await e.count(Proposal, {}),
      statuses: (await e.find(Proposal, {}, { orderBy: { id: 'asc' } })).map((p) => p.status).join(),
      changes: await e.count(AuditEntry, { action: { $ne: 'READ' } }),
    };
  }

  /** A consenting, active person of the demo adviser's: forklift at level 3, reach truck at level 2. */
  async function person(over: Parameters<typeof candidatesMakeCandidate>[1] = {}): Promise<Candidate> {
    const e = em();
    const c = await candidatesMakeCandidate(e, {
      adviser: adviserUser,
      accommodationNeeds: 'Tåler ikke at løfte over 10 kg',
      ...over,
    });
    e.create(CandidateCompetence, { candidate: c, competence: forklift.id, level: 3, evidence: Evidence.CERTIFIED });
    e.create(CandidateCompetence, { candidate: c, competence: reach.id, level: 2 });
    await e.flush();
    return c;
  }

  beforeAll(async () => {
    t = await createDemoApp();
    demoCompany = t.company;
    adviserUser = t.userOf(Role.ADVISER);
    [forklift, reach] = await em().find(
      Competence,
      { code: { $in: ['forklift-operation', 'reach-truck-operation'] } },
      { orderBy: { code: 'asc' } },
    );
    outsideCompany = await proposalsMakeCompany(em(), { industry: '10', name: 'Bageri uden for porteføljen' });
    await candidatesMakeUser(em(), Role.ADVISER, { email: 'anden.raadgiver@test.dk' });
    // A consultant whose portfolio is bakeries (10) only: the demo company (52) is outside it.
    await buildUser(em(), Role.CONSULTANT, { email: 'bager.konsulent@test.dk', industries: ['10'] });
    task = await proposalsMakeTask(em(), demoCompany, { postcode: '5220' });
    const e = em();
    e.create(TaskCompetence, { task: task.id, competence: forklift.id, minLevel: 2, required: true });
    e.create(TaskCompetence, { task: task.id, competence: reach.id, minLevel: 3, required: true });
    await e.flush();
    admin = await t.as(Role.ADMIN);
    consultant = await t.as(Role.CONSULTANT);
    outsider = await t.client().login('bager.konsulent@test.dk');
    adviser = await t.as(Role.ADVISER);
    otherAdviser = await t.client().login('anden.raadgiver@test.dk');
    companyClient = await t.as(Role.COMPANY);
  });
  afterAll(() => t.close());

  it('a consultant shortlists a person, sends them to the company, and the company is told', async () => {
    const c = await person();
    const entry = (await consultant.ok(SHORTLIST, { c: c.id, t: task.id, note: 'Kan køre truck' })).shortlistCandidate;
    expect(entry).toMatchObject({
      status: 'SUGGESTED',
      note: 'Kan køre truck',
      sentAt: null,
      task: { id: task.id },
      history: [{ status: 'SUGGESTED', reason: null, byName: 'Kasper Konsulent' }],
    });
    // Shortlisting is not sharing: written as a change, not as a SHARE.
    expect(await em().count(AuditEntry, { subjectId: c.id, operation: 'shortlistCandidate', action: 'CREATE' })).toBe(
      1,
    );
    expect(await em().count(AuditEntry, { subjectId: c.id, action: 'SHARE' })).toBe(0);

    const onList = (await consultant.ok(LIST_OF, { t: task.id })).shortlist;
    expect(onList.map((p: any) => [p.id, p.status])).toContainEqual([entry.id, 'SUGGESTED']);
    // Not yet on the company's start page.
    expect(
      (await companyClient.ok(HOME, { companyId: demoCompany.id })).proposals.edges.map((e: any) => e.node.id),
    ).not.toContain(entry.id);

    const sent = (await consultant.ok(SEND, { id: entry.id })).sendProposal;
    expect(sent.status).toBe('PROPOSED');
    expect(Date.parse(sent.sentAt)).toBeGreaterThan(0);
    expect(sent.history.map((h: any) => [h.status, h.byName])).toEqual([
      ['SUGGESTED', 'Kasper Konsulent'],
      ['PROPOSED', 'Kasper Konsulent'],
    ]);
    expect(await em().count(AuditEntry, { subjectId: c.id, operation: 'sendProposal', action: 'SHARE' })).toBe(1);

    // The company is told: the proposal waits on its start page with the shared profile.
    const home = (await companyClient.ok(HOME, { companyId: demoCompany.id })).proposals;
    expect(home.edges.map((e: any) => e.node.id)).toContain(entry.id);
    const seen = (await companyClient.ok(GET, { id: entry.id })).proposal;
    expect(seen).toMatchObject({ status: 'PROPOSED', profile: { firstName: 'Amina' } });
  });

  it('a double send (two clicks at once) sends once; the other is told it was sent', async () => {
    const c = await person();
    const entry = (await consultant.ok(SHORTLIST, { c: c.id, t: task.id })).shortlistCandidate;
    const results = await atOnce(2, () => consultant.request(SEND, { id: entry.id }));
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(refused[0]!.errors![0]!.message).toMatch(/allerede status Foreslået/);
    const row = await em().findOneOrFail(Proposal, entry.id);
    expect(row.status).toBe('PROPOSED');
    expect(row.history.map((h) => h.status)).toEqual(['SUGGESTED', 'PROPOSED']);
    expect(await em().count(AuditEntry, { subjectId: c.id, operation: 'sendProposal' })).toBe(1);

    // Sent once more later: still refused, nothing written.
    const before = await changes();
    const again = await consultant.request(SEND, { id: entry.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(await changes()).toEqual(before);
  });

  it('the company cannot send, and never sees a shortlist entry', async () => {
    const c = await person();
    const entry = (await consultant.ok(SHORTLIST, { c: c.id, t: task.id })).shortlistCandidate;
    const before = await changes();
    const bySend = await companyClient.request(SEND, { id: entry.id });
    expect(bySend.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byShortlist = await companyClient.request(SHORTLIST, { c: c.id, t: task.id });
    expect(byShortlist.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byList = await companyClient.request(LIST_OF, { t: task.id });
    expect(byList.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await changes()).toEqual(before);

    const all = (await companyClient.ok(COMPANY_LIST)).proposals;
    expect(all.edges.map((e: any) => e.node.id)).not.toContain(entry.id);
    expect(all.edges.every((e: any) => e.node.status !== 'SUGGESTED')).toBe(true);
    expect((await companyClient.ok(COMPANY_LIST, { filter: { status: 'SUGGESTED' } })).proposals.totalCount).toBe(0);
    const one = await companyClient.request(GET, { id: entry.id });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(one.errors?.[0]?.extensions?.code);
  });

  it('a consultant outside the portfolio, another adviser and a closed opening are refused', async () => {
    const c = await person();
    const entry = (await consultant.ok(SHORTLIST, { c: c.id, t: task.id })).shortlistCandidate;
    const before = await changes();
    for (const client of [outsider, otherAdviser]) {
      const r = await client.request(SEND, { id: entry.id });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const listOutside = await outsider.request(LIST_OF, { t: task.id });
    expect(listOutside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const shortlistOutside = await outsider.request(SHORTLIST, { c: (await person()).id, t: task.id });
    expect(shortlistOutside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const missing = await consultant.request(SEND, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await changes()).statuses).toEqual(before.statuses);

    // The person's own adviser may send it; the admin anywhere.
    expect((await adviser.ok(SEND, { id: entry.id })).sendProposal.status).toBe('PROPOSED');
    const outsideTask = await proposalsMakeTask(em(), outsideCompany, { industry: '10' });
    const adminEntry = (await admin.ok(SHORTLIST, { c: c.id, t: outsideTask.id })).shortlistCandidate;
    expect((await admin.ok(SEND, { id: adminEntry.id })).sendProposal.status).toBe('PROPOSED');
  });

  it('sending checks consent and the opening again; a duplicate shortlist entry is refused', async () => {
    const c = await person();
    const entry = (await adviser.ok(SHORTLIST, { c: c.id, t: task.id })).shortlistCandidate;
    const dup = await consultant.request(SHORTLIST, { c: c.id, t: task.id });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taskId' });
    const proposedToo = await consultant.request(
      `mutation($c: ID!, $t: ID) { proposeCandidate(candidateId: $c, taskId: $t) { id } }`,
      { c: c.id, t: task.id },
    );
    expect(proposedToo.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taskId' });

    await adviser.ok(`mutation($id: ID!) { setCandidateConsent(candidateId: $id, consent: false) { id } }`, {
      id: c.id,
    });
    // Revoking consent withdraws the shortlist entry too (issue 13 item 6), so it cannot be sent.
    const withdrawn = await em().findOneOrFail(Proposal, entry.id);
    expect([withdrawn.status, withdrawn.reason]).toEqual(['WITHDRAWN', SystemReason.CONSENT_REVOKED]);
    const before = await changes();
    const r = await adviser.request(SEND, { id: entry.id });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    // Why, in the reader's language (Danish here), not the stored code.
    expect(r.errors?.[0]?.message).toMatch(/trukket sit samtykke/);
    expect(r.errors?.[0]?.message).not.toMatch(/system:|withdrew/);
    expect(await changes()).toEqual(before);

    // An opening closed after the person was shortlisted takes no proposal.
    const other = await person();
    const closing = await proposalsMakeTask(em(), demoCompany, { title: 'Sæsonplukning' });
    const onClosing = (await consultant.ok(SHORTLIST, { c: other.id, t: closing.id })).shortlistCandidate;
    await em().nativeUpdate(UnsolvedTaskEntity, { id: closing.id }, { status: TaskStatus.CLOSED });
    const closed = await consultant.request(SEND, { id: onClosing.id });
    expect(closed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(closed.errors?.[0]?.message).toMatch(/Opgaven "Sæsonplukning" har status Lukket/);
    expect((await em().findOneOrFail(Proposal, onClosing.id)).status).toBe('SUGGESTED');
  });

  it('removing a shortlist entry needs a reason; closed entries show only when asked', async () => {
    const c = await person();
    const slot = await proposalsMakeIguSlot(em(), demoCompany);
    const entry = (await consultant.ok(SHORTLIST, { c: c.id, s: slot.id })).shortlistCandidate;
    expect(entry).toMatchObject({ status: 'SUGGESTED', iguSlot: { id: slot.id }, task: null });
    const noReason = await consultant.request(WITHDRAW, { p: entry.id, reason: '  ' });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const w = (await consultant.ok(WITHDRAW, { p: entry.id, reason: 'Passer bedre til en anden plads' }))
      .withdrawProposal;
    expect(w).toMatchObject({ status: 'WITHDRAWN', reason: 'Passer bedre til en anden plads' });

    expect((await consultant.ok(LIST_OF, { s: slot.id })).shortlist).toEqual([]);
    const closed = (await consultant.ok(LIST_OF, { s: slot.id, closed: true })).shortlist;
    expect(closed.map((p: any) => [p.id, p.status])).toEqual([[entry.id, 'WITHDRAWN']]);
    // A withdrawn entry cannot be sent, and the company never saw it.
    const send = await consultant.request(SEND, { id: entry.id });
    expect(send.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const companySees = (await companyClient.ok(COMPANY_LIST)).proposals.edges.map((e: any) => e.node.id);
    expect(companySees).not.toContain(entry.id);
    // Another adviser sees none of this caseload's entries; a bad call says which field.
    expect((await otherAdviser.ok(LIST_OF, { s: slot.id, closed: true })).shortlist).toEqual([]);
    const both = await consultant.request(LIST_OF, { t: task.id, s: slot.id });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taskId' });
  });

  it('compares a person with a task requirement by requirement, audit-logged, without accommodation needs', async () => {
    const c = await person({ postcode: '5000' });
    const reads = () => em().count(AuditEntry, { subjectId: c.id, operation: 'compareCandidateWithOpening' });
    const before = await reads();
    const cmp = (await consultant.ok(COMPARE, { c: c.id, t: task.id })).compareCandidateWithOpening;
    expect(await reads()).toBe(before + 1);
    expect(cmp.candidate).toEqual({ id: c.id, firstName: 'Amina', lastName: null, accommodationNeeds: null });
    expect(cmp.task).toEqual({ id: task.id });
    const byKey = (key: string, id?: string) =>
      cmp.requirements.find((r: any) => r.key === key && (!id || r.competenceId === id));
    // Forklift 3 against a need of 2: met; reach truck 2 against 3: not met.
    expect(byKey('COMPETENCE', forklift.id)).toMatchObject({ status: 'MET', needs: 'niveau 2', has: 'niveau 3' });
    expect(byKey('COMPETENCE', reach.id)).toMatchObject({ status: 'NOT_MET', needs: 'niveau 3', has: 'niveau 2' });
    expect(byKey('DANISH')).toMatchObject({ status: 'MET', needs: 'A2', has: 'A2' });
    expect(byKey('HOURS')).toMatchObject({ status: 'MET', needs: '20 t/uge' });
    expect(byKey('COMMUTE').status).toBe('MET');
    expect(byKey('COMMUTE').has).toMatch(/^ca\. \d+ km$/);
    expect(byKey('IGU')).toBeUndefined();
    // The same score and factors as the scorer gives the suggestions.
    expect(cmp.score).toBeGreaterThan(0);
    expect(cmp.factors.map((f: any) => f.key)).toContain('competences');

    // In English when asked; an IGU slot adds the eligibility row.
    const slot = await proposalsMakeIguSlot(em(), demoCompany);
    const en = await t.as(Role.CONSULTANT);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'accept-language': 'en',
        cookie: en.cookie!,
      },
      body: JSON.stringify({ query: COMPARE, variables: { c: c.id, s: slot.id } }),
    });
    const body = (await res.json()) as any;
    const rows = body.data.compareCandidateWithOpening.requirements;
    expect(rows.find((r: any) => r.key === 'IGU')).toMatchObject({ label: 'Eligible for IGU', status: 'MET' });
    expect(rows.find((r: any) => r.key === 'HOURS')).toMatchObject({ status: 'NOT_MET', needs: '37 h/week' });
  });

  it('refuses a comparison outside the caller’s scope and logs the refused read', async () => {
    const c = await person();
    const hidden = await person({ consentToShare: false });
    const outsideTask = await proposalsMakeTask(em(), outsideCompany, { industry: '10' });
    const denied = () =>
      em().count(AuditEntry, { subjectId: hidden.id, operation: 'compareCandidateWithOpening', allowed: false });
    const before = await denied();
    const noConsent = await consultant.request(COMPARE, { c: hidden.id, t: task.id });
    expect(noConsent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await denied()).toBe(before + 1);
    const outsidePortfolio = await consultant.request(COMPARE, { c: c.id, t: outsideTask.id });
    expect(outsidePortfolio.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byCompany = await companyClient.request(COMPARE, { c: c.id, t: task.id });
    expect(byCompany.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const neither = await consultant.request(COMPARE, { c: c.id });
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taskId' });

    // The own adviser sees the person in full.
    const own = (await adviser.ok(COMPARE, { c: hidden.id, t: task.id })).compareCandidateWithOpening;
    expect(own.candidate.lastName).toBe(hidden.lastName);
  });
});
