import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import {
  Candidate,
  Readiness,
  ResidenceCategory,
  TargetGroup,
} from '../../server/src/features/candidates/candidate.entity.js';
import {
  Company,
  CompanyContact,
  ContactPerson,
  PartnershipTier,
} from '../../server/src/features/companies/company.entity.js';
import { Placement, PlacementType } from '../../server/src/features/placements/placement.entity.js';
import { DanishLevel } from '../../server/src/shared/enums.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import {
  companiesCreateCompany,
  companiesCreateUser,
  iguSlotsCreateIguSlot,
  nextCvr,
  tasksCreateTask,
} from '../setup/factories.js';
import { atOnce, type GqlClient } from '../setup/test-app.js';

const COMPANY_FIELDS = `
  id cvr name tier sector postcode version lastContactAt contactCadenceDays contactDue mentorCount mentorLanguages
  industry { code name }
  consultant { id name email }
  contacts { id name title email phone }
`;

const CREATE = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { ${COMPANY_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { ${COMPANY_FIELDS} } }`;
const GET = `query($id: ID!) { company(id: $id) { ${COMPANY_FIELDS} } }`;
const LIST = `query($filter: CompanyFilter, $first: Int, $after: String) {
  companies(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name cvr } }
  }
}`;
const RECORD = `mutation($id: ID!, $note: String!) {
  recordCompanyContact(companyId: $id, note: $note) { id lastContactAt contactDue version contactLog { id contactedAt note by { name } } }
}`;

function validInput(overrides: Record<string, unknown> = {}) {
  return {
    cvr: nextCvr(),
    name: 'Café Møllen ApS',
    industryCode: '56',
    tier: 'COLLABORATION',
    sector: 'PRIVATE',
    postcode: '5000',
    mentorCount: 2,
    mentorLanguages: ['da', 'ar', 'ar'],
    contacts: [{ name: 'Mette Madsen', title: 'Køkkenchef', email: 'mette@moellen.dk', phone: '+45 12 34 56 78' }],
    ...overrides,
  };
}

describe('companies', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let consultant: GqlClient;
  let adviser: GqlClient;
  let companyUser: GqlClient;
  let demoCompany: Company;
  const em = () => t.em();
  const userOf = (role: Role) => t.userOf(role);

  beforeAll(async () => {
    t = await createDemoApp();
    ({ company: demoCompany } = t);
    [admin, consultant, adviser, companyUser] = await Promise.all([
      t.as(Role.ADMIN, 'en'),
      t.as(Role.CONSULTANT, 'en'),
      t.as(Role.ADVISER, 'en'),
      t.as(Role.COMPANY, 'en'),
    ]);
  });
  afterAll(() => t.close());

  describe('createCompany', () => {
    it('lets a consultant create a company in its portfolio and become its consultant', async () => {
      const input = validInput();
      const { createCompany: c } = await consultant.ok(CREATE, { input });
      expect(c).toMatchObject({
        cvr: input.cvr,
        name: 'Café Møllen ApS',
        tier: 'COLLABORATION',
        sector: 'PRIVATE',
        postcode: '5000',
        version: 1,
        lastContactAt: null,
        contactDue: false,
        mentorCount: 2,
        mentorLanguages: ['da', 'ar'],
        industry: { code: '56', name: 'Restaurationsvirksomhed' },
        consultant: { email: 'konsulent@demo.dk', name: 'Kasper Konsulent' },
      });
      expect(c.contactCadenceDays).toBe(t.config.rules.defaultContactCadenceDays);
      expect(c.contacts).toEqual([
        {
          id: expect.any(String),
          name: 'Mette Madsen',
          title: 'Køkkenchef',
          email: 'mette@moellen.dk',
          phone: '+45 12 34 56 78',
        },
      ]);
      const stored = await em().findOneOrFail(Company, { id: c.id }, { populate: ['contacts'] });
      expect(stored.contacts).toHaveLength(1);
    });

    it('accepts a CVR with spaces and stores it normalised; an admin may name another consultant', async () => {
      const cvr = nextCvr();
      const spaced = `${cvr.slice(0, 4)} ${cvr.slice(4)}`;
      const consultantUser = userOf(Role.CONSULTANT);
      const { createCompany: c } = await admin.ok(CREATE, {
        input: validInput({ cvr: spaced, industryCode: '10', consultantId: consultantUser.id, contactCadenceDays: 14 }),
      });
      expect(c.cvr).toBe(cvr);
      expect(c.contactCadenceDays).toBe(14);
      expect(c.consultant.id).toBe(consultantUser.id);
    });

    it('leaves the consultant empty when an admin creates without one', async () => {
      const { createCompany: c } = await admin.ok(CREATE, { input: validInput({ contacts: null }) });
      expect(c.consultant).toBeNull();
      expect(c.contacts).toEqual([]);
    });

    it.each([
      ['a bad check digit', { cvr: '12345678' }, 'cvr', 'CVR 12345678 has an invalid check digit'],
      ['a short CVR', { cvr: '1234567' }, 'cvr', 'CVR must be 8 digits, got 7'],
      ['a duplicate CVR', { cvr: '10150817' }, 'cvr', 'A company with CVR 10150817 already exists'],
      [
        'an unknown industry',
        { industryCode: '04' },
        'industryCode',
        'Unknown industry code 04: use a DB07 division such as 56',
      ],
      ['a section instead of a division', { industryCode: 'I' }, 'industryCode', 'is a DB07 section'],
      ['a postcode that does not exist', { postcode: '0000' }, 'postcode', 'not a Danish geographic postcode'],
      ['a malformed postcode', { postcode: '50000' }, 'postcode', 'A postcode has 4 digits'],
      ['a cadence of 0 days', { contactCadenceDays: 0 }, 'contactCadenceDays', 'between 1 and 365'],
      ['a cadence of 366 days', { contactCadenceDays: 366 }, 'contactCadenceDays', 'between 1 and 365'],
      ['an empty name', { name: '  ' }, 'name', 'Company name cannot be empty'],
      ['a contact without a name', { contacts: [{ name: '' }] }, 'contacts.name', 'Contact name cannot be empty'],
      // Issue 13 item 11.
      [
        'a contact name of zero-width spaces',
        { contacts: [{ name: '\u200B\u200B' }] },
        'contacts.name',
        'Contact name is made only of invisible characters',
      ],
      [
        'a contact name holding U+202E',
        { contacts: [{ name: 'Mette \u202EnesdaM' }] },
        'contacts.name',
        'Contact name contains a hidden text-direction character',
      ],
      [
        'a contact e-mail that is not one',
        { contacts: [{ name: 'X', email: 'x-at-y' }] },
        'contacts.email',
        'not an e-mail',
      ],
      ['a negative mentor count', { mentorCount: -1 }, 'mentorCount', 'at least 0'],
    ])('rejects %s with BAD_USER_INPUT on the field, writing nothing', async (_label, overrides, field, message) => {
      const before = await em().count(Company, {});
      const contactsBefore = await em().count(ContactPerson, {});
      const r = await consultant.request(CREATE, { input: validInput(overrides) });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors?.[0]?.message).toContain(message);
      expect(r.data).toBeNull();
      expect(await em().count(Company, {})).toBe(before);
      expect(await em().count(ContactPerson, {})).toBe(contactsBefore);
    });

    it('rejects a consultantId that is not a consultant', async () => {
      const r = await admin.request(CREATE, { input: validInput({ consultantId: userOf(Role.ADVISER).id }) });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consultantId' });
      expect(r.errors?.[0]?.message).toMatch(/not an active consultant/);
    });

    it('forbids a consultant to create outside its portfolio, and advisers and company users altogether', async () => {
      const before = await em().count(Company, {});
      const outside = await consultant.request(CREATE, { input: validInput({ industryCode: '10' }) });
      expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(outside.errors?.[0]?.message).toMatch(/outside your portfolio/);
      for (const c of [adviser, companyUser]) {
        const r = await c.request(CREATE, { input: validInput() });
        expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await em().count(Company, {})).toBe(before);
    });

    it('requires a login', async () => {
      const r = await t.client().in('en').request(CREATE, { input: validInput() });
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('reading and scope', () => {
    let outsider: Company;
    let ownedOutside: Company;

    beforeAll(async () => {
      outsider = await companiesCreateCompany(em(), { name: 'Slagteri Syd', industryCode: '10' });
      ownedOutside = await companiesCreateCompany(em(), {
        name: 'Bageri Nord',
        industryCode: '10',
        consultantId: userOf(Role.CONSULTANT).id,
      });
    });

    it('shows a company user its own company only', async () => {
      const own = await companyUser.ok(GET, { id: demoCompany.id });
      expect(own.company).toMatchObject({
        cvr: '10150817',
        industry: { code: '52' },
        mentorLanguages: ['da', 'ar', 'en'],
      });
      const other = await companyUser.request(GET, { id: outsider.id });
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const list = await companyUser.ok(LIST, {});
      expect(list.companies.totalCount).toBe(1);
      expect(list.companies.edges.map((e: any) => e.node.id)).toEqual([demoCompany.id]);
    });

    it('limits a consultant to its portfolio and its own companies', async () => {
      const r = await consultant.request(GET, { id: outsider.id });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await consultant.ok(GET, { id: ownedOutside.id })).company.name).toBe('Bageri Nord');
      const { companies } = await consultant.ok(LIST, { first: 50 });
      const ids = companies.edges.map((e: any) => e.node.id);
      expect(ids).toContain(demoCompany.id);
      expect(ids).toContain(ownedOutside.id);
      expect(ids).not.toContain(outsider.id);
    });

    it('lets advisers and admins read every company', async () => {
      for (const c of [adviser, admin]) {
        expect((await c.ok(GET, { id: outsider.id })).company.name).toBe('Slagteri Syd');
        const { companies } = await c.ok(LIST, { first: 50 });
        expect(companies.edges.map((e: any) => e.node.id)).toContain(outsider.id);
      }
    });

    it('answers NOT_FOUND for a missing or malformed id', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
        const r = await admin.request(GET, { id });
        expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('lists the company tasks and IGU slots newest first, and its placements', async () => {
      const c = await companiesCreateCompany(em(), { name: 'Plejecenter Lyset', industryCode: '87' });
      const older = await tasksCreateTask(em(), c, {
        title: 'Ældre opgave',
        industryCode: '87',
        createdAt: new Date('2026-01-01T10:00:00Z'),
      });
      const newer = await tasksCreateTask(em(), c, {
        title: 'Nyere opgave',
        industryCode: '87',
        createdAt: new Date('2026-02-01T10:00:00Z'),
      });
      const slot = await iguSlotsCreateIguSlot(em(), c, { industryCode: '87' });
      const fork = em();
      const mine = fork.create(Candidate, candidateData(userOf(Role.ADVISER).id));
      const theirs = fork.create(Candidate, candidateData(null));
      for (const candidate of [mine, theirs]) {
        fork.create(Placement, {
          candidate,
          company: c.id,
          type: PlacementType.INTERNSHIP,
          startDate: '2026-03-01',
          learningGoals: 'Lære plejeopgaver',
          hoursPlan: [{ fromWeek: 1, weeklyHours: 10, ordinaryHours: 0 }],
        });
      }
      await fork.flush();
      const q = `query($id: ID!) { company(id: $id) { tasks { id title } iguSlots { id } placements { id type } } }`;
      const asAdmin = (await admin.ok(q, { id: c.id })).company;
      expect(asAdmin.tasks.map((x: any) => x.id)).toEqual([newer.id, older.id]);
      expect(asAdmin.iguSlots.map((x: any) => x.id)).toEqual([slot.id]);
      expect(asAdmin.placements).toHaveLength(2);
      // An adviser sees only the placements of its own caseload.
      const asAdviser = (await adviser.ok(q, { id: c.id })).company;
      expect(asAdviser.placements).toHaveLength(1);
    });
  });

  describe('companies connection', () => {
    const names = ['Paginering A', 'Paginering B', 'Paginering C', 'Paginering D', 'Paginering E'];
    let created: Company[];

    beforeAll(async () => {
      created = [];
      for (const [i, name] of [...names].reverse().entries()) {
        created.push(
          await companiesCreateCompany(em(), {
            name,
            industryCode: i % 2 ? '81' : '43',
            tier: i === 0 ? PartnershipTier.PARTNER : PartnershipTier.CONTACT,
          }),
        );
      }
    });

    it('pages with first/after in name order and counts the total', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const { companies }: Record<string, any> = await admin.ok(LIST, {
          filter: { search: 'paginering' },
          first: 2,
          after,
        });
        expect(companies.totalCount).toBe(5);
        seen.push(...companies.edges.map((e: any) => e.node.name));
        pages++;
        if (!companies.pageInfo.hasNextPage) break;
        after = companies.pageInfo.endCursor;
      }
      expect(pages).toBe(3);
      expect(seen).toEqual(names);
    });

    it('rejects a page size above 100 and a broken cursor', async () => {
      const big = await admin.request('query { companies(first: 101) { totalCount } }');
      expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      for (const after of ['garbage', 'eyJ4IjoxfQ']) {
        const broken = await admin.request(LIST, { first: 2, after });
        expect(broken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      }
    });

    it('filters by industry, tier, CVR digits and consultant', async () => {
      const byIndustry = await admin.ok(LIST, { filter: { search: 'Paginering', industryCode: '81' } });
      expect(byIndustry.companies.totalCount).toBe(2);
      const byTier = await admin.ok(LIST, { filter: { search: 'paginering', tier: 'PARTNER' } });
      expect(byTier.companies.edges.map((e: any) => e.node.name)).toEqual(['Paginering E']);
      const target = created[2]!;
      const byCvr = await admin.ok(LIST, { filter: { search: target.cvr.slice(1, 7) } });
      expect(byCvr.companies.edges.map((e: any) => e.node.id)).toContain(target.id);
      const byConsultant = await admin.ok(LIST, { filter: { consultantId: userOf(Role.CONSULTANT).id }, first: 50 });
      const ids = byConsultant.companies.edges.map((e: any) => e.node.id);
      expect(ids).toContain(demoCompany.id);
      expect(ids).not.toContain(target.id);
    });

    it('treats LIKE wildcards in the search literally', async () => {
      const r = await admin.ok(LIST, { filter: { search: '%' } });
      expect(r.companies.totalCount).toBe(0);
    });
  });

  describe('updateCompany', () => {
    it('updates with the current version, replaces contacts and bumps the version', async () => {
      const { createCompany: c } = await consultant.ok(CREATE, {
        input: validInput({ name: 'Rengøring Fyn', industryCode: '81' }),
      });
      const keep = c.contacts[0];
      const { updateCompany: u } = await consultant.ok(UPDATE, {
        id: c.id,
        input: {
          version: 1,
          tier: 'PARTNER',
          contactCadenceDays: 30,
          contacts: [
            { id: keep.id, name: 'Mette Madsen', title: 'Direktør' },
            { name: 'Ali Hassan', phone: '22334455' },
          ],
        },
      });
      expect(u.version).toBe(2);
      expect(u.tier).toBe('PARTNER');
      expect(u.contactCadenceDays).toBe(30);
      expect(u.contacts).toHaveLength(2);
      expect(u.contacts.find((x: any) => x.id === keep.id)).toMatchObject({ title: 'Direktør', email: null });

      // A contacts-only change still moves the version.
      const { updateCompany: v } = await consultant.ok(UPDATE, { id: c.id, input: { version: 2, contacts: [] } });
      expect(v.version).toBe(3);
      expect(v.contacts).toEqual([]);
      expect(await em().count(ContactPerson, { company: c.id })).toBe(0);
    });

    it('answers CONFLICT on a stale version and changes nothing', async () => {
      const c = await companiesCreateCompany(em(), { name: 'Konflikt ApS' });
      await admin.ok(UPDATE, { id: c.id, input: { version: 1, name: 'Konflikt 2 ApS' } });
      const r = await admin.request(UPDATE, { id: c.id, input: { version: 1, name: 'Gammel version' } });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'version' });
      const stored = await em().findOneOrFail(Company, { id: c.id });
      expect(stored.name).toBe('Konflikt 2 ApS');
      expect(stored.version).toBe(2);
    });

    it('validates changed fields like createCompany', async () => {
      const c = await companiesCreateCompany(em(), { name: 'Valider ApS' });
      const badCvr = await admin.request(UPDATE, { id: c.id, input: { version: 1, cvr: '12345678' } });
      expect(badCvr.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cvr' });
      const dup = await admin.request(UPDATE, { id: c.id, input: { version: 1, cvr: '10150817' } });
      expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cvr' });
      const ind = await admin.request(UPDATE, { id: c.id, input: { version: 1, industryCode: '04' } });
      expect(ind.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'industryCode' });
      expect((await em().findOneOrFail(Company, { id: c.id })).version).toBe(1);
    });

    it('lets a company user change its own contacts and mentors but not tier, consultant or CVR', async () => {
      const fresh = await em().findOneOrFail(Company, { id: demoCompany.id });
      const { updateCompany: u } = await companyUser.ok(UPDATE, {
        id: demoCompany.id,
        input: {
          version: fresh.version,
          mentorCount: 5,
          mentorLanguages: ['da', 'so'],
          contacts: [{ name: 'Lone Lager' }],
        },
      });
      expect(u).toMatchObject({ mentorCount: 5, mentorLanguages: ['da', 'so'], version: fresh.version + 1 });
      expect(u.contacts.map((x: any) => x.name)).toEqual(['Lone Lager']);
      for (const [field, value] of [
        ['tier', 'CONTACT'],
        ['consultantId', null],
        ['cvr', nextCvr()],
      ] as const) {
        const r = await companyUser.request(UPDATE, {
          id: demoCompany.id,
          input: { version: u.version, [field]: value },
        });
        expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field });
      }
      const after = await em().findOneOrFail(Company, { id: demoCompany.id });
      expect(after.tier).toBe('PARTNER');
      expect(after.consultant).not.toBeNull();
      expect(after.cvr).toBe('10150817');
    });

    it('forbids updating another company, and advisers altogether', async () => {
      const other = await companiesCreateCompany(em(), { name: 'Fremmed ApS' });
      const r = await companyUser.request(UPDATE, { id: other.id, input: { version: 1, mentorCount: 1 } });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const a = await adviser.request(UPDATE, { id: other.id, input: { version: 1, mentorCount: 1 } });
      expect(a.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const outside = await companiesCreateCompany(em(), { name: 'Uden for porteføljen', industryCode: '10' });
      const k = await consultant.request(UPDATE, { id: outside.id, input: { version: 1, tier: 'PARTNER' } });
      expect(k.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await em().findOneOrFail(Company, { id: other.id })).mentorCount).toBe(0);
    });
  });

  describe('contact log and cadence', () => {
    it('records a contact, sets lastContactAt and shows it in the log', async () => {
      const c = await companiesCreateCompany(em(), {
        name: 'Længe siden ApS',
        contactCadenceDays: 21,
        lastContactAt: new Date(Date.now() - 30 * 86_400_000),
      });
      expect(
        (await consultant.ok(`query($id: ID!) { company(id: $id) { contactDue } }`, { id: c.id })).company.contactDue,
      ).toBe(true);
      const before = Date.now();
      const { recordCompanyContact: r } = await consultant.ok(RECORD, {
        id: c.id,
        note: 'Besøg: to nye opgaver på lageret',
      });
      expect(new Date(r.lastContactAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(r.contactDue).toBe(false);
      expect(r.contactLog).toEqual([
        {
          id: expect.any(String),
          contactedAt: r.lastContactAt,
          note: 'Besøg: to nye opgaver på lageret',
          by: { name: 'Kasper Konsulent' },
        },
      ]);
      expect(await em().count(CompanyContact, { company: c.id })).toBe(1);
    });

    it('keeps every contact when several are logged for one company at the same moment', async () => {
      const c = await companiesCreateCompany(em(), { name: 'Travl Kantine ApS', contactCadenceDays: 14 });
      const results = await atOnce(8, (i) => consultant.request(RECORD, { id: c.id, note: `Opkald nr. ${i + 1}` }));
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      expect(await em().count(CompanyContact, { company: c.id })).toBe(8);
      const { company } = await admin.ok('query($id: ID!) { company(id: $id) { version contactLog { note } } }', {
        id: c.id,
      });
      expect(company.contactLog).toHaveLength(8);
      expect(company.version).toBe(c.version + 8);
    });

    it('counts from creation when never contacted', async () => {
      const due = await companiesCreateCompany(em(), {
        contactCadenceDays: 7,
        createdAt: new Date(Date.now() - 8 * 86_400_000),
      });
      const fresh = await companiesCreateCompany(em(), { contactCadenceDays: 7 });
      const q = `query($id: ID!) { company(id: $id) { contactDue } }`;
      expect((await admin.ok(q, { id: due.id })).company.contactDue).toBe(true);
      expect((await admin.ok(q, { id: fresh.id })).company.contactDue).toBe(false);
    });

    it('rejects an empty note and contacts out of scope, writing nothing', async () => {
      const c = await companiesCreateCompany(em(), {});
      const empty = await consultant.request(RECORD, { id: c.id, note: '   ' });
      expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      const outside = await companiesCreateCompany(em(), { industryCode: '10' });
      const f = await consultant.request(RECORD, { id: outside.id, note: 'Besøg' });
      expect(f.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const own = await companyUser.request(RECORD, { id: demoCompany.id, note: 'Selv' });
      expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const missing = await admin.request(RECORD, { id: '00000000-0000-4000-8000-000000000000', note: 'Besøg' });
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await em().count(CompanyContact, { company: { $in: [c.id, outside.id, demoCompany.id] } })).toBe(0);
    });

    it('keeps the contact log from company users', async () => {
      const r = await companyUser.request(`query($id: ID!) { company(id: $id) { name contactLog { note } } }`, {
        id: demoCompany.id,
      });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'contactLog' });
    });
  });

  it('lets a new COMPANY user of another company see only that company', async () => {
    const other = await companiesCreateCompany(em(), { name: 'Andet Firma ApS' });
    await companiesCreateUser(em(), { role: Role.COMPANY, email: 'andet@firma.dk', company: other });
    const c = await t.client().in('en').login('andet@firma.dk');
    const { companies } = await c.ok(LIST, {});
    expect(companies.edges.map((e: any) => e.node.id)).toEqual([other.id]);
    const r = await c.request(GET, { id: demoCompany.id });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

function candidateData(adviserId: string | null) {
  return {
    firstName: 'Test',
    lastName: 'Person',
    birthDate: '1990-01-01',
    postcode: '5000',
    targetGroup: Object.values(TargetGroup)[0]!,
    readiness: Readiness.JOB_READY,
    residenceCategory: ResidenceCategory.OTHER,
    danishLevel: DanishLevel.A2,
    availableWeeklyHours: 20,
    goalWeeklyHours: 37,
    currentOrdinaryHours: 0,
    hasDrivingLicence: false,
    maxCommuteKm: 20,
    education: '',
    summary: '',
    languages: [],
    industriesWished: [],
    consentToShare: true,
    enrolledOn: '2026-01-01',
    adviser: adviserId,
  };
}
