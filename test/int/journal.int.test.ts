import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { Candidate } from '../../server/src/features/candidates/candidate.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { FollowUp } from '../../server/src/features/placements/placement.entity.js';
import { todayInDenmark as today } from '../../server/src/shared/clock.js';
import { addDays, weekStart } from '../../server/src/shared/dates.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { buildCandidate, buildPlacement } from '../setup/factories.js';
import { expectError, type GqlClient } from '../setup/test-app.js';

/**
 * The placement journal over HTTP: who recorded each follow-up, a same-day follow-up must say it
 * corrects the first, corrections keep their history, the latest by date is what cards show, the
 * weeks with gaps and overdue marks, and a conversion's job (hours, wage, start) with its validation.
 * Every date is relative to the placement's own start: nothing depends on which day the test runs.
 */
const FU_FIELDS = `id date attendedHours ordinaryHours superseded supersededById correctsFollowUpId recordedAt
  recordedBy { id name role label }`;
const FOLLOW_UP = `mutation($id: ID!, $input: FollowUpInput!) { recordFollowUp(placementId: $id, input: $input) { ${FU_FIELDS} } }`;
const GET = `query($id: ID!) { placement(id: $id) {
  id latestFollowUp { ${FU_FIELDS} } followUps { ${FU_FIELDS} } followUpHistory { ${FU_FIELDS} }
  weeks { week weekStart placementWeek plannedHours attendedHours ordinaryHours overdue }
  conversion { weeklyHours hourlyWage startDate } status outcome
} }`;
const END = `mutation($id: ID!, $outcome: PlacementOutcome!, $conversion: ConversionInput) {
  endPlacement(placementId: $id, outcome: $outcome, conversion: $conversion) {
    id status outcome conversion { weeklyHours hourlyWage startDate }
  }
}`;
const DASHBOARD = '{ dashboard { candidatesActive shareAt37OrdinaryHours shareAtLeast18_5OrdinaryHours } }';

interface Fu {
  id: string;
  date: string;
  attendedHours: number;
  ordinaryHours: number;
  superseded: boolean;
  supersededById: string | null;
  correctsFollowUpId: string | null;
  recordedAt: string;
  recordedBy: { id: string | null; name: string; role: string | null; label: string };
}

describe('the placement journal over HTTP', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let adviser: GqlClient;
  let adviserEn: GqlClient;
  let companyUser: GqlClient;
  let demoCompany: Company;
  const em = () => t.em();
  const userOf = (role: Role) => t.userOf(role);
  // A Monday four weeks before this week's: weeks 1–5 of the placement, week 5 is this week.
  const start = addDays(weekStart(today()), -28);
  const fu = (over: Record<string, unknown> = {}) => ({
    date: addDays(start, 1),
    attendedHours: 15,
    ordinaryHours: 2,
    absenceDays: 0,
    progress: 3,
    ...over,
  });
  const newPlacement = async (firstName: string) => {
    const e = em();
    const person = await buildCandidate(e, { adviser: userOf(Role.ADVISER).id, firstName });
    const p = await buildPlacement(e, person.id, demoCompany.id, {
      startDate: start,
      hoursPlan: [
        { fromWeek: 1, weeklyHours: 15, ordinaryHours: 0 },
        { fromWeek: 3, weeklyHours: 25, ordinaryHours: 10 },
      ],
    });
    return { person, placementId: p.id };
  };
  const get = async (id: string) =>
    (
      await adviser.ok<{
        placement: {
          latestFollowUp: Fu | null;
          followUps: Fu[];
          followUpHistory: Fu[];
          weeks: {
            week: string;
            placementWeek: number;
            plannedHours: number;
            attendedHours: number | null;
            overdue: boolean;
          }[];
          conversion: { weeklyHours: number; hourlyWage: number; startDate: string } | null;
        };
      }>(GET, { id })
    ).placement;

  beforeAll(async () => {
    t = await createDemoApp();
    ({ company: demoCompany } = t);
    [admin, adviser, adviserEn, companyUser] = await Promise.all([
      t.as(Role.ADMIN),
      t.as(Role.ADVISER),
      t.as(Role.ADVISER, 'en'),
      t.as(Role.COMPANY),
    ]);
  });
  afterAll(() => t?.close());

  describe('follow-ups and corrections', () => {
    let placementId: string;
    let personId: string;
    let first: Fu;

    beforeAll(async () => {
      const made = await newPlacement('Amina');
      placementId = made.placementId;
      personId = made.person.id;
    });

    it('says who recorded a follow-up (name and role) and when', async () => {
      first = (await adviser.ok<{ recordFollowUp: Fu }>(FOLLOW_UP, { id: placementId, input: fu() })).recordFollowUp;
      const me = userOf(Role.ADVISER);
      expect(first.recordedBy).toEqual({
        id: me.id,
        name: me.name,
        role: 'ADVISER',
        label: `${me.name} (jobrådgiver)`,
      });
      expect(Date.parse(first.recordedAt)).not.toBeNaN();
      expect(first).toMatchObject({ superseded: false, supersededById: null, correctsFollowUpId: null });
    });

    it('asks whether a second follow-up for the same day corrects the first, and writes nothing', async () => {
      const before = await em().count(FollowUp, { placement: placementId });
      const r = await companyUser.request(FOLLOW_UP, { id: placementId, input: fu({ attendedHours: 18 }) });
      const e = expectError(r, 'BAD_USER_INPUT', 'correctsFollowUpId');
      expect(e.extensions?.existingFollowUpId).toBe(first.id);
      expect(e.extensions?.fields).toEqual([{ field: 'correctsFollowUpId', message: e.message }]);
      expect(e.message).toContain(userOf(Role.ADVISER).name);
      expect(e.message).toContain('jobrådgiver');
      expect(e.message).toContain('Retter opfølgning');
      expect(await em().count(FollowUp, { placement: placementId })).toBe(before);

      const en = await adviserEn.request(FOLLOW_UP, { id: placementId, input: fu({ attendedHours: 18 }) });
      expect(expectError(en, 'BAD_USER_INPUT', 'correctsFollowUpId').message).toContain('Corrects follow-up');
    });

    it('records a correction: the corrected follow-up stays in the history, superseded', async () => {
      const fix = (
        await companyUser.ok<{ recordFollowUp: Fu }>(FOLLOW_UP, {
          id: placementId,
          input: fu({ attendedHours: 18, ordinaryHours: 4, correctsFollowUpId: first.id }),
        })
      ).recordFollowUp;
      expect(fix).toMatchObject({ correctsFollowUpId: first.id, superseded: false, attendedHours: 18 });
      expect(fix.recordedBy).toMatchObject({ role: 'COMPANY', label: expect.stringContaining('(virksomhed)') });

      const p = await get(placementId);
      expect(p.followUps.map((f) => f.id)).toEqual([fix.id]);
      expect(p.followUpHistory.map((f) => [f.id, f.superseded, f.supersededById])).toEqual([
        [first.id, true, fix.id],
        [fix.id, false, null],
      ]);
      expect(p.latestFollowUp?.id).toBe(fix.id);
      // The person's current ordinary hours follow the correction.
      expect((await em().findOneOrFail(Candidate, personId)).currentOrdinaryHours).toBe(4);
    });

    it('refuses to correct a follow-up that was already corrected (CONFLICT), or one of another placement', async () => {
      const again = await adviser.request(FOLLOW_UP, {
        id: placementId,
        input: fu({ attendedHours: 16, correctsFollowUpId: first.id }),
      });
      const e = expectError(again, 'CONFLICT', 'correctsFollowUpId');
      expect(e.message).toContain('allerede rettet');

      const other = await newPlacement('Bilal');
      const elsewhere = (await adviser.ok<{ recordFollowUp: Fu }>(FOLLOW_UP, { id: other.placementId, input: fu() }))
        .recordFollowUp;
      const foreign = await adviser.request(FOLLOW_UP, {
        id: placementId,
        input: fu({ date: addDays(start, 2), correctsFollowUpId: elsewhere.id }),
      });
      expectError(foreign, 'BAD_USER_INPUT', 'correctsFollowUpId');
      expect(await em().count(FollowUp, { placement: placementId })).toBe(2);
    });

    it('shows the latest follow-up by its date, then by when it was recorded, not by when it was written last', async () => {
      const later = (
        await companyUser.ok<{ recordFollowUp: Fu }>(FOLLOW_UP, {
          id: placementId,
          input: fu({
            date: addDays(start, 15),
            attendedHours: 25,
            ordinaryHours: 10,
            nextFollowUpDate: addDays(start, 16),
          }),
        })
      ).recordFollowUp;
      // Recorded afterwards, but dated earlier (a late report): not the latest.
      await adviser.ok(FOLLOW_UP, { id: placementId, input: fu({ date: addDays(start, 8), attendedHours: 20 }) });
      const p = await get(placementId);
      expect(p.latestFollowUp).toMatchObject({ id: later.id, attendedHours: 25, recordedBy: { role: 'COMPANY' } });
      expect(p.followUps.map((f) => f.date)).toEqual([addDays(start, 1), addDays(start, 8), addDays(start, 15)]);
      // The company's list card shows the same latest one.
      const { placements } = await companyUser.ok<{
        placements: { edges: { node: { id: string; latestFollowUp: { id: string } | null } }[] };
      }>('{ placements(first: 50) { edges { node { id latestFollowUp { id } } } } }');
      expect(placements.edges.find((e) => e.node.id === placementId)?.node.latestFollowUp?.id).toBe(later.id);
    });

    it('draws weeks without a follow-up as gaps and marks them overdue', async () => {
      const p = await get(placementId);
      expect(p.weeks.map((w) => [w.placementWeek, w.plannedHours, w.attendedHours, w.overdue])).toEqual([
        [1, 15, 18, false],
        [2, 15, 20, false],
        [3, 25, 25, false],
        // Week 3's follow-up agreed the next one for the day after; none came: weeks 4 and 5 are gaps, overdue.
        [4, 25, null, true],
        [5, 25, null, true],
      ]);
    });
  });

  describe('a conversion to ordinary work', () => {
    it('needs the job and says every invalid field at once', async () => {
      const { placementId } = await newPlacement('Hawa');
      const missing = await adviser.request(END, { id: placementId, outcome: 'CONVERTED_TO_ORDINARY_HOURS' });
      expectError(missing, 'BAD_USER_INPUT', 'conversion');
      const notConverted = await adviser.request(END, {
        id: placementId,
        outcome: 'COMPLETED',
        conversion: { weeklyHours: 20, hourlyWage: 150, startDate: today() },
      });
      expectError(notConverted, 'BAD_USER_INPUT', 'conversion');

      const bad = await adviser.request(END, {
        id: placementId,
        outcome: 'CONVERTED_TO_ORDINARY_HOURS',
        conversion: { weeklyHours: 40, hourlyWage: 0, startDate: today() },
      });
      const e = expectError(bad, 'BAD_USER_INPUT', 'conversion.weeklyHours');
      const fields = e.extensions?.fields as { field: string; message: string }[];
      expect(fields.map((f) => f.field)).toEqual(['conversion.weeklyHours', 'conversion.hourlyWage']);
      expect(fields[0]!.message).toContain('Jobbets timer pr. uge');
      expect(fields[1]!.message).toContain('Timelønnen');

      for (const [conversion, field] of [
        [{ weeklyHours: 0, hourlyWage: 150, startDate: today() }, 'conversion.weeklyHours'],
        [{ weeklyHours: 20, hourlyWage: 25_000, startDate: today() }, 'conversion.hourlyWage'],
        [{ weeklyHours: 20, hourlyWage: 150, startDate: addDays(start, -1) }, 'conversion.startDate'],
        [{ weeklyHours: 20, hourlyWage: 150, startDate: addDays(today(), 400) }, 'conversion.startDate'],
      ] as const) {
        const r = await adviser.request(END, { id: placementId, outcome: 'CONVERTED_TO_ORDINARY_HOURS', conversion });
        expectError(r, 'BAD_USER_INPUT', field);
      }
      expect((await get(placementId)).conversion).toBeNull();
      const en = await adviserEn.request(END, {
        id: placementId,
        outcome: 'CONVERTED_TO_ORDINARY_HOURS',
        conversion: { weeklyHours: 40, hourlyWage: 150, startDate: today() },
      });
      expect(expectError(en, 'BAD_USER_INPUT', 'conversion.weeklyHours').message).toContain("The job's weekly hours");
    });

    it('records a job starting in the future; its hours count toward 37 only from its start', async () => {
      const before = (
        await admin.ok<{ dashboard: { candidatesActive: number; shareAt37OrdinaryHours: number } }>(DASHBOARD)
      ).dashboard;
      const fullTime = (d: { candidatesActive: number; shareAt37OrdinaryHours: number }) =>
        Math.round(d.candidatesActive * d.shareAt37OrdinaryHours);

      const future = await newPlacement('Omar');
      const startsLater = addDays(today(), 30);
      const r = await adviser.ok<{ endPlacement: { status: string; conversion: unknown } }>(END, {
        id: future.placementId,
        outcome: 'CONVERTED_TO_ORDINARY_HOURS',
        conversion: { weeklyHours: 37, hourlyWage: 162.5, startDate: startsLater },
      });
      expect(r.endPlacement).toMatchObject({
        status: 'ENDED',
        conversion: { weeklyHours: 37, hourlyWage: 162.5, startDate: startsLater },
      });
      expect((await em().findOneOrFail(Candidate, future.person.id)).currentOrdinaryHours).toBe(0);
      const mid = (
        await admin.ok<{ dashboard: { candidatesActive: number; shareAt37OrdinaryHours: number } }>(DASHBOARD)
      ).dashboard;
      expect(fullTime(mid)).toBe(fullTime(before));

      const now = await newPlacement('Sara');
      await adviser.ok(END, {
        id: now.placementId,
        outcome: 'CONVERTED_TO_ORDINARY_HOURS',
        conversion: { weeklyHours: 37, hourlyWage: 150, startDate: today() },
      });
      expect((await em().findOneOrFail(Candidate, now.person.id)).currentOrdinaryHours).toBe(37);
      const after = (
        await admin.ok<{ dashboard: { candidatesActive: number; shareAt37OrdinaryHours: number } }>(DASHBOARD)
      ).dashboard;
      expect(fullTime(after)).toBe(fullTime(before) + 1);
    });
  });
});
