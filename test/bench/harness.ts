import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type App, createApp } from '../../server/src/app.js';
import { type Config, loadConfig } from '../../server/src/config.js';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { bootstrap, type Runtime } from '../../server/src/runtime.js';
import type { IndexedEntity } from '../../server/src/search/outbox-event.entity.js';
import { INDEXED_ENTITIES } from '../../server/src/search/search-index.js';

export interface BenchServer {
  url: string;
  config: Config;
  runtime: Runtime;
  app: App;
  stop: () => Promise<void>;
}

/** A real server on embedded PostgreSQL and Meilisearch in a throw-away directory, seeded and indexed. */
export async function startSeededServer(opts: {
  candidates: number;
  companies: number;
  log?: (s: string) => void;
}): Promise<BenchServer & { seedSeconds: number; indexSeconds: Record<IndexedEntity, number> }> {
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
  const summary = await seedDemo(runtime.services, { candidates: opts.candidates, companies: opts.companies });
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
  const app = await createApp(config, runtime.services);
  const server = await app.listen(0, '127.0.0.1');
  await runtime.services.startBackground();
  const addr = server.address();
  return {
    url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
    config,
    runtime,
    app,
    seedSeconds,
    indexSeconds,
    stop: async () => {
      await app.stop();
      await runtime.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    },
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
