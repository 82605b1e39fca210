import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  type RetrievalQuery,
  type RetrievalResult,
  retrieveCandidatesVia,
  viaMultiSearch,
} from '../../server/src/features/matching/retrieval.js';
import { taskDocuments } from '../../server/src/search/documents.js';
import { nearestByPostcode } from '../../server/src/search/nearest.js';
import { todayInDenmark } from '../../server/src/shared/clock.js';
import { gql, login, percentile, startSeededServer, table } from './harness.js';

/**
 * `npm run bench:profile [-- --size 10000 --requests 300 --op match --answers /tmp/a.json]`: a request
 * path under a CPU profile (`--op match`, the default, or `search`: the bench's plain candidate search). Seeds and indexes `size` candidates, starts the product's server with `--cpu-prof`,
 * sends `requests` matchCandidatesForTask one after another (a consultant, open tasks with a place
 * left, 20 warm-up requests first), stops the server and prints the latencies and the profile's top
 * frames by self time, and by file. `--answers FILE` writes every task's top 10 (ids and scores), so a
 * run before and after a change shows the answers did not move (`--compare FILE` checks against one).
 */
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const SIZE = Number(arg('size') ?? 10_000);
const REQUESTS = Number(arg('requests') ?? 300);
const OP = arg('op') ?? 'match';
const MATCH =
  'query($id: ID!) { matchCandidatesForTask(taskId: $id, first: 10) { score factors { key explanation } candidate { id } } }';
// The bench's plain search and its words (test/bench/bench.ts).
const SEARCH =
  'query($q: String) { searchCandidates(query: $q, first: 20) { totalHits hits { candidate { id firstName } } } }';
const TERMS = ['truck', 'rengøring', 'køkken', 'lager', 'maler', 'hygiejnebevis', 'plukning', 'svejsning', 'hotel'];

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) per function and per file, from a V8 .cpuprofile. */
function selfTimes(p: Profile) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++)
    self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  const short = (url: string) =>
    url
      .replace(/^file:\/\//, '')
      .replace(/^.*\/(node_modules\/)/, '$1')
      .replace(/^.*\/dist\//, '') || '(native)';
  const fns = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    const f = n.callFrame;
    const file = short(f.url);
    const pkg = file.startsWith('node_modules/')
      ? file
          .split('/')
          .slice(0, file.includes('/@') ? 3 : 2)
          .join('/')
      : file;
    fns.set(
      `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`,
      (fns.get(`${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`) ?? 0) + ms,
    );
    files.set(pkg, (files.get(pkg) ?? 0) + ms);
    total += ms;
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, ms]) => [name, ms.toFixed(0), `${((100 * ms) / total).toFixed(1)} %`]);
  return { total, fns: top(fns, 30), files: top(files, 15) };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-prof-'));
  process.env.BENCH_NODE_ARGS = `--cpu-prof --cpu-prof-dir=${dir}`;
  const s = await startSeededServer({ candidates: SIZE, companies: Math.round(SIZE / 5) });
  delete process.env.BENCH_NODE_ARGS;
  try {
    const consultant = await login(s.url, 'konsulent@demo.dk');
    if (OP === 'search') await profileSearch(s, consultant);
    else await profileMatch(s, consultant);
  } finally {
    await s.stop();
  }
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  const prof = selfTimes(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Profile);
  console.log(`\nprofile ${path.join(dir, file)}: ${prof.total.toFixed(0)} ms sampled in the server process`);
  console.log(table(['function (self time)', 'ms', 'share'], prof.fns));
  console.log(table(['file or package (self time)', 'ms', 'share'], prof.files));
}

type Seeded = Awaited<ReturnType<typeof startSeededServer>>;

/** The plain search, one request after another, each followed by the same search straight to Meilisearch. */
async function profileSearch(s: Seeded, consultant: string) {
  // The product's own client (uncompressed answers: see services.ts).
  const meili = s.runtime.services.meili;
  const index = meili.index(s.runtime.services.search.uid('candidate'));
  const times: number[] = [];
  const raw: number[] = [];
  for (let i = -20; i < REQUESTS; i++) {
    const q = TERMS[((i % TERMS.length) + TERMS.length) % TERMS.length]!;
    const t = performance.now();
    await gql(s.url, consultant, SEARCH, { q });
    if (i >= 0) times.push(performance.now() - t);
    const t2 = performance.now();
    await index.search(q, { limit: 20, attributesToRetrieve: ['id'] });
    if (i >= 0) raw.push(performance.now() - t2);
  }
  for (const xs of [times, raw]) xs.sort((a, b) => a - b);
  console.log(
    `\n${SIZE.toLocaleString('en')} candidates, ${REQUESTS} searchCandidates: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms; the same search straight to Meilisearch p50 ${percentile(raw, 50).toFixed(1)} ms, p95 ${percentile(raw, 95).toFixed(1)} ms`,
  );
}

async function profileMatch(s: Seeded, consultant: string) {
  const tasks = await gql<{ tasks: { edges: { node: { id: string; openingsLeft: number } }[] } }>(
    s.url,
    consultant,
    '{ tasks(first: 100, filter: { status: OPEN }) { edges { node { id openingsLeft } } } }',
  );
  const ids = tasks.tasks.edges.filter((e) => e.node.openingsLeft > 0).map((e) => e.node.id);
  // The same retrieval sent straight to Meilisearch after each request: what of ours is Meilisearch's.
  const meili = s.runtime.services.meili;
  const uid = s.runtime.services.search.uid('candidate');
  const docs = new Map((await taskDocuments(s.runtime.orm.em.fork(), ids)).map((d) => [d.id, d]));
  const raw: number[] = [];
  const proc: number[] = [];
  const answers: Record<string, { id: string; score: number }[]> = {};
  const send = viaMultiSearch(nearestByPostcode(meili as never));
  const sentFor = new Map<string, RetrievalQuery[][]>();
  const times: number[] = [];
  const load0 = os.loadavg()[0]!;
  for (let i = -20; i < REQUESTS; i++) {
    const id = ids[((i % ids.length) + ids.length) % ids.length]!;
    const t = performance.now();
    const r = await gql<{ matchCandidatesForTask: { score: number; candidate: { id: string } }[] }>(
      s.url,
      consultant,
      MATCH,
      { id },
    );
    if (i >= 0) times.push(performance.now() - t);
    answers[id] = r.matchCandidatesForTask.map((m) => ({ id: m.candidate.id, score: m.score }));
    const t2 = performance.now();
    let processing = 0;
    const batches: RetrievalQuery[][] = [];
    await retrieveCandidatesVia(
      async (queries) => {
        batches.push(queries);
        const results = (await send(queries)) as (RetrievalResult<unknown> & { processingTimeMs: number })[];
        processing += results.reduce((sum, x) => sum + x.processingTimeMs, 0);
        return results as never;
      },
      uid,
      docs.get(id)!,
      10,
      // The server's day: it runs on the machine's clock.
      todayInDenmark(),
      s.config.rules.availableWithinDays,
    );
    sentFor.set(id, batches);
    if (i >= 0) {
      raw.push(performance.now() - t2);
      proc.push(processing);
    }
  }
  for (const xs of [times, raw, proc]) xs.sort((a, b) => a - b);
  console.log(
    `\n${SIZE.toLocaleString('en')} candidates, ${REQUESTS} matchCandidatesForTask over ${ids.length} tasks: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms; the same retrieval straight to Meilisearch p50 ${percentile(raw, 50).toFixed(1)} ms, p95 ${percentile(raw, 95).toFixed(1)} ms (processingTimeMs summed over the passes p50 ${percentile(proc, 50)}, p95 ${percentile(proc, 95)}); load average ${load0.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)} (${os.cpus().length} cores)`,
  );
  // How much of Meilisearch's time is the documents it returns: the same passes returning ids only.
  const idsOnly: number[] = [];
  const idsProc: number[] = [];
  for (let i = 0; i < Math.min(REQUESTS, 200); i++) {
    // The requests the full retrieval sent for this opening, one after another, returning ids only.
    const id = ids[i % ids.length]!;
    const t2 = performance.now();
    let processing = 0;
    for (const batch of sentFor.get(id) ?? []) {
      const res = (await nearestByPostcode(meili as never).multiSearch({
        queries: batch.map((q) => ({ ...q, attributesToRetrieve: ['id'] })),
      } as never)) as unknown as { results: { processingTimeMs: number }[] };
      processing += res.results.reduce((sum, x) => sum + x.processingTimeMs, 0);
    }
    idsOnly.push(performance.now() - t2);
    idsProc.push(processing);
  }
  for (const xs of [idsOnly, idsProc]) xs.sort((a, b) => a - b);
  console.log(
    `the same retrieval returning ids only: p50 ${percentile(idsOnly, 50).toFixed(1)} ms, p95 ${percentile(idsOnly, 95).toFixed(1)} ms (processingTimeMs p50 ${percentile(idsProc, 50)}, p95 ${percentile(idsProc, 95)}); load average ${os.loadavg()[0]!.toFixed(1)}`,
  );
  const out = arg('answers');
  if (out) fs.writeFileSync(out, JSON.stringify(answers, null, 1));
  const before = arg('compare');
  if (before) {
    const old = JSON.parse(fs.readFileSync(before, 'utf8')) as typeof answers;
    const moved = Object.keys(answers).filter((k) => JSON.stringify(old[k]) !== JSON.stringify(answers[k]));
    console.log(
      moved.length
        ? `ANSWERS DIFFER for ${moved.length} of ${Object.keys(answers).length} tasks, e.g. ${moved[0]}`
        : `answers identical to ${before} for all ${Object.keys(answers).length} tasks (ids, order, scores)`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
