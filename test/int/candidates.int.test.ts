import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/src/features/audit/audit-entry.entity.js';
import { Role, type User } from '../../server/src/features/auth/user.entity.js';
import {
  Candidate,
  CandidateCompetence,
  CandidateStatus,
} from '../../server/src/features/candidates/candidate.entity.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { Placement, PlacementType } from '../../server/src/features/placements/placement.entity.js';
import { OutboxEvent } from '../../server/src/search/outbox-event.entity.js';
import { todayInDenmark } from '../../server/src/shared/clock.js';
import { addDays, ageOn } from '../../server/src/shared/dates.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { candidatesMakeCandidate, candidatesMakeUser, proposalsMakeCompany } from '../setup/factories.js';
import { atOnce, type GqlClient } from '../setup/test-app.js';

const FIELDS = `id version firstName lastName birthDate age postcode residenceCategory arrivalDate accommodationNeeds
  consentToShare consentGivenAt status enrolledOn languages industriesWished availableWeeklyHours goalWeeklyHours
  iguEligible iguIneligibleReason adviser { id name }
  competences { competence { id code name } level evidence }
  foreignEducations { title years recognitionStatus } weeklyActivities { kind label weeklyHours }
  plannedWeek { activities { label kind weeklyHours } placementHours total goal gap }`;

const CREATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { candidate(id: $id) { ${FIELDS} } }`;
const CONSENT = `mutation($id: ID!, $consent: Boolean!) { setCandidateConsent(candidateId: $id, consent: $consent) { id consentToShare consentGivenAt } }`;
const COMPETENCES = `mutation($id: ID!, $list: [CandidateCompetenceInput!]!) {
  setCandidateCompetences(candidateId: $id, competences: $list) { id version competences { competence { code name } level evidence } } }`;
const LIST = `query($filter: CandidateFilter, $first: Int, $after: String) {
  candidates(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id firstName lastName accommodationNeeds } } } }`;

function input(over: Record<string, unknown> = {}) {
  return {
    firstName: 'Amina',
    lastName: 'Hassan',
    birthDate: '1995-03-10',
    postcode: '5000',
    targetGroup: 'INTEGRATION_PROGRAMME',
    readiness: 'JOB_READY',
    residenceCategory: 'REFUGEE',
    arrivalDate: '2023-09-01',
    danishLevel: 'A2',
    languages: ['arabisk', 'engelsk'],
    availableWeeklyHours: 20,
    goalWeeklyHours: 37,
    currentOrdinaryHours: 0,
    industriesWished: ['52', '56'],
    hasDrivingLicence: true,
    maxCommuteKm: 30,
    education: 'Lagerarbejde i Aleppo, 4 år',
    summary: 'Mødestabil, vil gerne arbejde med logistik',
    consentToShare: true,
    accommodationNeeds: 'Kan ikke løfte over 10 kg',
    weeklyActivities: [{ kind: 'DANISH_CLASS', label: 'Danskuddannelse DU2', weeklyHours: 9 }],
    foreignEducations: [{ title: 'Gymnasium (Syrien)', years: 3, recognitionStatus: 'PENDING' }],
    ...over,
  };
}

describe('candidates', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let consultant: GqlClient;
  let adviser: GqlClient;
  let otherAdviser: GqlClient;
  let company: GqlClient;
  let users: User[];
  let otherAdviserUser: User;
  const em = () => t.em();
  const userId = (role: Role) => users.find((u) => u.role === role)!.id;

  /** Rows that any candidate write touches: nothing of these may change after a rejected mutation. */
  async function counts() {
    const e = em();
    return {
      candidates: await e.count(Candidate, {}),
      outbox: await e.count(OutboxEvent, {}),
      competences: await e.count(CandidateCompetence, {}),
      // Changes made; a refused attempt is on record as allowed = false (issue 13 item 8), which is no change.
      changes: await e.count(AuditEntry, { action: { $ne: 'READ' }, allowed: true }),
    };
  }

  const auditCount = (subjectId: string, allowed: boolean, operation = 'candidate') =>
    em().count(AuditEntry, { subjectId, operation, allowed });

  async function create(client: GqlClient, over: Record<string, unknown> = {}) {
    return (await client.ok(CREATE, { input: input(over) })).createCandidate;
  }

  beforeAll(async () => {
    t = await createDemoApp();
    users = t.users;
    otherAdviserUser = await candidatesMakeUser(em(), Role.ADVISER, { email: 'anden.raadgiver@test.dk' });
    admin = await t.as(Role.ADMIN, 'en');
    consultant = await t.as(Role.CONSULTANT, 'en');
    adviser = await t.as(Role.ADVISER, 'en');
    otherAdviser = await t.client().in('en').login('anden.raadgiver@test.dk');
    company = await t.as(Role.COMPANY, 'en');
  });
  afterAll(() => t.close());

  describe('createCandidate', () => {
    it('creates a person in the calling adviser’s caseload, with consent, lists and the planned week', async () => {
      const before = await counts();
      const c = await create(adviser);
      expect(c).toMatchObject({
        firstName: 'Amina',
        lastName: 'Hassan',
        birthDate: '1995-03-10',
        age: ageOn('1995-03-10', todayInDenmark()),
        residenceCategory: 'REFUGEE',
        arrivalDate: '2023-09-01',
        accommodationNeeds: 'Kan ikke løfte over 10 kg',
        consentToShare: true,
        status: 'ACTIVE',
        enrolledOn: todayInDenmark(),
        version: 1,
        adviser: { id: userId(Role.ADVISER), name: 'Rikke Rådgiver' },
        iguEligible: true,
        iguIneligibleReason: null,
        foreignEducations: [{ title: 'Gymnasium (Syrien)', years: 3, recognitionStatus: 'PENDING' }],
        weeklyActivities: [{ kind: 'DANISH_CLASS', label: 'Danskuddannelse DU2', weeklyHours: 9 }],
        plannedWeek: {
          activities: [{ kind: 'DANISH_CLASS', label: 'Danskuddannelse DU2', weeklyHours: 9 }],
          placementHours: 0,
          total: 9,
          goal: 37,
          gap: 28,
        },
      });
      expect(c.consentGivenAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      const row = await em().findOneOrFail(Candidate, c.id, { populate: ['accommodationNeeds'] });
      expect(row.consentRecordedBy?.id).toBe(userId(Role.ADVISER));
      expect(row.accommodationNeeds).toBe('Kan ikke løfte over 10 kg');
      expect(await em().count(OutboxEvent, { entityType: 'candidate', entityId: c.id })).toBe(1);
      expect(await em().count(AuditEntry, { subjectId: c.id, action: 'CREATE', allowed: true })).toBe(1);
      const after = await counts();
      expect(after.candidates).toBe(before.candidates + 1);
    });

    it('defaults goal hours to full time and enrolment to today; no consent means no consent time', async () => {
      const c = await create(adviser, {
        goalWeeklyHours: undefined,
        consentToShare: false,
        weeklyActivities: undefined,
        accommodationNeeds: undefined,
      });
      expect(c.goalWeeklyHours).toBe(37);
      expect(c.consentGivenAt).toBeNull();
      expect(c.plannedWeek).toMatchObject({ activities: [], total: 0, gap: 37 });
    });

    it.each([
      ['availableWeeklyHours', { availableWeeklyHours: 38 }, /more than 37/],
      ['availableWeeklyHours', { availableWeeklyHours: -1 }, /cannot be negative/],
      ['goalWeeklyHours', { goalWeeklyHours: 0 }, /more than 0/],
      ['goalWeeklyHours', { goalWeeklyHours: 38 }, /more than 37/],
      ['currentOrdinaryHours', { goalWeeklyHours: 25, currentOrdinaryHours: 30 }, /cannot be more than the goal/],
      ['industriesWished', { industriesWished: ['52', '04'] }, /"04" is not a DB07 division/],
      ['industriesWished', { industriesWished: ['C'] }, /"C" is not a DB07 division/],
      ['arrivalDate', { birthDate: '1995-03-10', arrivalDate: '1994-12-31' }, /must be on or after Birth date/],
      ['arrivalDate', { arrivalDate: addDays(todayInDenmark(), 10) }, /in the future/],
      ['birthDate', { birthDate: addDays(todayInDenmark(), -365 * 10) }, /must be 15–70 years old/],
      ['birthDate', { birthDate: '1940-01-01', arrivalDate: '1990-01-01' }, /must be 15–70 years old/],
      ['birthDate', { birthDate: addDays(todayInDenmark(), 3), arrivalDate: null }, /after the enrolment date/],
      ['enrolledOn', { enrolledOn: addDays(todayInDenmark(), 1) }, /in the future/],
      ['firstName', { firstName: '   ' }, /First name cannot be empty/],
      // Issue 13 item 11: invisible-only names and hidden text-direction characters.
      ['firstName', { firstName: '\u200B\u200B\u200B' }, /First name is made only of invisible characters/],
      ['firstName', { firstName: '\u2060\uFEFF\u200D' }, /First name is made only of invisible characters/],
      ['firstName', { firstName: 'Amina\u202E' }, /First name contains a hidden text-direction character/],
      ['lastName', { lastName: '\u202Enassah' }, /Last name contains a hidden text-direction character/],
      ['lastName', { lastName: '\u2067Hassan\u2069' }, /Last name contains a hidden text-direction character/],
      // The central text limit answers before the service (issue 13 item 2), in the caller's language.
      ['lastName', { lastName: 'x'.repeat(101) }, /can be at most 100 characters/],
      ['postcode', { postcode: '12' }, /4 digits/],
      ['postcode', { postcode: '0999' }, /not a Danish geographic postcode/],
      ['maxCommuteKm', { maxCommuteKm: 301 }, /at most 300/],
      ['languages', { languages: Array.from({ length: 21 }, (_, i) => `sprog ${i}`) }, /at most 20 languages/],
      ['languages', { languages: ['x'.repeat(41)] }, /at most 40/],
      [
        'weeklyActivities',
        {
          availableWeeklyHours: 37,
          weeklyActivities: [
            { kind: 'DANISH_CLASS', label: 'Dansk', weeklyHours: 15 },
            { kind: 'EDUCATION', label: 'AMU', weeklyHours: 10 },
          ],
        },
        /come to 62 hours/,
      ],
      [
        'weeklyActivities.weeklyHours',
        { weeklyActivities: [{ kind: 'OTHER', label: 'x', weeklyHours: 0 }] },
        /more than 0/,
      ],
      ['foreignEducations.title', { foreignEducations: [{ title: ' ' }] }, /cannot be empty/],
    ])('rejects a bad %s with BAD_USER_INPUT naming the field, and writes nothing', async (field, over, message) => {
      const before = await counts();
      const r = await adviser.request(CREATE, { input: input(over) });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(r.errors?.[0]?.message).toMatch(message);
      expect(await counts()).toEqual(before);
    });

    it('item 11: stores names in one Unicode form (NFC), so "José" typed two ways is one name', async () => {
      const r = await adviser.ok(CREATE, { input: input({ firstName: 'Jose\u0301', lastName: ' Mu\u0308ller ' }) });
      expect(r.createCandidate.firstName).toBe('Jos\u00e9');
      expect(r.createCandidate.lastName).toBe('M\u00fcller');
      // A Persian name keeps its zero-width non-joiner.
      const persian = await adviser.ok(CREATE, { input: input({ firstName: 'مهر\u200Cنوش' }) });
      expect(persian.createCandidate.firstName).toBe('مهر\u200Cنوش');
    });

    it('rejects a date that does not exist (the Date scalar refuses it before the service)', async () => {
      const before = await counts();
      const r = await adviser.request(CREATE, { input: input({ birthDate: '1995-02-30' }) });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/1995-02-30 is not a real calendar date/);
      expect(await counts()).toEqual(before);
    });

    it('lets only an admin name the adviser, and only an active adviser', async () => {
      const before = await counts();
      const denied = await adviser.request(CREATE, { input: input({ adviserId: otherAdviserUser.id }) });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const notAdviser = await admin.request(CREATE, {
        input: input({ adviserId: userId(Role.CONSULTANT), accommodationNeeds: undefined }),
      });
      expect(notAdviser.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adviserId' });
      // Accommodation needs are the own adviser's to record, not an admin's.
      const accommodation = await admin.request(CREATE, { input: input({ adviserId: otherAdviserUser.id }) });
      expect(accommodation.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);

      const c = await create(admin, { adviserId: otherAdviserUser.id, accommodationNeeds: undefined });
      expect(c.adviser.id).toBe(otherAdviserUser.id);
    });

    it('is refused to consultants and companies', async () => {
      for (const client of [consultant, company]) {
        const r = await client.request(CREATE, { input: input() });
        expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });
  });

  describe('updateCandidate', () => {
    it('changes fields, bumps the version, replaces the lists and queues the index', async () => {
      const c = await create(adviser);
      const outboxBefore = await em().count(OutboxEvent, { entityId: c.id });
      const u = (
        await adviser.ok(UPDATE, {
          id: c.id,
          input: {
            version: c.version,
            availableWeeklyHours: 25,
            arrivalDate: null,
            weeklyActivities: [{ kind: 'EDUCATION', label: 'AMU truckcertifikat', weeklyHours: 12 }],
          },
        })
      ).updateCandidate;
      expect(u).toMatchObject({
        version: c.version + 1,
        availableWeeklyHours: 25,
        arrivalDate: null,
        firstName: 'Amina',
        weeklyActivities: [{ kind: 'EDUCATION', label: 'AMU truckcertifikat', weeklyHours: 12 }],
        iguEligible: false,
      });
      expect(u.iguIneligibleReason).toMatch(/The arrival date is missing/);
      expect(await em().count(OutboxEvent, { entityId: c.id })).toBe(outboxBefore + 1);
    });

    it('gives CONFLICT on a stale version and changes nothing', async () => {
      const c = await create(adviser);
      await adviser.ok(UPDATE, { id: c.id, input: { version: c.version, summary: 'Første ændring' } });
      const before = await counts();
      const r = await adviser.request(UPDATE, { id: c.id, input: { version: c.version, summary: 'Forældet' } });
      expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(await counts()).toEqual(before);
      expect((await em().findOneOrFail(Candidate, c.id)).summary).toBe('Første ændring');
    });

    it('validates the merged record: ordinary hours above a lowered goal are refused', async () => {
      const c = await create(adviser, { currentOrdinaryHours: 20 });
      const before = await counts();
      const r = await adviser.request(UPDATE, { id: c.id, input: { version: c.version, goalWeeklyHours: 15 } });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentOrdinaryHours' });
      const cleared = await adviser.request(UPDATE, { id: c.id, input: { version: c.version, firstName: null } });
      expect(cleared.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'firstName' });
      expect(await counts()).toEqual(before);
    });

    it('is only for the own adviser or an admin; moving caseload is for admins', async () => {
      const c = await create(adviser);
      const before = await counts();
      const other = await otherAdviser.request(UPDATE, { id: c.id, input: { version: c.version, summary: 'x' } });
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const byConsultant = await consultant.request(UPDATE, { id: c.id, input: { version: c.version, summary: 'x' } });
      expect(byConsultant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const move = await adviser.request(UPDATE, {
        id: c.id,
        input: { version: c.version, adviserId: otherAdviserUser.id },
      });
      expect(move.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);

      const moved = (
        await admin.ok(UPDATE, { id: c.id, input: { version: c.version, adviserId: otherAdviserUser.id } })
      ).updateCandidate;
      expect(moved.adviser.id).toBe(otherAdviserUser.id);
    });

    it('answers NOT_FOUND for a missing id', async () => {
      const r = await adviser.request(UPDATE, {
        id: '00000000-0000-4000-8000-000000000000',
        input: { version: 1, summary: 'x' },
      });
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('setCandidateCompetences', () => {
    it('replaces the set, validates levels, unknown and duplicate competences', async () => {
      const c = await create(adviser);
      const [forklift, cleaning, third] = await em().find(Competence, {}, { orderBy: { code: 'asc' }, limit: 3 });
      const first = (
        await adviser.ok(COMPETENCES, {
          id: c.id,
          list: [
            { competenceId: forklift!.id, level: 3, evidence: 'CERTIFIED' },
            { competenceId: cleaning!.id, level: 2 },
          ],
        })
      ).setCandidateCompetences;
      expect(first.version).toBe(c.version + 1);
      expect(first.competences).toHaveLength(2);
      expect(first.competences.find((x: any) => x.competence.code === forklift!.code)).toMatchObject({
        level: 3,
        evidence: 'CERTIFIED',
      });

      const second = (
        await adviser.ok(COMPETENCES, {
          id: c.id,
          list: [
            { competenceId: forklift!.id, level: 4, evidence: 'OBSERVED_IN_PLACEMENT' },
            { competenceId: third!.id, level: 1 },
          ],
        })
      ).setCandidateCompetences;
      expect(second.competences.map((x: any) => x.competence.code).sort()).toEqual(
        [forklift!.code, third!.code].sort(),
      );
      expect(second.competences.find((x: any) => x.competence.code === forklift!.code).level).toBe(4);

      const before = await counts();
      const cases: [unknown[], string, RegExp][] = [
        [[{ competenceId: '00000000-0000-4000-8000-000000000000', level: 2 }], 'competences', /Unknown competence/],
        [[{ competenceId: 'forklift', level: 2 }], 'competences', /Unknown competence/],
        [
          [
            { competenceId: forklift!.id, level: 2 },
            { competenceId: forklift!.id, level: 3 },
          ],
          'competences',
          /listed twice/,
        ],
        [[{ competenceId: forklift!.id, level: 5 }], 'competences.level', /at most 4/],
        [[{ competenceId: forklift!.id, level: 0 }], 'competences.level', /at least 1/],
      ];
      for (const [list, field, message] of cases) {
        const r = await adviser.request(COMPETENCES, { id: c.id, list });
        expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(r.errors?.[0]?.message).toMatch(message);
      }
      const other = await otherAdviser.request(COMPETENCES, { id: c.id, list: [] });
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
    });

    it('keeps every change when several are saved for one person at the same moment', async () => {
      const c = await create(adviser);
      const [forklift, cleaning] = await em().find(Competence, {}, { orderBy: { code: 'asc' }, limit: 2 });
      const results = await atOnce(8, (i) =>
        adviser.request(COMPETENCES, {
          id: c.id,
          list: [
            { competenceId: forklift!.id, level: (i % 4) + 1 },
            { competenceId: cleaning!.id, level: 2 },
          ],
        }),
      );
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      expect(await em().count(CandidateCompetence, { candidate: c.id })).toBe(2);
      expect(await em().count(AuditEntry, { subjectId: c.id, operation: 'setCandidateCompetences' })).toBe(8);
      expect((await em().findOneOrFail(Candidate, c.id)).version).toBe(c.version + 8);
    });
  });

  describe('candidate(id): who sees what, and the audit trail', () => {
    let consenting: any;
    beforeAll(async () => {
      consenting = await create(adviser);
    });

    it('the own adviser sees the full profile with accommodation needs', async () => {
      const before = await auditCount(consenting.id, true);
      const c = (await adviser.ok(GET, { id: consenting.id })).candidate;
      expect(c).toMatchObject({
        lastName: 'Hassan',
        birthDate: '1995-03-10',
        residenceCategory: 'REFUGEE',
        arrivalDate: '2023-09-01',
        accommodationNeeds: 'Kan ikke løfte over 10 kg',
      });
      expect(await auditCount(consenting.id, true)).toBe(before + 1);
    });

    it('a consultant sees the matching profile only: no surname, birth date, residence, arrival or accommodation', async () => {
      const before = await auditCount(consenting.id, true);
      const c = (await consultant.ok(GET, { id: consenting.id })).candidate;
      expect(c).toMatchObject({
        firstName: 'Amina',
        lastName: null,
        birthDate: null,
        age: null,
        residenceCategory: null,
        arrivalDate: null,
        accommodationNeeds: null,
        languages: ['arabisk', 'engelsk'],
      });
      expect(await auditCount(consenting.id, true)).toBe(before + 1);
    });

    it('another adviser cannot see accommodation needs or the surname', async () => {
      const c = (await otherAdviser.ok(GET, { id: consenting.id })).candidate;
      expect(c.accommodationNeeds).toBeNull();
      expect(c.lastName).toBeNull();
      expect(c.firstName).toBe('Amina');
    });

    it('an admin sees the full profile but not accommodation needs', async () => {
      const c = (await admin.ok(GET, { id: consenting.id })).candidate;
      expect(c.lastName).toBe('Hassan');
      expect(c.accommodationNeeds).toBeNull();
    });

    it('a company user is refused, and the refusal is audit-logged', async () => {
      const before = await auditCount(consenting.id, false);
      const r = await company.request(GET, { id: consenting.id });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(r.data?.candidate ?? null).toBeNull();
      expect(await auditCount(consenting.id, false)).toBe(before + 1);
      const row = await em().findOneOrFail(
        AuditEntry,
        { subjectId: consenting.id, allowed: false },
        { orderBy: { id: 'desc' } },
      );
      expect(row).toMatchObject({ actorRole: 'COMPANY', action: 'READ', operation: 'candidate' });
    });

    it('a consultant is refused a person who has not consented (audit-logged as denied)', async () => {
      const private_ = await create(adviser, { consentToShare: false });
      const r = await consultant.request(GET, { id: private_.id });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await auditCount(private_.id, false)).toBe(1);
      expect(await auditCount(private_.id, true)).toBe(0);
    });

    it('answers NOT_FOUND for a missing or malformed id', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        const r = await adviser.request(GET, { id });
        expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('gives the IGU reason in full to the own adviser and only a generic sentence to a consultant', async () => {
      const other = await create(adviser, { residenceCategory: 'OTHER' });
      const own = (await adviser.ok(GET, { id: other.id })).candidate;
      expect(own.iguEligible).toBe(false);
      expect(own.iguIneligibleReason).toMatch(/The residence basis is other residence basis/);
      const seen = (await consultant.ok(GET, { id: other.id })).candidate;
      expect(seen.iguEligible).toBe(false);
      expect(seen.iguIneligibleReason).not.toMatch(/Opholdsgrundlaget/);
      expect(seen.iguIneligibleReason).toMatch(/IGU/);
      // The portal shows it after "Not eligible:": the sentence says who knows why, not the answer again.
      expect(seen.iguIneligibleReason).not.toMatch(/not eligible/i);
    });

    it('counts the current step of active placements in the planned week', async () => {
      const c = await create(adviser);
      const e = em();
      const company_ = await proposalsMakeCompany(e);
      e.create(Placement, {
        candidate: e.getReference(Candidate, c.id),
        company: company_,
        type: PlacementType.INTERNSHIP,
        startDate: addDays(todayInDenmark(), -15), // week 3 of the placement
        learningGoals: 'Plukning',
        hoursPlan: [
          { fromWeek: 1, weeklyHours: 10, ordinaryHours: 0 },
          { fromWeek: 3, weeklyHours: 15, ordinaryHours: 0 },
          { fromWeek: 8, weeklyHours: 25, ordinaryHours: 5 },
        ],
      });
      await e.flush();
      const week = (await adviser.ok(GET, { id: c.id })).candidate.plannedWeek;
      expect(week).toMatchObject({ placementHours: 15, total: 24, goal: 37, gap: 13 });
    });
  });

  describe('setCandidateConsent', () => {
    it('revokes at once: consultants lose access, the index is told, and consent can be given again', async () => {
      const c = await create(adviser);
      expect((await consultant.request(GET, { id: c.id })).errors).toBeUndefined();
      const outbox = await em().count(OutboxEvent, { entityId: c.id });
      const revoked = (await adviser.ok(CONSENT, { id: c.id, consent: false })).setCandidateConsent;
      expect(revoked).toMatchObject({ consentToShare: false, consentGivenAt: null });
      expect(await em().count(OutboxEvent, { entityId: c.id })).toBe(outbox + 1);
      expect((await consultant.request(GET, { id: c.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const given = (await adviser.ok(CONSENT, { id: c.id, consent: true })).setCandidateConsent;
      expect(given.consentToShare).toBe(true);
      expect(given.consentGivenAt).not.toBeNull();
      expect(
        await em().count(AuditEntry, { subjectId: c.id, operation: 'consent', purpose: 'consent to share revoked' }),
      ).toBe(1);
    });

    it('revokes once when the revocation is sent several times at the same moment', async () => {
      const c = await create(adviser);
      const results = await atOnce(8, () => adviser.request(CONSENT, { id: c.id, consent: false }));
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
      expect(results.map((r) => r.data?.setCandidateConsent.consentToShare)).toEqual(Array(8).fill(false));
      expect(
        await em().count(AuditEntry, { subjectId: c.id, operation: 'consent', purpose: 'consent to share revoked' }),
      ).toBe(1);
      const stored = await em().findOneOrFail(Candidate, c.id);
      expect(stored.consentToShare).toBe(false);
      expect(stored.version).toBe(c.version + 1);
    });

    it('is refused to other advisers and writes nothing', async () => {
      const c = await create(adviser);
      const before = await counts();
      const r = await otherAdviser.request(CONSENT, { id: c.id, consent: false });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await counts()).toEqual(before);
    });
  });

  describe('candidates (list)', () => {
    it('gives an adviser its own caseload by default, audit-logging each person returned', async () => {
      const mine = await create(adviser, { firstName: 'Listeperson' });
      const theirs = await candidatesMakeCandidate(em(), { adviser: otherAdviserUser, firstName: 'Listeperson' });
      const r = (await adviser.ok(LIST, { filter: { search: 'listeperson' } })).candidates;
      const ids = r.edges.map((e: any) => e.node.id);
      expect(ids).toContain(mine.id);
      expect(ids).not.toContain(theirs.id);
      expect(r.edges.find((e: any) => e.node.id === mine.id).node.accommodationNeeds).toBe('Kan ikke løfte over 10 kg');
      expect(await auditCount(mine.id, true, 'candidates')).toBe(1);

      const wider = (await adviser.ok(LIST, { filter: { search: 'listeperson', mine: false } })).candidates;
      const other = wider.edges.find((e: any) => e.node.id === theirs.id);
      expect(other.node).toMatchObject({ lastName: null, accommodationNeeds: null });
    });

    it('gives consultants only consenting, active people, and lets them search first names only', async () => {
      const yes = await candidatesMakeCandidate(em(), {
        adviser: users.find((u) => u.role === Role.ADVISER)!,
        firstName: 'Zainab',
        lastName: 'Efternavnsen',
      });
      const no = await candidatesMakeCandidate(em(), {
        adviser: users.find((u) => u.role === Role.ADVISER)!,
        firstName: 'Zainab',
        consentToShare: false,
      });
      const gone = await candidatesMakeCandidate(em(), {
        adviser: users.find((u) => u.role === Role.ADVISER)!,
        firstName: 'Zainab',
        status: CandidateStatus.INACTIVE,
      });
      const r = (await consultant.ok(LIST, { filter: { search: 'zainab' } })).candidates;
      const ids = r.edges.map((e: any) => e.node.id);
      expect(ids).toEqual([yes.id]);
      expect(r.edges[0].node.lastName).toBeNull();
      expect(ids).not.toContain(no.id);
      expect(ids).not.toContain(gone.id);
      const bySurname = (await consultant.ok(LIST, { filter: { search: 'Efternavnsen' } })).candidates;
      expect(bySurname.totalCount).toBe(0);
    });

    it('lets an admin see everyone and page through with cursors', async () => {
      const page1 = (await admin.ok(LIST, { first: 2 })).candidates;
      expect(page1.edges).toHaveLength(2);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = (await admin.ok(LIST, { first: 2, after: page1.pageInfo.endCursor })).candidates;
      expect(page2.edges[0].node.id).not.toBe(page1.edges[0].node.id);
      expect(page1.totalCount).toBe(await em().count(Candidate, {}));
    });

    it('is refused to company users', async () => {
      const r = await company.request(LIST, {});
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
