import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type User } from '../../server/src/features/auth/user.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { PlacementOutcome, PlacementType } from '../../server/src/features/placements/placement.entity.js';
import { todayInDenmark as today } from '../../server/src/shared/clock.js';
import { addDays } from '../../server/src/shared/dates.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { buildCandidate, buildCompany, buildFollowUp, buildPlacement, buildUser } from '../setup/factories.js';
import { type GqlClient } from '../setup/test-app.js';

const EFFECT = `query($filter: EffectFilter) {
  effectReport(filter: $filter) {
    from to summary
    cohorts { month type people milestones { months observed withOrdinaryHours shareWithOrdinaryHours medianOrdinaryHours inOrdinaryWork shareInOrdinaryWork } }
    totals { months observed withOrdinaryHours medianOrdinaryHours inOrdinaryWork shareInOrdinaryWork }
    byCompany { id name ended converted rate }
    byConsultant { id name ended converted rate }
  }
}`;

type Milestone = {
  months: number;
  observed: number;
  withOrdinaryHours: number;
  medianOrdinaryHours: number | null;
  inOrdinaryWork: number;
};
type Report = {
  from: string;
  to: string;
  summary: string;
  cohorts: { month: string; type: string; people: number; milestones: Milestone[] }[];
  totals: Milestone[];
  byCompany: { id: string; ended: number; converted: number; rate: number }[];
  byConsultant: { id: string; ended: number; converted: number; rate: number }[];
};

/** [observed, with ordinary hours, median, in ordinary work] per milestone 3, 6, 12. */
const figures = (ms: Milestone[]) =>
  ms.map((m) => [m.observed, m.withOrdinaryHours, m.medianOrdinaryHours, m.inOrdinaryWork]);

// A small data set, checked by hand (the hours rule: the latest follow-up within 56 days before
// the milestone; stale counts as none, unless the person is in ordinary work).
describe('effect report over HTTP', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let companyUser: GqlClient;
  let co52: Company;
  let co56: Company;
  let kasper: User;
  let lone: User;
  const em = () => t.em();
  const report = async (filter: Record<string, unknown> = {}) =>
    (await admin.ok<{ effectReport: Report }>(EFFECT, { filter: { from: '2025-01-01', ...filter } })).effectReport;

  beforeAll(async () => {
    t = await createDemoApp();
    co52 = t.company;
    kasper = t.userOf(Role.CONSULTANT);
    const e = em();
    lone = await buildUser(e, Role.CONSULTANT, { name: 'Lone Konsulent', industries: ['56'] });
    co56 = await buildCompany(e, { industry: '56', consultant: lone.id });

    // Cohort 2025-01 internship: a converts (10 h), b completes with stale hours, c rises 6 → 12 → 20.
    const a = await buildCandidate(e);
    const pa = await buildPlacement(e, a.id, co52.id, {
      startDate: '2025-01-10',
      endDate: '2025-04-10',
      outcome: PlacementOutcome.CONVERTED_TO_ORDINARY_HOURS,
    });
    await buildFollowUp(e, pa.id, { date: '2025-02-01', ordinaryHours: 2, attendedHours: 20 });
    await buildFollowUp(e, pa.id, { date: '2025-04-05', ordinaryHours: 10, attendedHours: 25 });
    const b = await buildCandidate(e);
    const pb = await buildPlacement(e, b.id, co52.id, { startDate: '2025-01-20', endDate: '2025-03-20' });
    await buildFollowUp(e, pb.id, { date: '2025-02-15', ordinaryHours: 4, attendedHours: 20 });
    const c = await buildCandidate(e);
    const pc = await buildPlacement(e, c.id, co56.id, { startDate: '2025-01-05' });
    await buildFollowUp(e, pc.id, { date: '2025-03-30', ordinaryHours: 6, attendedHours: 25 });
    await buildFollowUp(e, pc.id, { date: '2025-06-30', ordinaryHours: 12, attendedHours: 30 });
    await buildFollowUp(e, pc.id, { date: '2025-12-20', ordinaryHours: 20, attendedHours: 30 });
    // Cohort 2025-02 wage subsidy: d leaves early, then an ordinary-hours job from June (cohort 2025-06).
    const d = await buildCandidate(e);
    await buildPlacement(e, d.id, co56.id, {
      type: PlacementType.WAGE_SUBSIDY,
      startDate: '2025-02-01',
      endDate: '2025-05-31',
      outcome: PlacementOutcome.ENDED_EARLY,
    });
    const pd = await buildPlacement(e, d.id, co56.id, {
      type: PlacementType.ORDINARY_HOURS,
      startDate: '2025-06-01',
    });
    await buildFollowUp(e, pd.id, { date: '2025-07-15', ordinaryHours: 25, attendedHours: 25 });
    // Started 30 days ago: counted as a person, observed at no milestone yet.
    const f = await buildCandidate(e);
    await buildPlacement(e, f.id, co52.id, { startDate: addDays(today(), -30) });

    admin = await t.as(Role.ADMIN);
    companyUser = await t.as(Role.COMPANY);
  });

  afterAll(() => t?.close());

  it('follows each cohort at 3, 6 and 12 months', async () => {
    const r = await report();
    const jan = r.cohorts.find((x) => x.month === '2025-01' && x.type === 'INTERNSHIP')!;
    expect(jan.people).toBe(3);
    expect(figures(jan.milestones)).toEqual([
      [3, 2, 8, 1], // a 10 h (converted), b stale → 0, c 6 h: median of 6 and 10
      [3, 2, 11, 1], // a's 10 h carry on (converted), c 12 h
      [3, 2, 15, 1], // a 10 h, c 20 h
    ]);
    const feb = r.cohorts.find((x) => x.month === '2025-02' && x.type === 'WAGE_SUBSIDY')!;
    expect(figures(feb.milestones)).toEqual([
      [1, 0, null, 0], // nothing measured by May
      [1, 1, 25, 1], // in the ordinary-hours job by August
      [1, 1, 25, 1], // the job's last hours carry on though the follow-up is old
    ]);
    const jun = r.cohorts.find((x) => x.month === '2025-06' && x.type === 'ORDINARY_HOURS')!;
    expect(figures(jun.milestones)).toEqual([
      [1, 1, 25, 1],
      [1, 1, 25, 1],
      [1, 1, 25, 1],
    ]);
    const recent = r.cohorts.find((x) => x.month === addDays(today(), -30).slice(0, 7))!;
    expect(recent.people).toBe(1);
    expect(recent.milestones.map((m) => m.observed)).toEqual([0, 0, 0]);
    // All cohorts together at 3 months: a, b, c, d (subsidy), d (job) observed; 10, 6 and 25 hours.
    expect(figures(r.totals)[0]).toEqual([5, 3, 10, 2]);
    expect(r.totals.map((m) => m.months)).toEqual([3, 6, 12]);
  });

  it('follows a person across all their placements, the last follow-up of a day, and corrections', async () => {
    // A 2024 cohort of its own (the other tests read from 2025): g's internship, and a small job beside it.
    const e = em();
    const g = await buildCandidate(e);
    const intern = await buildPlacement(e, g.id, co52.id, { startDate: '2024-03-01', endDate: '2024-12-31' });
    const job = await buildPlacement(e, g.id, co56.id, {
      type: PlacementType.SMALL_JOB,
      startDate: '2024-04-15',
    });
    // 3 months (2024-06-01): the small job's follow-up is the person's latest.
    await buildFollowUp(e, intern.id, { date: '2024-05-20', ordinaryHours: 3 });
    await buildFollowUp(e, job.id, { date: '2024-05-25', ordinaryHours: 9 });
    // 6 months (2024-09-01): two follow-ups on one day; the one written last holds.
    const first = await buildFollowUp(e, job.id, { date: '2024-08-20', ordinaryHours: 7 });
    const last = await buildFollowUp(e, intern.id, { date: '2024-08-20', ordinaryHours: 5 });
    // 12 months (2025-03-01): a correction (of the date too) replaces the follow-up it corrects.
    const wrong = await buildFollowUp(e, job.id, { date: '2025-02-10', ordinaryHours: 12 });
    const right = await buildFollowUp(e, job.id, { date: '2025-02-05', ordinaryHours: 4 });
    const conn = e.getConnection();
    await conn.execute('update follow_up set created_at = ? where id = ?', ['2024-08-20T08:00:00Z', first.id]);
    await conn.execute('update follow_up set created_at = ? where id = ?', ['2024-08-20T15:00:00Z', last.id]);
    await conn.execute('update follow_up set superseded_by_id = ? where id = ?', [right.id, wrong.id]);
    await conn.execute('update follow_up set corrects_id = ? where id = ?', [wrong.id, right.id]);

    const r = await report({ from: '2024-03-01', to: '2024-03-31', types: ['INTERNSHIP'] });
    expect(r.cohorts.map((x) => [x.month, x.type, x.people])).toEqual([['2024-03', 'INTERNSHIP', 1]]);
    expect(figures(r.cohorts[0]!.milestones)).toEqual([
      [1, 1, 9, 0],
      [1, 1, 5, 0],
      [1, 1, 4, 0],
    ]);
  });

  it('gives conversion rates per company and consultant', async () => {
    const r = await report();
    expect(r.byCompany.map((x) => [x.id, x.ended, x.converted, x.rate])).toEqual([
      [co52.id, 2, 1, 0.5],
      [co56.id, 1, 0, 0],
    ]);
    expect(r.byConsultant.find((x) => x.id === kasper.id)).toMatchObject({ ended: 2, converted: 1, rate: 0.5 });
    expect(r.byConsultant.find((x) => x.id === lone.id)).toMatchObject({ ended: 1, converted: 0, rate: 0 });
  });

  it('filters by industry, type and period', async () => {
    const r52 = await report({ industryCode: '52' });
    expect(r52.cohorts.find((x) => x.month === '2025-01')!.people).toBe(2);
    expect(r52.byCompany.map((x) => x.id)).toEqual([co52.id]);
    const subsidy = await report({ types: ['WAGE_SUBSIDY'] });
    expect(subsidy.cohorts.map((x) => `${x.month} ${x.type}`)).toEqual(['2025-02 WAGE_SUBSIDY']);
    const spring = await report({ from: '2025-02-01', to: '2025-06-30' });
    expect(spring.cohorts.map((x) => x.month)).toEqual(['2025-02', '2025-06']);
    expect(spring.to).toBe('2025-06-30');
  });

  it('writes its summary in the caller’s language', async () => {
    const da = await report();
    expect(da.summary).toContain('6 personer startede et forløb');
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'accept-language': 'en-GB,en;q=0.9',
        cookie: admin.cookie ?? '',
      },
      body: JSON.stringify({ query: EFFECT, variables: { filter: { from: '2025-01-01' } } }),
    });
    const en = ((await res.json()) as { data: { effectReport: Report } }).data.effectReport;
    expect(en.summary).toContain('6 people started a placement');
    expect(en.summary).toMatch(
      /After 3 months \(5 can be followed that long\): 60% had ordinary hours \(median 10 h\/week\), and 40% were in ordinary work\./,
    );
  });

  it('exports the cohorts as CSV', async () => {
    const { exportEffectCsv: csv } = await admin.ok<{ exportEffectCsv: string }>(
      'query($f: EffectFilter) { exportEffectCsv(filter: $f) }',
      { f: { from: '2025-01-01', to: '2025-01-31' } },
    );
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Startmåned;Forløbstype;Personer;Måneder efter start;Kan følges;Med ordinære timer;Andel med ordinære timer (%);Median ordinære timer pr. uge;I ordinært job;Andel i ordinært job (%)',
    );
    expect(lines.slice(1)).toEqual([
      '2025-01;INTERNSHIP;3;3;3;2;66,7;8;1;33,3',
      '2025-01;INTERNSHIP;3;6;3;2;66,7;11;1;33,3',
      '2025-01;INTERNSHIP;3;12;3;2;66,7;15;1;33,3',
      'Alle;Alle;3;3;3;2;66,7;8;1;33,3',
      'Alle;Alle;3;6;3;2;66,7;11;1;33,3',
      'Alle;Alle;3;12;3;2;66,7;15;1;33,3',
    ]);
  });

  it('refuses companies and bad filters', async () => {
    const r = await companyUser.request(EFFECT, {});
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await admin.request(EFFECT, { filter: { industryCode: '999' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.industryCode' });
    const order = await admin.request(EFFECT, { filter: { from: '2026-01-01', to: '2025-01-01' } });
    expect(order.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
