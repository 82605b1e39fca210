/**
 * The authorisation matrix: every query and mutation of the schema × every role (and no login) × the
 * objects it applies to (own / other / missing), over real HTTP. Each case asserts the outcome (data, or
 * the error code), that a refused mutation changed nothing (re-read), and that reads of a person wrote an
 * audit row (allowed or denied). A test fails when the schema has an operation the matrix does not cover.
 *
 * The world (authorization-matrix.fixtures.ts): company A (industry 52, the consultant's portfolio, the
 * demo company user's) and company B (industry 41, another company user's); the demo adviser's people
 * ("own", one without consent) and a second adviser's ("other", one without consent); tasks and IGU slots
 * at both; proposals and placements with follow-ups at both.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/src/features/audit/audit-entry.entity.js';
import { User } from '../../server/src/features/auth/user.entity.js';
import { Candidate, CandidateCompetence } from '../../server/src/features/candidates/candidate.entity.js';
import { Company, CompanyContact } from '../../server/src/features/companies/company.entity.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { IguSlot } from '../../server/src/features/igu-slots/igu-slot.entity.js';
import { Mentor } from '../../server/src/features/mentors/mentor.entity.js';
import {
  AgreementParty,
  FollowUp,
  Placement,
  PlacementAgreement,
  PlacementStatus,
} from '../../server/src/features/placements/placement.entity.js';
import { Proposal, ProposalStatus } from '../../server/src/features/proposals/proposal.entity.js';
import { TaskStatus, UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { addDays } from '../../server/src/shared/dates.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { type GqlClient, type GqlResult } from '../setup/test-app.js';
import {
  ACCOMMODATION,
  auditMark,
  auditRowsSince,
  authzCvr,
  authzIguSlot,
  authzPerson,
  authzPlacement,
  authzProposal,
  authzTask,
  authzUser,
  buildWorld,
  candidateInput,
  companyOf,
  EMAIL,
  FOLLOW_UP_NOTE,
  INDUSTRY_A,
  INDUSTRY_B,
  iguSlotInput,
  industryOf,
  missingId,
  nextSeq,
  placementInput,
  type RoleKey,
  type Side,
  taskInput,
  WHO,
  type Who,
  type World,
} from './authorization-matrix.fixtures.js';

// ---------------------------------------------------------------------------
// The matrix's vocabulary

type Code = 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'BAD_USER_INPUT';
/** ROW_FORBIDDEN: the request is allowed, but a row of an import is refused (FORBIDDEN) and nothing is saved. */
type Outcome = 'ok' | 'ROW_FORBIDDEN' | Code;
const ok = 'ok' as const;
const F = 'FORBIDDEN' as const;
const NF = 'NOT_FOUND' as const;
const UNAUTH = 'UNAUTHENTICATED' as const;
const ROW_F = 'ROW_FORBIDDEN' as const;
const BI = 'BAD_USER_INPUT' as const;

/** The id of a placement's FOLLOW_UP_OVERDUE alert (kind, placement, due date), whoever has acted on it. */
async function overdueAlertOf(w: World, placementId: string): Promise<string> {
  const { placement } = await w.clients.ADMIN.ok<{ placement: { nextFollowUpDue: string } }>(
    'query($id: ID!) { placement(id: $id) { nextFollowUpDue } }',
    { id: placementId },
  );
  return `FOLLOW_UP_OVERDUE:${placementId}:${placement.nextFollowUpDue}`;
}

/** What a case's `prepare` hands the request: variables, and how to re-read the state it may change. */
interface Prepared {
  vars?: Record<string, unknown>;
  /** A session of its own (login, logout), so the shared sessions stay as they are. */
  client?: GqlClient;
  /** Re-reads what the mutation would change: equal before and after a refusal, different after success. */
  snapshot?: () => Promise<unknown>;
  /** The person the request reads or changes: audit rows are checked for it. */
  subject?: string;
}

interface CaseCtx {
  who: Who;
  w: World;
  vars: Record<string, unknown>;
  client: GqlClient;
}

interface Target {
  label: string;
  /** A document of its own instead of the operation's. */
  doc?: string;
  prepare?: (w: World, who: Who) => Promise<Prepared> | Prepared;
  /** Outcomes for the roles the resolver's role gate lets through (anonymous: only for public operations). */
  expect: Partial<Record<Who, Outcome>>;
  /** Further checks of the data of an allowed request. */
  check?: (data: any, c: CaseCtx) => void | Promise<void>;
  /** The refusal is a field error inside otherwise allowed data. */
  fieldError?: boolean;
  /** A refused change writes an audit row of the attempt (allowed = false). */
  auditsRefusal?: boolean;
}

interface OpSpec {
  kind: 'query' | 'mutation';
  doc: string;
  /** The resolver's gate: `public` (no login), `login` (@Authorized()), or the roles of @Authorized(...). */
  gate: 'public' | 'login' | RoleKey[];
  /**
   * Audit rows for `Prepared.subject`: `reads` — an allowed and a denied request both write one;
   * `changes` — an allowed change writes one (a refused one changes nothing).
   */
  audit?: 'reads' | 'changes';
  /** The person ids an allowed list returned: each must have an audit row of this read. */
  listed?: (data: any, w: World) => string[];
  targets: Target[];
}

const ROLES: RoleKey[] = ['ADMIN', 'CONSULTANT', 'ADVISER', 'COMPANY'];
const all = (o: Outcome): Record<RoleKey, Outcome> => ({ ADMIN: o, CONSULTANT: o, ADVISER: o, COMPANY: o });
const ids = (conn: { edges: { node: { id: string } }[] }) => conn.edges.map((e) => e.node.id);
const nodes = (conn: { edges: { node: any }[] }) => conn.edges.map((e) => e.node);

/** Reads one row afresh and picks fields from it (the snapshot of a mutation case). */
function reread<T extends object>(w: World, entity: new (...a: any[]) => T, id: string, pick: (row: T) => unknown) {
  return async () => {
    const row = await w.em().findOne(entity as any, { id }, { refresh: true });
    return row ? pick(row as T) : null;
  };
}
const counting = (w: World, entity: new (...a: any[]) => object, where: Record<string, unknown>) => async () =>
  w.em().count(entity as any, where);

/** The company's mentor the mentor cases change (made once per company side). */
async function matrixMentor(w: World, side: Side): Promise<Mentor> {
  const em = w.em();
  const company = companyOf(w, side);
  const found = await em.findOne(Mentor, { company, name: 'Matrix Mentor' });
  if (found) return found;
  const m = em.create(Mentor, { company: em.getReference(Company, company), name: 'Matrix Mentor', maxInterns: 2 });
  await em.flush();
  return m;
}

// ---------------------------------------------------------------------------
// Targets shared by many operations

/** Company-scoped reads: A in reach of all; B out of reach of the consultant and the company user. */
const READ_A = { ADMIN: ok, CONSULTANT: ok, ADVISER: ok, COMPANY: ok };
const READ_B = { ADMIN: ok, CONSULTANT: F, ADVISER: ok, COMPANY: F };
/** Company-scoped writes (advisers are refused at the gate): A for all writers, B for the admin only. */
const WRITE_A = { ADMIN: ok, CONSULTANT: ok, COMPANY: ok };
const WRITE_B = { ADMIN: ok, CONSULTANT: F, COMPANY: F };
/** Writes to a person: the own adviser and the admin. */
const PERSON_A = { ADMIN: ok, ADVISER: ok };
const PERSON_B = { ADMIN: ok, ADVISER: F };
/** Placements: admin; consultant for its portfolio; the person's adviser; the host company. */
const PLACEMENT_A = { ADMIN: ok, CONSULTANT: ok, ADVISER: ok, COMPANY: ok };
const PLACEMENT_B = { ADMIN: ok, CONSULTANT: F, ADVISER: F, COMPANY: F };

const sideLabel = (side: Side, what: 'company' | 'person' | 'placement' | 'proposal') =>
  ({
    company: { A: 'own company (A, portfolio)', B: 'other company (B, outside portfolio)' },
    person: { A: "own caseload (demo adviser's person)", B: "other caseload (second adviser's person)" },
    placement: { A: 'own (own person at company A)', B: 'other (other person at company B)' },
    proposal: { A: 'own (own person for company A)', B: 'other (other person for company B)' },
  })[what][side];

/** A person read by id: own (consenting), other (consenting), other without consent, missing. */
function personTargets(
  vars: (id: string) => Record<string, unknown>,
  table: {
    own: Partial<Record<Who, Outcome>>;
    other: Partial<Record<Who, Outcome>>;
    noConsent: Partial<Record<Who, Outcome>>;
  },
  check?: Target['check'],
): Target[] {
  return [
    {
      label: 'own person (demo adviser, consenting)',
      prepare: (w) => ({ vars: vars(w.cand.own), subject: w.cand.own }),
      expect: table.own,
      check,
    },
    {
      label: 'other person (second adviser, consenting)',
      prepare: (w) => ({ vars: vars(w.cand.other), subject: w.cand.other }),
      expect: table.other,
      check,
    },
    {
      label: 'other person without consent',
      prepare: (w) => ({ vars: vars(w.cand.otherNoConsent), subject: w.cand.otherNoConsent }),
      expect: table.noConsent,
      check,
    },
    { label: 'missing id', prepare: () => ({ vars: vars(missingId()) }), expect: all(NF) },
  ];
}

/** Checks of a Candidate as each role may see it: matching profile without surname and health limits. */
function expectCandidateView(c: any, who: Who, w: World) {
  const own = c.id === w.cand.own || c.id === w.cand.ownNoConsent;
  if (who === 'ADVISER' && own) {
    expect(c.lastName, 'the own adviser sees the surname').toBeTruthy();
    if ('accommodationNeeds' in c && c.id === w.cand.own) expect(c.accommodationNeeds).toBe(ACCOMMODATION.own);
  } else if (who === 'ADMIN') {
    expect(c.lastName, 'the admin sees the full profile').toBeTruthy();
    if ('accommodationNeeds' in c) expect(c.accommodationNeeds, 'health limits: the own adviser only').toBeNull();
  } else {
    expect(c.lastName, `${who} sees no surname of ${c.id}`).toBeNull();
    if ('birthDate' in c) expect(c.birthDate).toBeNull();
    if ('residenceCategory' in c) expect(c.residenceCategory).toBeNull();
    if ('accommodationNeeds' in c) expect(c.accommodationNeeds, 'health limits: the own adviser only').toBeNull();
  }
}

// ---------------------------------------------------------------------------
// The matrix: one entry per operation of the schema

const MATRIX: Record<string, OpSpec> = {
  // --- session -------------------------------------------------------------
  setMyLanguage: {
    kind: 'mutation',
    gate: 'login',
    // Danish, as every session of the matrix reads its messages in it: each user sets only its own language.
    doc: 'mutation { setMyLanguage(language: "da") { id language } }',
    targets: [
      {
        label: 'own language',
        expect: all(ok),
        check: (d, c) => expect(d.setMyLanguage).toEqual({ id: c.w.userId[c.who as RoleKey], language: 'da' }),
      },
    ],
  },
  me: {
    kind: 'query',
    gate: 'public',
    doc: 'query { me { id email role companyId } }',
    targets: [
      {
        label: 'self',
        expect: { ...all(ok), anonymous: ok },
        check: (d, c) => {
          if (c.who === 'anonymous') return expect(d.me).toBeNull();
          expect(d.me).toMatchObject({ role: c.who, email: EMAIL[c.who], id: c.w.userId[c.who] });
          expect(d.me.companyId).toBe(c.who === 'COMPANY' ? c.w.companyA : null);
        },
      },
    ],
  },
  loginOptions: {
    kind: 'query',
    gate: 'public',
    doc: 'query { loginOptions { password singleSignOnUrl } }',
    targets: [
      {
        label: 'how to log in (no secrets)',
        expect: { ...all(ok), anonymous: ok },
        check: (d) => expect(d.loginOptions).toEqual({ password: true, singleSignOnUrl: null }),
      },
    ],
  },
  login: {
    kind: 'mutation',
    gate: 'public',
    doc: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id role } }',
    targets: [
      {
        label: 'own credentials (fresh session)',
        prepare: async (w, who) => ({
          client: who === 'anonymous' ? w.t.client() : await w.t.client().login(EMAIL[who]),
          vars: { e: who === 'anonymous' ? EMAIL.ADVISER : EMAIL[who], p: 'demo1234' },
        }),
        expect: { ...all(ok), anonymous: ok },
        check: (d, c) => expect(d.login.role).toBe(c.who === 'anonymous' ? 'ADVISER' : c.who),
      },
      {
        label: 'wrong password',
        prepare: async (w, who) => ({
          client: who === 'anonymous' ? w.t.client() : await w.t.client().login(EMAIL[who]),
          vars: { e: EMAIL.ADVISER, p: 'forkert-kodeord' },
        }),
        expect: { ...all(UNAUTH), anonymous: UNAUTH },
      },
    ],
  },
  logout: {
    kind: 'mutation',
    gate: 'public',
    doc: 'mutation { logout }',
    targets: [
      {
        label: 'own session (fresh session)',
        prepare: async (w, who) => ({
          client: who === 'anonymous' ? w.t.client() : await w.t.client().login(EMAIL[who]),
        }),
        expect: { ...all(ok), anonymous: ok },
        check: async (d, c) => {
          expect(d.logout).toBe(true);
          expect((await c.client.ok('query { me { id } }')).me).toBeNull();
        },
      },
    ],
  },

  // --- reference data --------------------------------------------------------
  industries: {
    kind: 'query',
    gate: 'public',
    doc: 'query { industries { code } }',
    targets: [
      {
        label: 'public reference data',
        expect: { ...all(ok), anonymous: ok },
        check: (d) =>
          expect(d.industries.map((i: any) => i.code)).toEqual(expect.arrayContaining([INDUSTRY_A, INDUSTRY_B])),
      },
    ],
  },
  competences: {
    kind: 'query',
    gate: 'login',
    doc: 'query { competences { id } }',
    targets: [
      { label: 'the catalogue', expect: all(ok), check: (d) => expect(d.competences.length).toBeGreaterThan(0) },
    ],
  },
  competenceDomains: {
    kind: 'query',
    gate: 'login',
    doc: 'query { competenceDomains }',
    targets: [
      {
        label: 'the competence areas',
        expect: all(ok),
        check: (d) => expect(d.competenceDomains).toEqual(expect.arrayContaining(['warehouse', 'transversal'])),
      },
    ],
  },
  ladderSteps: {
    kind: 'query',
    gate: 'login',
    doc: 'query { ladderSteps { key label position } }',
    targets: [
      {
        label: 'the configured progression ladder',
        expect: all(ok),
        check: (d) => expect(d.ladderSteps[0]).toMatchObject({ key: 'ASSESSMENT', position: 1 }),
      },
    ],
  },

  // --- companies -------------------------------------------------------------
  companies: {
    kind: 'query',
    gate: 'login',
    doc: 'query { companies(first: 100) { totalCount edges { node { id } } } }',
    targets: [
      {
        label: 'list in scope',
        expect: all(ok),
        check: (d, { who, w }) => {
          const got = ids(d.companies);
          if (who === 'COMPANY') return expect(got, 'a company user sees only its own company').toEqual([w.companyA]);
          expect(got).toContain(w.companyA);
          if (who === 'CONSULTANT') expect(got, 'B is outside the portfolio').not.toContain(w.companyB);
          else expect(got).toContain(w.companyB);
        },
      },
    ],
  },
  company: {
    kind: 'query',
    gate: 'login',
    listed: (d, w) => {
      const person: Record<string, string> = {
        [w.placementA]: w.cand.own,
        [w.placementB]: w.cand.other,
        [w.placementC]: w.cand.otherNoConsent,
      };
      return (d.company?.placements ?? []).map((p: any) => person[p.id]).filter(Boolean);
    },
    doc: `query($id: ID!) { company(id: $id) { id name contacts { name email phone }
      placements { id candidateFirstName candidate { id lastName accommodationNeeds summary } followUps { note } } } }`,
    targets: [
      {
        label: sideLabel('A', 'company'),
        prepare: (w) => ({ vars: { id: w.companyA } }),
        expect: READ_A,
        check: (d, { who, w }) => {
          const placements: any[] = d.company.placements;
          const got = placements.map((p) => p.id);
          if (who === 'ADVISER') {
            expect(got, 'an adviser sees only its own caseload at the company').toEqual([w.placementA]);
          } else {
            expect(got).toEqual(expect.arrayContaining([w.placementA, w.placementC]));
          }
          const byId = new Map(placements.map((p) => [p.id, p]));
          if (who === 'COMPANY') {
            for (const p of placements) expect(p.candidate, 'companies get the first name only').toBeNull();
          }
          // Without consent a consultant or company sees no name and no notes (issue 13 item 5).
          const nameless = who === 'COMPANY' || who === 'CONSULTANT';
          if (who !== 'ADVISER')
            expect(byId.get(w.placementC)?.candidateFirstName).toBe(nameless ? 'en kandidat' : 'Nadia');
          if (who === 'CONSULTANT') {
            expect(byId.get(w.placementC)?.candidate, 'no profile of a person who did not consent').toBeNull();
            expectCandidateView(byId.get(w.placementA)?.candidate, who, w);
          }
          if (who === 'ADVISER' || who === 'ADMIN') expectCandidateView(byId.get(w.placementA)?.candidate, who, w);
        },
      },
      {
        label: sideLabel('B', 'company'),
        prepare: (w) => ({ vars: { id: w.companyB } }),
        expect: READ_B,
        check: (d, { who, w }) => {
          const got = d.company.placements.map((p: any) => p.id);
          if (who === 'ADVISER') expect(got, "the other adviser's placements stay hidden").toEqual([]);
          else expect(got).toEqual([w.placementB]);
        },
      },
      {
        label: 'own company (A), internal contact log',
        doc: 'query($id: ID!) { company(id: $id) { id contactLog { note by { id } } } }',
        prepare: (w) => ({ vars: { id: w.companyA } }),
        expect: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok, COMPANY: F },
        fieldError: true,
        check: (d) => expect(Array.isArray(d.company.contactLog)).toBe(true),
      },
      { label: 'missing id', prepare: () => ({ vars: { id: missingId() } }), expect: all(NF) },
    ],
  },
  recordCompanyContact: {
    kind: 'mutation',
    gate: ['ADMIN', 'CONSULTANT'],
    doc: 'mutation($id: ID!) { recordCompanyContact(companyId: $id, note: "Besøg om nye opgaver") { id lastContactAt } }',
    targets: (['A', 'B'] as Side[])
      .map(
        (side): Target => ({
          label: sideLabel(side, 'company'),
          prepare: (w) => ({
            vars: { id: companyOf(w, side) },
            snapshot: counting(w, CompanyContact, { company: companyOf(w, side) }),
          }),
          expect: side === 'A' ? { ADMIN: ok, CONSULTANT: ok } : { ADMIN: ok, CONSULTANT: F },
        }),
      )
      .concat([
        { label: 'missing id', prepare: () => ({ vars: { id: missingId() } }), expect: { ADMIN: NF, CONSULTANT: NF } },
      ]),
  },
  createCompany: {
    kind: 'mutation',
    gate: ['ADMIN', 'CONSULTANT'],
    doc: 'mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id industry { code } } }',
    targets: (['A', 'B'] as Side[]).map(
      (side): Target => ({
        label: side === 'A' ? `industry ${INDUSTRY_A} (portfolio)` : `industry ${INDUSTRY_B} (outside portfolio)`,
        prepare: (w) => {
          const cvr = authzCvr();
          return {
            vars: {
              input: {
                cvr,
                name: `Nyt firma ${cvr}`,
                industryCode: industryOf(side),
                tier: 'CONTACT',
                sector: 'PRIVATE',
                postcode: '5000',
              },
            },
            snapshot: counting(w, Company, { cvr }),
          };
        },
        expect: side === 'A' ? { ADMIN: ok, CONSULTANT: ok } : { ADMIN: ok, CONSULTANT: F },
      }),
    ),
  },
  updateCompany: {
    kind: 'mutation',
    gate: ['ADMIN', 'CONSULTANT', 'COMPANY'],
    doc: 'mutation($id: ID!, $input: UpdateCompanyInput!) { updateCompany(id: $id, input: $input) { id version mentorCount tier } }',
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'company'),
          prepare: async (w) => {
            const id = companyOf(w, side);
            const current = await w.em().findOneOrFail(Company, id);
            return {
              vars: { id, input: { version: current.version, mentorCount: current.mentorCount + 1 } },
              snapshot: reread(w, Company, id, (c) => [c.version, c.mentorCount]),
            };
          },
          expect: side === 'A' ? WRITE_A : WRITE_B,
        }),
      ),
      {
        label: 'own company (A), staff-only field tier',
        prepare: async (w) => {
          const current = await w.em().findOneOrFail(Company, w.companyA);
          return {
            vars: {
              id: w.companyA,
              input: { version: current.version, tier: current.tier === 'PARTNER' ? 'COLLABORATION' : 'PARTNER' },
            },
            snapshot: reread(w, Company, w.companyA, (c) => [c.version, c.tier]),
          };
        },
        expect: { ADMIN: ok, CONSULTANT: ok, COMPANY: F },
      },
      {
        label: 'missing id',
        prepare: () => ({ vars: { id: missingId(), input: { version: 1, mentorCount: 1 } } }),
        expect: { ADMIN: NF, CONSULTANT: NF, COMPANY: NF },
      },
    ],
  },

  // --- mentors ---------------------------------------------------------------
  mentors: {
    kind: 'query',
    gate: 'login',
    doc: 'query($id: ID) { mentors(companyId: $id) { id name activeInterns } }',
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'company'),
          prepare: (w) => ({ vars: { id: companyOf(w, side) } }),
          expect: side === 'A' ? READ_A : READ_B,
        }),
      ),
      { label: 'missing id', prepare: () => ({ vars: { id: missingId() } }), expect: all(NF) },
    ],
  },
  createMentor: {
    kind: 'mutation',
    gate: 'login',
    doc: 'mutation($input: CreateMentorInput!) { createMentor(input: $input) { id name } }',
    targets: (['A', 'B'] as Side[]).map(
      (side): Target => ({
        label: sideLabel(side, 'company'),
        prepare: (w) => ({
          vars: { input: { companyId: companyOf(w, side), name: 'Birgit Mentor', maxInterns: 1 } },
          snapshot: counting(w, Mentor, { company: companyOf(w, side) }),
        }),
        // The company, its consultant and ADMIN keep the mentors; advisers only read them.
        expect: side === 'A' ? { ...WRITE_A, ADVISER: F } : { ...WRITE_B, ADVISER: F },
      }),
    ),
  },
  updateMentor: {
    kind: 'mutation',
    gate: 'login',
    doc: 'mutation($id: ID!, $input: UpdateMentorInput!) { updateMentor(id: $id, input: $input) { id version maxInterns } }',
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'company'),
          prepare: async (w) => {
            const m = await matrixMentor(w, side);
            return {
              vars: { id: m.id, input: { version: m.version, maxInterns: m.maxInterns === 2 ? 3 : 2 } },
              snapshot: reread(w, Mentor, m.id, (x) => [x.version, x.maxInterns]),
            };
          },
          expect: side === 'A' ? { ...WRITE_A, ADVISER: F } : { ...WRITE_B, ADVISER: F },
        }),
      ),
      {
        label: 'missing id',
        prepare: () => ({ vars: { id: missingId(), input: { version: 1, maxInterns: 2 } } }),
        expect: all(NF),
      },
    ],
  },

  // --- tasks -----------------------------------------------------------------
  tasks: {
    kind: 'query',
    gate: 'login',
    doc: 'query { tasks(first: 100) { totalCount edges { node { id company { id } } } } }',
    targets: [
      {
        label: 'list in scope',
        expect: all(ok),
        check: (d, { who, w }) => {
          const got = ids(d.tasks);
          expect(got).toContain(w.taskA);
          if (who === 'COMPANY') {
            for (const n of nodes(d.tasks)) expect(n.company.id, 'only its own company’s tasks').toBe(w.companyA);
          }
          if (who === 'COMPANY' || who === 'CONSULTANT') expect(got).not.toContain(w.taskB);
          else expect(got).toContain(w.taskB);
        },
      },
    ],
  },
  task: {
    kind: 'query',
    gate: 'login',
    doc: 'query($id: ID!) { task(id: $id) { id title company { id } } }',
    targets: [
      {
        label: sideLabel('A', 'company'),
        prepare: (w) => ({ vars: { id: w.taskA } }),
        expect: READ_A,
        check: (d, { w }) => expect(d.task.id).toBe(w.taskA),
      },
      {
        label: sideLabel('B', 'company'),
        prepare: (w) => ({ vars: { id: w.taskB } }),
        expect: READ_B,
        check: (d, { w }) => expect(d.task.id).toBe(w.taskB),
      },
      { label: 'missing id', prepare: () => ({ vars: { id: missingId() } }), expect: all(NF) },
    ],
  },
  postTask: {
    kind: 'mutation',
    gate: ['ADMIN', 'CONSULTANT', 'COMPANY'],
    doc: 'mutation($input: PostTaskInput!) { postTask(input: $input) { id company { id } } }',
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'company'),
          prepare: (w) => {
            const input = taskInput(companyOf(w, side), industryOf(side));
            return { vars: { input }, snapshot: counting(w, UnsolvedTask, { title: input.title }) };
          },
          expect: side === 'A' ? WRITE_A : WRITE_B,
        }),
      ),
      {
        label: 'missing company id',
        prepare: () => ({ vars: { input: taskInput(missingId(), INDUSTRY_A) } }),
        expect: { ADMIN: NF, CONSULTANT: NF, COMPANY: NF },
      },
    ],
  },
  updateTask: taskMutation(
    'mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { id title version } }',
    TaskStatus.OPEN,
    (id) => ({ id, input: { version: 1, title: `Ny titel ${nextSeq()}` } }),
    (t) => [t.title, t.version],
  ),
  publishTask: taskMutation(
    'mutation($id: ID!) { publishTask(id: $id) { id status } }',
    TaskStatus.DRAFT,
    (id) => ({ id }),
    (t) => t.status,
  ),
  closeTask: taskMutation(
    'mutation($id: ID!) { closeTask(id: $id, reason: "Firmaet har ansat en") { id status } }',
    TaskStatus.OPEN,
    (id) => ({ id }),
    (t) => [t.status, t.statusReason],
  ),

  // --- IGU slots -------------------------------------------------------------
  iguSlots: {
    kind: 'query',
    gate: 'login',
    doc: 'query { iguSlots(first: 100) { totalCount edges { node { id company { id } } } } }',
    targets: [
      {
        label: 'list in scope',
        expect: all(ok),
        check: (d, { who, w }) => {
          const got = ids(d.iguSlots);
          expect(got).toContain(w.slotA);
          if (who === 'COMPANY') for (const n of nodes(d.iguSlots)) expect(n.company.id).toBe(w.companyA);
          if (who === 'COMPANY' || who === 'CONSULTANT') expect(got).not.toContain(w.slotB);
          else expect(got).toContain(w.slotB);
        },
      },
    ],
  },
  iguSlot: {
    kind: 'query',
    gate: 'login',
    doc: 'query($id: ID!) { iguSlot(id: $id) { id title company { id } } }',
    targets: [
      {
        label: sideLabel('A', 'company'),
        prepare: (w) => ({ vars: { id: w.slotA } }),
        expect: READ_A,
        check: (d, { w }) => expect(d.iguSlot.id).toBe(w.slotA),
      },
      {
        label: sideLabel('B', 'company'),
        prepare: (w) => ({ vars: { id: w.slotB } }),
        expect: READ_B,
        check: (d, { w }) => expect(d.iguSlot.id).toBe(w.slotB),
      },
      { label: 'missing id', prepare: () => ({ vars: { id: missingId() } }), expect: all(NF) },
    ],
  },
  createIguSlot: {
    kind: 'mutation',
    gate: ['ADMIN', 'CONSULTANT', 'COMPANY'],
    doc: 'mutation($input: CreateIguSlotInput!) { createIguSlot(input: $input) { id } }',
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'company'),
          prepare: (w) => {
            const input = iguSlotInput(companyOf(w, side), industryOf(side), w.today);
            return { vars: { input }, snapshot: counting(w, IguSlot, { title: input.title }) };
          },
          expect: side === 'A' ? WRITE_A : WRITE_B,
        }),
      ),
      {
        label: 'missing company id',
        prepare: (w) => ({ vars: { input: iguSlotInput(missingId(), INDUSTRY_A, w.today) } }),
        expect: { ADMIN: NF, CONSULTANT: NF, COMPANY: NF },
      },
    ],
  },
  updateIguSlot: slotMutation(
    'mutation($id: ID!, $input: UpdateIguSlotInput!) { updateIguSlot(id: $id, input: $input) { id title version } }',
    (id) => ({ id, input: { version: 1, title: `Ny IGU-titel ${nextSeq()}` } }),
    (s) => [s.title, s.version],
  ),
  closeIguSlot: slotMutation(
    'mutation($id: ID!) { closeIguSlot(id: $id, reason: "Kommunen trak pladsen") { id status } }',
    (id) => ({ id }),
    (s) => [s.status, s.statusReason],
  ),

  // --- candidates ------------------------------------------------------------
  candidates: {
    kind: 'query',
    gate: ['ADMIN', 'ADVISER', 'CONSULTANT'],
    doc: 'query { candidates(first: 100) { totalCount edges { node { id firstName lastName birthDate accommodationNeeds } } } }',
    listed: (d) => ids(d.candidates),
    targets: [
      {
        label: 'list in scope',
        expect: { ADMIN: ok, ADVISER: ok, CONSULTANT: ok },
        check: (d, { who, w }) => {
          const got = ids(d.candidates);
          if (who === 'ADMIN') expect(got).toEqual(expect.arrayContaining(Object.values(w.cand)));
          if (who === 'ADVISER')
            expect(got.sort(), 'an adviser lists its own caseload').toEqual([w.cand.own, w.cand.ownNoConsent].sort());
          if (who === 'CONSULTANT') {
            expect(got).toEqual(expect.arrayContaining([w.cand.own, w.cand.other]));
            expect(got, 'no one who did not consent').not.toContain(w.cand.ownNoConsent);
            expect(got).not.toContain(w.cand.otherNoConsent);
          }
          for (const c of nodes(d.candidates)) expectCandidateView(c, who, w);
        },
      },
    ],
  },
  candidate: {
    kind: 'query',
    gate: 'login',
    audit: 'reads',
    doc: 'query($id: ID!) { candidate(id: $id) { id firstName lastName birthDate residenceCategory accommodationNeeds } }',
    targets: personTargets(
      (id) => ({ id }),
      {
        own: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok, COMPANY: F },
        other: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok, COMPANY: F },
        noConsent: { ADMIN: ok, CONSULTANT: F, ADVISER: F, COMPANY: F },
      },
      (d, { who, w, vars }) => {
        expect(d.candidate.id).toBe(vars.id);
        expectCandidateView(d.candidate, who, w);
      },
    ),
  },
  createCandidate: {
    kind: 'mutation',
    gate: ['ADMIN', 'ADVISER'],
    doc: 'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { id lastName adviser { id } accommodationNeeds } }',
    targets: [
      {
        label: 'own caseload',
        prepare: (w) => {
          const input = candidateInput();
          return { vars: { input }, snapshot: counting(w, Candidate, { lastName: input.lastName }) };
        },
        expect: { ADMIN: ok, ADVISER: ok },
        check: (d, { who, w }) =>
          expect(d.createCandidate.adviser?.id ?? null).toBe(who === 'ADVISER' ? w.userId.ADVISER : null),
      },
      {
        label: "other caseload (the second adviser's)",
        prepare: (w) => {
          const input = candidateInput({ adviserId: w.userId.adviser2 });
          return { vars: { input }, snapshot: counting(w, Candidate, { lastName: input.lastName }) };
        },
        expect: { ADMIN: ok, ADVISER: F },
        check: (d, { w }) => expect(d.createCandidate.adviser.id).toBe(w.userId.adviser2),
      },
      {
        label: 'own caseload, with accommodation needs',
        prepare: (w) => {
          const input = candidateInput({ accommodationNeeds: 'Kun dagarbejde' });
          return { vars: { input }, snapshot: counting(w, Candidate, { lastName: input.lastName }) };
        },
        expect: { ADMIN: F, ADVISER: ok },
        check: (d) => expect(d.createCandidate.accommodationNeeds).toBe('Kun dagarbejde'),
      },
    ],
  },
  updateCandidate: personMutation(
    'mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id summary version } }',
    (id) => ({ id, input: { version: 1, summary: `Ny beskrivelse ${nextSeq()}` } }),
    (c) => [c.summary, c.version],
    [
      {
        label: 'own caseload, accommodation needs',
        side: 'A',
        vars: (id) => ({ id, input: { version: 1, accommodationNeeds: 'Ingen natarbejde' } }),
        expect: { ADMIN: F, ADVISER: ok },
      },
    ],
  ),
  setCandidateConsent: personMutation(
    'mutation($id: ID!) { setCandidateConsent(candidateId: $id, consent: false) { id consentToShare } }',
    (id) => ({ id }),
    (c) => [c.consentToShare, c.version],
  ),
  setCandidateCompetences: personMutation(
    'mutation($id: ID!, $list: [CandidateCompetenceInput!]!) { setCandidateCompetences(candidateId: $id, competences: $list) { id competences { level } } }',
    (id, w) => ({ id, list: [{ competenceId: w.competenceId, level: 2 }] }),
    (c) => c.version,
    [],
    (w, id) => counting(w, CandidateCompetence, { candidate: id }),
  ),
  correctLadderStep: ladderCorrection(),
  hoursProgress: {
    kind: 'query',
    gate: 'login',
    audit: 'reads',
    doc: 'query($id: ID!) { hoursProgress(candidateId: $id) { week plannedHours attendedHours } }',
    targets: personTargets(
      (id) => ({ id }),
      {
        own: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok, COMPANY: ok },
        other: { ADMIN: ok, CONSULTANT: ok, ADVISER: F, COMPANY: F },
        // Placed at company A: the host company sees the hours of its own placement.
        noConsent: { ADMIN: ok, CONSULTANT: F, ADVISER: F, COMPANY: ok },
      },
      (d) => expect(d.hoursProgress.length).toBeGreaterThan(0),
    ),
  },

  // --- matching and search -----------------------------------------------------
  searchCandidates: {
    kind: 'query',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    doc: 'query { searchCandidates(first: 50) { totalHits hits { candidate { id lastName accommodationNeeds consentToShare } } } }',
    listed: (d) => d.searchCandidates.hits.map((h: any) => h.candidate.id),
    targets: [
      {
        label: 'all consenting people',
        expect: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok },
        check: (d, { who, w }) => {
          const got = d.searchCandidates.hits.map((h: any) => h.candidate.id);
          expect(got).toEqual(expect.arrayContaining([w.cand.own, w.cand.other]));
          expect(got, 'search never shows people without consent').not.toContain(w.cand.ownNoConsent);
          expect(got).not.toContain(w.cand.otherNoConsent);
          for (const h of d.searchCandidates.hits) expectCandidateView(h.candidate, who, w);
        },
      },
    ],
  },
  matchCandidatesForTask: matchForOpening('matchCandidatesForTask', 'taskId', (w, s) =>
    s === 'A' ? w.taskA : w.taskB,
  ),
  matchCandidatesForIguSlot: matchForOpening('matchCandidatesForIguSlot', 'iguSlotId', (w, s) =>
    s === 'A' ? w.slotA : w.slotB,
  ),
  matchOpeningsForCandidate: {
    kind: 'query',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    audit: 'reads',
    doc: `query($id: ID!) { matchOpeningsForCandidate(candidateId: $id, first: 10) { score
      task { id company { id placements { id candidateFirstName followUps { note } } } } iguSlot { id } } }`,
    targets: personTargets(
      (id) => ({ id }),
      {
        own: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok },
        other: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok },
        noConsent: { ADMIN: ok, CONSULTANT: F, ADVISER: F },
      },
      (d, { who, w, vars }) => {
        const openings: any[] = d.matchOpeningsForCandidate;
        if (vars.id === w.cand.other) {
          // The other person wishes industries 52 and 41: task B (company B) is among the suggestions.
          const b = openings.find((o) => o.task?.id === w.taskB);
          // A consultant is offered only openings at companies of its portfolio (issue 13 item 4).
          if (who === 'CONSULTANT') return expect(b, 'task B is outside the portfolio').toBeUndefined();
          expect(b, 'task B is suggested for the other person').toBeDefined();
          // Through the opening, an adviser reaches only placements of its own caseload (none at B).
          if (who === 'ADVISER') expect(b.task.company.placements).toEqual([]);
          else expect(b.task.company.placements.map((p: any) => p.id)).toEqual([w.placementB]);
        }
      },
    ),
  },

  assignmentPlan: {
    kind: 'query',
    gate: ['ADMIN', 'CONSULTANT'],
    doc: `query($input: AssignmentPlanInput) { assignmentPlan(input: $input) {
      assignments { candidate { id lastName accommodationNeeds consentToShare } task { id } iguSlot { id } } } }`,
    listed: (d) => d.assignmentPlan.assignments.map((a: any) => a.candidate.id),
    targets: [
      {
        label: 'the whole portfolio',
        expect: { ADMIN: ok, CONSULTANT: ok },
        check: (d, { who, w }) => {
          for (const a of d.assignmentPlan.assignments) {
            expect(a.candidate.consentToShare, 'plans hold consenting people only').toBe(true);
            expectCandidateView(a.candidate, who, w);
            if (who === 'CONSULTANT') {
              expect([w.taskB, w.slotB], 'openings outside the portfolio are not planned').not.toContain(
                a.task?.id ?? a.iguSlot?.id,
              );
            }
          }
        },
      },
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'company'),
          prepare: (w) => ({ vars: { input: { openingIds: [side === 'A' ? w.taskA : w.taskB] } } }),
          expect: side === 'A' ? { ADMIN: ok, CONSULTANT: ok } : { ADMIN: ok, CONSULTANT: F },
        }),
      ),
      {
        label: 'missing id',
        prepare: () => ({ vars: { input: { openingIds: [missingId()] } } }),
        expect: { ADMIN: NF, CONSULTANT: NF },
      },
    ],
  },
  compareCandidateWithOpening: {
    kind: 'query',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    audit: 'reads',
    doc: `query($id: ID!, $t: ID!) { compareCandidateWithOpening(candidateId: $id, taskId: $t) {
      candidate { id lastName accommodationNeeds } requirements { key status } } }`,
    targets: [
      ...(
        [
          ['own person (demo adviser, consenting)', 'own', { ADMIN: ok, CONSULTANT: ok, ADVISER: ok }],
          ['other person (second adviser, consenting)', 'other', { ADMIN: ok, CONSULTANT: ok, ADVISER: ok }],
          ['other person without consent', 'otherNoConsent', { ADMIN: ok, CONSULTANT: F, ADVISER: F }],
        ] as const
      ).map(
        ([label, key, expected]): Target => ({
          label: `${label}, task A`,
          prepare: (w) => ({ vars: { id: w.cand[key], t: w.taskA }, subject: w.cand[key] }),
          expect: expected,
          check: (d, { who, w }) => {
            const c = d.compareCandidateWithOpening.candidate;
            if (who !== 'ADVISER') expect(c.accommodationNeeds, 'accommodation needs: own adviser only').toBeNull();
            if (who === 'CONSULTANT') expect(c.lastName).toBeNull();
            if (who === 'ADVISER' && key === 'own') expect(c.lastName).toBeTruthy();
            expect(c.id).toBe(w.cand[key]);
          },
        }),
      ),
      {
        label: 'own person, task B (outside the portfolio)',
        prepare: (w) => ({ vars: { id: w.cand.own, t: w.taskB } }),
        expect: { ADMIN: ok, CONSULTANT: F, ADVISER: ok },
      },
      {
        label: 'missing person',
        prepare: (w) => ({ vars: { id: missingId(), t: w.taskA } }),
        expect: { ADMIN: NF, CONSULTANT: NF, ADVISER: NF },
      },
    ],
  },

  proposeAssignments: {
    kind: 'mutation',
    gate: ['ADMIN', 'CONSULTANT'],
    doc: `mutation($items: [AssignmentInput!]!) { proposeAssignments(items: $items) { id status } }`,
    targets: [
      {
        // A person without consent: an admin is told so per row, a consultant is stopped at the portfolio first.
        label: 'person without consent at company B',
        prepare: (w) => ({
          vars: { items: [{ candidateId: w.cand.ownNoConsent, taskId: w.taskB }] },
          snapshot: counting(w, Proposal, { candidate: w.cand.ownNoConsent }),
        }),
        expect: { ADMIN: 'BAD_USER_INPUT', CONSULTANT: F },
      },
    ],
  },

  // --- proposals ---------------------------------------------------------------
  proposals: {
    kind: 'query',
    gate: 'login',
    doc: 'query { proposals(first: 100) { totalCount edges { node { id company { id } candidate { id lastName } profile { firstName } } } } }',
    targets: [
      {
        label: 'list in scope',
        expect: all(ok),
        check: (d, { who, w }) => {
          const got = ids(d.proposals);
          expect(got).toContain(w.proposalA);
          if (who === 'ADMIN') expect(got).toContain(w.proposalB);
          else expect(got, `${who} does not see the proposal at company B`).not.toContain(w.proposalB);
          for (const n of nodes(d.proposals)) {
            if (who === 'COMPANY') {
              expect(n.company.id).toBe(w.companyA);
              expect(n.candidate, 'companies never get the Candidate').toBeNull();
            } else if (n.candidate) expectCandidateView(n.candidate, who, w);
          }
        },
      },
    ],
  },
  proposal: {
    kind: 'query',
    gate: 'login',
    // A proposal is about a person: reads are audit-logged, refused ones too (issue 13 item 8).
    audit: 'reads',
    doc: 'query($id: ID!) { proposal(id: $id) { id status company { id } candidate { id lastName accommodationNeeds } profile { candidateId firstName } } }',
    targets: [
      {
        label: sideLabel('A', 'proposal'),
        prepare: (w) => ({ vars: { id: w.proposalA }, subject: w.cand.own }),
        expect: PLACEMENT_A,
        check: (d, { who, w }) => {
          expect(d.proposal.profile).toMatchObject({ candidateId: w.cand.own, firstName: 'Olga' });
          if (who === 'COMPANY')
            expect(d.proposal.candidate, 'companies get the minimal shared profile only').toBeNull();
          else expectCandidateView(d.proposal.candidate, who, w);
        },
      },
      {
        label: sideLabel('B', 'proposal'),
        prepare: (w) => ({ vars: { id: w.proposalB }, subject: w.cand.other }),
        expect: PLACEMENT_B,
      },
      { label: 'missing id', prepare: () => ({ vars: { id: missingId() } }), expect: all(NF) },
    ],
  },
  proposeCandidate: {
    kind: 'mutation',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    audit: 'changes',
    doc: 'mutation($c: ID!, $t: ID!) { proposeCandidate(candidateId: $c, taskId: $t) { id status company { id } } }',
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: side === 'A' ? 'own person for a task at company A' : 'other person for a task at company B',
          prepare: async (w) => {
            const c = await authzPerson(w, side);
            const t = await authzTask(w, side);
            return { vars: { c, t }, subject: c, snapshot: counting(w, Proposal, { candidate: c }) };
          },
          expect: side === 'A' ? { ADMIN: ok, CONSULTANT: ok, ADVISER: ok } : { ADMIN: ok, CONSULTANT: F, ADVISER: F },
        }),
      ),
      {
        label: 'missing person',
        prepare: async (w) => ({ vars: { c: missingId(), t: await authzTask(w, 'A') } }),
        expect: { ADMIN: NF, CONSULTANT: NF, ADVISER: NF },
      },
    ],
  },
  shortlistCandidate: {
    kind: 'mutation',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    audit: 'changes',
    doc: 'mutation($c: ID!, $t: ID!) { shortlistCandidate(candidateId: $c, taskId: $t) { id status company { id } } }',
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: side === 'A' ? 'own person for a task at company A' : 'other person for a task at company B',
          prepare: async (w) => {
            const c = await authzPerson(w, side);
            const t = await authzTask(w, side);
            return { vars: { c, t }, subject: c, snapshot: counting(w, Proposal, { candidate: c }) };
          },
          expect: side === 'A' ? { ADMIN: ok, CONSULTANT: ok, ADVISER: ok } : { ADMIN: ok, CONSULTANT: F, ADVISER: F },
          check: (d) => expect(d.shortlistCandidate.status).toBe('SUGGESTED'),
        }),
      ),
      {
        label: 'missing person',
        prepare: async (w) => ({ vars: { c: missingId(), t: await authzTask(w, 'A') } }),
        expect: { ADMIN: NF, CONSULTANT: NF, ADVISER: NF },
      },
    ],
  },
  sendProposal: proposalMutation(
    'mutation($id: ID!) { sendProposal(id: $id) { id status } }',
    { A: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok }, B: { ADMIN: ok, CONSULTANT: F, ADVISER: F } },
    ['ADMIN', 'CONSULTANT', 'ADVISER'],
    ProposalStatus.SUGGESTED,
  ),
  shortlist: {
    kind: 'query',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    doc: 'query($t: ID!) { shortlist(taskId: $t, includeClosed: true) { id status candidate { id lastName accommodationNeeds } } }',
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: side === 'A' ? 'task at company A (portfolio)' : 'task at company B (outside portfolio)',
          // The world's own people: queries run before mutations, and a fresh person without a placement would show in alerts.
          prepare: async (w) => ({ vars: { t: await shortlistedTask(w, side) } }),
          expect: side === 'A' ? { ADMIN: ok, CONSULTANT: ok, ADVISER: ok } : { ADMIN: ok, CONSULTANT: F, ADVISER: ok },
          check: (d, { who }) => {
            const rows: any[] = d.shortlist;
            // An adviser sees only its own caseload's entries: B's person is the second adviser's.
            expect(rows).toHaveLength(who === 'ADVISER' && side === 'B' ? 0 : 1);
            if (who !== 'ADVISER') for (const r of rows) expect(r.candidate.accommodationNeeds).toBeNull();
          },
        }),
      ),
      {
        label: 'missing task',
        prepare: () => ({ vars: { t: missingId() } }),
        expect: { ADMIN: NF, CONSULTANT: NF, ADVISER: NF },
      },
    ],
  },
  respondToProposal: proposalMutation(
    'mutation($id: ID!) { respondToProposal(proposalId: $id, accept: true) { id status } }',
    { A: { ADMIN: ok, CONSULTANT: ok, COMPANY: ok }, B: { ADMIN: ok, CONSULTANT: F, COMPANY: F } },
    ['ADMIN', 'CONSULTANT', 'COMPANY'],
  ),
  withdrawProposal: proposalMutation(
    'mutation($id: ID!) { withdrawProposal(proposalId: $id, reason: "Personen er flyttet") { id status } }',
    { A: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok }, B: { ADMIN: ok, CONSULTANT: F, ADVISER: F } },
    ['ADMIN', 'CONSULTANT', 'ADVISER'],
  ),

  // --- placements ----------------------------------------------------------------
  placements: {
    kind: 'query',
    gate: 'login',
    doc: 'query { placements(first: 100) { totalCount edges { node { id candidateFirstName candidate { id lastName accommodationNeeds } } } } }',
    listed: (d) => nodes(d.placements).flatMap((n) => (n.candidate ? [n.candidate.id] : [])),
    targets: [
      {
        label: 'list in scope',
        expect: all(ok),
        check: (d, { who, w }) => {
          const got = ids(d.placements);
          const expected = {
            ADMIN: [w.placementA, w.placementB, w.placementC],
            CONSULTANT: [w.placementA, w.placementC],
            ADVISER: [w.placementA],
            COMPANY: [w.placementA, w.placementC],
          }[who as RoleKey];
          expect(got.sort()).toEqual(expected.sort());
          const byId = new Map(nodes(d.placements).map((n) => [n.id, n]));
          if (who === 'COMPANY') for (const n of byId.values()) expect(n.candidate).toBeNull();
          else expectCandidateView(byId.get(w.placementA).candidate, who, w);
          if (who === 'CONSULTANT') expect(byId.get(w.placementC).candidate, 'no profile without consent').toBeNull();
        },
      },
    ],
  },
  placement: {
    kind: 'query',
    gate: 'login',
    audit: 'reads',
    doc: 'query($id: ID!) { placement(id: $id) { id candidateFirstName candidate { id lastName accommodationNeeds summary } followUps { note } } }',
    targets: [
      {
        label: sideLabel('A', 'placement'),
        prepare: (w) => ({ vars: { id: w.placementA }, subject: w.cand.own }),
        expect: PLACEMENT_A,
        check: (d, { who, w }) => {
          expect(d.placement.followUps.map((f: any) => f.note)).toEqual([FOLLOW_UP_NOTE.A]);
          if (who === 'COMPANY') expect(d.placement.candidate).toBeNull();
          else expectCandidateView(d.placement.candidate, who, w);
        },
      },
      {
        label: sideLabel('B', 'placement'),
        prepare: (w) => ({ vars: { id: w.placementB }, subject: w.cand.other }),
        expect: PLACEMENT_B,
      },
      {
        label: 'company A, the other adviser’s person without consent',
        prepare: (w) => ({ vars: { id: w.placementC }, subject: w.cand.otherNoConsent }),
        expect: { ADMIN: ok, CONSULTANT: ok, ADVISER: F, COMPANY: ok },
        check: (d, { who }) => {
          // Without consent a consultant or company sees no name and no notes (issue 13 item 5).
          expect(d.placement.candidateFirstName).toBe(who === 'ADMIN' ? 'Nadia' : 'en kandidat');
          if (who !== 'ADMIN') expect(d.placement.candidate, 'no profile of a person who did not consent').toBeNull();
        },
      },
      { label: 'missing id', prepare: () => ({ vars: { id: missingId() } }), expect: all(NF) },
    ],
  },
  startPlacement: {
    kind: 'mutation',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    audit: 'changes',
    doc: 'mutation($input: StartPlacementInput!) { startPlacement(input: $input) { id status } }',
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: side === 'A' ? 'own person at company A' : 'other person at company B',
          prepare: async (w) => {
            const c = await authzPerson(w, side);
            return {
              vars: { input: placementInput(c, companyOf(w, side), w.today) },
              subject: c,
              snapshot: counting(w, Placement, { candidate: c }),
            };
          },
          expect: side === 'A' ? { ADMIN: ok, CONSULTANT: ok, ADVISER: ok } : { ADMIN: ok, CONSULTANT: F, ADVISER: F },
        }),
      ),
      {
        label: 'own person without consent at company A',
        prepare: async (w) => {
          const c = await authzPerson(w, 'A', false);
          return {
            vars: { input: placementInput(c, w.companyA, w.today) },
            subject: c,
            snapshot: counting(w, Placement, { candidate: c }),
          };
        },
        expect: { ADMIN: ok, CONSULTANT: F, ADVISER: ok },
      },
      {
        label: 'missing person',
        prepare: (w) => ({ vars: { input: placementInput(missingId(), w.companyA, w.today) } }),
        expect: { ADMIN: NF, CONSULTANT: NF, ADVISER: NF },
      },
    ],
  },
  recordFollowUp: placementMutation(
    'mutation($id: ID!, $input: FollowUpInput!) { recordFollowUp(placementId: $id, input: $input) { id } }',
    'login',
    (id, w) => ({
      id,
      input: {
        date: addDays(w.today, -3),
        attendedHours: 20,
        ordinaryHours: 0,
        absenceDays: 0,
        progress: 4,
        note: 'Går fint',
      },
    }),
    (w, id) => counting(w, FollowUp, { placement: id }),
  ),
  updatePlacement: placementMutation(
    'mutation($id: ID!, $input: UpdatePlacementInput!) { updatePlacement(id: $id, input: $input) { id mentorName } }',
    ['ADMIN', 'CONSULTANT', 'ADVISER'],
    (id) => ({ id, input: { version: 1, mentorName: `Mentor ${nextSeq()}` } }),
    (w, id) => reread(w, Placement, id, (p) => [p.mentorName, p.version]),
  ),
  approvePlacementAgreement: {
    kind: 'mutation',
    gate: ['ADMIN', 'ADVISER', 'COMPANY'],
    audit: 'reads',
    doc: 'mutation($id: ID!) { approvePlacementAgreement(placementId: $id, agreementVersion: 1) { id agreementVersion } }',
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'placement'),
          prepare: async (w, who) => {
            const p = await authzPlacement(w, side);
            // Version 1 of an agreement: the company approves first, so the job centre's turn has its approval.
            const e = w.em();
            const pl = await e.findOneOrFail(Placement, p.id);
            pl.agreementVersion = 1;
            const agreement = e.create(PlacementAgreement, {
              placement: pl,
              number: 1,
              terms: {
                startDate: pl.startDate,
                plannedEndDate: pl.plannedEndDate,
                hoursPlan: pl.hoursPlan,
                learningGoals: pl.learningGoals,
                mentorName: pl.mentorName,
                schoolPeriods: [],
              },
              companyApprovedAt: who === 'COMPANY' ? null : new Date(),
            });
            await e.flush();
            return {
              vars: { id: p.id },
              subject: p.candidateId,
              snapshot: reread(w, PlacementAgreement, agreement.id, (a) => [
                a.companyApprovedAt?.toISOString() ?? null,
                a.adviserApprovedAt?.toISOString() ?? null,
              ]),
            };
          },
          expect: side === 'A' ? { ADMIN: ok, ADVISER: ok, COMPANY: ok } : { ADMIN: ok, ADVISER: F, COMPANY: F },
        }),
      ),
      {
        label: 'missing id',
        prepare: () => ({ vars: { id: missingId() } }),
        expect: { ADMIN: NF, ADVISER: NF, COMPANY: NF },
      },
    ],
  },
  // The party that proposed a version withdraws it: the job centre its draft, the company its own proposed change
  // (the job centre refuses that one: BAD_USER_INPUT saying so).
  withdrawPlacementAgreement: agreementClosing(
    'mutation($id: ID!, $v: Int!) { withdrawPlacementAgreement(placementId: $id, agreementVersion: $v) { id status } }',
    ['ADMIN', 'ADVISER', 'COMPANY'],
    { ADMIN: ok, ADVISER: ok, COMPANY: F },
    { ADMIN: ok, ADVISER: F, COMPANY: F },
    { ADMIN: BI, ADVISER: BI, COMPANY: ok },
    { ADMIN: BI, ADVISER: F, COMPANY: F },
  ),
  // A draft is the job centre's version: only the company refuses it (the job centre refuses the company's proposals).
  refusePlacementAgreement: agreementClosing(
    'mutation($id: ID!, $v: Int!) { refusePlacementAgreement(placementId: $id, agreementVersion: $v, reason: "Ingen mentor") { id status } }',
    ['ADMIN', 'ADVISER', 'COMPANY'],
    { ADMIN: F, ADVISER: F, COMPANY: ok },
    { ADMIN: F, ADVISER: F, COMPANY: F },
    { ADMIN: ok, ADVISER: ok, COMPANY: BI },
    { ADMIN: ok, ADVISER: F, COMPANY: F },
  ),
  proposePlacementAgreementChange: placementMutation(
    'mutation($id: ID!) { proposePlacementAgreementChange(placementId: $id, agreementVersion: 0, input: { learningGoals: "Pluk og pak efter ordre" }) { id agreementVersion } }',
    ['COMPANY'],
    (id) => ({ id }),
    (w, id) => reread(w, Placement, id, (p) => [p.agreementVersion]),
  ),
  endPlacement: placementMutation(
    'mutation($id: ID!) { endPlacement(placementId: $id, outcome: COMPLETED) { id status } }',
    ['ADMIN', 'CONSULTANT', 'ADVISER'],
    (id) => ({ id }),
    (w, id) => reread(w, Placement, id, (p) => [p.status, p.outcome]),
  ),

  // --- overview ------------------------------------------------------------------
  alerts: {
    kind: 'query',
    gate: 'login',
    doc: 'query($asOf: Date) { alerts(first: 100, asOf: $asOf) { kind candidate { id } company { id } placement { id } } }',
    // The people the alerts point at are audit-logged as read (issue 13 item 8).
    listed: (d) => d.alerts.flatMap((a: any) => (a.candidate ? [a.candidate.id] : [])),
    targets: [
      {
        label: 'own caseload / portfolio / company',
        prepare: (w) => ({ vars: { asOf: addDays(w.today, 60) } }),
        expect: all(ok),
        check: (d, { who, w }) => {
          const alerts: any[] = d.alerts;
          const placements = alerts.flatMap((a) => (a.placement ? [a.placement.id] : []));
          const companies = alerts.flatMap((a) => (a.company ? [a.company.id] : []));
          const people = alerts.flatMap((a) => (a.candidate ? [a.candidate.id] : []));
          expect(alerts.length, 'the overdue follow-ups give every role something').toBeGreaterThan(0);
          if (who === 'COMPANY') {
            expect(new Set(companies)).toEqual(new Set([w.companyA]));
            expect(placements).not.toContain(w.placementB);
          }
          if (who === 'CONSULTANT') {
            expect(companies).not.toContain(w.companyB);
            expect(placements).not.toContain(w.placementB);
          }
          if (who === 'ADVISER') {
            for (const id of people) expect([w.cand.own, w.cand.ownNoConsent]).toContain(id);
            expect(placements).not.toContain(w.placementB);
            expect(placements).not.toContain(w.placementC);
          }
          if (who === 'ADMIN') expect(placements).toEqual(expect.arrayContaining([w.placementA, w.placementB]));
        },
      },
    ],
  },
  alertHistory: {
    kind: 'query',
    gate: 'login',
    doc: 'query { alertHistory(first: 50) { alertId status candidate { id } company { id } placement { id } } }',
    listed: (d) => d.alertHistory.flatMap((a: any) => (a.candidate ? [a.candidate.id] : [])),
    targets: [{ label: 'own work queue history', expect: all(ok) }],
  },
  snoozeAlert: {
    kind: 'mutation',
    gate: 'login',
    doc: 'mutation($id: ID!, $until: Date!, $asOf: Date) { snoozeAlert(id: $id, until: $until, asOf: $asOf) { id } }',
    targets: (['A', 'B'] as Side[]).map(
      (side): Target => ({
        label: `the overdue follow-up of placement ${sideLabel(side, 'placement')}`,
        prepare: async (w) => ({
          vars: {
            id: await overdueAlertOf(w, side === 'A' ? w.placementA : w.placementB),
            until: addDays(w.today, 61),
            asOf: addDays(w.today, 60),
          },
        }),
        // An alert outside one's own queue is not there to act on: BAD_USER_INPUT on `id`, nothing written.
        expect: side === 'A' ? all(ok) : { ADMIN: ok, CONSULTANT: BI, ADVISER: BI, COMPANY: BI },
      }),
    ),
  },
  handleAlert: {
    kind: 'mutation',
    gate: 'login',
    doc: 'mutation($id: ID!, $asOf: Date) { handleAlert(id: $id, note: "Ringet op", asOf: $asOf) { alertId status } }',
    targets: (['A', 'B'] as Side[]).map(
      (side): Target => ({
        label: `the overdue follow-up of placement ${sideLabel(side, 'placement')}`,
        prepare: async (w) => ({
          vars: { id: await overdueAlertOf(w, side === 'A' ? w.placementA : w.placementB), asOf: addDays(w.today, 60) },
        }),
        expect: side === 'A' ? all(ok) : { ADMIN: ok, CONSULTANT: BI, ADVISER: BI, COMPANY: BI },
      }),
    ),
  },
  dashboard: {
    kind: 'query',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    doc: 'query { dashboard { activePlacements candidatesActive } }',
    targets: [
      {
        label: 'aggregates',
        expect: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok },
        check: (d) => expect(d.dashboard.activePlacements).toBeGreaterThan(0),
      },
    ],
  },
  effectReport: {
    kind: 'query',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    doc: 'query { effectReport { summary cohorts { month people } byCompany { id } } }',
    targets: [
      {
        label: 'aggregates',
        expect: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok },
        check: (d) => expect(d.effectReport.summary.length).toBeGreaterThan(0),
      },
    ],
  },
  auditLog: {
    kind: 'query',
    gate: ['ADMIN'],
    doc: 'query($id: ID!) { auditLog(subjectId: $id, first: 5) { id action actorRole } }',
    targets: [
      {
        label: 'own person',
        prepare: (w) => ({ vars: { id: w.cand.own } }),
        expect: { ADMIN: ok },
        check: (d) => expect(d.auditLog.length).toBeGreaterThan(0),
      },
    ],
  },

  auditEntries: {
    kind: 'query',
    gate: ['ADMIN'],
    doc: 'query($s: String) { auditEntries(search: $s, first: 5) { totalCount edges { node { id description } } } }',
    targets: [
      {
        label: 'own person by id',
        prepare: (w) => ({ vars: { s: w.cand.own } }),
        expect: { ADMIN: ok },
        check: (d) => expect(d.auditEntries.totalCount).toBeGreaterThan(0),
      },
    ],
  },
  settings: {
    kind: 'query',
    gate: ['ADMIN'],
    doc: 'query { settings { name value source secret } }',
    targets: [
      {
        label: 'the configuration',
        expect: { ADMIN: ok },
        check: (d) => expect(d.settings.length).toBeGreaterThan(10),
      },
    ],
  },

  // --- exports, imports and the person's rights ----------------------------------------
  exportPlacementsCsv: {
    kind: 'query',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    doc: 'query { exportPlacementsCsv }',
    listed: (d) => csvRows(d.exportPlacementsCsv).map((r) => r[1]!),
    targets: [
      {
        label: 'placements in scope',
        expect: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok },
        check: (d, { who, w }) => {
          const csv: string = d.exportPlacementsCsv;
          const got = csvRows(csv).map((r) => r[0]);
          const expected = {
            ADMIN: [w.placementA, w.placementB, w.placementC],
            CONSULTANT: [w.placementA, w.placementC],
            ADVISER: [w.placementA],
          }[who as 'ADMIN' | 'CONSULTANT' | 'ADVISER'];
          expect(got.sort()).toEqual(expected.sort());
          for (const surname of ['Othersen', 'Nosharesen']) {
            if (who !== 'ADMIN') expect(csv, `no surname ${surname} for ${who}`).not.toContain(surname);
          }
          if (who === 'CONSULTANT') expect(csv).not.toContain('Ownsen');
          if (who === 'ADVISER') expect(csv).toContain('Ownsen');
          for (const text of Object.values(ACCOMMODATION)) expect(csv).not.toContain(text);
        },
      },
    ],
  },
  exportDashboardCsv: {
    kind: 'query',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    doc: 'query { exportDashboardCsv }',
    targets: [
      {
        label: 'aggregates',
        expect: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok },
        check: (d) => expect(d.exportDashboardCsv).toContain('activePlacements'),
      },
    ],
  },
  exportEffectCsv: {
    kind: 'query',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    doc: 'query { exportEffectCsv }',
    targets: [
      {
        label: 'aggregates',
        expect: { ADMIN: ok, CONSULTANT: ok, ADVISER: ok },
        check: (d) => expect(d.exportEffectCsv).toContain('Startmåned'),
      },
    ],
  },
  exportPersonData: {
    kind: 'query',
    gate: ['ADMIN', 'ADVISER'],
    audit: 'reads',
    doc: 'query($id: ID!) { exportPersonData(candidateId: $id) }',
    targets: personTargets(
      (id) => ({ id }),
      { own: { ADMIN: ok, ADVISER: ok }, other: { ADMIN: ok, ADVISER: F }, noConsent: { ADMIN: ok, ADVISER: F } },
      (d, { who, vars }) => {
        const data = JSON.parse(d.exportPersonData);
        expect(data.person.id).toBe(vars.id);
        if (who === 'ADVISER') expect(data.person.accommodation_needs).toBe(ACCOMMODATION.own);
        expect(data.accessLog.length).toBeGreaterThan(0);
      },
    ),
  },
  eraseCandidate: {
    kind: 'mutation',
    gate: ['ADMIN', 'ADVISER'],
    audit: 'reads',
    doc: 'mutation($id: ID!) { eraseCandidate(candidateId: $id, reason: "Anmodning fra personen") }',
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'person'),
          prepare: async (w) => {
            const id = await authzPerson(w, side);
            return { vars: { id }, subject: id, snapshot: counting(w, Candidate, { id }) };
          },
          expect: side === 'A' ? PERSON_A : PERSON_B,
        }),
      ),
      { label: 'missing id', prepare: () => ({ vars: { id: missingId() } }), expect: { ADMIN: NF, ADVISER: NF } },
    ],
  },
  applyRetention: {
    kind: 'mutation',
    gate: ['ADMIN'],
    doc: 'mutation { applyRetention }',
    targets: [
      {
        label: 'a person inactive beyond the retention period',
        prepare: async (w) => {
          const id = await authzPerson(w, 'A');
          await w
            .em()
            .getConnection()
            .execute(`update candidate set last_activity_at = '2000-01-01', updated_at = '2000-01-01' where id = ?`, [
              id,
            ]);
          return { vars: {}, snapshot: reread(w, Candidate, id, (c) => [c.status, c.firstName]) };
        },
        expect: { ADMIN: ok },
        check: (d) => expect(d.applyRetention).toBeGreaterThan(0),
      },
    ],
  },
  previewImport: importSpec('query'),
  commitImport: importSpec('mutation'),

  // --- user administration (ADMIN only) ----------------------------------------------
  users: {
    kind: 'query',
    gate: ['ADMIN'],
    doc: 'query { users(first: 50) { totalCount edges { node { id email role } } } }',
    targets: [
      { label: 'all users', expect: { ADMIN: ok }, check: (d) => expect(d.users.totalCount).toBeGreaterThan(5) },
    ],
  },
  createUser: {
    kind: 'mutation',
    gate: ['ADMIN'],
    doc: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id role } }',
    targets: [
      {
        label: 'a new adviser',
        prepare: (w) => {
          const email = `ny${nextSeq()}@authz.dk`;
          return {
            vars: { input: { email, name: 'Ny Rådgiver', role: 'ADVISER', password: 'et-langt-kodeord-1' } },
            snapshot: counting(w, User, { email }),
          };
        },
        expect: { ADMIN: ok },
      },
    ],
  },
  resetUserPassword: {
    kind: 'mutation',
    gate: ['ADMIN'],
    doc: 'mutation($id: ID!) { resetUserPassword(id: $id) { temporaryPassword user { id } } }',
    targets: [
      {
        label: 'another user',
        prepare: async (w) => {
          const id = await authzUser(w);
          return { vars: { id }, snapshot: reread(w, User, id, (u) => u.sessionEpoch) };
        },
        expect: { ADMIN: ok },
      },
      {
        label: 'missing id',
        prepare: () => ({ vars: { id: missingId() } }),
        expect: { ADMIN: NF },
      },
    ],
  },
  createCompetence: {
    kind: 'mutation',
    gate: ['ADMIN'],
    doc: 'mutation($input: CreateCompetenceInput!) { createCompetence(input: $input) { id name } }',
    targets: [
      {
        label: 'a new competence',
        prepare: (w) => {
          const name = `Matrixkompetence ${nextSeq()}`;
          return {
            vars: { input: { name, nameEn: `Matrix competence ${nextSeq()}`, domain: 'warehouse', synonyms: [] } },
            snapshot: counting(w, Competence, { name }),
          };
        },
        expect: { ADMIN: ok },
      },
    ],
  },
  updateUser: {
    kind: 'mutation',
    gate: ['ADMIN'],
    doc: 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id name } }',
    targets: [
      {
        label: 'another user',
        prepare: async (w) => {
          const id = await authzUser(w);
          return { vars: { id, input: { name: `Omdøbt ${nextSeq()}` } }, snapshot: reread(w, User, id, (u) => u.name) };
        },
        expect: { ADMIN: ok },
      },
      {
        label: 'missing id',
        prepare: () => ({ vars: { id: missingId(), input: { name: 'Ingen' } } }),
        expect: { ADMIN: NF },
      },
    ],
  },
};

// ---------------------------------------------------------------------------
// Builders of repeated operation shapes (function declarations: hoisted above MATRIX)

/** updateTask / publishTask / closeTask on a fresh task at company A or B. */
function taskMutation(
  doc: string,
  status: TaskStatus,
  vars: (id: string) => Record<string, unknown>,
  pick: (t: UnsolvedTask) => unknown,
): OpSpec {
  return {
    kind: 'mutation',
    gate: ['ADMIN', 'CONSULTANT', 'COMPANY'],
    doc,
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'company'),
          prepare: async (w) => {
            const id = await authzTask(w, side, status);
            return { vars: vars(id), snapshot: reread(w, UnsolvedTask, id, pick) };
          },
          expect: side === 'A' ? WRITE_A : WRITE_B,
        }),
      ),
      {
        label: 'missing id',
        prepare: () => ({ vars: vars(missingId()) }),
        expect: { ADMIN: NF, CONSULTANT: NF, COMPANY: NF },
      },
    ],
  };
}

/** updateIguSlot / closeIguSlot on a fresh IGU slot at company A or B. */
function slotMutation(
  doc: string,
  vars: (id: string) => Record<string, unknown>,
  pick: (s: IguSlot) => unknown,
): OpSpec {
  return {
    kind: 'mutation',
    gate: ['ADMIN', 'CONSULTANT', 'COMPANY'],
    doc,
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'company'),
          prepare: async (w) => {
            const id = await authzIguSlot(w, side);
            return { vars: vars(id), snapshot: reread(w, IguSlot, id, pick) };
          },
          expect: side === 'A' ? WRITE_A : WRITE_B,
        }),
      ),
      {
        label: 'missing id',
        prepare: () => ({ vars: vars(missingId()) }),
        expect: { ADMIN: NF, CONSULTANT: NF, COMPANY: NF },
      },
    ],
  };
}

/** Changes to a fresh person of the own or the other caseload (ADMIN and the own adviser). */
function personMutation(
  doc: string,
  vars: (id: string, w: World) => Record<string, unknown>,
  pick: (c: Candidate) => unknown,
  extra: {
    label: string;
    side: Side;
    vars: (id: string, w: World) => Record<string, unknown>;
    expect: Partial<Record<Who, Outcome>>;
  }[] = [],
  snapshot?: (w: World, id: string) => () => Promise<unknown>,
): OpSpec {
  const target = (label: string, side: Side, v: typeof vars, expectation: Partial<Record<Who, Outcome>>): Target => ({
    label,
    prepare: async (w) => {
      const id = await authzPerson(w, side);
      const snap = snapshot ? snapshot(w, id) : reread(w, Candidate, id, pick);
      return { vars: v(id, w), subject: id, snapshot: snap };
    },
    expect: expectation,
  });
  return {
    kind: 'mutation',
    gate: ['ADMIN', 'ADVISER'],
    audit: 'changes',
    doc,
    targets: [
      target(sideLabel('A', 'person'), 'A', vars, PERSON_A),
      { ...target(sideLabel('B', 'person'), 'B', vars, PERSON_B), auditsRefusal: true },
      ...extra.map((x) => target(x.label, x.side, x.vars, x.expect)),
      { label: 'missing id', prepare: (w) => ({ vars: vars(missingId(), w) }), expect: { ADMIN: NF, ADVISER: NF } },
    ],
  };
}

/**
 * A ladder step corrected by hand: the person's own adviser only (a judgement of the case, like the
 * accommodation needs); the admin is refused at the gate, another adviser at the person (and logged).
 */
function ladderCorrection(): OpSpec {
  const vars = (id: string) => ({
    id,
    input: { version: 1, step: 'INTERNSHIP', reason: 'Praktik i en anden kommune' },
  });
  const target = (side: Side): Target => ({
    label: sideLabel(side, 'person'),
    prepare: async (w) => {
      const id = await authzPerson(w, side);
      return { vars: vars(id), subject: id, snapshot: reread(w, Candidate, id, (c) => [c.ladderStep, c.version]) };
    },
    expect: { ADVISER: side === 'A' ? ok : F },
  });
  return {
    kind: 'mutation',
    gate: ['ADVISER'],
    audit: 'changes',
    doc: 'mutation($id: ID!, $input: CorrectLadderStepInput!) { correctLadderStep(candidateId: $id, input: $input) { id ladderStep { key } } }',
    targets: [
      { ...target('A'), check: (d) => expect(d.correctLadderStep.ladderStep.key).toBe('INTERNSHIP') },
      { ...target('B'), auditsRefusal: true },
      { label: 'missing id', prepare: () => ({ vars: vars(missingId()) }), expect: { ADVISER: NF } },
    ],
  };
}

/** A fresh task at side X's company with side X's existing consenting person on its shortlist (SUGGESTED). */
async function shortlistedTask(w: World, side: Side): Promise<string> {
  const taskId = await authzTask(w, side);
  const em = w.em();
  em.create(Proposal, {
    candidate: side === 'A' ? w.cand.own : w.cand.other,
    task: taskId,
    company: companyOf(w, side),
    status: ProposalStatus.SUGGESTED,
    proposedBy: w.userId.ADMIN,
    history: [
      { status: ProposalStatus.SUGGESTED, at: new Date().toISOString(), byUserId: w.userId.ADMIN, reason: null },
    ],
  });
  await em.flush();
  return taskId;
}

/** respondToProposal / withdrawProposal on a fresh PROPOSED proposal at company A (own person) or B (other person). */
function proposalMutation(
  doc: string,
  table: Record<Side, Partial<Record<Who, Outcome>>>,
  gate: RoleKey[],
  status = ProposalStatus.PROPOSED,
): OpSpec {
  return {
    kind: 'mutation',
    gate,
    doc,
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'proposal'),
          prepare: async (w) => {
            const id = await authzProposal(w, side, status);
            return { vars: { id }, snapshot: reread(w, Proposal, id, (p) => [p.status, p.history.length]) };
          },
          expect: table[side],
        }),
      ),
      {
        label: 'missing id',
        prepare: () => ({ vars: { id: missingId() } }),
        expect: Object.fromEntries(gate.map((r) => [r, NF])),
      },
    ],
  };
}

/** recordFollowUp / updatePlacement / endPlacement on a fresh placement at company A (own person) or B (other person). */
function placementMutation(
  doc: string,
  gate: OpSpec['gate'],
  vars: (id: string, w: World) => Record<string, unknown>,
  snapshot: (w: World, id: string) => () => Promise<unknown>,
): OpSpec {
  const passes = gate === 'login' ? ROLES : (gate as RoleKey[]);
  const pick = (t: Record<RoleKey, Outcome>) => Object.fromEntries(passes.map((r) => [r, t[r]]));
  return {
    kind: 'mutation',
    gate,
    audit: 'reads',
    doc,
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'placement'),
          prepare: async (w) => {
            const p = await authzPlacement(w, side);
            return { vars: vars(p.id, w), subject: p.candidateId, snapshot: snapshot(w, p.id) };
          },
          expect: pick(side === 'A' ? PLACEMENT_A : PLACEMENT_B),
        }),
      ),
      { label: 'missing id', prepare: (w) => ({ vars: vars(missingId(), w) }), expect: pick(all(NF)) },
    ],
  };
}

/**
 * withdrawPlacementAgreement / refusePlacementAgreement: a DRAFT placement at company A or B whose version 1 (the job
 * centre's) no one approved yet, so the job centre may withdraw it and the company refuse it; and a running placement
 * at A or B whose version 2 the company proposed (approved by it, waiting for the job centre), so the company may
 * withdraw it and the job centre refuse it.
 */
function agreementClosing(
  doc: string,
  gate: RoleKey[],
  own: Record<string, Outcome>,
  other: Record<string, Outcome>,
  ownProposal: Record<string, Outcome>,
  otherProposal: Record<string, Outcome>,
): OpSpec {
  const pick = (t: Record<string, Outcome>) => Object.fromEntries(gate.map((r) => [r, t[r]!]));
  const terms = (pl: Placement, learningGoals = pl.learningGoals) => ({
    startDate: pl.startDate,
    plannedEndDate: pl.plannedEndDate,
    hoursPlan: pl.hoursPlan,
    learningGoals,
    mentorName: pl.mentorName,
    schoolPeriods: [],
  });
  return {
    kind: 'mutation',
    gate,
    audit: 'reads',
    doc,
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'placement'),
          prepare: async (w) => {
            const p = await authzPlacement(w, side);
            const e = w.em();
            const pl = await e.findOneOrFail(Placement, p.id);
            pl.status = PlacementStatus.DRAFT;
            pl.agreementVersion = 1;
            e.create(PlacementAgreement, { placement: pl, number: 1, terms: terms(pl) });
            await e.flush();
            return {
              vars: { id: p.id, v: 1 },
              subject: p.candidateId,
              snapshot: reread(w, Placement, p.id, (x) => [x.status, x.agreementVersion]),
            };
          },
          expect: pick(side === 'A' ? own : other),
        }),
      ),
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: `${sideLabel(side, 'placement')}, a change the company proposed`,
          prepare: async (w) => {
            const p = await authzPlacement(w, side);
            const e = w.em();
            const pl = await e.findOneOrFail(Placement, p.id);
            pl.agreementVersion = 2;
            const at = new Date();
            e.create(PlacementAgreement, {
              placement: pl,
              number: 1,
              terms: terms(pl),
              companyApprovedAt: at,
              adviserApprovedAt: at,
            });
            e.create(PlacementAgreement, {
              placement: pl,
              number: 2,
              terms: terms(pl, 'Pluk og pak efter ordre'),
              proposedBy: AgreementParty.COMPANY,
              companyApprovedAt: at,
            });
            await e.flush();
            return {
              vars: { id: p.id, v: 2 },
              subject: p.candidateId,
              snapshot: reread(w, Placement, p.id, (x) => [x.status, x.agreementVersion]),
            };
          },
          expect: pick(side === 'A' ? ownProposal : otherProposal),
        }),
      ),
      { label: 'missing id', prepare: () => ({ vars: { id: missingId(), v: 1 } }), expect: pick(all(NF)) },
    ],
  };
}

/** matchCandidatesForTask / matchCandidatesForIguSlot: the opening at company A or B. */
function matchForOpening(op: string, arg: string, opening: (w: World, side: Side) => string): OpSpec {
  return {
    kind: 'query',
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    listed: (d) => d[op].map((m: any) => m.candidate.id),
    doc: `query($id: ID!) { ${op}(${arg}: $id, first: 20) { score candidate { id lastName accommodationNeeds consentToShare } } }`,
    targets: [
      ...(['A', 'B'] as Side[]).map(
        (side): Target => ({
          label: sideLabel(side, 'company'),
          prepare: (w) => ({ vars: { id: opening(w, side) } }),
          expect: side === 'A' ? { ADMIN: ok, CONSULTANT: ok, ADVISER: ok } : { ADMIN: ok, CONSULTANT: F, ADVISER: ok },
          check: (d, { who, w }) => {
            for (const m of d[op]) {
              expect(m.candidate.consentToShare, 'matching shows consenting people only').toBe(true);
              expectCandidateView(m.candidate, who, w);
            }
          },
        }),
      ),
      {
        label: 'missing id',
        prepare: () => ({ vars: { id: missingId() } }),
        expect: { ADMIN: NF, CONSULTANT: NF, ADVISER: NF },
      },
    ],
  };
}

/** The data rows of a semicolon CSV export (the header dropped), split into cells. */
function csvRows(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split(';'));
}

/** previewImport / commitImport: companies (ADMIN, CONSULTANT within its portfolio), people (ADMIN, ADVISER for its caseload). */
function importSpec(kind: 'query' | 'mutation'): OpSpec {
  const op = kind === 'query' ? 'previewImport' : 'commitImport';
  const fields =
    kind === 'query'
      ? 'validCount errorCount rows { errors { code field } }'
      : 'created errors { errors { code field } }';
  const companies = (side: Side): Target => ({
    label:
      side === 'A'
        ? `companies CSV, industry ${INDUSTRY_A} (portfolio)`
        : `companies CSV, industry ${INDUSTRY_B} (outside portfolio)`,
    prepare: (w) => {
      const cvr = authzCvr();
      return {
        vars: {
          kind: 'COMPANIES',
          csv: `cvr;navn;branche;sektor;postnr\n${cvr};Import ${cvr} ApS;${industryOf(side)};privat;5000`,
        },
        snapshot: counting(w, Company, { cvr }),
      };
    },
    expect: side === 'A' ? { ADMIN: ok, CONSULTANT: ok, ADVISER: F } : { ADMIN: ok, CONSULTANT: ROW_F, ADVISER: F },
  });
  const people = (side: Side): Target => ({
    label: side === 'A' ? 'people CSV, own caseload' : "people CSV, the second adviser's caseload",
    prepare: (w) => {
      const lastName = `Importsen${nextSeq()}`;
      const header =
        'Fornavn;Efternavn;Fødselsdato;Postnr;Målgruppe;Parathed;Opholdsgrundlag;Danskniveau;Timer til rådighed;Transport km';
      const row = `Amina;${lastName};12-03-1994;5000;integrationsprogram;jobparat;flygtning;A2;20;20`;
      const csv = side === 'A' ? `${header}\n${row}` : `${header};Rådgiver\n${row};${EMAIL.adviser2}`;
      return { vars: { kind: 'CANDIDATES', csv }, snapshot: counting(w, Candidate, { lastName }) };
    },
    expect: side === 'A' ? { ADMIN: ok, CONSULTANT: F, ADVISER: ok } : { ADMIN: ok, CONSULTANT: F, ADVISER: ROW_F },
  });
  return {
    kind,
    gate: ['ADMIN', 'CONSULTANT', 'ADVISER'],
    doc: `${kind}($kind: ImportKind!, $csv: String!) { ${op}(kind: $kind, csv: $csv) { ${fields} } }`,
    targets: [companies('A'), companies('B'), people('A'), people('B')].map((t) => ({
      ...t,
      check: (d: any) => expect(kind === 'query' ? d[op].validCount : d[op].created).toBe(1),
    })),
  };
}

// ---------------------------------------------------------------------------
// Nested fields: every field that leads from one object to a company or a person obeys the rule of the
// top-level query for what it leads to (issue 13 item 3). Each case reaches the field through a parent
// the role may read, and checks every object found there against its top-level twin, as the same role:
// a Task, IguSlot, Candidate, Placement or Proposal must be one its own query allows; a Company the role
// may not read shows its name only (no cvr, consultant, contacts, tasks, IGU slots or placements); names
// and notes of people follow placement(id); a company's view of a shared profile needs consent.

/** What an object met at a nested field is checked as. */
type NestedKind =
  | 'Company'
  | 'ContactLog'
  | 'Task'
  | 'IguSlot'
  | 'Candidate'
  | 'Placement'
  | 'FollowUp'
  | 'Proposal'
  | 'Profile'
  | 'AlertCandidate'
  | 'AlertCompany';

/** The objects found at the field, with what their check needs. */
type Found = Record<string, any>;

interface NestedReach {
  label: string;
  doc: string;
  vars?: (w: World, x: NestedExtras) => Record<string, unknown>;
  /** The objects at the nested field in the answer (a refused parent gives none). */
  found: (data: any) => Found[];
  /** Roles the parent query lets through (default: every role). */
  roles?: RoleKey[];
}

interface NestedSpec {
  kind: NestedKind;
  reaches: NestedReach[];
  /** The admin may legitimately find nothing here in this world. */
  mayBeEmpty?: boolean;
}

/** Objects the nested cases need beyond the world: paths where the parent is in reach and the child may not be. */
interface NestedExtras {
  /** A proposal the consultant made at company B (outside its portfolio): it sees the proposal, not B. */
  consultantsProposalAtB: string;
  /** A proposal of the own person for IGU slot A. */
  slotProposalA: string;
  /** A placement of a fresh own person at company A on task A and IGU slot A. */
  linkedPlacementA: string;
}

let extras: Promise<NestedExtras> | null = null;
function nestedExtras(w: World): Promise<NestedExtras> {
  extras ??= (async () => {
    const em = w.em();
    const at = new Date().toISOString();
    const sent = (by: string) => [{ status: ProposalStatus.PROPOSED, at, byUserId: by, reason: null }];
    const personB = await authzPerson(w, 'B');
    const taskB = await authzTask(w, 'B');
    const atB = em.create(Proposal, {
      candidate: personB,
      task: taskB,
      company: w.companyB,
      status: ProposalStatus.PROPOSED,
      proposedBy: w.userId.CONSULTANT,
      note: 'Forslag fra konsulenten',
      history: sent(w.userId.CONSULTANT),
    });
    const personA = await authzPerson(w, 'A');
    const slot = em.create(Proposal, {
      candidate: personA,
      iguSlot: w.slotA,
      company: w.companyA,
      status: ProposalStatus.PROPOSED,
      proposedBy: w.userId.ADMIN,
      history: sent(w.userId.ADMIN),
    });
    await em.flush();
    const linked = await authzPlacement(w, 'A');
    await w.em().nativeUpdate(Placement, { id: linked.id }, { task: w.taskA, iguSlot: w.slotA });
    return { consultantsProposalAtB: atB.id, slotProposalA: slot.id, linkedPlacementA: linked.id };
  })();
  return extras;
}

const COMPANY_SEL =
  '{ id name cvr consultant { id email } contacts { name } tasks { id } iguSlots { id } placements { id } }';
/** Without the lists: for fields reached many times in one answer (matches, users), to keep it cheap. */
const COMPANY_SHORT = '{ id name cvr consultant { id email } contacts { name } }';
const PLACEMENT_SEL = '{ id candidateFirstName followUps { note } }';
const list = <T>(x: T | T[] | null | undefined): T[] => (x == null ? [] : Array.isArray(x) ? x : [x]);

/** The same object through one parent query: `field` picks the object(s) at the nested field. */
function through(
  label: string,
  parent: string,
  arg: string,
  id: (w: World, x: NestedExtras) => string,
  field: string,
  sel: string,
  roles?: RoleKey[],
): NestedReach {
  return {
    label,
    roles,
    doc: `query($id: ID!) { ${parent}(${arg}: $id) { ${field} ${sel} } }`,
    vars: (w, x) => ({ id: id(w, x) }),
    found: (d) => list(d?.[parent]?.[field]),
  };
}

const companyReaches = (field: string, sel: string): NestedReach[] => [
  through('own company (A)', 'company', 'id', (w) => w.companyA, field, sel),
  through('other company (B)', 'company', 'id', (w) => w.companyB, field, sel),
  {
    label: "other company (B) met through the consultant's own proposal there",
    doc: `query($id: ID!) { proposal(id: $id) { company { ${field} ${sel} } } }`,
    vars: (_w, x) => ({ id: x.consultantsProposalAtB }),
    found: (d) => list(d?.proposal?.company?.[field]),
  },
];
const placementReaches = (field: string, sel: string): NestedReach[] => [
  through('own placement (A)', 'placement', 'id', (w) => w.placementA, field, sel),
  through('other placement (B)', 'placement', 'id', (w) => w.placementB, field, sel),
  through('placement C (no consent, company A)', 'placement', 'id', (w) => w.placementC, field, sel),
  through('placement at A on task A and IGU slot A', 'placement', 'id', (_w, x) => x.linkedPlacementA, field, sel),
];
const proposalReaches = (field: string, sel: string): NestedReach[] => [
  through('own proposal (A)', 'proposal', 'id', (w) => w.proposalA, field, sel),
  through('other proposal (B)', 'proposal', 'id', (w) => w.proposalB, field, sel),
  through("the consultant's own proposal at B", 'proposal', 'id', (_w, x) => x.consultantsProposalAtB, field, sel),
  through('proposal for IGU slot A', 'proposal', 'id', (_w, x) => x.slotProposalA, field, sel),
];
const STAFF: RoleKey[] = ['ADMIN', 'CONSULTANT', 'ADVISER'];

/** The whole-portfolio plan (consultants and admins): the people and openings it assigns. */
const assignmentReach = (field: string, sel: string): NestedReach => ({
  label: 'assignment plan',
  roles: ['ADMIN', 'CONSULTANT'],
  doc: `{ assignmentPlan { assignments { ${field} ${sel} } } }`,
  found: (d) => list(d?.assignmentPlan?.assignments).flatMap((a: any) => list(a[field])),
});

/** One person beside one opening (job centre only): the own and the other adviser's person, at tasks and IGU slots of A and B. */
const comparisonReaches = (field: string, sel: string): NestedReach[] =>
  (['own', 'other', 'otherNoConsent'] as const).flatMap((who) =>
    (['A', 'B'] as Side[]).flatMap((side) =>
      (['taskId', 'iguSlotId'] as const).map(
        (arg): NestedReach => ({
          label: `comparison of the ${who} person with ${arg === 'taskId' ? 'task' : 'IGU slot'} ${side}`,
          roles: STAFF,
          doc: `query($c: ID!, $o: ID!) { compareCandidateWithOpening(candidateId: $c, ${arg}: $o) { ${field} ${sel} } }`,
          vars: (w) => ({
            c: w.cand[who],
            o: arg === 'taskId' ? (side === 'A' ? w.taskA : w.taskB) : side === 'A' ? w.slotA : w.slotB,
          }),
          found: (d) => list(d?.compareCandidateWithOpening?.[field]),
        }),
      ),
    ),
  );

/** The whole company (COMPANY_SEL) through company(id) for A and B, and through the consultant's own proposal at B. */
function wholeCompanyReaches(): NestedReach[] {
  const direct = (label: string, id: (w: World) => string): NestedReach => ({
    label,
    doc: `query($id: ID!) { company(id: $id) ${COMPANY_SEL} }`,
    vars: (w) => ({ id: id(w) }),
    found: (d) => list(d?.company),
  });
  return [
    direct('own company (A)', (w) => w.companyA),
    direct('other company (B)', (w) => w.companyB),
    {
      label: "other company (B) met through the consultant's own proposal there",
      doc: `query($id: ID!) { proposal(id: $id) { company ${COMPANY_SEL} } }`,
      vars: (_w, x) => ({ id: x.consultantsProposalAtB }),
      found: (d) => list(d?.proposal?.company),
    },
  ];
}

/** A placement's follow-ups (or latest one), each with the placement it belongs to. */
const followUpReaches = (field: 'followUps' | 'latestFollowUp' | 'followUpHistory'): NestedReach[] =>
  placementReaches(field, '{ note }').map((r) => ({
    ...r,
    doc: r.doc.replace(`{ ${field} { note } }`, `{ id ${field} { note } }`),
    found: (d: any) => list(d?.placement?.[field]).map((f: any) => ({ ...f, placementId: d.placement.id })),
  }));

/** One entry per field of the schema that leads to a company or a person (Connection edges are the lists above). */
const NESTED: Record<string, NestedSpec> = {
  'Company.tasks': { kind: 'Task', reaches: companyReaches('tasks', '{ id }') },
  'Company.iguSlots': { kind: 'IguSlot', reaches: companyReaches('iguSlots', '{ id }') },
  'Company.placements': { kind: 'Placement', reaches: companyReaches('placements', PLACEMENT_SEL) },
  // The whole company as the role sees it: its consultant and contact persons are checked with it.
  'Company.consultant': { kind: 'Company', reaches: wholeCompanyReaches() },
  'Company.contacts': { kind: 'Company', reaches: wholeCompanyReaches() },
  'Company.contactLog': { kind: 'ContactLog', reaches: companyReaches('contactLog', '{ note }') },
  'Task.company': {
    kind: 'Company',
    reaches: [
      through('own task (A)', 'task', 'id', (w) => w.taskA, 'company', COMPANY_SEL),
      through('other task (B)', 'task', 'id', (w) => w.taskB, 'company', COMPANY_SEL),
    ],
  },
  'IguSlot.company': {
    kind: 'Company',
    reaches: [
      through('own IGU slot (A)', 'iguSlot', 'id', (w) => w.slotA, 'company', COMPANY_SEL),
      through('other IGU slot (B)', 'iguSlot', 'id', (w) => w.slotB, 'company', COMPANY_SEL),
    ],
  },
  'Placement.candidate': { kind: 'Candidate', reaches: placementReaches('candidate', '{ id lastName }') },
  'Placement.company': { kind: 'Company', reaches: placementReaches('company', COMPANY_SEL) },
  'Placement.task': { kind: 'Task', reaches: placementReaches('task', '{ id }') },
  'Placement.iguSlot': { kind: 'IguSlot', reaches: placementReaches('iguSlot', '{ id }') },
  'Placement.followUps': { kind: 'FollowUp', reaches: followUpReaches('followUps') },
  'Placement.latestFollowUp': { kind: 'FollowUp', reaches: followUpReaches('latestFollowUp') },
  'Placement.followUpHistory': { kind: 'FollowUp', reaches: followUpReaches('followUpHistory') },
  'Proposal.candidate': { kind: 'Candidate', reaches: proposalReaches('candidate', '{ id lastName }') },
  'Proposal.company': { kind: 'Company', reaches: proposalReaches('company', COMPANY_SEL) },
  'Proposal.task': { kind: 'Task', reaches: proposalReaches('task', '{ id }') },
  'Proposal.iguSlot': { kind: 'IguSlot', reaches: proposalReaches('iguSlot', '{ id }') },
  'Proposal.profile': {
    kind: 'Profile',
    reaches: proposalReaches('profile', '{ candidateId firstName }').map((r) => ({
      ...r,
      doc: r.doc.replace('{ profile {', '{ status profile {'),
      found: (d: any) => (d?.proposal?.profile ? [{ ...d.proposal.profile, status: d.proposal.status }] : []),
    })),
  },
  'CandidateMatch.candidate': {
    kind: 'Candidate',
    reaches: (['A', 'B'] as Side[]).map((side) => ({
      label: `matches for task ${side}`,
      roles: STAFF,
      doc: 'query($id: ID!) { matchCandidatesForTask(taskId: $id, first: 20) { candidate { id lastName } } }',
      vars: (w: World) => ({ id: side === 'A' ? w.taskA : w.taskB }),
      found: (d: any) => list(d?.matchCandidatesForTask).map((m: any) => m.candidate),
    })),
  },
  'CandidateSearchHit.candidate': {
    kind: 'Candidate',
    reaches: [
      {
        label: 'search',
        roles: STAFF,
        doc: '{ searchCandidates(first: 50) { hits { candidate { id lastName } } } }',
        found: (d) => list(d?.searchCandidates?.hits).map((h: any) => h.candidate),
      },
    ],
  },
  'OpeningMatch.task': {
    kind: 'Task',
    reaches: (['own', 'other'] as const).map((who) => ({
      label: `openings for the ${who} person`,
      roles: STAFF,
      doc: `query($id: ID!) { matchOpeningsForCandidate(candidateId: $id, first: 10) { task { id company ${COMPANY_SHORT} } } }`,
      vars: (w: World) => ({ id: w.cand[who] }),
      found: (d: any) => list(d?.matchOpeningsForCandidate).flatMap((m: any) => list(m.task)),
    })),
  },
  'OpeningMatch.iguSlot': {
    kind: 'IguSlot',
    mayBeEmpty: true,
    reaches: (['own', 'other'] as const).map((who) => ({
      label: `openings for the ${who} person`,
      roles: STAFF,
      doc: `query($id: ID!) { matchOpeningsForCandidate(candidateId: $id, first: 10) { iguSlot { id company ${COMPANY_SHORT} } } }`,
      vars: (w: World) => ({ id: w.cand[who] }),
      found: (d: any) => list(d?.matchOpeningsForCandidate).flatMap((m: any) => list(m.iguSlot)),
    })),
  },
  'Alert.candidate': {
    kind: 'AlertCandidate',
    reaches: [
      {
        label: 'alerts in 60 days',
        doc: 'query($asOf: Date) { alerts(first: 100, asOf: $asOf) { candidate { id firstName name } } }',
        vars: (w) => ({ asOf: addDays(w.today, 60) }),
        found: (d) => list(d?.alerts).flatMap((a: any) => list(a.candidate)),
      },
    ],
  },
  'Alert.company': {
    kind: 'AlertCompany',
    reaches: [
      {
        label: 'alerts in 60 days',
        doc: 'query($asOf: Date) { alerts(first: 100, asOf: $asOf) { company { id name } } }',
        vars: (w) => ({ asOf: addDays(w.today, 60) }),
        found: (d) => list(d?.alerts).flatMap((a: any) => list(a.company)),
      },
    ],
  },
  // The work queue's history: the snooze and handle cases above have filled every role's.
  'AlertHistoryEntry.candidate': {
    kind: 'AlertCandidate',
    reaches: [
      {
        label: 'the work queue history',
        doc: '{ alertHistory(first: 100) { candidate { id firstName name } } }',
        found: (d) => list(d?.alertHistory).flatMap((a: any) => list(a.candidate)),
      },
    ],
  },
  'AlertHistoryEntry.company': {
    kind: 'AlertCompany',
    reaches: [
      {
        label: 'the work queue history',
        doc: '{ alertHistory(first: 100) { company { id name } } }',
        found: (d) => list(d?.alertHistory).flatMap((a: any) => list(a.company)),
      },
    ],
  },
  'Assignment.candidate': {
    kind: 'Candidate',
    mayBeEmpty: true,
    reaches: [assignmentReach('candidate', '{ id lastName }')],
  },
  'Assignment.task': { kind: 'Task', mayBeEmpty: true, reaches: [assignmentReach('task', '{ id }')] },
  'Assignment.iguSlot': { kind: 'IguSlot', mayBeEmpty: true, reaches: [assignmentReach('iguSlot', '{ id }')] },
  'CandidateComparison.candidate': { kind: 'Candidate', reaches: comparisonReaches('candidate', '{ id lastName }') },
  'CandidateComparison.task': {
    kind: 'Task',
    mayBeEmpty: true,
    reaches: comparisonReaches('task', `{ id company ${COMPANY_SHORT} }`),
  },
  'CandidateComparison.iguSlot': {
    kind: 'IguSlot',
    mayBeEmpty: true,
    reaches: comparisonReaches('iguSlot', `{ id company ${COMPANY_SHORT} }`),
  },
  'User.company': {
    kind: 'Company',
    reaches: [
      {
        label: 'users',
        roles: ['ADMIN'],
        doc: `{ users(first: 20) { edges { node { company ${COMPANY_SHORT} } } } }`,
        found: (d) => list(d?.users?.edges).flatMap((e: any) => list(e.node.company)),
      },
    ],
  },
};

/** Whether `doc` as the role is answered without a refusal. */
async function allows(client: GqlClient, doc: string, vars: Record<string, unknown>) {
  const r = await client.request(doc, vars);
  return { ok: !r.errors?.length, data: r.data as any };
}

/** Checks one object found at a nested field against its top-level twin, as the same role. */
async function checkFound(kind: NestedKind, o: Found, who: RoleKey, w: World) {
  const client = w.clients[who];
  const twin = (doc: string) => allows(client, doc, { id: o.id });
  switch (kind) {
    case 'Company': {
      const top = await twin('query($id: ID!) { company(id: $id) { cvr } }');
      if (top.ok) {
        expect(o.cvr, 'a company the role may read shows its CVR').toBe(top.data.company.cvr);
      } else {
        expect(o.cvr, `company(id) refuses ${who}: no CVR`).toBeNull();
        expect(o.consultant ?? null, 'no consultant').toBeNull();
        for (const k of ['contacts', 'tasks', 'iguSlots', 'placements']) if (k in o) expect(o[k], k).toEqual([]);
      }
      for (const t of list(o.tasks)) await checkFound('Task', t, who, w);
      for (const s of list(o.iguSlots)) await checkFound('IguSlot', s, who, w);
      for (const p of list(o.placements)) await checkFound('Placement', p, who, w);
      return;
    }
    case 'ContactLog':
      return; // the contact log's rule is checked on its reach (see the case below)
    case 'Task':
      expect((await twin('query($id: ID!) { task(id: $id) { id } }')).ok, `task(id) allows ${who}`).toBe(true);
      if (o.company) await checkFound('Company', o.company, who, w);
      return;
    case 'IguSlot':
      expect((await twin('query($id: ID!) { iguSlot(id: $id) { id } }')).ok, `iguSlot(id) allows ${who}`).toBe(true);
      if (o.company) await checkFound('Company', o.company, who, w);
      return;
    case 'Candidate': {
      const top = await twin('query($id: ID!) { candidate(id: $id) { lastName } }');
      expect(top.ok, `candidate(id) allows ${who}`).toBe(true);
      expect(o.lastName, 'the surname as candidate(id) shows it').toBe(top.data.candidate.lastName);
      return;
    }
    case 'Placement': {
      const top = await twin(`query($id: ID!) { placement(id: $id) ${PLACEMENT_SEL} }`);
      expect(top.ok, `placement(id) allows ${who}`).toBe(true);
      if ('candidateFirstName' in o) expect(o.candidateFirstName).toBe(top.data.placement.candidateFirstName);
      if ('followUps' in o) expect(o.followUps).toEqual(top.data.placement.followUps);
      return;
    }
    case 'FollowUp': {
      const top = await allows(client, 'query($id: ID!) { placement(id: $id) { followUps { note } } }', {
        id: o.placementId,
      });
      expect(top.ok, `placement(id) allows ${who}`).toBe(true);
      expect(
        top.data.placement.followUps.map((f: any) => f.note),
        'the note as placement(id) shows it',
      ).toContain(o.note);
      return;
    }
    case 'Proposal':
      expect((await twin('query($id: ID!) { proposal(id: $id) { id } }')).ok, `proposal(id) allows ${who}`).toBe(true);
      return;
    case 'Profile': {
      if (who !== 'COMPANY') return;
      const person = await w.em().findOneOrFail(Candidate, o.candidateId);
      expect(person.consentToShare, 'a company sees a profile only with consent').toBe(true);
      expect(['PROPOSED', 'ACCEPTED'], 'and only while the proposal is shared').toContain(o.status);
      return;
    }
    case 'AlertCandidate': {
      const person = await w.em().findOneOrFail(Candidate, o.id);
      const named = o.firstName === person.firstName;
      if (who === 'ADVISER')
        expect(person.adviser?.id, 'an adviser is alerted about its own people').toBe(w.userId.ADVISER);
      if ((who === 'CONSULTANT' || who === 'COMPANY') && !person.consentToShare) {
        expect(named, 'no name without consent').toBe(false);
        expect(String(o.name), 'no name without consent').not.toContain(person.firstName);
      }
      // Outside the caseload a person is named by first name, initial and age: never the surname.
      if (who === 'CONSULTANT' || who === 'COMPANY') expect(String(o.name)).not.toContain(person.lastName);
      return;
    }
    case 'AlertCompany':
      expect((await twin('query($id: ID!) { company(id: $id) { id } }')).ok, `company(id) allows ${who}`).toBe(true);
      return;
  }
}

/** The fields of the schema that lead from an object to a company or a person. */
function nestedFieldsOf(sdl: string): string[] {
  const schema = buildSchema(sdl);
  const holders = new Set([
    'Company',
    'Task',
    'IguSlot',
    'Candidate',
    'Placement',
    'Proposal',
    'FollowUp',
    'SharedCandidateProfile',
    'AlertCandidate',
    'AlertCompany',
  ]);
  // A company's own people and internal notes count too.
  const extra = ['Company.consultant', 'Company.contacts', 'Company.contactLog'];
  const out: string[] = [...extra];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (['Query', 'Mutation'].includes(type.name) || /(Connection|Edge)$/.test(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (holders.has(getNamedType(field.type).name)) out.push(`${type.name}.${field.name}`);
    }
  }
  return [...new Set(out)].sort();
}

interface NestedCase {
  name: string;
  key: string;
  spec: NestedSpec;
  reach: NestedReach;
  who: RoleKey;
}

const NESTED_CASES: NestedCase[] = Object.entries(NESTED).flatMap(([key, spec]) =>
  spec.reaches.flatMap((reach) =>
    (reach.roles ?? ROLES).map((who) => ({ name: `${who} × ${key} × ${reach.label}`, key, spec, reach, who })),
  ),
);

// ---------------------------------------------------------------------------
// Cases

interface Case {
  name: string;
  op: string;
  spec: OpSpec;
  target: Target;
  who: Who;
  outcome: Outcome;
  /** Refused by the resolver's role gate, before any object is looked at. */
  gated: boolean;
}

function outcomeOf(spec: OpSpec, target: Target, who: Who): { outcome: Outcome; gated: boolean } {
  if (who === 'anonymous') {
    if (spec.gate === 'public') return { outcome: target.expect.anonymous ?? ok, gated: false };
    return { outcome: UNAUTH, gated: true };
  }
  if (Array.isArray(spec.gate) && !spec.gate.includes(who)) return { outcome: F, gated: true };
  const outcome = target.expect[who];
  if (!outcome) throw new Error(`The matrix has no outcome for ${who} × ${target.label}`);
  return { outcome, gated: false };
}

const CASES: Case[] = Object.entries(MATRIX)
  // Queries first: the lists they check see the world before mutation cases add disposable rows.
  .sort(([, a], [, b]) => (a.kind === b.kind ? 0 : a.kind === 'query' ? -1 : 1))
  .flatMap(([op, spec]) =>
    spec.targets.flatMap((target) =>
      WHO.map((who) => {
        const { outcome, gated } = outcomeOf(spec, target, who);
        const arrow = outcome === 'ok' ? 'allowed' : outcome === ROW_F ? 'allowed, row FORBIDDEN' : outcome;
        return { name: `${who} × ${op} × ${target.label} → ${arrow}`, op, spec, target, who, outcome, gated };
      }),
    ),
  );

const SCHEMA_FILE = path.resolve(process.cwd(), 'schema/schema.graphql');

/** The Query and Mutation fields of a schema. */
function operationsOf(sdl: string): string[] {
  const schema = buildSchema(sdl);
  return [schema.getQueryType(), schema.getMutationType()].flatMap((t) => (t ? Object.keys(t.getFields()) : []));
}

describe('authorisation matrix', () => {
  let t: DemoApp;
  let w: World;
  let liveOps: Set<string>;

  beforeAll(async () => {
    t = await createDemoApp();
    w = await buildWorld(t);
    const r = await t
      .client()
      .ok<{ __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } } }>(
        '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
      );
    liveOps = new Set([...r.__schema.queryType.fields, ...r.__schema.mutationType.fields].map((f) => f.name));
  }, 120_000);
  afterAll(() => t?.close());

  it('covers every query and mutation of schema/schema.graphql', () => {
    const ops = operationsOf(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(ops.length).toBeGreaterThan(40);
    const missing = ops.filter((op) => !(op in MATRIX));
    expect(missing, 'operations in schema/schema.graphql without authorisation cases').toEqual([]);
  });

  it('covers every query and mutation the running server offers', () => {
    const missing = [...liveOps].filter((op) => !(op in MATRIX));
    expect(missing, 'operations of the running schema without authorisation cases').toEqual([]);
    const fileOps = new Set(operationsOf(readFileSync(SCHEMA_FILE, 'utf8')));
    const stale = Object.keys(MATRIX).filter((op) => !liveOps.has(op) && !fileOps.has(op));
    expect(stale, 'matrix entries for operations that no longer exist').toEqual([]);
  });

  // One test per case, named in full (it.each would shorten the names): "COMPANY × updateTask × other company … → FORBIDDEN".
  for (const c of CASES) {
    it(c.name, async () => {
      if (!liveOps.has(c.op)) {
        // An operation of the matrix the server does not offer (yet): the coverage tests above report it.
        expect(liveOps.has(c.op)).toBe(false);
        return;
      }
      const prepared = (await c.target.prepare?.(w, c.who)) ?? {};
      const client = prepared.client ?? w.clients[c.who];
      const vars = prepared.vars ?? {};
      const actorId = c.who === 'anonymous' ? null : w.userId[c.who];
      const before = prepared.snapshot ? await prepared.snapshot() : undefined;
      const mark = await auditMark(w);

      const res: GqlResult<any> = await client.request(c.target.doc ?? c.spec.doc, vars);

      if (c.outcome === 'ok') {
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        await c.target.check?.(res.data, { who: c.who, w, vars, client });
        if (prepared.snapshot) {
          const after = await prepared.snapshot();
          if (c.spec.kind === 'mutation') expect(after, 'an allowed mutation changed its object').not.toEqual(before);
          else expect(after, 'a query changed nothing').toEqual(before);
        }
      } else if (c.outcome === ROW_F) {
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        expect(JSON.stringify(res.data), 'the row is refused as FORBIDDEN').toContain('"code":"FORBIDDEN"');
        expect(prepared.snapshot, 'a refused row must be re-read').toBeDefined();
        expect(await prepared.snapshot!(), 'a refused row saved nothing').toEqual(before);
      } else {
        expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res)).toBe(c.outcome);
        if (!c.target.fieldError) expect(res.data?.[c.op] ?? null, 'no data alongside the error').toBeNull();
        if (c.spec.kind === 'mutation' && c.outcome === F && !c.target.label.startsWith('missing')) {
          expect(prepared.snapshot, 'a refused mutation case must re-read its object').toBeDefined();
        }
        if (prepared.snapshot) expect(await prepared.snapshot(), 'a refused request changed nothing').toEqual(before);
      }

      // Reads of a person are audit-logged, allowed and denied; changes when they happen.
      if (c.spec.audit && prepared.subject && actorId && !c.gated) {
        const rows = await auditRowsSince(w, mark, prepared.subject, actorId);
        if (c.outcome === 'ok') {
          expect(rows.filter((r) => r.allowed).length, 'an audit row of the allowed request').toBeGreaterThan(0);
        } else if (c.outcome === F && c.spec.audit === 'reads') {
          expect(rows.filter((r) => !r.allowed).length, 'an audit row of the denied request').toBeGreaterThan(0);
          expect(
            rows.filter((r) => r.allowed),
            'no "allowed" row for a denied request',
          ).toEqual([]);
        } else {
          expect(
            rows.filter((r) => r.action !== 'READ' && r.allowed),
            'a refused change is not logged as a change',
          ).toEqual([]);
          if (c.target.auditsRefusal && c.outcome === F) {
            expect(
              rows.filter((r) => !r.allowed).length,
              'the refused attempt is on record (issue 13 item 8)',
            ).toBeGreaterThan(0);
          }
        }
      }
      if (c.spec.listed && c.outcome === 'ok' && actorId) {
        const listed = [...new Set(c.spec.listed(res.data, w))];
        for (const subject of listed) {
          const rows = await auditRowsSince(w, mark, subject, actorId);
          expect(
            rows.filter((r) => r.action === 'READ' && r.allowed).length,
            `audit row for listed person ${subject}`,
          ).toBeGreaterThan(0);
        }
      }
    });
  }

  it('covers every nested field that leads to a company or a person', () => {
    const fields = nestedFieldsOf(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(fields.length).toBeGreaterThan(20);
    const missing = fields.filter((f) => !(f in NESTED));
    expect(missing, 'nested fields leading to a company or a person without authorisation cases').toEqual([]);
    const stale = Object.keys(NESTED).filter((f) => !fields.includes(f));
    expect(stale, 'nested cases for fields that no longer exist').toEqual([]);
  });

  // How many objects each nested field yielded, over all roles (the admin's first 100 alerts, most urgent
  // first, can all be about people once the mutation cases have added many: the company's are not).
  const foundAt = new Map<string, number>();
  for (const c of NESTED_CASES) {
    // Each object found is checked against its own query: more requests than a top-level case.
    it(`nested: ${c.name}`, { timeout: 120_000 }, async () => {
      const x = await nestedExtras(w);
      const res = await w.clients[c.who].request(c.reach.doc, c.reach.vars?.(w, x) ?? {});
      if (c.spec.kind === 'ContactLog') {
        // The contact log is internal: FORBIDDEN for company users, empty where company(id) refuses.
        if (c.who === 'COMPANY') return expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const company = res.data?.company ?? res.data?.proposal?.company;
        if (!company) return; // the parent itself was refused
        const top = await allows(w.clients[c.who], 'query($id: ID!) { company(id: $id) { id } }', {
          id: (c.reach.vars?.(w, x).id as string) === x.consultantsProposalAtB ? w.companyB : c.reach.vars?.(w, x).id,
        });
        if (!top.ok) expect(company.contactLog).toEqual([]);
        return;
      }
      // A refused parent (its own top-level case covers it) leaves nothing to check here.
      if (res.errors?.length) {
        expect(res.errors[0]?.extensions?.code, JSON.stringify(res.errors)).toMatch(/FORBIDDEN|NOT_FOUND/);
        return;
      }
      const objects = c.reach.found(res.data);
      foundAt.set(c.key, (foundAt.get(c.key) ?? 0) + objects.length);
      for (const o of objects) await checkFound(c.spec.kind, o, c.who, w);
    });
  }

  it('nested: some role finds something at every nested field (no case checks nothing)', () => {
    const empty = Object.entries(NESTED)
      .filter(([key, spec]) => spec.kind !== 'ContactLog' && !spec.mayBeEmpty && !foundAt.get(key))
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('the audit trail of the own person names every role that read or tried to read it', async () => {
    const rows = await w.em().find(AuditEntry, { subjectId: w.cand.own, action: 'READ' });
    const roles = (allowed: boolean) => new Set(rows.filter((r) => r.allowed === allowed).map((r) => r.actorRole));
    expect(roles(true)).toEqual(new Set(['ADMIN', 'CONSULTANT', 'ADVISER', 'COMPANY']));
    // The company user's direct read of the person was refused and logged as refused.
    expect(roles(false)).toContain('COMPANY');
    expect(rows.some((r) => r.actorRole === 'COMPANY' && r.operation === 'candidate' && !r.allowed)).toBe(true);
  });
});
