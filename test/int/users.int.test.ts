import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role industries { code } company { id } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id role active } }`;

describe('user administration', () => {
  let t: TestApp;
  let companyId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const { company } = await seedDemoUsers(t.runtime.orm.em.fork());
    companyId = company.id;
  });
  afterAll(() => t?.close());

  it('lets an admin create a consultant with a portfolio, and that user can log in', async () => {
    const admin = await t.client().login('admin@demo.dk');
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
    const admin = await t.client().login('admin@demo.dk');
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

  it('ends every session of a user whose role changes', async () => {
    const admin = await t.client().login('admin@demo.dk');
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
