import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { Evidence } from '../../server/src/features/candidates/candidate.entity.js';
import { UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { enqueueIndex } from '../../server/src/search/outbox.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { competenceByCode, makeCandidate, makeCompany, makeTask } from './matching-fixtures.js';

const PLAN = `query($input: AssignmentPlanInput) { assignmentPlan(input: $input) {
  assignments { candidate { id } task { id } iguSlot { id } score factors { key score explanation } activationDeadline }
  totalScore greedyTotalScore greedyAssigned candidatesConsidered openingsConsidered unfilledOpenings
  deadlinesNear deadlinesMet greedyDeadlinesMet solveMs } }`;

interface Plan {
  assignments: {
    candidate: { id: string };
    task: { id: string } | null;
    iguSlot: { id: string } | null;
    score: number;
    factors: { key: string; score: number; explanation: string }[];
  }[];
  totalScore: number;
  greedyTotalScore: number;
  greedyAssigned: number;
  candidatesConsidered: number;
  openingsConsidered: number;
  unfilledOpenings: number;
  solveMs: number;
}

const openingOf = (a: Plan['assignments'][number]) => a.task?.id ?? a.iguSlot?.id;

describe('assignmentPlan over HTTP', () => {
  let t: DemoApp;
  const ids: Record<string, string> = {};
  const people: string[] = [];

  beforeAll(async () => {
    t = await createDemoApp();
    const em = t.em();
    const forklift = await competenceByCode(em, 'forklift-operation');
    const picking = await competenceByCode(em, 'order-picking');
    // Warehousing (52) is in the demo consultant's portfolio; food manufacturing (10) is not.
    const warehouse = await makeCompany(em, { industry: '52', postcode: '5220' });
    const dairy = await makeCompany(em, { industry: '10', postcode: '5000' });
    ids.truck = (await makeTask(em, warehouse, [{ competence: forklift, minLevel: 2 }], { title: 'Truckfører' })).id;
    ids.picker = (await makeTask(em, warehouse, [{ competence: picking, minLevel: 1 }], { title: 'Plukker' })).id;
    ids.outside = (await makeTask(em, dairy, [{ competence: picking, minLevel: 1 }], { title: 'Mejeri' })).id;
    // The truck task takes two people.
    // Written directly (no service): openingsLeft is set with it, as the service would recompute it.
    await em.nativeUpdate(UnsolvedTask, { id: ids.truck }, { openings: 2, openingsLeft: 2 });
    await em.transactional(async (tx) => enqueueIndex(tx, 'task', ids.truck!));

    const spec = [
      { name: 'Amina', comps: [forklift, picking], levels: [3, 3] },
      { name: 'Bilal', comps: [forklift, picking], levels: [3, 1] },
      { name: 'Dana', comps: [forklift], levels: [2] },
      { name: 'Ezra', comps: [picking], levels: [3] },
      { name: 'Farah', comps: [picking], levels: [2] },
    ];
    for (const s of spec) {
      const c = await makeCandidate(em, {
        firstName: s.name,
        postcode: '5000',
        industriesWished: ['52', '10'],
        competences: s.comps.map((competence, i) => ({
          competence,
          level: s.levels[i]!,
          evidence: Evidence.OBSERVED_IN_PLACEMENT,
        })),
      });
      ids[s.name] = c.id;
      people.push(c.id);
    }
    ids.hidden = (
      await makeCandidate(em, {
        firstName: 'Hidden',
        consentToShare: false,
        competences: [
          { competence: forklift, level: 4 },
          { competence: picking, level: 4 },
        ],
      })
    ).id;
    // A generous wait: the shared test machine can be slow to index.
    await t.runtime.services.outbox.drain(120_000);
  }, 180_000);
  afterAll(() => t?.close());

  const plan = async (email: string, input?: Record<string, unknown>) =>
    (await (await t.client().login(email)).ok<{ assignmentPlan: Plan }>(PLAN, { input })).assignmentPlan;

  it('respects each opening’s capacity and gives each person at most one opening', async () => {
    const p = await plan('konsulent@demo.dk');
    const perOpening = new Map<string, number>();
    for (const a of p.assignments) perOpening.set(openingOf(a)!, (perOpening.get(openingOf(a)!) ?? 0) + 1);
    expect(perOpening.get(ids.truck!)).toBe(2);
    expect(perOpening.get(ids.picker!)).toBe(1);
    const persons = p.assignments.map((a) => a.candidate.id);
    expect(new Set(persons).size).toBe(persons.length);
    expect(persons).not.toContain(ids.hidden);
    expect(p.assignments).toHaveLength(3);
    expect(p.unfilledOpenings).toBe(0);
    expect(p.openingsConsidered).toBe(2);
    expect(p.candidatesConsidered).toBe(5);
  });

  it('scores at least as high as one-by-one picking, with each row explained', async () => {
    const p = await plan('konsulent@demo.dk');
    expect(p.totalScore).toBeGreaterThanOrEqual(p.greedyTotalScore);
    expect(p.totalScore).toBeCloseTo(
      p.assignments.reduce((s, a) => s + a.score, 0),
      5,
    );
    expect(p.greedyAssigned).toBeLessThanOrEqual(3);
    for (const a of p.assignments) {
      expect(a.factors.map((f) => f.key)).toContain('competences');
      expect(a.factors.every((f) => f.explanation.length > 0)).toBe(true);
    }
    expect(p.solveMs).toBeGreaterThanOrEqual(0);
    // The truck task goes to the two forklift drivers with the best levels.
    const truck = p.assignments.filter((a) => a.task?.id === ids.truck).map((a) => a.candidate.id);
    expect(truck).not.toContain(ids.Ezra);
    expect(truck).not.toContain(ids.Farah);
  });

  it('gives the same plan for the same data', async () => {
    expect(await plan('konsulent@demo.dk')).toMatchObject({
      assignments: (await plan('konsulent@demo.dk')).assignments,
    });
  });

  it('keeps a consultant to its portfolio and lets an admin plan everything', async () => {
    const mine = await plan('konsulent@demo.dk');
    expect(mine.assignments.map(openingOf)).not.toContain(ids.outside);
    const all = await plan('admin@demo.dk');
    expect(all.assignments.map(openingOf)).toContain(ids.outside);
    expect(all.openingsConsidered).toBe(3);
    const r = await (await t.as(Role.CONSULTANT)).request(PLAN, {
      input: { openingIds: [ids.outside] },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses companies and advisers', async () => {
    for (const email of ['virksomhed@demo.dk', 'raadgiver@demo.dk']) {
      const r = await (await t.client().login(email)).request(PLAN, {});
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(r.data).toBeNull();
    }
    const anonymous = await t.client().request(PLAN, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('filters by industry, by opening and by person', async () => {
    const food = await plan('admin@demo.dk', { industryCodes: ['10'] });
    expect(food.assignments.map(openingOf)).toEqual([ids.outside]);
    expect(food.openingsConsidered).toBe(1);

    const picker = await plan('konsulent@demo.dk', { openingIds: [ids.picker] });
    expect(picker.assignments.map(openingOf)).toEqual([ids.picker]);

    const two = await plan('konsulent@demo.dk', { candidateIds: [ids.Dana, ids.Farah] });
    expect(two.assignments.map((a) => a.candidate.id).sort()).toEqual([ids.Dana, ids.Farah].sort());
    expect(two.candidatesConsidered).toBe(2);
    expect(two.assignments.find((a) => a.candidate.id === ids.Dana)?.task?.id).toBe(ids.truck);
  });

  it('names the bad field of the input', async () => {
    const c = await t.as(Role.CONSULTANT);
    const bad = async (input: Record<string, unknown>) => (await c.request(PLAN, { input })).errors?.[0]?.extensions;
    expect(await bad({ industryCodes: ['5x'] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.industryCodes',
    });
    expect(await bad({ openingIds: ['nope'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.openingIds' });
    expect(await bad({ candidateIds: [ids.hidden] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.candidateIds',
    });
    expect(await bad({ openingIds: ['00000000-0000-4000-8000-000000000000'] })).toMatchObject({ code: 'NOT_FOUND' });
  });

  const PROPOSE = `mutation($items: [AssignmentInput!]!) { proposeAssignments(items: $items) {
    id status candidate { id } task { id } } }`;
  const shortlisted = async () =>
    t.runtime.orm.em
      .fork()
      .getConnection()
      .execute(`select candidate_id, task_id from proposal where status = 'SUGGESTED' order by candidate_id`);

  it('proposeAssignments: all or nothing, every bad row named, capacity and one opening per person kept', async () => {
    const c = await t.as(Role.CONSULTANT);
    const before = await shortlisted();
    const bad = await c.request(PROPOSE, {
      items: [
        { candidateId: ids.Amina, taskId: ids.truck },
        { candidateId: ids.hidden, taskId: ids.truck },
        { candidateId: ids.Ezra, taskId: ids.picker },
        { candidateId: ids.Farah, taskId: ids.picker },
        { candidateId: ids.Ezra, taskId: ids.truck },
      ],
    });
    const ext = bad.errors?.[0]?.extensions as { code: string; field: string; fields: { field: string }[] };
    expect(ext.code).toBe('BAD_USER_INPUT');
    expect(ext.fields.map((f) => f.field)).toEqual(expect.arrayContaining(['items.4.candidateId']));
    expect(await shortlisted()).toEqual(before);

    // Capacity: the picker task has one place; consent: Hidden has not consented.
    const over = await c.request(PROPOSE, {
      items: [
        { candidateId: ids.Amina, taskId: ids.truck },
        { candidateId: ids.hidden, taskId: ids.truck },
        { candidateId: ids.Ezra, taskId: ids.picker },
        { candidateId: ids.Farah, taskId: ids.picker },
      ],
    });
    const fields = ((over.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['items.1.candidateId', 'items.3.taskId']));
    expect(fields).not.toContain('items.0.candidateId');
    expect(await shortlisted()).toEqual(before);

    const okRows = await c.ok<{ proposeAssignments: { status: string; candidate: { id: string } }[] }>(PROPOSE, {
      items: [
        { candidateId: ids.Amina, taskId: ids.truck },
        { candidateId: ids.Ezra, taskId: ids.picker },
      ],
    });
    expect(okRows.proposeAssignments.map((p) => p.status)).toEqual(['SUGGESTED', 'SUGGESTED']);
    expect((await shortlisted()).length).toBe(before.length + 2);

    // The same person and opening again: the open shortlist entry is not duplicated.
    const again = await c.request(PROPOSE, { items: [{ candidateId: ids.Amina, taskId: ids.truck }] });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items.0.taskId' });
    expect((await shortlisted()).length).toBe(before.length + 2);
  });

  it('proposeAssignments: scope and roles', async () => {
    const outside = await (await t.as(Role.CONSULTANT)).request(PROPOSE, {
      items: [{ candidateId: ids.Bilal, taskId: ids.outside }],
    });
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const email of ['virksomhed@demo.dk', 'raadgiver@demo.dk']) {
      const r = await (await t.client().login(email)).request(PROPOSE, {
        items: [{ candidateId: ids.Bilal, taskId: ids.picker }],
      });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const none = await (await t.as(Role.ADMIN)).request(PROPOSE, { items: [] });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'items' });
  });
});
