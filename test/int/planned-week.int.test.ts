import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/src/features/audit/audit-entry.entity.js';
import { Role } from '../../server/src/features/auth/user.entity.js';
import type { Candidate } from '../../server/src/features/candidates/candidate.entity.js';
import { WeekException } from '../../server/src/features/candidates/week-exception.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { Placement } from '../../server/src/features/placements/placement.entity.js';
import { todayInDenmark as today } from '../../server/src/shared/clock.js';
import { addDays, weekStart } from '../../server/src/shared/dates.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { buildCandidate, buildTask } from '../setup/factories.js';
import { expectError, type GqlClient } from '../setup/test-app.js';

/** Issue 16.3: the planned week (placements + activities) against full time and the hour goal. */
const WEEK = `plannedWeek { total goal gap belowGoal peakTotal peakFrom fullTimeHours overFullTime
  exception { weekHours fullTimeHours weekFrom reason operation confirmedByName } }`;
const GET = `query($id: ID!) { candidate(id: $id) { id version ${WEEK} } }`;
const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id version } }`;
const UPDATE_PLACEMENT = `mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id version } }`;
const UPDATE_CANDIDATE = `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id version ${WEEK} } }`;

describe('the planned week within the obligation over HTTP', () => {
  let t: DemoApp;
  let adviser: GqlClient;
  let adviserEn: GqlClient;
  let consultant: GqlClient;
  let company: Company;
  let amina: Candidate;
  let taskId: string;
  const em = () => t.em();
  const userOf = (role: Role) => t.userOf(role);
  // Started last Monday: this week is week 2 of the placement (nothing depends on today's weekday).
  const start = addDays(weekStart(today()), -7);
  const steady = (hours: number) => [{ fromWeek: 1, weeklyHours: hours, ordinaryHours: 0 }];
  const startInput = (over: Record<string, unknown> = {}) => ({
    candidateId: amina.id,
    companyId: company.id,
    taskId,
    // 12 weeks: a wage subsidy (an internship is agreed for at most 4 weeks, configuration placementMaxWeeks).
    type: 'WAGE_SUBSIDY',
    startDate: start,
    plannedEndDate: addDays(start, 12 * 7),
    hoursPlan: steady(37),
    learningGoals: 'Varemodtagelse',
    ...over,
  });
  const version = async (id: string) =>
    ((await adviser.request(GET, { id })).data as { candidate: { version: number } }).candidate.version;
  const week = async (id: string) =>
    ((await adviser.request(GET, { id })).data as { candidate: { plannedWeek: Record<string, unknown> } }).candidate
      .plannedWeek;
  const danish = (hours: number) => [{ kind: 'DANISH_CLASS', label: 'Danskuddannelse 2', weeklyHours: hours }];

  beforeAll(async () => {
    t = await createDemoApp();
    ({ company } = t);
    const e = em();
    amina = await buildCandidate(e, { adviser: userOf(Role.ADVISER).id, firstName: 'Amina' });
    taskId = (await buildTask(e, company.id)).id;
    [adviser, adviserEn, consultant] = await Promise.all([
      t.as(Role.ADVISER),
      t.as(Role.ADVISER, 'en'),
      t.as(Role.CONSULTANT),
    ]);
    const r = await adviser.request(UPDATE_CANDIDATE, {
      id: amina.id,
      input: { version: await version(amina.id), weeklyActivities: danish(9) },
    });
    expect(r.errors).toBeUndefined();
  });
  afterAll(() => t?.close());

  it('warns on the page while the week is below the hour goal', async () => {
    expect(await week(amina.id)).toMatchObject({
      total: 9,
      goal: 37,
      gap: 28,
      belowGoal: true,
      peakTotal: 9,
      overFullTime: false,
      exception: null,
    });
  });

  it('refuses a 37-hour internship beside 9 hours of Danish, saying the numbers, in Danish and English; nothing is written', async () => {
    const da = expectError(
      await adviser.request(START, { input: startInput() }),
      'BAD_USER_INPUT',
      'hoursPlan',
    ).message;
    expect(da).toContain('46 timer');
    expect(da).toContain('9 timer over 37');
    expect(da).toContain('undtagelse');
    const en = expectError(
      await adviserEn.request(START, { input: startInput() }),
      'BAD_USER_INPUT',
      'hoursPlan',
    ).message;
    expect(en).toContain('46 hours');
    expect(en).toContain('9 hours over 37');
    expect(en).toContain('exception with a reason');
    expect(await em().count(Placement, { candidate: amina.id })).toBe(0);
  });

  it('refuses a plan that only later rises above full time (the heaviest week ahead counts)', async () => {
    const plan = [
      { fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 },
      { fromWeek: 6, weeklyHours: 30, ordinaryHours: 0 },
    ];
    const message = expectError(
      await adviser.request(START, { input: startInput({ hoursPlan: plan }) }),
      'BAD_USER_INPUT',
      'hoursPlan',
    ).message;
    expect(message).toContain('39 timer');
    expect(await em().count(Placement, { candidate: amina.id })).toBe(0);
  });

  it('does not let a consultant confirm the exception: only the adviser answers for the week', async () => {
    const r = await consultant.request(START, { input: startInput({ weekExceptionReason: 'Travlt lager' }) });
    expect(expectError(r, 'BAD_USER_INPUT', 'weekExceptionReason').message).toContain('Kun personens rådgiver');
    expect(await em().count(Placement, { candidate: amina.id })).toBe(0);
    expect(await em().count(WeekException, { candidate: amina.id })).toBe(0);
  });

  let placementId: string;
  it("allows it as the adviser's exception with a reason: stored, audit-logged and shown", async () => {
    const r = await adviser.request(START, {
      input: startInput({ weekExceptionReason: 'Intensivt danskforløb de sidste uger før prøven' }),
    });
    expect(r.errors).toBeUndefined();
    placementId = (r.data as { startPlacement: { id: string } }).startPlacement.id;
    expect(await week(amina.id)).toMatchObject({
      total: 46,
      belowGoal: false,
      gap: 0,
      peakTotal: 46,
      fullTimeHours: 37,
      overFullTime: true,
      exception: {
        weekHours: 46,
        fullTimeHours: 37,
        reason: 'Intensivt danskforløb de sidste uger før prøven',
        operation: 'startPlacement',
        confirmedByName: userOf(Role.ADVISER).name,
      },
    });
    const audited = await em().find(AuditEntry, { subjectId: amina.id, operation: 'weekException' });
    expect(audited).toHaveLength(1);
    expect(audited[0]!.actorId).toBe(userOf(Role.ADVISER).id);
  });

  it('lets a change that does not make the week heavier through without asking again', async () => {
    const r = await adviser.request(UPDATE_PLACEMENT, {
      id: placementId,
      input: { version: 1, mentorName: 'Jens Mentor' },
    });
    expect(r.errors).toBeUndefined();
    const lighter = await adviser.request(UPDATE_PLACEMENT, {
      id: placementId,
      input: { version: 2, hoursPlan: steady(32) },
    });
    expect(lighter.errors).toBeUndefined();
    expect(await em().count(WeekException, { candidate: amina.id })).toBe(1);
  });

  it('refuses a change of the plan that makes an over-full week heavier again', async () => {
    const r = await adviser.request(UPDATE_PLACEMENT, {
      id: placementId,
      input: { version: 3, hoursPlan: steady(35) },
    });
    expect(expectError(r, 'BAD_USER_INPUT', 'hoursPlan').message).toContain('44 timer');
    const p = await em().findOneOrFail(Placement, placementId);
    expect(p.hoursPlan[0]!.weeklyHours).toBe(32);
  });

  it('checks activities the same way: more Danish on top of the placement is refused, then allowed with a reason', async () => {
    const more = danish(9).concat([{ kind: 'OTHER', label: 'Sundhedsforløb', weeklyHours: 4 }]);
    const refused = await adviser.request(UPDATE_CANDIDATE, {
      id: amina.id,
      input: { version: await version(amina.id), weeklyActivities: more },
    });
    expect(expectError(refused, 'BAD_USER_INPUT', 'weeklyActivities').message).toContain('45 timer');
    expect((await week(amina.id)).total).toBe(41);

    const allowed = await adviser.request(UPDATE_CANDIDATE, {
      id: amina.id,
      input: { version: await version(amina.id), weeklyActivities: more, weekExceptionReason: 'Genoptræning aftalt' },
    });
    expect(allowed.errors).toBeUndefined();
    expect(await week(amina.id)).toMatchObject({
      total: 45,
      overFullTime: true,
      exception: { weekHours: 45, operation: 'updateCandidate', reason: 'Genoptræning aftalt' },
    });
  });

  it('drops the warning and the exception from the page once the week is back within full time', async () => {
    const r = await adviser.request(UPDATE_CANDIDATE, {
      id: amina.id,
      input: { version: await version(amina.id), weeklyActivities: [] },
    });
    expect(r.errors).toBeUndefined();
    expect(await week(amina.id)).toMatchObject({ total: 32, belowGoal: true, overFullTime: false, exception: null });
  });
});
