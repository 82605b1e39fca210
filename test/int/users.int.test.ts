import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { nextCvr } from '../setup/factories.js';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role industries { code } company { id } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id role active } }`;

describe('user administration', () => {
  let t: DemoApp;
  let companyId: string;
  beforeAll(async () => {
    t = await createDemoApp();
    const { company } = t;
    companyId = company.id;
  });
  afterAll(() => t?.close());

  it('lets an admin create a consultant with a portfolio, and that user can log in', async () => {
    const admin = await t.as(Role.ADMIN);
    const r = await admin.ok(CREATE, {
      input: {
        email: 'Ny.Konsulent@demo.dk',
        name: 'Ny Konsulent',
        role: 'CONSULTANT',
        password: 'lang-nok-adgangskode',
        industryCodes: ['56', '55'],
      },
    });
    expect(r.createUser).toMatchObject({ email: 'ny.konsulent@demo.dk', role: 'CONSULTANT', company: null });
    expect(r.createUser.industries.map((i: { code: string }) => i.code)).toEqual(['55', '56']);
    const me = await (await t.client().login('ny.konsulent@demo.dk', 'lang-nok-adgangskode')).ok('{ me { role } }');
    expect(me.me.role).toBe('CONSULTANT');
  });

  it('names the field of a bad input', async () => {
    const admin = await t.as(Role.ADMIN);
    const short = await admin.request(CREATE, {
      input: { email: 'a@demo.dk', name: 'A', role: 'ADVISER', password: 'kort' },
    });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const noCompany = await admin.request(CREATE, { input: { email: 'b@demo.dk', name: 'B', role: 'COMPANY' } });
    expect(noCompany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'companyId' });
    const dup = await admin.request(CREATE, { input: { email: 'admin@demo.dk', name: 'X', role: 'ADMIN' } });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const badIndustry = await admin.request(CREATE, {
      input: { email: 'c@demo.dk', name: 'C', role: 'CONSULTANT', industryCodes: ['A'] },
    });
    expect(badIndustry.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'industryCodes' });
    const users = await admin.ok('{ users(first: 50) { totalCount edges { node { email } } } }');
    expect(users.users.edges.map((e: any) => e.node.email)).not.toContain('a@demo.dk');
  });

  it('item 9: refuses guessable passwords on the password field, saying what to do, and creates no user', async () => {
    const admin = await t.as(Role.ADMIN);
    const weak = [' '.repeat(12), 'aaaaaaaaaaaa', 'password1234', 'svag.bruger@demo.dk', 'Password1234!'];
    for (const [i, password] of weak.entries()) {
      const r = await admin.request(CREATE, {
        input: { email: 'svag.bruger@demo.dk', name: 'Svag Bruger', role: 'ADVISER', password },
      });
      expect(r.errors?.[0]?.extensions, JSON.stringify(password)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'password',
      });
      expect(r.errors?.[0]?.message).toMatch(
        i === 0 ? /mindst 12 tegn|for let at gætte/ : /for let at gætte.*Brug tre-fire ord/,
      );
    }
    // In English for an English portal.
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'accept-language': 'en-GB,en;q=0.9',
        cookie: admin.cookie ?? '',
      },
      body: JSON.stringify({
        query: CREATE,
        variables: {
          input: { email: 'svag.bruger@demo.dk', name: 'Svag Bruger', role: 'ADVISER', password: 'password1234' },
        },
      }),
    });
    const en = (await res.json()) as { errors?: { message: string }[] };
    expect(en.errors?.[0]?.message).toMatch(/too easy to guess.*Use three or four unrelated words/);
    const users = await admin.ok('{ users(first: 100) { edges { node { email } } } }');
    expect(users.users.edges.map((e: any) => e.node.email)).not.toContain('svag.bruger@demo.dk');
    // A good password goes through.
    await admin.ok(CREATE, {
      input: {
        email: 'svag.bruger@demo.dk',
        name: 'Svag Bruger',
        role: 'ADVISER',
        password: 'lampe cykel havregryn bølge',
      },
    });
  });

  it('ends every session of a user whose role changes', async () => {
    const admin = await t.as(Role.ADMIN);
    const created = await admin.ok(CREATE, {
      input: {
        email: 'skifter@demo.dk',
        name: 'Skifter',
        role: 'COMPANY',
        password: 'lang-nok-adgangskode',
        companyId,
      },
    });
    const user = await t.client().login('skifter@demo.dk', 'lang-nok-adgangskode');
    expect((await user.ok('{ me { role } }')).me.role).toBe('COMPANY');
    await admin.ok(UPDATE, { id: created.createUser.id, input: { role: 'ADVISER' } });
    expect((await user.ok('{ me { role } }')).me).toBeNull();
    const again = await t.client().login('skifter@demo.dk', 'lang-nok-adgangskode');
    expect((await again.ok('{ me { role } }')).me.role).toBe('ADVISER');
  });

  it("applies a consultant's new portfolio from its next request, in the same session", async () => {
    const admin = await t.as(Role.ADMIN);
    // The demo company's industry, and a company of another industry.
    const a = (await admin.ok(`{ company(id: "${companyId}") { industry { code } } }`)).company.industry.code as string;
    const b = a === '56' ? '10' : '56';
    await admin.ok('mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }', {
      input: {
        cvr: nextCvr(),
        name: 'Anden Branche ApS',
        industryCode: b,
        tier: 'COLLABORATION',
        sector: 'PRIVATE',
        postcode: '5000',
      },
    });
    const created = await admin.ok(CREATE, {
      input: {
        email: 'portefoelje@demo.dk',
        name: 'Portefølje',
        role: 'CONSULTANT',
        password: 'lang-nok-adgangskode',
        industryCodes: [a],
      },
    });
    const consultant = await t.client().login('portefoelje@demo.dk', 'lang-nok-adgangskode');
    const industriesSeen = async () => {
      const r = await consultant.ok('{ companies(first: 100) { edges { node { industry { code } } } } }');
      return [...new Set(r.companies.edges.map((e: any) => e.node.industry.code))];
    };
    expect(await industriesSeen()).toEqual([a]);
    await admin.ok(UPDATE, { id: created.createUser.id, input: { industryCodes: [b] } });
    expect(await industriesSeen()).toEqual([b]);
  });

  it('is for admins only', async () => {
    for (const email of ['konsulent@demo.dk', 'raadgiver@demo.dk', 'virksomhed@demo.dk']) {
      const c = await t.client().login(email);
      const r = await c.request('{ users { totalCount } }');
      expect(r.errors?.[0]?.extensions?.code, email).toBe('FORBIDDEN');
    }
    expect((await t.client().request('{ users { totalCount } }')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
