import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { CompanyContact, ContactPerson } from '../../server/src/features/companies/company.entity.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { competenceByCode, makeCandidate, makeCompany, makeTask, userByEmail } from './matching-fixtures.js';

const Q = `query($id: ID!) { matchOpeningsForCandidate(candidateId: $id) {
  task { id company { name contacts { name } contactLog { note } } } } }`;

describe('a company reached through a nested field', () => {
  let t: TestApp;
  let candidateId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const em = t.runtime.orm.em.fork();
    await seedDemoUsers(em);
    const forklift = await competenceByCode(em, 'forklift-operation');
    // Industry 41 is outside the demo consultant's portfolio.
    const company = await makeCompany(em, { industry: '41', postcode: '5000', name: 'Byg Uden For Porteføljen' });
    em.create(ContactPerson, { company, name: 'Hemmelig Kontaktperson', email: 'kontakt@example.dk' });
    em.create(CompanyContact, { company, by: null, contactedAt: new Date(), note: 'Intern note om virksomheden' });
    await em.flush();
    await makeTask(em, company, [{ competence: forklift, minLevel: 1 }]);
    const adviser = await userByEmail(em, 'raadgiver@demo.dk');
    candidateId = (
      await makeCandidate(em, {
        firstName: 'Nested',
        adviser,
        industriesWished: ['41'],
        competences: [{ competence: forklift, level: 2 }],
      })
    ).id;
    await t.runtime.services.outbox.drain();
  });
  afterAll(() => t?.close());

  it('shows a consultant outside its portfolio the name but not the people or the internal log', async () => {
    const c = await t.client().login('konsulent@demo.dk');
    const r = await c.ok(Q, { id: candidateId });
    const company = r.matchOpeningsForCandidate.find((m: any) => m.task?.company.name === 'Byg Uden For Porteføljen')
      ?.task.company;
    expect(company).toBeDefined();
    expect(company.contacts).toEqual([]);
    expect(company.contactLog).toEqual([]);
  });

  it('shows them to an admin', async () => {
    const c = await t.client().login('admin@demo.dk');
    const r = await c.ok(Q, { id: candidateId });
    const company = r.matchOpeningsForCandidate.find((m: any) => m.task?.company.name === 'Byg Uden For Porteføljen')
      ?.task.company;
    expect(company.contacts).toEqual([{ name: 'Hemmelig Kontaktperson' }]);
    expect(company.contactLog).toEqual([{ note: 'Intern note om virksomheden' }]);
  });
});
