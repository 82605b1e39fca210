import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://jobbro:secret@db.internal:5432/jobbro',
  MEILI_URL: 'http://search.internal:7700',
  MEILI_MASTER_KEY: 'k'.repeat(32),
  SESSION_SECRET: 's'.repeat(40),
};

describe('SEED_DEMO (issue 13 item 9): no demo users with a known password in production', () => {
  it('auto (the default) loads the demo outside production and never in production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', SEED_DEMO: 'never' }).seedDemo).toBe(false);
    expect(loadConfig(PRODUCTION).seedDemo).toBe(false);
    expect(loadConfig({ ...PRODUCTION, SEED_DEMO: 'auto' }).seedDemo).toBe(false);
    expect(loadConfig({ ...PRODUCTION, SEED_DEMO: 'never' }).seedDemo).toBe(false);
  });

  it('always is allowed outside production and refuses to start in production, saying why', () => {
    expect(loadConfig({ NODE_ENV: 'development', SEED_DEMO: 'always' }).seedDemo).toBe(true);
    let error: unknown;
    try {
      loadConfig({ ...PRODUCTION, SEED_DEMO: 'always' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([expect.stringMatching(/^SEED_DEMO: .*refused in production/)]);
    expect((error as ConfigError).message).toMatch(/demo password/);
  });
});

describe('settings as the admin reads them', () => {
  it('shows IGU_WAGE_FLOORS as written (from:amount,…), not "[object Object]"', () => {
    const shown = (env: Record<string, string>) =>
      loadConfig(env).settings?.find((s) => s.name === 'IGU_WAGE_FLOORS')?.value;
    expect(shown({ NODE_ENV: 'development' })).toBe('2024-01-01:62');
    expect(shown({ NODE_ENV: 'development', IGU_WAGE_FLOORS: '2026-01-01:64.5, 2024-01-01:62' })).toBe(
      '2024-01-01:62,2026-01-01:64.5',
    );
  });
});
