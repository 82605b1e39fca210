import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { type Company, Sector } from '../../server/src/features/companies/company.entity.js';
import { IguSlot, IguSlotStatus } from '../../server/src/features/igu-slots/igu-slot.entity.js';
import { OutboxEvent } from '../../server/src/search/outbox-event.entity.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { companiesCreateCompany, iguSlotsCreateIguSlot } from '../setup/factories.js';
import { atOnce, type GqlClient } from '../setup/test-app.js';

const SLOT_FIELDS = `
  id title description startDate weeklyHours hourlyWage openings postcode status statusReason version
  company { id name sector }
  industry { code name }
`;
const CREATE = `mutation($input: CreateIguSlotInput!) { createIguSlot(input: $input) { ${SLOT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIguSlotInput!) { updateIguSlot(id: $id, input: $input) { ${SLOT_FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $reason: String!) { closeIguSlot(id: $id, reason: $reason) { id status statusReason version } }`;
const GET = `query($id: ID!) { iguSlot(id: $id) { ${SLOT_FIELDS} } }`;
const LIST = `query($filter: IguSlotFilter, $first: Int, $after: String) {
  iguSlots(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status company { id } } }
  }
}`;

describe('IGU slots', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let consultant: GqlClient;
  let adviser: GqlClient;
  let companyUser: GqlClient;
  let demoCompany: Company;
  let otherCompany: Company;
  let outsideCompany: Company;
  let publicCompany: Company;
  const em = () => t.em();
  const outboxCount = (id: string) => em().count(OutboxEvent, { entityType: 'iguSlot', entityId: id });

  function validInput(overrides: Record<string, unknown> = {}) {
    return {
      companyId: demoCompany.id,
      title: 'IGU-lagermedarbejder',
      industryCode: '52',
      startDate: '2027-02-01',
      weeklyHours: 30,
      hourlyWage: 62.5,
      openings: 2,
      postcode: '5220',
      description: 'To år med lager og skole',
      ...overrides,
    };
  }

  beforeAll(async () => {
    t = await createDemoApp();
    ({ company: demoCompany } = t);
    otherCompany = await companiesCreateCompany(em(), { name: 'Andet Lager ApS', industryCode: '52' });
    outsideCompany = await companiesCreateCompany(em(), { name: 'Slagteri Syd', industryCode: '10' });
    publicCompany = await companiesCreateCompany(em(), {
      name: 'Odense Kommune Ældrepleje',
      industryCode: '87',
      sector: Sector.PUBLIC,
    });
    [admin, consultant, adviser, companyUser] = await Promise.all([
      t.as(Role.ADMIN, 'en'),
      t.as(Role.CONSULTANT, 'en'),
      t.as(Role.ADVISER, 'en'),
      t.as(Role.COMPANY, 'en'),
    ]);
  });
  afterAll(() => t.close());

  describe('createIguSlot', () => {
    it('lets a company user create a slot for its own company and writes an outbox row', async () => {
      const { createIguSlot: s } = await companyUser.ok(CREATE, { input: validInput() });
      expect(s).toMatchObject({
        title: 'IGU-lagermedarbejder',
        description: 'To år med lager og skole',
        startDate: '2027-02-01',
        weeklyHours: 30,
        hourlyWage: 62.5,
        openings: 2,
        postcode: '5220',
        status: 'OPEN',
        statusReason: null,
        version: 1,
        company: { id: demoCompany.id, sector: 'PRIVATE' },
        industry: { code: '52' },
      });
      expect(await outboxCount(s.id)).toBe(1);
    });

    it('lets a consultant create one in scope without a description', async () => {
      const { createIguSlot: s } = await consultant.ok(CREATE, {
        input: validInput({ companyId: publicCompany.id, industryCode: '87', description: undefined }),
      });
      expect(s.description).toBe('');
      expect(s.company.sector).toBe('PUBLIC');
    });

    it.each([
      ['38 weekly hours', { weeklyHours: 38 }, 'weeklyHours', 'cannot be more than 37'],
      ['-1 weekly hours', { weeklyHours: -1 }, 'weeklyHours', 'cannot be negative'],
      ['a wage of 0', { hourlyWage: 0 }, 'hourlyWage', 'more than 0 kr.'],
      ['a wage above 1000 kr.', { hourlyWage: 1001 }, 'hourlyWage', 'at most 1000 kr.'],
      ['0 openings', { openings: 0 }, 'openings', 'at least 1'],
      ['an unknown industry', { industryCode: '04' }, 'industryCode', 'Unknown industry code 04'],
      ['a bad postcode', { postcode: '12' }, 'postcode', '4 digits'],
      ['an empty title', { title: ' ' }, 'title', 'Title cannot be empty'],
    ])('rejects %s with BAD_USER_INPUT on the field, writing nothing', async (_label, overrides, field, message) => {
      const [slots, outbox] = await Promise.all([em().count(IguSlot, {}), em().count(OutboxEvent, {})]);
      const r = await companyUser.request(CREATE, { input: validInput(overrides) });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors?.[0]?.message).toContain(message);
      expect(await em().count(IguSlot, {})).toBe(slots);
      expect(await em().count(OutboxEvent, {})).toBe(outbox);
    });

    it.each(['2027-02-30', '2027-13-01', '1. februar 2027'])('rejects the start date %s', async (startDate) => {
      const before = await em().count(IguSlot, {});
      const r = await companyUser.request(CREATE, { input: validInput({ startDate }) });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      // The Date scalar rejects it while reading the variables; the message names the field.
      expect(r.errors?.[0]?.message).toContain('startDate');
      expect(r.errors?.[0]?.message).toContain(startDate);
      expect(await em().count(IguSlot, {})).toBe(before);
    });

    it('answers NOT_FOUND for an unknown company and FORBIDDEN out of scope', async () => {
      const missing = await admin.request(CREATE, {
        input: validInput({ companyId: '00000000-0000-4000-8000-000000000000' }),
      });
      expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'companyId' });
      const before = await em().count(IguSlot, {});
      const other = await companyUser.request(CREATE, { input: validInput({ companyId: otherCompany.id }) });
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const outside = await consultant.request(CREATE, {
        input: validInput({ companyId: outsideCompany.id, industryCode: '10' }),
      });
      expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const asAdviser = await adviser.request(CREATE, { input: validInput() });
      expect(asAdviser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await em().count(IguSlot, {})).toBe(before);
    });
  });

  describe('updateIguSlot and closeIguSlot', () => {
    it('updates with the current version and writes an outbox row', async () => {
      const { createIguSlot: s } = await consultant.ok(CREATE, { input: validInput() });
      const { updateIguSlot: u } = await consultant.ok(UPDATE, {
        id: s.id,
        input: { version: 1, hourlyWage: 70, startDate: '2027-03-01', industryCode: '56' },
      });
      expect(u).toMatchObject({ version: 2, hourlyWage: 70, startDate: '2027-03-01', industry: { code: '56' } });
      expect(await outboxCount(s.id)).toBe(2);
    });

    it('answers CONFLICT on a stale version and changes nothing', async () => {
      const { createIguSlot: s } = await companyUser.ok(CREATE, { input: validInput() });
      await companyUser.ok(UPDATE, { id: s.id, input: { version: 1, openings: 3 } });
      const r = await companyUser.request(UPDATE, { id: s.id, input: { version: 1, openings: 4 } });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
      const stored = await em().findOneOrFail(IguSlot, { id: s.id });
      expect(stored.openings).toBe(3);
      expect(stored.version).toBe(2);
    });

    it('validates changes: 38 hours, a wage of 0, a wrong date', async () => {
      const { createIguSlot: s } = await companyUser.ok(CREATE, { input: validInput() });
      const hours = await companyUser.request(UPDATE, { id: s.id, input: { version: 1, weeklyHours: 38 } });
      expect(hours.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weeklyHours' });
      const wage = await companyUser.request(UPDATE, { id: s.id, input: { version: 1, hourlyWage: 0 } });
      expect(wage.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hourlyWage' });
      const date = await companyUser.request(UPDATE, { id: s.id, input: { version: 1, startDate: '2027-02-29' } });
      expect(date.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await em().findOneOrFail(IguSlot, { id: s.id })).version).toBe(1);
    });

    it('closes with a reason, once', async () => {
      const { createIguSlot: s } = await companyUser.ok(CREATE, { input: validInput() });
      const empty = await companyUser.request(CLOSE, { id: s.id, reason: '' });
      expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const { closeIguSlot: c } = await companyUser.ok(CLOSE, { id: s.id, reason: 'Budgettet blev skåret' });
      expect(c).toMatchObject({ status: 'CLOSED', statusReason: 'Budgettet blev skåret', version: 2 });
      expect(await outboxCount(s.id)).toBe(2);
      const twice = await companyUser.request(CLOSE, { id: s.id, reason: 'Igen' });
      expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
      const edit = await companyUser.request(UPDATE, { id: s.id, input: { version: 2, title: 'Ny' } });
      expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    });

    it('closes once when the same close is sent several times at the same moment; the rest hear it is closed', async () => {
      const s = await iguSlotsCreateIguSlot(em(), demoCompany);
      const results = await atOnce(8, (i) => companyUser.request(CLOSE, { id: s.id, reason: `Lukket nr. ${i + 1}` }));
      const errors = results.flatMap((r) => r.errors ?? []);
      expect(errors.map((e) => e.extensions)).toEqual(
        Array(7).fill(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'status' })),
      );
      const closed = results.filter((r) => !r.errors).map((r) => r.data?.closeIguSlot);
      expect(closed).toHaveLength(1);
      const stored = await em().findOneOrFail(IguSlot, { id: s.id });
      expect(stored).toMatchObject({ status: IguSlotStatus.CLOSED, statusReason: closed[0].statusReason });
      expect(stored.version).toBe(s.version + 1);
    });

    it('forbids changing another company’s slot', async () => {
      const s = await iguSlotsCreateIguSlot(em(), otherCompany);
      const r = await companyUser.request(UPDATE, { id: s.id, input: { version: 1, title: 'Kapret' } });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const c = await companyUser.request(CLOSE, { id: s.id, reason: 'Kapret' });
      expect(c.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await em().findOneOrFail(IguSlot, { id: s.id })).toMatchObject({ status: 'OPEN', version: 1 });
    });
  });

  describe('reading and listing', () => {
    let listCompany: Company;
    let listed: IguSlot[];

    beforeAll(async () => {
      listCompany = await companiesCreateCompany(em(), {
        name: 'Plejehjem Øst',
        industryCode: '87',
        sector: Sector.PUBLIC,
      });
      listed = [];
      for (let i = 0; i < 5; i++) {
        listed.push(
          await iguSlotsCreateIguSlot(em(), listCompany, {
            title: `IGU ${i}`,
            industryCode: '87',
            status: i === 0 ? IguSlotStatus.CLOSED : IguSlotStatus.OPEN,
            createdAt: new Date(Date.UTC(2026, 1, 1 + i)),
          }),
        );
      }
    });

    it('pages newest first with first/after and counts the total', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page++) {
        const { iguSlots }: Record<string, any> = await admin.ok(LIST, {
          filter: { companyId: listCompany.id },
          first: 2,
          after,
        });
        expect(iguSlots.totalCount).toBe(5);
        seen.push(...iguSlots.edges.map((e: any) => e.node.title));
        if (!iguSlots.pageInfo.hasNextPage) break;
        after = iguSlots.pageInfo.endCursor;
      }
      expect(seen).toEqual(['IGU 4', 'IGU 3', 'IGU 2', 'IGU 1', 'IGU 0']);
    });

    it('filters by status, industry and sector', async () => {
      const open = await admin.ok(LIST, { filter: { companyId: listCompany.id, status: 'OPEN' } });
      expect(open.iguSlots.totalCount).toBe(4);
      const publicSlots = await admin.ok(LIST, { filter: { sector: 'PUBLIC' }, first: 50 });
      const companies = new Set(publicSlots.iguSlots.edges.map((e: any) => e.node.company.id));
      expect(companies.has(listCompany.id)).toBe(true);
      expect(companies.has(demoCompany.id)).toBe(false);
      const privateSlots = await admin.ok(LIST, { filter: { sector: 'PRIVATE' }, first: 50 });
      expect(privateSlots.iguSlots.edges.map((e: any) => e.node.company.id)).not.toContain(listCompany.id);
      const byIndustry = await admin.ok(LIST, { filter: { industryCode: '87', status: 'CLOSED' } });
      expect(byIndustry.iguSlots.edges.map((e: any) => e.node.id)).toEqual([listed[0]!.id]);
    });

    it('scopes reads: own company, portfolio, advisers all', async () => {
      const outside = await iguSlotsCreateIguSlot(em(), outsideCompany, { industryCode: '10', title: 'Slagter-IGU' });
      const own = await companyUser.ok(LIST, { first: 50 });
      expect(own.iguSlots.totalCount).toBeGreaterThan(0);
      expect(own.iguSlots.edges.every((e: any) => e.node.company.id === demoCompany.id)).toBe(true);
      const notOwn = await companyUser.request(GET, { id: listed[1]!.id });
      expect(notOwn.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const mine = await consultant.ok(LIST, { first: 50 });
      const ids = mine.iguSlots.edges.map((e: any) => e.node.id);
      expect(ids).toContain(listed[1]!.id);
      expect(ids).not.toContain(outside.id);
      const out = await consultant.request(GET, { id: outside.id });
      expect(out.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      expect((await adviser.ok(GET, { id: outside.id })).iguSlot).toMatchObject({
        title: 'Slagter-IGU',
        company: { name: 'Slagteri Syd' },
        industry: { code: '10' },
      });
      const missing = await admin.request(GET, { id: '00000000-0000-4000-8000-000000000000' });
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });
});
