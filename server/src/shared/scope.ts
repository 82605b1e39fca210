import { Role, type User } from '../features/auth/user.entity.js';
import type { Candidate } from '../features/candidates/candidate.entity.js';
import { forbidden, unauthenticated } from './errors.js';

export function requireUser(user: User | null): User {
  if (!user) throw unauthenticated();
  return user;
}

/** The company a COMPANY user is bound to; others get null (no company restriction). */
export function ownCompanyId(user: User): string | null {
  return user.role === Role.COMPANY ? (user.company?.id ?? '00000000-0000-0000-0000-000000000000') : null;
}

/** Throws FORBIDDEN unless the user may act for this company. Consultants: their portfolio or their own companies. */
export function assertCompanyAccess(
  user: User,
  company: { id: string; industry: { id?: string } | { code?: string } | any; consultant?: { id: string } | null },
  portfolio: string[],
): void {
  if (user.role === Role.ADMIN) return;
  if (user.role === Role.COMPANY) {
    if (user.company?.id !== company.id) throw forbidden('company');
    return;
  }
  if (user.role === Role.CONSULTANT) {
    const code = company.industry?.code ?? company.industry?.id;
    if (company.consultant?.id === user.id || portfolio.includes(code)) return;
    throw forbidden('companyOutsidePortfolio');
  }
  if (user.role === Role.ADVISER) return; // advisers read companies to place their candidates; writes are checked per operation
}

/** How much of a person the user may see. */
export type CandidateAccess = 'FULL' | 'MATCHING' | 'NONE';

/**
 * FULL: the person's own adviser (and admin, except accommodation needs).
 * MATCHING: consultants, other advisers and admins see the matching profile of consenting, active people.
 * Companies never see a Candidate: they get the minimal shared profile through proposals.
 */
export function candidateAccess(user: User, c: Candidate): CandidateAccess {
  if (user.role === Role.ADMIN) return 'FULL';
  if (user.role === Role.ADVISER && c.adviser?.id === user.id) return 'FULL';
  if ((user.role === Role.CONSULTANT || user.role === Role.ADVISER) && c.consentToShare && c.status === 'ACTIVE')
    return 'MATCHING';
  return 'NONE';
}

/** Accommodation needs: the person's own adviser only. */
export const canSeeAccommodation = (user: User, c: Candidate) =>
  user.role === Role.ADVISER && c.adviser?.id === user.id;
