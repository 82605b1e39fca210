import { describe, expect, it } from 'vitest';
import {
  type Alert,
  activationGapAlert,
  companyContactDueAlert,
  followUpOverdueAlert,
  type PlacementState,
  placementEndingAlert,
  progressionStalledAlert,
} from '../../features/alerts/alert-rules.js';
import { iguEligibility } from '../../features/candidates/igu-eligibility.js';
import { peakWeek } from '../../features/candidates/week-obligation.js';
import { isValidCvr } from '../../features/companies/cvr.js';
import { lookupPostcode } from '../../shared/postcodes.js';
import { loadCompetenceCatalogue } from './competence-catalogue.js';
import { IGU_REQUIREMENTS, IGU_TITLES, INDUSTRY_BY_CODE } from './generator/reference-tables.js';
import {
  appendRows,
  emptyRows,
  GENERATED_KEYS,
  GENERATOR_POSTCODES,
  type GeneratedRows,
  type GeneratorOptions,
  generate,
  Rng,
  SeedGenerator,
} from './generator.js';

const TODAY = '2026-11-23';
const ADVISER = '00000000-0000-4000-8000-00000000000a';
const CONSULTANT = '00000000-0000-4000-8000-00000000000c';
const DEMO_COMPANY = '00000000-0000-4000-8000-0000000000dc';
const PORTFOLIO = ['52', '81', '56', '87', '88', '43'];

const demoOptions = (over: Partial<GeneratorOptions> = {}): GeneratorOptions => ({
  seed: 2026,
  candidates: 300,
  companies: 59,
  tasksPerCompany: 2.5,
  iguSlots: 20,
  today: TODAY,
  advisers: 4,
  consultants: 2,
  takenCvrs: new Set(['10150817']),
  demo: {
    adviserId: ADVISER,
    adviserShare: 1 / 3,
    consultantId: CONSULTANT,
    consultantIndustries: PORTFOLIO,
    portfolioShare: 0.5,
    consultantShare: 1,
    company: { id: DEMO_COMPANY, name: 'Fynsk Lager & Logistik A/S', industryCode: '52', postcode: '5220' },
  },
  ...over,
});

const demo = generate(demoOptions());
const bench = generate({
  seed: 42,
  candidates: 1500,
  companies: 300,
  tasksPerCompany: 2.5,
  iguSlots: 30,
  today: TODAY,
});
const datasets: [string, GeneratedRows][] = [
  ['demo', demo],
  ['bench', bench],
];

const catalogue = new Set(loadCompetenceCatalogue().map((c) => c.code));
const domainOf = new Map(loadCompetenceCatalogue().map((c) => [c.code, c.domain]));

describe('determinism', () => {
  it('gives identical output for the same seed', () => {
    expect(generate(demoOptions())).toEqual(demo);
  });

  it('gives different output for a different seed', () => {
    const other = generate(demoOptions({ seed: 2027 }));
    expect(other.candidates.map((c) => c.id)).not.toEqual(demo.candidates.map((c) => c.id));
    expect(other.candidates.map((c) => `${c.firstName} ${c.lastName}`)).not.toEqual(
      demo.candidates.map((c) => `${c.firstName} ${c.lastName}`),
    );
    expect(other.companies.map((c) => c.cvr)).not.toEqual(demo.companies.map((c) => c.cvr));
  });

  it('does not depend on the chunk size', () => {
    const g = new SeedGenerator(demoOptions());
    const rows = emptyRows();
    appendRows(rows, g.users());
    for (const chunk of g.companyChunks(7)) appendRows(rows, chunk);
    for (const chunk of g.candidateChunks(13)) {
      expect(chunk.candidates.length).toBeLessThanOrEqual(13);
      appendRows(rows, chunk);
    }
    expect(rows).toEqual(demo);
  });

  it('has a PRNG that repeats per seed and spreads its values', () => {
    const a = new Rng('x');
    const b = new Rng('x');
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.filter((x) => x < 0.5).length).toBeGreaterThan(400);
    expect(new Rng('x').uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses nonsense options', () => {
    expect(() => new SeedGenerator(demoOptions({ candidates: -1 }))).toThrow(RangeError);
    expect(() => new SeedGenerator(demoOptions({ today: '2026-02-30' }))).toThrow(RangeError);
    const g = new SeedGenerator(demoOptions());
    expect(() => g.candidateChunks().next()).toThrow(/companies/);
  });
});

describe('timestamps', () => {
  it('stamps nothing after the moment of generation, so a follow-up recorded this morning is the latest', () => {
    const now = Date.parse(`${TODAY}T06:45:00Z`);
    const early = generate(demoOptions({ now }));
    const stamps = [...early.followUps, ...early.placements, ...early.users].map((r) => r.createdAt.getTime());
    expect(Math.max(...stamps)).toBeLessThanOrEqual(now);
    // Without `now`, today's demo follow-ups are stamped at 13:xx: later than 06:45.
    expect(demo.followUps.some((f) => f.date === TODAY && f.createdAt.getTime() > now)).toBe(true);
    expect(early.followUps.filter((f) => f.date === TODAY).length).toBe(
      demo.followUps.filter((f) => f.date === TODAY).length,
    );
  });
});

describe.each(datasets)('%s data', (_name, rows) => {
  it('has unique ids everywhere', () => {
    const ids = GENERATED_KEYS.flatMap((k) => (rows[k] as { id?: string }[]).map((r) => r.id)).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every candidate 1–6 distinct catalogue competences at level 1–4', () => {
    const byCandidate = new Map<string, string[]>();
    for (const cc of rows.candidateCompetences) {
      expect(cc.level).toBeGreaterThanOrEqual(1);
      expect(cc.level).toBeLessThanOrEqual(4);
      expect(catalogue.has(cc.competenceCode)).toBe(true);
      byCandidate.set(cc.candidateId, [...(byCandidate.get(cc.candidateId) ?? []), cc.competenceCode]);
    }
    for (const c of rows.candidates) {
      const codes = byCandidate.get(c.id) ?? [];
      expect(codes.length).toBeGreaterThanOrEqual(1);
      expect(codes.length).toBeLessThanOrEqual(6);
      expect(new Set(codes).size).toBe(codes.length);
    }
    for (const tc of rows.taskCompetences) expect(catalogue.has(tc.competenceCode)).toBe(true);
    for (const f of rows.followUps)
      for (const code of f.confirmedCompetenceCodes) expect(catalogue.has(code)).toBe(true);
  });

  it("gives every IGU slot 2–3 distinct catalogue competences of its industry at a beginner's level, and a low Danish level", () => {
    const bySlot = new Map<string, string[]>();
    for (const r of rows.iguSlotCompetences) {
      expect(catalogue.has(r.competenceCode), r.competenceCode).toBe(true);
      expect([1, 2]).toContain(r.minLevel);
      bySlot.set(r.slotId, [...(bySlot.get(r.slotId) ?? []), r.competenceCode]);
    }
    expect([...bySlot.keys()].every((id) => rows.iguSlots.some((s) => s.id === id))).toBe(true);
    for (const s of rows.iguSlots) {
      const codes = bySlot.get(s.id) ?? [];
      expect(codes.length, s.title).toBeGreaterThanOrEqual(2);
      expect(codes.length, s.title).toBeLessThanOrEqual(3);
      expect(new Set(codes).size).toBe(codes.length);
      const domains = INDUSTRY_BY_CODE.get(s.industryCode)?.domains ?? [];
      for (const code of codes) expect(domains, `${s.title}: ${code}`).toContain(domainOf.get(code));
      // The title's core competence is always asked for.
      expect(codes).toContain(IGU_REQUIREMENTS[s.title]?.core);
      expect(['NONE', 'A1', 'A2', 'B1']).toContain(s.danishLevel);
    }
    // Not all alike: the slots ask for different things and different Danish.
    expect(new Set(rows.iguSlots.map((s) => (bySlot.get(s.id) ?? []).join())).size).toBeGreaterThan(5);
    expect(new Set(rows.iguSlots.map((s) => s.danishLevel)).size).toBeGreaterThan(1);
  });

  it('keeps every number of hours within 0–37 and the database checks', () => {
    const inRange = (h: number) => h >= 0 && h <= 37;
    for (const c of rows.candidates) {
      expect(inRange(c.availableWeeklyHours) && inRange(c.currentOrdinaryHours)).toBe(true);
      expect(c.goalWeeklyHours > 0 && c.goalWeeklyHours <= 37).toBe(true);
      expect(c.maxCommuteKm >= 0 && c.maxCommuteKm <= 300).toBe(true);
    }
    for (const t of rows.tasks) {
      expect(t.weeklyHours > 0 && t.weeklyHours <= 37).toBe(true);
      if (t.expectedOrdinaryHours !== null) expect(inRange(t.expectedOrdinaryHours)).toBe(true);
      expect(t.openings).toBeGreaterThanOrEqual(1);
    }
    for (const s of rows.iguSlots) {
      expect(s.weeklyHours > 0 && s.weeklyHours <= 37).toBe(true);
      expect(s.hourlyWage).toBeGreaterThan(0);
    }
    for (const a of rows.weeklyActivities) expect(a.weeklyHours > 0 && a.weeklyHours <= 37).toBe(true);
    for (const f of rows.followUps) {
      expect(inRange(f.attendedHours)).toBe(true);
      expect(f.ordinaryHours >= 0 && f.ordinaryHours <= f.attendedHours).toBe(true);
      expect(f.absenceDays >= 0 && f.absenceDays <= 7).toBe(true);
      expect(f.progress >= 1 && f.progress <= 5).toBe(true);
      if (f.nextFollowUpDate) expect(f.nextFollowUpDate >= f.date).toBe(true);
    }
    for (const p of rows.placements) {
      if (p.plannedEndDate) expect(p.plannedEndDate >= p.startDate).toBe(true);
      if (p.endDate) expect(p.endDate >= p.startDate).toBe(true);
      expect(p.status === 'ENDED').toBe(p.endDate !== null);
      for (const s of p.hoursPlan) expect(inRange(s.weeklyHours) && inRange(s.ordinaryHours)).toBe(true);
    }
    for (const c of rows.companies) expect(c.contactCadenceDays).toBeGreaterThan(0);
  });

  it("keeps every placement within its type's longest length (internship 13 weeks extended, wage subsidy 26)", () => {
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    // As the server counts it: the last day of the last week, start + 7·weeks − 1.
    const max: Partial<Record<string, number>> = { INTERNSHIP: 13 * 7 - 1, WAGE_SUBSIDY: 26 * 7 - 1 };
    const tooLong = rows.placements.filter((p) => {
      const limit = max[p.type];
      const end = p.endDate ?? p.plannedEndDate;
      return limit !== undefined && end !== null && days(p.startDate, end) > limit;
    });
    expect(tooLong.map((p) => `${p.type} ${p.startDate}–${p.endDate ?? p.plannedEndDate}`)).toEqual([]);
  });

  it('uses real postcodes only', () => {
    const all = [
      ...rows.candidates.map((c) => c.postcode),
      ...rows.companies.map((c) => c.postcode),
      ...rows.tasks.map((t) => t.postcode),
      ...rows.iguSlots.map((s) => s.postcode),
    ];
    for (const pc of new Set([...all, ...GENERATOR_POSTCODES])) expect(lookupPostcode(pc), pc).toBeDefined();
    // weighted towards a few municipalities: Odense and Aarhus hold the most people
    const odenseAarhus = rows.candidates.filter((c) => /^(5[0-2]\d\d|8[0-2]\d\d)$/.test(c.postcode)).length;
    expect(odenseAarhus / rows.candidates.length).toBeGreaterThan(0.3);
  });

  it('has hours plans that rise, and rising ordinary hours in normal placements', () => {
    for (const p of rows.placements) {
      const plan = p.hoursPlan;
      expect(plan.length).toBeGreaterThanOrEqual(2);
      expect(plan[0]?.fromWeek).toBe(1);
      for (let i = 1; i < plan.length; i++) {
        const [a, b] = [plan[i - 1]!, plan[i]!];
        expect(b.fromWeek).toBeGreaterThan(a.fromWeek);
        expect(b.weeklyHours).toBeGreaterThanOrEqual(a.weeklyHours);
        expect(b.ordinaryHours).toBeGreaterThanOrEqual(a.ordinaryHours);
        expect(b.ordinaryHours).toBeLessThanOrEqual(b.weeklyHours);
      }
      const [first, last] = [plan[0]!, plan[plan.length - 1]!];
      expect(last.weeklyHours + last.ordinaryHours).toBeGreaterThan(first.weeklyHours + first.ordinaryHours);
    }
    // Apart from the few stalled ones, ordinary hours rise at every follow-up.
    const byPlacement = followUpsByPlacement(rows);
    let rising = 0;
    let stalled = 0;
    for (const list of byPlacement.values()) {
      if (list.length < 3) continue;
      const strictly = list.every((f, i) => i === 0 || f.ordinaryHours > list[i - 1]!.ordinaryHours);
      if (strictly) rising++;
      else stalled++;
    }
    expect(rising).toBeGreaterThan(10 * stalled);
  });

  it('stores no protected attributes', () => {
    const forbidden = /national|ethnic|gender|sex|religio|origin|country|race|birthplace/i;
    const keys = new Set<string>();
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object' && !(v instanceof Date)) {
        for (const [k, inner] of Object.entries(v)) {
          keys.add(k);
          walk(inner);
        }
      }
    };
    for (const k of GENERATED_KEYS) walk(rows[k]);
    expect([...keys].filter((k) => forbidden.test(k))).toEqual([]);
    expect(keys.has('firstName')).toBe(true);
  });

  it('has valid, unique CVR numbers and unique user e-mails', () => {
    const cvrs = rows.companies.map((c) => c.cvr);
    for (const cvr of cvrs) {
      expect(isValidCvr(cvr), cvr).toBe(true);
      expect(cvr).toMatch(/^[1-9]\d{7}$/);
    }
    expect(new Set(cvrs).size).toBe(cvrs.length);
    expect(cvrs).not.toContain('10150817');
    const emails = rows.users.map((u) => u.email);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('keeps its references consistent', () => {
    const candidates = new Set(rows.candidates.map((c) => c.id));
    const companies = new Set([...rows.companies.map((c) => c.id), DEMO_COMPANY]);
    const tasks = new Map(rows.tasks.map((t) => [t.id, t]));
    const slots = new Map(rows.iguSlots.map((s) => [s.id, s]));
    const users = new Set([...rows.users.map((u) => u.id), ADVISER, CONSULTANT]);
    const placements = new Set(rows.placements.map((p) => p.id));
    for (const t of rows.tasks) expect(companies.has(t.companyId)).toBe(true);
    for (const p of rows.placements) {
      expect(candidates.has(p.candidateId) && companies.has(p.companyId)).toBe(true);
      if (p.taskId) expect(tasks.get(p.taskId)?.companyId).toBe(p.companyId);
      if (p.iguSlotId) expect(slots.get(p.iguSlotId)?.companyId).toBe(p.companyId);
      if (p.createdById) expect(users.has(p.createdById)).toBe(true);
    }
    for (const f of rows.followUps) expect(placements.has(f.placementId)).toBe(true);
    for (const p of rows.proposals) {
      expect((p.taskId === null) !== (p.iguSlotId === null)).toBe(true);
      const opening = p.taskId ? tasks.get(p.taskId) : slots.get(p.iguSlotId as string);
      expect(opening?.companyId).toBe(p.companyId);
      expect(p.history[p.history.length - 1]?.status).toBe(p.status);
    }
    for (const c of rows.candidates) if (c.adviserId) expect(users.has(c.adviserId)).toBe(true);
    // only one active placement per candidate
    const active = rows.placements.filter((p) => p.status === 'ACTIVE').map((p) => p.candidateId);
    expect(new Set(active).size).toBe(active.length);
  });

  it('puts only IGU-eligible people in IGU slots and proposals', () => {
    const candidates = new Map(rows.candidates.map((c) => [c.id, c]));
    const slots = new Map(rows.iguSlots.map((s) => [s.id, s]));
    const pairs = [
      ...rows.placements.filter((p) => p.iguSlotId).map((p) => [p.candidateId, p.iguSlotId as string] as const),
      ...rows.proposals.filter((p) => p.iguSlotId).map((p) => [p.candidateId, p.iguSlotId as string] as const),
    ];
    expect(pairs.length).toBeGreaterThan(0);
    for (const [candidateId, slotId] of pairs) {
      const c = candidates.get(candidateId)!;
      const result = iguEligibility(c, slots.get(slotId)!.startDate);
      expect(result.reason).toBeNull();
    }
    for (const p of rows.placements.filter((x) => x.type === 'IGU')) expect(p.iguSlotId).not.toBeNull();
  });

  it('skews Danish levels low and asks consent of about 80 %', () => {
    const low = rows.candidates.filter((c) => ['NONE', 'A1', 'A2', 'B1'].includes(c.danishLevel)).length;
    expect(low / rows.candidates.length).toBeGreaterThan(0.7);
    const consent = rows.candidates.filter((c) => c.consentToShare).length / rows.candidates.length;
    expect(consent).toBeGreaterThan(0.7);
    expect(consent).toBeLessThan(0.92);
    for (const c of rows.candidates) expect(c.consentGivenAt !== null).toBe(c.consentToShare);
  });

  it('makes every alert kind appear at least once', () => {
    const kinds = new Set(alertsOf(rows).map((a) => a.kind));
    expect([...kinds].sort()).toEqual([
      'ACTIVATION_GAP',
      'COMPANY_CONTACT_DUE',
      'FOLLOW_UP_OVERDUE',
      'PLACEMENT_ENDING',
      'PROGRESSION_STALLED',
    ]);
  });
});

describe('IGU requirements table', () => {
  it("has requirements for every IGU title, all catalogue competences of the title's industry", () => {
    for (const [industry, titles] of Object.entries(IGU_TITLES)) {
      const domains = INDUSTRY_BY_CODE.get(industry)?.domains ?? [];
      for (const title of titles) {
        const req = IGU_REQUIREMENTS[title];
        expect(req, title).toBeDefined();
        const codes = [req?.core, ...(req?.more ?? [])];
        expect(codes.length, title).toBeGreaterThanOrEqual(3);
        for (const code of codes) {
          expect(catalogue.has(code as string), `${title}: ${code}`).toBe(true);
          expect(domains, `${title}: ${code}`).toContain(domainOf.get(code as string));
        }
      }
    }
  });
});

describe('the demo', () => {
  it('has the requested sizes', () => {
    expect(demo.candidates).toHaveLength(300);
    expect(demo.companies).toHaveLength(59); // plus the existing demo company: 60
    expect(demo.tasks).toHaveLength(150);
    expect(demo.iguSlots).toHaveLength(20);
    expect(demo.users).toHaveLength(6);
    expect(new Set(demo.iguSlots.map((s) => sectorOf(demo, s.companyId)))).toEqual(
      new Set(['PUBLIC', 'PRIVATE', 'PRIVATE (demo)']),
    );
  });

  it('names no company twice (a municipality has one town hall canteen), in the demo and at bench size', () => {
    for (const [, rows] of datasets) {
      const names = rows.companies.map((c) => c.name.replace(/ (ApS|A\/S|I\/S)$/, '').toLocaleLowerCase('da'));
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    }
  });

  it('gives the demo adviser about a third of the candidates and the consultant about half of the companies', () => {
    const caseload = demo.candidates.filter((c) => c.adviserId === ADVISER).length;
    expect(caseload).toBeGreaterThan(80);
    expect(caseload).toBeLessThan(130);
    const portfolio = demo.companies.filter((c) => c.consultantId === CONSULTANT);
    expect(portfolio.length).toBeGreaterThan(20);
    expect(portfolio.length).toBeLessThan(42);
    for (const c of portfolio) expect(PORTFOLIO).toContain(c.industryCode);
  });

  it('gives the demo company tasks, an IGU slot, interns with 12 weeks of rising hours and proposals to answer', () => {
    expect(demo.tasks.filter((t) => t.companyId === DEMO_COMPANY)).toHaveLength(4);
    expect(demo.iguSlots.filter((s) => s.companyId === DEMO_COMPANY)).toHaveLength(1);
    const interns = demo.placements.filter((p) => p.companyId === DEMO_COMPANY && p.status === 'ACTIVE');
    expect(interns.length).toBeGreaterThanOrEqual(2);
    expect(interns.length).toBeLessThanOrEqual(3);
    const fus = followUpsByPlacement(demo);
    for (const p of interns) {
      const list = fus.get(p.id) ?? [];
      expect(list).toHaveLength(6);
      expect(list[0]?.date).toBe('2026-09-14');
      expect(list[5]?.date).toBe(TODAY);
      for (let i = 1; i < list.length; i++) expect(list[i]!.ordinaryHours).toBeGreaterThan(list[i - 1]!.ordinaryHours);
    }
    const proposals = demo.proposals.filter((p) => p.companyId === DEMO_COMPANY);
    expect(proposals.filter((p) => p.status === 'PROPOSED').length).toBeGreaterThanOrEqual(2);
    expect(new Set(proposals.map((p) => p.status))).toEqual(
      new Set(['SUGGESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN']),
    );
  });

  it('shows every candidate alert in the demo adviser’s caseload and the contact alert in the consultant’s portfolio', () => {
    const mine = new Set(demo.candidates.filter((c) => c.adviserId === ADVISER).map((c) => c.id));
    const portfolio = new Set(demo.companies.filter((c) => c.consultantId === CONSULTANT).map((c) => c.id));
    const alerts = alertsOf(demo);
    const kinds = new Set(
      alerts
        .filter(
          (a) =>
            (a.candidateId && mine.has(a.candidateId)) || (!a.candidateId && a.companyId && portfolio.has(a.companyId)),
        )
        .map((a) => a.kind),
    );
    expect(kinds.size).toBe(5);
    const gaps = alerts.filter((a) => a.kind === 'ACTIVATION_GAP' && mine.has(a.candidateId as string));
    expect(gaps.some((a) => a.severity === 'CRITICAL')).toBe(true); // more than 6 weeks
    expect(gaps.some((a) => a.severity === 'WARNING')).toBe(true); // between 4 and 6 weeks
  });

  it('has a few proposals in each status', () => {
    for (const status of ['SUGGESTED', 'PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN']) {
      expect(demo.proposals.filter((p) => p.status === status).length, status).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('bench sizes', () => {
  it('scales the counts with the options', () => {
    expect(bench.candidates).toHaveLength(1500);
    expect(bench.companies).toHaveLength(300);
    expect(bench.tasks).toHaveLength(750);
    expect(bench.iguSlots).toHaveLength(30);
    expect(bench.placements.length).toBeGreaterThan(600);
  });

  it('never generates a CVR that is taken', () => {
    const taken = new Set(bench.companies.slice(0, 50).map((c) => c.cvr));
    const rows = generate({
      seed: 42,
      candidates: 0,
      companies: 300,
      tasksPerCompany: 1,
      iguSlots: 0,
      today: TODAY,
      takenCvrs: taken,
    });
    for (const c of rows.companies) expect(taken.has(c.cvr)).toBe(false);
    expect(rows.candidates).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------

function sectorOf(rows: GeneratedRows, companyId: string): string {
  if (companyId === DEMO_COMPANY) return 'PRIVATE (demo)';
  return rows.companies.find((c) => c.id === companyId)?.sector ?? '?';
}

function followUpsByPlacement(rows: GeneratedRows) {
  const map = new Map<string, GeneratedRows['followUps']>();
  for (const f of rows.followUps) map.set(f.placementId, [...(map.get(f.placementId) ?? []), f]);
  for (const list of map.values()) list.sort((a, b) => (a.date < b.date ? -1 : 1));
  return map;
}

/** The alerts the pure rules raise for the generated data on TODAY. */
function alertsOf(rows: GeneratedRows): Alert[] {
  const alerts: Alert[] = [];
  const placementsOf = new Map<string, GeneratedRows['placements']>();
  for (const p of rows.placements) placementsOf.set(p.candidateId, [...(placementsOf.get(p.candidateId) ?? []), p]);
  const accepted = new Set(rows.proposals.filter((p) => p.status === 'ACCEPTED').map((p) => p.candidateId));
  const fus = followUpsByPlacement(rows);
  const candidates = new Map(rows.candidates.map((c) => [c.id, c]));

  for (const c of rows.candidates) {
    if (c.status !== 'ACTIVE') continue;
    const ps = placementsOf.get(c.id) ?? [];
    const ended = ps.filter((p) => p.endDate).map((p) => p.endDate as string);
    const a = activationGapAlert(
      {
        candidateId: c.id,
        name: c.firstName,
        activationRuleApplies: c.targetGroup === 'INTEGRATION_PROGRAMME' && c.readiness === 'JOB_READY',
        hasActiveCompanyPlacement: ps.some((p) => p.status === 'ACTIVE'),
        lastCompanyPlacementEndedOn: ended.length ? ended.sort().at(-1)! : null,
        enrolledOn: c.enrolledOn,
      },
      TODAY,
    );
    if (a) alerts.push(a);
  }
  for (const p of rows.placements) {
    const c = candidates.get(p.candidateId)!;
    const state: PlacementState = {
      placementId: p.id,
      candidateId: p.candidateId,
      candidateName: c.firstName,
      companyId: p.companyId,
      companyName: 'x',
      active: p.status === 'ACTIVE',
      startDate: p.startDate,
      plannedEndDate: p.plannedEndDate,
      hasNextStep:
        p.outcome !== null ||
        accepted.has(p.candidateId) ||
        (placementsOf.get(p.candidateId) ?? []).some((o) => o.id !== p.id && o.startDate > TODAY),
      followUps: (fus.get(p.id) ?? []).map((f) => ({
        date: f.date,
        ordinaryHours: f.ordinaryHours,
        nextFollowUpDate: f.nextFollowUpDate,
      })),
      ordinaryHoursGoal: c.goalWeeklyHours,
    };
    for (const a of [
      followUpOverdueAlert(state, TODAY),
      placementEndingAlert(state, TODAY),
      progressionStalledAlert(state),
    ]) {
      if (a) alerts.push(a);
    }
  }
  for (const co of rows.companies) {
    const a = companyContactDueAlert(
      {
        companyId: co.id,
        companyName: co.name,
        lastContactOn: co.lastContactAt ? co.lastContactAt.toISOString().slice(0, 10) : null,
        createdOn: co.createdAt.toISOString().slice(0, 10),
        cadenceDays: co.contactCadenceDays,
      },
      TODAY,
    );
    if (a) alerts.push(a);
  }
  return alerts;
}

describe('the planned week (issue 16.3)', () => {
  it.each(datasets)('puts nobody above full time in the %s data, so it loads without week exceptions', (_, rows) => {
    const over: string[] = [];
    for (const c of rows.candidates) {
      const facts = {
        activityHours: rows.weeklyActivities.filter((a) => a.candidateId === c.id).map((a) => a.weeklyHours),
        placements: rows.placements.filter((p) => p.candidateId === c.id && p.status === 'ACTIVE'),
      };
      const peak = peakWeek(facts, TODAY);
      if (peak.total > 37) over.push(`${c.firstName}: ${peak.total} h from ${peak.date}`);
    }
    expect(over).toEqual([]);
  });
});
