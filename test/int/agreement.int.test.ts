import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { Role, type User } from '../../server/src/features/auth/user.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { Placement, PlacementAgreement } from '../../server/src/features/placements/placement.entity.js';
import { TaskStatus, UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { todayInDenmark as today } from '../../server/src/shared/clock.js';
import { addDays, weekStart } from '../../server/src/shared/dates.js';
import { placementsMakeCandidate, placementsMakeTask } from '../setup/factories.js';
import { createTestApp, type GqlClient, type GqlResult, type TestApp } from '../setup/test-app.js';

const FIELDS = `id status version agreementVersion awaitingApprovalFrom plannedEndDate mentorName learningGoals
  hoursPlan { fromWeek weeklyHours ordinaryHours }
  agreements { number companyApprovedAt adviserApprovedAt terms { startDate plannedEndDate learningGoals mentorName hoursPlan { fromWeek weeklyHours } } }`;
const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $v: Int!) { approvePlacementAgreement(placementId: $id, agreementVersion: $v) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { placement(id: $id) { ${FIELDS} } }`;

function expectError(r: GqlResult, code: string, field?: string) {
  expect(r.errors, JSON.stringify(r.data)).toBeDefined();
  const e = r.errors![0]!;
  expect(e.extensions?.code, e.message).toBe(code);
  if (field) expect(e.extensions?.field, e.message).toBe(field);
  return e;
}

describe('placement agreements with three parties over HTTP', () => {
  let t: TestApp;
  let adviser: GqlClient;
  let consultant: GqlClient;
  let companyUser: GqlClient;
  let companyEn: GqlClient;
  let users: User[];
  let company: Company;
  const em = () => t.runtime.orm.em.fork();
  const userOf = (role: Role) => users.find((u) => u.role === role)!;
  const start = addDays(weekStart(today()), 7);

  async function draftInput(over: Record<string, unknown> = {}) {
    const p = await placementsMakeCandidate(em(), {
      adviserId: userOf(Role.ADVISER).id,
      firstName: `Aftale${Math.random().toString(36).slice(2, 6)}`,
    });
    const task = await placementsMakeTask(em(), company.id);
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
    t = await createTestApp();
    ({ users, company } = await seedDemoUsers(em()));
    [adviser, consultant, companyUser, companyEn] = await Promise.all([
      t.client().login('raadgiver@demo.dk'),
      t.client().login('konsulent@demo.dk'),
      t.client().login('virksomhed@demo.dk'),
      t.client().in('en').login('virksomhed@demo.dk'),
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

    await companyUser.ok(APPROVE, { id: d.id, v: 1 });
    await adviser.ok(APPROVE, { id: d.id, v: 1 });
    const active = (await adviser.ok(GET, { id: d.id })).placement;

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

    // Approving the old version is a stale read.
    const stale = await companyUser.request(APPROVE, { id: d.id, v: 1 });
    expectError(stale, 'CONFLICT');
    await companyUser.ok(APPROVE, { id: d.id, v: 2 });
    const done = (await adviser.ok(APPROVE, { id: d.id, v: 2 })).approvePlacementAgreement;
    expect(done.awaitingApprovalFrom).toBeNull();
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
});
