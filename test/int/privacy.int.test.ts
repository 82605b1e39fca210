import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { Candidate } from '../../server/src/features/candidates/candidate.entity.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { competenceByCode, makeCandidate, userByEmail } from './matching-fixtures.js';

describe('personal data: export, erasure, retention', () => {
  let t: DemoApp;
  let ownId: string;
  let oldId: string;
  beforeAll(async () => {
    t = await createDemoApp();
    const em = t.em();
    const adviser = await userByEmail(em, 'raadgiver@demo.dk');
    const forklift = await competenceByCode(em, 'forklift-operation');
    ownId = (await makeCandidate(em, { firstName: 'Amal', adviser, competences: [{ competence: forklift, level: 2 }] }))
      .id;
    oldId = (
      await makeCandidate(em, { firstName: 'Gammel', adviser, competences: [{ competence: forklift, level: 2 }] })
    ).id;
    await t.runtime.services.outbox.drain();
  });
  afterAll(() => t?.close());

  const indexed = async () =>
    (await t.runtime.services.search.index('candidate').getDocuments({ fields: ['id'], limit: 100 })).results.map(
      (d) => d.id,
    );

  it('exports everything about a person, including who looked at it', async () => {
    const adviser = await t.as(Role.ADVISER);
    await adviser.ok('query($id: ID!) { candidate(id: $id) { id } }', { id: ownId });
    const r = await adviser.ok('query($id: ID!) { exportPersonData(candidateId: $id) }', { id: ownId });
    const data = JSON.parse(r.exportPersonData);
    expect(data.person.first_name).toBe('Amal');
    expect(data.person.accommodation_needs).toContain('tunge løft');
    expect(data.competences[0].name).toBe('Gaffeltruck (truckcertifikat)');
    expect(
      data.accessLog.some(
        (a: { operation: string; actor: string }) => a.operation === 'candidate' && a.actor === 'Rikke Rådgiver',
      ),
    ).toBe(true);
  });

  it('refuses the export to anyone but the own adviser and admin, and logs the attempt', async () => {
    const consultant = await t.as(Role.CONSULTANT);
    const r = await consultant.request('query($id: ID!) { exportPersonData(candidateId: $id) }', { id: ownId });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const company = await t.as(Role.COMPANY);
    expect(
      (await company.request('query($id: ID!) { exportPersonData(candidateId: $id) }', { id: ownId })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('erases a person from PostgreSQL and Meilisearch before answering', async () => {
    expect(await indexed()).toContain(ownId);
    const adviser = await t.as(Role.ADVISER);
    const noReason = await adviser.request('mutation($id: ID!) { eraseCandidate(candidateId: $id, reason: " ") }', {
      id: ownId,
    });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const r = await adviser.ok(
      'mutation($id: ID!) { eraseCandidate(candidateId: $id, reason: "Borgerens anmodning") }',
      { id: ownId },
    );
    expect(r.eraseCandidate).toBe(true);
    expect(await t.runtime.orm.em.fork().count(Candidate, { id: ownId })).toBe(0);
    expect(await indexed()).not.toContain(ownId);
  });

  it('anonymises people inactive longer than the retention period', async () => {
    await t.runtime.orm.em
      .fork()
      .getConnection()
      .execute(`update candidate set last_activity_at = now() - interval '4 years' where id = ?`, [oldId]);
    const admin = await t.as(Role.ADMIN);
    expect((await admin.ok('mutation { applyRetention }')).applyRetention).toBe(1);
    const c = await t.runtime.orm.em
      .fork()
      .findOneOrFail(Candidate, { id: oldId }, { populate: ['accommodationNeeds'] });
    expect(c).toMatchObject({
      firstName: 'Anonymiseret',
      lastName: '',
      status: 'ANONYMISED',
      consentToShare: false,
      accommodationNeeds: null,
    });
    await t.runtime.services.outbox.drain();
    expect(await indexed()).not.toContain(oldId);
    expect((await admin.ok('mutation { applyRetention }')).applyRetention).toBe(0);
  });
});
