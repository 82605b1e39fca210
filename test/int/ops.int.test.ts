import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../server/src/app.js';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { createLogger } from '../../server/src/ops/logger.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { GqlClient, type TestApp } from '../setup/test-app.js';
import { competenceByCode, makeCandidate, makeCompany, makeTask, userByEmail } from './matching-fixtures.js';

const MATCH = `query MatchForTask($id: ID!) { matchCandidatesForTask(taskId: $id, first: 5) { score candidate { firstName } } }`;

/** A second app on the test runtime whose logger writes into `lines`, so the log can be read. */
async function appWithCapturedLog(t: TestApp, config = t.config) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const app = await createApp(config, t.runtime.services, { logger: createLogger({ logLevel: 'info' }, sink) });
  const server: Server = await app.listen(0, '127.0.0.1');
  const addr = server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return { app, url, lines, records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('operations: logs, metrics, health and readiness', () => {
  let t: DemoApp;
  let taskId: string;
  let adviserId: string;
  const extra: App[] = [];

  beforeAll(async () => {
    t = await createDemoApp();
    const em = t.em();
    adviserId = (await userByEmail(em, 'raadgiver@demo.dk')).id;
    const forklift = await competenceByCode(em, 'forklift-operation');
    const company = await makeCompany(em, { industry: '52', postcode: '5220' });
    taskId = (await makeTask(em, company, [{ competence: forklift, minLevel: 1 }])).id;
    await makeCandidate(em, { firstName: 'Zenobia', competences: [{ competence: forklift, level: 3 }] });
    await t.runtime.services.outbox.drain(60_000);
  });
  afterAll(async () => {
    for (const app of extra) await app.stop();
    await t?.close();
  });

  it('writes one JSON line per GraphQL request: request id, user id, operation, duration, outcome, and no personal data', async () => {
    const ops = await appWithCapturedLog(t);
    extra.push(ops.app);
    const c = new GqlClient(ops.url);
    await c.login('raadgiver@demo.dk');
    const res = await fetch(`${ops.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'x-request-id': 'test-match-1',
        cookie: c.cookie!,
      },
      body: JSON.stringify({ query: MATCH, variables: { id: taskId } }),
    });
    const body = (await res.json()) as { data: { matchCandidatesForTask: { candidate: { firstName: string } }[] } };
    expect(body.data.matchCandidatesForTask.map((m) => m.candidate.firstName)).toContain('Zenobia');
    expect(res.headers.get('x-request-id')).toBe('test-match-1');

    const line = ops.records().find((r) => r.requestId === 'test-match-1');
    console.log(`A match request's log line: ${ops.lines.find((l) => l.includes('test-match-1'))}`);
    expect(line).toMatchObject({
      level: 'info',
      msg: 'graphql',
      service: 'jobbro',
      userId: adviserId,
      role: 'ADVISER',
      operationName: 'MatchForTask',
      operation: 'matchCandidatesForTask',
      type: 'query',
      outcome: 'ok',
      errors: 0,
    });
    expect(line?.durationMs).toEqual(expect.any(Number));
    // The login before it: its own line, with a made-up request id and the error-free outcome.
    const login = ops.records().find((r) => r.operation === 'login');
    expect(login?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    // What must never be in the log: the password, the e-mail, the task id sent as a variable, a person's name.
    const all = ops.lines.join('\n');
    for (const secret of ['demo1234', 'raadgiver@demo.dk', taskId, 'Zenobia']) expect(all).not.toContain(secret);

    const bad = await c.request(
      'mutation { endPlacement(placementId: "00000000-0000-4000-8000-000000000000", outcome: COMPLETED) { id } }',
    );
    const code = bad.errors?.[0]?.extensions?.code;
    expect(code).toBeTruthy();
    expect(ops.records().at(-1)).toMatchObject({
      operation: 'endPlacement',
      type: 'mutation',
      outcome: code,
      errors: 1,
    });
    // A document that does not validate names no field: a client's typo must not become a metric label.
    await c.request('mutation { endPlacement(id: "x") { id } }');
    expect(ops.records().at(-1)).toMatchObject({
      operation: '(none)',
      type: 'unknown',
      outcome: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('serves Prometheus metrics: requests and latency by operation, outbox, Meilisearch tasks and the pool', async () => {
    const c = await t.as(Role.ADVISER);
    await c.ok(MATCH, { id: taskId });
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    const count = Number(
      /^jobbro_graphql_requests_total\{operation="matchCandidatesForTask",type="query",outcome="ok"\} (\d+)$/m.exec(
        text,
      )?.[1],
    );
    expect(count).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(
      /^jobbro_graphql_request_duration_seconds_bucket\{le="\+Inf",operation="matchCandidatesForTask",type="query",outcome="ok"\} \d+$/m,
    );
    expect(text).toMatch(/^jobbro_graphql_requests_total\{operation="login",type="mutation",outcome="ok"\} \d+$/m);
    expect(text).toMatch(/^jobbro_search_outbox_backlog \d+$/m);
    expect(text).toMatch(/^jobbro_search_outbox_oldest_age_seconds [\d.e+-]+$/m);
    expect(text).toMatch(/^jobbro_meilisearch_tasks\{status="enqueued"\} \d+$/m);
    expect(text).toMatch(/^jobbro_meilisearch_tasks\{status="processing"\} \d+$/m);
    const used = Number(/^jobbro_db_pool_connections\{state="used"\} (\d+)$/m.exec(text)?.[1]);
    const max = Number(/^jobbro_db_pool_connections\{state="max"\} (\d+)$/m.exec(text)?.[1]);
    expect(max).toBeGreaterThan(0);
    expect(used).toBeLessThanOrEqual(max);
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    // A second scrape counts on: the counter is cumulative.
    await c.ok(MATCH, { id: taskId });
    const again = await (await fetch(`${t.url}/metrics`)).text();
    expect(
      Number(
        /^jobbro_graphql_requests_total\{operation="matchCandidatesForTask",type="query",outcome="ok"\} (\d+)$/m.exec(
          again,
        )?.[1],
      ),
    ).toBe(count + 1);
    console.log(
      `/metrics excerpt:\n${text
        .split('\n')
        .filter((l) => /^jobbro_(graphql_requests_total|search_outbox|meilisearch|db_pool)/.test(l))
        .join('\n')}`,
    );
  });

  it('asks for the bearer token when METRICS_TOKEN is set, and is off in production without one', async () => {
    const token = 'metrics-token-0123456789';
    const guarded = await appWithCapturedLog(t, { ...t.config, metricsToken: token });
    extra.push(guarded.app);
    expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${guarded.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status,
    ).toBe(401);
    const ok = await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('jobbro_graphql_requests_total');

    const prod = await appWithCapturedLog(t, { ...t.config, production: true, metricsToken: null });
    extra.push(prod.app);
    expect((await fetch(`${prod.url}/metrics`)).status).toBe(404);
  });

  it('is live on /healthz and ready on /readyz (PostgreSQL, Meilisearch, migrations)', async () => {
    const live = await fetch(`${t.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      postgres: { ok: true },
      meilisearch: { ok: true },
      migrations: { ok: true, pending: 0 },
    });
  });
});
