import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { computeCandidateAvailability } from '../../server/src/features/availability/availability.service.js';
import { todayInDenmark } from '../../server/src/shared/clock.js';
import { createTestApp, type GqlClient, type TestApp } from '../setup/test-app.js';

/**
 * The demo as `npm start` loads it tells one consistent story (issue 12, items 1, 2 and 10): the
 * top-3 suggestions for every opening with a place left are people with the hours free (or whose
 * placement ends within the window), nobody in a full-time placement is listed as free, and no
 * company appears twice.
 */

interface Opening {
  id: string;
  title: string;
  status: string;
  weeklyHours: number;
  openings: number;
  openingsLeft: number;
}
interface Suggested {
  candidate: { id: string; freeWeeklyHours: number; availableFrom: string | null };
}

const OPENING_FIELDS = 'id title status weeklyHours openings openingsLeft';
const TASKS = `query($status: TaskStatus, $after: String) { tasks(filter: { status: $status }, first: 100, after: $after) {
  pageInfo { endCursor hasNextPage } edges { node { ${OPENING_FIELDS} } } } }`;
const SLOTS = `query($after: String) { iguSlots(filter: { status: OPEN }, first: 100, after: $after) {
  pageInfo { endCursor hasNextPage } edges { node { ${OPENING_FIELDS} } } } }`;
const SUGGESTED = 'candidate { id freeWeeklyHours availableFrom }';
const MATCH_TASK = `query($id: ID!) { matchCandidatesForTask(taskId: $id, first: 3) { ${SUGGESTED} } }`;
const MATCH_SLOT = `query($id: ID!) { matchCandidatesForIguSlot(iguSlotId: $id, first: 3) { ${SUGGESTED} } }`;
const CANDIDATES = `query($after: String) { candidates(filter: { status: ACTIVE }, first: 100, after: $after) {
  pageInfo { endCursor hasNextPage } edges { node { id freeWeeklyHours hourGoal } } } }`;
const COMPANIES = `query($after: String) { companies(first: 100, after: $after) {
  pageInfo { endCursor hasNextPage } edges { node { id name cvr } } } }`;
const SEARCH_FREE = `query($filter: CandidateSearchFilter) { searchCandidates(filter: $filter, first: 100) {
  totalHits hits { candidate { id freeWeeklyHours } } } }`;

type Page<T> = { pageInfo: { endCursor: string | null; hasNextPage: boolean }; edges: { node: T }[] };

/** Every node of a connection, page by page. */
async function all<T>(
  client: GqlClient,
  query: string,
  pick: (d: any) => Page<T>,
  vars: Record<string, unknown> = {},
): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = pick(await client.ok(query, { ...vars, after }));
    out.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

describe('the demo data', { timeout: 600_000 }, () => {
  let t: TestApp;
  let admin: GqlClient;

  beforeAll(async () => {
    t = await createTestApp();
    // As main.ts does on an empty database, then the index as the start-up rebuild fills it.
    await seedDemo(t.runtime.services, { rules: t.config.rules });
    await t.runtime.services.search.rebuildAll(t.runtime.orm.em.fork());
    admin = await t.client().login('admin@demo.dk');
  }, 600_000);
  afterAll(() => t?.close());

  it('suggests, in the top 3 of every opening with a place left, only people with the hours free', async () => {
    const tasks = [
      ...(await all<Opening>(admin, TASKS, (d) => d.tasks, { status: 'OPEN' })),
      ...(await all<Opening>(admin, TASKS, (d) => d.tasks, { status: 'IN_PROGRESS' })),
    ];
    const slots = await all<Opening>(admin, SLOTS, (d) => d.iguSlots);
    const withRoom = (o: Opening) => o.openingsLeft > 0;
    expect(tasks.filter(withRoom).length).toBeGreaterThan(20);
    expect(slots.filter(withRoom).length).toBeGreaterThan(0);

    let suggestions = 0;
    const withoutHours: string[] = [];
    const suggestedIds = new Set<string>();
    for (const [kind, list] of [
      ['task', tasks],
      ['iguSlot', slots],
    ] as const) {
      for (const o of list.filter(withRoom)) {
        const data = await admin.ok(kind === 'task' ? MATCH_TASK : MATCH_SLOT, { id: o.id });
        const top: Suggested[] = kind === 'task' ? data.matchCandidatesForTask : data.matchCandidatesForIguSlot;
        suggestions += top.length;
        for (const m of top) {
          suggestedIds.add(m.candidate.id);
          // availableFrom is set only when a current placement ends within the window: then the
          // person may be suggested with a "ledig fra" note.
          if (m.candidate.freeWeeklyHours < o.weeklyHours && !m.candidate.availableFrom)
            withoutHours.push(`${o.title}: ${m.candidate.id} (${m.candidate.freeWeeklyHours} of ${o.weeklyHours} h)`);
        }
      }
    }
    console.log(
      `demo top-3: ${withoutHours.length} of ${suggestions} suggestions for ${tasks.filter(withRoom).length} tasks and ${slots.filter(withRoom).length} IGU slots with a place left are people without enough free hours`,
    );
    expect(suggestions).toBeGreaterThan(60);
    expect(withoutHours).toEqual([]);

    // The stored free hours the matcher read agree with free hours computed from scratch.
    const computed = await computeCandidateAvailability(
      t.runtime.orm.em.fork(),
      [...suggestedIds],
      t.config.rules,
      todayInDenmark(),
    );
    const people = await all<{ id: string; freeWeeklyHours: number }>(admin, CANDIDATES, (d) => d.candidates);
    const stored = new Map(people.map((p) => [p.id, p.freeWeeklyHours]));
    for (const id of suggestedIds) expect(stored.get(id), id).toBe(computed.get(id)?.freeWeeklyHours);
  });

  it('never lists a person in a full-time placement as free', async () => {
    const people = await all<{ id: string; freeWeeklyHours: number; hourGoal: number }>(
      admin,
      CANDIDATES,
      (d) => d.candidates,
    );
    const computed = await computeCandidateAvailability(
      t.runtime.orm.em.fork(),
      people.map((p) => p.id),
      t.config.rules,
      todayInDenmark(),
    );
    // Full time for this person: the placement's planned hours this week reach their hour goal.
    const fullTime = people.filter((p) => {
      const a = computed.get(p.id)!;
      return a.placementHours > 0 && a.placementHours >= a.hourGoal;
    });
    expect(fullTime.length, 'the demo has people in full-time placements').toBeGreaterThan(0);
    for (const p of fullTime) expect(p.freeWeeklyHours, p.id).toBe(0);
    // Everyone's listed free hours are the computed ones.
    for (const p of people) expect(p.freeWeeklyHours, p.id).toBe(computed.get(p.id)!.freeWeeklyHours);

    // Search for free people (minFreeHours) in slices small enough to see every hit.
    const full = new Set(fullTime.map((p) => p.id));
    let listed = 0;
    for (const readiness of ['JOB_READY', 'ACTIVITY_READY', 'EDUCATION_READY']) {
      for (const hasDrivingLicence of [true, false]) {
        for (const iguEligible of [true, false]) {
          const { searchCandidates: r } = await admin.ok(SEARCH_FREE, {
            filter: { minFreeHours: 0.5, readiness: [readiness], hasDrivingLicence, iguEligible },
          });
          expect(r.totalHits).toBeLessThanOrEqual(100);
          listed += r.hits.length;
          for (const h of r.hits) {
            expect(full.has(h.candidate.id), h.candidate.id).toBe(false);
            expect(h.candidate.freeWeeklyHours).toBeGreaterThanOrEqual(0.5);
          }
        }
      }
    }
    expect(listed).toBeGreaterThan(0);
  });

  it('gives the IGU slots requirements, so their suggestions are told apart by competences', async () => {
    const SLOT = `query($id: ID!) { iguSlot(id: $id) { title danishLevel requiredCompetences { minLevel competence { id name } } } }`;
    const MATCH = `query($id: ID!) { matchCandidatesForIguSlot(iguSlotId: $id, first: 10) {
      score missingRequired scoreBeforeMissing candidate { id } factors { key score explanation } } }`;
    const slots = (await all<Opening>(admin, SLOTS, (d) => d.iguSlots)).filter((o) => o.openingsLeft > 0);
    expect(slots.length).toBeGreaterThan(0);
    let suggestions = 0;
    const toldApart: string[] = [];
    for (const o of slots) {
      const { iguSlot } = await admin.ok(SLOT, { id: o.id });
      const required: { minLevel: number; competence: { id: string; name: string } }[] = iguSlot.requiredCompetences;
      expect(required.length, o.title).toBeGreaterThanOrEqual(2);
      expect(required.length, o.title).toBeLessThanOrEqual(3);
      for (const r of required) expect([1, 2]).toContain(r.minLevel);
      expect(['NONE', 'A1', 'A2', 'B1']).toContain(iguSlot.danishLevel);

      const matches: {
        missingRequired: number;
        scoreBeforeMissing: number;
        factors: { key: string; score: number; explanation: string }[];
      }[] = (await admin.ok(MATCH, { id: o.id })).matchCandidatesForIguSlot;
      suggestions += matches.length;
      const competenceScores = new Set<number>();
      for (const m of matches) {
        const comp = m.factors.find((f) => f.key === 'competences');
        expect(comp, o.title).toBeDefined();
        competenceScores.add(comp?.score ?? -1);
        // The explanation is about the slot's competences, not "no required competences are listed".
        expect(comp?.explanation).not.toMatch(/ingen krævede kompetencer/i);
        expect(
          required.some((r) => comp?.explanation.includes(r.competence.name)),
          comp?.explanation,
        ).toBe(true);
      }
      if (competenceScores.size > 1 || new Set(matches.map((m) => m.missingRequired)).size > 1) toldApart.push(o.title);
    }
    expect(suggestions).toBeGreaterThan(0);
    // Before the slots had requirements every suggestion had the same competence score (0.5: "none listed").
    expect(toldApart.length).toBeGreaterThan(0);
  });

  it('has no company twice', async () => {
    const companies = await all<{ id: string; name: string; cvr: string }>(admin, COMPANIES, (d) => d.companies);
    expect(companies.length).toBeGreaterThanOrEqual(60);
    const names = companies.map((c) => c.name.trim().toLocaleLowerCase('da'));
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    expect(twice).toEqual([]);
    expect(new Set(companies.map((c) => c.cvr)).size).toBe(companies.length);
  });
});
