import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { expect, inject } from 'vitest';
import { type App, createApp } from '../../server/src/app.js';
import { type Config, loadConfig } from '../../server/src/config.js';
import { bootstrap, type Runtime } from '../../server/src/runtime.js';
import { ensureDatabase } from '../../server/src/services/embedded-postgres.js';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } & Record<string, unknown> }[];
}

/**
 * The first error of a GraphQL answer, checked for its contract code (and `extensions.field` when
 * given); fails the test when the answer has no error. Returns the error for checks of its message.
 */
export function expectError(r: GqlResult<unknown>, code: string, field?: string) {
  expect(r.errors, JSON.stringify(r.data)).toBeDefined();
  const e = r.errors![0]!;
  expect(e.extensions?.code, e.message).toBe(code);
  if (field) expect(e.extensions?.field, e.message).toBe(field);
  return e;
}

/** A GraphQL client over real HTTP that keeps its own session cookie. */
export class GqlClient {
  cookie: string | null = null;
  /**
   * The Accept-Language this client sends; null sends none, so the server answers in its default,
   * Danish. Files that check English messages set 'en' (the server's catalogue has both).
   */
  language: 'da' | 'en' | null = null;
  constructor(private readonly url: string) {}

  /** This client, asking for answers in `language`. */
  in(language: 'da' | 'en'): this {
    this.language = language;
    return this;
  }

  async request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...(this.language ? { 'accept-language': this.language } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? null;
    return (await res.json()) as GqlResult<T>;
  }

  /** Like request, but fails the test on any GraphQL error. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const r = await this.request<T>(query, variables);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }

  async login(email: string, password = 'demo1234'): Promise<this> {
    await this.ok('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: email,
      p: password,
    });
    return this;
  }
}

/** Sends `n` requests at the same moment (the i-th from `send(i)`): for tests of concurrent writes. */
export function atOnce<T>(n: number, send: (i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => send(i)));
}

export interface TestApp {
  url: string;
  config: Config;
  runtime: Runtime;
  app: App;
  databaseUrl: string;
  indexPrefix: string;
  client: () => GqlClient;
  close: () => Promise<void>;
}

/** One database (from the migrated template) and one index prefix per test file, and the real HTTP app. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const suffix = randomBytes(5).toString('hex');
  const dbName = `t_${suffix}`;
  const adminUrl = inject('pgAdminUrl');
  await ensureDatabase(adminUrl, dbName, inject('templateDb'));
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const indexPrefix = `t_${suffix}_`;
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: dbUrl.toString(),
    MEILI_URL: inject('meiliUrl'),
    MEILI_MASTER_KEY: inject('meiliKey'),
    MEILI_INDEX_PREFIX: indexPrefix,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const runtime = await bootstrap(config, () => undefined);
  const app = await createApp(config, runtime.services);
  const server = await app.listen(0, '127.0.0.1');
  const addr = server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  await runtime.services.startBackground();
  return {
    url,
    config,
    runtime,
    app,
    databaseUrl: dbUrl.toString(),
    indexPrefix,
    client: () => new GqlClient(url),
    close: async () => {
      await app.stop();
      await runtime.shutdown();
    },
  };
}
