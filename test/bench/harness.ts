import 'reflect-metadata';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, loadConfig } from '../../server/src/config.js';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { bootstrap, type Runtime } from '../../server/src/runtime.js';
import type { IndexedEntity } from '../../server/src/search/outbox-event.entity.js';
import { INDEXED_ENTITIES } from '../../server/src/search/search-index.js';

export interface BenchServer {
  url: string;
  /** The server process's pid (CPU time from /proc). */
  pid: number;
  /** Starts another server process on the same data: the PostgreSQL-only peer (pg-peer-server.js). */
  startPeer: () => Promise<ServerProcess>;
  config: Config;
  /** The benchmark's own connections (seeding, the baseline, raw SQL); the server has its own. */
  runtime: Runtime;
  stop: () => Promise<void>;
}

/** A real server process on embedded PostgreSQL and Meilisearch in a throw-away directory, seeded and indexed. */
export async function startSeededServer(opts: {
  candidates: number;
  companies: number;
  log?: (s: string) => void;
}): Promise<
  BenchServer & { seedSeconds: number; indexSeconds: Record<IndexedEntity, number>; reindexSeconds: number }
> {
  const log = opts.log ?? console.log;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-bench-'));
  fs.chmodSync(dir, 0o755);
  const config = loadConfig({
    ...process.env,
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'never',
    DATABASE_URL: '',
    MEILI_URL: '',
  });
  const runtime = await bootstrap(config, () => undefined);
  let t = performance.now();
  const summary = await seedDemo(runtime.services, { candidates: opts.candidates, companies: opts.companies, log });
  const seedSeconds = (performance.now() - t) / 1000;
  log(`  seeded: ${summary} (${seedSeconds.toFixed(1)} s)`);
  // Each index rebuilt on its own clock, so the candidate rate is not diluted by tasks.
  const indexSeconds = {} as Record<IndexedEntity, number>;
  for (const entity of INDEXED_ENTITIES) {
    t = performance.now();
    await runtime.services.search.rebuild(runtime.orm.em.fork(), entity);
    indexSeconds[entity] = (performance.now() - t) / 1000;
  }
  log(
    `  indexed in ${Object.entries(indexSeconds)
      .map(([e, sec]) => `${e} ${sec.toFixed(1)} s`)
      .join(', ')}`,
  );
  // Then what `npm run reindex` does on a running system: rebuild the candidate index
  // into a fresh one beside the live one and swap.
  t = performance.now();
  await runtime.services.search.rebuild(runtime.orm.em.fork(), 'candidate');
  const reindexSeconds = (performance.now() - t) / 1000;
  log(`  reindexed candidates in ${reindexSeconds.toFixed(1)} s`);
  // The server runs as its own process, as in production: the benchmark's client work
  // (requests, JSON parsing, the baseline's queries) must not share its event loop.
  const server = await startServerProcess(config, runtime, dir);
  const others: ServerProcess[] = [];
  return {
    url: server.url,
    pid: server.pid,
    startPeer: async () => {
      const peer = await startServerProcess(config, runtime, dir, '../../test/bench/pg-peer-server.js');
      others.push(peer);
      return peer;
    },
    config,
    runtime,
    seedSeconds,
    indexSeconds,
    reindexSeconds,
    stop: async () => {
      for (const o of others) await o.stop();
      await server.stop();
      await runtime.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ServerProcess {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/**
 * `node dist/server/src/main.js` (or another entry point, relative to it) on this runtime's
 * PostgreSQL and Meilisearch, in production mode; resolves when /readyz answers. BENCH_SERVER_CPUS
 * pins it to those cores (taskset), away from the load generator.
 */
async function startServerProcess(
  config: Config,
  runtime: Runtime,
  dir: string,
  entry = 'main.js',
): Promise<ServerProcess> {
  const main = fileURLToPath(new URL(`../../server/src/${entry}`, import.meta.url));
  const port = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const a = probe.address();
      probe.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
  const cpus = process.env.BENCH_SERVER_CPUS;
  // BENCH_NODE_ARGS: flags for the server's node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` (profile-match.ts).
  const node = [process.execPath, ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), main];
  const [cmd, args] = cpus ? ['taskset', ['-c', cpus, ...node]] : [node[0]!, node.slice(1)];
  const child = spawn(cmd, args as string[], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SESSION_SECRET: 'bench-session-secret-0123456789abcdef0123',
      ALLOW_PASSWORD_LOGIN: 'true',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      DATABASE_URL: runtime.databaseUrl,
      MEILI_URL: runtime.meiliUrl,
      MEILI_MASTER_KEY: runtime.meiliKey,
      // The load test drives one user from 50 connections: lift the per-user limits on searches.
      EXPENSIVE_CONCURRENCY_PER_USER: '1000',
      EXPENSIVE_PER_MINUTE_PER_USER: '100000',
      MEILI_INDEX_PREFIX: config.meiliIndexPrefix,
      SEED_DEMO: 'never',
      LOG_LEVEL: 'error',
      // /metrics is off in production without a token: the load test scrapes it with this one.
      METRICS_TOKEN: 'bench-metrics-token-0123456789',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('the server did not become healthy in 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  // Measure a settled system: let Meilisearch finish whatever the server's start queued.
  await runtime.services.meili.tasks.waitForTasks(
    (await runtime.services.meili.tasks.getTasks({ statuses: ['enqueued', 'processing'] })).results.map((t) => t.uid),
    { timeout: 300_000 },
  );
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Logs in over HTTP and returns the session cookie. */
export async function login(url: string, email: string): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!) { login(email: $e, password: "demo1234") { id } }',
      variables: { e: email },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`login failed for ${email}: ${await res.text()}`);
  return cookie;
}

export async function gql<T = any>(url: string, cookie: string, query: string, variables?: unknown): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data as T;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(headers), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.map(line)].join('\n');
}

/** Every process under `root` (inclusive), from /proc. */
export function processTree(root: number): { pid: number; comm: string }[] {
  const all: { pid: number; ppid: number; comm: string }[] = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const comm = f.slice(f.indexOf('(') + 1, f.lastIndexOf(')'));
      const ppid = Number(f.slice(f.lastIndexOf(')') + 2).split(' ')[1]);
      all.push({ pid: Number(d), ppid, comm });
    } catch {
      // gone meanwhile
    }
  }
  const out: { pid: number; comm: string }[] = [];
  const walk = (pid: number) => {
    for (const p of all.filter((x) => x.ppid === pid)) {
      out.push(p);
      walk(p.pid);
    }
  };
  const me = all.find((x) => x.pid === root);
  if (me) out.push(me);
  walk(root);
  return out;
}

/** Proportional set size of a process in bytes (shared pages split among their users), from /proc. */
function pss(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Bytes under `dir` (files only), 0 when unreadable. */
function diskBytes(dir: string): number {
  let total = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      try {
        if (e.isDirectory()) walk(p);
        else if (e.isFile()) total += fs.statSync(p).size;
      } catch {
        // gone meanwhile
      }
    }
  };
  try {
    walk(dir);
  } catch {
    return 0;
  }
  return total;
}

/**
 * Memory and disk of this benchmark's PostgreSQL and Meilisearch (children of this process): memory as
 * PSS summed over PostgreSQL's processes (its shared buffers counted once) and Meilisearch's; disk as
 * PostgreSQL's database size and its whole data directory (with WAL), and Meilisearch's database
 * (file size and pages in use).
 */
export async function footprint(runtime: Runtime) {
  const mine = processTree(process.pid);
  const sum = (ps: { pid: number }[]) => ps.reduce((s, p) => s + pss(p.pid), 0);
  const conn = runtime.orm.em.fork().getConnection();
  const [{ size, dir }] = (await conn.execute(
    `select pg_database_size(current_database())::bigint as size, current_setting('data_directory') as dir`,
  )) as { size: string; dir: string }[];
  const meili = await runtime.services.meili.getStats();
  return {
    postgresMemory: sum(mine.filter((p) => p.comm === 'postgres')),
    postgresDatabase: Number(size),
    postgresDataDirectory: diskBytes(dir),
    meilisearchMemory: sum(mine.filter((p) => p.comm.startsWith('meilisearch'))),
    meilisearchDatabase: meili.databaseSize,
    meilisearchUsed: meili.usedDatabaseSize,
  };
}

/** Bytes as "1.23 GB" / "456 MB". */
export const bytes = (n: number) => (n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : `${Math.round(n / 1e6)} MB`);
