import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { Role, type User } from '../../server/src/features/auth/user.entity.js';
import type { Candidate } from '../../server/src/features/candidates/candidate.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { todayInDenmark as today } from '../../server/src/shared/clock.js';
import { addDays, weekStart } from '../../server/src/shared/dates.js';
import { placementsMakeCandidate, placementsMakeCompany, placementsMakeTask } from '../setup/factories.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';

/** Issue 16.5: the progression ladder, moved by events over HTTP and counted on the dashboard. */
const LADDER = `ladderStep { key label position }
  ladderHistory { date event placementId fromStep { key } toStep { key label } }`;
const GET = `query($id: ID!) { candidate(id: $id) { id ${LADDER} } }`;
const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id } }`;
const FOLLOW_UP = `mutation($id: ID!, $input: FollowUpInput!) { recordFollowUp(placementId: $id, input: $input) { id } }`;
const END = `mutation($id: ID!, $conversion: ConversionInput) {
  endPlacement(placementId: $id, outcome: CONVERTED_TO_ORDINARY_HOURS, conversion: $conversion) { id status } }`;
const DASHBOARD = `query { dashboard { candidatesActive ladder { step { key label position } count } } }`;

interface Ladder {
  ladderStep: { key: string; label: string; position: number } | null;
  ladderHistory: {
    date: string;
    event: string;
    placementId: string | null;
    fromStep: { key: string };
    toStep: { key: string; label: string };
  }[];
}

describe('the progression ladder over HTTP', () => {
  let t: TestApp;
  let adviser: GqlClient;
  let adviserEn: GqlClient;
  let consultant: GqlClient;
  let users: User[];
  let company: Company;
  let other: Company;
  let amina: Candidate;
  let taskId: string;
  let internshipId: string;
  const em = () => t.runtime.orm.em.fork();
  const userOf = (role: Role) => users.find((u) => u.role === role)!;
  // Four weeks ago on a Monday: follow-ups fall between the start and today whatever today is.
  const start = addDays(weekStart(today()), -28);
  const ladderOf = async (client: GqlClient, id: string) =>
    (await client.ok<{ candidate: Ladder }>(GET, { id })).candidate;
  const plan = [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }];

  beforeAll(async () => {
    t = await createTestApp();
    ({ users, company } = await seedDemoUsers(em()));
    const e = em();
    amina = await placementsMakeCandidate(e, { adviserId: userOf(Role.ADVISER).id, firstName: 'Amina' });
    await placementsMakeCandidate(e, { adviserId: userOf(Role.ADVISER).id, firstName: 'Bilal' });
    other = await placementsMakeCompany(e, { industry: '56', name: 'Kantinen ApS' });
    taskId = (await placementsMakeTask(e, company.id)).id;
    [adviser, adviserEn, consultant] = await Promise.all([
      t.client().login('raadgiver@demo.dk'),
      t.client().in('en').login('raadgiver@demo.dk'),
      t.client().login('konsulent@demo.dk'),
    ]);
  });
  afterAll(() => t?.close());

  it('lists the configured ladder, lowest step first, in the caller’s language', async () => {
    const da = await adviser.ok<{ ladderSteps: { key: string; label: string; position: number }[] }>(
      '{ ladderSteps { key label position } }',
    );
    expect(da.ladderSteps.map((s) => s.key)).toEqual([
      'ASSESSMENT',
      'INTERNSHIP',
      'SUBSIDISED',
      'ORDINARY_HOURS',
      'ORDINARY_JOB',
    ]);
    expect(da.ladderSteps[0]).toEqual({ key: 'ASSESSMENT', label: 'Afklaring', position: 1 });
    const en = await adviserEn.ok<{ ladderSteps: { label: string }[] }>('{ ladderSteps { label } }');
    expect(en.ladderSteps[4]!.label).toBe('Ordinary job');
  });

  it('puts a new person on the first step with no history', async () => {
    expect(await ladderOf(adviser, amina.id)).toMatchObject({
      ladderStep: { key: 'ASSESSMENT', label: 'Afklaring', position: 1 },
      ladderHistory: [],
    });
  });

  it('moves the person to the internship step when an internship starts', async () => {
    const r = await adviser.ok<{ startPlacement: { id: string } }>(START, {
      input: {
        candidateId: amina.id,
        companyId: company.id,
        taskId,
        type: 'INTERNSHIP',
        startDate: start,
        plannedEndDate: addDays(start, 27),
        hoursPlan: plan,
        learningGoals: 'Varemodtagelse',
      },
    });
    internshipId = r.startPlacement.id;
    const l = await ladderOf(adviser, amina.id);
    expect(l.ladderStep).toMatchObject({ key: 'INTERNSHIP', position: 2 });
    expect(l.ladderHistory).toEqual([
      {
        date: start,
        event: 'PLACEMENT_STARTED',
        placementId: internshipId,
        fromStep: { key: 'ASSESSMENT' },
        toStep: { key: 'INTERNSHIP', label: 'Virksomhedspraktik' },
      },
    ]);
  });

  it('leaves the step on a follow-up without ordinary hours, and moves to ordinary hours when some are recorded', async () => {
    const followUp = (date: string, ordinaryHours: number) =>
      adviser.ok(FOLLOW_UP, {
        id: internshipId,
        input: { date, attendedHours: 20, ordinaryHours, absenceDays: 0, progress: 4, note: '' },
      });
    await followUp(addDays(start, 7), 0);
    expect((await ladderOf(adviser, amina.id)).ladderStep?.key).toBe('INTERNSHIP');
    await followUp(addDays(start, 14), 4);
    const l = await ladderOf(adviser, amina.id);
    expect(l.ladderStep?.key).toBe('ORDINARY_HOURS');
    expect(l.ladderHistory[0]).toMatchObject({
      date: addDays(start, 14),
      event: 'ORDINARY_HOURS_RECORDED',
      fromStep: { key: 'INTERNSHIP' },
      toStep: { key: 'ORDINARY_HOURS' },
    });
  });

  it('never moves a person down: a wage subsidy after ordinary hours leaves the step', async () => {
    await adviser.ok(START, {
      input: {
        candidateId: amina.id,
        companyId: other.id,
        type: 'WAGE_SUBSIDY',
        startDate: addDays(start, 21),
        plannedEndDate: addDays(start, 21 + 90),
        hoursPlan: [{ fromWeek: 1, weeklyHours: 10, ordinaryHours: 0 }],
      },
    });
    const l = await ladderOf(adviser, amina.id);
    expect(l.ladderStep?.key).toBe('ORDINARY_HOURS');
    expect(l.ladderHistory).toHaveLength(2);
  });

  it('moves to an ordinary job on conversion, dated the job’s first day', async () => {
    const jobStart = addDays(today(), 7);
    await adviser.ok(END, {
      id: internshipId,
      conversion: { weeklyHours: 25, hourlyWage: 160, startDate: jobStart },
    });
    const l = await ladderOf(adviser, amina.id);
    expect(l.ladderStep).toMatchObject({ key: 'ORDINARY_JOB', position: 5 });
    expect(l.ladderHistory.map((h) => h.toStep.key)).toEqual(['ORDINARY_JOB', 'ORDINARY_HOURS', 'INTERNSHIP']);
    expect(l.ladderHistory[0]).toMatchObject({ date: jobStart, event: 'CONVERTED', placementId: internshipId });
  });

  it('shows the step and history to the adviser only, not to a consultant', async () => {
    // A consenting person's matching profile: the consultant reads the person, not the case work.
    const l = await ladderOf(consultant, amina.id);
    expect(l.ladderStep).toBeNull();
    expect(l.ladderHistory).toEqual([]);
  });

  it('counts the people per step on the dashboard, every step listed', async () => {
    const d = await adviser.ok<{
      dashboard: { candidatesActive: number; ladder: { step: { key: string; position: number }; count: number }[] };
    }>(DASHBOARD);
    expect(d.dashboard.ladder.map((r) => [r.step.key, r.count])).toEqual([
      ['ASSESSMENT', 1],
      ['INTERNSHIP', 0],
      ['SUBSIDISED', 0],
      ['ORDINARY_HOURS', 0],
      ['ORDINARY_JOB', 1],
    ]);
    expect(d.dashboard.ladder.reduce((s, r) => s + r.count, 0)).toBe(d.dashboard.candidatesActive);
  });
});
