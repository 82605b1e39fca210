import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { CompanyContact, ContactPerson } from '../../server/src/features/companies/company.entity.js';
import { Proposal, ProposalStatus } from '../../server/src/features/proposals/proposal.entity.js';
import { UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { competenceByCode, makeCandidate, makeCompany, makeTask, userByEmail } from './matching-fixtures.js';

const Q = `query($id: ID!) { matchOpeningsForCandidate(candidateId: $id) {
  task { id company { name contacts { name } contactLog { note } } } } }`;

describe('a company reached through a nested field', () => {
  let t: DemoApp;
  let candidateId: string;
  beforeAll(async () => {
    t = await createDemoApp();
    const em = t.em();
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

  it('offers a consultant no opening at a company outside its portfolio (issue 13 item 4)', async () => {
    const c = await t.as(Role.CONSULTANT);
    const r = await c.ok(Q, { id: candidateId });
    const names = r.matchOpeningsForCandidate.map((m: any) => m.task?.company.name);
    expect(names).not.toContain('Byg Uden For Porteføljen');
  });

  it('shows a consultant a company outside its portfolio, met through its own proposal, by name only', async () => {
    const em = t.runtime.orm.em.fork();
    const consultant = await userByEmail(em, 'konsulent@demo.dk');
    const task = await em.findOneOrFail(UnsolvedTask, { company: { name: 'Byg Uden For Porteføljen' } });
    const p = em.create(Proposal, {
      candidate: candidateId,
      task: task.id,
      company: task.company.id,
      status: ProposalStatus.PROPOSED,
      proposedBy: consultant.id,
      history: [
        { status: ProposalStatus.PROPOSED, at: new Date().toISOString(), byUserId: consultant.id, reason: null },
      ],
    });
    await em.flush();
    const c = await t.as(Role.CONSULTANT);
    const r = await c.ok(
      `query($id: ID!) { proposal(id: $id) { task { id } company { name cvr consultant { email } contacts { name }
        contactLog { note } tasks { id } iguSlots { id } placements { id } } } }`,
      { id: p.id },
    );
    expect(r.proposal.task, 'task(id) would refuse it').toBeNull();
    expect(r.proposal.company).toEqual({
      name: 'Byg Uden For Porteføljen',
      cvr: null,
      consultant: null,
      contacts: [],
      contactLog: [],
      tasks: [],
      iguSlots: [],
      placements: [],
    });
  });

  it('shows them to an admin', async () => {
    const c = await t.as(Role.ADMIN);
    const r = await c.ok(Q, { id: candidateId });
    const company = r.matchOpeningsForCandidate.find((m: any) => m.task?.company.name === 'Byg Uden For Porteføljen')
      ?.task.company;
    expect(company.contacts).toEqual([{ name: 'Hemmelig Kontaktperson' }]);
    expect(company.contactLog).toEqual([{ note: 'Intern note om virksomheden' }]);
  });
});
