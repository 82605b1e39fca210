import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type User } from '../../server/src/features/auth/user.entity.js';
import { CandidateStatus, Readiness } from '../../server/src/features/candidates/candidate.entity.js';
import { type Company, Sector } from '../../server/src/features/companies/company.entity.js';
import { IguSlotStatus } from '../../server/src/features/igu-slots/igu-slot.entity.js';
import { PlacementOutcome, PlacementType } from '../../server/src/features/placements/placement.entity.js';
import { todayInDenmark as today } from '../../server/src/shared/clock.js';
import { addDays } from '../../server/src/shared/dates.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { buildCandidate, buildCompany, buildIguSlot, buildPlacement, buildUser } from '../setup/factories.js';
import { type GqlClient } from '../setup/test-app.js';

const DASHBOARD = `query($filter: DashboardFilter) {
  dashboard(filter: $filter) {
    activePlacements
    placementsByType { type count }
    placementsByIndustry { industryCode industryName count }
    candidatesActive
    shareAtLeast18_5OrdinaryHours
    shareAt37OrdinaryHours
    conversionsToOrdinaryHours
    conversionsByMonth { month count }
    iguSlotsPublic
    iguSlotsPrivate
    activationGapBreaches
    byConsultant { consultant { id name } activePlacements conversions }
  }
}`;

describe('dashboard over HTTP', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let consultant: GqlClient;
  let adviser: GqlClient;
  let companyUser: GqlClient;
  let users: User[];
  let co52: Company;
  let lone: User;
  const em = () => t.em();
  const dashboard = async (client: GqlClient, filter?: Record<string, unknown>) =>
    (await client.ok(DASHBOARD, { filter })).dashboard;

  beforeAll(async () => {
    t = await createDemoApp();
    ({ users, company: co52 } = t);
    const e = em();
    const kasper = users.find((u) => u.role === Role.CONSULTANT)!;
    lone = await buildUser(e, Role.CONSULTANT, { name: 'Lone Konsulent', industries: ['10'] });
    const co56 = await buildCompany(e, { industry: '56', sector: Sector.PUBLIC, consultant: kasper.id });
    const co10 = await buildCompany(e, { industry: '10', consultant: lone.id });
    const activityReady = { readiness: Readiness.ACTIVITY_READY };

    // Active placements: two at 52, one at 56, one at 10.
    const c1 = await buildCandidate(e, { currentOrdinaryHours: 0 });
    const c2 = await buildCandidate(e, { currentOrdinaryHours: 20 });
    const c3 = await buildCandidate(e, { currentOrdinaryHours: 37 });
    const c4 = await buildCandidate(e, { currentOrdinaryHours: 18.5 });
    await buildPlacement(e, c1.id, co52.id, { type: PlacementType.INTERNSHIP });
    await buildPlacement(e, c2.id, co52.id, { type: PlacementType.SMALL_JOB });
    await buildPlacement(e, c3.id, co56.id, { type: PlacementType.WAGE_SUBSIDY });
    await buildPlacement(e, c4.id, co10.id, { type: PlacementType.INTERNSHIP });
    // Active, not placed, activity-ready (no breach); an inactive person is not counted at all.
    await buildCandidate(e, { ...activityReady, enrolledOn: '2025-01-01' });
    await buildCandidate(e, { status: CandidateStatus.INACTIVE, currentOrdinaryHours: 37 });
    // Conversions: September at 52 (that person is now in breach), October at 56; a completed one is not a conversion.
    const c7 = await buildCandidate(e, { firstName: 'Breach' });
    await buildPlacement(e, c7.id, co52.id, {
      startDate: '2026-06-01',
      endDate: '2026-09-15',
      outcome: PlacementOutcome.CONVERTED_TO_ORDINARY_HOURS,
    });
    const c8 = await buildCandidate(e, activityReady);
    await buildPlacement(e, c8.id, co56.id, {
      startDate: '2026-06-01',
      endDate: '2026-10-10',
      outcome: PlacementOutcome.CONVERTED_TO_ORDINARY_HOURS,
    });
    const c9 = await buildCandidate(e, activityReady);
    await buildPlacement(e, c9.id, co52.id, { startDate: '2026-06-01', endDate: '2026-10-20' });
    // Never placed since enrolment long ago: a breach with no company.
    await buildCandidate(e, { enrolledOn: '2025-06-01' });
    // Ended a week ago: not (yet) a breach.
    const c11 = await buildCandidate(e, { enrolledOn: '2025-06-01' });
    await buildPlacement(e, c11.id, co10.id, { startDate: '2026-06-01', endDate: addDays(today(), -7) });

    // IGU slots: openings of open and filled slots count, closed ones do not.
    await buildIguSlot(e, co52.id, { openings: 2 });
    await buildIguSlot(e, co56.id, { openings: 1, status: IguSlotStatus.FILLED });
    await buildIguSlot(e, co56.id, { openings: 3, status: IguSlotStatus.CLOSED });
    await buildIguSlot(e, co10.id, { openings: 1 });

    [admin, consultant, adviser, companyUser] = await Promise.all([
      t.as(Role.ADMIN),
      t.as(Role.CONSULTANT),
      t.as(Role.ADVISER),
      t.as(Role.COMPANY),
    ]);
  });
  afterAll(() => t?.close());

  it('computes the municipality-wide figures', async () => {
    const d = await dashboard(admin);
    const kasper = users.find((u) => u.role === Role.CONSULTANT)!;
    expect(d).toEqual({
      activePlacements: 4,
      placementsByType: [
        { type: 'INTERNSHIP', count: 2 },
        { type: 'SMALL_JOB', count: 1 },
        { type: 'WAGE_SUBSIDY', count: 1 },
      ],
      placementsByIndustry: [
        { industryCode: '52', industryName: expect.any(String), count: 2 },
        { industryCode: '10', industryName: expect.any(String), count: 1 },
        { industryCode: '56', industryName: 'Restaurationsvirksomhed', count: 1 },
      ],
      candidatesActive: 10,
      shareAtLeast18_5OrdinaryHours: 0.3,
      shareAt37OrdinaryHours: 0.1,
      conversionsToOrdinaryHours: 2,
      conversionsByMonth: [
        { month: '2026-09', count: 1 },
        { month: '2026-10', count: 1 },
      ],
      iguSlotsPublic: 1,
      iguSlotsPrivate: 3,
      activationGapBreaches: 2,
      byConsultant: [
        { consultant: { id: kasper.id, name: 'Kasper Konsulent' }, activePlacements: 3, conversions: 2 },
        { consultant: { id: lone.id, name: 'Lone Konsulent' }, activePlacements: 1, conversions: 0 },
      ],
    });
  });

  it('narrows every figure to one industry', async () => {
    const d = await dashboard(consultant, { industryCode: '52' });
    expect(d).toMatchObject({
      activePlacements: 2,
      placementsByType: [
        { type: 'INTERNSHIP', count: 1 },
        { type: 'SMALL_JOB', count: 1 },
      ],
      placementsByIndustry: [{ industryCode: '52', count: 2 }],
      candidatesActive: 2,
      shareAtLeast18_5OrdinaryHours: 0.5,
      shareAt37OrdinaryHours: 0,
      conversionsToOrdinaryHours: 1,
      conversionsByMonth: [{ month: '2026-09', count: 1 }],
      iguSlotsPublic: 0,
      iguSlotsPrivate: 2,
      activationGapBreaches: 1,
    });
    expect(d.byConsultant.map((c: any) => [c.consultant.name, c.activePlacements, c.conversions])).toEqual([
      ['Kasper Konsulent', 2, 1],
      ['Lone Konsulent', 0, 0],
    ]);
    // A DB07 section letter covers its divisions (52 is in section H).
    expect((await dashboard(admin, { industryCode: 'h' })).activePlacements).toBe(2);
  });

  it('narrows to one consultant and to a period', async () => {
    const d = await dashboard(adviser, { consultantId: lone.id });
    expect(d).toMatchObject({
      activePlacements: 1,
      candidatesActive: 1,
      shareAtLeast18_5OrdinaryHours: 1,
      shareAt37OrdinaryHours: 0,
      conversionsToOrdinaryHours: 0,
      iguSlotsPublic: 0,
      iguSlotsPrivate: 1,
      activationGapBreaches: 0,
    });
    expect(d.byConsultant).toEqual([
      { consultant: { id: lone.id, name: 'Lone Konsulent' }, activePlacements: 1, conversions: 0 },
    ]);

    const october = await dashboard(admin, { from: '2026-10-01', to: '2026-10-31' });
    expect(october.conversionsToOrdinaryHours).toBe(1);
    expect(october.conversionsByMonth).toEqual([{ month: '2026-10', count: 1 }]);
    expect(october.byConsultant[0]).toMatchObject({ conversions: 1 });
    expect(october.activePlacements).toBe(4);
  });

  it('rejects a bad filter and refuses company users', async () => {
    const unknown = await admin.request(DASHBOARD, { filter: { industryCode: 'ZZ' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.industryCode' });
    const backwards = await admin.request(DASHBOARD, { filter: { from: '2026-10-31', to: '2026-10-01' } });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    const badId = await admin.request(DASHBOARD, { filter: { consultantId: 'kasper' } });
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.consultantId' });
    const company = await companyUser.request(DASHBOARD, {});
    expect(company.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(company.data).toBeNull();
  });
});
