import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/src/features/audit/audit-entry.entity.js';
import { Role } from '../../server/src/features/auth/user.entity.js';
import {
  Candidate,
  CandidateCompetence,
  Evidence,
  ResidenceCategory,
} from '../../server/src/features/candidates/candidate.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { IguSlot, IguSlotStatus } from '../../server/src/features/igu-slots/igu-slot.entity.js';
import { FollowUp, Placement, PlacementStatus } from '../../server/src/features/placements/placement.entity.js';
import { TaskStatus, UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { todayInDenmark as today } from '../../server/src/shared/clock.js';
import { addDays, isoWeek, weekStart } from '../../server/src/shared/dates.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import {
  buildCandidate,
  buildCompany,
  buildIguSlot,
  buildPlacement,
  buildTask,
  buildUser,
} from '../setup/factories.js';
import { expectError, type GqlClient } from '../setup/test-app.js';

const PLACEMENT_FIELDS = `
  id status type startDate plannedEndDate endDate outcome outcomeNote version mentorName learningGoals
  hoursPlan { fromWeek weeklyHours ordinaryHours }
  candidateFirstName
  candidate { id firstName }
  company { id name }
  task { id status statusReason }
  iguSlot { id status }
  weekNumber
  currentPlannedHours { fromWeek weeklyHours ordinaryHours }
  latestFollowUp { id date ordinaryHours }
  nextFollowUpDue
  followUps { id date attendedHours ordinaryHours absenceDays progress note nextFollowUpDate }
`;
const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { ${PLACEMENT_FIELDS} } }`;
const FOLLOW_UP = `mutation($id: ID!, $input: FollowUpInput!) {
  recordFollowUp(placementId: $id, input: $input) { id date attendedHours ordinaryHours absenceDays progress note nextFollowUpDate }
}`;
const END = `mutation($id: ID!, $outcome: PlacementOutcome!, $note: String, $endDate: Date, $conversion: ConversionInput) {
  endPlacement(placementId: $id, outcome: $outcome, note: $note, endDate: $endDate, conversion: $conversion) {
    ${PLACEMENT_FIELDS} conversion { weeklyHours hourlyWage startDate }
  }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { ${PLACEMENT_FIELDS} } }`;
const GET = `query($id: ID!) { placement(id: $id) { ${PLACEMENT_FIELDS} } }`;
const LIST = `query($filter: PlacementFilter, $first: Int, $after: String) {
  placements(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id status type candidateFirstName candidate { id } company { id } } }
  }
}`;
const HOURS = `query($id: ID!) { hoursProgress(candidateId: $id) { week weekStart plannedHours plannedOrdinaryHours attendedHours ordinaryHours } }`;

describe('placements over HTTP', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let consultant: GqlClient;
  let adviser: GqlClient;
  let otherAdviser: GqlClient;
  let companyUser: GqlClient;
  let demoCompany: Company;
  let otherCompany: Company;
  let amina: Candidate;
  let bilal: Candidate;
  let taskId: string;
  let otherTaskId: string;
  let competenceIds: string[];
  let placementId: string;
  const em = () => t.em();
  const userOf = (role: Role) => t.userOf(role);

  // Monday three weeks ago: the placement runs in this week and the three before it.
  const t0 = today();
  const start = addDays(weekStart(t0), -21);
  const plan = [
    { fromWeek: 1, weeklyHours: 15, ordinaryHours: 0 },
    { fromWeek: 2, weeklyHours: 20, ordinaryHours: 5 },
    { fromWeek: 3, weeklyHours: 25, ordinaryHours: 10 },
  ];
  const startInput = (over: Record<string, unknown> = {}) => ({
    candidateId: amina.id,
    companyId: demoCompany.id,
    taskId,
    type: 'INTERNSHIP',
    startDate: start,
    // Virksomhedspraktik: agreed for at most 4 weeks (configuration), extendable to 13.
    plannedEndDate: addDays(start, 4 * 7 - 1),
    hoursPlan: plan,
    mentorName: 'Jens Mentor',
    learningGoals: 'Varemodtagelse med håndscanner; truckcertifikat',
    ...over,
  });
  const followUpInput = (over: Record<string, unknown> = {}) => ({
    date: addDays(start, 3),
    attendedHours: 15,
    ordinaryHours: 0,
    absenceDays: 0,
    progress: 3,
    note: 'God start',
    nextFollowUpDate: addDays(start, 10),
    ...over,
  });
  const countPlacements = () => em().count(Placement, {});
  const countFollowUps = () => em().count(FollowUp, {});

  beforeAll(async () => {
    t = await createDemoApp();
    ({ company: demoCompany } = t);
    const e = em();
    const other = await buildUser(e, Role.ADVISER, { email: 'anden.raadgiver@test.dk' });
    amina = await buildCandidate(e, { adviser: userOf(Role.ADVISER).id, firstName: 'Amina' });
    bilal = await buildCandidate(e, { adviser: other.id, firstName: 'Bilal' });
    otherCompany = await buildCompany(e, { industry: '10', name: 'Bageriet Uden For ApS' });
    taskId = (await buildTask(e, demoCompany.id)).id;
    otherTaskId = (await buildTask(e, otherCompany.id, { title: 'Bagning' })).id;
    const competences = await e.find(Competence, {}, { orderBy: { code: 'asc' }, limit: 3 });
    competenceIds = competences.map((c) => c.id);
    e.create(CandidateCompetence, {
      candidate: amina,
      competence: competences[1]!,
      level: 3,
      evidence: Evidence.CERTIFIED,
    });
    e.create(CandidateCompetence, {
      candidate: amina,
      competence: competences[2]!,
      level: 1,
      evidence: Evidence.SELF_REPORTED,
    });
    await e.flush();
    [admin, consultant, adviser, otherAdviser, companyUser] = await Promise.all([
      t.as(Role.ADMIN),
      t.as(Role.CONSULTANT),
      t.as(Role.ADVISER),
      t.client().login('anden.raadgiver@test.dk'),
      t.as(Role.COMPANY),
    ]);
  });
  afterAll(() => t?.close());

  describe('startPlacement validation (nothing is written)', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['an empty hours plan', { hoursPlan: [] }, 'hoursPlan'],
      [
        'a plan that does not start in week 1',
        { hoursPlan: [{ fromWeek: 2, weeklyHours: 10, ordinaryHours: 0 }] },
        'hoursPlan.fromWeek',
      ],
      [
        'fromWeek not rising',
        {
          hoursPlan: [
            { fromWeek: 1, weeklyHours: 10, ordinaryHours: 0 },
            { fromWeek: 3, weeklyHours: 15, ordinaryHours: 0 },
            { fromWeek: 3, weeklyHours: 20, ordinaryHours: 0 },
          ],
        },
        'hoursPlan.fromWeek',
      ],
      ['38 weekly hours', { hoursPlan: [{ fromWeek: 1, weeklyHours: 38, ordinaryHours: 0 }] }, 'hoursPlan.weeklyHours'],
      ['0 weekly hours', { hoursPlan: [{ fromWeek: 1, weeklyHours: 0, ordinaryHours: 0 }] }, 'hoursPlan.weeklyHours'],
      [
        'ordinary hours above weekly hours',
        { hoursPlan: [{ fromWeek: 1, weeklyHours: 10, ordinaryHours: 12 }] },
        'hoursPlan.ordinaryHours',
      ],
      ['a planned end before the start', { plannedEndDate: addDays(start, -1) }, 'plannedEndDate'],
      ['an internship without learning goals', { learningGoals: '   ' }, 'learningGoals'],
      ["another company's task", { taskId: 'OTHER' }, 'taskId'],
      ['IGU without a slot', { type: 'IGU', taskId: null }, 'iguSlotId'],
    ];
    for (const [name, over, field] of cases) {
      it(`rejects ${name} on ${field}`, async () => {
        const before = await countPlacements();
        const input = startInput(over);
        if (input.taskId === 'OTHER') input.taskId = otherTaskId;
        const e = expectError(await adviser.request(START, { input }), 'BAD_USER_INPUT', field);
        expect(e.message.length).toBeGreaterThan(15);
        expect(await countPlacements()).toBe(before);
      });
    }

    it('says which step is out of order', async () => {
      const r = await adviser.request(START, {
        input: startInput({
          hoursPlan: [
            { fromWeek: 1, weeklyHours: 10, ordinaryHours: 0 },
            { fromWeek: 1, weeklyHours: 15, ordinaryHours: 0 },
          ],
        }),
      });
      expect(expectError(r, 'BAD_USER_INPUT', 'hoursPlan.fromWeek').message).toMatch(/Trin 2.*uge 1/);
    });
  });

  describe('who may start a placement', () => {
    it('refuses another adviser, a company user and a consultant outside the portfolio', async () => {
      const before = await countPlacements();
      expectError(await otherAdviser.request(START, { input: startInput() }), 'FORBIDDEN');
      expectError(await companyUser.request(START, { input: startInput() }), 'FORBIDDEN');
      expectError(
        await consultant.request(START, {
          input: startInput({ companyId: otherCompany.id, taskId: otherTaskId }),
        }),
        'FORBIDDEN',
      );
      expect(await countPlacements()).toBe(before);
    });

    it('answers NOT_FOUND for a missing candidate', async () => {
      const r = await admin.request(START, {
        input: startInput({ candidateId: '00000000-0000-4000-8000-000000000000' }),
      });
      expectError(r, 'NOT_FOUND');
    });
  });

  describe('the whole loop', () => {
    it('starts an internship: task IN_PROGRESS, outbox rows, last activity', async () => {
      const r = await adviser.ok(START, { input: startInput() });
      const p = r.startPlacement;
      placementId = p.id;
      expect(p).toMatchObject({
        status: 'ACTIVE',
        type: 'INTERNSHIP',
        startDate: start,
        mentorName: 'Jens Mentor',
        candidateFirstName: 'Amina',
        candidate: { id: amina.id, firstName: 'Amina' },
        company: { id: demoCompany.id },
        task: { id: taskId, status: 'IN_PROGRESS' },
        iguSlot: null,
        weekNumber: 4,
        currentPlannedHours: { fromWeek: 3, weeklyHours: 25, ordinaryHours: 10 },
        latestFollowUp: null,
        nextFollowUpDue: addDays(start, 14),
        followUps: [],
        version: 1,
      });
      expect(p.hoursPlan).toEqual(plan);
      const e = em();
      expect((await e.findOneOrFail(UnsolvedTask, taskId)).status).toBe(TaskStatus.IN_PROGRESS);
      expect((await e.findOneOrFail(Candidate, amina.id)).lastActivityAt).toBeInstanceOf(Date);
      const outbox = await e
        .getConnection()
        .execute<{ entity_type: string; entity_id: string }[]>(
          'select entity_type, entity_id from search_outbox where entity_id in (?, ?)',
          [amina.id, taskId],
        );
      expect(outbox.map((o) => o.entity_type).sort()).toEqual(expect.arrayContaining(['candidate', 'task']));
    });

    it('refuses a second active placement at the same company', async () => {
      const before = await countPlacements();
      const r = await adviser.request(START, { input: startInput({ taskId: null }) });
      expect(expectError(r, 'BAD_USER_INPUT', 'companyId').message).toContain('har allerede et aktivt forløb');
      expect(await countPlacements()).toBe(before);
    });

    describe('recordFollowUp validation (nothing is written)', () => {
      const cases: [string, Record<string, unknown>, string][] = [
        ['progress 6', { progress: 6 }, 'progress'],
        ['progress 0', { progress: 0 }, 'progress'],
        ['38 attended hours', { attendedHours: 38, ordinaryHours: 0 }, 'attendedHours'],
        ['ordinary above attended', { attendedHours: 10, ordinaryHours: 12 }, 'ordinaryHours'],
        ['8 absence days', { absenceDays: 8 }, 'absenceDays'],
        ['a date before the start', { date: addDays(start, -1), nextFollowUpDate: null }, 'date'],
        ['a date in the future', { date: addDays(t0, 1), nextFollowUpDate: null }, 'date'],
        ['a next date before the date', { nextFollowUpDate: addDays(start, 2) }, 'nextFollowUpDate'],
        [
          'an unknown competence',
          { confirmedCompetences: ['00000000-0000-4000-8000-000000000000'] },
          'confirmedCompetences',
        ],
      ];
      for (const [name, over, field] of cases) {
        it(`rejects ${name} on ${field}`, async () => {
          const before = await countFollowUps();
          const r = await adviser.request(FOLLOW_UP, { id: placementId, input: followUpInput(over) });
          expectError(r, 'BAD_USER_INPUT', field);
          expect(await countFollowUps()).toBe(before);
        });
      }
    });

    it('records three follow-ups with rising ordinary hours (the company reports the third)', async () => {
      const first = await adviser.ok(FOLLOW_UP, {
        id: placementId,
        input: followUpInput({ confirmedCompetences: competenceIds }),
      });
      expect(first.recordFollowUp).toMatchObject({ date: addDays(start, 3), attendedHours: 15, ordinaryHours: 0 });
      await adviser.ok(FOLLOW_UP, {
        id: placementId,
        input: followUpInput({
          date: addDays(start, 10),
          attendedHours: 20,
          ordinaryHours: 5,
          progress: 4,
          nextFollowUpDate: addDays(start, 17),
        }),
      });
      const third = await companyUser.ok(FOLLOW_UP, {
        id: placementId,
        input: followUpInput({
          date: addDays(start, 17),
          attendedHours: 25,
          ordinaryHours: 10,
          progress: 5,
          note: 'Klarer varemodtagelsen selv',
          nextFollowUpDate: addDays(start, 31),
        }),
      });
      expect(third.recordFollowUp.ordinaryHours).toBe(10);

      const c = await em().findOneOrFail(Candidate, amina.id);
      expect(c.currentOrdinaryHours).toBe(10);
    });

    it('turns confirmed competences into evidence, never lowering CERTIFIED', async () => {
      const held = await em().find(CandidateCompetence, { candidate: amina.id });
      const by = (id: string) => held.find((h) => h.competence.id === id);
      expect(by(competenceIds[0]!)).toMatchObject({ level: 2, evidence: Evidence.OBSERVED_IN_PLACEMENT });
      expect(by(competenceIds[1]!)).toMatchObject({ level: 3, evidence: Evidence.CERTIFIED });
      expect(by(competenceIds[2]!)).toMatchObject({ level: 1, evidence: Evidence.OBSERVED_IN_PLACEMENT });
    });

    it('shows follow-ups in date order with the derived fields', async () => {
      const { placement } = await adviser.ok(GET, { id: placementId });
      expect(placement.followUps.map((f: { date: string }) => f.date)).toEqual([
        addDays(start, 3),
        addDays(start, 10),
        addDays(start, 17),
      ]);
      expect(placement.followUps.map((f: { ordinaryHours: number }) => f.ordinaryHours)).toEqual([0, 5, 10]);
      expect(placement.latestFollowUp).toMatchObject({ date: addDays(start, 17), ordinaryHours: 10 });
      expect(placement.nextFollowUpDue).toBe(addDays(start, 31));
      expect(placement.weekNumber).toBe(4);
    });

    it('gives hoursProgress per ISO week, planned against attended and ordinary', async () => {
      const { hoursProgress } = await adviser.ok(HOURS, { id: amina.id });
      expect(hoursProgress).toEqual(
        [0, 1, 2, 3].map((i) => {
          const monday = addDays(start, i * 7);
          const planned = [plan[0], plan[1], plan[2], plan[2]][i]!;
          const actual = [
            [15, 0],
            [20, 5],
            [25, 10],
            [null, null],
          ][i]!;
          return {
            week: isoWeek(monday),
            weekStart: monday,
            plannedHours: planned.weeklyHours,
            plannedOrdinaryHours: planned.ordinaryHours,
            attendedHours: actual[0],
            ordinaryHours: actual[1],
          };
        }),
      );
      // The company hosts Amina, so it may see her hours at its own company.
      const fromCompany = await companyUser.ok(HOURS, { id: amina.id });
      expect(fromCompany.hoursProgress).toHaveLength(4);
      // Another adviser may not.
      expectError(await otherAdviser.request(HOURS, { id: amina.id }), 'FORBIDDEN');
    });

    it('updates the plan with the current version and rejects a stale one with CONFLICT', async () => {
      const { placement } = await adviser.ok(GET, { id: placementId });
      const v = placement.version;
      const ok = await adviser.ok(UPDATE, {
        id: placementId,
        input: { mentorName: 'Karin Mentor', plannedEndDate: addDays(start, 10 * 7), version: v },
      });
      expect(ok.updatePlacement).toMatchObject({
        mentorName: 'Karin Mentor',
        plannedEndDate: addDays(start, 70),
        version: v + 1,
      });
      const stale = await adviser.request(UPDATE, { id: placementId, input: { mentorName: 'Gammel', version: v } });
      expectError(stale, 'CONFLICT', 'version');
      expect((await em().findOneOrFail(Placement, placementId)).mentorName).toBe('Karin Mentor');
      const bad = await adviser.request(UPDATE, {
        id: placementId,
        input: { hoursPlan: [{ fromWeek: 1, weeklyHours: 37.5, ordinaryHours: 0 }], version: v + 1 },
      });
      expectError(bad, 'BAD_USER_INPUT', 'hoursPlan.weeklyHours');
      expectError(
        await companyUser.request(UPDATE, { id: placementId, input: { mentorName: 'X', version: v + 1 } }),
        'FORBIDDEN',
      );
    });

    it('rejects an end date before the start', async () => {
      const r = await adviser.request(END, {
        id: placementId,
        outcome: 'CONVERTED_TO_ORDINARY_HOURS',
        endDate: addDays(start, -1),
        conversion: { weeklyHours: 20, hourlyWage: 145, startDate: t0 },
      });
      expectError(r, 'BAD_USER_INPUT', 'endDate');
      const p = await em().findOneOrFail(Placement, placementId);
      expect(p.status).toBe('ACTIVE');
      expect((await em().findOneOrFail(UnsolvedTask, taskId)).status).toBe(TaskStatus.IN_PROGRESS);
    });

    it('ends as CONVERTED_TO_ORDINARY_HOURS: the task is SOLVED', async () => {
      const r = await adviser.ok(END, {
        id: placementId,
        outcome: 'CONVERTED_TO_ORDINARY_HOURS',
        note: 'Fastansat 20 t',
        conversion: { weeklyHours: 20, hourlyWage: 145, startDate: t0 },
      });
      expect(r.endPlacement).toMatchObject({
        status: 'ENDED',
        outcome: 'CONVERTED_TO_ORDINARY_HOURS',
        outcomeNote: 'Fastansat 20 t',
        endDate: t0,
        currentPlannedHours: null,
        nextFollowUpDue: null,
        task: { id: taskId, status: 'SOLVED', statusReason: 'Overgået til ordinære timer' },
        conversion: { weeklyHours: 20, hourlyWage: 145, startDate: t0 },
      });
      const again = await adviser.request(END, { id: placementId, outcome: 'COMPLETED' });
      expectError(again, 'BAD_USER_INPUT', 'placementId');
    });

    it('counts the conversion on the dashboard', async () => {
      const { dashboard } = await admin.ok(
        '{ dashboard { activePlacements conversionsToOrdinaryHours conversionsByMonth { month count } } }',
      );
      expect(dashboard.conversionsToOrdinaryHours).toBe(1);
      expect(dashboard.conversionsByMonth).toEqual([{ month: t0.slice(0, 7), count: 1 }]);
      expect(dashboard.activePlacements).toBe(0);
    });

    it('audit-logs the changes; the audit log is for ADMIN only, newest first', async () => {
      const { auditLog } = await admin.ok(
        'query($id: ID!) { auditLog(subjectId: $id, first: 50) { id at actorRole action operation allowed } }',
        { id: amina.id },
      );
      const ops = auditLog.map((a: { operation: string }) => a.operation);
      expect(ops).toEqual(
        expect.arrayContaining(['startPlacement', 'recordFollowUp', 'endPlacement', 'hoursProgress']),
      );
      expect(ops.indexOf('endPlacement')).toBeLessThan(ops.indexOf('startPlacement'));
      const times = auditLog.map((a: { at: string }) => Date.parse(a.at));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      expect(auditLog.find((a: { operation: string }) => a.operation === 'recordFollowUp')?.actorRole).toBeDefined();
      // A denied read is logged as such.
      expect(await em().count(AuditEntry, { subjectId: amina.id, operation: 'hoursProgress', allowed: false })).toBe(1);

      for (const c of [adviser, consultant, companyUser]) {
        expectError(
          await c.request('query($id: ID!) { auditLog(subjectId: $id) { id } }', { id: amina.id }),
          'FORBIDDEN',
        );
      }
    });
  });

  describe('IGU placements', () => {
    it('fills the IGU slot when its openings are used up', async () => {
      const e = em();
      const hana = await buildCandidate(e, { adviser: userOf(Role.ADVISER).id, firstName: 'Hana' });
      const slot = await buildIguSlot(e, demoCompany.id, { openings: 1 });
      const r = await adviser.ok(START, {
        input: startInput({
          candidateId: hana.id,
          taskId: null,
          iguSlotId: slot.id,
          type: 'IGU',
          // IGU runs the programme's length: the server sets the planned end.
          plannedEndDate: null,
          learningGoals: null,
          hoursPlan: [{ fromWeek: 1, weeklyHours: 30, ordinaryHours: 30 }],
        }),
      });
      expect(r.startPlacement).toMatchObject({ type: 'IGU', iguSlot: { id: slot.id, status: 'FILLED' } });
      expect((await em().findOneOrFail(IguSlot, slot.id)).status).toBe(IguSlotStatus.FILLED);
    });

    it('refuses a person who is not IGU-eligible, naming the reason', async () => {
      const e = em();
      const omar = await buildCandidate(e, {
        adviser: userOf(Role.ADVISER).id,
        firstName: 'Omar',
        residenceCategory: ResidenceCategory.OTHER,
      });
      const slot = await buildIguSlot(e, demoCompany.id, { openings: 2 });
      const before = await countPlacements();
      const r = await adviser.request(START, {
        input: startInput({
          candidateId: omar.id,
          taskId: null,
          iguSlotId: slot.id,
          type: 'IGU',
          plannedEndDate: null,
        }),
      });
      expect(expectError(r, 'BAD_USER_INPUT', 'candidateId').message).toContain('IGU');
      expect(await countPlacements()).toBe(before);
      expect((await em().findOneOrFail(IguSlot, slot.id)).status).toBe(IguSlotStatus.OPEN);
    });
  });

  describe('scope', () => {
    let bilalPlacementId: string;
    let consultantPlacementId: string;

    beforeAll(async () => {
      // Bilal (another adviser's person) at a company outside the demo company.
      bilalPlacementId = (await buildPlacement(em(), bilal.id, otherCompany.id, { startDate: start })).id;
      // The consultant places a consenting person at a company in its portfolio.
      const e = em();
      const sara = await buildCandidate(e, { adviser: userOf(Role.ADVISER).id, firstName: 'Sara' });
      const r = await consultant.ok(START, {
        input: startInput({ candidateId: sara.id, taskId: null, type: 'WAGE_SUBSIDY', learningGoals: null }),
      });
      consultantPlacementId = r.startPlacement.id;
    });

    it('a company user sees only its own placements, and the person only by first name', async () => {
      const { placements } = await companyUser.ok(LIST, { first: 20 });
      const nodes = placements.edges.map((e: { node: any }) => e.node);
      expect(nodes.length).toBeGreaterThanOrEqual(3);
      expect(placements.totalCount).toBe(nodes.length);
      for (const n of nodes) {
        expect(n.company.id).toBe(demoCompany.id);
        expect(n.candidate).toBeNull();
        expect(n.candidateFirstName).toMatch(/^[A-Z][a-z]+$/);
      }
      expect(nodes.map((n: { id: string }) => n.id)).not.toContain(bilalPlacementId);
      const single = await companyUser.ok(GET, { id: consultantPlacementId });
      expect(single.placement).toMatchObject({ candidate: null, candidateFirstName: 'Sara' });
      expectError(await companyUser.request(GET, { id: bilalPlacementId }), 'FORBIDDEN');
      expectError(await companyUser.request(HOURS, { id: bilal.id }), 'FORBIDDEN');
    });

    it("a backdated follow-up does not overwrite the person's current ordinary hours", async () => {
      await consultant.ok(FOLLOW_UP, {
        id: consultantPlacementId,
        input: followUpInput({ date: addDays(start, 10), attendedHours: 20, ordinaryHours: 8, nextFollowUpDate: null }),
      });
      await consultant.ok(FOLLOW_UP, {
        id: consultantPlacementId,
        input: followUpInput({ date: addDays(start, 3), attendedHours: 15, ordinaryHours: 2, nextFollowUpDate: null }),
      });
      const p = await em().findOneOrFail(Placement, consultantPlacementId, { populate: ['candidate'] });
      expect(p.candidate.getEntity().currentOrdinaryHours).toBe(8);
    });

    it('a company user can follow up only on its own placements', async () => {
      const r = await companyUser.request(FOLLOW_UP, {
        id: bilalPlacementId,
        input: followUpInput({ attendedHours: 20 }),
      });
      expectError(r, 'FORBIDDEN');
    });

    it('an adviser sees its caseload, a consultant its portfolio, an admin everything', async () => {
      const mine = (await adviser.ok(LIST, { first: 20 })).placements.edges.map((e: { node: any }) => e.node.id);
      expect(mine).toContain(placementId);
      expect(mine).not.toContain(bilalPlacementId);
      const theirs = (await otherAdviser.ok(LIST, {})).placements.edges.map((e: { node: any }) => e.node.id);
      expect(theirs).toEqual([bilalPlacementId]);
      const portfolio = (await consultant.ok(LIST, { first: 20 })).placements.edges.map(
        (e: { node: any }) => e.node.id,
      );
      expect(portfolio).toContain(consultantPlacementId);
      expect(portfolio).not.toContain(bilalPlacementId);
      const all = await admin.ok(LIST, { first: 20 });
      expect(all.placements.totalCount).toBe(await countPlacements());
      expectError(await otherAdviser.request(GET, { id: placementId }), 'FORBIDDEN');
      expectError(await admin.request(GET, { id: '00000000-0000-4000-8000-000000000000' }), 'NOT_FOUND');
    });

    it('filters and pages', async () => {
      const ended = await admin.ok(LIST, { filter: { status: 'ENDED' } });
      expect(ended.placements.edges.map((e: { node: any }) => e.node.id)).toEqual([placementId]);
      const byIndustry = await admin.ok(LIST, { filter: { industryCode: '10' } });
      expect(byIndustry.placements.edges.map((e: { node: any }) => e.node.id)).toEqual([bilalPlacementId]);
      const byType = await admin.ok(LIST, { filter: { type: 'IGU', companyId: demoCompany.id } });
      expect(byType.placements.totalCount).toBe(1);
      const page1 = await admin.ok(LIST, { first: 2 });
      expect(page1.placements.edges).toHaveLength(2);
      expect(page1.placements.pageInfo.hasNextPage).toBe(true);
      const page2 = await admin.ok(LIST, { first: 2, after: page1.placements.pageInfo.endCursor });
      const ids1 = page1.placements.edges.map((e: { node: any }) => e.node.id);
      for (const e of page2.placements.edges) expect(ids1).not.toContain(e.node.id);
      expectError(await admin.request('{ placements(first: 101) { totalCount } }'), 'BAD_USER_INPUT', 'first');
    });
  });

  // Last: the tests above count the active and the ended placements.
  describe("several writes to one person's row at the same moment", () => {
    it("keeps every follow-up when the person's placements are followed up together", async () => {
      const e = em();
      const person = await buildCandidate(e, { adviser: userOf(Role.ADVISER).id, firstName: 'Hawa' });
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) {
        const company = await buildCompany(e, { name: `Opfølgning ${i + 1} ApS` });
        ids.push((await buildPlacement(e, person.id, company.id, { startDate: start })).id);
      }
      const results = await Promise.all(ids.map((id) => adviser.request(FOLLOW_UP, { id, input: followUpInput() })));
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      expect(await em().count(FollowUp, { placement: { $in: ids } })).toBe(6);
      expect(await em().count(AuditEntry, { subjectId: person.id, operation: 'recordFollowUp' })).toBe(6);
      expect((await em().findOneOrFail(Candidate, person.id)).version).toBe(person.version + 6);
    });

    it("ends every placement of one person when they are ended together (each touches the person's row)", async () => {
      const e = em();
      const person = await buildCandidate(e, { adviser: userOf(Role.ADVISER).id, firstName: 'Yusuf' });
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) {
        const company = await buildCompany(e, { name: `Samtidig ${i + 1} ApS` });
        ids.push((await buildPlacement(e, person.id, company.id, { startDate: start })).id);
      }
      const results = await Promise.all(ids.map((id) => adviser.request(END, { id, outcome: 'COMPLETED' })));
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      expect(await em().count(Placement, { id: { $in: ids }, status: PlacementStatus.ENDED })).toBe(6);
      expect(await em().count(AuditEntry, { subjectId: person.id, operation: 'endPlacement' })).toBe(6);
      expect((await em().findOneOrFail(Candidate, person.id)).version).toBe(person.version + 6);
    });
  });
});
