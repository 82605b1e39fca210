import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { markTaskInProgress, markTaskSolved } from '../../server/src/features/tasks/task.service.js';
import { TaskCompetence, TaskStatus, UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { OutboxEvent } from '../../server/src/search/outbox-event.entity.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { companiesCreateCompany, companiesCreateUser, tasksCreateTask } from '../setup/factories.js';
import { atOnce, type GqlClient } from '../setup/test-app.js';

const TASK_FIELDS = `
  id title description status statusReason version weeklyHours schedule learningGoals ordinaryHoursInSight
  expectedOrdinaryHours openings postcode requiresDrivingLicence danishLevel createdAt
  company { id name }
  industry { code name }
  requiredCompetences { competence { id code name } minLevel }
  niceToHaveCompetences { id code }
`;
const POST = `mutation($input: PostTaskInput!) { postTask(input: $input) { ${TASK_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { ${TASK_FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $reason: String!) { closeTask(id: $id, reason: $reason) { id status statusReason version } }`;
const PUBLISH = `mutation($id: ID!) { publishTask(id: $id) { id status version } }`;
const GET = `query($id: ID!) { task(id: $id) { ${TASK_FIELDS} } }`;
const LIST = `query($filter: TaskFilter, $first: Int, $after: String) {
  tasks(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status company { id } } }
  }
}`;
const COMPETENCES = `query($search: String) { competences(search: $search) { id code name nameEn synonyms } }`;

describe('unsolved tasks', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let consultant: GqlClient;
  let adviser: GqlClient;
  let companyUser: GqlClient;
  let demoCompany: Company;
  let otherCompany: Company;
  let outsideCompany: Company;
  let forklift: string;
  let reachTruck: string;
  let cleaning: string;
  const em = () => t.em();

  const outboxCount = (id: string) => em().count(OutboxEvent, { entityType: 'task', entityId: id });

  function validInput(overrides: Record<string, unknown> = {}) {
    return {
      title: 'Truckkørsel på lageret',
      description: 'Flytte paller fra varemodtagelse til reol',
      industryCode: '52',
      companyId: demoCompany.id,
      requiredCompetences: [{ competenceId: forklift, minLevel: 2 }],
      niceToHaveCompetences: [reachTruck],
      danishLevel: 'A2',
      weeklyHours: 20,
      schedule: ['DAY', 'EVENING'],
      learningGoals: 'Truckcertifikat og sikker stabling af paller',
      ordinaryHoursInSight: true,
      expectedOrdinaryHours: 8,
      openings: 2,
      postcode: '5220',
      ...overrides,
    };
  }

  beforeAll(async () => {
    t = await createDemoApp();
    ({ company: demoCompany } = t);
    otherCompany = await companiesCreateCompany(em(), { name: 'Andet Lager ApS', industryCode: '52' });
    outsideCompany = await companiesCreateCompany(em(), { name: 'Slagteri Syd', industryCode: '10' });
    [admin, consultant, adviser, companyUser] = await Promise.all([
      t.as(Role.ADMIN, 'en'),
      t.as(Role.CONSULTANT, 'en'),
      t.as(Role.ADVISER, 'en'),
      t.as(Role.COMPANY, 'en'),
    ]);
    const code = async (c: string) => {
      const { competences } = await admin.ok(COMPETENCES, { search: c });
      return competences.find((x: any) => x.code === c).id as string;
    };
    forklift = await code('forklift-operation');
    reachTruck = await code('reach-truck-operation');
    cleaning = await code('general-cleaning');
  });
  afterAll(() => t.close());

  describe('competences query', () => {
    it.each(['gaffeltruck', 'GaffelTruck', 'truckcertifikat', 'forklift licence'])(
      'finds the forklift competence for "%s"',
      async (search) => {
        const { competences } = await consultant.ok(COMPETENCES, { search });
        expect(competences.map((c: any) => c.code)).toContain('forklift-operation');
        expect(competences.length).toBeLessThan(10);
      },
    );

    it('ignores case, accents and ASCII spellings of æ, ø, å', async () => {
      for (const search of ['rengøring', 'RENGØRING', 'rengoering', 'rengoring']) {
        const { competences } = await adviser.ok(COMPETENCES, { search });
        expect(
          competences.map((c: any) => c.code),
          search,
        ).toContain('general-cleaning');
      }
    });

    it('returns the whole catalogue in Danish name order without a search, and needs a login', async () => {
      const { competences } = await companyUser.ok(COMPETENCES, {});
      expect(competences.length).toBeGreaterThan(200);
      const names = competences.map((c: any) => c.name);
      expect(names).toEqual([...names].sort(new Intl.Collator('da').compare));
      const anonymous = await t.client().in('en').request(COMPETENCES, { search: 'truck' });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('treats LIKE wildcards literally', async () => {
      expect((await admin.ok(COMPETENCES, { search: '%_%' })).competences).toEqual([]);
    });
  });

  describe('postTask', () => {
    it('lets the company user post a task for its own company, with competences and an outbox row', async () => {
      const { postTask: task } = await companyUser.ok(POST, { input: validInput() });
      expect(task).toMatchObject({
        title: 'Truckkørsel på lageret',
        status: 'OPEN',
        version: 1,
        weeklyHours: 20,
        schedule: ['DAY', 'EVENING'],
        ordinaryHoursInSight: true,
        expectedOrdinaryHours: 8,
        openings: 2,
        requiresDrivingLicence: false,
        danishLevel: 'A2',
        company: { id: demoCompany.id },
        industry: { code: '52' },
        requiredCompetences: [{ competence: { id: forklift, code: 'forklift-operation' }, minLevel: 2 }],
        niceToHaveCompetences: [{ id: reachTruck, code: 'reach-truck-operation' }],
      });
      expect(await outboxCount(task.id)).toBe(1);
      expect(await em().count(TaskCompetence, { task: task.id })).toBe(2);
    });

    it('lets a consultant post in scope, as a draft, and publish it later', async () => {
      const { postTask: draft } = await consultant.ok(POST, {
        input: validInput({
          companyId: otherCompany.id,
          status: 'DRAFT',
          ordinaryHoursInSight: false,
          expectedOrdinaryHours: null,
        }),
      });
      expect(draft.status).toBe('DRAFT');
      expect(draft.expectedOrdinaryHours).toBeNull();
      const { publishTask } = await consultant.ok(PUBLISH, { id: draft.id });
      expect(publishTask.status).toBe('OPEN');
      expect(publishTask.version).toBe(2);
      expect(await outboxCount(draft.id)).toBe(2);
      const again = await consultant.request(PUBLISH, { id: draft.id });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    });

    it.each<[string, Record<string, unknown>, string, string]>([
      ['38 weekly hours', { weeklyHours: 38 }, 'weeklyHours', 'cannot be more than 37'],
      ['-1 weekly hours', { weeklyHours: -1 }, 'weeklyHours', 'cannot be negative'],
      ['0 weekly hours', { weeklyHours: 0 }, 'weeklyHours', 'more than 0'],
      [
        'missing learning goals',
        { learningGoals: '   ' },
        'learningGoals',
        'An internship needs a learning perspective: describe what the candidate will learn',
      ],
      [
        'ordinary hours in sight without a number',
        { expectedOrdinaryHours: null },
        'expectedOrdinaryHours',
        'say how many',
      ],
      [
        'more ordinary hours than weekly hours',
        { expectedOrdinaryHours: 25 },
        'expectedOrdinaryHours',
        'cannot be more than',
      ],
      [
        'an unknown competence',
        { requiredCompetences: [{ competenceId: '00000000-0000-4000-8000-000000000000', minLevel: 1 }] },
        'requiredCompetences',
        'Unknown competence',
      ],
      [
        'a malformed competence id',
        { requiredCompetences: [{ competenceId: 'x', minLevel: 1 }] },
        'requiredCompetences',
        'Unknown competence',
      ],
      [
        'a minLevel of 5',
        { requiredCompetences: [{ competenceId: 'FORKLIFT', minLevel: 5 }] },
        'requiredCompetences.minLevel',
        'at most 4',
      ],
      [
        'a minLevel of 0',
        { requiredCompetences: [{ competenceId: 'FORKLIFT', minLevel: 0 }] },
        'requiredCompetences.minLevel',
        'at least 1',
      ],
      ['a required competence twice', { requiredCompetences: 'TWICE' }, 'requiredCompetences', 'listed twice'],
      [
        'a nice-to-have that is also required',
        { niceToHaveCompetences: ['FORKLIFT'] },
        'niceToHaveCompetences',
        'already a required',
      ],
      [
        'an unknown nice-to-have',
        { niceToHaveCompetences: ['00000000-0000-4000-8000-000000000000'] },
        'niceToHaveCompetences',
        'Unknown competence',
      ],
      ['0 openings', { openings: 0 }, 'openings', 'at least 1'],
      ['51 openings', { openings: 51 }, 'openings', 'at most 50'],
      ['an unknown industry', { industryCode: '04' }, 'industryCode', 'Unknown industry code 04'],
      ['a bad postcode', { postcode: '0000' }, 'postcode', 'postcode'],
      ['an empty title', { title: '' }, 'title', 'Title cannot be empty'],
      ['status IN_PROGRESS', { status: 'IN_PROGRESS' }, 'status', 'Draft or Open, not In progress'],
    ])('rejects %s with BAD_USER_INPUT on the field, writing nothing', async (_label, overrides, field, message) => {
      const input: Record<string, unknown> = validInput(overrides);
      // Ids are known only after beforeAll: fill the placeholders in.
      if (overrides.requiredCompetences === 'TWICE') {
        input.requiredCompetences = [
          { competenceId: forklift, minLevel: 1 },
          { competenceId: forklift, minLevel: 2 },
        ];
      } else if (Array.isArray(input.requiredCompetences)) {
        input.requiredCompetences = (input.requiredCompetences as any[]).map((r) =>
          r.competenceId === 'FORKLIFT' ? { ...r, competenceId: forklift } : r,
        );
      }
      input.niceToHaveCompetences = (input.niceToHaveCompetences as string[]).map((id) =>
        id === 'FORKLIFT' ? forklift : id,
      );
      const [tasks, links, outbox] = await Promise.all([
        em().count(UnsolvedTask, {}),
        em().count(TaskCompetence, {}),
        em().count(OutboxEvent, {}),
      ]);
      const r = await companyUser.request(POST, { input });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors?.[0]?.message).toContain(message);
      expect(await em().count(UnsolvedTask, {})).toBe(tasks);
      expect(await em().count(TaskCompetence, {})).toBe(links);
      expect(await em().count(OutboxEvent, {})).toBe(outbox);
    });

    it('answers NOT_FOUND for an unknown company', async () => {
      const r = await admin.request(POST, { input: validInput({ companyId: '00000000-0000-4000-8000-000000000000' }) });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'companyId' });
    });

    it('forbids posting for another company, outside the portfolio, or as an adviser', async () => {
      const before = await em().count(UnsolvedTask, {});
      const other = await companyUser.request(POST, { input: validInput({ companyId: otherCompany.id }) });
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const outside = await consultant.request(POST, {
        input: validInput({ companyId: outsideCompany.id, industryCode: '10' }),
      });
      expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const asAdviser = await adviser.request(POST, { input: validInput() });
      expect(asAdviser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await em().count(UnsolvedTask, {})).toBe(before);
      // An admin may post anywhere.
      const { postTask } = await admin.ok(POST, {
        input: validInput({ companyId: outsideCompany.id, industryCode: '10' }),
      });
      expect(postTask.company.id).toBe(outsideCompany.id);
    });
  });

  describe('updateTask', () => {
    it('updates with the current version, replaces competences and writes an outbox row', async () => {
      const { postTask: task } = await companyUser.ok(POST, { input: validInput() });
      const { updateTask: u } = await companyUser.ok(UPDATE, {
        id: task.id,
        input: {
          version: 1,
          title: 'Truck og rengøring',
          weeklyHours: 25,
          requiredCompetences: [
            { competenceId: reachTruck, minLevel: 3 },
            { competenceId: cleaning, minLevel: 1 },
          ],
          niceToHaveCompetences: [forklift],
        },
      });
      expect(u.version).toBe(2);
      expect(u.title).toBe('Truck og rengøring');
      expect(u.weeklyHours).toBe(25);
      expect(u.requiredCompetences.map((r: any) => [r.competence.code, r.minLevel]).sort()).toEqual([
        ['general-cleaning', 1],
        ['reach-truck-operation', 3],
      ]);
      expect(u.niceToHaveCompetences.map((c: any) => c.code)).toEqual(['forklift-operation']);
      expect(await outboxCount(task.id)).toBe(2);

      // Only the competences: the version still moves.
      const { updateTask: v } = await companyUser.ok(UPDATE, {
        id: task.id,
        input: { version: 2, niceToHaveCompetences: [] },
      });
      expect(v.version).toBe(3);
      expect(v.niceToHaveCompetences).toEqual([]);
      expect(v.requiredCompetences).toHaveLength(2);
    });

    it('answers CONFLICT on a stale version and changes nothing', async () => {
      const { postTask: task } = await consultant.ok(POST, { input: validInput() });
      await consultant.ok(UPDATE, { id: task.id, input: { version: 1, openings: 3 } });
      const outbox = await outboxCount(task.id);
      const r = await consultant.request(UPDATE, {
        id: task.id,
        input: { version: 1, openings: 5, title: 'Forældet' },
      });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
      const stored = await em().findOneOrFail(UnsolvedTask, { id: task.id });
      expect(stored).toMatchObject({ openings: 3, version: 2, title: 'Truckkørsel på lageret' });
      expect(await outboxCount(task.id)).toBe(outbox);
    });

    it('validates the merged task: ordinary hours against new weekly hours, hours 38, learning goals', async () => {
      const { postTask: task } = await companyUser.ok(POST, { input: validInput({ expectedOrdinaryHours: 15 }) });
      for (const [input, field] of [
        [{ weeklyHours: 10 }, 'expectedOrdinaryHours'],
        [{ weeklyHours: 38 }, 'weeklyHours'],
        [{ learningGoals: '' }, 'learningGoals'],
        [{ requiredCompetences: [{ competenceId: forklift, minLevel: 9 }] }, 'requiredCompetences.minLevel'],
      ] as const) {
        const r = await companyUser.request(UPDATE, { id: task.id, input: { version: 1, ...input } });
        expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
      const stored = await em().findOneOrFail(UnsolvedTask, { id: task.id });
      expect(stored.version).toBe(1);
      expect(stored.weeklyHours).toBe(20);
    });

    it('forbids a company user to change another company’s task', async () => {
      const task = await tasksCreateTask(em(), otherCompany);
      const r = await companyUser.request(UPDATE, { id: task.id, input: { version: 1, title: 'Kapret' } });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await em().findOneOrFail(UnsolvedTask, { id: task.id })).title).toBe('Pakning af ordrer');
    });
  });

  describe('status lifecycle', () => {
    it('closes with a reason and then refuses further changes', async () => {
      const { postTask: task } = await companyUser.ok(POST, { input: validInput() });
      const noReason = await companyUser.request(CLOSE, { id: task.id, reason: '  ' });
      expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const { closeTask } = await companyUser.ok(CLOSE, { id: task.id, reason: 'Vi har ansat en medarbejder' });
      expect(closeTask).toMatchObject({ status: 'CLOSED', statusReason: 'Vi har ansat en medarbejder', version: 2 });
      expect(await outboxCount(task.id)).toBe(2);
      const twice = await companyUser.request(CLOSE, { id: task.id, reason: 'Igen' });
      expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      const edit = await companyUser.request(UPDATE, { id: task.id, input: { version: 2, title: 'Ny' } });
      expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      const publish = await companyUser.request(PUBLISH, { id: task.id });
      expect(publish.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    });

    it('closes once when the same close is sent several times at the same moment; the rest hear it is closed', async () => {
      const task = await tasksCreateTask(em(), demoCompany);
      const results = await atOnce(8, (i) =>
        companyUser.request(CLOSE, { id: task.id, reason: `Lukket nr. ${i + 1}` }),
      );
      const errors = results.flatMap((r) => r.errors ?? []);
      expect(errors.map((e) => e.extensions)).toEqual(
        Array(7).fill(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'status' })),
      );
      const closed = results.filter((r) => !r.errors).map((r) => r.data?.closeTask);
      expect(closed).toHaveLength(1);
      const stored = await em().findOneOrFail(UnsolvedTask, { id: task.id });
      expect(stored).toMatchObject({ status: TaskStatus.CLOSED, statusReason: closed[0].statusReason });
      expect(stored.version).toBe(task.version + 1);
    });

    it('publishes once when the same draft is published several times at the same moment', async () => {
      const draft = await tasksCreateTask(em(), demoCompany, { status: TaskStatus.DRAFT });
      const results = await atOnce(8, () => companyUser.request(PUBLISH, { id: draft.id }));
      const errors = results.flatMap((r) => r.errors ?? []);
      expect(errors.map((e) => e.extensions)).toEqual(
        Array(7).fill(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'status' })),
      );
      const stored = await em().findOneOrFail(UnsolvedTask, { id: draft.id });
      expect(stored.status).toBe(TaskStatus.OPEN);
      expect(stored.version).toBe(draft.version + 1);
    });

    it('moves OPEN → IN_PROGRESS → SOLVED through the functions other features call', async () => {
      const task = await tasksCreateTask(em(), demoCompany);
      const draft = await tasksCreateTask(em(), demoCompany, { status: TaskStatus.DRAFT });

      await em().transactional(async (tx) => {
        await markTaskInProgress(tx, task.id);
        await markTaskInProgress(tx, task.id); // a second placement on the same task is fine
      });
      expect((await em().findOneOrFail(UnsolvedTask, { id: task.id })).status).toBe(TaskStatus.IN_PROGRESS);
      await expect(em().transactional((tx) => markTaskInProgress(tx, draft.id))).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'status' },
      });
      await expect(em().transactional((tx) => markTaskSolved(tx, draft.id, 'x'))).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'status' },
      });

      await em().transactional((tx) => markTaskSolved(tx, task.id, 'Ansat med 15 ordinære timer'));
      const solved = await em().findOneOrFail(UnsolvedTask, { id: task.id });
      expect(solved.status).toBe(TaskStatus.SOLVED);
      expect(solved.statusReason).toBe('Ansat med 15 ordinære timer');
      expect(await outboxCount(task.id)).toBe(2);
      await expect(
        em().transactional((tx) => markTaskInProgress(tx, '00000000-0000-4000-8000-000000000000')),
      ).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND' },
      });
    });
  });

  describe('reading and listing', () => {
    let portfolioCo: Company;
    let listed: UnsolvedTask[];

    beforeAll(async () => {
      portfolioCo = await companiesCreateCompany(em(), { name: 'Vaskeri Vest', industryCode: '81' });
      listed = [];
      for (let i = 0; i < 5; i++) {
        listed.push(
          await tasksCreateTask(em(), portfolioCo, {
            title: `Listeopgave ${i}`,
            description: i === 3 ? 'Strygning af duge' : 'Sortering af vasketøj',
            industryCode: '81',
            status: i === 4 ? TaskStatus.DRAFT : TaskStatus.OPEN,
            createdAt: new Date(Date.UTC(2026, 0, 10 + i)),
          }),
        );
      }
    });

    it('pages newest first with first/after and counts the total', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const { tasks }: Record<string, any> = await admin.ok(LIST, {
          filter: { companyId: portfolioCo.id },
          first: 2,
          after,
        });
        expect(tasks.totalCount).toBe(5);
        seen.push(...tasks.edges.map((e: any) => e.node.title));
        if (!tasks.pageInfo.hasNextPage) break;
        after = tasks.pageInfo.endCursor;
      }
      expect(seen).toEqual(['Listeopgave 4', 'Listeopgave 3', 'Listeopgave 2', 'Listeopgave 1', 'Listeopgave 0']);
    });

    it('filters by status, industry and search words', async () => {
      const drafts = await admin.ok(LIST, { filter: { companyId: portfolioCo.id, status: 'DRAFT' } });
      expect(drafts.tasks.edges.map((e: any) => e.node.id)).toEqual([listed[4]!.id]);
      const ironing = await admin.ok(LIST, { filter: { search: 'STRYGNING duge' } });
      expect(ironing.tasks.edges.map((e: any) => e.node.id)).toEqual([listed[3]!.id]);
      const industry = await admin.ok(LIST, { filter: { industryCode: '81' }, first: 50 });
      expect(industry.tasks.totalCount).toBe(5);
      const bad = await admin.request(LIST, { after: 'not-a-cursor' });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    it('scopes: company users see their own tasks, consultants their portfolio, advisers all', async () => {
      const outsideTask = await tasksCreateTask(em(), outsideCompany, { industryCode: '10', title: 'Udskæring' });
      const own = await companyUser.ok(LIST, { first: 50 });
      expect(own.tasks.totalCount).toBeGreaterThan(0);
      expect(own.tasks.edges.every((e: any) => e.node.company.id === demoCompany.id)).toBe(true);
      const forbidden = await companyUser.request(GET, { id: listed[0]!.id });
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const mine = await consultant.ok(LIST, { first: 50 });
      const ids = mine.tasks.edges.map((e: any) => e.node.id);
      expect(ids).toContain(listed[0]!.id);
      expect(ids).not.toContain(outsideTask.id);
      const out = await consultant.request(GET, { id: outsideTask.id });
      expect(out.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const all = await adviser.ok(LIST, { first: 50 });
      expect(all.tasks.edges.map((e: any) => e.node.id)).toContain(outsideTask.id);
      expect((await adviser.ok(GET, { id: outsideTask.id })).task.title).toBe('Udskæring');
      // … but advisers do not write tasks.
      const close = await adviser.request(CLOSE, { id: outsideTask.id, reason: 'Nej' });
      expect(close.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const missing = await admin.request(GET, { id: '00000000-0000-4000-8000-000000000000' });
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('gives a COMPANY user of another company none of the demo company’s tasks', async () => {
      await companiesCreateUser(em(), { role: Role.COMPANY, email: 'vaskeri@vest.dk', company: portfolioCo });
      const c = await t.client().in('en').login('vaskeri@vest.dk');
      const { tasks } = await c.ok(LIST, { first: 50 });
      expect(tasks.totalCount).toBe(5);
      expect(tasks.edges.every((e: any) => e.node.company.id === portfolioCo.id)).toBe(true);
    });
  });
});
