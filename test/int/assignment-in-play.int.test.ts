import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { Evidence } from '../../server/src/features/candidates/candidate.entity.js';
import { UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { enqueueIndex } from '../../server/src/search/outbox.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { competenceByCode, makeCandidate, makeCompany, makeTask } from './matching-fixtures.js';

/**
 * Running the plan again must not offer people who are already in play: an open entry on an
 * opening keeps the person off that opening and holds its place; a shortlist entry (SUGGESTED)
 * anywhere keeps the person out of the plan; a withdrawn entry frees both again.
 */
const PLAN = `query($input: AssignmentPlanInput) { assignmentPlan(input: $input) {
  assignments { candidate { id } task { id } iguSlot { id } score }
  totalScore greedyTotalScore openingsConsidered unfilledOpenings } }`;
const PROPOSE = `mutation($items: [AssignmentInput!]!) { proposeAssignments(items: $items) { id status candidate { id } } }`;

interface Plan {
  assignments: { candidate: { id: string }; task: { id: string } | null; iguSlot: { id: string } | null }[];
  totalScore: number;
  greedyTotalScore: number;
  openingsConsidered: number;
  unfilledOpenings: number;
}

const pairsOf = (p: Plan) => p.assignments.map((a) => `${a.candidate.id}|${a.task?.id ?? a.iguSlot?.id}`);
const peopleOf = (p: Plan) => p.assignments.map((a) => a.candidate.id);
const peopleOn = (p: Plan, taskId: string) =>
  p.assignments.filter((a) => a.task?.id === taskId).map((a) => a.candidate.id);

describe('assignmentPlan leaves out people already in play', () => {
  let t: DemoApp;
  const ids: Record<string, string> = {};

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
    ids.packer = (await makeTask(em, warehouse, [{ competence: picking, minLevel: 1 }], { title: 'Pakker' })).id;
    ids.dairy = (await makeTask(em, dairy, [{ competence: picking, minLevel: 1 }], { title: 'Mejeri' })).id;
    // Written directly (no service): openingsLeft is set with it, as the service would recompute it.
    await em.nativeUpdate(UnsolvedTask, { id: ids.truck }, { openings: 2, openingsLeft: 2 });
    await em.transactional(async (tx) => enqueueIndex(tx, 'task', ids.truck!));

    const spec = [
      { name: 'Amina', comps: [forklift, picking], levels: [3, 3] },
      { name: 'Bilal', comps: [forklift, picking], levels: [3, 1] },
      { name: 'Dana', comps: [forklift], levels: [2] },
      { name: 'Ezra', comps: [picking], levels: [3] },
      { name: 'Farah', comps: [picking], levels: [2] },
      { name: 'Gul', comps: [picking], levels: [2] },
      { name: 'Hana', comps: [forklift, picking], levels: [2, 2] },
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
    }
    await t.runtime.services.outbox.drain(120_000);
  }, 180_000);
  afterAll(() => t?.close());

  const consultant = () => t.as(Role.CONSULTANT);
  const plan = async (input?: Record<string, unknown>) =>
    (await (await consultant()).ok<{ assignmentPlan: Plan }>(PLAN, { input })).assignmentPlan;
  const settle = () => t.runtime.services.outbox.drain(60_000);

  it('a second run offers neither the people nor the places the first run put on shortlists', async () => {
    const first = await plan();
    expect(first.openingsConsidered).toBe(3);
    expect(first.assignments).toHaveLength(4);
    const truckPeople = peopleOn(first, ids.truck!);
    expect(truckPeople).toHaveLength(2);

    // The consultant proposes only the truck rows (the others were unticked).
    const c = await consultant();
    await c.ok(PROPOSE, { items: truckPeople.map((candidateId) => ({ candidateId, taskId: ids.truck })) });
    await settle();

    const second = await plan();
    // The truck task's two places are held by its shortlist: nobody new is planned for it.
    expect(peopleOn(second, ids.truck!)).toEqual([]);
    expect(second.openingsConsidered).toBe(2);
    // Nor are the two shortlisted people planned anywhere else (one opening per person).
    for (const id of truckPeople) expect(peopleOf(second)).not.toContain(id);
    // The unticked rows' openings are planned again.
    expect(second.assignments).toHaveLength(2);
    expect(second.totalScore).toBeGreaterThanOrEqual(second.greedyTotalScore);

    // Proposing the second plan as it stands is accepted: nothing in it is a duplicate.
    const rows = second.assignments.map((a) => ({ candidateId: a.candidate.id, taskId: a.task!.id }));
    const added = await c.ok<{ proposeAssignments: { status: string }[] }>(PROPOSE, { items: rows });
    expect(added.proposeAssignments.map((p) => p.status)).toEqual(['SUGGESTED', 'SUGGESTED']);
    await settle();

    // Everything is in play now: a third run has nothing left to plan.
    const third = await plan();
    expect(third.assignments).toEqual([]);
    expect(third.openingsConsidered).toBe(0);
  });

  it('a person sent to the company keeps the place; a withdrawn entry frees the person and the place', async () => {
    const c = await consultant();
    const { shortlist } = await c.ok<{ shortlist: { id: string; candidate: { id: string } }[] }>(
      `query($taskId: ID) { shortlist(taskId: $taskId) { id candidate { id } } }`,
      { taskId: ids.truck },
    );
    expect(shortlist).toHaveLength(2);
    const [sent, withdrawn] = shortlist;
    await c.ok(`mutation($id: ID!) { sendProposal(id: $id) { id status } }`, { id: sent!.id });
    await c.ok(`mutation($id: ID!) { withdrawProposal(proposalId: $id, reason: "Ombestemt sig") { id status } }`, {
      id: withdrawn!.id,
    });
    await settle();

    const p = await plan({ openingIds: [ids.truck] });
    // One place is free again; the PROPOSED person is not planned for it a second time.
    expect(p.openingsConsidered).toBe(1);
    expect(p.assignments).toHaveLength(1);
    expect(peopleOf(p)).not.toContain(sent!.candidate!.id);
    const only = (id: string) => plan({ openingIds: [ids.truck], candidateIds: [id] });
    expect((await only(sent!.candidate!.id)).assignments).toEqual([]);
    // The withdrawn person is no longer in play: planned for the place again when named.
    expect(peopleOn(await only(withdrawn!.candidate!.id), ids.truck!)).toEqual([withdrawn!.candidate!.id]);
  });

  it('a shortlist entry outside the consultant’s portfolio keeps the person out of the plan too', async () => {
    const before = await plan({ openingIds: [ids.truck] });
    const [person] = peopleOf(before);
    expect(person).toBeDefined();
    const admin = await t.as(Role.ADMIN);
    await admin.ok(`mutation($c: ID!, $t: ID) { shortlistCandidate(candidateId: $c, taskId: $t) { id } }`, {
      c: person,
      t: ids.dairy,
    });
    await settle();
    const after = await plan({ openingIds: [ids.truck] });
    expect(peopleOf(after)).not.toContain(person);
    expect(pairsOf(after)).not.toEqual(pairsOf(before));
  });
});
