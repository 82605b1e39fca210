import { createHash } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { t } from '../../i18n/index.js';
import { DomainError } from '../../shared/errors.js';

/** The login throttle's numbers (documented in README, "Login throttling"). */
export const LOGIN_LIMITS = {
  /** Attempts for one account from one address per window; a successful login resets it. */
  accountAddressAttempts: 10,
  accountAddressWindowSec: 15 * 60,
  /** Attempts from one address (any account) per window, successes given back: an office behind one NAT. */
  addressAttempts: 100,
  addressWindowSec: 15 * 60,
  /** Failed logins for an account (from anywhere) before each further attempt waits 1, 2, 4, … s. */
  accountFreeFailures: 10,
  accountWindowSec: 60 * 60,
  accountMaxDelaySec: 5 * 60,
} as const;

// Counters keyed by hashes: no e-mail addresses in the counter table, and a bounded key length.
const digest = (s: string) => createHash('sha256').update(s).digest('base64url').slice(0, 32);

type Throttle = 'auth.tooManyForAccount' | 'auth.tooManyFromAddress' | 'auth.tooManyFailures';

const tooMany = (res: RateLimiterRes, what: Throttle) => {
  const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  const wait =
    retryAfterSeconds >= 90
      ? t('auth.minutes', { count: Math.ceil(retryAfterSeconds / 60) })
      : t('auth.seconds', { count: retryAfterSeconds });
  return new DomainError('TOO_MANY_REQUESTS', t(what, { wait }), { retryAfterSeconds });
};

/** Turns the library's "over the limit" answer into our error; store errors pass through. */
async function charge<T>(attempt: Promise<T>, what: Throttle): Promise<T> {
  try {
    return await attempt;
  } catch (err) {
    if (err instanceof RateLimiterRes) throw tooMany(err, what);
    throw err;
  }
}

/**
 * Login throttling with counters in PostgreSQL, shared by every server instance. Each attempt
 * is charged before its password is checked (one atomic upsert per counter), so parallel
 * guesses cannot all slip past a limit that was read before any of them was counted.
 * - account + address: strict, the guessing of one attacker at one place;
 * - address: by volume, so one person's typos do not lock out a whole office;
 * - account: failures from anywhere make each further attempt wait longer (1 s doubling to
 *   5 min), so guesses spread over many addresses slow down while the real user, elsewhere,
 *   is delayed by seconds, not locked out.
 */
export class LoginLimiter {
  private readonly accountAddress: RateLimiterPostgres;
  private readonly address: RateLimiterPostgres;
  private readonly accountFailures: RateLimiterPostgres;
  private readonly accountGate: RateLimiterPostgres;

  constructor(knex: Knex) {
    // The table belongs to the migrations (rate_limit); one limiter clears expired rows.
    const store = { storeClient: knex, storeType: 'knex', tableName: 'rate_limit', tableCreated: true };
    const L = LOGIN_LIMITS;
    this.accountAddress = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'login_aa',
      points: L.accountAddressAttempts,
      duration: L.accountAddressWindowSec,
    });
    this.address = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'login_ip',
      points: L.addressAttempts,
      duration: L.addressWindowSec,
      clearExpiredByTimeout: false,
    });
    this.accountFailures = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'login_fail',
      points: Number.MAX_SAFE_INTEGER,
      duration: L.accountWindowSec,
      clearExpiredByTimeout: false,
    });
    this.accountGate = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'login_gate',
      points: 1,
      duration: 1,
      clearExpiredByTimeout: false,
    });
  }

  /** Charges one attempt; throws TOO_MANY_REQUESTS (with retryAfterSeconds) when any limit is spent. */
  async charge(email: string, ip: string): Promise<void> {
    const account = digest(email);
    await charge(this.accountAddress.consume(`${account}:${digest(ip)}`), 'auth.tooManyForAccount');
    await charge(this.address.consume(digest(ip)), 'auth.tooManyFromAddress');
    const failures = (await this.accountFailures.get(account))?.consumedPoints ?? 0;
    const over = failures - LOGIN_LIMITS.accountFreeFailures;
    if (over >= 0) {
      const delay = Math.min(2 ** Math.min(over, 30), LOGIN_LIMITS.accountMaxDelaySec);
      // One attempt per delay window: concurrent ones race for the single point.
      await charge(this.accountGate.consume(account, 1, { customDuration: delay }), 'auth.tooManyFailures');
    }
  }

  async failed(email: string): Promise<void> {
    await this.accountFailures.penalty(digest(email), 1);
  }

  /** The account+address counter starts over and the address gets its attempt back. */
  async succeeded(email: string, ip: string): Promise<void> {
    const account = digest(email);
    await Promise.all([this.accountAddress.delete(`${account}:${digest(ip)}`), this.address.reward(digest(ip), 1)]);
  }
}
