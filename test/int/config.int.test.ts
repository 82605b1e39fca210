import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://jobbro:secret@db.internal:5432/jobbro',
  MEILI_URL: 'http://search.internal:7700',
  MEILI_MASTER_KEY: 'k'.repeat(32),
  SESSION_SECRET: 's'.repeat(40),
};

describe('configuration refused at start (issue 13 item 9)', () => {
  it('the server exits with that message before it touches a database (built server, npm run build)', async () => {
    const main = path.resolve('dist/server/src/main.js');
    const run = promisify(execFile)(process.execPath, [main], {
      env: { PATH: process.env.PATH, ...PRODUCTION, SEED_DEMO: 'always' },
      timeout: 30_000,
    });
    const failed = (await run.then(
      () => null,
      (err: unknown) => err,
    )) as { code?: number; stdout?: string; stderr?: string } | null;
    expect(failed?.code).toBe(1);
    // The configuration is read before LOG_LEVEL applies: the log line says why.
    expect(`${failed?.stdout}${failed?.stderr}`).toMatch(/SEED_DEMO: .*refused in production/);
  });
});
