import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { type ArgsDictionary, type MiddlewareFn, UseMiddleware } from 'type-graphql';
import { t } from '../i18n/index.js';
import type { Context } from './context.js';
import { DomainError } from './errors.js';

export interface ExpensiveLimits {
  /** Expensive operations one user may have running at once (per server instance). */
  concurrency: number;
  /** Expensive operations one user may start per minute (per server instance). */
  perMinute: number;
}

/**
 * Per-user limits on searches, matches, plans, imports and exports, so that one user's flood
 * cannot take the database pool or Meilisearch from everyone else. Extra calls are refused at
 * once with TOO_MANY_REQUESTS, before they queue for a connection.
 */
export class ExpensiveLimiter {
  private readonly running: RateLimiterMemory;
  private readonly rate: RateLimiterMemory;

  constructor(readonly limits: ExpensiveLimits) {
    // A slot is given back when its call ends; the 2-minute expiry only matters if one never ends.
    this.running = new RateLimiterMemory({ keyPrefix: 'exp_run', points: limits.concurrency, duration: 120 });
    this.rate = new RateLimiterMemory({ keyPrefix: 'exp_rate', points: limits.perMinute, duration: 60 });
  }

  async run<T>(who: string, fn: () => Promise<T>): Promise<T> {
    try {
      await this.rate.consume(who);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      const s = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        t('errors.expensiveRate', { count: this.limits.perMinute, seconds: s }),
        { retryAfterSeconds: s },
      );
    }
    try {
      await this.running.consume(who);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      // A refused consume still counted: give it back, or refusals would hold slots.
      await this.running.reward(who).catch(() => undefined);
      throw new DomainError('TOO_MANY_REQUESTS', t('errors.expensiveConcurrent', { count: this.limits.concurrency }), {
        retryAfterSeconds: 1,
      });
    }
    try {
      return await fn();
    } finally {
      await this.running.reward(who).catch(() => undefined);
    }
  }
}

/**
 * Marks a resolver as expensive: it runs under the caller's per-user limits. `when` narrows it
 * to calls that are (a list with a search text, not every page of it).
 */
export const Expensive = (when?: (args: ArgsDictionary) => boolean) => {
  const limit: MiddlewareFn<Context> = async ({ args, context }, next) => {
    if (when && !when(args)) return next();
    const who = context.user ? `u:${context.user.id}` : `ip:${context.ip}`;
    return context.services.expensive.run(who, () => next());
  };
  return UseMiddleware(limit);
};

/** For list queries: expensive only when they search text. */
export const searching = (args: ArgsDictionary) => {
  const filter = args.filter as { search?: string | null } | null | undefined;
  return !!filter?.search?.trim();
};
