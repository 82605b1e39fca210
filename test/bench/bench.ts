import fs from 'node:fs';
import os from 'node:os';
import { todayInDenmark } from '../../server/src/shared/clock.js';
import { gql, login, percentile, startSeededServer, table } from './harness.js';
import { pgMatchForTask, pgMatchOpenings, pgSearch, preparePgBaseline } from './pg-baseline.js';

/**
 * `npm run bench`: seeds 10,000 and 100,000 candidates (companies and tasks in proportion)
 * and measures, in one run, the product over HTTP beside a PostgreSQL-only baseline on
 * the same data. Writes test/bench/RESULTS.md. BENCH_SIZES=10000,100000 and
 * BENCH_SAMPLES=200 change the defaults.
 */
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const TERMS = [
  'truck',
  'rengøring',
  'køkken',
  'lager',
  'pleje',
  'gaffeltruk',
  'kasse',
  'maler',
  'hygiejnebevis',
  'plukning',
  'svejsning',
  'hotel',
];

const PORTAL_SEARCH = `query($q: String) { searchCandidates(query: $q, first: 20) {
  totalHits facets { field values { value count } }
  hits { highlights { field snippet } candidate { id firstName readiness danishLevel availableWeeklyHours industriesWished languages iguEligible hasDrivingLicence postcode } } } }`;

interface Stats {
  p50: number;
  p95: number;
  p99: number;
}

async function measure(n: number, fn: (i: number) => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < Math.min(20, n); i++) await fn(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}

const ms = (v: number) => v.toFixed(1);

async function main() {
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const size of SIZES) {
    console.log(`\n== ${size.toLocaleString('en')} candidates`);
    const s = await startSeededServer({ candidates: size, companies: Math.round(size / 5) });
    try {
      const em = s.runtime.orm.em.fork();
      const { config } = s;
      const [{ n: indexed }] = (await em
        .getConnection()
        .execute(`select count(*)::int as n from candidate where consent_to_share and status = 'ACTIVE'`)) as {
        n: number;
      }[];
      const rate = indexed / s.indexSeconds.candidate;
      const reindexRate = indexed / s.reindexSeconds;
      const baselineBuild = await preparePgBaseline(em);
      notes.push(
        `${size.toLocaleString('en')}: seeded in ${s.seedSeconds.toFixed(1)} s; candidate index built in ${s.indexSeconds.candidate.toFixed(1)} s (first load into a fresh Meilisearch) and rebuilt in ${s.reindexSeconds.toFixed(1)} s (\`npm run reindex\` beside the live index) (${indexed.toLocaleString('en')} searchable candidates, documents built from PostgreSQL and indexed by Meilisearch), task index in ${s.indexSeconds.task.toFixed(1)} s, IGU slot index in ${s.indexSeconds.iguSlot.toFixed(1)} s; the baseline's tsvector table and GIN index took ${baselineBuild.toFixed(1)} s.`,
      );

      const consultant = await login(s.url, 'admin@demo.dk');
      const tasks = await gql<{ tasks: { edges: { node: { id: string } }[] } }>(
        s.url,
        consultant,
        '{ tasks(first: 50, filter: { status: OPEN }) { edges { node { id } } } }',
      );
      const taskIds = tasks.tasks.edges.map((e) => e.node.id);
      const cands = await gql<{ candidates: { edges: { node: { id: string; version: number } }[] } }>(
        s.url,
        consultant,
        '{ candidates(first: 50, filter: { status: ACTIVE }) { edges { node { id version } } } }',
      );
      const candidateIds = cands.candidates.edges.map((e) => e.node.id);
      const today = todayInDenmark();

      const search = await measure(SAMPLES, (i) =>
        gql(
          s.url,
          consultant,
          'query($q: String) { searchCandidates(query: $q, first: 20) { totalHits hits { candidate { id firstName } } } }',
          { q: TERMS[i % TERMS.length] },
        ),
      );
      // The consultant portal's own query: facets and highlighted snippets too.
      const searchPortal = await measure(SAMPLES, (i) =>
        gql(s.url, consultant, PORTAL_SEARCH, { q: TERMS[i % TERMS.length] }),
      );
      const searchPg = await measure(SAMPLES, (i) => pgSearch(s.runtime.orm.em.fork(), TERMS[i % TERMS.length]!));
      const match = await measure(SAMPLES, (i) =>
        gql(
          s.url,
          consultant,
          'query($id: ID!) { matchCandidatesForTask(taskId: $id, first: 10) { score candidate { id } } }',
          { id: taskIds[i % taskIds.length] },
        ),
      );
      const matchPg = await measure(Math.min(SAMPLES, 50), (i) =>
        pgMatchForTask(s.runtime.orm.em.fork(), config, taskIds[i % taskIds.length]!, today),
      );
      const openings = await measure(SAMPLES, (i) =>
        gql(
          s.url,
          consultant,
          'query($id: ID!) { matchOpeningsForCandidate(candidateId: $id, first: 10) { score task { id } iguSlot { id } } }',
          { id: candidateIds[i % candidateIds.length] },
        ),
      );
      const openingsPg = await measure(Math.min(SAMPLES, 50), (i) =>
        pgMatchOpenings(s.runtime.orm.em.fork(), config, candidateIds[i % candidateIds.length]!, today),
      );

      // Freshness: write a unique word through the API, then search until it is found.
      const adviser = await login(s.url, 'admin@demo.dk');
      // The first write after a rebuild is slow in Meilisearch (it settles the swapped index):
      // one warm-up write, reported in the notes, then 20 measured ones.
      const fresh: number[] = [];
      let firstWrite = 0;
      for (let i = -1; i < 20; i++) {
        const id = candidateIds[i + 1]!;
        const { candidate } = await gql<{ candidate: { version: number; consentToShare: boolean } }>(
          s.url,
          adviser,
          'query($id: ID!) { candidate(id: $id) { version consentToShare } }',
          { id },
        );
        const word = `friskhed${size}x${i + 1}q`;
        const t = performance.now();
        await gql(
          s.url,
          adviser,
          'mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id } }',
          {
            id,
            input: { version: candidate.version, education: `Ny erfaring: ${word}`, consentToShare: true },
          },
        );
        for (;;) {
          const r = await gql<{ searchCandidates: { totalHits: number } }>(
            s.url,
            consultant,
            'query($q: String) { searchCandidates(query: $q, first: 1) { totalHits } }',
            { q: word },
          );
          if (r.searchCandidates.totalHits > 0) break;
          if (performance.now() - t > 30_000) throw new Error('freshness: the change never became searchable');
          await new Promise((r2) => setTimeout(r2, 10));
        }
        if (i < 0) firstWrite = performance.now() - t;
        else fresh.push(performance.now() - t);
      }
      notes.push(
        `${size.toLocaleString('en')}: the first write after the rebuild (warm-up, not in the table) was searchable after ${Math.round(firstWrite)} ms.`,
      );
      console.log(`  freshness samples in order (ms): ${fresh.map((f) => Math.round(f)).join(', ')}`);
      fresh.sort((a, b) => a - b);

      const label = size.toLocaleString('en');
      const row = (op: string, a: Stats, b: Stats | null) => [
        label,
        op,
        ms(a.p50),
        ms(a.p95),
        ms(a.p99),
        b ? ms(b.p50) : '–',
        b ? ms(b.p95) : '–',
        b ? `${(b.p95 / a.p95).toFixed(1)}×` : '–',
      ];
      rows.push(row('searchCandidates (HTTP)', search, searchPg));
      rows.push(row('searchCandidates, portal query (HTTP)', searchPortal, searchPg));
      rows.push(row('matchCandidatesForTask (HTTP)', match, matchPg));
      rows.push(row('matchOpeningsForCandidate (HTTP)', openings, openingsPg));
      rows.push([
        label,
        'index freshness after a write',
        ms(percentile(fresh, 50)),
        ms(percentile(fresh, 95)),
        ms(percentile(fresh, 99)),
        '0 (same transaction)',
        '–',
        '–',
      ]);
      // The baseline's equivalent of indexing: its tsvector table and GIN index over the same people.
      const pgRate = indexed / baselineBuild;
      rows.push([
        label,
        'bulk indexing, first load (cand./s)',
        Math.round(rate),
        '',
        '',
        `${Math.round(pgRate)} (tsvector + GIN)`,
        '–',
        `ours ÷ PG ${(rate / pgRate).toFixed(1)}×`,
      ]);
      rows.push([
        label,
        'bulk indexing, reindex (cand./s)',
        Math.round(reindexRate),
        '',
        '',
        `${Math.round(pgRate)} (tsvector + GIN)`,
        '–',
        `ours ÷ PG ${(reindexRate / pgRate).toFixed(1)}×`,
      ]);
      console.log(
        table(
          ['candidates', 'measure', 'p50 ms', 'p95 ms', 'p99 ms', 'PG-only p50', 'PG-only p95', 'PG p95 ÷ ours'],
          rows.slice(-7),
        ),
      );
    } finally {
      await s.stop();
    }
  }
  const out = table(
    ['candidates', 'measure', 'p50 ms', 'p95 ms', 'p99 ms', 'PG-only p50', 'PG-only p95', 'PG p95 ÷ ours'],
    rows,
  );
  const doc = `# Benchmark

Run with \`npm run bench\` on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${new Date().toISOString().slice(0, 16)} UTC, load average at the end ${os.loadavg()[0]!.toFixed(1)}.
Each operation: ${SAMPLES} sequential requests after 20 warm-up requests. Product numbers are over HTTP to the server
running as its own process (GraphQL, session cookie, audit rows, PostgreSQL + Meilisearch); the PostgreSQL-only baseline
runs in the benchmark's process on the same data, without HTTP, so the comparison favours the baseline: full-text search
on a GIN-indexed tsvector, and matching that loads every plausible candidate (industry wish or a required competence)
and scores it with the same scoring module.

\`searchCandidates\` asks for the total and the people (id, first name); the server then computes neither facet counts nor
highlights. \`searchCandidates, portal query\` is the consultant portal's query: facets, highlighted snippets and the
profile fields the result list shows. Bulk indexing is \`npm run reindex\`'s work for the candidate index: documents built
from PostgreSQL 10,000 rows at a time, sent to a fresh index in tasks of up to 50,000, swapped in; the rate counts documents indexed (consenting,
active people) per second of the whole rebuild, for the first load into an empty Meilisearch and for a reindex beside
the live index.

${out}

${notes.map((n) => `- ${n}`).join('\n')}
`;
  fs.writeFileSync('test/bench/RESULTS.md', doc);
  console.log(`\n${out}\n\nWrote test/bench/RESULTS.md`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
