/**
 * The admin pages' operations over HTTP (issue 14.6): users (list with last login, create, change role,
 * deactivate, reset password, no self-lockout), the competence catalogue (add, duplicates refused, found
 * by search and matching once a person has it), settings (read-only, secrets masked) and the audit log
 * (search by name, sentences in the caller's language, cursor pages). Every operation refuses non-admins.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { type GqlClient } from '../setup/test-app.js';

const USERS = `query($search: String, $role: Role, $first: Int, $after: String) {
  users(search: $search, role: $role, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id email name role active lastLoginAt } }
  } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email role active } }`;
const UPDATE_USER = `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id role active } }`;
const RESET = `mutation($id: ID!) { resetUserPassword(id: $id) { temporaryPassword user { id email } } }`;
const CREATE_COMPETENCE = `mutation($input: CreateCompetenceInput!) { createCompetence(input: $input) { id code name nameEn domain synonyms } }`;
const COMPETENCES = `query($s: String) { competences(search: $s) { id name synonyms } }`;
const SETTINGS = `{ settings { name value source secret } }`;
const AUDIT = `query($search: String, $first: Int, $after: String) {
  auditEntries(search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id actorName actorRole subjectName subjectKind operation purpose allowed description } }
  } }`;
const CREATE_CANDIDATE = `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id } }`;
const SET_COMPETENCES = `mutation($id: ID!, $list: [CandidateCompetenceInput!]!) { setCandidateCompetences(candidateId: $id, competences: $list) { id } }`;
const SEARCH = `query($q: String, $f: CandidateSearchFilter) { searchCandidates(query: $q, filter: $f, first: 20) { hits { candidate { id } } } }`;

const person = (firstName: string, lastName: string) => ({
  firstName,
  lastName,
  birthDate: '1992-05-04',
  postcode: '5000',
  targetGroup: 'INTEGRATION_PROGRAMME',
  readiness: 'JOB_READY',
  residenceCategory: 'REFUGEE',
  arrivalDate: '2023-09-01',
  danishLevel: 'A2',
  languages: ['tigrinya'],
  availableWeeklyHours: 30,
  currentOrdinaryHours: 0,
  industriesWished: ['52'],
  hasDrivingLicence: false,
  maxCommuteKm: 30,
  education: 'Skole i 9 år',
  summary: 'Stabil',
  consentToShare: true,
});

describe('admin pages: server operations', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let consultant: GqlClient;
  let adviser: GqlClient;
  let adminId: string;
  const drain = () => t.runtime.services.outbox.drain(120_000);

  beforeAll(async () => {
    t = await createDemoApp({
      SESSION_SECRET: 'a-session-secret-of-at-least-32-characters!',
      SESSION_IDLE_MINUTES: '90',
    });
    const { users } = t;
    adminId = users.find((u) => u.role === 'ADMIN')!.id;
    admin = await t.as(Role.ADMIN);
    consultant = await t.as(Role.CONSULTANT);
    adviser = await t.as(Role.ADVISER);
  }, 120_000);
  afterAll(() => t?.close());

  describe('users', () => {
    it('lists users by page with role, active state and last login, and searches name or e-mail', async () => {
      const page1 = (await admin.ok(USERS, { first: 2 })).users;
      expect(page1.totalCount).toBe(4);
      expect(page1.edges).toHaveLength(2);
      expect(page1.pageInfo.hasNextPage).toBe(true);
      const page2 = (await admin.ok(USERS, { first: 2, after: page1.pageInfo.endCursor })).users;
      const emails = [...page1.edges, ...page2.edges].map((e: any) => e.node.email);
      expect(new Set(emails).size).toBe(4);
      // Everyone logged in above: the last login is set (the company user never did).
      const all = (await admin.ok(USERS, { first: 10 })).users.edges.map((e: any) => e.node);
      expect(all.find((u: any) => u.email === 'konsulent@demo.dk').lastLoginAt).toEqual(expect.any(String));
      expect(all.find((u: any) => u.email === 'virksomhed@demo.dk').lastLoginAt).toBeNull();
      const found = (await admin.ok(USERS, { search: 'kasper' })).users.edges.map((e: any) => e.node.email);
      expect(found).toEqual(['konsulent@demo.dk']);
      const byRole = (await admin.ok(USERS, { role: 'ADVISER' })).users.edges.map((e: any) => e.node.email);
      expect(byRole).toEqual(['raadgiver@demo.dk']);
    });

    it('refuses the user operations to everyone but an admin', async () => {
      for (const c of [consultant, adviser]) {
        expect((await c.request(USERS, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect((await c.request(RESET, { id: adminId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      expect((await t.client().request(USERS, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('creates a user with a checked password, and names a taken e-mail in the caller’s language', async () => {
      const made = (
        await admin.ok(CREATE_USER, {
          input: {
            email: 'sara.sagsbehandler@demo.dk',
            name: 'Sara Sagsbehandler',
            role: 'ADVISER',
            password: 'blå cykel under havregryn',
          },
        })
      ).createUser;
      expect(made).toMatchObject({ role: 'ADVISER', active: true });
      await t.client().login('sara.sagsbehandler@demo.dk', 'blå cykel under havregryn');
      const taken = await admin.request(CREATE_USER, {
        input: { email: 'Sara.Sagsbehandler@demo.dk', name: 'X Y', role: 'ADVISER' },
      });
      expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      expect(taken.errors?.[0]?.message).toBe('Der findes allerede en bruger med e-mailen sara.sagsbehandler@demo.dk.');
      const en = await t.as(Role.ADMIN, 'en');
      const takenEn = await en.request(CREATE_USER, {
        input: { email: 'sara.sagsbehandler@demo.dk', name: 'X Y', role: 'ADVISER' },
      });
      expect(takenEn.errors?.[0]?.message).toBe('A user with the e-mail sara.sagsbehandler@demo.dk already exists.');
      const badEmail = await admin.request(CREATE_USER, {
        input: { email: 'ikke-en-mail', name: 'X Y', role: 'ADVISER' },
      });
      expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      expect(badEmail.errors?.[0]?.message).toMatch(/gyldig e-mailadresse/);
    });

    it('changes a role and deactivates and reactivates a user; the user’s sessions end at once', async () => {
      const id = (
        await admin.ok(CREATE_USER, {
          input: {
            email: 'skift@demo.dk',
            name: 'Skift Rolle',
            role: 'ADVISER',
            password: 'grøn tekande over fjorden',
          },
        })
      ).createUser.id;
      const session = await t.client().login('skift@demo.dk', 'grøn tekande over fjorden');
      expect((await admin.ok(UPDATE_USER, { id, input: { role: 'CONSULTANT' } })).updateUser.role).toBe('CONSULTANT');
      expect((await session.ok('{ me { id } }')).me).toBeNull();
      expect((await admin.ok(UPDATE_USER, { id, input: { active: false } })).updateUser.active).toBe(false);
      const refused = await t
        .client()
        .request('mutation { login(email: "skift@demo.dk", password: "grøn tekande over fjorden") { id } }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await admin.ok(UPDATE_USER, { id, input: { active: true } })).updateUser.active).toBe(true);
      await t.client().login('skift@demo.dk', 'grøn tekande over fjorden');
    });

    it('never lets an admin deactivate or demote themselves', async () => {
      const off = await admin.request(UPDATE_USER, { id: adminId, input: { active: false } });
      expect(off.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'active' });
      expect(off.errors?.[0]?.message).toMatch(/ikke deaktivere dig selv/);
      const demote = await admin.request(UPDATE_USER, { id: adminId, input: { role: 'ADVISER' } });
      expect(demote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
      const me = (await admin.ok(USERS, { role: 'ADMIN' })).users.edges.map((e: any) => e.node);
      expect(me.find((u: any) => u.id === adminId)).toMatchObject({ role: 'ADMIN', active: true });
    });

    it('resets a password: a temporary one works, the old one and the old sessions do not', async () => {
      const id = (
        await admin.ok(CREATE_USER, {
          input: {
            email: 'glemsom@demo.dk',
            name: 'Glemsom Bruger',
            role: 'CONSULTANT',
            password: 'rød paraply bag kirken',
          },
        })
      ).createUser.id;
      const old = await t.client().login('glemsom@demo.dk', 'rød paraply bag kirken');
      const r = (await admin.ok(RESET, { id })).resetUserPassword;
      expect(r.user.email).toBe('glemsom@demo.dk');
      expect(r.temporaryPassword.length).toBeGreaterThanOrEqual(20);
      expect((await old.ok('{ me { id } }')).me).toBeNull();
      const wrong = await t
        .client()
        .request('mutation { login(email: "glemsom@demo.dk", password: "rød paraply bag kirken") { id } }');
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      await t.client().login('glemsom@demo.dk', r.temporaryPassword);
      // A second reset gives another password.
      expect((await admin.ok(RESET, { id })).resetUserPassword.temporaryPassword).not.toBe(r.temporaryPassword);
      const missing = await admin.request(RESET, { id: '00000000-0000-4000-8000-000000000000' });
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await admin.ok(UPDATE_USER, { id, input: { active: false } });
      const inactive = await admin.request(RESET, { id });
      expect(inactive.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('the competence catalogue', () => {
    const input = {
      name: 'Svejsning af rustfrit stål',
      nameEn: 'Stainless steel welding',
      domain: 'manufacturing',
      synonyms: ['tigsvejser', 'TIG welding'],
    };
    let competenceId: string;

    it('adds a competence that the picker finds by name, English name and synonym', async () => {
      const c = (await admin.ok(CREATE_COMPETENCE, { input })).createCompetence;
      competenceId = c.id;
      expect(c).toMatchObject({ name: input.name, nameEn: input.nameEn, code: 'stainless-steel-welding' });
      expect(c.synonyms).toEqual(['tigsvejser', 'tig welding']);
      for (const s of ['rustfrit', 'stainless', 'tigsvejser']) {
        expect(
          (await consultant.ok(COMPETENCES, { s })).competences.map((x: any) => x.id),
          s,
        ).toContain(c.id);
      }
    });

    it('stores synonyms exactly as typed, even "null" and PostgreSQL array syntax', async () => {
      // Once written as an unquoted array element, "null" became SQL NULL and broke the whole catalogue query.
      const synonyms = ['null', 'null og nix', 'a"b', 'c\\d', '{e}', 'f, g', 'h\\"i'];
      const c = (
        await admin.ok(CREATE_COMPETENCE, {
          input: { name: 'Ordentlig citering', nameEn: 'Proper quoting', domain: 'warehouse', synonyms },
        })
      ).createCompetence;
      expect(c.synonyms).toEqual(synonyms);
      const listed = (await consultant.ok(COMPETENCES, { s: 'citering' })).competences;
      expect(listed.map((x: any) => x.id)).toEqual([c.id]);
      expect(listed[0].synonyms).toEqual(synonyms);
    });

    it('refuses a name already in the catalogue (any case, either language) and says which', async () => {
      const dup = await admin.request(CREATE_COMPETENCE, {
        input: { ...input, name: 'SVEJSNING AF RUSTFRIT STÅL', nameEn: 'Something new', synonyms: [] },
      });
      expect(dup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
      expect(dup.errors?.[0]?.message).toBe(
        'Kompetencen »SVEJSNING AF RUSTFRIT STÅL« findes allerede i kataloget (som »Svejsning af rustfrit stål«): brug den i stedet.',
      );
      const en = await t.as(Role.ADMIN, 'en');
      const both = await en.request(CREATE_COMPETENCE, { input: { ...input, synonyms: ['a b', 'A B'] } });
      const fields = ((both.errors?.[0]?.extensions?.fields ?? []) as { field: string; message: string }[]).map(
        (f) => f.field,
      );
      expect(fields.sort()).toEqual(['name', 'nameEn', 'synonyms']);
      expect(both.errors?.[0]?.message).toMatch(/is already in the catalogue/);
      const bad = await admin.request(CREATE_COMPETENCE, { input: { name: ' ', nameEn: 'X', domain: 'space' } });
      expect(((bad.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field).sort()).toEqual([
        'domain',
        'name',
      ]);
      const count = (await admin.ok(COMPETENCES, { s: 'rustfrit' })).competences.length;
      expect(count).toBe(1);
    });

    it('is admin-only', async () => {
      for (const c of [consultant, adviser]) {
        const r = await c.request(CREATE_COMPETENCE, { input: { ...input, name: 'Noget', nameEn: 'Something' } });
        expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('finds a person who has the new competence, by name, by synonym and by filter', async () => {
      const id = (await adviser.ok(CREATE_CANDIDATE, { input: person('Tesfay', 'Gebremedhin') })).createCandidate.id;
      await adviser.ok(SET_COMPETENCES, { id, list: [{ competenceId, level: 3 }] });
      await drain();
      const hits = async (q: string | null, f?: object) =>
        (await consultant.ok(SEARCH, { q, f })).searchCandidates.hits.map((h: any) => h.candidate.id);
      expect(await hits('rustfrit stål')).toContain(id);
      expect(await hits('tigsvejser')).toContain(id);
      expect(await hits(null, { competenceIds: [competenceId] })).toEqual([id]);
    });
  });

  describe('settings', () => {
    it('shows every variable with its source, secrets masked', async () => {
      const s = (await admin.ok(SETTINGS)).settings as {
        name: string;
        value: string | null;
        source: string;
        secret: boolean;
      }[];
      const by = (n: string) => s.find((x) => x.name === n)!;
      expect(by('SESSION_IDLE_MINUTES')).toMatchObject({ value: '90', source: 'ENV', secret: false });
      expect(by('SESSION_ABSOLUTE_HOURS')).toMatchObject({ value: '12', source: 'DEFAULT' });
      expect(by('OIDC_ISSUER')).toMatchObject({ value: null, source: 'UNSET' });
      expect(by('SESSION_SECRET')).toMatchObject({ value: '••••••••', source: 'ENV', secret: true });
      expect(by('MEILI_MASTER_KEY')).toMatchObject({ value: '••••••••', secret: true });
      expect(JSON.stringify(s)).not.toContain('a-session-secret');
      expect(JSON.stringify(s)).not.toContain(t.config.meiliMasterKey!);
      const dbPassword = new URL(t.databaseUrl).password;
      if (dbPassword) expect(by('DATABASE_URL').value).not.toContain(dbPassword);
      expect((await consultant.request(SETTINGS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('the audit log', () => {
    let personId: string;
    beforeAll(async () => {
      personId = (await adviser.ok(CREATE_CANDIDATE, { input: person('Hawa', 'Qzaudit') })).createCandidate.id;
      for (let i = 0; i < 3; i++) await adviser.ok('query($id: ID!) { candidate(id: $id) { id } }', { id: personId });
    });

    it('finds a person’s rows by part of the name and tells each in a Danish sentence', async () => {
      const r = (await admin.ok(AUDIT, { search: 'qzaudit', first: 50 })).auditEntries;
      // Created (with consent, its own row) and read three times.
      expect(r.totalCount).toBe(5);
      const nodes = r.edges.map((e: any) => e.node);
      expect(nodes.every((n: any) => n.subjectName === 'Hawa Qzaudit' && n.subjectKind === 'candidate')).toBe(true);
      const read = nodes.find((n: any) => n.operation === 'candidate');
      expect(read).toMatchObject({ actorName: 'Rikke Rådgiver', actorRole: 'ADVISER', purpose: 'sagsbehandling' });
      expect(read.description).toBe('Rikke Rådgiver (jobrådgiver) læste Hawa Qzaudits profil');
      expect(nodes.find((n: any) => n.operation === 'createCandidate').description).toBe(
        'Rikke Rådgiver (jobrådgiver) oprettede Hawa Qzaudit',
      );
    });

    it('answers in English for an English reader', async () => {
      const en = await t.as(Role.ADMIN, 'en');
      const nodes = (await en.ok(AUDIT, { search: 'Hawa Qz' })).auditEntries.edges.map((e: any) => e.node);
      expect(nodes.map((n: any) => n.description)).toContain(
        "Rikke Rådgiver (job adviser) read Hawa Qzaudit's profile",
      );
      expect(nodes.find((n: any) => n.operation === 'candidate').purpose).toBe('case work');
    });

    it('finds the rows an actor wrote by the actor’s name, and an admin’s own user changes', async () => {
      const rows = (await admin.ok(AUDIT, { search: 'Anne Admin', first: 100 })).auditEntries.edges.map(
        (e: any) => e.node,
      );
      expect(
        rows.some(
          (n: any) =>
            n.operation === 'createUser' && n.description.startsWith('Anne Admin (administrator) oprettede brugeren'),
        ),
      ).toBe(true);
      expect(rows.some((n: any) => n.operation === 'resetUserPassword')).toBe(true);
      expect(
        rows.some((n: any) => n.operation === 'createCompetence' && /Svejsning af rustfrit stål/.test(n.description)),
      ).toBe(true);
    });

    it('pages through everything by cursor, newest first, without repeats', async () => {
      const total = (await admin.ok(AUDIT, { first: 1 })).auditEntries.totalCount;
      expect(total).toBeGreaterThan(10);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (await admin.ok(AUDIT, { first: 7, after })).auditEntries;
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      const ids = seen.map(Number);
      expect(ids[0]).toBeGreaterThan(ids.at(-1)!);
    });

    it('finds by id, and refuses a one-letter search, a forged cursor and non-admins', async () => {
      const byId = (await admin.ok(AUDIT, { search: personId })).auditEntries;
      expect(byId.totalCount).toBe(5);
      const none = (await admin.ok(AUDIT, { search: 'ingen-hedder-sådan' })).auditEntries;
      expect(none.totalCount).toBe(0);
      const short = await admin.request(AUDIT, { search: 'q' });
      expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
      const forged = await admin.request(AUDIT, { after: 'bm9wZQ' });
      expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      for (const c of [consultant, adviser]) {
        expect((await c.request(AUDIT, { search: 'Hawa' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    });
  });
});
