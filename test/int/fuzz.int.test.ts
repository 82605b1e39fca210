// Bad input never hurts: every mutation (and every query with arguments) gets generated and
// hostile values, derived from schema/schema.graphql, over real HTTP as a logged-in user.
// For every response: no 5xx, no INTERNAL_SERVER_ERROR, only the contract's error codes
// (BAD_USER_INPUT names its field), nothing written by a rejected mutation, and no data of
// another company or another adviser's caseload.
// FUZZ_STATS=1 prints, per operation, how many runs were accepted or refused and with which codes;
// FUZZ_MESSAGES=op1,op2 prints every response of those operations; FUZZ_SCALE=4 runs every property 4× as often.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildSchema, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, type User } from '../../server/src/features/auth/user.entity.js';
import type { Candidate } from '../../server/src/features/candidates/candidate.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { Mentor } from '../../server/src/features/mentors/mentor.entity.js';
import { TaskStatus } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { enqueueIndex } from '../../server/src/search/outbox.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import {
  buildPlacement,
  candidatesMakeCandidate,
  candidatesMakeUser,
  companiesCreateCompany,
  iguSlotsCreateIguSlot,
  tasksCreateTask,
} from '../setup/factories.js';
import { type GqlClient } from '../setup/test-app.js';
import {
  CURRENT_VERSION,
  documentFor,
  type FieldHints,
  FRESH_CVR,
  FRESH_EMAIL,
  freshCvr,
  freshEmail,
  hostileString,
  operationArgsArb,
  toJsonBody,
} from './fuzz.arbitraries.js';

const SCHEMA: GraphQLSchema = buildSchema(fs.readFileSync(path.resolve('schema/schema.graphql'), 'utf8'));
const MUTATIONS = SCHEMA.getMutationType()!.getFields();
const QUERIES = SCHEMA.getQueryType()!.getFields();

/** Runs per property: enough to hit every kind of value, small enough for ~2 minutes in all. */
const SCALE = Number(process.env.FUZZ_SCALE ?? 1) || 1;
const MUTATION_RUNS = 20;
const QUERY_RUNS = 12;

/** The contract's error codes: anything else (or no code) is a bug. */
const ALLOWED_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_REQUESTS',
  'SEARCH_UNAVAILABLE',
]);

type RoleName = 'ADMIN' | 'CONSULTANT' | 'ADVISER' | 'COMPANY';
/** Fields a role may not read at all (FORBIDDEN by design): left out of its documents so results stay visible. */
const SKIP: Record<RoleName, ReadonlySet<string>> = {
  ADMIN: new Set(),
  CONSULTANT: new Set(),
  ADVISER: new Set(),
  COMPANY: new Set(['Company.contactLog']),
};
const TODAY = new Date().toISOString().slice(0, 10);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

// Markers that must never reach the wrong eyes: easy to spot in any response.
const M = {
  otherCompanyName: 'Qzrival Markerfirma ApS',
  otherTaskTitle: 'Qzrival hemmelig opgave',
  otherSlotTitle: 'Qzrival hemmelig IGU',
  ownLastName: 'Qzlastown',
  sacLastName: 'Qzlastsac',
  otherLastName: 'Qzlastother',
  noConsentFirstName: 'Qzhidden',
  noConsentLastName: 'Qzlasthidden',
  ownAccommodation: 'Qzaccown: ingen tunge løft',
  sacAccommodation: 'Qzaccsac: korte vagter',
  otherAccommodation: 'Qzaccother: kørestol',
  noConsentAccommodation: 'Qzacchidden: angst',
};

interface World {
  users: Record<RoleName, User>;
  otherAdviser: User;
  throwawayUsers: User[];
  demoCompany: Company;
  otherCompany: Company;
  taskA: string;
  taskPlace: string;
  taskClose: string;
  draftTasks: string[];
  otherTask: string;
  slotA: string;
  slotClose: string;
  otherSlot: string;
  /** A mentor at the demo company, and one at the other company (nobody here may touch it). */
  mentorA: string;
  otherMentor: string;
  ownCand: Candidate;
  sacCand: Candidate;
  eraseCands: string[];
  otherCand: Candidate;
  noConsentCand: Candidate;
  placementA: string;
  placementEnd: string;
  otherPlacement: string;
  propRespond: string;
  propWithdraw: string;
  otherProposal: string;
  competenceIds: string[];
}

interface OpSpec {
  /** Roles to send the operation as (one is drawn per run). */
  roles: RoleName[];
  /** A valid set of arguments; runs replace a few values in it with hostile ones. */
  baseline?: (w: World) => Record<string, unknown>;
  /** Id pools by argument or field name, overriding the defaults. */
  pools?: (w: World) => Record<string, string[]>;
  /** The table whose row `id` (or `placementId`, …) names, for CURRENT_VERSION. */
  versionOf?: { table: string; idArg: string };
  runs?: number;
  /** Counterexamples found earlier (each was a server bug): always run first, as regressions. */
  examples?: (w: World) => [Record<string, unknown>, RoleName][];
}

/** Every mutation of the schema. A new mutation without an entry here fails the coverage test. */
const MUTATION_SPECS: Record<string, OpSpec> = {
  applyRetention: { roles: ['ADMIN', 'ADVISER', 'COMPANY'], runs: 6 },
  snoozeAlert: {
    roles: ['COMPANY', 'ADVISER'],
    baseline: (w) => ({ id: `FOLLOW_UP_OVERDUE:${w.placementA}:${TODAY}`, until: day(7), asOf: TODAY }),
  },
  handleAlert: {
    roles: ['COMPANY', 'ADVISER'],
    baseline: (w) => ({ id: `FOLLOW_UP_OVERDUE:${w.placementA}:${TODAY}`, note: 'Ringet op', asOf: TODAY }),
  },
  closeIguSlot: {
    roles: ['COMPANY', 'CONSULTANT'],
    baseline: (w) => ({ id: w.slotClose, reason: 'Stillingen er besat' }),
    pools: (w) => ({ id: [w.slotClose, w.slotA, w.otherSlot] }),
  },
  closeTask: {
    roles: ['COMPANY', 'CONSULTANT'],
    baseline: (w) => ({ id: w.taskClose, reason: 'Løst internt' }),
    pools: (w) => ({ id: [w.taskClose, w.otherTask, ...w.draftTasks] }),
  },
  commitImport: {
    roles: ['CONSULTANT', 'ADVISER'],
    baseline: () => ({
      kind: 'COMPANIES',
      csv: `cvr;navn;branche;sektor;postnr;mentorer\n${FRESH_CVR};Import Firma ApS;52;privat;5000;2\n${FRESH_CVR};Andet Firma ApS;56;offentlig;8000;0`,
    }),
  },
  createCandidate: {
    roles: ['ADVISER', 'ADMIN'],
    baseline: () => ({
      input: {
        firstName: 'Fuzz',
        lastName: 'Testesen',
        birthDate: '1990-04-02',
        postcode: '5000',
        targetGroup: 'INTEGRATION_PROGRAMME',
        readiness: 'JOB_READY',
        residenceCategory: 'REFUGEE',
        arrivalDate: '2022-03-01',
        danishLevel: 'A2',
        danishModule: 'DU2 modul 4',
        languages: ['ar', 'en'],
        availableWeeklyHours: 20,
        goalWeeklyHours: 37,
        currentOrdinaryHours: 0,
        industriesWished: ['52', '56'],
        hasDrivingLicence: false,
        maxCommuteKm: 25,
        education: 'Lagerarbejde i 3 år',
        summary: 'Mødestabil',
        consentToShare: true,
        accommodationNeeds: 'Ingen',
        enrolledOn: '2026-09-01',
        foreignEducations: [{ title: 'Mekaniker', years: 3, recognitionStatus: 'PENDING' }],
        weeklyActivities: [{ kind: 'DANISH_CLASS', label: 'Danskuddannelse', weeklyHours: 6 }],
      },
    }),
    pools: (w) => ({ adviserId: [w.users.ADVISER.id, w.otherAdviser.id, w.users.CONSULTANT.id] }),
  },
  createCompany: {
    roles: ['CONSULTANT', 'ADMIN'],
    baseline: (w) => ({
      input: {
        cvr: FRESH_CVR,
        name: 'Fuzz Firma ApS',
        industryCode: '52',
        tier: 'PARTNER',
        sector: 'PRIVATE',
        postcode: '5000',
        consultantId: w.users.CONSULTANT.id,
        contactCadenceDays: 30,
        mentorCount: 2,
        mentorLanguages: ['da', 'ar'],
        contacts: [{ name: 'Lone Lager', email: 'lone@firma.dk', phone: '12345678', title: 'Lagerchef' }],
      },
    }),
  },
  createIguSlot: {
    roles: ['COMPANY', 'CONSULTANT'],
    baseline: (w) => ({
      input: {
        companyId: w.demoCompany.id,
        title: 'IGU lagerelev',
        description: 'To års IGU på lageret',
        industryCode: '52',
        startDate: day(30),
        weeklyHours: 30,
        hourlyWage: 130,
        openings: 2,
        postcode: '5220',
      },
    }),
  },
  createUser: {
    roles: ['ADMIN', 'CONSULTANT'],
    baseline: () => ({
      input: {
        email: FRESH_EMAIL,
        name: 'Fuzz Bruger',
        role: 'CONSULTANT',
        industryCodes: ['52', '56'],
        password: 'et-langt-kodeord-123',
      },
    }),
  },
  endPlacement: {
    roles: ['ADVISER', 'CONSULTANT'],
    baseline: (w) => ({ placementId: w.placementEnd, outcome: 'COMPLETED', note: 'Forløbet er slut', endDate: TODAY }),
    pools: (w) => ({ placementId: [w.placementEnd, w.otherPlacement] }),
    // A consultant's success answered INTERNAL_SERVER_ERROR on company.industry (after the write).
    examples: (w) => [[MUTATION_SPECS.endPlacement!.baseline!(w), 'CONSULTANT']],
  },
  eraseCandidate: {
    roles: ['ADVISER'],
    baseline: (w) => ({ candidateId: w.eraseCands[0], reason: 'Borgerens anmodning' }),
    pools: (w) => ({ candidateId: [...w.eraseCands, w.otherCand.id, w.noConsentCand.id] }),
    // A 35-character id reached PostgreSQL as a uuid.
    examples: (w) => [[{ candidateId: w.eraseCands[0]!.slice(0, 35), reason: 'Borgerens anmodning' }, 'ADVISER']],
  },
  login: { roles: [], runs: 20 },
  // Danish, the language the other runs read; the runs try other strings, which are refused.
  setMyLanguage: {
    roles: ['ADMIN', 'CONSULTANT', 'ADVISER', 'COMPANY'],
    baseline: () => ({ language: 'da' }),
    runs: 12,
  },
  logout: { roles: [], runs: 12 },
  postTask: {
    roles: ['COMPANY', 'CONSULTANT'],
    baseline: (w) => ({
      input: {
        companyId: w.demoCompany.id,
        title: 'Fuzz opgave på lageret',
        description: 'Plukke og pakke ordrer',
        industryCode: '52',
        danishLevel: 'A2',
        weeklyHours: 20,
        learningGoals: 'Lære at bruge håndscanner',
        ordinaryHoursInSight: true,
        expectedOrdinaryHours: 10,
        openings: 1,
        postcode: '5220',
        requiredCompetences: [{ competenceId: w.competenceIds[0], minLevel: 2 }],
        niceToHaveCompetences: [w.competenceIds[1]],
        requiresDrivingLicence: false,
        schedule: ['DAY', 'EVENING'],
        status: 'OPEN',
      },
    }),
  },
  proposeCandidate: {
    roles: ['ADVISER', 'CONSULTANT'],
    baseline: (w) => ({ candidateId: w.sacCand.id, taskId: w.taskA, note: 'God match til lageret' }),
  },
  publishTask: {
    roles: ['COMPANY', 'CONSULTANT'],
    baseline: (w) => ({ id: w.draftTasks[0] }),
    // A null for ID! was a 500 (the cost check read the variables first).
    examples: () => [[{ id: null }, 'COMPANY']],
    pools: (w) => ({ id: [...w.draftTasks, w.otherTask] }),
  },
  approvePlacementAgreement: {
    roles: ['COMPANY', 'ADVISER'],
    baseline: (w) => ({ placementId: w.placementA, agreementVersion: 1 }),
    pools: (w) => ({ placementId: [w.placementA, w.placementEnd, w.otherPlacement] }),
  },
  withdrawPlacementAgreement: {
    roles: ['COMPANY', 'ADVISER'],
    baseline: (w) => ({ placementId: w.placementA, agreementVersion: 1, reason: 'Personen er syg' }),
    pools: (w) => ({ placementId: [w.placementA, w.placementEnd, w.otherPlacement] }),
  },
  refusePlacementAgreement: {
    roles: ['COMPANY', 'ADVISER'],
    baseline: (w) => ({ placementId: w.placementA, agreementVersion: 1, reason: 'Ingen mentor ledig' }),
    pools: (w) => ({ placementId: [w.placementA, w.placementEnd, w.otherPlacement] }),
  },
  proposePlacementAgreementChange: {
    roles: ['COMPANY'],
    baseline: (w) => ({
      placementId: w.placementA,
      agreementVersion: 1,
      input: {
        learningGoals: 'Pluk og pak efter ordre',
        hoursPlan: [{ fromWeek: 1, weeklyHours: 20, ordinaryHours: 2 }],
      },
    }),
    pools: (w) => ({ placementId: [w.placementA, w.placementEnd, w.otherPlacement] }),
  },
  recordCompanyContact: {
    roles: ['CONSULTANT', 'COMPANY'],
    baseline: (w) => ({ companyId: w.demoCompany.id, note: 'Besøg: to nye opgaver på vej' }),
  },
  recordFollowUp: {
    roles: ['COMPANY', 'ADVISER'],
    baseline: (w) => ({
      placementId: w.placementA,
      input: {
        date: day(-2),
        attendedHours: 20,
        ordinaryHours: 5,
        absenceDays: 1,
        progress: 4,
        note: 'Går godt',
        nextFollowUpDate: day(14),
        confirmedCompetences: [w.competenceIds[0]],
      },
    }),
    // An empty competence id slipped past the uuid check (falsy) into PostgreSQL.
    examples: (w) => {
      const base = MUTATION_SPECS.recordFollowUp!.baseline!(w);
      return [[{ ...base, input: { ...(base.input as object), confirmedCompetences: [''] } }, 'COMPANY']];
    },
  },
  respondToProposal: {
    roles: ['COMPANY'],
    baseline: (w) => ({ proposalId: w.propRespond, accept: false, reason: 'Ikke lige nu' }),
  },
  setCandidateCompetences: {
    roles: ['ADVISER'],
    baseline: (w) => ({
      candidateId: w.sacCand.id,
      competences: [
        { competenceId: w.competenceIds[0], level: 2, evidence: 'SELF_REPORTED' },
        { competenceId: w.competenceIds[1], level: 4 },
      ],
    }),
    pools: (w) => ({ candidateId: [w.sacCand.id, w.otherCand.id, w.noConsentCand.id] }),
    // A list item without its required level: BAD_USER_INPUT without a field.
    examples: (w) => [
      [
        {
          candidateId: w.sacCand.id,
          competences: [{ competenceId: w.competenceIds[0], level: 2 }, { competenceId: w.competenceIds[1] }],
        },
        'ADVISER',
      ],
    ],
  },
  correctLadderStep: {
    roles: ['ADVISER', 'ADMIN'],
    baseline: (w) => ({
      candidateId: w.sacCand.id,
      input: { version: CURRENT_VERSION, step: 'INTERNSHIP', reason: 'Har haft praktik i en anden kommune' },
    }),
    pools: (w) => ({ candidateId: [w.sacCand.id, w.otherCand.id, w.noConsentCand.id] }),
    versionOf: { table: 'candidate', idArg: 'candidateId' },
  },
  setCandidateConsent: {
    roles: ['ADVISER'],
    baseline: (w) => ({ candidateId: w.sacCand.id, consent: true }),
    pools: (w) => ({ candidateId: [w.sacCand.id, w.otherCand.id, w.noConsentCand.id] }),
  },
  startPlacement: {
    roles: ['ADVISER', 'CONSULTANT'],
    baseline: (w) => ({
      input: {
        candidateId: w.sacCand.id,
        companyId: w.demoCompany.id,
        taskId: w.taskPlace,
        type: 'INTERNSHIP',
        startDate: day(7),
        plannedEndDate: day(70),
        hoursPlan: [
          { fromWeek: 1, weeklyHours: 15, ordinaryHours: 0 },
          { fromWeek: 4, weeklyHours: 25, ordinaryHours: 5 },
        ],
        mentorName: 'Hans Hansen',
        learningGoals: 'Lære lagerets scanner-system',
      },
    }),
    pools: (w) => ({ candidateId: [w.sacCand.id, w.otherCand.id, w.noConsentCand.id] }),
  },
  updateCandidate: {
    roles: ['ADVISER'],
    baseline: (w) => ({
      id: w.sacCand.id,
      input: {
        version: CURRENT_VERSION,
        firstName: 'Sara',
        birthDate: '1991-01-01',
        arrivalDate: '2022-01-01',
        enrolledOn: '2026-08-01',
        availableWeeklyHours: 25,
        goalWeeklyHours: 37,
        currentOrdinaryHours: 5,
        languages: ['ar', 'en'],
        industriesWished: ['52'],
        maxCommuteKm: 40,
        readiness: 'JOB_READY',
        status: 'ACTIVE',
        weeklyActivities: [{ kind: 'DANISH_CLASS', label: 'Dansk', weeklyHours: 6 }],
        foreignEducations: [{ title: 'Sygeplejerske', years: 4, recognitionStatus: 'NOT_APPLIED' }],
      },
    }),
    pools: (w) => ({ id: [w.sacCand.id, w.otherCand.id, w.noConsentCand.id] }),
    versionOf: { table: 'candidate', idArg: 'id' },
  },
  updateCompany: {
    roles: ['COMPANY', 'CONSULTANT'],
    baseline: (w) => ({
      id: w.demoCompany.id,
      input: {
        version: CURRENT_VERSION,
        name: 'Fynsk Lager & Logistik A/S',
        postcode: '5220',
        mentorCount: 3,
        mentorLanguages: ['da', 'ar', 'en'],
        contactCadenceDays: 21,
        contacts: [{ name: 'Lone Lager', email: 'lone@fynsk.dk', phone: '+45 12 34 56 78', title: 'Chef' }],
      },
    }),
    versionOf: { table: 'company', idArg: 'id' },
    // A new name re-indexes the openings; their id-only rows came back as iguSlots { version: null }.
    examples: (w) => {
      const base = MUTATION_SPECS.updateCompany!.baseline!(w);
      return [
        [{ ...base, input: { ...(base.input as object), name: "Robert'); DROP TABLE company;--" } }, 'CONSULTANT'],
      ];
    },
  },
  updateIguSlot: {
    roles: ['COMPANY', 'CONSULTANT'],
    baseline: (w) => ({
      id: w.slotA,
      input: {
        version: CURRENT_VERSION,
        title: 'IGU lagerelev',
        description: 'Opdateret beskrivelse',
        hourlyWage: 131,
        openings: 1,
        startDate: day(45),
        weeklyHours: 32,
      },
    }),
    versionOf: { table: 'igu_slot', idArg: 'id' },
  },
  updatePlacement: {
    roles: ['ADVISER', 'CONSULTANT'],
    baseline: (w) => ({
      id: w.placementA,
      input: {
        version: CURRENT_VERSION,
        // Within the extended maximum of an internship that started 3 weeks ago (13 weeks).
        plannedEndDate: day(60),
        hoursPlan: [
          { fromWeek: 1, weeklyHours: 20, ordinaryHours: 0 },
          { fromWeek: 6, weeklyHours: 30, ordinaryHours: 10 },
        ],
        mentorName: 'Mette Mentor',
        learningGoals: 'Lære truckkørsel',
      },
    }),
    versionOf: { table: 'placement', idArg: 'id' },
    // A consultant's success answered INTERNAL_SERVER_ERROR on company.industry (after the write).
    examples: (w) => [[MUTATION_SPECS.updatePlacement!.baseline!(w), 'CONSULTANT']],
  },
  updateTask: {
    roles: ['COMPANY', 'CONSULTANT'],
    baseline: (w) => ({
      id: w.taskA,
      input: {
        version: CURRENT_VERSION,
        title: 'Pakning af ordrer',
        description: 'Plukke og pakke ordrer på lageret',
        weeklyHours: 25,
        openings: 2,
        danishLevel: 'A2',
        requiredCompetences: [{ competenceId: w.competenceIds[0], minLevel: 1 }],
        niceToHaveCompetences: [w.competenceIds[2]],
        schedule: ['DAY'],
        ordinaryHoursInSight: true,
        expectedOrdinaryHours: 10,
      },
    }),
    versionOf: { table: 'unsolved_task', idArg: 'id' },
  },
  resetUserPassword: {
    roles: ['ADMIN', 'CONSULTANT'],
    baseline: (w) => ({ id: w.throwawayUsers[1]!.id }),
    // Never the logged-in demo users: a reset ends the sessions this file uses.
    pools: (w) => ({ id: w.throwawayUsers.map((u) => u.id) }),
    runs: 15,
  },
  createCompetence: {
    roles: ['ADMIN', 'CONSULTANT'],
    baseline: () => ({
      input: {
        name: 'Fuzzkompetence',
        nameEn: 'Fuzz competence',
        domain: 'warehouse',
        synonyms: ['fuzzord', 'fuzz word'],
      },
    }),
    runs: 20,
  },
  updateUser: {
    roles: ['ADMIN'],
    baseline: (w) => ({
      id: w.throwawayUsers[0]!.id,
      input: { name: 'Nyt navn', active: true, role: 'CONSULTANT', industryCodes: ['56', '81'] },
    }),
    // Never the logged-in demo users: a role change would end the sessions this file uses.
    pools: (w) => ({
      id: w.throwawayUsers.map((u) => u.id),
      companyId: [w.demoCompany.id, w.otherCompany.id],
    }),
    // Ids that are no uuid reached PostgreSQL (INTERNAL_SERVER_ERROR).
    examples: (w) => [
      [{ id: 12345, input: {} }, 'ADMIN'],
      [{ id: w.throwawayUsers[2]!.id, input: { role: 'COMPANY', companyId: 'no-such-company' } }, 'ADMIN'],
    ],
  },
  createMentor: {
    roles: ['COMPANY', 'CONSULTANT', 'ADVISER'],
    baseline: (w) => ({
      input: {
        companyId: w.demoCompany.id,
        name: 'Hiwet Mentor',
        languages: ['dansk', 'tigrinya'],
        trainedOn: '2025-03-14',
        maxInterns: 2,
      },
    }),
    pools: (w) => ({ companyId: [w.demoCompany.id, w.otherCompany.id] }),
  },
  updateMentor: {
    roles: ['COMPANY', 'CONSULTANT', 'ADVISER'],
    baseline: (w) => ({
      id: w.mentorA,
      input: { version: CURRENT_VERSION, name: 'Jens Mentor', languages: ['dansk', 'arabisk'], maxInterns: 3 },
    }),
    pools: (w) => ({ id: [w.mentorA, w.otherMentor] }),
    versionOf: { table: 'mentor', idArg: 'id' },
  },
  withdrawProposal: {
    roles: ['ADVISER', 'CONSULTANT'],
    baseline: (w) => ({ proposalId: w.propWithdraw, reason: 'Borgeren er flyttet' }),
  },
  shortlistCandidate: {
    roles: ['CONSULTANT', 'ADVISER', 'COMPANY'],
    baseline: (w) => ({ candidateId: w.ownCand.id, taskId: w.taskA, note: 'Til kortlisten' }),
  },
  sendProposal: { roles: ['CONSULTANT', 'ADVISER', 'COMPANY'], baseline: (w) => ({ id: w.propWithdraw }) },
  proposeAssignments: {
    roles: ['CONSULTANT', 'ADMIN', 'COMPANY'],
    baseline: (w) => ({ items: [{ candidateId: w.ownCand.id, taskId: w.taskA }] }),
  },
};

/** Every query that takes arguments (the text and filter ones above all). */
const QUERY_SPECS: Record<string, OpSpec> = {
  searchCandidates: {
    roles: ['ADVISER', 'CONSULTANT', 'COMPANY', 'ADMIN'],
    runs: 30,
    // Half a surrogate pair reached Meilisearch (INTERNAL_SERVER_ERROR); NUL reached PostgreSQL elsewhere.
    examples: () => [
      [{ query: 'lager\uD800' }, 'ADVISER'],
      [{ query: 'x\u0000' }, 'CONSULTANT'],
      [{ filter: { languages: ['ar', '\uDC00'] } }, 'ADVISER'],
    ],
    baseline: (w) => ({
      query: 'lager truck',
      first: 10,
      filter: {
        industriesWished: ['52'],
        readiness: ['JOB_READY'],
        minDanishLevel: 'A1',
        minAvailableHours: 10,
        postcode: '5000',
        withinKm: 50,
        languages: ['ar'],
        competenceIds: [w.competenceIds[0]],
        hasDrivingLicence: true,
        iguEligible: false,
      },
    }),
  },
  companies: {
    roles: ['COMPANY', 'CONSULTANT', 'ADVISER'],
    runs: 25,
    examples: () => [[{ first: Number.MAX_SAFE_INTEGER + 1 }, 'COMPANY']],
    baseline: (w) => ({
      filter: { search: 'Fynsk', industryCode: '52', tier: 'PARTNER', consultantId: w.users.CONSULTANT.id },
      first: 10,
      after: null,
    }),
  },
  tasks: {
    roles: ['COMPANY', 'CONSULTANT', 'ADVISER'],
    runs: 25,
    baseline: (w) => ({
      filter: { status: 'OPEN', industryCode: '52', companyId: w.demoCompany.id, search: 'ordre' },
      first: 10,
    }),
  },
  candidates: {
    roles: ['ADVISER', 'CONSULTANT', 'COMPANY'],
    runs: 25,
    baseline: (w) => ({
      filter: { search: 'Amina', readiness: 'JOB_READY', status: 'ACTIVE', mine: true, adviserId: w.users.ADVISER.id },
      first: 10,
    }),
  },
  competences: {
    roles: ['COMPANY', 'ADVISER'],
    runs: 25,
    baseline: () => ({ search: 'truck' }),
    examples: () => [[{ search: 'a\u0000' }, 'ADVISER']],
  },
  iguSlots: {
    roles: ['COMPANY', 'CONSULTANT', 'ADVISER'],
    baseline: (w) => ({
      filter: { companyId: w.demoCompany.id, industryCode: '52', sector: 'PRIVATE', status: 'OPEN' },
      first: 10,
    }),
  },
  placements: {
    roles: ['COMPANY', 'CONSULTANT', 'ADVISER'],
    baseline: (w) => ({
      filter: {
        candidateId: w.ownCand.id,
        companyId: w.demoCompany.id,
        industryCode: '52',
        status: 'ACTIVE',
        type: 'INTERNSHIP',
      },
      first: 10,
    }),
  },
  proposals: {
    roles: ['COMPANY', 'CONSULTANT', 'ADVISER'],
    baseline: (w) => ({
      filter: { candidateId: w.ownCand.id, companyId: w.demoCompany.id, status: 'PROPOSED', taskId: w.taskA },
      first: 10,
    }),
  },
  dashboard: {
    roles: ['CONSULTANT', 'ADVISER', 'COMPANY'],
    // Year 0000 passed the Date scalar and PostgreSQL refused it.
    examples: () => [[{ filter: { from: '0000-01-01' } }, 'CONSULTANT']],
    baseline: (w) => ({
      filter: { consultantId: w.users.CONSULTANT.id, industryCode: '52', from: '2026-01-01', to: '2026-12-31' },
    }),
  },
  effectReport: {
    roles: ['CONSULTANT', 'ADVISER', 'COMPANY'],
    examples: () => [[{ filter: { from: '0000-01-01' } }, 'CONSULTANT']],
    baseline: () => ({ filter: { industryCode: '52', types: ['INTERNSHIP'], from: '2026-01-01', to: '2026-12-31' } }),
  },
  exportEffectCsv: {
    roles: ['CONSULTANT', 'ADVISER', 'COMPANY'],
    baseline: () => ({ filter: { industryCode: '52', types: ['INTERNSHIP'], from: '2026-01-01', to: '2026-12-31' } }),
  },
  shortlist: {
    roles: ['CONSULTANT', 'ADVISER', 'COMPANY'],
    baseline: (w) => ({ taskId: w.taskA, includeClosed: true }),
  },
  compareCandidateWithOpening: {
    roles: ['CONSULTANT', 'ADVISER', 'COMPANY'],
    baseline: (w) => ({ candidateId: w.ownCand.id, taskId: w.taskA }),
  },
  assignmentPlan: {
    roles: ['CONSULTANT', 'ADMIN', 'COMPANY'],
    baseline: () => ({ input: { industryCodes: ['52'] } }),
  },
  previewImport: {
    roles: ['CONSULTANT', 'ADVISER', 'COMPANY'],
    baseline: () => ({
      kind: 'CANDIDATES',
      csv: 'fornavn;efternavn;fødselsdato;postnr;målgruppe;parathed;opholdsgrundlag;danskniveau;timer;transport km\nAmal;Importsen;1990-01-01;5000;INTEGRATION_PROGRAMME;JOB_READY;REFUGEE;A2;20;30',
    }),
  },
  exportDashboardCsv: {
    roles: ['CONSULTANT', 'ADVISER', 'COMPANY'],
    baseline: (w) => ({
      filter: { consultantId: w.users.CONSULTANT.id, industryCode: '52', from: '2026-01-01', to: '2026-12-31' },
    }),
  },
  exportPlacementsCsv: {
    roles: ['CONSULTANT', 'ADVISER', 'COMPANY'],
    baseline: (w) => ({
      filter: { companyId: w.demoCompany.id, industryCode: '52', status: 'ACTIVE', type: 'INTERNSHIP' },
    }),
  },
  alerts: {
    roles: ['COMPANY', 'CONSULTANT', 'ADVISER'],
    baseline: () => ({ asOf: TODAY, first: 20, includeSnoozed: true }),
  },
  alertHistory: { roles: ['COMPANY', 'CONSULTANT', 'ADVISER'], baseline: () => ({ first: 20 }) },
  users: { roles: ['ADMIN', 'COMPANY'], baseline: () => ({ role: 'ADVISER', first: 10 }) },
  auditEntries: { roles: ['ADMIN', 'ADVISER'], baseline: () => ({ search: 'Qz', first: 10 }) },
  auditLog: { roles: ['ADMIN', 'ADVISER'], baseline: (w) => ({ subjectId: w.ownCand.id, first: 10 }) },
  candidate: { roles: ['ADVISER', 'CONSULTANT', 'COMPANY'], baseline: (w) => ({ id: w.ownCand.id }) },
  company: { roles: ['COMPANY', 'CONSULTANT', 'ADVISER'], baseline: (w) => ({ id: w.demoCompany.id }) },
  mentors: {
    roles: ['COMPANY', 'CONSULTANT', 'ADVISER'],
    baseline: (w) => ({ companyId: w.demoCompany.id }),
    pools: (w) => ({ companyId: [w.demoCompany.id, w.otherCompany.id] }),
  },
  task: { roles: ['COMPANY', 'CONSULTANT', 'ADVISER'], baseline: (w) => ({ id: w.taskA }) },
  iguSlot: { roles: ['COMPANY', 'CONSULTANT', 'ADVISER'], baseline: (w) => ({ id: w.slotA }) },
  placement: { roles: ['COMPANY', 'CONSULTANT', 'ADVISER'], baseline: (w) => ({ id: w.placementA }) },
  proposal: { roles: ['COMPANY', 'CONSULTANT', 'ADVISER'], baseline: (w) => ({ id: w.propRespond }) },
  hoursProgress: { roles: ['COMPANY', 'ADVISER'], baseline: (w) => ({ candidateId: w.ownCand.id }) },
  exportPersonData: { roles: ['ADVISER', 'COMPANY'], baseline: (w) => ({ candidateId: w.ownCand.id }) },
  matchCandidatesForTask: { roles: ['CONSULTANT', 'ADVISER'], baseline: (w) => ({ taskId: w.taskA, first: 5 }) },
  matchCandidatesForIguSlot: {
    roles: ['CONSULTANT', 'ADVISER'],
    baseline: (w) => ({ iguSlotId: w.slotA, first: 5 }),
    examples: (w) => [[{ iguSlotId: w.slotA }, 'CONSULTANT']],
  },
  matchOpeningsForCandidate: {
    roles: ['CONSULTANT', 'ADVISER'],
    baseline: (w) => ({ candidateId: w.ownCand.id, first: 5 }),
  },
};

describe('bad input never hurts (property-based)', () => {
  let t: DemoApp;
  let w: World;
  const clients = {} as Record<RoleName, GqlClient>;
  let fingerprintSql = '';
  const stats = new Map<
    string,
    { runs: number; ok: number; rejected: number; codes: Set<string>; nested: Set<string> }
  >();

  beforeAll(async () => {
    t = await createDemoApp();
    const em = t.em();
    const { company: demoCompany } = t;
    const byRole = t.userOf;
    const otherAdviser = await candidatesMakeUser(em, Role.ADVISER, { name: 'Other Adviser' });
    const throwawayUsers = [
      await candidatesMakeUser(em, Role.CONSULTANT),
      await candidatesMakeUser(em, Role.CONSULTANT),
      await candidatesMakeUser(em, Role.ADVISER),
    ];
    // Outside the consultant's portfolio (47 retail) and without a consultant: nobody here may touch it.
    const otherCompany = await companiesCreateCompany(em, { name: M.otherCompanyName, industryCode: '47' });
    const taskA = await tasksCreateTask(em, demoCompany, { title: 'Pakning af ordrer' });
    const taskPlace = await tasksCreateTask(em, demoCompany, { title: 'Varemodtagelse' });
    const taskClose = await tasksCreateTask(em, demoCompany, { title: 'Oprydning' });
    const draftTasks = [
      await tasksCreateTask(em, demoCompany, { title: 'Kladde 1', status: TaskStatus.DRAFT }),
      await tasksCreateTask(em, demoCompany, { title: 'Kladde 2', status: TaskStatus.DRAFT }),
    ];
    const otherTask = await tasksCreateTask(em, otherCompany, { title: M.otherTaskTitle, industryCode: '47' });
    const slotA = await iguSlotsCreateIguSlot(em, demoCompany, { title: 'IGU på lageret', industryCode: '52' });
    const slotClose = await iguSlotsCreateIguSlot(em, demoCompany, { title: 'IGU kantine', industryCode: '52' });
    const otherSlot = await iguSlotsCreateIguSlot(em, otherCompany, { title: M.otherSlotTitle, industryCode: '47' });
    const mentorA = em.create(Mentor, {
      company: demoCompany,
      name: 'Jens Mentor',
      languages: ['dansk'],
      maxInterns: 2,
    });
    const otherMentor = em.create(Mentor, { company: otherCompany, name: 'Ole Mentor', maxInterns: 1 });
    await em.flush();

    const adviser = byRole(Role.ADVISER);
    const cand = (over: Parameters<typeof candidatesMakeCandidate>[1]) => candidatesMakeCandidate(em, over);
    const ownCand = await cand({
      adviser,
      firstName: 'Amina',
      lastName: M.ownLastName,
      accommodationNeeds: M.ownAccommodation,
    });
    const sacCand = await cand({
      adviser,
      firstName: 'Sara',
      lastName: M.sacLastName,
      accommodationNeeds: M.sacAccommodation,
    });
    const eraseCands = [
      (await cand({ adviser, firstName: 'Erik', lastName: 'Slet' })).id,
      (await cand({ adviser, firstName: 'Emil', lastName: 'Slet' })).id,
    ];
    const otherCand = await cand({
      adviser: otherAdviser,
      firstName: 'Omar',
      lastName: M.otherLastName,
      accommodationNeeds: M.otherAccommodation,
    });
    const noConsentCand = await cand({
      adviser: otherAdviser,
      firstName: M.noConsentFirstName,
      lastName: M.noConsentLastName,
      accommodationNeeds: M.noConsentAccommodation,
      consentToShare: false,
    });
    // 5 hours a week: room in the person's week (37) for the proposals below (a 20-hour task, a 30-hour IGU slot).
    const light = { startDate: day(-21), hoursPlan: [{ fromWeek: 1, weeklyHours: 5, ordinaryHours: 0 }] };
    const placementA = await buildPlacement(em, ownCand.id, demoCompany.id, light);
    const placementEnd = await buildPlacement(em, sacCand.id, demoCompany.id, light);
    const otherPlacement = await buildPlacement(em, otherCand.id, otherCompany.id, light);
    await em.transactional(async (tx) => {
      enqueueIndex(tx, 'candidate', ownCand.id, sacCand.id, ...eraseCands, otherCand.id, noConsentCand.id);
      enqueueIndex(tx, 'task', taskA.id, taskPlace.id, taskClose.id, otherTask.id);
      enqueueIndex(tx, 'iguSlot', slotA.id, slotClose.id, otherSlot.id);
    });
    const competenceIds = (await em.find(Competence, {}, { orderBy: { code: 'asc' }, limit: 4 })).map((c) => c.id);

    for (const r of ['ADMIN', 'CONSULTANT', 'ADVISER', 'COMPANY'] as RoleName[]) {
      clients[r] = await t.client().login(byRole(r as Role).email);
    }
    const propose = async (c: GqlClient, candidateId: string, opening: { taskId?: string; iguSlotId?: string }) =>
      (
        await c.ok<{ proposeCandidate: { id: string } }>(
          'mutation($c: ID!, $t: ID, $s: ID) { proposeCandidate(candidateId: $c, taskId: $t, iguSlotId: $s) { id } }',
          { c: candidateId, t: opening.taskId ?? null, s: opening.iguSlotId ?? null },
        )
      ).proposeCandidate.id;
    const propRespond = await propose(clients.ADVISER, ownCand.id, { taskId: taskA.id });
    const propWithdraw = await propose(clients.ADVISER, ownCand.id, { iguSlotId: slotA.id });
    const otherProposal = await propose(clients.ADMIN, otherCand.id, { taskId: otherTask.id });
    await t.runtime.services.outbox.drain(60_000).catch((err: Error) => {
      throw new Error(`${err.message}: ${JSON.stringify(t.runtime.services.outbox.stats)}`);
    });

    w = {
      users: {
        ADMIN: byRole(Role.ADMIN),
        CONSULTANT: byRole(Role.CONSULTANT),
        ADVISER: adviser,
        COMPANY: byRole(Role.COMPANY),
      },
      otherAdviser,
      throwawayUsers,
      demoCompany,
      otherCompany,
      taskA: taskA.id,
      taskPlace: taskPlace.id,
      taskClose: taskClose.id,
      draftTasks: draftTasks.map((d) => d.id),
      otherTask: otherTask.id,
      slotA: slotA.id,
      slotClose: slotClose.id,
      otherSlot: otherSlot.id,
      mentorA: mentorA.id,
      otherMentor: otherMentor.id,
      ownCand,
      sacCand,
      eraseCands,
      otherCand,
      noConsentCand,
      placementA: placementA.id,
      placementEnd: placementEnd.id,
      otherPlacement: otherPlacement.id,
      propRespond,
      propWithdraw,
      otherProposal,
      competenceIds,
    };

    // Every table but the audit log (refused attempts are logged on purpose); sessions and the
    // search outbox by count (the worker and the session touch change their rows in the background).
    const tables = (await em
      .getConnection()
      .execute(
        `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
      )) as { table_name: string }[];
    fingerprintSql = tables
      .map((r) => r.table_name)
      .filter((n) => !['audit_entry', 'mikro_orm_migrations', 'rate_limit'].includes(n))
      .map((n) =>
        ['session', 'search_outbox'].includes(n)
          ? `select '${n}' as t, count(*)::text as h from "${n}"`
          : `select '${n}' as t, count(*) || ':' || coalesce(md5(string_agg(md5(x::text), '' order by md5(x::text))), '') as h from "${n}" x`,
      )
      .join(' union all ');
  }, 120_000);

  afterAll(async () => {
    if (process.env.FUZZ_STATS) {
      console.log(
        `fingerprint avg ${(fpMs / fpN).toFixed(1)} ms (${fpN}), request avg ${(reqMs / reqN).toFixed(1)} ms (${reqN})`,
      );
      for (const [op, s] of stats) {
        console.log(
          `${op.padEnd(28)} runs ${s.runs} ok ${s.ok} rejected ${s.rejected} codes ${[...s.codes].join(',')} nested ${[...s.nested].join(',')}`,
        );
      }
    }
    await t?.close();
  });

  // ------------------------------------------------------------------------------------------
  // Sending and judging one request
  // ------------------------------------------------------------------------------------------

  let fpMs = 0;
  let fpN = 0;
  let reqMs = 0;
  let reqN = 0;
  async function fingerprint(): Promise<Record<string, string>> {
    const t0 = performance.now();
    const rows = (await t.runtime.orm.em.fork().getConnection().execute(fingerprintSql)) as { t: string; h: string }[];
    fpMs += performance.now() - t0;
    fpN += 1;
    return Object.fromEntries(rows.map((r) => [r.t, r.h]));
  }

  /** Ids a field of this name takes in this world (ID fields, and String fields that hold ids). */
  function hintsFor(spec: OpSpec): FieldHints {
    const overrides = spec.pools?.(w) ?? {};
    const companies = [w.demoCompany.id, w.otherCompany.id];
    const defaults: Record<string, string[]> = {
      companyId: companies,
      taskId: [w.taskA, w.taskPlace, w.otherTask],
      iguSlotId: [w.slotA, w.otherSlot],
      candidateId: [w.ownCand.id, w.sacCand.id, w.otherCand.id, w.noConsentCand.id],
      subjectId: [w.ownCand.id, w.otherCand.id],
      placementId: [w.placementA, w.otherPlacement],
      proposalId: [w.propRespond, w.propWithdraw, w.otherProposal],
      competenceId: w.competenceIds,
      competenceIds: w.competenceIds,
      niceToHaveCompetences: w.competenceIds,
      confirmedCompetences: w.competenceIds,
      consultantId: [w.users.CONSULTANT.id, w.users.ADVISER.id, w.users.ADMIN.id],
      adviserId: [w.users.ADVISER.id, w.otherAdviser.id, w.users.CONSULTANT.id],
    };
    return {
      ids: (p) => {
        const name = [...p].reverse().find((s) => !/^\d+$/.test(s)) ?? '';
        if (overrides[name]) return overrides[name]!;
        if (name === 'id' && p.length === 1) return []; // top-level ids come from the op's pool or baseline
        return defaults[name] ?? [];
      },
      strings: (p) => {
        const name = p[p.length - 1];
        // Search texts also try the hidden people's names: a search must not become an oracle.
        if (name === 'search' || name === 'query')
          return fc.constantFrom(M.otherLastName, M.noConsentFirstName, M.noConsentLastName, 'Amina', 'lager');
        return undefined;
      },
    };
  }

  /** Top-level `id` pools by operation, from the baseline's id and its kind's pool. */
  function topLevelIdPool(op: string, spec: OpSpec): string[] {
    const own = spec.pools?.(w)?.id;
    if (own) return own;
    const base = spec.baseline?.(w)?.id;
    const kinds: [RegExp, string[]][] = [
      [/Company|^company$/i, [w.demoCompany.id, w.otherCompany.id]],
      [/Task|^task$/i, [w.taskA, w.otherTask]],
      [/IguSlot|^iguSlot$/i, [w.slotA, w.otherSlot]],
      [/Placement|^placement$/i, [w.placementA, w.otherPlacement]],
      [/Candidate|^candidate$/i, [w.ownCand.id, w.otherCand.id, w.noConsentCand.id]],
      [/roposal/i, [w.propRespond, w.otherProposal]],
    ];
    const pool = kinds.find(([re]) => re.test(op))?.[1] ?? [];
    return [...new Set([...(typeof base === 'string' ? [base] : []), ...pool])];
  }

  async function resolvePlaceholders(vars: Record<string, unknown>, spec: OpSpec): Promise<Record<string, unknown>> {
    let versionCache: number | undefined;
    const version = async () => {
      if (versionCache !== undefined) return versionCache;
      const id = spec.versionOf ? vars[spec.versionOf.idArg] : undefined;
      versionCache = 1;
      if (spec.versionOf && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) {
        const [row] = (await t.runtime.orm.em
          .fork()
          .getConnection()
          .execute(`select version from "${spec.versionOf.table}" where id = ?`, [id])) as { version: number }[];
        versionCache = row?.version ?? 1;
      }
      return versionCache;
    };
    const walk = async (v: unknown): Promise<unknown> => {
      if (v === CURRENT_VERSION) return version();
      if (v === FRESH_EMAIL) return freshEmail();
      if (typeof v === 'string' && v.includes(FRESH_CVR)) return v.replaceAll(FRESH_CVR, () => freshCvr());
      if (Array.isArray(v)) return Promise.all(v.map(walk));
      if (v && typeof v === 'object' && !('__fuzzRaw__' in v)) {
        const out: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v)) out[k] = await walk(x);
        return out;
      }
      return v;
    };
    return (await walk(vars)) as Record<string, unknown>;
  }

  interface Sent {
    status: number;
    text: string;
    json: { data?: Record<string, unknown> | null; errors?: any[] } | null;
    body: string;
  }

  async function send(cookie: string | null, query: string, variables: Record<string, unknown>): Promise<Sent> {
    const body = toJsonBody({ query, variables });
    const t0 = performance.now();
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...(cookie ? { cookie } : {}),
      },
      body,
    });
    const text = await res.text();
    reqMs += performance.now() - t0;
    reqN += 1;
    let json: Sent['json'] = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: res.status, text, json, body };
  }

  /**
   * People the demo company may know by first name and id: those placed with it or proposed to it (runs
   * as a consultant may place or propose the other adviser's consenting person there, which is allowed).
   */
  async function companyVisible(): Promise<Set<string>> {
    const rows = (await t.runtime.orm.em
      .fork()
      .getConnection()
      .execute(
        `select candidate_id as id from placement where company_id = ? union select candidate_id from proposal where company_id = ?`,
        [w.demoCompany.id, w.demoCompany.id],
      )) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  const short = (s: string, n = 600) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);

  /** Markers a role must never see; ids only count when the request did not carry them itself. */
  function leakMarkers(role: RoleName | 'ANONYMOUS'): { texts: string[]; ids: string[] } {
    const accommodation = [M.ownAccommodation, M.sacAccommodation, M.otherAccommodation, M.noConsentAccommodation];
    switch (role) {
      case 'COMPANY':
      case 'ANONYMOUS':
        return {
          texts: [
            M.otherCompanyName,
            M.otherTaskTitle,
            M.otherSlotTitle,
            M.ownLastName,
            M.sacLastName,
            M.otherLastName,
            M.noConsentFirstName,
            M.noConsentLastName,
            ...accommodation,
          ],
          ids: [
            w.otherCompany.id,
            w.otherCompany.cvr,
            w.otherTask,
            w.otherSlot,
            w.otherPlacement,
            w.otherProposal,
            w.otherCand.id,
            w.noConsentCand.id,
          ],
        };
      case 'ADVISER':
        return {
          texts: [
            M.otherAccommodation,
            M.noConsentAccommodation,
            M.otherLastName,
            M.noConsentFirstName,
            M.noConsentLastName,
          ],
          ids: [w.noConsentCand.id],
        };
      case 'CONSULTANT':
        return { texts: [...accommodation, M.noConsentFirstName, M.noConsentLastName], ids: [w.noConsentCand.id] };
      default:
        return { texts: [], ids: [] };
    }
  }

  /** The invariants every response must keep. */
  function judge(
    op: string,
    role: RoleName | 'ANONYMOUS',
    sent: Sent,
    vars: Record<string, unknown>,
    allowedIds: ReadonlySet<string> = new Set(),
  ): boolean {
    const where = `${op} as ${role}: status ${sent.status}, variables ${short(toJsonBody(vars))}\nresponse ${short(sent.text, 1500)}`;
    expect(sent.status, `5xx for ${where}`).toBeLessThan(500);
    const errors = sent.json?.errors ?? [];
    for (const e of errors) {
      const code = e?.extensions?.code;
      expect(ALLOWED_CODES.has(code), `error code ${code} not in the contract: ${where}`).toBe(true);
      if (code === 'BAD_USER_INPUT') {
        expect(typeof e.extensions.field === 'string' && e.extensions.field.length > 0, `no field: ${where}`).toBe(
          true,
        );
        expect(typeof e.message === 'string' && e.message.length > 0, `no message: ${where}`).toBe(true);
      }
    }
    if (sent.status >= 400 && sent.status !== 413) {
      expect(sent.json, `a ${sent.status} without a GraphQL body: ${where}`).not.toBeNull();
      expect(errors.length, `a ${sent.status} without errors: ${where}`).toBeGreaterThan(0);
    }
    // Leaks: marker texts never; other tenants' ids only as an echo of the caller's own request.
    const markers = leakMarkers(role);
    for (const m of markers.texts) {
      expect(sent.text.includes(m) && !sent.body.includes(m), `${role} sees "${m}": ${where}`).toBe(false);
    }
    const dataText = JSON.stringify(sent.json?.data ?? null);
    for (const id of markers.ids.filter((i) => !allowedIds.has(i))) {
      expect(dataText.includes(id), `${role} gets id ${id} in data: ${where}`).toBe(false);
      if (!sent.body.includes(id)) expect(sent.text.includes(id), `${role} sees id ${id}: ${where}`).toBe(false);
    }
    // A search must not answer "yes, that hidden person exists" either.
    if (role === 'ADVISER' && [M.otherLastName, M.noConsentLastName].some((m) => sent.body.includes(m))) {
      expect(dataText.includes(w.otherCand.id) && sent.body.includes(M.otherLastName), `search oracle: ${where}`).toBe(
        false,
      );
    }
    // Rejected = an error on the operation itself (not only on a nested field of a result).
    const value = sent.json?.data?.[op];
    const nestedErrors = errors.some((e) => Array.isArray(e?.path) && e.path.length > 1);
    return (value === undefined || value === null) && !nestedErrors;
  }

  function record(op: string, sent: Sent, rejected: boolean) {
    const s = stats.get(op) ?? { runs: 0, ok: 0, rejected: 0, codes: new Set<string>(), nested: new Set<string>() };
    s.runs += 1;
    if (process.env.FUZZ_MESSAGES?.split(',').includes(op))
      console.log('MSG', op, sent.status, rejected ? 'REJECTED' : 'OK', short(sent.text, 150));
    if (rejected) s.rejected += 1;
    else s.ok += 1;
    for (const e of sent.json?.errors ?? []) {
      s.codes.add(String(e?.extensions?.code));
      if (Array.isArray(e?.path) && e.path.length > 1) s.nested.add(`${e.path.join('.')}:${e?.extensions?.code}`);
    }
    if (sent.status === 413) s.codes.add('HTTP_413');
    stats.set(op, s);
  }

  /** The property of one operation: generated arguments, a role, one request, the invariants. */
  async function fuzzOperation(kind: 'query' | 'mutation', op: string, spec: OpSpec, runs: number) {
    const field = (kind === 'mutation' ? MUTATIONS : QUERIES)[op] as GraphQLField<unknown, unknown>;
    const docs = Object.fromEntries(
      (['ADMIN', 'CONSULTANT', 'ADVISER', 'COMPANY'] as RoleName[]).map((r) => [r, documentFor(kind, field, SKIP[r])]),
    ) as Record<RoleName, string>;
    const hints = hintsFor(spec);
    const idPool = topLevelIdPool(op, spec);
    const topHints: FieldHints = {
      ids: (p) => (p.length === 1 && p[0] === 'id' ? idPool : hints.ids(p)),
      strings: hints.strings,
    };
    const args = operationArgsArb(field.args, spec.baseline?.(w), topHints);
    const roles = spec.roles.length ? spec.roles : (['ADMIN'] as RoleName[]);
    await fc.assert(
      fc.asyncProperty(args, fc.constantFrom(...roles), async (vars, role) => {
        const resolved = await resolvePlaceholders(vars, spec);
        const before = kind === 'mutation' ? await fingerprint() : null;
        const sent = await send(clients[role].cookie, docs[role], resolved);
        const rejected = judge(op, role, sent, resolved, role === 'COMPANY' ? await companyVisible() : undefined);
        record(op, sent, rejected);
        if (before && rejected) {
          const after = await fingerprint();
          const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
          expect(
            changed,
            `a refused ${op} as ${role} wrote to ${changed.join(', ')}: ${short(sent.text, 800)}`,
          ).toEqual([]);
        }
      }),
      { numRuns: Math.round(runs * SCALE), examples: spec.examples?.(w) ?? [] },
    );
  }

  // ------------------------------------------------------------------------------------------
  // The tests
  // ------------------------------------------------------------------------------------------

  it('covers every mutation of the schema and every query that takes arguments', () => {
    const mutations = Object.keys(MUTATIONS).sort();
    expect(mutations.length).toBeGreaterThanOrEqual(28);
    expect(mutations.filter((m) => !MUTATION_SPECS[m])).toEqual([]);
    expect(Object.keys(MUTATION_SPECS).filter((m) => !MUTATIONS[m])).toEqual([]);
    const withArgs = Object.values(QUERIES as Record<string, GraphQLField<unknown, unknown>>)
      .filter((q) => q.args.length > 0)
      .map((q) => q.name);
    expect(withArgs.filter((q) => !QUERY_SPECS[q])).toEqual([]);
    // Every document fits the server's limits (depth, cost) so runs reach the resolvers.
    for (const [name, f] of Object.entries(MUTATIONS as Record<string, GraphQLField<unknown, unknown>>)) {
      expect(documentFor('mutation', f), name).toMatch(new RegExp(`\\b${name}\\b`));
    }
    void (SCHEMA.getMutationType() as GraphQLObjectType);
  });

  it('the checks can fail: the markers reach those who may see them, and the fingerprint sees a write', async () => {
    const own = await send(
      clients.ADVISER.cookie,
      'query($id: ID!) { candidate(id: $id) { lastName accommodationNeeds } }',
      { id: w.ownCand.id },
    );
    expect(own.text).toContain(M.ownLastName);
    expect(own.text).toContain(M.ownAccommodation);
    const rival = await send(clients.ADMIN.cookie, 'query($id: ID!) { company(id: $id) { id name } }', {
      id: w.otherCompany.id,
    });
    expect(rival.text).toContain(M.otherCompanyName);
    // The same answer given to the company user would be a leak.
    expect(() => judge('company', 'COMPANY', rival, {})).toThrow(/sees|gets id/);
    expect(() => judge('candidate', 'CONSULTANT', own, {})).toThrow(/sees/);
    const conn = t.runtime.orm.em.fork().getConnection();
    const before = await fingerprint();
    await conn.execute('update company set mentor_count = mentor_count + 1 where id = ?', [w.otherCompany.id]);
    const changed = await fingerprint();
    await conn.execute('update company set mentor_count = mentor_count - 1 where id = ?', [w.otherCompany.id]);
    expect(changed.company).not.toBe(before.company);
    expect(await fingerprint()).toEqual(before);
  });

  for (const op of Object.keys(MUTATION_SPECS).filter((m) => m !== 'login' && m !== 'logout')) {
    const spec = MUTATION_SPECS[op]!;
    it(`mutation ${op}: no 5xx, contract codes only, nothing written when refused, no leaks`, async () => {
      await fuzzOperation('mutation', op, spec, spec.runs ?? MUTATION_RUNS);
    }, 120_000);
  }

  it('mutation logout: anonymous, logged-in, logged-out and forged sessions', async () => {
    const logoutUsers = [
      await candidatesMakeUser(t.runtime.orm.em.fork(), Role.ADVISER),
      await candidatesMakeUser(t.runtime.orm.em.fork(), Role.COMPANY, { company: w.demoCompany }),
    ];
    const sessions: (string | null)[] = [null];
    for (const u of logoutUsers) sessions.push((await t.client().login(u.email)).cookie);
    const forged = fc.oneof(
      fc.constantFrom(...sessions),
      fc.string({ minLength: 0, maxLength: 150 }).map((s) => `jobbro_session=${encodeURIComponent(s)}`),
      fc.constantFrom('jobbro_session=', 'jobbro_session=%00', `jobbro_session=${'a'.repeat(5000)}`, 'x=y; ;;'),
    );
    const doc = documentFor('mutation', MUTATIONS.logout as GraphQLField<unknown, unknown>);
    await fc.assert(
      fc.asyncProperty(forged, async (cookie) => {
        const sent = await send(cookie, doc, {});
        judge('logout', 'ANONYMOUS', sent, { cookie });
        record('logout', sent, !sent.json?.data?.logout);
        expect(sent.json?.data?.logout, short(sent.text)).toBe(true);
      }),
      { numRuns: MUTATION_SPECS.logout!.runs! },
    );
    // The demo sessions this file uses are untouched.
    expect((await clients.ADVISER.request('{ me { email } }')).data?.me?.email).toBe('raadgiver@demo.dk');
  });

  it('mutation login: random e-mails (never the demo accounts) and hostile passwords', async () => {
    const demo = /@demo\.dk\s*$/i;
    const email = fc
      .oneof(
        fc.emailAddress(),
        hostileString,
        fc.constantFrom('ADMIN@DEMO.DK.example', ' x@y.dk', "' OR 1=1 --@x.dk", 'a@b\u0000.dk'),
      )
      .filter((e) => !demo.test(e.trim().toLowerCase()));
    const password = fc.oneof(hostileString, fc.constantFrom('demo1234', ''));
    const doc = documentFor('mutation', MUTATIONS.login as GraphQLField<unknown, unknown>);
    await fc.assert(
      fc.asyncProperty(email, password, async (e, p) => {
        const before = await fingerprint();
        const sent = await send(null, doc, { email: e, password: p });
        const rejected = judge('login', 'ANONYMOUS', sent, { email: e, password: p });
        record('login', sent, rejected);
        expect(rejected, `a random login was accepted: ${short(sent.text)}`).toBe(true);
        const after = await fingerprint();
        expect(Object.keys(after).filter((k) => after[k] !== before[k])).toEqual([]);
      }),
      // NUL in the e-mail reached PostgreSQL ("database unavailable").
      { numRuns: MUTATION_SPECS.login!.runs!, examples: [['a@b\u0000.dk', 'demo1234']] },
    );
  });

  for (const [op, spec] of Object.entries(QUERY_SPECS)) {
    it(`query ${op}: no 5xx, contract codes only, no leaks`, async () => {
      await fuzzOperation('query', op, spec, spec.runs ?? QUERY_RUNS);
    }, 120_000);
  }

  it('the demo sessions survived the whole run and the hidden markers are still in place', async () => {
    for (const [role, c] of Object.entries(clients)) {
      expect((await c.request('{ me { role } }')).data?.me?.role, role).toBe(role);
    }
    const [row] = (await t.runtime.orm.em
      .fork()
      .getConnection()
      .execute('select accommodation_needs from candidate where id = ?', [w.otherCand.id])) as {
      accommodation_needs: string;
    }[];
    expect(row?.accommodation_needs).toBe(M.otherAccommodation);
  });
});
