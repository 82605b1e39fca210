import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import type { Candidate } from '../../server/src/features/candidates/candidate.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { IguSlot } from '../../server/src/features/igu-slots/igu-slot.entity.js';
import { Placement } from '../../server/src/features/placements/placement.entity.js';
import { todayInDenmark as today } from '../../server/src/shared/clock.js';
import { addDays, addMonths, weekStart } from '../../server/src/shared/dates.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { buildCandidate, buildIguSlot, iguSlotsCreateIguSlot } from '../setup/factories.js';
import { expectError, type GqlClient } from '../setup/test-app.js';

const CREATE_SLOT = `mutation($input: CreateIguSlotInput!) { createIguSlot(input: $input) { id hourlyWage weeklyHours monthlyWage } }`;
const UPDATE_SLOT = `mutation($id: ID!, $input: UpdateIguSlotInput!) { updateIguSlot(id: $id, input: $input) { id startDate hourlyWage version } }`;
const START = `mutation($input: StartPlacementInput!) {
  startPlacement(input: $input) { id type startDate plannedEndDate version schoolPeriods { startDate endDate weeks } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlacementInput!) {
  updatePlacement(id: $id, input: $input) { id plannedEndDate version schoolPeriods { startDate endDate weeks } }
}`;
const HOURS = `query($id: ID!) { hoursProgress(candidateId: $id) { weekStart plannedHours plannedSchoolHours } }`;
const CANDIDATE = `query($id: ID!) { candidate(id: $id) { id version referenceMonthlyIncome } }`;
const UPDATE_CANDIDATE = `mutation($id: ID!, $input: UpdateCandidateInput!) {
  updateCandidate(id: $id, input: $input) { id version referenceMonthlyIncome }
}`;

describe('IGU as a programme over HTTP', () => {
  let t: DemoApp;
  let adviser: GqlClient;
  let consultant: GqlClient;
  let companyUser: GqlClient;
  let company: Company;
  const em = () => t.em();
  const userOf = (role: Role) => t.userOf(role);
  const t0 = today();
  // A raise of the floor 200 days from now: slots starting after it must pay the new floor.
  const raise = addDays(t0, 200);
  const nextMonday = addDays(weekStart(t0), 7);
  const programmeEnd = (start: string) => addDays(addMonths(start, 24), -1);

  const slotInput = (over: Record<string, unknown> = {}) => ({
    companyId: company.id,
    title: 'IGU-lagermedarbejder',
    industryCode: '52',
    startDate: addDays(t0, 30),
    weeklyHours: 30,
    hourlyWage: 62.5,
    openings: 3,
    postcode: '5220',
    ...over,
  });

  async function person(firstName: string): Promise<Candidate> {
    return buildCandidate(em(), { adviser: userOf(Role.ADVISER).id, firstName });
  }

  async function iguInput(over: Record<string, unknown> = {}) {
    const p = await person(`Igu${Math.random().toString(36).slice(2, 7)}`);
    const slot = await buildIguSlot(em(), company.id, { openings: 5 });
    return {
      candidateId: p.id,
      companyId: company.id,
      iguSlotId: slot.id,
      type: 'IGU',
      startDate: nextMonday,
      hoursPlan: [{ fromWeek: 1, weeklyHours: 30, ordinaryHours: 30 }],
      ...over,
    };
  }

  beforeAll(async () => {
    t = await createDemoApp({ IGU_WAGE_FLOORS: `2024-01-01:62,${raise}:70` });
    ({ company } = t);
    [adviser, consultant, companyUser] = await Promise.all([
      t.as(Role.ADVISER),
      t.as(Role.CONSULTANT),
      t.as(Role.COMPANY),
    ]);
  });
  afterAll(() => t?.close());

  describe('IGU slots: wage floor and start', () => {
    it('refuses a wage below the floor in force on the start date, naming the floor', async () => {
      const before = await em().count(IguSlot, {});
      const r = await companyUser.request(CREATE_SLOT, { input: slotInput({ hourlyWage: 5 }) });
      const e = expectError(r, 'BAD_USER_INPUT', 'hourlyWage');
      expect(e.message).toContain('62');
      expect(await em().count(IguSlot, {})).toBe(before);
    });

    it('applies the floor by period: a slot starting after the raise pays the new floor', async () => {
      const late = await companyUser.request(CREATE_SLOT, {
        input: slotInput({ startDate: addDays(raise, 1), hourlyWage: 65 }),
      });
      expect(expectError(late, 'BAD_USER_INPUT', 'hourlyWage').message).toContain('70');
      const early = await companyUser.ok(CREATE_SLOT, { input: slotInput({ hourlyWage: 65 }) });
      expect(early.createIguSlot.hourlyWage).toBe(65);
    });

    it('refuses a start in the past, and names both fields when both are wrong', async () => {
      const past = await companyUser.request(CREATE_SLOT, { input: slotInput({ startDate: addDays(t0, -335) }) });
      expectError(past, 'BAD_USER_INPUT', 'startDate');
      const both = await companyUser.request(CREATE_SLOT, {
        input: slotInput({ startDate: addDays(t0, -335), hourlyWage: 5 }),
      });
      const listed = (both.errors?.[0]?.extensions?.fields ?? []) as { field: string }[];
      const fields = listed.map((f) => f.field).sort();
      expect(fields).toEqual(['hourlyWage', 'startDate']);
      const todayOk = await companyUser.ok(CREATE_SLOT, { input: slotInput({ startDate: t0 }) });
      expect(todayOk.createIguSlot.id).toBeTruthy();
    });

    it('gives the wage per month at the slot hours', async () => {
      const r = await companyUser.ok(CREATE_SLOT, { input: slotInput({ hourlyWage: 70, weeklyHours: 30 }) });
      // 70 kr. × 30 hours × 52 weeks ÷ 12 months
      expect(r.createIguSlot.monthlyWage).toBe(9100);
    });

    it('checks a changed start or wage on update; a slot already started keeps other changes', async () => {
      const started = await iguSlotsCreateIguSlot(em(), company, { startDate: addDays(t0, -10) });
      const title = await companyUser.ok(UPDATE_SLOT, { id: started.id, input: { version: 1, title: 'Nyt navn' } });
      expect(title.updateIguSlot.version).toBe(2);
      const back = await companyUser.request(UPDATE_SLOT, {
        id: started.id,
        input: { version: 2, startDate: addDays(t0, -20) },
      });
      expectError(back, 'BAD_USER_INPUT', 'startDate');
      const cut = await companyUser.request(UPDATE_SLOT, { id: started.id, input: { version: 2, hourlyWage: 40 } });
      expectError(cut, 'BAD_USER_INPUT', 'hourlyWage');
      expect((await em().findOneOrFail(IguSlot, started.id)).hourlyWage).toBe(62.5);
    });
  });

  describe('IGU placements: length and school periods', () => {
    it('runs the programme length and plans 20 school weeks when none are given', async () => {
      const r = await adviser.ok(START, { input: await iguInput() });
      const p = r.startPlacement;
      expect(p.plannedEndDate).toBe(programmeEnd(nextMonday));
      const periods = p.schoolPeriods as { startDate: string; endDate: string; weeks: number }[];
      expect(periods.reduce((s, x) => s + x.weeks, 0)).toBe(20);
      expect(periods.length).toBe(4);
      for (const x of periods) {
        expect(x.startDate >= nextMonday && x.endDate <= programmeEnd(nextMonday)).toBe(true);
      }
    });

    it('accepts the programme end given explicitly and refuses any other length', async () => {
      const ok = await adviser.ok(START, { input: await iguInput({ plannedEndDate: programmeEnd(nextMonday) }) });
      expect(ok.startPlacement.plannedEndDate).toBe(programmeEnd(nextMonday));
      const before = await em().count(Placement, {});
      const fiveYears = await adviser.request(START, {
        input: await iguInput({ plannedEndDate: addMonths(nextMonday, 60) }),
      });
      const e = expectError(fiveYears, 'BAD_USER_INPUT', 'plannedEndDate');
      expect(e.message).toContain('24');
      const short = await adviser.request(START, {
        input: await iguInput({ plannedEndDate: addDays(nextMonday, 90) }),
      });
      expectError(short, 'BAD_USER_INPUT', 'plannedEndDate');
      expect(await em().count(Placement, {})).toBe(before);
    });

    it('keeps the length on update: another end is refused', async () => {
      const r = await adviser.ok(START, { input: await iguInput() });
      const u = await adviser.request(UPDATE, {
        id: r.startPlacement.id,
        input: { version: r.startPlacement.version, plannedEndDate: addDays(nextMonday, 365) },
      });
      expectError(u, 'BAD_USER_INPUT', 'plannedEndDate');
    });

    it('stores school periods given as dated blocks and refuses ones that do not fit', async () => {
      const blocks = [
        { startDate: addDays(nextMonday, 7 * 10), endDate: addDays(nextMonday, 7 * 10 + 4 + 7 * 9) },
        { startDate: addDays(nextMonday, 7 * 60), endDate: addDays(nextMonday, 7 * 60 + 4 + 7 * 9) },
      ];
      const ok = await adviser.ok(START, { input: await iguInput({ schoolPeriods: blocks }) });
      expect(ok.startPlacement.schoolPeriods).toEqual([
        { ...blocks[0], weeks: 10 },
        { ...blocks[1], weeks: 10 },
      ]);

      const outside = await adviser.request(START, {
        input: await iguInput({
          schoolPeriods: [{ startDate: addDays(nextMonday, -14), endDate: addDays(nextMonday, -10) }],
        }),
      });
      expect(expectError(outside, 'BAD_USER_INPUT', 'schoolPeriods').extensions?.index).toBe(0);

      const overlap = await adviser.request(START, {
        input: await iguInput({
          schoolPeriods: [
            blocks[0],
            { startDate: addDays(blocks[0]!.endDate, -3), endDate: addDays(blocks[0]!.endDate, 10) },
          ],
        }),
      });
      expectError(overlap, 'BAD_USER_INPUT', 'schoolPeriods');

      const tooMany = await adviser.request(START, {
        input: await iguInput({
          schoolPeriods: [{ startDate: addDays(nextMonday, 7), endDate: addDays(nextMonday, 7 + 7 * 25 - 3) }],
        }),
      });
      expect(expectError(tooMany, 'BAD_USER_INPUT', 'schoolPeriods').message).toMatch(/25.*20/);

      const internship = await adviser.request(START, {
        input: {
          ...(await iguInput({ type: 'INTERNSHIP', iguSlotId: null, learningGoals: 'Lager' })),
          plannedEndDate: addDays(nextMonday, 28),
          schoolPeriods: blocks,
        },
      });
      expectError(internship, 'BAD_USER_INPUT', 'schoolPeriods');
    });

    it('replaces the school periods on update', async () => {
      const r = await adviser.ok(START, { input: await iguInput() });
      const block = { startDate: addDays(nextMonday, 14), endDate: addDays(nextMonday, 14 + 4) };
      const u = await adviser.ok(UPDATE, {
        id: r.startPlacement.id,
        input: { version: r.startPlacement.version, schoolPeriods: [block] },
      });
      expect(u.updatePlacement.schoolPeriods).toEqual([{ ...block, weeks: 1 }]);
      expect(u.updatePlacement.plannedEndDate).toBe(programmeEnd(nextMonday));
    });

    it('shows school hours in the hours chart for the weeks at school', async () => {
      const start = addDays(weekStart(t0), -14);
      const input = await iguInput({
        startDate: start,
        // Week 1 at school Monday–Friday, week 2 Monday–Wednesday (3 of 5 days), week 3 at work.
        schoolPeriods: [{ startDate: start, endDate: addDays(start, 9) }],
      });
      await adviser.ok(START, { input });
      const rows = (await adviser.ok(HOURS, { id: input.candidateId })).hoursProgress as {
        weekStart: string;
        plannedHours: number;
        plannedSchoolHours: number;
      }[];
      expect(rows.slice(0, 3)).toEqual([
        { weekStart: start, plannedHours: 30, plannedSchoolHours: 30 },
        { weekStart: addDays(start, 7), plannedHours: 30, plannedSchoolHours: 18 },
        { weekStart: addDays(start, 14), plannedHours: 30, plannedSchoolHours: 0 },
      ]);
    });
  });

  describe('reference amount beside the IGU wage', () => {
    it("is entered and read by the person's own adviser only", async () => {
      const p = await person('Reference');
      const read = await adviser.ok(CANDIDATE, { id: p.id });
      expect(read.candidate.referenceMonthlyIncome).toBeNull();
      const set = await adviser.ok(UPDATE_CANDIDATE, {
        id: p.id,
        input: { version: read.candidate.version, referenceMonthlyIncome: 11500 },
      });
      expect(set.updateCandidate.referenceMonthlyIncome).toBe(11500);

      const bad = await adviser.request(UPDATE_CANDIDATE, {
        id: p.id,
        input: { version: set.updateCandidate.version, referenceMonthlyIncome: -5 },
      });
      expectError(bad, 'BAD_USER_INPUT', 'referenceMonthlyIncome');

      await em().nativeUpdate('Candidate', { id: p.id }, { consentToShare: true });
      const seen = await consultant.request(CANDIDATE, { id: p.id });
      expect(seen.data?.candidate?.referenceMonthlyIncome ?? null).toBeNull();
    });
  });
});
