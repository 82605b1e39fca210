import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { checkAvailabilityDrift } from '../../server/src/features/availability/drift.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { todayInDenmark } from '../../server/src/shared/clock.js';
import { addDays } from '../../server/src/shared/dates.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { type GqlClient } from '../setup/test-app.js';

/**
 * Availability and capacity over HTTP: the stored freeWeeklyHours, availableFrom and openingsLeft after
 * every kind of change, the search filter on free hours once the outbox ran, and matching's filters.
 * Dates are relative to today, so the test does not depend on the day it runs.
 */
const PERSON = `id version readiness hourGoal goalWeeklyHours individualGoalWeeklyHours freeWeeklyHours availableFrom`;
const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${PERSON} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { ${PERSON} } }`;
const GET = `query($id: ID!) { candidate(id: $id) { ${PERSON} plannedWeek { goal gap } } }`;
const POST_TASK = `mutation($input: PostTaskInput!) { postTask(input: $input) { id openings openingsLeft weeklyHours } }`;
const UPDATE_TASK = `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { id openings openingsLeft } }`;
const TASK = `query($id: ID!) { task(id: $id) { id openings openingsLeft status } }`;
const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id } }`;
const END = `mutation($id: ID!) { endPlacement(placementId: $id, outcome: COMPLETED) { id status } }`;
const UPDATE_PLACEMENT = `mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id version } }`;
const PROPOSE = `mutation($c: ID!, $t: ID, $s: ID) { proposeCandidate(candidateId: $c, taskId: $t, iguSlotId: $s) { id status } }`;
const RESPOND = `mutation($p: ID!, $accept: Boolean!, $reason: String) { respondToProposal(proposalId: $p, accept: $accept, reason: $reason) { id status } }`;
const WITHDRAW = `mutation($p: ID!) { withdrawProposal(proposalId: $p, reason: "Fandt noget bedre") { id status } }`;
const SEARCH = `query($f: CandidateSearchFilter) { searchCandidates(filter: $f, first: 50) { hits { candidate { id } } } }`;
const MATCH_TASK = `query($t: ID!) { matchCandidatesForTask(taskId: $t, first: 50) { candidate { id } factors { key score explanation } } }`;
const MATCH_OPENINGS = `query($c: ID!) { matchOpeningsForCandidate(candidateId: $c, first: 50) { task { id } } }`;

const today = todayInDenmark();

describe('availability and capacity', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let adviser: GqlClient;
  let consultant: GqlClient;
  let companyClient: GqlClient;
  let company: Company;
  let forklift: Competence;
  let n = 0;

  const person = async (over: Record<string, unknown> = {}) =>
    (
      await adviser.ok(CREATE, {
        input: {
          firstName: `Person${++n}`,
          lastName: 'Hansen',
          birthDate: '1994-03-10',
          postcode: '5000',
          targetGroup: 'INTEGRATION_PROGRAMME',
          readiness: 'JOB_READY',
          residenceCategory: 'REFUGEE',
          arrivalDate: '2023-09-01',
          danishLevel: 'A2',
          languages: ['arabisk'],
          availableWeeklyHours: 37,
          currentOrdinaryHours: 0,
          industriesWished: ['52'],
          hasDrivingLicence: true,
          maxCommuteKm: 40,
          education: 'Lagerarbejde i 4 år',
          summary: 'Mødestabil',
          consentToShare: true,
          ...over,
        },
      })
    ).createCandidate;
  const read = async (id: string) => (await adviser.ok(GET, { id })).candidate;
  const task = async (over: Record<string, unknown> = {}) =>
    (
      await admin.ok(POST_TASK, {
        input: {
          companyId: company.id,
          title: `Plukning ${++n}`,
          description: 'Plukke ordrer og pakke paller.',
          industryCode: '52',
          requiredCompetences: [{ competenceId: forklift.id, minLevel: 1 }],
          danishLevel: 'A1',
          weeklyHours: 20,
          learningGoals: 'Håndscanner og truck',
          ordinaryHoursInSight: false,
          openings: 1,
          postcode: '5220',
          ...over,
        },
      })
    ).postTask;
  const openingsLeft = async (id: string) => (await admin.ok(TASK, { id })).task.openingsLeft;
  const place = async (candidateId: string, o: { hours: number; end?: string | null; taskId?: string }) =>
    (
      await adviser.ok(START, {
        input: {
          candidateId,
          companyId: company.id,
          taskId: o.taskId ?? null,
          type: 'INTERNSHIP',
          startDate: addDays(today, -3),
          plannedEndDate: o.end ?? null,
          hoursPlan: [{ fromWeek: 1, weeklyHours: o.hours, ordinaryHours: 0 }],
          learningGoals: 'Lære lageret at kende',
        },
      })
    ).startPlacement.id as string;
  const propose = async (c: string, taskId: string) =>
    (await consultant.ok(PROPOSE, { c, t: taskId })).proposeCandidate.id as string;
  const drain = () =>
    t.runtime.services.outbox.drain(150_000).catch((e: Error) => {
      throw new Error(`${e.message}: ${t.runtime.services.outbox.stats.lastError?.slice(-400)}`);
    });
  const searchIds = async (f: Record<string, unknown>) =>
    (await consultant.ok(SEARCH, { f })).searchCandidates.hits.map(
      (h: { candidate: { id: string } }) => h.candidate.id,
    );

  beforeAll(async () => {
    t = await createDemoApp();
    company = t.company;
    forklift = await t.runtime.orm.em.fork().findOneOrFail(Competence, { code: 'forklift-operation' });
    admin = await t.as(Role.ADMIN);
    adviser = await t.as(Role.ADVISER);
    consultant = await t.as(Role.CONSULTANT);
    companyClient = await t.as(Role.COMPANY);
  });
  afterAll(() => t.close());

  it('the hour goal follows readiness unless the adviser sets one; activities count against it', async () => {
    const c = await person({
      readiness: 'ACTIVITY_READY',
      weeklyActivities: [{ kind: 'DANISH_CLASS', label: 'DU2', weeklyHours: 9 }],
    });
    expect(c).toMatchObject({
      hourGoal: 25,
      goalWeeklyHours: 25,
      individualGoalWeeklyHours: null,
      freeWeeklyHours: 16,
    });
    expect((await read(c.id)).plannedWeek.goal).toBe(25);

    let u = (await adviser.ok(UPDATE, { id: c.id, input: { version: c.version, goalWeeklyHours: 30 } }))
      .updateCandidate;
    expect(u).toMatchObject({ hourGoal: 30, individualGoalWeeklyHours: 30, freeWeeklyHours: 21 });
    u = (
      await adviser.ok(UPDATE, {
        id: c.id,
        input: { version: u.version, weeklyActivities: [{ kind: 'DANISH_CLASS', label: 'DU2', weeklyHours: 12 }] },
      })
    ).updateCandidate;
    expect(u.freeWeeklyHours).toBe(18);
    u = (await adviser.ok(UPDATE, { id: c.id, input: { version: u.version, goalWeeklyHours: null } })).updateCandidate;
    expect(u).toMatchObject({ hourGoal: 25, individualGoalWeeklyHours: null, freeWeeklyHours: 13 });
    u = (await adviser.ok(UPDATE, { id: c.id, input: { version: u.version, readiness: 'JOB_READY' } })).updateCandidate;
    expect(u).toMatchObject({ hourGoal: 37, freeWeeklyHours: 25 });
  });

  it('placements: full time leaves nothing free, part time leaves room, ending frees the hours; availableFrom within 14 days', async () => {
    const c = await person();
    expect((await read(c.id)).freeWeeklyHours).toBe(37);
    const p = await place(c.id, { hours: 37, end: addDays(today, 20) });
    expect(await read(c.id)).toMatchObject({ freeWeeklyHours: 0, availableFrom: null });

    // Moving the planned end within 14 days makes the person available from that day.
    const soon = addDays(today, 7);
    await adviser.ok(UPDATE_PLACEMENT, { id: p, input: { version: 1, plannedEndDate: soon } });
    expect(await read(c.id)).toMatchObject({ freeWeeklyHours: 0, availableFrom: soon });

    // A smaller hours plan leaves room.
    await adviser.ok(UPDATE_PLACEMENT, {
      id: p,
      input: { version: 2, hoursPlan: [{ fromWeek: 1, weeklyHours: 15, ordinaryHours: 0 }] },
    });
    expect((await read(c.id)).freeWeeklyHours).toBe(22);

    await adviser.ok(END, { id: p });
    expect(await read(c.id)).toMatchObject({ freeWeeklyHours: 37, availableFrom: null });
  });

  it('proposals: PROPOSED and ACCEPTED reserve the hours and ACCEPTED takes a place; declined and withdrawn free them', async () => {
    const tk = await task({ openings: 2, weeklyHours: 20 });
    expect(tk.openingsLeft).toBe(2);
    const a = await person();
    const b = await person();

    const pa = await propose(a.id, tk.id);
    const versionBefore = (await read(a.id)).version;
    expect(await read(a.id)).toMatchObject({ freeWeeklyHours: 17 });
    expect(await openingsLeft(tk.id)).toBe(2);

    await companyClient.ok(RESPOND, { p: pa, accept: true });
    expect((await read(a.id)).freeWeeklyHours).toBe(17);
    expect(await openingsLeft(tk.id)).toBe(1);
    // The derived fields do not bump the person's version: the adviser's open form stays valid.
    expect((await read(a.id)).version).toBe(versionBefore);

    const pb = await propose(b.id, tk.id);
    expect((await read(b.id)).freeWeeklyHours).toBe(17);
    await companyClient.ok(RESPOND, { p: pb, accept: false, reason: 'Ikke nu' });
    expect((await read(b.id)).freeWeeklyHours).toBe(37);
    expect(await openingsLeft(tk.id)).toBe(1);

    const pb2 = await propose(b.id, tk.id);
    expect((await read(b.id)).freeWeeklyHours).toBe(17);
    await consultant.ok(WITHDRAW, { p: pb2 });
    expect((await read(b.id)).freeWeeklyHours).toBe(37);

    // Fewer openings, fewer places; a change of the task's hours changes what pending proposals reserve.
    const pc = await propose(b.id, tk.id);
    await companyClient.ok(RESPOND, { p: pc, accept: true });
    const v = (await admin.ok(`query($id: ID!) { task(id: $id) { version } }`, { id: tk.id })).task.version;
    const changed = (await admin.ok(UPDATE_TASK, { id: tk.id, input: { version: v, openings: 1, weeklyHours: 30 } }))
      .updateTask;
    expect(changed).toMatchObject({ openings: 1, openingsLeft: 0 });
    expect((await read(b.id)).freeWeeklyHours).toBe(7);
    // Filled: a further proposal may be sent (as a reserve), but the company cannot accept it.
    const c = await person();
    const reserve = await propose(c.id, tk.id);
    const full = await companyClient.request(RESPOND, { p: reserve, accept: true });
    expect(full.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposalId' });
    expect(full.errors?.[0]?.message).toMatch(/besat/);
    expect(await openingsLeft(tk.id)).toBe(0);

    // The accepted person starts on the task: the placement takes over from the proposal (counted once).
    const placed = await place(a.id, { hours: 20, taskId: tk.id });
    expect((await read(a.id)).freeWeeklyHours).toBe(17);
    expect(await openingsLeft(tk.id)).toBe(0);
    await adviser.ok(END, { id: placed });
    expect((await read(a.id)).freeWeeklyHours).toBe(37);
    expect(await openingsLeft(tk.id)).toBe(0);
  });

  it('a filled opening is never suggested, and matching for it says it is filled', { timeout: 240_000 }, async () => {
    const tk = await task({ openings: 1 });
    const c = await person();
    const p = await propose(c.id, tk.id);
    await companyClient.ok(RESPOND, { p, accept: true });
    await drain();
    const r = await consultant.request(MATCH_TASK, { t: tk.id });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taskId' });
    expect(r.errors?.[0]?.message).toMatch(/besat/);
    const other = await person();
    await drain();
    const openings = (await adviser.ok(MATCH_OPENINGS, { c: other.id })).matchOpeningsForCandidate.map(
      (o: { task: { id: string } | null }) => o.task?.id,
    );
    expect(openings).not.toContain(tk.id);
  });

  it('a task with several openings stays suggestable while IN_PROGRESS with a place left, and stops when filled', {
    timeout: 240_000,
  }, async () => {
    // No required competence: the plan treats a missing one as a hard stop, and these people hold none.
    const tk = await task({ openings: 2, requiredCompetences: [] });
    const first = await person();
    await place(first.id, { hours: 20, taskId: tk.id });
    await drain();
    const started = (await admin.ok(TASK, { id: tk.id })).task;
    expect(started).toMatchObject({ status: 'IN_PROGRESS', openings: 2, openingsLeft: 1 });

    // Still suggested, both ways round, and it takes proposals and plans.
    const second = await person();
    await drain();
    const suggested = (await consultant.ok(MATCH_TASK, { t: tk.id })).matchCandidatesForTask.map(
      (m: { candidate: { id: string } }) => m.candidate.id,
    );
    expect(suggested).toContain(second.id);
    expect(suggested).not.toContain(first.id);
    const forSecond = (await adviser.ok(MATCH_OPENINGS, { c: second.id })).matchOpeningsForCandidate.map(
      (o: { task: { id: string } | null }) => o.task?.id,
    );
    expect(forSecond).toContain(tk.id);
    const plan = await consultant.ok(
      `query($o: [ID!]) { assignmentPlan(input: { openingIds: $o }) { assignments { candidate { id } task { id } } } }`,
      { o: [tk.id] },
    );
    expect(plan.assignmentPlan.assignments.map((a: { task: { id: string } }) => a.task.id)).toEqual([tk.id]);
    const p = await propose(second.id, tk.id);
    await companyClient.ok(RESPOND, { p, accept: true });
    await drain();

    // The accepted proposal takes the last place: filled, not suggested, no more proposals.
    expect((await admin.ok(TASK, { id: tk.id })).task).toMatchObject({ status: 'IN_PROGRESS', openingsLeft: 0 });
    const r = await consultant.request(MATCH_TASK, { t: tk.id });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taskId' });
    expect(r.errors?.[0]?.message).toMatch(/besat/);
    const third = await person();
    await drain();
    const forThird = (await adviser.ok(MATCH_OPENINGS, { c: third.id })).matchOpeningsForCandidate.map(
      (o: { task: { id: string } | null }) => o.task?.id,
    );
    expect(forThird).not.toContain(tk.id);
    const refused = await consultant.request(PROPOSE, { c: third.id, t: tk.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taskId' });
    expect(refused.errors?.[0]?.message).toMatch(/besat/);

    // One more opening: suggestable again while still IN_PROGRESS.
    const version = (await admin.ok(`query($id: ID!) { task(id: $id) { version } }`, { id: tk.id })).task.version;
    await admin.ok(UPDATE_TASK, { id: tk.id, input: { version, openings: 3 } });
    await drain();
    expect((await admin.ok(TASK, { id: tk.id })).task).toMatchObject({ status: 'IN_PROGRESS', openingsLeft: 1 });
    const again = (await consultant.ok(MATCH_TASK, { t: tk.id })).matchCandidatesForTask.map(
      (m: { candidate: { id: string } }) => m.candidate.id,
    );
    expect(again).toContain(third.id);
  });

  it('search filters on free hours once the outbox ran; matching leaves out people without the hours unless free soon', {
    timeout: 240_000,
  }, async () => {
    const tk = await task({ weeklyHours: 25, openings: 3 });
    const free = await person();
    const busy = await person();
    const soon = await person();
    const later = await person();
    const partly = await person({ weeklyActivities: [{ kind: 'DANISH_CLASS', label: 'DU2', weeklyHours: 15 }] });
    await place(busy.id, { hours: 30 });
    const ends = addDays(today, 10);
    await place(soon.id, { hours: 37, end: ends });
    await place(later.id, { hours: 37, end: addDays(today, 20) });
    // 15 hours of Danish classes and a 20-hour placement ending soon: once it has ended, 22 hours are free,
    // fewer than the task's 25 (the end alone used to let them in).
    await place(partly.id, { hours: 20, end: ends });
    await drain();

    const found = await searchIds({ minFreeHours: 30 });
    expect(found).toContain(free.id);
    expect(found).not.toContain(busy.id);
    expect(await searchIds({ minFreeHours: 7 })).toContain(busy.id);
    const bad = await consultant.request(SEARCH, { f: { minFreeHours: 40 } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.minFreeHours' });

    const matches = (await consultant.ok(MATCH_TASK, { t: tk.id })).matchCandidatesForTask as {
      candidate: { id: string };
      factors: { key: string; score: number; explanation: string }[];
    }[];
    const ids = matches.map((m) => m.candidate.id);
    expect(ids).toContain(free.id);
    expect(ids).not.toContain(busy.id);
    expect(ids).not.toContain(later.id);
    expect(ids).toContain(soon.id);
    expect(ids).not.toContain(partly.id);
    const hours = matches.find((m) => m.candidate.id === soon.id)!.factors.find((f) => f.key === 'hours')!;
    expect(hours.explanation).toMatch(/^Ledig fra \d{1,2}\. [a-zæø]{3}\.?:/);
    // Weighed on the 37 hours free once the placement has ended, not on the 0 free today.
    expect(hours.explanation).toMatch(/dækker kun 25 af de 37 t\/uge/);
    expect(hours.score).toBeGreaterThan(0.6);
    expect(
      matches.find((m) => m.candidate.id === free.id)!.factors.find((f) => f.key === 'hours')!.explanation,
    ).not.toMatch(/Ledig fra/);

    // The person is taken: after the outbox ran, search no longer finds them with 30 free hours.
    await place(free.id, { hours: 20 });
    await drain();
    expect(await searchIds({ minFreeHours: 30 })).not.toContain(free.id);
    expect(await searchIds({ minFreeHours: 17 })).toContain(free.id);
  });

  it('the drift check recomputes from scratch, reports drift and fixes it with --fix', async () => {
    const c = await person();
    const tk = await task({ openings: 2 });
    // An internship has a planned end (4 weeks at most, configuration): the person is free from then.
    const end = addDays(today, 20);
    await place(c.id, { hours: 30, end });
    const e = t.runtime.orm.em.fork();
    await e.getConnection().execute('update candidate set free_weekly_hours = 99 where id = ?', [c.id]);
    await e.getConnection().execute('update unsolved_task set openings_left = 0 where id = ?', [tk.id]);

    const found = await checkAvailabilityDrift(e, t.config.rules, today, { fix: false });
    const people = found.find((r) => r.kind === 'candidate')!;
    const tasks = found.find((r) => r.kind === 'task')!;
    expect(people.drifted).toEqual([
      { id: c.id, stored: `99 h free, from ${end} (then 37 h)`, computed: `7 h free, from ${end} (then 37 h)` },
    ]);
    expect(tasks.drifted).toEqual([{ id: tk.id, stored: '0 left', computed: '2 left' }]);
    expect(people.fixed + tasks.fixed).toBe(0);
    expect((await read(c.id)).freeWeeklyHours).toBe(99);

    const fixed = await checkAvailabilityDrift(e, t.config.rules, today, { fix: true });
    expect(fixed.map((r) => r.fixed)).toEqual([1, 1, 0]);
    expect((await read(c.id)).freeWeeklyHours).toBe(7);
    expect(await openingsLeft(tk.id)).toBe(2);
    const again = await checkAvailabilityDrift(e, t.config.rules, today, { fix: false });
    expect(again.every((r) => r.drifted.length === 0)).toBe(true);
  });
});
