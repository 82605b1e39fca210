import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type User } from '../../server/src/features/auth/user.entity.js';
import { type Candidate, Readiness } from '../../server/src/features/candidates/candidate.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { Proposal, ProposalStatus } from '../../server/src/features/proposals/proposal.entity.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import {
  buildCandidate,
  buildCompany,
  buildFollowUp,
  buildPlacement,
  buildTask,
  buildUser,
} from '../setup/factories.js';
import { type GqlClient } from '../setup/test-app.js';

const ALERTS = `query($first: Int, $asOf: Date) {
  alerts(first: $first, asOf: $asOf) {
    kind severity dueDate message
    candidate { id firstName }
    company { id name }
    placement { id }
  }
}`;
const AS_OF = '2026-12-05';

interface AlertOut {
  kind: string;
  severity: string;
  dueDate: string;
  message: string;
  candidate: { id: string; firstName: string } | null;
  company: { id: string; name: string } | null;
  placement: { id: string } | null;
}

describe('alerts over HTTP', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let consultant: GqlClient;
  let adviserA: GqlClient;
  let adviserB: GqlClient;
  let companyUser: GqlClient;
  let users: User[];
  let demoCompany: Company;
  let staleCompany: Company;
  let outsideCompany: Company;
  const c: Record<string, Candidate> = {};
  const p: Record<string, string> = {};
  const em = () => t.em();

  const alertsOf = async (client: GqlClient, vars: Record<string, unknown> = { asOf: AS_OF, first: 100 }) =>
    (await client.ok<{ alerts: AlertOut[] }>(ALERTS, vars)).alerts;
  const find = (alerts: AlertOut[], kind: string, candidateId?: string) =>
    alerts.filter((a) => a.kind === kind && (!candidateId || a.candidate?.id === candidateId));

  beforeAll(async () => {
    t = await createDemoApp();
    ({ users, company: demoCompany } = t);
    const e = em();
    const adviserAId = users.find((u) => u.role === Role.ADVISER)!.id;
    const b = await buildUser(e, Role.ADVISER, { email: 'adviser.b@test.dk' });

    staleCompany = await buildCompany(e, {
      industry: '56',
      name: 'Kantinen Ved Åen ApS',
      lastContactAt: new Date('2026-10-01T10:00:00Z'),
      contactCadenceDays: 21,
    });
    outsideCompany = await buildCompany(e, {
      industry: '10',
      name: 'Bageriet Langt Væk ApS',
      lastContactAt: new Date('2026-09-01T10:00:00Z'),
    });

    // ACTIVATION_GAP: last company placement ended 2026-10-23 → breach on 2026-12-04.
    c.gapA = await buildCandidate(e, { adviser: adviserAId, firstName: 'Amina' });
    await buildPlacement(e, c.gapA.id, outsideCompany.id, { startDate: '2026-08-03', endDate: '2026-10-23' });
    // Never placed, enrolled long ago: B's person.
    c.gapB = await buildCandidate(e, { adviser: b.id, firstName: 'Bashir', enrolledOn: '2026-06-01' });
    // Activity-ready: the 6-week rule does not apply.
    c.notApplicable = await buildCandidate(e, {
      adviser: adviserAId,
      firstName: 'Nadia',
      readiness: Readiness.ACTIVITY_READY,
      enrolledOn: '2026-01-05',
    });

    // FOLLOW_UP_OVERDUE: started 2026-11-01, no follow-up → due 2026-11-15.
    c.overdueA = await buildCandidate(e, { adviser: adviserAId, firstName: 'Omar' });
    p.overdueA = (await buildPlacement(e, c.overdueA.id, demoCompany.id, { startDate: '2026-11-01' })).id;
    c.overdueB = await buildCandidate(e, { adviser: b.id, firstName: 'Olga' });
    p.overdueB = (await buildPlacement(e, c.overdueB.id, demoCompany.id, { startDate: '2026-11-01' })).id;

    // PLACEMENT_ENDING: ends 2026-12-12 with no next step.
    c.endingA = await buildCandidate(e, { adviser: adviserAId, firstName: 'Elias' });
    p.endingA = (
      await buildPlacement(e, c.endingA.id, demoCompany.id, {
        startDate: '2026-11-16',
        plannedEndDate: '2026-12-12',
      })
    ).id;
    await buildFollowUp(e, p.endingA, { date: '2026-11-30', nextFollowUpDate: '2026-12-14' });

    // Ends soon too, but an accepted proposal elsewhere is the next step: no PLACEMENT_ENDING.
    c.nextStepA = await buildCandidate(e, { adviser: adviserAId, firstName: 'Farah' });
    p.nextStepA = (
      await buildPlacement(e, c.nextStepA.id, demoCompany.id, {
        startDate: '2026-11-20',
        plannedEndDate: '2026-12-10',
      })
    ).id;
    await buildFollowUp(e, p.nextStepA, { date: '2026-11-27', nextFollowUpDate: '2026-12-11' });
    const nextTask = await buildTask(e, staleCompany.id, { title: 'Opvask' });
    e.create(Proposal, {
      candidate: c.nextStepA,
      task: nextTask,
      company: staleCompany,
      status: ProposalStatus.ACCEPTED,
    });
    await e.flush();

    // PROGRESSION_STALLED: ordinary hours flat at 10 over the last three follow-ups.
    c.stalledA = await buildCandidate(e, { adviser: adviserAId, firstName: 'Samir' });
    p.stalledA = (await buildPlacement(e, c.stalledA.id, demoCompany.id, { startDate: '2026-10-01' })).id;
    for (const date of ['2026-10-15', '2026-11-01', '2026-11-20']) {
      await buildFollowUp(e, p.stalledA, {
        date,
        attendedHours: 25,
        ordinaryHours: 10,
        nextFollowUpDate: '2026-12-10',
      });
    }

    [admin, consultant, adviserA, adviserB, companyUser] = await Promise.all([
      t.as(Role.ADMIN),
      t.as(Role.CONSULTANT),
      t.as(Role.ADVISER),
      t.client().login('adviser.b@test.dk'),
      t.as(Role.COMPANY),
    ]);
  });
  afterAll(() => t?.close());

  it("gives an adviser each kind for its own caseload and nothing of another adviser's", async () => {
    const alerts = await alertsOf(adviserA);

    const [gap] = find(alerts, 'ACTIVATION_GAP', c.gapA!.id);
    expect(gap).toMatchObject({
      severity: 'CRITICAL',
      dueDate: '2026-12-04',
      candidate: { id: c.gapA!.id, firstName: 'Amina' },
      company: null,
      placement: null,
    });
    expect(gap!.message).toContain('Amina');

    expect(find(alerts, 'FOLLOW_UP_OVERDUE', c.overdueA!.id)[0]).toMatchObject({
      severity: 'CRITICAL',
      dueDate: '2026-11-15',
      company: { id: demoCompany.id, name: demoCompany.name },
      placement: { id: p.overdueA },
    });
    expect(find(alerts, 'PLACEMENT_ENDING', c.endingA!.id)[0]).toMatchObject({
      severity: 'WARNING',
      dueDate: '2026-12-12',
      placement: { id: p.endingA },
    });
    expect(find(alerts, 'PROGRESSION_STALLED', c.stalledA!.id)[0]).toMatchObject({
      severity: 'INFO',
      dueDate: '2026-11-20',
      placement: { id: p.stalledA },
    });

    // Not for A: B's people, a person outside the rule, a placement with a next step, companies.
    const ids = alerts.map((a) => a.candidate?.id);
    expect(ids).not.toContain(c.gapB!.id);
    expect(ids).not.toContain(c.overdueB!.id);
    expect(ids).not.toContain(c.notApplicable!.id);
    expect(find(alerts, 'PLACEMENT_ENDING', c.nextStepA!.id)).toEqual([]);
    expect(find(alerts, 'FOLLOW_UP_OVERDUE', c.endingA!.id)).toEqual([]);
    expect(find(alerts, 'COMPANY_CONTACT_DUE')).toEqual([]);
    // Most urgent first.
    expect(alerts[0]!.severity).toBe('CRITICAL');
    expect(alerts.at(-1)!.severity).toBe('INFO');
  });

  it("gives the other adviser its own people's alerts only", async () => {
    const alerts = await alertsOf(adviserB);
    expect(find(alerts, 'ACTIVATION_GAP', c.gapB!.id)[0]?.message).toContain('siden indskrivningen');
    expect(find(alerts, 'FOLLOW_UP_OVERDUE', c.overdueB!.id)).toHaveLength(1);
    const ids = new Set(alerts.map((a) => a.candidate?.id));
    for (const k of ['gapA', 'overdueA', 'endingA', 'stalledA']) expect(ids.has(c[k]!.id)).toBe(false);
  });

  it('gives a consultant COMPANY_CONTACT_DUE for its portfolio and its placements, no activation gaps', async () => {
    const alerts = await alertsOf(consultant);
    const contact = find(alerts, 'COMPANY_CONTACT_DUE');
    expect(contact).toHaveLength(1);
    expect(contact[0]).toMatchObject({
      severity: 'CRITICAL',
      dueDate: '2026-10-22',
      company: { id: staleCompany.id, name: 'Kantinen Ved Åen ApS' },
      candidate: null,
    });
    expect(contact[0]!.message).toContain('Kantinen Ved Åen ApS');
    expect(
      find(alerts, 'FOLLOW_UP_OVERDUE')
        .map((a) => a.placement?.id)
        .sort(),
    ).toEqual([p.overdueA, p.overdueB].sort());
    expect(find(alerts, 'ACTIVATION_GAP')).toEqual([]);
  });

  it('shows a consultant the first name only of people who consented to share their profile', async () => {
    const before = find(await alertsOf(consultant), 'FOLLOW_UP_OVERDUE', c.overdueB!.id)[0];
    expect(before?.candidate?.firstName).toBe('Olga');
    const e = em();
    await e.nativeUpdate('Candidate', { id: c.overdueB!.id }, { consentToShare: false });
    try {
      const hidden = (await alertsOf(consultant)).find((a) => a.placement?.id === p.overdueB);
      expect(hidden?.candidate?.firstName).toBe('en kandidat');
      expect(hidden?.message).not.toContain('Olga');
      // The person's own adviser still sees the name.
      expect(find(await alertsOf(adviserB), 'FOLLOW_UP_OVERDUE', c.overdueB!.id)[0]?.candidate?.firstName).toBe('Olga');
    } finally {
      await e.nativeUpdate('Candidate', { id: c.overdueB!.id }, { consentToShare: true });
    }
  });

  it("gives a company its own placements' overdue follow-ups and endings only", async () => {
    const alerts = await alertsOf(companyUser);
    expect(new Set(alerts.map((a) => a.kind))).toEqual(new Set(['FOLLOW_UP_OVERDUE', 'PLACEMENT_ENDING']));
    expect(
      find(alerts, 'FOLLOW_UP_OVERDUE')
        .map((a) => a.candidate?.firstName)
        .sort(),
    ).toEqual(['Olga', 'Omar']);
    expect(find(alerts, 'PLACEMENT_ENDING', c.endingA!.id)).toHaveLength(1);
    for (const a of alerts) expect(a.company?.id).toBe(demoCompany.id);
  });

  it('gives an admin everything, including companies outside any portfolio', async () => {
    const alerts = await alertsOf(admin);
    const kinds = new Set(alerts.map((a) => a.kind));
    expect(kinds).toEqual(
      new Set([
        'ACTIVATION_GAP',
        'FOLLOW_UP_OVERDUE',
        'PLACEMENT_ENDING',
        'PROGRESSION_STALLED',
        'COMPANY_CONTACT_DUE',
      ]),
    );
    expect(find(alerts, 'COMPANY_CONTACT_DUE').map((a) => a.company?.id)).toContain(outsideCompany.id);
    expect(
      find(alerts, 'ACTIVATION_GAP')
        .map((a) => a.candidate?.id)
        .sort(),
    ).toEqual([c.gapA!.id, c.gapB!.id].sort());
  });

  it('evaluates on the asOf day: a warning before the 6 weeks are reached', async () => {
    const alerts = await alertsOf(adviserA, { asOf: '2026-11-21' });
    expect(find(alerts, 'ACTIVATION_GAP', c.gapA!.id)[0]).toMatchObject({ severity: 'WARNING', dueDate: '2026-12-04' });
    // Before 4 weeks: nothing.
    const earlier = await alertsOf(adviserA, { asOf: '2026-11-19' });
    expect(find(earlier, 'ACTIVATION_GAP', c.gapA!.id)).toEqual([]);
  });

  it('limits to first, and rejects an out-of-range first', async () => {
    expect(await alertsOf(admin, { asOf: AS_OF, first: 2 })).toHaveLength(2);
    const r = await admin.request(ALERTS, { first: 0 });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('speaks English when asked', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': 'en-GB,en;q=0.9',
        cookie: adviserA.cookie!,
      },
      body: JSON.stringify({ query: ALERTS, variables: { asOf: AS_OF } }),
    });
    const body = (await res.json()) as { data: { alerts: AlertOut[] } };
    const gap = find(body.data.alerts, 'ACTIVATION_GAP', c.gapA!.id)[0];
    // The adviser reads the full name (unambiguous in a caseload); dates in the language's one format.
    expect(gap?.message).toMatch(
      /^Amina Efternavn\d+ has had no company-directed offer for 6 weeks; the 6-week limit was reached on 4 Dec 2026\.$/,
    );
  });

  it('needs a login', async () => {
    const r = await t.client().request(ALERTS, {});
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
