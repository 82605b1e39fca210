import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/src/features/audit/audit-entry.entity.js';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { Candidate } from '../../server/src/features/candidates/candidate.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { todayInDenmark as today } from '../../server/src/shared/clock.js';
import { addDays, weekStart } from '../../server/src/shared/dates.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { buildCandidate, buildCompany, buildTask, buildUser } from '../setup/factories.js';
import type { GqlClient } from '../setup/test-app.js';

/** Issue 16.5: the progression ladder, moved by events over HTTP and counted on the dashboard. */
const LADDER = `ladderStep { key label position }
  ladderHistory { date event placementId fromStep { key } toStep { key label } }`;
const GET = `query($id: ID!) { candidate(id: $id) { id ${LADDER} } }`;
const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id } }`;
const FOLLOW_UP = `mutation($id: ID!, $input: FollowUpInput!) { recordFollowUp(placementId: $id, input: $input) { id } }`;
const END = `mutation($id: ID!, $conversion: ConversionInput) {
  endPlacement(placementId: $id, outcome: CONVERTED_TO_ORDINARY_HOURS, conversion: $conversion) { id status } }`;
const LADDER_MIGRATION = 'Migration20261206215000';
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
  let t: DemoApp;
  let adviser: GqlClient;
  let adviserEn: GqlClient;
  let consultant: GqlClient;
  let company: Company;
  let other: Company;
  let amina: Candidate;
  let taskId: string;
  let internshipId: string;
  const em = () => t.em();
  const userOf = (role: Role) => t.userOf(role);
  // Four weeks ago on a Monday: follow-ups fall between the start and today whatever today is.
  const start = addDays(weekStart(today()), -28);
  const ladderOf = async (client: GqlClient, id: string) =>
    (await client.ok<{ candidate: Ladder }>(GET, { id })).candidate;
  const plan = [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 }];

  beforeAll(async () => {
    t = await createDemoApp();
    ({ company } = t);
    const e = em();
    amina = await buildCandidate(e, { adviser: userOf(Role.ADVISER).id, firstName: 'Amina' });
    await buildCandidate(e, { adviser: userOf(Role.ADVISER).id, firstName: 'Bilal' });
    other = await buildCompany(e, { industry: '56', name: 'Kantinen ApS' });
    taskId = (await buildTask(e, company.id)).id;
    [adviser, adviserEn, consultant] = await Promise.all([
      t.as(Role.ADVISER),
      t.as(Role.ADVISER, 'en'),
      t.as(Role.CONSULTANT),
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
    // Internship → ordinary hours → job: she never stood on the wage subsidy step.
    const skipped = await adviser.ok<{ candidate: { ladderSkipped: { key: string; label: string }[] } }>(
      'query($id: ID!) { candidate(id: $id) { ladderSkipped { key label } } }',
      { id: amina.id },
    );
    expect(skipped.candidate.ladderSkipped).toEqual([{ key: 'SUBSIDISED', label: 'Løntilskud/IGU' }]);
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

  it('the own adviser corrects a step by hand with a reason: checked field by field, marked, audit-logged', async () => {
    const CORRECT = `mutation($id: ID!, $input: CorrectLadderStepInput!) {
      correctLadderStep(candidateId: $id, input: $input) { id version ladderStep { key } ladderSkipped { key } } }`;
    const bilal = await em().findOneOrFail(Candidate, { firstName: 'Bilal' });
    const input = { version: bilal.version, step: 'SUBSIDISED', reason: 'Har haft løntilskud i en anden kommune' };
    const unchanged = async () => {
      const c = await em().findOneOrFail(Candidate, bilal.id);
      expect([c.ladderStep, c.version]).toEqual([bilal.ladderStep, bilal.version]);
    };
    // Bad input names its field, with a message a person can act on; nothing is written.
    const bad = async (over: Record<string, unknown>, field: string, client = adviser) => {
      const r = await client.request(CORRECT, { id: bilal.id, input: { ...input, ...over } });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      return r.errors![0]!.message;
    };
    expect(await bad({ reason: '  ' }, 'reason')).toBe('Begrundelse må ikke være tom.');
    expect(await bad({ reason: '' }, 'reason', adviserEn)).toBe('Reason cannot be empty.');
    expect(await bad({ reason: 'x'.repeat(1001) }, 'reason')).toBe('Begrundelse må højst være 1.000 tegn.');
    expect(await bad({ step: 'MOON' }, 'step')).toBe(
      'Trinnet MOON findes ikke på progressionstrappen. Vælg et af: Afklaring, Virksomhedspraktik, Løntilskud/IGU, Ordinære timer, Ordinært job.',
    );
    expect(await bad({ step: 'ASSESSMENT' }, 'step')).toBe(
      'Bilal står allerede på trinnet Afklaring. Vælg et andet trin.',
    );
    expect(await bad({ step: 'ASSESSMENT' }, 'step', adviserEn)).toBe(
      'Bilal is already on the step Assessment. Choose another step.',
    );
    await unchanged();

    // Only the person's own adviser: another adviser, the admin and the consultant are refused.
    const otherAdviser = await buildUser(em(), Role.ADVISER);
    const refusers = await Promise.all([
      t.client().login(otherAdviser.email),
      t.client().login('admin@demo.dk'),
      consultant,
    ]);
    for (const client of refusers) {
      const r = await client.request(CORRECT, { id: bilal.id, input });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const otherSays = await refusers[0]!.request(CORRECT, { id: bilal.id, input });
    expect(otherSays.errors?.[0]?.message).toBe(
      'Kun personens egen jobrådgiver kan rette trinnet på progressionstrappen.',
    );
    await unchanged();
    // The other adviser's attempts reached the person and are logged as refused (the gate stops the others).
    const refusedRows = await em().find(AuditEntry, { subjectId: bilal.id, operation: 'correctLadderStep' });
    expect(refusedRows.map((a) => [a.allowed, a.actorId])).toEqual([
      [false, otherAdviser.id],
      [false, otherAdviser.id],
    ]);

    const dayBefore = today();
    const done = await adviser.ok<{
      correctLadderStep: { version: number; ladderStep: { key: string }; ladderSkipped: { key: string }[] };
    }>(CORRECT, { id: bilal.id, input });
    const dayAfter = today();
    expect(done.correctLadderStep.ladderStep.key).toBe('SUBSIDISED');
    // Up past the internship without standing on it: that step is skipped.
    expect(done.correctLadderStep.ladderSkipped).toEqual([{ key: 'INTERNSHIP' }]);
    const l = await adviser.ok<{
      candidate: Ladder & { ladderHistory: { reason: string | null; correctedBy: string | null }[] };
    }>(
      `query($id: ID!) { candidate(id: $id) { ladderStep { key } ladderHistory { date event reason correctedBy
        fromStep { key } toStep { key } } } }`,
      { id: bilal.id },
    );
    expect(l.candidate.ladderHistory).toHaveLength(1);
    expect([dayBefore, dayAfter]).toContain(l.candidate.ladderHistory[0]!.date);
    expect(l.candidate.ladderHistory[0]).toMatchObject({
      event: 'CORRECTED',
      reason: 'Har haft løntilskud i en anden kommune',
      correctedBy: userOf(Role.ADVISER).name,
      fromStep: { key: 'ASSESSMENT' },
      toStep: { key: 'SUBSIDISED' },
    });
    // One allowed audit row with the move, in the reader's language.
    const rows = await em().find(AuditEntry, { subjectId: bilal.id, operation: 'correctLadderStep', allowed: true });
    expect(rows.map((a) => [a.actorId, a.action, a.purpose])).toEqual([
      [userOf(Role.ADVISER).id, 'UPDATE', 'ladder: ASSESSMENT -> SUBSIDISED'],
    ]);
    // The version read before is stale now: CONFLICT, and nothing changes.
    const stale = await adviser.request(CORRECT, { id: bilal.id, input: { ...input, step: 'INTERNSHIP' } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await ladderOf(adviser, bilal.id)).ladderStep?.key).toBe('SUBSIDISED');
    // Down works too (a mistake undone): nothing below assessment to skip, and the history keeps both.
    const down = await adviser.ok<{ correctLadderStep: { ladderStep: { key: string }; ladderSkipped: unknown[] } }>(
      CORRECT,
      {
        id: bilal.id,
        input: { version: done.correctLadderStep.version, step: 'ASSESSMENT', reason: 'Fejl: det var en praktik' },
      },
    );
    expect(down.correctLadderStep).toMatchObject({ ladderStep: { key: 'ASSESSMENT' }, ladderSkipped: [] });
    expect((await ladderOf(adviser, bilal.id)).ladderHistory.map((h) => h.event)).toEqual(['CORRECTED', 'CORRECTED']);
    // The consultant does not see the case work.
    const consultantOnly = await consultant.request(
      'query($id: ID!) { candidate(id: $id) { ladderSkipped { key } } }',
      { id: bilal.id },
    );
    expect(consultantOnly.data).toEqual({ candidate: { ladderSkipped: [] } });
  });

  it('an existing database gets its ladder history from the migration, in plain SQL by the ladder’s rule', async () => {
    const conn = t.runtime.orm.em.getConnection();
    const stepsNow = async () =>
      new Map(
        (
          await conn.execute<{ id: string; step: string | null }[]>('select id, ladder_step as step from candidate')
        ).map((r) => [r.id, r.step]),
      );
    const historyOf = async (id: string) =>
      (await ladderOf(adviser, id)).ladderHistory.map(({ date, event, placementId, fromStep, toStep }) => ({
        date,
        event,
        placementId,
        from: fromStep.key,
        to: toStep.key,
      }));
    const amina0 = await historyOf(amina.id);
    expect(amina0.length).toBeGreaterThan(1);
    const stepsBefore = await stepsNow();
    // A database from before the ladder: no steps, no history (the people and their placements are there).
    await conn.execute('delete from ladder_entry');
    await conn.execute('update candidate set ladder_step = null');

    // The migration path, as a deployment runs it: the ladder migration applied again.
    const migrator = t.runtime.orm.getMigrator();
    await migrator.down({ migrations: [LADDER_MIGRATION] });
    expect(await migrator.getPendingMigrations()).toEqual([expect.objectContaining({ name: LADDER_MIGRATION })]);
    await migrator.up({ migrations: [LADDER_MIGRATION] });
    expect(await migrator.getPendingMigrations()).toEqual([]);

    // Amina's history played from her placements, follow-ups and conversion, as the events had written it.
    expect(await historyOf(amina.id)).toEqual(amina0);
    const steps = await stepsNow();
    expect(steps.get(amina.id)).toBe(stepsBefore.get(amina.id));
    // Bilal has nothing to play (his steps were corrections by hand): null, read as the first step.
    const bilal = await em().findOneOrFail(Candidate, { firstName: 'Bilal' });
    expect(steps.get(bilal.id)).toBeNull();
    expect((await ladderOf(adviser, bilal.id)).ladderStep?.key).toBe('ASSESSMENT');
    // Run once more, it changes nothing (people with history are left alone).
    await migrator.down({ migrations: [LADDER_MIGRATION] });
    await migrator.up({ migrations: [LADDER_MIGRATION] });
    expect(await historyOf(amina.id)).toEqual(amina0);
    // The CORRECTED event and the reason column are back after the round trip.
    const CORRECT = `mutation($id: ID!, $input: CorrectLadderStepInput!) {
      correctLadderStep(candidateId: $id, input: $input) { ladderStep { key } } }`;
    const again = await adviser.ok<{ correctLadderStep: { ladderStep: { key: string } } }>(CORRECT, {
      id: bilal.id,
      input: { version: bilal.version, step: 'INTERNSHIP', reason: 'Praktik i en anden kommune' },
    });
    expect(again.correctLadderStep.ladderStep.key).toBe('INTERNSHIP');
  });
});
