import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/src/features/audit/audit-entry.entity.js';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { ActivityKind, Candidate, WeeklyActivity } from '../../server/src/features/candidates/candidate.entity.js';
import { WeekException } from '../../server/src/features/candidates/week-exception.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import {
  Placement,
  PlacementAgreement,
  PlacementStatus,
} from '../../server/src/features/placements/placement.entity.js';
import { TaskStatus, UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { todayInDenmark as today } from '../../server/src/shared/clock.js';
import { addDays, weekStart } from '../../server/src/shared/dates.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { buildCandidate, buildCompany, buildTask } from '../setup/factories.js';
import { expectError, type GqlClient } from '../setup/test-app.js';

const FIELDS = `id status version agreementVersion awaitingApprovalFrom startDate plannedEndDate mentorName learningGoals
  hoursPlan { fromWeek weeklyHours ordinaryHours }
  agreements { number proposedBy companyApprovedAt adviserApprovedAt withdrawnAt withdrawalReason refusedAt refusalReason
    terms { startDate plannedEndDate learningGoals mentorName hoursPlan { fromWeek weeklyHours } } }
  agreementInForce { number terms { mentorName hoursPlan { fromWeek weeklyHours } } }
  pendingAgreement { number terms { learningGoals mentorName hoursPlan { fromWeek weeklyHours } } }`;
const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $v: Int!, $reason: String) {
  approvePlacementAgreement(placementId: $id, agreementVersion: $v, weekExceptionReason: $reason) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { placement(id: $id) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $v: Int!, $reason: String) {
  withdrawPlacementAgreement(placementId: $id, agreementVersion: $v, reason: $reason) { ${FIELDS} } }`;
const REFUSE = `mutation($id: ID!, $v: Int!, $reason: String!) {
  refusePlacementAgreement(placementId: $id, agreementVersion: $v, reason: $reason) { ${FIELDS} } }`;
const PROPOSE = `mutation($id: ID!, $v: Int!, $input: PlacementAgreementChangeInput!) {
  proposePlacementAgreementChange(placementId: $id, agreementVersion: $v, input: $input) { ${FIELDS} } }`;
const CREATE_MENTOR = `mutation($input: CreateMentorInput!) { createMentor(input: $input) { id name } }`;
const SEARCH = `query($f: CandidateSearchFilter) { searchCandidates(filter: $f, first: 50) { hits { candidate { id } } } }`;

describe('placement agreements with three parties over HTTP', () => {
  let t: DemoApp;
  let adviser: GqlClient;
  let consultant: GqlClient;
  let companyUser: GqlClient;
  let companyEn: GqlClient;
  let admin: GqlClient;
  let company: Company;
  const em = () => t.em();
  const userOf = (role: Role) => t.userOf(role);
  const start = addDays(weekStart(today()), 7);

  async function draftInput(over: Record<string, unknown> = {}) {
    const p = await buildCandidate(em(), {
      adviser: userOf(Role.ADVISER).id,
      firstName: `Aftale${Math.random().toString(36).slice(2, 6)}`,
    });
    const task = await buildTask(em(), company.id);
    return {
      candidateId: p.id,
      companyId: company.id,
      taskId: task.id,
      type: 'INTERNSHIP',
      startDate: start,
      plannedEndDate: addDays(start, 27),
      hoursPlan: [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }],
      mentorName: 'Jens Mentor',
      learningGoals: 'Varemodtagelse med håndscanner',
      draft: true,
      ...over,
    };
  }

  beforeAll(async () => {
    t = await createDemoApp();
    ({ company } = t);
    [adviser, consultant, companyUser, companyEn, admin] = await Promise.all([
      t.as(Role.ADVISER),
      t.as(Role.CONSULTANT),
      t.as(Role.COMPANY),
      t.as(Role.COMPANY, 'en'),
      t.as(Role.ADMIN),
    ]);
  });
  afterAll(() => t?.close());

  it('runs draft → company approves → adviser approves → ACTIVE, and only then moves the task', async () => {
    const input = await draftInput();
    const d = (await adviser.ok(START, { input })).startPlacement;
    expect(d).toMatchObject({ status: 'DRAFT', agreementVersion: 1, awaitingApprovalFrom: 'COMPANY' });
    expect(d.agreements).toHaveLength(1);
    expect((await em().findOneOrFail(UnsolvedTask, input.taskId)).status).toBe(TaskStatus.OPEN);

    // The job centre cannot approve before the company.
    const early = await adviser.request(APPROVE, { id: d.id, v: 1 });
    expect(expectError(early, 'BAD_USER_INPUT', 'agreementVersion').message).toContain('Virksomheden');

    const c = (await companyUser.ok(APPROVE, { id: d.id, v: 1 })).approvePlacementAgreement;
    expect(c).toMatchObject({ status: 'DRAFT', awaitingApprovalFrom: 'JOB_CENTRE' });
    expect(c.agreements[0].companyApprovedAt).toBeTruthy();
    const twice = await companyUser.request(APPROVE, { id: d.id, v: 1 });
    expectError(twice, 'BAD_USER_INPUT', 'agreementVersion');

    const a = (await adviser.ok(APPROVE, { id: d.id, v: 1 })).approvePlacementAgreement;
    expect(a).toMatchObject({ status: 'ACTIVE', awaitingApprovalFrom: null });
    expect(a.agreements[0].adviserApprovedAt).toBeTruthy();
    expect((await em().findOneOrFail(UnsolvedTask, input.taskId)).status).toBe(TaskStatus.IN_PROGRESS);
  });

  it('makes a new version after an approval that both approve again, keeping the history', async () => {
    const d = (await adviser.ok(START, { input: await draftInput() })).startPlacement;
    // Before anyone approved, a change stays in version 1.
    const same = (await adviser.ok(UPDATE, { id: d.id, input: { version: d.version, mentorName: 'Mette Mentor' } }))
      .updatePlacement;
    expect(same.agreementVersion).toBe(1);
    expect(same.agreements[0].terms.mentorName).toBe('Mette Mentor');
    // A draft has nothing in force yet.
    expect(same.agreementInForce).toBeNull();

    await companyUser.ok(APPROVE, { id: d.id, v: 1 });
    await adviser.ok(APPROVE, { id: d.id, v: 1 });
    const active = (await adviser.ok(GET, { id: d.id })).placement;
    expect(active.agreementInForce).toMatchObject({
      number: 1,
      terms: { hoursPlan: [{ fromWeek: 1, weeklyHours: 20 }] },
    });

    const changed = (
      await adviser.ok(UPDATE, {
        id: d.id,
        input: { version: active.version, hoursPlan: [{ fromWeek: 1, weeklyHours: 25, ordinaryHours: 5 }] },
      })
    ).updatePlacement;
    expect(changed).toMatchObject({ status: 'ACTIVE', agreementVersion: 2, awaitingApprovalFrom: 'COMPANY' });
    expect(changed.agreements.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(changed.agreements[0]).toMatchObject({ companyApprovedAt: null, adviserApprovedAt: null });
    expect(changed.agreements[0].terms.hoursPlan).toEqual([{ fromWeek: 1, weeklyHours: 25 }]);
    expect(changed.agreements[1].terms.hoursPlan).toEqual([{ fromWeek: 1, weeklyHours: 20 }]);
    expect(changed.agreements[1].adviserApprovedAt).toBeTruthy();
    // The change waits for both: version 1 stays in force (the placement's own plan), the new plan is only the
    // pending version's.
    expect(changed.hoursPlan).toEqual([{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }]);
    expect(changed.agreementInForce).toEqual({
      number: 1,
      terms: { mentorName: 'Mette Mentor', hoursPlan: [{ fromWeek: 1, weeklyHours: 20 }] },
    });
    expect(changed.pendingAgreement).toMatchObject({
      number: 2,
      terms: { hoursPlan: [{ fromWeek: 1, weeklyHours: 25 }] },
    });

    // Approving the old version is a stale read.
    const stale = await companyUser.request(APPROVE, { id: d.id, v: 1 });
    expectError(stale, 'CONFLICT');
    // The company's approval alone does not put it in force.
    const half = (await companyUser.ok(APPROVE, { id: d.id, v: 2 })).approvePlacementAgreement;
    expect(half.agreementInForce.number).toBe(1);
    const done = (await adviser.ok(APPROVE, { id: d.id, v: 2 })).approvePlacementAgreement;
    expect(done.awaitingApprovalFrom).toBeNull();
    expect(done.agreementInForce).toEqual({
      number: 2,
      terms: { mentorName: 'Mette Mentor', hoursPlan: [{ fromWeek: 1, weeklyHours: 25 }] },
    });
    expect(done.hoursPlan).toEqual([{ fromWeek: 1, weeklyHours: 25, ordinaryHours: 5 }]);
    expect(done.pendingAgreement).toBeNull();
    expect(await em().count(PlacementAgreement, { placement: d.id })).toBe(2);
  });

  it('lets only the company and the job centre approve; others are refused', async () => {
    const d = (await adviser.ok(START, { input: await draftInput() })).startPlacement;
    expectError(await consultant.request(APPROVE, { id: d.id, v: 1 }), 'FORBIDDEN');
    const before = await em().findOneOrFail(PlacementAgreement, { placement: d.id, number: 1 });
    expect(before.companyApprovedAt).toBeNull();
  });

  it('checks the maximum length by type on create and on extension', async () => {
    const before = await em().count(Placement, {});
    const long = await adviser.request(START, { input: await draftInput({ plannedEndDate: addDays(start, 7 * 6) }) });
    expect(expectError(long, 'BAD_USER_INPUT', 'plannedEndDate').message).toContain('4');
    const en = await companyEn.request(START, { input: await draftInput() });
    expectError(en, 'FORBIDDEN');
    expect(await em().count(Placement, {})).toBe(before);

    const noEnd = (await adviser.ok(START, { input: await draftInput({ plannedEndDate: null }) })).startPlacement;
    expect(noEnd.plannedEndDate).toBe(addDays(start, 27));
    const extended = (
      await adviser.ok(UPDATE, {
        id: noEnd.id,
        input: { version: noEnd.version, plannedEndDate: addDays(start, 7 * 13 - 1) },
      })
    ).updatePlacement;
    expect(extended.plannedEndDate).toBe(addDays(start, 90));
    const beyond = await adviser.request(UPDATE, {
      id: noEnd.id,
      input: { version: extended.version, plannedEndDate: addDays(start, 7 * 13) },
    });
    expect(expectError(beyond, 'BAD_USER_INPUT', 'plannedEndDate').message).toContain('13');
  });

  it('keeps a placement started directly ACTIVE, with the company approval still open', async () => {
    const input = await draftInput({ draft: null });
    const p = (await adviser.ok(START, { input })).startPlacement;
    expect(p).toMatchObject({ status: 'ACTIVE', agreementVersion: 1, awaitingApprovalFrom: 'COMPANY' });
    const c = (await companyUser.ok(APPROVE, { id: p.id, v: 1 })).approvePlacementAgreement;
    expect(c).toMatchObject({ status: 'ACTIVE', awaitingApprovalFrom: null });
  });
  it('re-checks the planned week when the approval makes a draft ACTIVE, refusing it without a reason', async () => {
    const input = await draftInput();
    const d = (await adviser.ok(START, { input })).startPlacement;
    await companyUser.ok(APPROVE, { id: d.id, v: 1 });
    // Meanwhile another placement of 20 hours started at another company: with the draft, the week is 40.
    const other = await buildCompany(em(), { name: 'Andet Lager ApS' });
    await adviser.ok(START, {
      input: {
        candidateId: input.candidateId,
        companyId: other.id,
        type: 'WAGE_SUBSIDY',
        startDate: start,
        plannedEndDate: addDays(start, 12 * 7),
        hoursPlan: [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }],
        learningGoals: 'Pakning',
      },
    });

    const refused = await adviser.request(APPROVE, { id: d.id, v: 1 });
    const e = expectError(refused, 'BAD_USER_INPUT', 'hoursPlan');
    expect(e.extensions?.weekExceptionNeeded).toBe(true);
    expect(e.extensions?.weekHours).toBe(40);
    expect(e.message).toContain('40');
    expect(e.message).toContain('37');
    // Nothing changed: still a draft awaiting the job centre, the task open, no exception recorded.
    const after = (await adviser.ok(GET, { id: d.id })).placement;
    expect(after).toMatchObject({ status: 'DRAFT', awaitingApprovalFrom: 'JOB_CENTRE', version: d.version });
    expect(after.agreements[0].adviserApprovedAt).toBeNull();
    expect((await em().findOneOrFail(UnsolvedTask, input.taskId)).status).toBe(TaskStatus.OPEN);
    expect(await em().count(WeekException, { candidate: input.candidateId })).toBe(0);

    // The adviser confirms the exception with a reason: ACTIVE, and the exception is on record.
    const ok = (await adviser.ok(APPROVE, { id: d.id, v: 1, reason: 'Danskundervisningen slutter om to uger' }))
      .approvePlacementAgreement;
    expect(ok).toMatchObject({ status: 'ACTIVE', awaitingApprovalFrom: null });
    const exceptions = await em().find(WeekException, { candidate: input.candidateId });
    expect(exceptions.map((x) => [x.operation, x.weekHours, x.reason])).toEqual([
      ['approvePlacementAgreement', 40, 'Danskundervisningen slutter om to uger'],
    ]);
  });

  it('re-checks the maximum length as configured when the approval makes a draft ACTIVE', async () => {
    const input = await draftInput();
    const d = (await adviser.ok(START, { input })).startPlacement;
    await companyUser.ok(APPROVE, { id: d.id, v: 1 });
    const limits = t.config.rules.placementMaxWeeks;
    const before = limits.INTERNSHIP;
    // The configuration changed after the draft was made: an internship may now run at most 3 weeks.
    limits.INTERNSHIP = { weeks: 2, extendedWeeks: 3 };
    try {
      const refused = await adviser.request(APPROVE, { id: d.id, v: 1 });
      const e = expectError(refused, 'BAD_USER_INPUT', 'plannedEndDate');
      expect(e.message).toContain('3');
      const p = await em().findOneOrFail(Placement, d.id);
      expect(p.status).toBe(PlacementStatus.DRAFT);
      expect(
        (await em().findOneOrFail(PlacementAgreement, { placement: d.id, number: 1 })).adviserApprovedAt,
      ).toBeNull();
      expect((await em().findOneOrFail(UnsolvedTask, input.taskId)).status).toBe(TaskStatus.OPEN);
    } finally {
      limits.INTERNSHIP = before;
    }
    const ok = (await adviser.ok(APPROVE, { id: d.id, v: 1 })).approvePlacementAgreement;
    expect(ok.status).toBe('ACTIVE');
  });
  const drain = () =>
    t.runtime.services.outbox.drain(150_000).catch((e: Error) => {
      throw new Error(`${e.message}: ${t.runtime.services.outbox.stats.lastError?.slice(-400)}`);
    });
  const freeHours = async (candidateId: string) =>
    (await em().findOneOrFail(Candidate, candidateId, { refresh: true })).freeWeeklyHours;
  const openingsLeft = async (taskId: string) =>
    (await em().findOneOrFail(UnsolvedTask, taskId, { refresh: true })).openingsLeft;
  const searchIds = async (f: Record<string, unknown>) =>
    (await consultant.ok(SEARCH, { f })).searchCandidates.hits.map(
      (h: { candidate: { id: string } }) => h.candidate.id,
    );

  it('lets the adviser withdraw a draft: WITHDRAWN, its hours and place freed (and in search), audit-logged', async () => {
    const input = await draftInput({ hoursPlan: [{ fromWeek: 1, weeklyHours: 30, ordinaryHours: 0 }] });
    expect(await freeHours(input.candidateId)).toBe(37);
    const task = await em().findOneOrFail(UnsolvedTask, input.taskId);
    const places = task.openings;
    const d = (await adviser.ok(START, { input })).startPlacement;
    // The draft holds the person's hours and a place on the task while it waits.
    expect(await freeHours(input.candidateId)).toBe(7);
    expect(await openingsLeft(input.taskId)).toBe(places - 1);
    await drain();
    expect(await searchIds({ minFreeHours: 20 })).not.toContain(input.candidateId);

    await companyUser.ok(APPROVE, { id: d.id, v: 1 });
    const w = (await adviser.ok(WITHDRAW, { id: d.id, v: 1, reason: 'Personen starter på uddannelse' }))
      .withdrawPlacementAgreement;
    expect(w).toMatchObject({ status: 'WITHDRAWN', agreementVersion: 1, awaitingApprovalFrom: null });
    expect(w.agreements[0]).toMatchObject({ withdrawalReason: 'Personen starter på uddannelse', refusedAt: null });
    expect(w.agreements[0].withdrawnAt).toBeTruthy();
    expect(w.agreements[0].companyApprovedAt).toBeTruthy();
    expect(await freeHours(input.candidateId)).toBe(37);
    expect(await openingsLeft(input.taskId)).toBe(places);
    expect((await em().findOneOrFail(UnsolvedTask, input.taskId)).status).toBe(TaskStatus.OPEN);
    await drain();
    expect(await searchIds({ minFreeHours: 20 })).toContain(input.candidateId);
    const audited = await em().find(AuditEntry, {
      subjectId: input.candidateId,
      operation: 'withdrawPlacementAgreement',
    });
    expect(audited).toHaveLength(1);
    expect(audited[0]!.allowed).toBe(true);

    // A withdrawn draft is history: it cannot be approved, changed or withdrawn again.
    expectError(await adviser.request(APPROVE, { id: d.id, v: 1 }), 'BAD_USER_INPUT', 'placementId');
    expectError(
      await adviser.request(UPDATE, { id: d.id, input: { version: w.version, mentorName: 'X' } }),
      'BAD_USER_INPUT',
      'id',
    );
    expectError(await adviser.request(WITHDRAW, { id: d.id, v: 1 }), 'BAD_USER_INPUT', 'placementId');
  });

  it('lets the company refuse a draft with a reason, which the adviser reads; the roles do not swap', async () => {
    const input = await draftInput();
    const d = (await adviser.ok(START, { input })).startPlacement;
    expectError(await companyUser.request(REFUSE, { id: d.id, v: 1, reason: '   ' }), 'BAD_USER_INPUT', 'reason');
    expectError(await adviser.request(REFUSE, { id: d.id, v: 1, reason: 'Nej' }), 'FORBIDDEN');
    expectError(await companyUser.request(WITHDRAW, { id: d.id, v: 1 }), 'FORBIDDEN');
    expectError(await companyUser.request(REFUSE, { id: d.id, v: 2, reason: 'Nej' }), 'CONFLICT');
    expect(await freeHours(input.candidateId)).toBe(17);

    const r = (await companyUser.ok(REFUSE, { id: d.id, v: 1, reason: 'Ingen mentor ledig i perioden' }))
      .refusePlacementAgreement;
    expect(r).toMatchObject({ status: 'REFUSED', awaitingApprovalFrom: null });
    const seen = (await adviser.ok(GET, { id: d.id })).placement;
    expect(seen.agreements[0]).toMatchObject({ refusalReason: 'Ingen mentor ledig i perioden', withdrawnAt: null });
    expect(seen.agreements[0].refusedAt).toBeTruthy();
    expect(await freeHours(input.candidateId)).toBe(37);
    expect(await em().count(AuditEntry, { subjectId: input.candidateId, operation: 'refusePlacementAgreement' })).toBe(
      1,
    );
  });

  it('withdraws or refuses a pending new version: the version before applies again, numbers are not reused', async () => {
    const input = await draftInput();
    const d = (await adviser.ok(START, { input })).startPlacement;
    await companyUser.ok(APPROVE, { id: d.id, v: 1 });
    const active = (await adviser.ok(APPROVE, { id: d.id, v: 1 })).approvePlacementAgreement;
    expect(await freeHours(input.candidateId)).toBe(17);
    // An agreed version cannot be withdrawn: change the placement or end it.
    expectError(await adviser.request(WITHDRAW, { id: d.id, v: 1 }), 'BAD_USER_INPUT', 'agreementVersion');

    const v2 = (
      await adviser.ok(UPDATE, {
        id: d.id,
        input: {
          version: active.version,
          hoursPlan: [{ fromWeek: 1, weeklyHours: 30, ordinaryHours: 5 }],
          mentorName: 'Ny',
        },
      })
    ).updatePlacement;
    // The pending version is not binding: the mentor and the hours in force stay, and so do the free hours.
    expect(v2).toMatchObject({ agreementVersion: 2, awaitingApprovalFrom: 'COMPANY', mentorName: 'Jens Mentor' });
    expect(v2.pendingAgreement).toMatchObject({ number: 2, terms: { mentorName: 'Ny' } });
    expect(v2.agreementInForce).toMatchObject({ number: 1, terms: { mentorName: 'Jens Mentor' } });
    expect(await freeHours(input.candidateId)).toBe(17);
    const back = (await adviser.ok(WITHDRAW, { id: d.id, v: 2 })).withdrawPlacementAgreement;
    expect(back).toMatchObject({
      status: 'ACTIVE',
      agreementVersion: 1,
      awaitingApprovalFrom: null,
      mentorName: 'Jens Mentor',
      hoursPlan: [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }],
    });
    expect(
      back.agreements.map((a: { number: number; withdrawnAt: string | null }) => [a.number, !!a.withdrawnAt]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(await freeHours(input.candidateId)).toBe(17);

    const v3 = (
      await adviser.ok(UPDATE, {
        id: d.id,
        input: { version: back.version, learningGoals: 'Varemodtagelse og lageroptælling' },
      })
    ).updatePlacement;
    expect(v3.agreementVersion).toBe(3);
    const refused = (await companyEn.ok(REFUSE, { id: d.id, v: 3, reason: 'Stocktaking is not a task here' }))
      .refusePlacementAgreement;
    expect(refused).toMatchObject({
      status: 'ACTIVE',
      agreementVersion: 1,
      learningGoals: 'Varemodtagelse med håndscanner',
    });
    expect(refused.agreements.map((a: { number: number }) => a.number)).toEqual([3, 2, 1]);
    // Withdrawn and refused versions were never in force.
    expect(refused.agreementInForce.number).toBe(1);
    expect(refused.agreements[0].refusalReason).toBe('Stocktaking is not a task here');

    // Version 1 runs: there is nothing before it to go back to.
    const v4 = (await adviser.ok(UPDATE, { id: d.id, input: { version: refused.version, mentorName: 'Mette' } }))
      .updatePlacement;
    expect(v4.agreementVersion).toBe(4);
    await companyUser.ok(APPROVE, { id: d.id, v: 4 });
    const companyAgain = await companyUser.request(REFUSE, { id: d.id, v: 4, reason: 'Fortrudt' });
    expectError(companyAgain, 'BAD_USER_INPUT', 'agreementVersion');
  });

  it('keeps a pending change from binding: free hours, matching, the planned week and hours progress follow only once both approve', async () => {
    // Started this week, so the week is in the hours progress; 20 hours agreed by both.
    const thisWeek = weekStart(today());
    const input = await draftInput({ startDate: thisWeek, plannedEndDate: addDays(thisWeek, 27) });
    const d = (await adviser.ok(START, { input })).startPlacement;
    await companyUser.ok(APPROVE, { id: d.id, v: 1 });
    const active = (await adviser.ok(APPROVE, { id: d.id, v: 1 })).approvePlacementAgreement;
    const person = async () =>
      (await adviser.ok(
        `query($id: ID!, $c: ID!) {
            candidate(id: $id) { freeWeeklyHours plannedWeek { placementHours peakTotal } }
            hoursProgress(candidateId: $c) { weekStart plannedHours } }`,
        { id: input.candidateId, c: input.candidateId },
      )) as {
        candidate: { freeWeeklyHours: number; plannedWeek: { placementHours: number; peakTotal: number } };
        hoursProgress: { weekStart: string; plannedHours: number }[];
      };
    const agreed = await person();
    expect(agreed.candidate).toEqual({ freeWeeklyHours: 17, plannedWeek: { placementHours: 20, peakTotal: 20 } });
    expect(agreed.hoursProgress.find((w) => w.weekStart === thisWeek)?.plannedHours).toBe(20);
    await drain();
    expect(await searchIds({ minFreeHours: 15 })).toContain(input.candidateId);

    // The adviser proposes 30 hours: version 2 waits for both, version 1 binds.
    const v2 = (
      await adviser.ok(UPDATE, {
        id: d.id,
        input: { version: active.version, hoursPlan: [{ fromWeek: 1, weeklyHours: 30, ordinaryHours: 0 }] },
      })
    ).updatePlacement;
    expect(v2).toMatchObject({ agreementVersion: 2, hoursPlan: [{ fromWeek: 1, weeklyHours: 20 }] });
    const proposed = await person();
    expect(proposed.candidate).toEqual(agreed.candidate);
    expect(proposed.hoursProgress).toEqual(agreed.hoursProgress);
    await drain();
    expect(await searchIds({ minFreeHours: 15 })).toContain(input.candidateId);

    // The company approves: still not binding (the job centre has not).
    await companyUser.ok(APPROVE, { id: d.id, v: 2 });
    expect((await person()).candidate.freeWeeklyHours).toBe(17);

    // The job centre approves: the new terms take effect, in the stored free hours and in the search index.
    const done = (await adviser.ok(APPROVE, { id: d.id, v: 2 })).approvePlacementAgreement;
    expect(done).toMatchObject({ agreementInForce: { number: 2 }, pendingAgreement: null });
    expect(done.hoursPlan).toEqual([{ fromWeek: 1, weeklyHours: 30, ordinaryHours: 0 }]);
    const approved = await person();
    expect(approved.candidate).toEqual({ freeWeeklyHours: 7, plannedWeek: { placementHours: 30, peakTotal: 30 } });
    expect(approved.hoursProgress.find((w) => w.weekStart === thisWeek)?.plannedHours).toBe(30);
    await drain();
    expect(await searchIds({ minFreeHours: 15 })).not.toContain(input.candidateId);
    expect(await searchIds({ minFreeHours: 5 })).toContain(input.candidateId);
  });

  /** A placement both parties agreed (20 hours, starting `startDate`): ACTIVE, version 1 in force. */
  async function agreed(over: Record<string, unknown> = {}) {
    const input = await draftInput(over);
    const d = (await adviser.ok(START, { input })).startPlacement;
    await companyUser.ok(APPROVE, { id: d.id, v: 1 });
    const p = (await adviser.ok(APPROVE, { id: d.id, v: 1 })).approvePlacementAgreement;
    return { input, p };
  }

  it('lets the company propose a change to its running placement: approved by it, waiting for the adviser, binding once approved', async () => {
    const { input, p } = await agreed();
    expect(await freeHours(input.candidateId)).toBe(17);
    const mentor = (await companyUser.ok(CREATE_MENTOR, { input: { name: 'Sofie Lund', maxInterns: 2 } })).createMentor;
    const change = {
      hoursPlan: [
        { fromWeek: 1, weeklyHours: 25, ordinaryHours: 0 },
        { fromWeek: 3, weeklyHours: 30, ordinaryHours: 5 },
      ],
      mentorId: mentor.id,
      learningGoals: 'Varemodtagelse, pluk og lageroptælling',
      plannedEndDate: addDays(start, 7 * 8 - 1),
    };
    // Not the others: a consultant and the adviser have no company proposal; a stale version is a conflict.
    expectError(await consultant.request(PROPOSE, { id: p.id, v: 1, input: change }), 'FORBIDDEN');
    expectError(await adviser.request(PROPOSE, { id: p.id, v: 1, input: change }), 'FORBIDDEN');
    expectError(await companyUser.request(PROPOSE, { id: p.id, v: 2, input: change }), 'CONFLICT');
    // Nothing changed is no proposal.
    expectError(
      await companyUser.request(PROPOSE, { id: p.id, v: 1, input: { learningGoals: input.learningGoals } }),
      'BAD_USER_INPUT',
      'input',
    );

    const proposed = (await companyUser.ok(PROPOSE, { id: p.id, v: 1, input: change })).proposePlacementAgreementChange;
    expect(proposed).toMatchObject({
      status: 'ACTIVE',
      agreementVersion: 2,
      awaitingApprovalFrom: 'JOB_CENTRE',
      // The terms in force bind meanwhile.
      hoursPlan: [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }],
      mentorName: 'Jens Mentor',
      learningGoals: 'Varemodtagelse med håndscanner',
      plannedEndDate: addDays(start, 27),
      agreementInForce: { number: 1 },
      pendingAgreement: {
        number: 2,
        terms: { mentorName: 'Sofie Lund', learningGoals: 'Varemodtagelse, pluk og lageroptælling' },
      },
    });
    expect(proposed.agreements[0]).toMatchObject({ number: 2, proposedBy: 'COMPANY', adviserApprovedAt: null });
    expect(proposed.agreements[0].companyApprovedAt).toBeTruthy();
    expect(await freeHours(input.candidateId)).toBe(17);
    expect(
      await em().count(AuditEntry, { subjectId: input.candidateId, operation: 'proposePlacementAgreementChange' }),
    ).toBe(1);
    // The company cannot approve its own proposal twice, nor refuse it.
    expectError(await companyUser.request(APPROVE, { id: p.id, v: 2 }), 'BAD_USER_INPUT', 'agreementVersion');

    const done = (await adviser.ok(APPROVE, { id: p.id, v: 2 })).approvePlacementAgreement;
    expect(done).toMatchObject({
      awaitingApprovalFrom: null,
      agreementInForce: { number: 2 },
      pendingAgreement: null,
      mentorName: 'Sofie Lund',
      learningGoals: 'Varemodtagelse, pluk og lageroptælling',
      plannedEndDate: addDays(start, 7 * 8 - 1),
    });
    expect(done.hoursPlan).toEqual(change.hoursPlan);
    // The new plan now binds the person's free hours (its first step, before the start: 37 − 25).
    expect(await freeHours(input.candidateId)).toBe(12);
  });

  it("keeps the company to its own placements and mentors, to the type's length, and reports every invalid field at once", async () => {
    const { p } = await agreed();
    const other = await buildCompany(em(), { name: 'Tredje Lager ApS' });
    const theirs = (await admin.ok(CREATE_MENTOR, { input: { companyId: other.id, name: 'Bo Ek', maxInterns: 2 } }))
      .createMentor;
    const e = expectError(
      await companyUser.request(PROPOSE, { id: p.id, v: 1, input: { mentorId: theirs.id } }),
      'BAD_USER_INPUT',
      'mentorId',
    );
    expect(e.message).toContain('Bo Ek');

    // Too long (an internship runs at most 13 weeks) and an internship without learning goals, both at once.
    const both = expectError(
      await companyUser.request(PROPOSE, {
        id: p.id,
        v: 1,
        input: { plannedEndDate: addDays(start, 7 * 13), learningGoals: '' },
      }),
      'BAD_USER_INPUT',
    );
    expect(((both.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'learningGoals',
      'plannedEndDate',
    ]);
    const enMessage = expectError(
      await companyEn.request(PROPOSE, { id: p.id, v: 1, input: { plannedEndDate: addDays(start, 7 * 13) } }),
      'BAD_USER_INPUT',
      'plannedEndDate',
    ).message;
    expect(enMessage).toContain('13 weeks');

    // Another company's placement: FORBIDDEN, and nothing written.
    const input = await draftInput({ companyId: other.id, taskId: null, draft: null });
    const elsewhere = (await adviser.ok(START, { input })).startPlacement;
    expectError(
      await companyUser.request(PROPOSE, { id: elsewhere.id, v: 1, input: { learningGoals: 'Noget andet' } }),
      'FORBIDDEN',
    );
    expect(await em().count(PlacementAgreement, { placement: elsewhere.id })).toBe(1);
    expect(await em().count(PlacementAgreement, { placement: p.id })).toBe(1);
  });

  it("lets the adviser refuse the company's proposal with a reason: the version before holds, the company reads why", async () => {
    const { input, p } = await agreed();
    const proposed = (
      await companyUser.ok(PROPOSE, {
        id: p.id,
        v: 1,
        input: { hoursPlan: [{ fromWeek: 1, weeklyHours: 30, ordinaryHours: 0 }] },
      })
    ).proposePlacementAgreementChange;
    expect(proposed.agreementVersion).toBe(2);
    // The company does not refuse its own proposal; the adviser refuses it (not withdraws) and says why.
    expectError(
      await companyUser.request(REFUSE, { id: p.id, v: 2, reason: 'Fortrudt' }),
      'BAD_USER_INPUT',
      'agreementVersion',
    );
    expectError(await adviser.request(WITHDRAW, { id: p.id, v: 2 }), 'BAD_USER_INPUT', 'agreementVersion');
    expectError(await adviser.request(REFUSE, { id: p.id, v: 2, reason: ' ' }), 'BAD_USER_INPUT', 'reason');
    const refused = (await adviser.ok(REFUSE, { id: p.id, v: 2, reason: 'Personen har dansk om eftermiddagen' }))
      .refusePlacementAgreement;
    expect(refused).toMatchObject({
      status: 'ACTIVE',
      agreementVersion: 1,
      awaitingApprovalFrom: null,
      pendingAgreement: null,
      hoursPlan: [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }],
    });
    expect(await freeHours(input.candidateId)).toBe(17);
    const seen = (await companyUser.ok(GET, { id: p.id })).placement;
    expect(seen.agreements[0]).toMatchObject({ number: 2, refusalReason: 'Personen har dansk om eftermiddagen' });
    expect(seen.agreements[0].refusedAt).toBeTruthy();
    // The adviser refuses only the company's proposals: its own draft is withdrawn, not refused.
    const draft = (await adviser.ok(START, { input: await draftInput() })).startPlacement;
    expectError(await adviser.request(REFUSE, { id: draft.id, v: 1, reason: 'Nej' }), 'FORBIDDEN');
  });

  it("refuses the company's proposal that takes the person's planned week over 37 hours, in the caller's language", async () => {
    const { input, p } = await agreed();
    // 10 hours of Danish besides the 20-hour placement: 30 hours; week 3 at 30 hours would make it 40.
    const e = em();
    e.create(WeeklyActivity, {
      candidate: input.candidateId,
      kind: ActivityKind.DANISH_CLASS,
      label: 'Dansk',
      weeklyHours: 10,
    });
    await e.flush();
    const over = {
      hoursPlan: [
        { fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 },
        { fromWeek: 3, weeklyHours: 30, ordinaryHours: 5 },
      ],
    };
    const en = expectError(
      await companyEn.request(PROPOSE, { id: p.id, v: 1, input: over }),
      'BAD_USER_INPUT',
      'hoursPlan',
    );
    expect(en.message).toMatch(
      /^With this change the person's planned week would be 40 hours from .+ \(placements 30, activities 10\), over 37 hours: lower the hours in the hours plan, or talk to the job centre about the person's week first\.$/,
    );
    const da = expectError(
      await companyUser.request(PROPOSE, { id: p.id, v: 1, input: over }),
      'BAD_USER_INPUT',
      'hoursPlan',
    );
    expect(da.message).toContain('planlagte uge 40 timer fra');
    expect(da.message).toContain('over 37 timer: sænk timerne i timeplanen');
    expect(await em().count(PlacementAgreement, { placement: p.id })).toBe(1);
    // 27 hours from week 3 fit (37).
    const fits = { hoursPlan: [over.hoursPlan[0]!, { fromWeek: 3, weeklyHours: 27, ordinaryHours: 5 }] };
    expect(
      (await companyUser.ok(PROPOSE, { id: p.id, v: 1, input: fits })).proposePlacementAgreementChange,
    ).toMatchObject({
      agreementVersion: 2,
    });
  });

  it('lets the company withdraw its own waiting proposal: the version before holds, audit-logged; only its own', async () => {
    const { input, p } = await agreed();
    const change = { hoursPlan: [{ fromWeek: 1, weeklyHours: 30, ordinaryHours: 0 }] };
    expect(
      (await companyUser.ok(PROPOSE, { id: p.id, v: 1, input: change })).proposePlacementAgreementChange,
    ).toMatchObject({ agreementVersion: 2, awaitingApprovalFrom: 'JOB_CENTRE' });
    // The version read must be the current one; another company's placement is out of reach.
    expectError(await companyUser.request(WITHDRAW, { id: p.id, v: 1 }), 'CONFLICT');
    const other = await buildCompany(em(), { name: 'Fjerde Lager ApS' });
    const elsewhere = (await adviser.ok(START, { input: await draftInput({ companyId: other.id, taskId: null }) }))
      .startPlacement;
    expectError(await companyUser.request(WITHDRAW, { id: elsewhere.id, v: 1 }), 'FORBIDDEN');
    expect((await em().findOneOrFail(Placement, elsewhere.id, { refresh: true })).status).toBe(PlacementStatus.DRAFT);
    // Refusing its own proposal is not the way: the message says to withdraw it.
    const refuseOwn = expectError(
      await companyEn.request(REFUSE, { id: p.id, v: 2, reason: 'Fortrudt' }),
      'BAD_USER_INPUT',
      'agreementVersion',
    );
    expect(refuseOwn.message).toContain('withdraw the proposal');

    const back = (await companyUser.ok(WITHDRAW, { id: p.id, v: 2, reason: 'Vi har fundet en anden løsning' }))
      .withdrawPlacementAgreement;
    expect(back).toMatchObject({
      status: 'ACTIVE',
      agreementVersion: 1,
      awaitingApprovalFrom: null,
      pendingAgreement: null,
      agreementInForce: { number: 1 },
      hoursPlan: [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }],
    });
    expect(back.agreements[0]).toMatchObject({
      number: 2,
      proposedBy: 'COMPANY',
      refusedAt: null,
      // The company reads its own words.
      withdrawalReason: 'Vi har fundet en anden løsning',
    });
    expect(back.agreements[0].withdrawnAt).toBeTruthy();
    expect(await freeHours(input.candidateId)).toBe(17);
    const audited = await em().find(AuditEntry, {
      subjectId: input.candidateId,
      operation: 'withdrawPlacementAgreement',
    });
    expect(audited.map((a) => [a.allowed, a.purpose])).toEqual([[true, 'version 2 → 1']]);
    // Withdrawn is history: not again, not approved; the next proposal takes a new number.
    expectError(await companyUser.request(WITHDRAW, { id: p.id, v: 2 }), 'CONFLICT');
    expectError(await adviser.request(APPROVE, { id: p.id, v: 2 }), 'CONFLICT');
    const again = (await companyUser.ok(PROPOSE, { id: p.id, v: 1, input: change })).proposePlacementAgreementChange;
    expect(again.agreementVersion).toBe(3);

    // A version the job centre proposed is never the company's to withdraw (it refuses it): FORBIDDEN, audited.
    const d = (await adviser.ok(START, { input: await draftInput() })).startPlacement;
    const denied = expectError(await companyEn.request(WITHDRAW, { id: d.id, v: 1 }), 'FORBIDDEN');
    expect(denied.message).toContain('withdraws its own proposals');
    expect((await adviser.ok(GET, { id: d.id })).placement).toMatchObject({ status: 'DRAFT', agreementVersion: 1 });
  });

  it('moves the start date: directly in a draft, by a version both approve before the start, never into the past or beyond the length', async () => {
    const later = addDays(start, 14);
    const input = await draftInput({ startDate: later, plannedEndDate: addDays(later, 27) });
    const d = (await adviser.ok(START, { input })).startPlacement;

    // Refused with a field error: into the past, after the end, or longer than 13 weeks with the end as agreed.
    const past = expectError(
      await adviser.request(UPDATE, { id: d.id, input: { version: d.version, startDate: addDays(today(), -1) } }),
      'BAD_USER_INPUT',
      'startDate',
    );
    expect(past.message).toContain('overskredet');
    expectError(
      await adviser.request(UPDATE, { id: d.id, input: { version: d.version, startDate: addDays(later, 28) } }),
      'BAD_USER_INPUT',
      'startDate',
    );
    const long = (
      await adviser.ok(UPDATE, { id: d.id, input: { version: d.version, plannedEndDate: addDays(later, 7 * 13 - 1) } })
    ).updatePlacement;
    const tooLong = expectError(
      await adviser.request(UPDATE, { id: d.id, input: { version: long.version, startDate: addDays(later, -7) } }),
      'BAD_USER_INPUT',
      'startDate',
    );
    expect(tooLong.message).toContain('13');
    // Both at once: a start in the past and an end before it.
    const twice = expectError(
      await adviser.request(UPDATE, {
        id: d.id,
        input: { version: long.version, startDate: addDays(today(), -1), learningGoals: '' },
      }),
      'BAD_USER_INPUT',
    );
    expect(((twice.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'learningGoals',
      'startDate',
    ]);

    // A draft: the start moves at once, in version 1.
    const moved = (
      await adviser.ok(UPDATE, { id: d.id, input: { version: long.version, startDate: addDays(later, 7) } })
    ).updatePlacement;
    expect(moved).toMatchObject({ startDate: addDays(later, 7), agreementVersion: 1 });
    expect(moved.agreements[0].terms.startDate).toBe(addDays(later, 7));

    // Agreed by both and not started: the move is a version both approve; until then the old start holds.
    await companyUser.ok(APPROVE, { id: d.id, v: 1 });
    const active = (await adviser.ok(APPROVE, { id: d.id, v: 1 })).approvePlacementAgreement;
    const v2 = (await companyUser.ok(PROPOSE, { id: d.id, v: 1, input: { startDate: later } }))
      .proposePlacementAgreementChange;
    expect(v2).toMatchObject({ startDate: addDays(later, 7), agreementVersion: 2 });
    const done = (await adviser.ok(APPROVE, { id: d.id, v: 2 })).approvePlacementAgreement;
    expect(done).toMatchObject({ startDate: later, agreementInForce: { number: 2 } });
    expect(active.status).toBe('ACTIVE');

    // Once started, the start stays.
    const thisWeek = weekStart(today());
    const { p: running } = await agreed({ startDate: thisWeek, plannedEndDate: addDays(thisWeek, 27) });
    const started = expectError(
      await adviser.request(UPDATE, {
        id: running.id,
        input: { version: running.version, startDate: addDays(today(), 7) },
      }),
      'BAD_USER_INPUT',
      'startDate',
    );
    expect(started.message).toContain('startede');
  });

  it('refuses to withdraw the first version of a placement that runs', async () => {
    const p = (await adviser.ok(START, { input: await draftInput({ draft: null }) })).startPlacement;
    const e = expectError(await adviser.request(WITHDRAW, { id: p.id, v: 1 }), 'BAD_USER_INPUT', 'agreementVersion');
    expect(e.message).toContain('afslut');
    expect((await adviser.ok(GET, { id: p.id })).placement.status).toBe('ACTIVE');
  });
});
