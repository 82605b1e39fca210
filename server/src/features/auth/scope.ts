/**
 * Who may see or change what: the one home of the authorisation scope. Every service and every nested
 * field resolver asks these functions (or the where-clauses built from the same rules), so a company,
 * an opening, a person, a placement or a proposal is in reach by exactly one rule wherever it is met.
 *
 * Scope follows the COMPANY: its industry and its assigned consultant decide which consultant works
 * with it, never a field the company itself controls (such as the industry of one of its tasks).
 */
import type { FilterQuery } from '@mikro-orm/postgresql';
import { raw } from '@mikro-orm/postgresql';
import { t } from '../../i18n/index.js';
import { DomainError, type ForbiddenKey, forbidden, unauthenticated } from '../../shared/errors.js';
import type { Candidate } from '../candidates/candidate.entity.js';
import { CandidateStatus } from '../candidates/candidate.entity.js';
import type { Company } from '../companies/company.entity.js';
import type { IguSlot } from '../igu-slots/igu-slot.entity.js';
import type { Placement } from '../placements/placement.entity.js';
import type { Proposal } from '../proposals/proposal.entity.js';
import { ProposalStatus } from '../proposals/proposal.entity.js';
import type { UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import { Role, type User } from './user.entity.js';

/** The caller as the rules need it: role, own company (COMPANY users), industry portfolio (consultants). */
export interface Viewer {
  readonly id: string;
  readonly role: Role;
  /** COMPANY users: the only company they reach (null when the account has none: it reaches nothing). */
  readonly companyId: string | null;
  /** CONSULTANT: DB07 division codes of its industry portfolio; empty for everyone else. */
  readonly portfolio: readonly string[];
}

/** The rules about people need only who the caller is, not its portfolio: a User fits as it is. */
export type Caller = Pick<Viewer, 'id' | 'role'>;

/** What decides a company's scope: its industry and its assigned consultant. */
export interface CompanyFacts {
  readonly id: string;
  readonly industryCode: string;
  readonly consultantId: string | null;
}

/** What decides a person's scope: the adviser's caseload, consent and status. */
export interface PersonFacts {
  readonly id: string;
  readonly adviserId: string | null;
  readonly consentToShare: boolean;
  readonly status: CandidateStatus;
}

export interface PlacementFacts {
  readonly company: CompanyFacts;
  readonly person: PersonFacts;
}

export interface ProposalFacts {
  readonly company: CompanyFacts;
  readonly person: PersonFacts;
  readonly status: ProposalStatus;
  readonly proposedById: string | null;
  /** The proposal reached the company once (it was PROPOSED at some point of its history). */
  readonly wasSent: boolean;
}

/** How much of a person the caller may see. */
export type PersonAccess = 'FULL' | 'MATCHING' | 'NONE';

/** What the caller wants to do with a placement: read it, report a follow-up, or change and end it. */
export type PlacementAction = 'read' | 'followUp' | 'manage';

// ---------------------------------------------------------------------------
// The caller

export function requireUser(user: User | null): User {
  if (!user) throw unauthenticated();
  return user;
}

/** The company a COMPANY user is bound to; null for other roles (and for a COMPANY user without one). */
export function ownCompanyId(user: User): string | null {
  return user.role === Role.COMPANY ? (user.company?.id ?? null) : null;
}

// One portfolio load per request: the same User object stands for the caller for the whole request.
const portfolios = new WeakMap<User, Promise<string[]>>();

/**
 * The portfolio read with the caller's session (auth.service.ts `resolve`, the same statement): a
 * round trip fewer on every request a consultant's scope is checked on, and never older than the request.
 */
export function knownPortfolio(user: User, codes: readonly string[]): void {
  if (user.role === Role.CONSULTANT) portfolios.set(user, Promise.resolve([...codes]));
}

/** The caller as a Viewer; a consultant's portfolio is read once per request. */
export function viewerOf(user: User): Promise<Viewer> {
  let portfolio = portfolios.get(user);
  if (!portfolio) {
    portfolio =
      user.role === Role.CONSULTANT
        ? user.industries.loadItems().then((items) => items.map((i) => i.code))
        : Promise.resolve([]);
    portfolios.set(user, portfolio);
    // A failed load is not cached: the next call tries again.
    portfolio.catch(() => portfolios.delete(user));
  }
  return portfolio.then((codes) => ({ id: user.id, role: user.role, companyId: ownCompanyId(user), portfolio: codes }));
}

// ---------------------------------------------------------------------------
// Facts from entities (references only: nothing is loaded)

/** A company's scope facts; its industry and consultant are read from the references. */
export function companyFacts(c: Company): CompanyFacts {
  return { id: c.id, industryCode: c.industry.unwrap().code, consultantId: c.consultant?.id ?? null };
}

export function personFacts(c: Candidate): PersonFacts {
  return { id: c.id, adviserId: c.adviser?.id ?? null, consentToShare: c.consentToShare, status: c.status };
}

export function proposalFacts(p: Proposal, company: Company, person: Candidate): ProposalFacts {
  return {
    company: companyFacts(company),
    person: personFacts(person),
    status: p.status,
    proposedById: p.proposedBy?.id ?? null,
    // As proposalWhere's raw clause: only a PROPOSED step in the history counts (a shortlist entry
    // withdrawn before it was sent never reached the company).
    wasSent: p.history.some((h) => h.status === ProposalStatus.PROPOSED),
  };
}

// ---------------------------------------------------------------------------
// The rules (pure)

/** A consultant works with the companies of its industry portfolio and those it is assigned to. */
const consultantCovers = (v: Viewer, c: CompanyFacts) =>
  c.consultantId === v.id || v.portfolio.includes(c.industryCode);

/** ADMIN and ADVISER (to place their people): every company; CONSULTANT: its portfolio; COMPANY: its own. */
export function mayReadCompany(v: Viewer, c: CompanyFacts): boolean {
  switch (v.role) {
    case Role.ADMIN:
    case Role.ADVISER:
      return true;
    case Role.CONSULTANT:
      return consultantCovers(v, c);
    case Role.COMPANY:
      return v.companyId !== null && v.companyId === c.id;
  }
}

/** Changing a company or posting and changing its openings: ADMIN, its consultant(s), the company itself. */
export function mayChangeCompany(v: Viewer, c: CompanyFacts): boolean {
  return v.role !== Role.ADVISER && mayReadCompany(v, c);
}

/** An opening (task or IGU slot) is in reach exactly when its company is: the opening's own industry does not count. */
export const mayReadOpening = (v: Viewer, o: { company: CompanyFacts }) => mayReadCompany(v, o.company);
export const mayChangeOpening = (v: Viewer, o: { company: CompanyFacts }) => mayChangeCompany(v, o.company);

/**
 * An opening is filed under its company's industry unless a consultant or an admin files it under another:
 * a company user may choose only the company's industry, or keep the one the opening already has.
 */
export function mayFileOpeningUnder(
  v: Viewer,
  company: CompanyFacts,
  industryCode: string,
  current: string | null = null,
): boolean {
  if (v.role !== Role.COMPANY) return true;
  return industryCode === company.industryCode || industryCode === current;
}

/** The person's own adviser and ADMIN: FULL; consultants and other advisers: the matching profile of a consenting, active person. */
export function personAccess(v: Caller, p: PersonFacts): PersonAccess {
  if (v.role === Role.ADMIN) return 'FULL';
  if (v.role === Role.ADVISER && p.adviserId === v.id) return 'FULL';
  if (
    (v.role === Role.CONSULTANT || v.role === Role.ADVISER) &&
    p.consentToShare &&
    p.status === CandidateStatus.ACTIVE
  )
    return 'MATCHING';
  return 'NONE';
}

/** Changing a person (profile, consent, competences): the own adviser and ADMIN. */
export const mayChangePerson = (v: Caller, p: PersonFacts) =>
  v.role === Role.ADMIN || (v.role === Role.ADVISER && p.adviserId === v.id);

/** A correction of the ladder step by hand (a judgement of the case): the person's own adviser only. */
export const mayCorrectLadderStep = (v: Caller, p: PersonFacts) => v.role === Role.ADVISER && p.adviserId === v.id;

/** Accommodation needs (health): the person's own adviser only, not even an admin. */
export const maySeeAccommodation = (v: Caller, p: PersonFacts) => v.role === Role.ADVISER && p.adviserId === v.id;

/** The person consents to share and is not anonymised: what a consultant or company may be told about them. */
export const consents = (p: Pick<PersonFacts, 'consentToShare' | 'status'>) =>
  p.consentToShare && p.status !== CandidateStatus.ANONYMISED;

/**
 * The person's name and free text about them (follow-up notes, outcome notes) where the person is met
 * through a placement, an alert or an export: their own adviser and ADMIN always; a consultant or a
 * company only while the person consents.
 */
export function mayNamePerson(v: Caller, p: PersonFacts): boolean {
  if (v.role === Role.ADMIN) return true;
  if (v.role === Role.ADVISER) return p.adviserId === v.id;
  return consents(p);
}

/** ADMIN: all; ADVISER: its caseload's; CONSULTANT: at companies it covers; COMPANY: its own (not manage). */
export function mayPlacement(v: Viewer, pl: PlacementFacts, action: PlacementAction): boolean {
  switch (v.role) {
    case Role.ADMIN:
      return true;
    case Role.ADVISER:
      return pl.person.adviserId === v.id;
    case Role.CONSULTANT:
      return consultantCovers(v, pl.company);
    case Role.COMPANY:
      return action !== 'manage' && mayReadCompany(v, pl.company);
  }
}

/** The statuses a company sees a proposal in: it was sent to the company (never a SUGGESTED draft). */
export const COMPANY_PROPOSAL_STATUSES = [ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED, ProposalStatus.DECLINED];
/** Statuses in which the company may see the shared profile and the note. */
export const SHARED_PROPOSAL_STATUSES = [ProposalStatus.PROPOSED, ProposalStatus.ACCEPTED];

/**
 * ADMIN: all; COMPANY: those sent to it (PROPOSED and later; WITHDRAWN only when it had been sent);
 * CONSULTANT: its own and those at companies it covers; ADVISER: its caseload's.
 */
export function mayReadProposal(v: Viewer, p: ProposalFacts): boolean {
  switch (v.role) {
    case Role.ADMIN:
      return true;
    case Role.COMPANY:
      return (
        mayReadCompany(v, p.company) &&
        (COMPANY_PROPOSAL_STATUSES.includes(p.status) || (p.status === ProposalStatus.WITHDRAWN && p.wasSent))
      );
    case Role.CONSULTANT:
      return p.proposedById === v.id || consultantCovers(v, p.company);
    case Role.ADVISER:
      return p.person.adviserId === v.id;
  }
}

/** The proposal's note names and describes the person: a company reads it only while shared and consented. */
export function mayReadProposalNote(v: Viewer, p: ProposalFacts): boolean {
  if (!mayReadProposal(v, p)) return false;
  if (v.role !== Role.COMPANY) return true;
  return SHARED_PROPOSAL_STATUSES.includes(p.status) && consents(p.person);
}

/** Answering (accept/decline) for the company: ADMIN, a consultant covering it, the company itself. */
export function mayAnswerProposal(v: Viewer, p: ProposalFacts): boolean {
  return v.role !== Role.ADVISER && mayReadCompany(v, p.company) && mayReadProposal(v, p);
}

/**
 * Acting for the job centre on a person and an opening (shortlist, propose, send, plan): ADMIN; an
 * adviser for its own caseload; a consultant at companies it covers (the company decides, never the
 * industry an opening is filed under). Never a company.
 */
export function mayProposeFor(v: Viewer, company: CompanyFacts, person: Pick<PersonFacts, 'adviserId'>): boolean {
  switch (v.role) {
    case Role.ADMIN:
      return true;
    case Role.ADVISER:
      return person.adviserId === v.id;
    case Role.CONSULTANT:
      return consultantCovers(v, company);
    case Role.COMPANY:
      return false;
  }
}

/** An opening's shortlist (SUGGESTED entries) belongs to the job centre: never a company; a consultant only at companies it covers. */
export const mayReadShortlist = (v: Viewer, company: CompanyFacts) =>
  v.role !== Role.COMPANY && mayReadCompany(v, company);

/** Withdrawing (the proposing side): anyone but the company who may see the proposal. */
export const mayWithdrawProposal = (v: Viewer, p: ProposalFacts) => v.role !== Role.COMPANY && mayReadProposal(v, p);

// ---------------------------------------------------------------------------
// Throwing forms

/** FORBIDDEN unless the caller may read the company. */
export function assertMayReadCompany(v: Viewer, c: CompanyFacts): void {
  if (mayReadCompany(v, c)) return;
  throw forbidden(v.role === Role.CONSULTANT ? 'companyOutsidePortfolio' : 'company');
}

/** FORBIDDEN unless the caller may change the company (and post or change its openings). */
export function assertMayChangeCompany(v: Viewer, c: CompanyFacts, what: ForbiddenKey = 'changeCompanies'): void {
  if (v.role === Role.ADVISER) throw forbidden(what);
  assertMayReadCompany(v, c);
}

/** FORBIDDEN (field industryCode) unless the caller may file the company's opening under `industryCode`. */
export function assertMayFileOpeningUnder(
  v: Viewer,
  company: CompanyFacts,
  industryCode: string,
  current: string | null = null,
): void {
  if (mayFileOpeningUnder(v, company, industryCode, current)) return;
  throw new DomainError(
    'FORBIDDEN',
    t('forbidden.fileOpeningUnder', { own: company.industryCode, wanted: industryCode }),
    { field: 'industryCode' },
  );
}

/** FORBIDDEN unless the caller may act for the job centre on this person at this company (see mayProposeFor). */
export function assertMayProposeFor(v: Viewer, company: CompanyFacts, person: Pick<PersonFacts, 'adviserId'>): void {
  if (mayProposeFor(v, company, person)) return;
  switch (v.role) {
    case Role.ADVISER:
      throw forbidden('proposeOwnCaseload');
    case Role.CONSULTANT:
      throw forbidden('openingOutsidePortfolio');
    default:
      throw forbidden('proposeCandidates');
  }
}

// ---------------------------------------------------------------------------
// The same rules as where-clauses, for lists (kept beside the predicates so they cannot drift apart)

const NOTHING = '00000000-0000-0000-0000-000000000000';

/** Companies the caller may read. */
export function companyWhere(v: Viewer): FilterQuery<Company> {
  switch (v.role) {
    case Role.ADMIN:
    case Role.ADVISER:
      return {};
    case Role.COMPANY:
      return { id: v.companyId ?? NOTHING };
    case Role.CONSULTANT:
      return { $or: [{ industry: { $in: [...v.portfolio] } }, { consultant: v.id }] };
  }
}

/** Tasks or IGU slots the caller may read: those of the companies it may read. */
export function openingWhere(v: Viewer): FilterQuery<UnsolvedTask> & FilterQuery<IguSlot> {
  switch (v.role) {
    case Role.ADMIN:
    case Role.ADVISER:
      return {};
    case Role.COMPANY:
      return { company: v.companyId ?? NOTHING };
    case Role.CONSULTANT:
      return { company: { $or: [{ industry: { $in: [...v.portfolio] } }, { consultant: v.id }] } };
  }
}

/** Placements the caller may read. */
export function placementWhere(v: Viewer): FilterQuery<Placement> {
  switch (v.role) {
    case Role.ADMIN:
      return {};
    case Role.ADVISER:
      return { candidate: { adviser: v.id } };
    case Role.CONSULTANT:
      return { company: { $or: [{ industry: { $in: [...v.portfolio] } }, { consultant: v.id }] } };
    case Role.COMPANY:
      return { company: v.companyId ?? NOTHING };
  }
}

/** Proposals the caller may read. */
export function proposalWhere(v: Viewer): FilterQuery<Proposal> {
  switch (v.role) {
    case Role.ADMIN:
      return {};
    case Role.ADVISER:
      return { candidate: { adviser: v.id } };
    case Role.CONSULTANT:
      return {
        $or: [
          { proposedBy: v.id },
          { company: { consultant: v.id } },
          { company: { industry: { $in: [...v.portfolio] } } },
        ],
      };
    case Role.COMPANY:
      return {
        company: v.companyId ?? NOTHING,
        $or: [
          { status: { $in: COMPANY_PROPOSAL_STATUSES } },
          {
            status: ProposalStatus.WITHDRAWN,
            [raw((alias) => `${alias}.history @> '[{"status":"PROPOSED"}]'::jsonb`)]: true,
          },
        ],
      };
  }
}
