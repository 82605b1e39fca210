import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { type Locale, tIn } from '../../i18n/index.js';

export const PASSWORD_MIN = 12;
/** zxcvbn's 0–4: 3 is "safely unguessable" (about 10^8 guesses and more), its own advice for accounts. */
const MIN_SCORE = 3;

let checker: ZxcvbnFactory | null = null;
/** Built on first use: ranking the common-password and word lists takes a moment. */
const zxcvbn = () => {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return checker;
};

/**
 * Why a password would be easy to guess, or null: too short, or (zxcvbn) made of common
 * passwords, words, repeats, sequences, keyboard runs or the user's own e-mail and name.
 */
export function passwordWeakness(password: string, userInputs: readonly string[] = []): 'short' | 'guessable' | null {
  if ([...password].length < PASSWORD_MIN || !password.trim()) return 'short';
  // The e-mail and name as a whole, in parts and run together, so "anna.jensen@…" catches "annajensen2026".
  const inputs = userInputs
    .flatMap((s) => {
      const lower = s.toLowerCase();
      const local = lower.split('@')[0] ?? lower;
      return [lower, local.replace(/[^\p{L}\p{N}]/gu, ''), ...lower.split(/[@.\s_+-]+/)];
    })
    .filter((s) => s.length >= 3);
  return zxcvbn().check(password, inputs).score < MIN_SCORE ? 'guessable' : null;
}

/** A message that says what to do, in the caller's language; null for a good password. */
export function passwordProblem(password: string, userInputs: readonly string[], locale: Locale): string | null {
  const weakness = passwordWeakness(password, userInputs);
  if (weakness === 'short') {
    return tIn(locale, 'users.passwordShort', { min: PASSWORD_MIN });
  }
  if (weakness === 'guessable') {
    return tIn(locale, 'users.passwordGuessable');
  }
  return null;
}
