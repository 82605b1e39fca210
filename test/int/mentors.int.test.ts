import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { isValidCvr } from '../../server/src/features/companies/cvr.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { todayInDenmark } from '../../server/src/shared/clock.js';
import { addDays, weekStart } from '../../server/src/shared/dates.js';
import { createTestApp, type GqlClient, type GqlResult, type TestApp } from '../setup/test-app.js';

/**
 * Mentors as people over HTTP (issue 16.4): the company keeps its mentors, a placement names one, a full mentor
 * is not assigned twice, and a mentor with a free place who speaks one of the person's languages is a small
 * bonus in matching with its own explanation. Dates are relative to today.
 */
const MENTOR = 'id name languages trainedOn maxInterns activeInterns version';
const CREATE_MENTOR = `mutation($input: CreateMentorInput!) { createMentor(input: $input) { ${MENTOR} } }`;
const UPDATE_MENTOR = `mutation($id: ID!, $input: UpdateMentorInput!) { updateMentor(id: $id, input: $input) { ${MENTOR} } }`;
const MENTORS = `query($c: ID) { mentors(companyId: $c) { ${MENTOR} } }`;
const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`;
const CREATE_PERSON = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`;
const COMPETENCES = `mutation($id: ID!, $c: [CandidateCompetenceInput!]!) { setCandidateCompetences(candidateId: $id, competences: $c) { id } }`;
const POST_TASK = `mutation($input: PostTaskInput!) { postTask(input: $input) { id } }`;
const START = `mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id status version mentorName mentor { id name } } }`;
const UPDATE_PLACEMENT = `mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id mentorName mentor { id } } }`;
const WITHDRAW = `mutation($id: ID!, $v: Int!) { withdrawPlacementAgreement(placementId: $id, agreementVersion: $v) { agreementVersion mentorName mentor { id } } }`;
const END = `mutation($id: ID!) { endPlacement(placementId: $id, outcome: COMPLETED) { id } }`;
const COMPARE = `query($c: ID!, $t: ID) { compareCandidateWithOpening(candidateId: $c, taskId: $t) { score factors { key weight explanation } } }`;
const MATCH_TASK = `query($t: ID!) { matchCandidatesForTask(taskId: $t, first: 50) { candidate { id } score factors { key label weight score explanation } } }`;

/** A valid CVR number (modulus-11) not used by the demo. */
function cvr(seed: number): string {
  for (let n = 30_000_000 + seed; ; n++) if (isValidCvr(String(n))) return String(n);
}

function expectError(r: GqlResult, code: string, field?: string) {
  expect(r.errors, JSON.stringify(r.data)).toBeDefined();
  const e = r.errors![0]!;
  expect(e.extensions?.code, e.message).toBe(code);
  if (field) expect(e.extensions?.field, e.message).toBe(field);
  return e;
}

describe('mentors as people', () => {
  let t: TestApp;
  let admin: GqlClient;
  let adviser: GqlClient;
  let consultant: GqlClient;
  let companyUser: GqlClient;
  let company: Company;
  let forklift: Competence;
  let n = 0;
  // Began last Monday: the placements can be ended today (nothing depends on the weekday).
  const start = addDays(weekStart(todayInDenmark()), -7);

  const person = async (languages: string[]) =>
    (
      await adviser.ok(CREATE_PERSON, {
        input: {
          firstName: `Mentee${++n}`,
          lastName: 'Tesfay',
          birthDate: '1994-03-10',
          postcode: '5000',
          targetGroup: 'INTEGRATION_PROGRAMME',
          readiness: 'JOB_READY',
          residenceCategory: 'REFUGEE',
          arrivalDate: '2023-09-01',
          danishLevel: 'A2',
          languages,
          availableWeeklyHours: 37,
          currentOrdinaryHours: 0,
          industriesWished: ['52'],
          hasDrivingLicence: true,
          maxCommuteKm: 40,
          education: 'Lagerarbejde',
          summary: 'Mødestabil',
          consentToShare: true,
        },
      })
    ).createCandidate.id as string;
  const task = async () =>
    (
      await admin.ok(POST_TASK, {
        input: {
          companyId: company.id,
          title: `Varemodtagelse ${++n}`,
          description: 'Tage imod varer og sætte dem på plads.',
          industryCode: '52',
          requiredCompetences: [{ competenceId: forklift.id, minLevel: 1 }],
          danishLevel: 'A1',
          weeklyHours: 20,
          learningGoals: 'Håndscanner og truck',
          ordinaryHoursInSight: false,
          openings: 3,
          postcode: '5220',
        },
      })
    ).postTask.id as string;
  const startInput = (candidateId: string, over: Record<string, unknown> = {}) => ({
    candidateId,
    companyId: company.id,
    type: 'INTERNSHIP',
    startDate: start,
    plannedEndDate: addDays(start, 27),
    hoursPlan: [{ fromWeek: 1, weeklyHours: 15, ordinaryHours: 0 }],
    learningGoals: 'Varemodtagelse med håndscanner',
    ...over,
  });
  const drain = () => t.runtime.services.outbox.drain(150_000);

  beforeAll(async () => {
    t = await createTestApp();
    ({ company } = await seedDemoUsers(t.runtime.orm.em.fork()));
    forklift = await t.runtime.orm.em.fork().findOneOrFail(Competence, { code: 'forklift-operation' });
    [admin, adviser, consultant, companyUser] = await Promise.all([
      t.client().login('admin@demo.dk'),
      t.client().login('raadgiver@demo.dk'),
      t.client().login('konsulent@demo.dk'),
      t.client().login('virksomhed@demo.dk'),
    ]);
  });
  afterAll(() => t?.close());

  it('the company keeps its mentors: name, languages, training date and interns at once', async () => {
    const m = (
      await companyUser.ok(CREATE_MENTOR, {
        input: { name: 'Jens Hansen', languages: ['dansk', 'engelsk'], trainedOn: '2025-03-14', maxInterns: 2 },
      })
    ).createMentor;
    expect(m).toMatchObject({ name: 'Jens Hansen', trainedOn: '2025-03-14', maxInterns: 2, activeInterns: 0 });
    const listed = (await companyUser.ok(MENTORS, {})).mentors.map((x: { name: string }) => x.name);
    expect(listed).toContain('Jens Hansen');
    // The adviser reads them (to name one on a placement), but does not change them.
    expect((await adviser.ok(MENTORS, { c: company.id })).mentors.length).toBeGreaterThan(0);
    expectError(
      await adviser.request(UPDATE_MENTOR, { id: m.id, input: { version: m.version, maxInterns: 3 } }),
      'FORBIDDEN',
    );
    // Bad input names its field; a stale version is a conflict.
    expectError(
      await companyUser.request(CREATE_MENTOR, { input: { name: ' ', maxInterns: 1 } }),
      'BAD_USER_INPUT',
      'name',
    );
    expectError(
      await companyUser.request(CREATE_MENTOR, { input: { name: 'Lone', maxInterns: 0 } }),
      'BAD_USER_INPUT',
      'maxInterns',
    );
    const changed = (await companyUser.ok(UPDATE_MENTOR, { id: m.id, input: { version: m.version, maxInterns: 3 } }))
      .updateMentor;
    expect(changed.maxInterns).toBe(3);
    expectError(
      await companyUser.request(UPDATE_MENTOR, { id: m.id, input: { version: m.version, maxInterns: 1 } }),
      'CONFLICT',
    );
  });

  it('a placement names its mentor; a full mentor is not assigned twice (BAD_USER_INPUT on mentorId)', async () => {
    const lone = (await companyUser.ok(CREATE_MENTOR, { input: { name: 'Lone Berg', maxInterns: 1 } })).createMentor;
    const first = (await adviser.ok(START, { input: startInput(await person(['arabisk']), { mentorId: lone.id }) }))
      .startPlacement;
    expect(first).toMatchObject({ mentorName: 'Lone Berg', mentor: { id: lone.id, name: 'Lone Berg' } });
    expect(
      (await companyUser.ok(MENTORS, {})).mentors.find((x: { id: string }) => x.id === lone.id).activeInterns,
    ).toBe(1);

    const second = await person(['arabisk']);
    const refused = expectError(
      await adviser.request(START, { input: startInput(second, { mentorId: lone.id }) }),
      'BAD_USER_INPUT',
      'mentorId',
    );
    expect(refused.message).toBe(
      'Lone Berg har allerede 1 praktikant (højst 1 ad gangen). Vælg en anden mentor, eller giv Lone Berg plads til flere.',
    );
    // A draft holds the place too.
    const other = (await companyUser.ok(CREATE_MENTOR, { input: { name: 'Ole Dahl', maxInterns: 1 } })).createMentor;
    await adviser.ok(START, { input: startInput(await person([]), { mentorId: other.id, draft: true }) });
    expectError(
      await adviser.request(START, { input: startInput(second, { mentorId: other.id }) }),
      'BAD_USER_INPUT',
      'mentorId',
    );
    // Naming the full mentor on an existing placement is refused the same way, and nothing changes.
    const placed = (await adviser.ok(START, { input: startInput(second) })).startPlacement;
    expectError(
      await adviser.request(UPDATE_PLACEMENT, { id: placed.id, input: { version: placed.version, mentorId: lone.id } }),
      'BAD_USER_INPUT',
      'mentorId',
    );
    // Lowering the number below the interns the mentor has is refused.
    expectError(
      await companyUser.request(UPDATE_MENTOR, { id: lone.id, input: { version: lone.version, maxInterns: 0 } }),
      'BAD_USER_INPUT',
      'maxInterns',
    );

    // Once the first placement ends, the mentor has room again.
    await adviser.ok(END, { id: first.id });
    const moved = (
      await adviser.ok(UPDATE_PLACEMENT, { id: placed.id, input: { version: placed.version, mentorId: lone.id } })
    ).updatePlacement;
    expect(moved).toMatchObject({ mentorName: 'Lone Berg', mentor: { id: lone.id } });
  });

  it('a withdrawn change gives the mentor back to the version before, while that mentor has room', async () => {
    const mk = async (name: string) =>
      (await companyUser.ok(CREATE_MENTOR, { input: { name, maxInterns: 1 } })).createMentor as { id: string };
    const [sif, tove, uffe, vera] = [
      await mk('Sif Ask'),
      await mk('Tove Ulv'),
      await mk('Uffe Bak'),
      await mk('Vera Eg'),
    ];
    const interns = async (id: string) =>
      (await companyUser.ok(MENTORS, {})).mentors.find((x: { id: string }) => x.id === id).activeInterns;
    // Started at once (version 1 approved by the job centre); naming another mentor makes version 2.
    const change = async (mentorId: string, to: string) => {
      const p = (await adviser.ok(START, { input: startInput(await person([]), { mentorId }) })).startPlacement;
      const u = await adviser.ok(UPDATE_PLACEMENT, { id: p.id, input: { version: p.version, mentorId: to } });
      expect(u.updatePlacement.mentor.id).toBe(to);
      return p.id as string;
    };
    const withdraw = (id: string) => adviser.ok(WITHDRAW, { id, v: 2 });

    const a = await change(sif.id, tove.id);
    expect([await interns(sif.id), await interns(tove.id)]).toEqual([0, 1]);
    expect((await withdraw(a)).withdrawPlacementAgreement).toMatchObject({
      agreementVersion: 1,
      mentorName: 'Sif Ask',
      mentor: { id: sif.id },
    });
    expect([await interns(sif.id), await interns(tove.id)]).toEqual([1, 0]);

    // Uffe's place was taken meanwhile: the withdrawal still goes through, Uffe is not assigned twice.
    const b = await change(uffe.id, vera.id);
    await adviser.ok(START, { input: startInput(await person([]), { mentorId: uffe.id }) });
    expect((await withdraw(b)).withdrawPlacementAgreement).toMatchObject({ mentorName: 'Uffe Bak', mentor: null });
    expect([await interns(uffe.id), await interns(vera.id)]).toEqual([1, 0]);
  });

  it("refuses another company's mentor, and keeps a free-text mentor readable", async () => {
    const otherCompany = (
      await admin.ok(CREATE_COMPANY, {
        input: {
          cvr: cvr(Date.now() % 100_000),
          name: 'Anden Lager ApS',
          industryCode: '52',
          tier: 'CONTACT',
          sector: 'PRIVATE',
          postcode: '5000',
        },
      })
    ).createCompany.id as string;
    const theirs = (
      await consultant.ok(CREATE_MENTOR, { input: { companyId: otherCompany, name: 'Bo Ek', maxInterns: 2 } })
    ).createMentor;
    const e = expectError(
      await adviser.request(START, { input: startInput(await person([]), { mentorId: theirs.id }) }),
      'BAD_USER_INPUT',
      'mentorId',
    );
    expect(e.message).toContain('Bo Ek');
    // A company user cannot add a mentor to another company.
    expectError(
      await companyUser.request(CREATE_MENTOR, { input: { companyId: otherCompany, name: 'Ida', maxInterns: 1 } }),
      'FORBIDDEN',
    );
    const free = (await adviser.ok(START, { input: startInput(await person([]), { mentorName: 'Karen fra lageret' }) }))
      .startPlacement;
    expect(free).toMatchObject({ mentorName: 'Karen fra lageret', mentor: null });
  });

  it('in matching, a mentor with a free place who speaks the person’s language is a small bonus, explained', async () => {
    await companyUser.ok(CREATE_MENTOR, {
      input: { name: 'Hiwet Tekle', languages: ['Tigrinya', 'dansk'], trainedOn: '2024-11-01', maxInterns: 2 },
    });
    const speaker = await person(['tigrinya', 'engelsk']);
    const other = await person(['somali']);
    for (const id of [speaker, other]) {
      await adviser.ok(COMPETENCES, { id, c: [{ competenceId: forklift.id, level: 3, evidence: 'CERTIFIED' }] });
    }
    const tk = await task();
    await drain();

    const factorOf = async (client: GqlClient, id: string) => {
      const matches = (await client.ok(MATCH_TASK, { t: tk })).matchCandidatesForTask as {
        candidate: { id: string };
        score: number;
        factors: { key: string; label: string; weight: number; score: number; explanation: string }[];
      }[];
      const m = matches.find((x) => x.candidate.id === id);
      expect(m, `${id} among the matches`).toBeDefined();
      return { score: m!.score, factor: m!.factors.find((f) => f.key === 'mentorLanguage')! };
    };
    const shared = await factorOf(consultant, speaker);
    expect(shared.factor).toMatchObject({ label: 'Mentor taler sproget', score: 1 });
    expect(shared.factor.weight).toBeGreaterThan(0);
    expect(shared.factor.explanation).toBe('Mentor taler tigrinya (Hiwet Tekle).');
    const none = await factorOf(consultant, other);
    expect(none.factor).toMatchObject({ weight: 0, score: 0 });
    // Same person, same opening: the bonus is what lifts the speaker above the other (all else equal).
    expect(shared.score).toBeGreaterThan(none.score);

    const en = await factorOf(await t.client().in('en').login('konsulent@demo.dk'), speaker);
    expect(en.factor.explanation).toBe('Mentor speaks Tigrinya (Hiwet Tekle).');
    expect(en.factor.label).toBe('Mentor speaks the language');

    // The side-by-side comparison of the person and the opening reads the same mentors.
    const compared = (await adviser.ok(COMPARE, { c: speaker, t: tk })).compareCandidateWithOpening as {
      score: number;
      factors: { key: string; weight: number; explanation: string }[];
    };
    expect(compared.factors.find((f) => f.key === 'mentorLanguage')).toMatchObject({
      explanation: 'Mentor taler tigrinya (Hiwet Tekle).',
    });
    expect(compared.score).toBeCloseTo(shared.score, 6);
  });
});
