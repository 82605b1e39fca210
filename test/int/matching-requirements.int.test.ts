import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { Evidence } from '../../server/src/features/candidates/candidate.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import type { Competence } from '../../server/src/features/competences/competence.entity.js';
import { DanishLevel } from '../../server/src/shared/enums.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { type GqlClient } from '../setup/test-app.js';
import { competenceByCode, makeCandidate, makeTask, userByEmail } from './matching-fixtures.js';

const SLOT = `id danishLevel weeklyHours requiredCompetences { minLevel competence { id name } }`;
const CREATE_SLOT = `mutation($input: CreateIguSlotInput!) { createIguSlot(input: $input) { ${SLOT} } }`;
const UPDATE_SLOT = `mutation($id: ID!, $input: UpdateIguSlotInput!) { updateIguSlot(id: $id, input: $input) { ${SLOT} version } }`;
const POST_TASK = `mutation($input: PostTaskInput!) { postTask(input: $input) { id learningGoalCompetences { id name } } }`;
const FACTORS = 'factors { key score explanation gap pointsLost }';
const MATCH_SLOT = `query($id: ID!) { matchCandidatesForIguSlot(iguSlotId: $id, first: 10) { score missingRequired scoreBeforeMissing candidate { id firstName } ${FACTORS} } }`;
const MATCH_TASK = `query($id: ID!) { matchCandidatesForTask(taskId: $id, first: 10) { score missingRequired scoreBeforeMissing candidate { id firstName } ${FACTORS} } }`;
const MATCH_OPENINGS = `query($id: ID!) { matchOpeningsForCandidate(candidateId: $id, first: 10) { score missingRequired task { id } iguSlot { id } ${FACTORS} } }`;

/** IGU slots carry a task's requirement fields and are scored the same way; learning goals are not gaps. */
describe('requirements of openings in matching', { timeout: 90_000 }, () => {
  let t: DemoApp;
  let admin: GqlClient;
  let company: Company;
  let forklift: Competence;
  let picking: Competence;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createDemoApp();
    const em = t.runtime.orm.em.fork();
    ({ company } = t);
    forklift = await competenceByCode(em, 'forklift-operation');
    picking = await competenceByCode(em, 'order-picking');
    const adviser = await userByEmail(em, 'raadgiver@demo.dk');
    // Holder lives further away than the non-holder: the competence must still win.
    ids.holder = (
      await makeCandidate(em, {
        firstName: 'Holder',
        postcode: '5700',
        adviser,
        competences: [{ competence: forklift, level: 3, evidence: Evidence.CERTIFIED }],
      })
    ).id;
    ids.near = (
      await makeCandidate(em, {
        firstName: 'Near',
        postcode: '5220',
        danishLevel: DanishLevel.B2,
        competences: [{ competence: picking, level: 4, evidence: Evidence.CERTIFIED }],
      })
    ).id;
    admin = await t.as(Role.ADMIN);
    // The first drain creates the indexes (settings, synonyms): slow on a shared machine.
    await t.runtime.services.outbox.drain();
  }, 120_000);
  afterAll(() => t.close());

  const drain = () => t.runtime.services.outbox.drain();

  it('creates and edits an IGU slot with required competences and a Danish level', async () => {
    const { createIguSlot: s } = await admin.ok(CREATE_SLOT, {
      input: {
        companyId: company.id,
        title: 'IGU-lagerelev',
        industryCode: '52',
        startDate: '2027-02-01',
        weeklyHours: 30,
        hourlyWage: 62.5,
        openings: 1,
        postcode: '5220',
        requiredCompetences: [{ competenceId: forklift.id, minLevel: 2 }],
        danishLevel: 'A2',
      },
    });
    expect(s.danishLevel).toBe('A2');
    expect(s.requiredCompetences).toEqual([{ minLevel: 2, competence: { id: forklift.id, name: forklift.name } }]);
    ids.slot = s.id;
    const { updateIguSlot: u } = await admin.ok(UPDATE_SLOT, {
      id: s.id,
      input: { version: 1, requiredCompetences: [{ competenceId: forklift.id, minLevel: 1 }], danishLevel: 'A1' },
    });
    expect(u.requiredCompetences).toEqual([{ minLevel: 1, competence: { id: forklift.id, name: forklift.name } }]);
    expect(u.danishLevel).toBe('A1');
  });

  it('rejects an unknown competence on an IGU slot with the field', async () => {
    const r = await admin.request(UPDATE_SLOT, {
      id: ids.slot,
      input: {
        version: 2,
        requiredCompetences: [{ competenceId: '00000000-0000-4000-8000-000000000000', minLevel: 1 }],
      },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('requiredCompetences');
  });

  it('scores an IGU slot on its requirements: the holder ranks above a nearer person without it, with the gap named', async () => {
    await drain();
    const { matchCandidatesForIguSlot: m } = await admin.ok(MATCH_SLOT, { id: ids.slot });
    const names = m.map((x: { candidate: { firstName: string } }) => x.candidate.firstName);
    expect(names.slice(0, 2)).toEqual(['Holder', 'Near']);
    const near = m[1];
    const comp = near.factors.find((f: { key: string }) => f.key === 'competences');
    expect(comp.gap).toBe(true);
    expect(comp.explanation).toContain(`mangler: ${forklift.name}`);
    expect(m[0].score).toBeGreaterThan(near.score);
    // The count the portal shows beside the score: the holder lacks nothing, Near lacks the one.
    expect([m[0].missingRequired, near.missingRequired]).toEqual([0, 1]);
    // How well the rest fits, before the missing competence's cost: the holder's is its score, Near's above its own.
    expect(m[0].scoreBeforeMissing).toBe(m[0].score);
    expect(near.scoreBeforeMissing).toBeGreaterThan(near.score);
    // Every gap lowers the score; nothing at full score is a gap.
    for (const x of m) for (const f of x.factors) expect(f.gap).toBe(f.pointsLost > 0);
  });

  it('does not count a required competence that is a learning goal as missing', async () => {
    const { postTask } = await admin.ok(POST_TASK, {
      input: {
        companyId: company.id,
        title: 'Pluk og truck',
        description: 'Plukke ordrer; truck læres på stedet.',
        industryCode: '52',
        requiredCompetences: [
          { competenceId: forklift.id, minLevel: 2 },
          { competenceId: picking.id, minLevel: 1 },
        ],
        learningGoalCompetenceIds: [forklift.id],
        danishLevel: 'A2',
        weeklyHours: 25,
        learningGoals: 'Truckcertifikat undervejs.',
        ordinaryHoursInSight: false,
        openings: 1,
        postcode: '5220',
      },
    });
    expect(postTask.learningGoalCompetences).toEqual([{ id: forklift.id, name: forklift.name }]);
    await drain();
    const { matchCandidatesForTask: m } = await admin.ok(MATCH_TASK, { id: postTask.id });
    const near = m.find((x: { candidate: { firstName: string } }) => x.candidate.firstName === 'Near');
    const comp = near.factors.find((f: { key: string }) => f.key === 'competences');
    expect(comp.explanation).not.toContain('mangler');
    expect(comp.explanation).toContain('læringsmål');
    expect(near.missingRequired).toBe(0);
    // Near holds picking and need not hold forklift: first.
    expect(m[0].candidate.firstName).toBe('Near');
  });

  it('rejects an unknown learning-goal competence with the field', async () => {
    const r = await admin.request(POST_TASK, {
      input: {
        companyId: company.id,
        title: 'X',
        description: 'Y',
        industryCode: '52',
        requiredCompetences: [],
        learningGoalCompetenceIds: ['nope'],
        danishLevel: 'A2',
        weeklyHours: 25,
        learningGoals: 'Z',
        ordinaryHoursInSight: false,
        openings: 1,
        postcode: '5220',
      },
    });
    expect(r.errors?.[0]?.extensions?.field).toBe('learningGoalCompetenceIds');
  });

  it('an IGU slot asking nothing no longer outranks a task the person fits', async () => {
    const em = t.runtime.orm.em.fork();
    const task = await makeTask(em, company, [{ competence: forklift, minLevel: 2 }], {
      title: 'Truckfører',
      postcode: '5700',
    });
    const { createIguSlot: bare } = await admin.ok(CREATE_SLOT, {
      input: {
        companyId: company.id,
        title: 'IGU uden krav',
        industryCode: '52',
        startDate: '2027-02-01',
        weeklyHours: 30,
        hourlyWage: 62.5,
        openings: 1,
        postcode: '5700',
      },
    });
    await drain();
    const { matchOpeningsForCandidate: m } = await admin.ok(MATCH_OPENINGS, { id: ids.holder });
    const rank = (id: string) =>
      m.findIndex(
        (x: { task: { id: string } | null; iguSlot: { id: string } | null }) => (x.task ?? x.iguSlot)?.id === id,
      );
    expect(rank(task.id)).toBeGreaterThanOrEqual(0);
    expect(rank(bare.id)).toBeGreaterThanOrEqual(0);
    expect(rank(task.id)).toBeLessThan(rank(bare.id));
    expect(m[rank(task.id)].missingRequired).toBe(0);
  });
});
