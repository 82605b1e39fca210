import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { gql, login, percentile, processTree, startSeededServer, table } from './harness.js';

/**
 * `npm run bench:load`: a server with LOAD_CANDIDATES (default 100,000) candidates in
 * NODE_ENV=production, driven by consultants (portfolio scope, not admin) and advisers, after a
 * warm-up that is not measured:
 *  - open loop at fixed arrival rates (LOAD_RATES, default 10,20,30,50,100,200 req/s: where it holds,
 *    and the target's 200): requests leave on a fixed schedule whether or not earlier ones have
 *    answered, and latency counts from the scheduled moment (no coordinated omission);
 *  - closed loop at LOAD_CONNECTIONS (default 50) connections with autocannon;
 *  - each kind of request alone, to say what one request costs each process.
 * The mix: 60 % candidate search (plain and the portal's facets + highlights), 30 % matching
 * (task → candidates with a place left, candidate → openings), 10 % writes by advisers that change an
 * indexed field (a unique word in a person's education); every write's freshness is measured in
 * Meilisearch until found. CPU time per process (the Node server, PostgreSQL, Meilisearch, this
 * generator) from /proc, and where requests wait from the server's /metrics. With 4+ cores (or
 * LOAD_PIN=apart) the generator runs on the last core and the server, PostgreSQL and Meilisearch on
 * the others (taskset). Writes test/bench/LOAD.md.
 */
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const CANDIDATES = Number(process.env.LOAD_CANDIDATES ?? 100_000);
const RATES = (process.env.LOAD_RATES ?? '10,20,30,50,100,200').split(',').map(Number);
const TIMEOUT_MS = 10_000;
const WARMUP_SECONDS = Number(process.env.LOAD_WARMUP_SECONDS ?? 15);
const KIND_SECONDS = Number(process.env.LOAD_KIND_SECONDS ?? 15);
const KIND_CONNECTIONS = Number(process.env.LOAD_KIND_CONNECTIONS ?? 8);
type Kind = 'plain' | 'portal' | 'match' | 'openings' | 'write';
const KINDS: [Kind, string][] = [
  ['plain', 'search, plain'],
  ['portal', 'search, portal (facets + highlights)'],
  ['match', 'match task → candidates'],
  ['openings', 'match candidate → openings'],
  ['write', 'updateCandidate (indexed field)'],
];
const KIND_HEAD = [
  'request kind (alone)',
  'req/s',
  'p50 ms',
  'p95 ms',
  'errors',
  'CPU ms/request: Node',
  'PostgreSQL',
  'Meilisearch',
  'req/s the cores could serve',
];

const TERMS = ['truck', 'rengøring', 'køkken', 'lager', 'pleje', 'gaffeltruk', 'kasse', 'maler', 'plukning', 'hotel'];
const PLAIN =
  'query($q: String) { searchCandidates(query: $q, first: 20) { totalHits hits { candidate { id firstName } } } }';
const PORTAL = `query($q: String) { searchCandidates(query: $q, first: 20) {
  totalHits facets { field values { value count } }
  hits { highlights { field snippet } candidate { id firstName readiness danishLevel availableWeeklyHours industriesWished languages iguEligible hasDrivingLicence postcode } } } }`;
const MATCH =
  'query($id: ID!) { matchCandidatesForTask(taskId: $id, first: 10) { score factors { key explanation } candidate { id } } }';
const OPENINGS =
  'query($id: ID!) { matchOpeningsForCandidate(candidateId: $id, first: 10) { score task { id } iguSlot { id } } }';
const UPDATE =
  'mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id version } }';
const METRICS_TOKEN = 'bench-metrics-token-0123456789';

interface Actor {
  cookie: string;
  tasks: string[];
}
interface Writer {
  cookie: string;
  people: { id: string; version: number; busy: boolean }[];
}
interface Req {
  kind: 'search' | 'match' | 'write';
  cookie: string;
  body: string;
  /** For writes: the word to look for and the person whose version to bump. */
  word?: string;
  person?: { id: string; version: number; busy: boolean };
}

const TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
/** CPU seconds (user + system) of a process and its reaped children, from /proc. */
function cpuSeconds(pid: number): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
    // fields after ")": state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
    return (Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14])) / TICKS;
  } catch {
    return 0;
  }
}
/** CPU seconds so far per group: the server, PostgreSQL (postmaster + backends), Meilisearch, this generator. */
function cpuSnapshot(serverPid: number) {
  const mine = processTree(process.pid);
  const sum = (ps: { pid: number }[]) => ps.reduce((s, p) => s + cpuSeconds(p.pid), 0);
  // The postmaster's cutime holds exited backends; live backends add their own.
  const own = process.cpuUsage();
  return {
    server: cpuSeconds(serverPid),
    postgres: sum(mine.filter((p) => p.comm === 'postgres')),
    meilisearch: sum(mine.filter((p) => p.comm.startsWith('meilisearch'))),
    generator: (own.user + own.system) / 1e6,
  };
}

function add(lat: Record<string, number[]>, key: string, t: number) {
  lat[key] ??= [];
  lat[key].push(t);
}

function pin(pids: number[], cpus: string) {
  for (const pid of pids) {
    try {
      execFileSync('taskset', ['-a', '-p', '-c', cpus, String(pid)], { stdio: 'ignore' });
    } catch {
      // taskset missing or not allowed: run unpinned
    }
  }
}

async function post(url: string, r: Req): Promise<{ ok: boolean; text: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: r.cookie },
    body: r.body,
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await res.text();
  return { ok: res.ok && !text.includes('"errors"'), text };
}

async function main() {
  const cores = os.cpus().length;
  // Pinning apart takes a whole core from the server: on 2 cores that halves it, so there it is
  // opt-in (LOAD_PIN=apart); from 4 cores on it is the default.
  const apart = (process.env.LOAD_PIN ?? (cores >= 4 ? 'apart' : 'none')) === 'apart' && cores >= 2;
  const serverCpus = apart ? `0-${cores - 2}` : '';
  const generatorCpu = apart ? String(cores - 1) : '';
  if (serverCpus) process.env.BENCH_SERVER_CPUS = serverCpus;
  console.log(`Starting a server with ${CANDIDATES.toLocaleString('en')} candidates (production mode)…`);
  const s = await startSeededServer({ candidates: CANDIDATES, companies: Math.round(CANDIDATES / 5) });
  try {
    if (serverCpus) {
      const children = processTree(process.pid).filter(
        (p) => p.comm === 'postgres' || p.comm.startsWith('meilisearch'),
      );
      pin(
        children.map((p) => p.pid),
        serverCpus,
      );
      pin([process.pid], generatorCpu);
    }
    const em = s.runtime.orm.em.fork();
    const conn = em.getConnection();
    const users = (await conn.execute(
      `select email, role::text as role, id from app_user where role in ('CONSULTANT', 'ADVISER') order by email`,
    )) as { email: string; role: string; id: string }[];
    const consultants: Actor[] = [];
    for (const u of users.filter((x) => x.role === 'CONSULTANT')) {
      const cookie = await login(s.url, u.email);
      // Only tasks with a seat left: matching a filled task is answered with a domain error
      // ("… er besat"), which is the right answer but not the load we mean to measure.
      const t = await gql<{ tasks: { edges: { node: { id: string; openingsLeft: number } }[] } }>(
        s.url,
        cookie,
        '{ tasks(first: 100, filter: { status: OPEN }) { edges { node { id openingsLeft } } } }',
      );
      const tasks = t.tasks.edges.filter((e) => e.node.openingsLeft > 0).map((e) => e.node.id);
      if (tasks.length) consultants.push({ cookie, tasks });
    }
    const writers: Writer[] = [];
    for (const u of users.filter((x) => x.role === 'ADVISER')) {
      const people = (await conn.execute(
        `select id, version from candidate where adviser_id = ? and consent_to_share and status = 'ACTIVE' order by id limit 300`,
        [u.id],
      )) as { id: string; version: number }[];
      if (people.length)
        writers.push({ cookie: await login(s.url, u.email), people: people.map((p) => ({ ...p, busy: false })) });
    }
    const people = (
      (await conn.execute(
        `select id from candidate where consent_to_share and status = 'ACTIVE' order by md5(id::text) limit 200`,
      )) as { id: string }[]
    ).map((r) => r.id);
    if (!consultants.length || !writers.length)
      throw new Error('No consultant with open tasks or adviser with a caseload.');
    console.log(`  ${consultants.length} consultants, ${writers.length} advisers writing`);

    let seq = 0;
    /** The mix's next request; `only` gives one kind of it (the cost-per-kind table). */
    const next = (allowWrite = true, only?: Kind): Req => {
      const i = seq++;
      const a = consultants[i % consultants.length]!;
      const r =
        only === undefined
          ? i % 20
          : { plain: 0, portal: 1, match: 12, openings: 17, write: allowWrite ? 18 : 12 }[only];
      if (r < 12) {
        const q = TERMS[i % TERMS.length];
        return {
          kind: 'search',
          cookie: a.cookie,
          body: JSON.stringify({ query: r % 2 ? PORTAL : PLAIN, variables: { q } }),
        };
      }
      if (r < 18 || !allowWrite) {
        return r < 17
          ? {
              kind: 'match',
              cookie: a.cookie,
              body: JSON.stringify({ query: MATCH, variables: { id: a.tasks[i % a.tasks.length] } }),
            }
          : {
              kind: 'match',
              cookie: a.cookie,
              body: JSON.stringify({ query: OPENINGS, variables: { id: people[i % people.length] } }),
            };
      }
      const w = writers[i % writers.length]!;
      const person = w.people.find((p) => !p.busy);
      if (!person) return next(false, only);
      person.busy = true;
      const word = `last${i}x${Date.now().toString(36)}q`;
      return {
        kind: 'write',
        cookie: w.cookie,
        word,
        person,
        body: JSON.stringify({
          query: UPDATE,
          variables: { id: person.id, input: { version: person.version, education: `Kursus: ${word}` } },
        }),
      };
    };

    const freshness: number[] = [];
    let freshnessLost = 0;
    /**
     * Freshness: a write's word, looked for in the live candidate index every 100 ms, all pending
     * words in one multi-search. At most WATCHED writes are watched at once (the others are written
     * and not timed): the first version searched the product for every write every 50 ms, and with
     * writes queueing those polls became most of the load they measured. A phrase query has no typo
     * tolerance, and the hit must be the written person.
     */
    const WATCHED = 8;
    const pending = new Map<string, { from: number; person: string; done: () => void }>();
    const indexUid = s.runtime.services.search.uid('candidate');
    let watching = true;
    const watcher = (async () => {
      while (watching || pending.size) {
        const words = [...pending.keys()];
        if (words.length) {
          const res = await s.runtime.services.meili
            .multiSearch({
              queries: words.map((w) => ({ indexUid, q: `"${w}"`, limit: 1, attributesToRetrieve: ['id'] })),
            })
            .catch(() => null);
          const now = performance.now();
          res?.results.forEach((r, k) => {
            const p = pending.get(words[k]!);
            if (!p) return;
            if (r.hits[0]?.id === p.person) freshness.push(now - p.from);
            else if (now - p.from <= 30_000) return;
            else freshnessLost++;
            pending.delete(words[k]!);
            p.done();
          });
        }
        await new Promise((res) => setTimeout(res, 100));
      }
    })();
    /**
     * Watches a write's word; the person stays busy (no further write) until it is found, or a
     * second write would overwrite the first word before it could be seen.
     */
    const watch = (word: string, from: number, person: { id: string; busy: boolean }) =>
      pending.size >= WATCHED
        ? Promise.resolve().then(() => {
            person.busy = false;
          })
        : new Promise<void>((done) =>
            pending.set(word, {
              from,
              person: person.id,
              done: () => {
                person.busy = false;
                done();
              },
            }),
          );
    /** After a failed write (a timeout the server still finished, say): read the version again. */
    const reread = async (person: { id: string; version: number }) => {
      const [row] = (await conn.execute('select version from candidate where id = ?', [person.id])) as {
        version: number;
      }[];
      if (row) person.version = row.version;
    };
    const run = async (
      req: Req,
      scheduled: number,
      lat: Record<string, number[]>,
      errors: { n: number; sample: string },
      watches: Promise<void>[],
    ) => {
      try {
        const r = await post(s.url, req);
        const t = performance.now() - scheduled;
        add(lat, req.kind, t);
        add(lat, 'all', t);
        if (!r.ok) {
          errors.n++;
          errors.sample ||= r.text.slice(0, 200);
          if (req.person) await reread(req.person);
        } else if (req.kind === 'write') {
          const v = /"version":(\d+)/.exec(r.text);
          if (v && req.person) req.person.version = Number(v[1]);
          watches.push(watch(req.word!, scheduled, req.person!));
          return;
        }
      } catch (err) {
        errors.n++;
        errors.sample ||= (err as Error).message;
        add(lat, 'all', performance.now() - scheduled);
        if (req.person) await reread(req.person);
      }
      if (req.person) req.person.busy = false;
    };

    /**
     * Waits until the previous phase's work is done before the next is measured: requests the generator
     * gave up on (a timeout) still run in the server, and their writes still reach Meilisearch. Done is
     * the three processes together under a tenth of a core for a second and no search outbox backlog
     * (at most 3 minutes; the wait is printed).
     */
    const settle = async (label: string) => {
      const t = performance.now();
      for (;;) {
        const a = cpuSnapshot(s.pid);
        await new Promise((res) => setTimeout(res, 1000));
        const b = cpuSnapshot(s.pid);
        const busy = b.server - a.server + (b.postgres - a.postgres) + (b.meilisearch - a.meilisearch);
        const text = await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
          .then((r) => r.text())
          .catch(() => '');
        const backlog = Number(/^jobbro_search_outbox_backlog (\S+)/m.exec(text)?.[1] ?? 0);
        if ((busy < 0.1 && backlog === 0) || performance.now() - t > 180_000) break;
      }
      const waited = (performance.now() - t) / 1000;
      if (waited > 1.5)
        console.log(`    waited ${waited.toFixed(0)} s for the server to finish the work before ${label}`);
    };

    const rows: (string | number)[][] = [];
    const cpuRows: (string | number)[][] = [];
    const waitRows: (string | number)[][] = [];
    /**
     * Where requests wait: every second, the server's /metrics (database pool, search outbox,
     * Meilisearch's task queue, event-loop delay) and one raw Meilisearch search's round trip;
     * the row keeps each one's worst second.
     */
    const sampleWaits = (label: string) => {
      const worst = { used: 0, pending: 0, outbox: 0, meiliQueue: 0, lag: 0, raw: [] as number[] };
      let on = true;
      const done = (async () => {
        while (on) {
          const text = await fetch(`${s.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
            .then((r) => r.text())
            .catch(() => '');
          const read = (re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
          worst.used = Math.max(worst.used, read(/^jobbro_db_pool_connections\{state="used"\} (\S+)/m));
          worst.pending = Math.max(worst.pending, read(/^jobbro_db_pool_connections\{state="pending"\} (\S+)/m));
          worst.outbox = Math.max(worst.outbox, read(/^jobbro_search_outbox_backlog (\S+)/m));
          worst.meiliQueue = Math.max(worst.meiliQueue, read(/^jobbro_meilisearch_tasks\{status="enqueued"\} (\S+)/m));
          worst.lag = Math.max(worst.lag, read(/^nodejs_eventloop_lag_p99_seconds (\S+)/m) * 1000);
          const t = performance.now();
          await s.runtime.services.meili
            .index(indexUid)
            .search('truck', { limit: 20 })
            .catch(() => null);
          worst.raw.push(performance.now() - t);
          await new Promise((res) => setTimeout(res, 1000));
        }
      })();
      return async () => {
        on = false;
        await done;
        const raw = worst.raw.sort((a, b) => a - b);
        waitRows.push([
          label,
          worst.used,
          worst.pending,
          worst.outbox,
          worst.meiliQueue,
          worst.lag.toFixed(0),
          raw.length ? `${percentile(raw, 50).toFixed(0)} / ${raw[raw.length - 1]!.toFixed(0)}` : '–',
        ]);
      };
    };
    /**
     * CPU per second of wall time, and per answered request: the latter is what one request of the
     * mix costs each process, so `cores × 1000 ÷ (their sum)` bounds the rate this machine can serve.
     */
    const measureCpu = (label: string, before: ReturnType<typeof cpuSnapshot>, seconds: number, answered: number) => {
      const after = cpuSnapshot(s.pid);
      const d = (k: keyof typeof after) => ((after[k] - before[k]) / seconds).toFixed(2);
      const per = (k: 'server' | 'postgres' | 'meilisearch') => (1000 * (after[k] - before[k])) / Math.max(1, answered);
      const product = per('server') + per('postgres') + per('meilisearch');
      cpuRows.push([
        label,
        d('server'),
        d('postgres'),
        d('meilisearch'),
        d('generator'),
        `${per('server').toFixed(1)} / ${per('postgres').toFixed(1)} / ${per('meilisearch').toFixed(1)}`,
        ((cores * 1000) / product).toFixed(0),
        os.loadavg()[0]!.toFixed(1),
      ]);
    };
    const row = (label: string, offered: string, lat: Record<string, number[]>, errors: number, seconds: number) => {
      const q = (k: string, p: number) => {
        const xs = [...(lat[k] ?? [])].sort((a, b) => a - b);
        return xs.length ? percentile(xs, p).toFixed(0) : '–';
      };
      const fs2 = [...freshness].sort((a, b) => a - b);
      rows.push([
        label,
        offered,
        ((lat.all?.length ?? 0) / seconds).toFixed(0),
        q('all', 50),
        q('all', 95),
        q('all', 99),
        q('search', 95),
        q('match', 95),
        q('write', 95),
        errors,
        fs2.length
          ? `${percentile(fs2, 50).toFixed(0)} / ${percentile(fs2, 95).toFixed(0)} (${fs2.length}${freshnessLost ? `, ${freshnessLost} never` : ''})`
          : '–',
      ]);
    };

    /**
     * Closed loop with autocannon: `connections` connections, each sends its next request when the
     * last answered. Returns the latencies, the errors and the seconds it ran.
     */
    const closedLoop = async (connections: number, seconds: number, make: () => Req, watches: Promise<void>[]) => {
      const lat: Record<string, number[]> = {};
      let errors = 0;
      let sample = '';
      const started = performance.now();
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        autocannon(
          {
            url: `${s.url}/graphql`,
            method: 'POST',
            connections,
            duration: seconds,
            timeout: TIMEOUT_MS / 1000,
            headers: { 'content-type': 'application/json' },
            requests: [
              {
                setupRequest: (req, context) => {
                  const r = make();
                  (context as { r?: Req; at?: number }).r = r;
                  (context as { r?: Req; at?: number }).at = performance.now();
                  return { ...req, body: r.body, headers: { ...req.headers, cookie: r.cookie } };
                },
                onResponse: (_status, body, context) => {
                  const c = context as { r: Req; at: number };
                  const t = performance.now() - c.at;
                  add(lat, c.r.kind, t);
                  add(lat, 'all', t);
                  if (body.includes('"errors"')) {
                    errors++;
                    sample ||= body.slice(0, 200);
                    if (c.r.person) {
                      const p = c.r.person;
                      void reread(p).finally(() => {
                        p.busy = false;
                      });
                      return;
                    }
                  } else if (c.r.kind === 'write') {
                    const v = /"version":(\d+)/.exec(body);
                    if (v && c.r.person) c.r.person.version = Number(v[1]);
                    watches.push(watch(c.r.word!, c.at, c.r.person!));
                    return;
                  }
                  if (c.r.person) c.r.person.busy = false;
                },
              },
            ],
          },
          (err, res) => (err ? reject(err) : resolve(res)),
        );
      });
      if (sample) console.log(`    first error: ${sample}`);
      return {
        lat,
        errors: errors + result.errors + result.timeouts + result.non2xx,
        seconds: (performance.now() - started) / 1000,
      };
    };

    // Warm-up, not measured: a fresh process compiles its hot paths during its first requests,
    // which would land on whichever scenario runs first.
    console.log(`  warm-up: the mix at 10 connections for ${WARMUP_SECONDS} s (not measured)…`);
    const warmWatches: Promise<void>[] = [];
    await closedLoop(10, WARMUP_SECONDS, () => next(), warmWatches);
    await Promise.all(warmWatches);
    freshness.length = 0;
    freshnessLost = 0;

    for (const rate of RATES) {
      await settle(`${rate} req/s`);
      console.log(`  open loop at ${rate} req/s for ${SECONDS} s…`);
      freshness.length = 0;
      freshnessLost = 0;
      const lat: Record<string, number[]> = {};
      const errors = { n: 0, sample: '' };
      const inflight: Promise<void>[] = [];
      const watches: Promise<void>[] = [];
      const before = cpuSnapshot(s.pid);
      const stopSampling = sampleWaits(`open ${rate}/s`);
      const start = performance.now() + 50;
      const total = rate * SECONDS;
      for (let k = 0; k < total; k++) {
        const at = start + (k * 1000) / rate;
        const wait = at - performance.now();
        if (wait > 1) await new Promise((res) => setTimeout(res, wait));
        inflight.push(run(next(), at, lat, errors, watches));
      }
      await Promise.all(inflight);
      // From the first send to the last answer: the freshness watch that follows is not load.
      const elapsed = (performance.now() - start) / 1000;
      measureCpu(`open ${rate}/s`, before, elapsed, lat.all?.length ?? 0);
      await stopSampling();
      await Promise.all(watches);
      row(`open loop`, `${rate}/s`, lat, errors.n, elapsed);
      if (errors.sample) console.log(`    first error: ${errors.sample}`);
      console.log(table(HEAD, rows.slice(-1)));
    }

    // The mix at a fixed number of connections.
    await settle('the closed loop');
    console.log(`  closed loop at ${CONNECTIONS} connections for ${SECONDS} s…`);
    freshness.length = 0;
    freshnessLost = 0;
    const watches: Promise<void>[] = [];
    const before = cpuSnapshot(s.pid);
    const stopSampling = sampleWaits(`closed ${CONNECTIONS} conn.`);
    const closed = await closedLoop(CONNECTIONS, SECONDS, () => next(), watches);
    measureCpu(`closed ${CONNECTIONS} conn.`, before, closed.seconds, closed.lat.all?.length ?? 0);
    await stopSampling();
    await Promise.all(watches);
    row(`closed loop, ${CONNECTIONS} conn.`, '–', closed.lat, closed.errors, closed.seconds);

    // What one request of each kind costs each process: a closed loop of that kind alone.
    const kindRows: (string | number)[][] = [];
    for (const [kind, label] of KINDS) {
      await settle(label);
      console.log(`  ${label} alone, ${KIND_CONNECTIONS} connections for ${KIND_SECONDS} s…`);
      const kindWatches: Promise<void>[] = [];
      const b = cpuSnapshot(s.pid);
      const r = await closedLoop(KIND_CONNECTIONS, KIND_SECONDS, () => next(true, kind), kindWatches);
      const a = cpuSnapshot(s.pid);
      await Promise.all(kindWatches);
      const n = Math.max(1, r.lat.all?.length ?? 0);
      const per = (k: 'server' | 'postgres' | 'meilisearch') => (1000 * (a[k] - b[k])) / n;
      const xs = [...(r.lat.all ?? [])].sort((x, y) => x - y);
      kindRows.push([
        label,
        (n / r.seconds).toFixed(0),
        xs.length ? percentile(xs, 50).toFixed(0) : '–',
        xs.length ? percentile(xs, 95).toFixed(0) : '–',
        r.errors,
        per('server').toFixed(1),
        per('postgres').toFixed(1),
        per('meilisearch').toFixed(1),
        ((cores * 1000) / (per('server') + per('postgres') + per('meilisearch'))).toFixed(0),
      ]);
      console.log(table(KIND_HEAD, kindRows.slice(-1)));
    }
    watching = false;
    await watcher;

    // What one indexing batch costs Meilisearch at this index size, alone: the product's own sync
    // (documents from PostgreSQL, addDocuments, wait until applied) for 1, 10 and 100 people.
    const batchRows: (string | number)[][] = [];
    await settle('the indexing batches');
    for (const size of [1, 10, 100]) {
      const walls: number[] = [];
      const before = cpuSnapshot(s.pid);
      const rounds = size === 100 ? 3 : 5;
      for (let k = 0; k < rounds; k++) {
        const ids = people.slice((k * size) % people.length, ((k * size) % people.length) + size);
        const t = performance.now();
        await s.runtime.services.search.sync(s.runtime.orm.em.fork(), 'candidate', ids);
        walls.push(performance.now() - t);
      }
      const after = cpuSnapshot(s.pid);
      walls.sort((a, b) => a - b);
      batchRows.push([
        size,
        rounds,
        percentile(walls, 50).toFixed(0),
        ((1000 * (after.meilisearch - before.meilisearch)) / rounds).toFixed(0),
        ((1000 * (after.meilisearch - before.meilisearch)) / rounds / size).toFixed(1),
      ]);
    }

    const out = table(HEAD, rows);
    const cpu = table(
      [
        'scenario',
        'Node server',
        'PostgreSQL',
        'Meilisearch',
        'load generator',
        'CPU ms per request: Node / PostgreSQL / Meilisearch',
        `req/s the ${cores} cores could serve at that cost`,
        'load avg (1 min, whole machine)',
      ],
      cpuRows,
    );
    const waits = table(
      [
        'scenario',
        'pool used (max)',
        'pool waiting (max)',
        'outbox backlog (max)',
        'Meilisearch tasks queued (max)',
        'event-loop delay p99 (max ms)',
        'raw Meilisearch search p50 / max ms',
      ],
      waitRows,
    );
    const kinds = table(KIND_HEAD, kindRows);
    const batches = table(
      [
        'people in the batch',
        'batches',
        'until applied, p50 ms',
        'Meilisearch CPU ms per batch',
        'Meilisearch CPU ms per person',
      ],
      batchRows,
    );
    console.log(`\n${out}\n\n${cpu}\n\n${waits}\n\n${kinds}\n\n${batches}`);
    const doc = `# Load test

\`npm run bench:load\` (LOAD_CANDIDATES=${CANDIDATES}, LOAD_SECONDS=${SECONDS}, LOAD_RATES=${RATES.join(',')}, LOAD_CONNECTIONS=${CONNECTIONS}),
${new Date().toISOString().slice(0, 16)} UTC, ${cores} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}). The machine was shared with other busy
sessions during the run: the load average column says how busy it was; absolute figures are pessimistic.

A fresh server with ${CANDIDATES.toLocaleString('en')} candidates in \`NODE_ENV=production\`, its own process${serverCpus ? ` pinned with taskset to CPU ${serverCpus} together with PostgreSQL and Meilisearch, the load generator on CPU ${generatorCpu}` : `, not pinned: on ${cores} cores pinning the generator apart would leave the server, PostgreSQL and Meilisearch one core (LOAD_PIN=apart does it), so the generator's own CPU time is in the table instead`}.
Requests come from ${consultants.length} consultants (their own portfolio scope, not admin) and ${writers.length} advisers writing to their
own caseload. Mix: 60 % candidate search (half the plain query, half the portal's facets + highlights), 30 % matching
(25 % task → candidates with explanations, 5 % candidate → openings), 10 % \`updateCandidate\` writing a unique word into a
person's education (an indexed field). **Open loop**: requests leave at the fixed rate whatever the answers do, and
latency counts from the scheduled send time (queueing included, no coordinated omission). **Closed loop**: autocannon,
${CONNECTIONS} connections. Errors: transport errors, timeouts (${TIMEOUT_MS / 1000} s), non-2xx and GraphQL errors in 200 answers.
Freshness: from a write's send time until a phrase search for its word, sent straight to Meilisearch every 100 ms,
finds the person; at most ${WATCHED} writes are watched at once (the count is in brackets).

${out}

CPU seconds per second of wall time (1.00 = one core busy), per process group, from /proc (utime + stime, PostgreSQL's
exited backends through the postmaster's cutime):

${cpu}

Where requests wait, sampled every second from the server's \`/metrics\` (the database pool of ${s.config.db.poolMax}, the search
outbox, Meilisearch's task queue, Node's event-loop delay) beside one raw Meilisearch search a second, straight to
Meilisearch with the same client (its round trip under the same load):

${waits}

What each kind of request costs, alone: a closed loop of that kind only at ${KIND_CONNECTIONS} connections for ${KIND_SECONDS} s,
CPU time per answered request per process (so "req/s the cores could serve" = ${cores} × 1000 ÷ their sum, the
ceiling for that kind on this machine whatever the software does around it):

${kinds}

What one indexing batch costs, with nothing else running: the product's own sync of 1, 10 and 100 people (their
documents from PostgreSQL, one \`addDocuments\`, waiting until Meilisearch has applied it):

${batches}
`;
    fs.writeFileSync('test/bench/LOAD.md', doc);
    console.log('Wrote test/bench/LOAD.md');
  } finally {
    await s.stop();
  }
}

const HEAD = [
  'scenario',
  'offered',
  'achieved req/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'search p95',
  'match p95',
  'write p95',
  'errors',
  'freshness p50 / p95 ms (writes)',
];

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
