import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../server/src/app.js';
import { loadConfig } from '../../server/src/config.js';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { bootstrap, type Runtime } from '../../server/src/runtime.js';
import { GqlClient } from '../setup/test-app.js';

/**
 * A maintenance script run beside a live server on the same embedded services (same DATA_DIR)
 * must use them, not treat them as leftovers: the server keeps serving and no write fails.
 * Runs the built scripts (dist/), as `npm run …` does.
 */
const SCRIPTS = ['search-check', 'reindex', 'retention'];
const dist = (name: string) => path.resolve(`dist/server/src/scripts/${name}.js`);

function runScript(name: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [dist(name)], {
      env: { ...process.env, NODE_ENV: 'development', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
    });
    child.stderr.on('data', (b: Buffer) => {
      out += b.toString();
    });
    child.on('exit', (code) => resolve({ code, out }));
  });
}

const alive = (pid: number | undefined) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('maintenance scripts beside a running server', () => {
  let dir: string;
  let runtime: Runtime;
  let app: App;
  let url: string;
  const env = () => ({
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'never',
    DATABASE_URL: '',
    MEILI_URL: '',
    MEILI_MASTER_KEY: '',
  });

  beforeAll(async () => {
    for (const s of SCRIPTS) {
      if (!fs.existsSync(dist(s))) throw new Error(`${dist(s)} is missing: run "npm run build" first.`);
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-scripts-'));
    fs.chmodSync(dir, 0o755);
    const config = loadConfig({ NODE_ENV: 'test', ...env() });
    runtime = await bootstrap(config, () => undefined);
    app = await createApp(config, runtime.services);
    const server = await app.listen(0, '127.0.0.1');
    const addr = server.address();
    url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    await runtime.services.startBackground();
    await seedDemoUsers(runtime.orm.em.fork());
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await runtime?.shutdown();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('item 7: search:check, reindex and retention use the live embedded services and stop nothing they did not start', async () => {
    const pgPid = runtime.embedded.postgres!.pid;
    const meiliPid = runtime.embedded.meilisearch!.pid;
    const admin = await new GqlClient(url).login('admin@demo.dk');
    const [{ id: companyId }] = await runtime.orm.em.getConnection().execute('select id from company limit 1');
    let writing = true;
    const failures: string[] = [];
    let writes = 0;
    const writer = (async () => {
      while (writing) {
        const r = await admin
          .request('mutation($c: ID!, $n: String!) { recordCompanyContact(companyId: $c, note: $n) { id } }', {
            c: companyId,
            n: `call ${writes}`,
          })
          .catch((e: Error) => ({ errors: [{ message: e.message }] }));
        writes += 1;
        if (r.errors?.length) failures.push(JSON.stringify(r.errors));
      }
    })();
    try {
      for (const name of SCRIPTS) {
        const { code, out } = await runScript(name, env());
        expect(out, name).not.toMatch(/Stopping a (PostgreSQL|Meilisearch) left running/);
        expect([0, 1], `${name}: ${out}`).toContain(code);
        expect(alive(pgPid), `${name} stopped the server's PostgreSQL`).toBe(true);
        expect(alive(meiliPid), `${name} stopped the server's Meilisearch`).toBe(true);
      }
    } finally {
      writing = false;
      await writer;
    }
    expect(failures).toEqual([]);
    expect(writes).toBeGreaterThan(5);
    expect(runtime.embedded.postgres!.pid).toBe(pgPid);
    expect(runtime.embedded.meilisearch!.pid).toBe(meiliPid);
    expect(runtime.embedded.postgres!.restartCount + runtime.embedded.meilisearch!.restartCount).toBe(0);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  }, 400_000);

  it('item 7: a second server on the same data directory refuses with a clear message instead of stopping the first', async () => {
    const second = await runScript('../main', { ...env(), PORT: '0', HOST: '127.0.0.1' });
    expect(second.code).not.toBe(0);
    expect(second.out).toMatch(/in use by another Jobbro process \(pid \d+\)/);
    expect(alive(runtime.embedded.postgres!.pid)).toBe(true);
    expect(alive(runtime.embedded.meilisearch!.pid)).toBe(true);
    expect(runtime.embedded.postgres!.restartCount + runtime.embedded.meilisearch!.restartCount).toBe(0);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  }, 60_000);

  it('item 11: the embedded Meilisearch master key is not in its command line (ps)', () => {
    const cmdline = fs.readFileSync(`/proc/${runtime.embedded.meilisearch!.pid}/cmdline`, 'utf8');
    expect(cmdline).not.toContain(runtime.meiliKey);
    expect(cmdline).not.toMatch(/master-key/);
  });
});
