import { type MessageKey, t } from '../i18n/index.js';

/**
 * Reasons the server records itself (not typed by a person) on proposals, tasks and IGU slots: stored
 * as a code, shown in the reader's language. A reason a person typed is shown as written.
 */
export const SystemReason = {
  /** A proposal withdrawn because the person withdrew consent to share a profile. */
  CONSENT_REVOKED: 'system:CONSENT_REVOKED',
  /** A task solved because its placement converted to ordinary hours. */
  CONVERTED_TO_ORDINARY_HOURS: 'system:CONVERTED_TO_ORDINARY_HOURS',
} as const;

const WORDS: Record<string, MessageKey> = {
  [SystemReason.CONSENT_REVOKED]: 'enums.systemReason.CONSENT_REVOKED',
  [SystemReason.CONVERTED_TO_ORDINARY_HOURS]: 'enums.systemReason.CONVERTED_TO_ORDINARY_HOURS',
  // Rows written before the codes held these English sentences.
  'The person withdrew consent to share a profile': 'enums.systemReason.CONSENT_REVOKED',
  'Converted to ordinary hours': 'enums.systemReason.CONVERTED_TO_ORDINARY_HOURS',
};

/** A stored reason in the reader's language: a system reason by its catalogue words, anything else as written. */
export function reasonText(stored: string | null): string | null {
  if (!stored) return stored;
  const key = WORDS[stored];
  return key ? t(key) : stored;
}
