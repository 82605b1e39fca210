import { describe, expect, it } from 'vitest';
import { runInLocale } from '../i18n/index.js';
import { ExpensiveLimiter } from './expensive.js';

const code = (e: unknown) => (e as { extensions?: { code?: string } }).extensions?.code;

describe('ExpensiveLimiter', () => {
  it('item 2: one user gets a few expensive calls at a time; the rest are refused at once, others are unaffected', async () => {
    const limiter = new ExpensiveLimiter({ concurrency: 3, perMinute: 1000 });
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    // Refused in the language of the request that made the call.
    const flood = Array.from({ length: 10 }, () =>
      runInLocale('en', () => limiter.run('u:flooder', () => gate.then(() => 'done'))),
    );
    const settled = Promise.allSettled(flood);
    // Another user is not queued behind the flood.
    await expect(limiter.run('u:other', async () => 'ok')).resolves.toBe('ok');
    release();
    const results = await settled;
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(7);
    expect(refused.every((r) => code(r.reason) === 'TOO_MANY_REQUESTS')).toBe(true);
    expect((refused[0]!.reason as Error).message).toMatch(/3 searches, matches or exports at a time/);
    // Slots are given back when calls end, also when they fail.
    await expect(limiter.run('u:flooder', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(Promise.all([1, 2, 3].map(() => limiter.run('u:flooder', async () => 1)))).resolves.toEqual([1, 1, 1]);
  });

  it('item 2: one user gets a number of expensive calls a minute', async () => {
    const limiter = new ExpensiveLimiter({ concurrency: 100, perMinute: 5 });
    for (let i = 0; i < 5; i++) await limiter.run('u:a', async () => i);
    await expect(limiter.run('u:a', async () => 0)).rejects.toMatchObject({
      extensions: { code: 'TOO_MANY_REQUESTS' },
      // Outside a request: Danish.
      message: expect.stringMatching(/^Du har startet 5 søgninger, match eller eksporter/),
    });
    await expect(limiter.run('u:b', async () => 'ok')).resolves.toBe('ok');
  });
});
