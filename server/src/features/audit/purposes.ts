import { da } from '../../i18n/da.js';
import { formatDate, formatNumber, type MessageKey, t } from '../../i18n/index.js';

/**
 * The purposes the server records on audit rows, as stable codes (they stay in the trail for years,
 * whatever the language of whoever reads it), and their words in the reader's language. Free text
 * (an erasure's reason, the e-mail a failed login tried) is shown as written.
 */
export const AuditPurpose = {
  CASE_WORK: 'case work',
  MATCHING: 'matching',
  SHARED_WITH_COMPANY: 'shared with company',
  CONSENT_GIVEN: 'consent to share given',
  CONSENT_REVOKED: 'consent to share revoked',
  ACCESS_REQUEST: 'data subject access request',
} as const;

const WORDS: Record<string, MessageKey> = {
  [AuditPurpose.CASE_WORK]: 'audit.purpose.caseWork',
  [AuditPurpose.MATCHING]: 'audit.purpose.matching',
  [AuditPurpose.SHARED_WITH_COMPANY]: 'audit.purpose.sharedWithCompany',
  [AuditPurpose.CONSENT_GIVEN]: 'audit.purpose.consentGiven',
  [AuditPurpose.CONSENT_REVOKED]: 'audit.purpose.consentRevoked',
  [AuditPurpose.ACCESS_REQUEST]: 'audit.purpose.accessRequest',
};

/** The retention rule's purpose: the person was inactive this many days. */
export const retentionPurpose = (days: number) => `retention: inactive ${days} days`;

/** A planned week over full time, confirmed by the adviser: the operation, the week's hours and its first day. */
export const weekExceptionPurpose = (operation: string, hours: number, from: string) =>
  `week: ${operation}: ${hours} h from ${from}`;

/** A ladder step corrected by hand: the step keys from and to (their names are looked up when read). */
export const ladderCorrectionPurpose = (from: string, to: string) => `ladder: ${from} -> ${to}`;

// The shapes above, and those written before they had a prefix ("inactive 1095 days", "startPlacement: 40 h from 2026-11-02").
const RETENTION = /^(?:retention: )?inactive (\d+) days$/;
const LADDER = /^ladder: ([A-Z0-9_]+) -> ([A-Z0-9_]+)$/;
const WEEK = /^(?:week: )?(\w+): (\d+(?:\.\d+)?) h from (\d{4}-\d{2}-\d{2})$/;

/** A stored purpose in the reader's language; free text as written; null stays null. */
export function purposeText(stored: string | null): string | null {
  if (!stored) return stored;
  const key = WORDS[stored];
  if (key) return t(key);
  const retention = RETENTION.exec(stored);
  if (retention) return t('audit.purpose.retention', { days: formatNumber(Number(retention[1])) });
  const week = WEEK.exec(stored);
  if (week) {
    return t('audit.purpose.weekOverFullTime', { hours: formatNumber(Number(week[2])), date: formatDate(week[3]!) });
  }
  const ladder = LADDER.exec(stored);
  if (ladder) return t('audit.purpose.ladderCorrected', { from: stepName(ladder[1]!), to: stepName(ladder[2]!) });
  return stored;
}

/** A step's name in the reader's language; a step the catalogue does not know (a configured one) as its key. */
function stepName(key: string): string {
  return key in da.ladder.steps ? t(`ladder.steps.${key as keyof typeof da.ladder.steps}`) : key;
}
