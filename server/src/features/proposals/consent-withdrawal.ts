import type { EntityManager } from '@mikro-orm/postgresql';
import { SystemReason } from '../../shared/system-reasons.js';
import { Proposal, ProposalStatus } from './proposal.entity.js';

/** The reason recorded on proposals withdrawn because the person revoked consent (no name, no detail): a code, read in the reader's language. */
const CONSENT_REVOKED_REASON = SystemReason.CONSENT_REVOKED;

/** Proposals still waiting for an answer: revoking consent takes them back from the company. */
const WAITING = [ProposalStatus.SUGGESTED, ProposalStatus.PROPOSED];

/**
 * Inside the consent change's transaction: every proposal of the person still waiting for an answer
 * becomes WITHDRAWN with the reason, so the company's list no longer offers the person. Returns how many.
 */
export async function withdrawProposalsOnConsentRevoked(
  em: EntityManager,
  candidateId: string,
  byUserId: string,
): Promise<number> {
  const open = await em.find(Proposal, { candidate: candidateId, status: { $in: WAITING } });
  const at = new Date().toISOString();
  for (const p of open) {
    p.status = ProposalStatus.WITHDRAWN;
    p.reason = CONSENT_REVOKED_REASON;
    p.history = [...p.history, { status: ProposalStatus.WITHDRAWN, at, byUserId, reason: CONSENT_REVOKED_REASON }];
  }
  return open.length;
}
