import fs from 'node:fs';
import os from 'node:os';
import { Meilisearch } from 'meilisearch';
import pg from 'pg';
import {
  type CheckedEffectFilter,
  effectStatements,
  readEffect,
} from '../../server/src/features/effect/effect.service.js';
import {
  exhaustiveCandidatesForOpening,
  recallAt,
  type SearchablePerson,
  searchablePeople,
} from '../../server/src/features/matching/exhaustive.js';
import {
  candidateRetrievalStages,
  eachQueryApart,
  type RetrievalResult,
  retrieveCandidatesVia,
} from '../../server/src/features/matching/retrieval.js';
import { rankCandidatesForOpening } from '../../server/src/features/matching/scoring.js';
import { PlacementType } from '../../server/src/features/placements/placement.entity.js';
import { CandidateDocumentCache } from '../../server/src/search/document-cache.js';
import {
  type CandidateDocument,
  candidateForScoring,
  type OpeningDocument,
  openingForScoring,
  taskDocuments,
} from '../../server/src/search/documents.js';
import { nearestByPostcode } from '../../server/src/search/nearest.js';
import { todayInDenmark } from '../../server/src/shared/clock.js';
import { addDays } from '../../server/src/shared/dates.js';
import { bytes, footprint, gql, login, percentile, startSeededServer, table } from './harness.js';
import { PgPeer, preparePgPeer } from './pg-peer.js';

/**
 * `npm run bench [-- --sizes 2000,100000]`: seeds candidates (companies and tasks in proportion)
 * and measures, in one run and interleaved request by request, three systems on the same data:
 *  - ours: the product over HTTP (GraphQL, session cookie of a consultant, audit, scoring),
 *  - raw Meilisearch: the same retrieval requests straight to Meilisearch with the same client
 *    (round trip and Meilisearch's processingTimeMs): the floor,
 *  - the PostgreSQL-only peer: the product's server with retrieval answered by PostgreSQL
 *    (pg-peer.ts), over the same HTTP path.
 * Recall@10 of the two-stage matcher (and of the peer) against the exhaustive reference (every
 * eligible person scored) over the benchmark's openings. Writes test/bench/RESULTS.md.
 * BENCH_SAMPLES (default 200) changes the number of samples per operation.
 */
function sizesArg(): number[] {
  const i = process.argv.indexOf('--sizes');
  const raw = i >= 0 ? process.argv[i + 1] : process.env.BENCH_SIZES;
  return (raw ?? '100000').split(',').map((s) => Number(s.replace(/_/g, '')));
}
const SIZES = sizesArg();
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const OPENINGS = 50;
/** Where the generated tables go; a run at another size than the lead's (e.g. 10,000 while profiling) writes elsewhere. */
const OUT = process.env.BENCH_OUT ?? 'test/bench/RESULTS.md';
/** What follows this line in the results file is written by hand (profiles, runs at other sizes) and kept. */
const KEPT = '<!-- kept: written by hand below, the benchmark keeps it -->';
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

const PLAIN_SEARCH =
  'query($q: String) { searchCandidates(query: $q, first: 20) { totalHits hits { candidate { id firstName } } } }';
const PORTAL_SEARCH = `query($q: String) { searchCandidates(query: $q, first: 20) {
  totalHits facets { field values { value count } }
  hits { highlights { field snippet } candidate { id firstName readiness danishLevel availableWeeklyHours industriesWished languages iguEligible hasDrivingLicence postcode } } } }`;
const MATCH =
  'query($id: ID!) { matchCandidatesForTask(taskId: $id, first: 10) { score factors { key explanation } candidate { id } } }';
const OPENINGS_Q =
  'query($id: ID!) { matchOpeningsForCandidate(candidateId: $id, first: 10) { score task { id } iguSlot { id } } }';
// The effect report as the overview page asks for it (web/src/pages/overview/OverviewEffect.operations.ts), and its CSV.
const EFFECT = `query($filter: EffectFilter) { effectReport(filter: $filter) { from to summary
  cohorts { month type people milestones { months observed shareWithOrdinaryHours medianOrdinaryHours shareInOrdinaryWork } }
  totals { months observed withOrdinaryHours shareWithOrdinaryHours medianOrdinaryHours inOrdinaryWork shareInOrdinaryWork }
  byCompany { id name ended converted rate } byConsultant { id name ended converted rate } } }`;
const EFFECT_CSV = 'query($filter: EffectFilter) { exportEffectCsv(filter: $filter) }';
/** Samples per effect measure (each is a whole report: fewer than the searches' BENCH_SAMPLES). */
const EFFECT_SAMPLES = Number(process.env.BENCH_EFFECT_SAMPLES ?? 30);
/** Issue 16.6: the cohort figures in under 2 s at 100,000 candidates. */
const EFFECT_TARGET_MS = 2000;
// What the product sends Meilisearch for a portal search (matching.service.ts searchCandidates).
const FACETS = ['readiness', 'industriesWished', 'languages', 'iguEligible', 'hasDrivingLicence'];
const HIGHLIGHTED = ['competenceNames', 'competenceNamesEn', 'education', 'summary', 'languages'];

interface Stats {
  n: number;
  p50: number;
  p95: number;
  p99: number;
}
const stats = (xs: number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) };
};
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');
interface Failures {
  count: number;
  first?: string;
}
const failures = (): Failures => ({ count: 0 });
/** Elapsed ms of one request; a failed request keeps its time (a timeout is slow, not absent) and is counted. */
const time = async (fn: () => Promise<unknown>, failed: Failures) => {
  const t = performance.now();
  try {
    await fn();
  } catch (err) {
    failed.count += 1;
    failed.first ??= err instanceof Error ? err.message.slice(0, 200) : String(err);
  }
  return performance.now() - t;
};

interface Op {
  name: string;
  ours: (i: number) => Promise<unknown>;
  peer: (i: number) => Promise<unknown>;
  /** Resolves to Meilisearch's processingTimeMs (the sum when the product sends two queries at once, the max). */
  raw: ((i: number) => Promise<number>) | null;
}

/** Runs every system's variant of every operation in turn, request by request, rotating who goes first. */
async function interleaved(ops: Op[], samples: number) {
  const out = ops.map(() => ({
    ours: [] as number[],
    peer: [] as number[],
    raw: [] as number[],
    proc: [] as number[],
    errors: { ours: failures(), peer: failures(), raw: failures() },
  }));
  for (let i = -10; i < samples; i++) {
    for (const [k, op] of ops.entries()) {
      const runs: (() => Promise<void>)[] = [
        async () => {
          const t = await time(() => op.ours(i + 10), out[k]!.errors.ours);
          if (i >= 0) out[k]!.ours.push(t);
        },
        async () => {
          const t = await time(() => op.peer(i + 10), out[k]!.errors.peer);
          if (i >= 0) out[k]!.peer.push(t);
        },
      ];
      if (op.raw) {
        const raw = op.raw;
        runs.push(async () => {
          let proc = 0;
          const t = await time(async () => {
            proc = await raw(i + 10);
          }, out[k]!.errors.raw);
          if (i >= 0) {
            out[k]!.raw.push(t);
            out[k]!.proc.push(proc);
          }
        });
      }
      const first = ((i % runs.length) + runs.length) % runs.length;
      for (let r = 0; r < runs.length; r++) await runs[(first + r) % runs.length]!();
    }
  }
  return out;
}

interface EffectOp {
  name: string;
  run: () => Promise<unknown>;
}

/** Runs the effect measures in turn, sample by sample, rotating who goes first (as `interleaved`); 3 warm-up rounds. */
async function interleavedEffect(ops: EffectOp[], samples: number) {
  const out = ops.map(() => ({ times: [] as number[], errors: failures() }));
  for (let i = -3; i < samples; i++) {
    const first = ((i % ops.length) + ops.length) % ops.length;
    for (let r = 0; r < ops.length; r++) {
      const k = (first + r) % ops.length;
      const t = await time(ops[k]!.run, out[k]!.errors);
      if (i >= 0) out[k]!.times.push(t);
    }
  }
  return out;
}

/**
 * The effect report (issue 16.6) over HTTP as the consultant reads it on the overview: all industries, the
 * industry with the most started placements, and the CSV export (its own query, the same figures). Also the
 * cohort statement's `EXPLAIN (ANALYZE, BUFFERS)` straight on PostgreSQL, for the plan behind the times.
 */
async function measureEffect(
  s: Awaited<ReturnType<typeof startSeededServer>>,
  consultant: string,
  label: string,
  today: string,
): Promise<{ rows: (string | number)[][]; notes: string[] }> {
  const conn = s.runtime.orm.em.fork().getConnection();
  const [top] = (await conn.execute(
    `select co.industry_code as code, count(*)::int as n
       from placement p join company co on co.id = p.company_id
      where p.status in ('ACTIVE', 'ENDED') group by co.industry_code order by n desc, code limit 1`,
  )) as { code: string; n: number }[];
  const industry = top?.code ?? '52';
  const filters: { name: string; filter: Record<string, unknown> | null }[] = [
    { name: 'all industries', filter: null },
    { name: `industry ${industry}`, filter: { industryCode: industry } },
  ];
  const scope = new Map<string, { placements: number; cohorts: number }>();
  for (const f of filters) {
    const r = await gql<{ effectReport: { cohorts: { people: number }[] } }>(s.url, consultant, EFFECT, {
      filter: f.filter,
    });
    scope.set(f.name, {
      placements: r.effectReport.cohorts.reduce((n, c) => n + c.people, 0),
      cohorts: r.effectReport.cohorts.length,
    });
  }
  const ops: (EffectOp & { scope: string })[] = [
    ...filters.map((f) => ({
      name: `effectReport, ${f.name}`,
      scope: f.name,
      run: () => gql(s.url, consultant, EFFECT, { filter: f.filter }),
    })),
    {
      name: 'exportEffectCsv, all industries',
      scope: 'all industries',
      run: () => gql(s.url, consultant, EFFECT_CSV, { filter: null }),
    },
  ];
  console.log(`  effect report: ${EFFECT_SAMPLES} interleaved samples per measure…`);
  const measured = await interleavedEffect(ops, EFFECT_SAMPLES);
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const [k, op] of ops.entries()) {
    const m = measured[k]!;
    const st = stats(m.times);
    const sc = scope.get(op.scope)!;
    rows.push([
      label,
      op.name,
      `${sc.placements.toLocaleString('en')} / ${sc.cohorts}`,
      ms(st.p50),
      ms(st.p95),
      ms(Math.max(...m.times)),
      st.n,
      m.errors.count,
      st.p95 < EFFECT_TARGET_MS ? 'yes' : 'NO',
    ]);
    if (m.errors.first)
      notes.push(`${label}, ${op.name}: ${m.errors.count} requests failed; the first: ${m.errors.first}`);
  }
  // The plan of the cohort statement as the report runs it (default period: from the first of the month 24 months ago).
  const filter: CheckedEffectFilter = {
    industryCode: null,
    from: `${addDays(today, -730).slice(0, 7)}-01`,
    to: today,
    types: Object.values(PlacementType),
    today,
  };
  const { milestones } = effectStatements(filter, s.config.rules.effectMeasurementDays);
  const plan = (
    (await readEffect(s.runtime.orm.em, [`explain (analyze, buffers) ${milestones[0]}`, milestones[1]])) as {
      'QUERY PLAN': string;
    }[]
  ).map((r) => r['QUERY PLAN']);
  console.log(`  the cohort statement's plan (all industries):\n    ${plan.join('\n    ')}`);
  const execution = plan.find((l) => /Execution Time/.test(l))?.trim();
  const scans = [
    ...new Set(
      plan
        .map((l) => /(Seq Scan|Index Scan|Index Only Scan|Bitmap Heap Scan) on (\w+)/.exec(l))
        .filter((x) => !!x)
        .map((x) => `${x![1]} on ${x![2]}`),
    ),
  ];
  notes.push(
    `${label}: the effect report's cohort statement (all industries), \`EXPLAIN (ANALYZE, BUFFERS)\` in PostgreSQL: ${execution ?? 'no execution time'}; scans: ${scans.join(', ')}. The industry measure filters on DB07 division ${industry}, the one with the most started placements.`,
  );
  return { rows, notes };
}

async function main() {
  const rows: (string | number)[][] = [];
  const effectRows: (string | number)[][] = [];
  const recallRows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const size of SIZES) {
    const label = size.toLocaleString('en');
    console.log(`\n== ${label} candidates`);
    const s = await startSeededServer({ candidates: size, companies: Math.round(size / 5) });
    const pool = new pg.Pool({ connectionString: s.runtime.databaseUrl, max: 4 });
    try {
      const em = () => s.runtime.orm.em.fork();
      const { config } = s;
      const today = todayInDenmark();
      const [{ n: indexed }] = (await em()
        .getConnection()
        .execute(`select count(*)::int as n from candidate where consent_to_share and status = 'ACTIVE'`)) as {
        n: number;
      }[];
      const peerSetup = await preparePgPeer(em(), config, today);
      const peerServer = await s.startPeer();
      const peer = new PgPeer(pool, em, config, () => today);
      notes.push(
        `${label}: seeded in ${s.seedSeconds.toFixed(1)} s; candidate index built in ${s.indexSeconds.candidate.toFixed(1)} s (first load) and rebuilt in ${s.reindexSeconds.toFixed(1)} s (\`npm run reindex\` beside the live index), ${indexed.toLocaleString('en')} searchable candidates; task index ${s.indexSeconds.task.toFixed(1)} s, IGU slot index ${s.indexSeconds.iguSlot.toFixed(1)} s; the PostgreSQL peer's columns, tsvector table and indexes took ${peerSetup.toFixed(1)} s.`,
      );

      // A consultant (portfolio scope, not admin); sessions live in PostgreSQL, so one cookie serves both servers.
      const consultant = await login(s.url, 'konsulent@demo.dk');
      // Openings with a place left: a filled one is suggested to no one (issue 12), it would measure an error.
      const tasks = await gql<{ tasks: { edges: { node: { id: string; openingsLeft: number } }[] } }>(
        s.url,
        consultant,
        `{ tasks(first: ${OPENINGS * 2}, filter: { status: OPEN }) { edges { node { id openingsLeft } } } }`,
      );
      const open = tasks.tasks.edges.filter((e) => e.node.openingsLeft > 0);
      const filled = tasks.tasks.edges.length - open.length;
      const taskIds = open.slice(0, OPENINGS).map((e) => e.node.id);
      notes.push(
        `${label}: the benchmark's ${taskIds.length} openings are the consultant's first open tasks with a place left (${filled} of the first ${tasks.tasks.edges.length} are filled and left out).`,
      );
      const openings = new Map<string, OpeningDocument>((await taskDocuments(em(), taskIds)).map((d) => [d.id, d]));
      const candidateIds = (
        (await em()
          .getConnection()
          .execute(
            `select id from candidate where consent_to_share and status = 'ACTIVE' order by md5(id::text) limit 50`,
          )) as { id: string }[]
      ).map((r) => r.id);
      console.log(`  ${taskIds.length} openings in the consultant's portfolio, ${candidateIds.length} people`);

      const meili = new Meilisearch({
        host: s.runtime.meiliUrl,
        apiKey: s.runtime.meiliKey,
        requestInit: { headers: { 'accept-encoding': 'identity' } },
      });
      const index = meili.index(s.runtime.services.search.uid('candidate'));
      const nearest = nearestByPostcode(meili as never);
      const candidateUid = s.runtime.services.search.uid('candidate');
      /** The product's retrieval (its stages, until 10 suitable people) sent straight to Meilisearch. */
      // The very requests the product sends: ids and digests, the scoring fields by id for people its
      // cache lacks (a cache of the benchmark's own, as warm as the server's after the warm-up rounds).
      const rawCache = new CandidateDocumentCache(s.config.matchDocumentCache);
      const rawRetrieval = async (o: OpeningDocument) => {
        let processingTimeMs = 0;
        const { docs } = await retrieveCandidatesVia(
          eachQueryApart(async (queries) => {
            const results = await rawCache.multiSearch<
              RetrievalResult<CandidateDocument> & { processingTimeMs: number }
            >(nearest as never, queries);
            processingTimeMs += results.reduce((sum, r) => sum + r.processingTimeMs, 0);
            return results;
          }),
          candidateUid,
          o,
          10,
          today,
          s.config.rules.availableWithinDays,
        );
        return { docs, processingTimeMs };
      };
      /** Raw Meilisearch's answer: its retrieval scored by the product's scorer in this process (top 10). */
      const rawTop = async (o: OpeningDocument) =>
        rankCandidatesForOpening(
          openingForScoring(o),
          (await rawRetrieval(o)).docs.map((d) => candidateForScoring(d, today, s.config.rules.availableWithinDays)),
          { limit: 10 },
        ).map((m) => m.candidateId);
      const term = (i: number) => TERMS[i % TERMS.length]!;
      const task = (i: number) => openings.get(taskIds[i % taskIds.length]!)!;
      const ops: Op[] = [
        {
          name: 'searchCandidates (id, first name)',
          ours: (i) => gql(s.url, consultant, PLAIN_SEARCH, { q: term(i) }),
          peer: (i) => gql(peerServer.url, consultant, PLAIN_SEARCH, { q: term(i) }),
          raw: async (i) => (await index.search(term(i), { limit: 20, attributesToRetrieve: ['id'] })).processingTimeMs,
        },
        {
          name: 'searchCandidates, portal (facets + highlights)',
          ours: (i) => gql(s.url, consultant, PORTAL_SEARCH, { q: term(i) }),
          peer: (i) => gql(peerServer.url, consultant, PORTAL_SEARCH, { q: term(i) }),
          raw: async (i) => {
            const [f, h] = await Promise.all([
              index.search(term(i), { limit: 0, facets: FACETS }),
              index.search(term(i), {
                limit: 20,
                attributesToRetrieve: ['id', ...HIGHLIGHTED],
                attributesToHighlight: HIGHLIGHTED,
                highlightPreTag: '<mark>',
                highlightPostTag: '</mark>',
                attributesToCrop: ['summary', 'education'],
                cropLength: 24,
              }),
            ]);
            return Math.max(f.processingTimeMs, h.processingTimeMs);
          },
        },
        {
          name: 'matchCandidatesForTask',
          ours: (i) => gql(s.url, consultant, MATCH, { id: taskIds[i % taskIds.length] }),
          peer: (i) => gql(peerServer.url, consultant, MATCH, { id: taskIds[i % taskIds.length] }),
          // The product's retrieval, the very multi-search it sends (its passes run one after another in Meilisearch).
          raw: async (i) => (await rawRetrieval(task(i))).processingTimeMs,
        },
        {
          name: 'matchOpeningsForCandidate',
          ours: (i) => gql(s.url, consultant, OPENINGS_Q, { id: candidateIds[i % candidateIds.length] }),
          peer: (i) => gql(peerServer.url, consultant, OPENINGS_Q, { id: candidateIds[i % candidateIds.length] }),
          raw: null,
        },
      ];
      const firstPass = candidateRetrievalStages(candidateUid, task(0), today, s.config.rules.availableWithinDays)[0]!
        .queries[0]!;
      const plan = await peer.explain('candidate', '', firstPass, firstPass.limit);
      console.log(`  the peer's match retrieval plan (first opening, first pass):\n    ${plan.join('\n    ')}`);
      notes.push(
        `${label}: the peer's match retrieval for the first opening (the first pass of its first stage), \`EXPLAIN (ANALYZE)\`: ${plan
          .filter((l, k) => k === 0 || /^\s*->|Execution/.test(l))
          .map((l) => l.trim().replace(/^->\s*/, ''))
          .join(' → ')}.`,
      );
      console.log(`  measuring ${SAMPLES} interleaved samples per operation…`);
      const measured = await interleaved(ops, SAMPLES);
      for (const [k, op] of ops.entries()) {
        const m = measured[k]!;
        const o = stats(m.ours);
        const p = stats(m.peer);
        const r = op.raw ? stats(m.raw) : null;
        const pr = op.raw ? stats(m.proc) : null;
        rows.push([
          label,
          op.name,
          ms(o.p50),
          ms(o.p95),
          ms(o.p99),
          r ? ms(r.p50) : '–',
          r ? ms(r.p95) : '–',
          pr ? `${ms(pr.p50)} / ${ms(pr.p95)}` : '–',
          r ? `${(o.p95 / r.p95).toFixed(2)}×` : '–',
          ms(p.p50),
          ms(p.p95),
          `${(p.p95 / o.p95).toFixed(2)}×`,
          `${m.errors.ours.count} / ${m.errors.peer.count} / ${op.raw ? m.errors.raw.count : '–'}`,
        ]);
        const firstError = m.errors.ours.first ?? m.errors.peer.first ?? m.errors.raw.first;
        if (firstError)
          notes.push(`${label}, ${op.name}: requests failed (ours / peer / raw); the first: ${firstError}`);
      }

      const effect = await measureEffect(s, consultant, label, today);
      effectRows.push(...effect.rows);
      notes.push(...effect.notes);
      console.log(table(EFFECT_HEAD, effect.rows));

      // Recall@10 against every eligible person scored (the product's own reference, exhaustive.ts: the
      // scorer's exclusions, the plausibility rule and the free-hours rule), over the benchmark's openings;
      // and whether the three systems give the same answer (overlap of their top 10 with ours).
      console.log(`  recall@10 over ${taskIds.length} openings (exhaustive reference)…`);
      const people: SearchablePerson[] = [];
      for await (const page of searchablePeople(em(), config, today)) people.push(...page);
      const recOurs: number[] = [];
      const recallFailures = { ours: failures(), peer: failures() };
      const recPeer: number[] = [];
      const recRaw: number[] = [];
      const sameAsPeer: number[] = [];
      const sameAsRaw: number[] = [];
      const refTimes: number[] = [];
      const eligibles: number[] = [];
      for (const id of taskIds) {
        const o = openings.get(id)!;
        const t = performance.now();
        const ref = await exhaustiveCandidatesForOpening(em(), config, o, today, { people, k: 10 });
        refTimes.push(performance.now() - t);
        eligibles.push(ref.eligible);
        const top = async (url: string) =>
          (
            await gql<{ matchCandidatesForTask: { candidate: { id: string } }[] }>(url, consultant, MATCH, { id })
          ).matchCandidatesForTask.map((m) => m.candidate.id);
        // A failed answer (SEARCH_UNAVAILABLE on a busy machine) leaves the opening out of that system's mean, counted.
        let ours: string[] | null = null;
        let theirs: string[] | null = null;
        for (const who of ['ours', 'peer'] as const) {
          try {
            const found = await top(who === 'ours' ? s.url : peerServer.url);
            (who === 'ours' ? recOurs : recPeer).push(recallAt(found, ref.ids));
            if (who === 'ours') ours = found;
            else theirs = found;
          } catch (err) {
            const failed = recallFailures[who];
            failed.count += 1;
            failed.first ??= err instanceof Error ? err.message.slice(0, 200) : String(err);
          }
        }
        const raw = await rawTop(o);
        recRaw.push(recallAt(raw, ref.ids));
        if (ours) {
          sameAsRaw.push(recallAt(raw, ours));
          if (theirs) sameAsPeer.push(recallAt(theirs, ours));
        }
      }
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
      const m = ops.findIndex((o) => o.name === 'matchCandidatesForTask');
      const ref = stats(refTimes);
      recallRows.push([
        label,
        taskIds.length,
        Math.round(mean(eligibles)),
        mean(recOurs).toFixed(3),
        Math.min(...recOurs).toFixed(1),
        ms(stats(measured[m]!.ours).p95),
        mean(recPeer).toFixed(3),
        ms(stats(measured[m]!.peer).p95),
        mean(recRaw).toFixed(3),
        `${mean(sameAsPeer).toFixed(3)} / ${mean(sameAsRaw).toFixed(3)}`,
        `${ms(ref.p50)} / ${ms(ref.p95)}`,
      ]);
      for (const [who, f] of Object.entries(recallFailures))
        if (f.count)
          notes.push(`${label}: recall, ${who}: ${f.count} openings failed and are left out; the first: ${f.first}`);

      // Freshness: write a unique word through the API, then search until it is found.
      const adviser = await login(s.url, 'admin@demo.dk');
      const fresh: number[] = [];
      let firstWrite = 0;
      for (let i = -1; i < 20; i++) {
        const id = candidateIds[i + 1]!;
        const { candidate } = await gql<{ candidate: { version: number } }>(
          s.url,
          adviser,
          'query($id: ID!) { candidate(id: $id) { version } }',
          { id },
        );
        // A word unlike the previous ones (typo tolerance found "…x2q" by the word "…x1q" written
        // just before, so the first runs timed a search that hit the previous write), searched as
        // a phrase (no typos), and the hit must be the written person.
        const word = `friskhed${Math.random().toString(36).slice(2, 10)}`;
        const t = performance.now();
        await gql(
          s.url,
          adviser,
          'mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id } }',
          { id, input: { version: candidate.version, education: `Ny erfaring: ${word}` } },
        );
        for (;;) {
          const r = await gql<{ searchCandidates: { hits: { candidate: { id: string } }[] } }>(
            s.url,
            consultant,
            'query($q: String) { searchCandidates(query: $q, first: 1) { hits { candidate { id } } } }',
            { q: `"${word}"` },
          );
          if (r.searchCandidates.hits[0]?.candidate.id === id) break;
          if (performance.now() - t > 30_000) throw new Error('freshness: the change never became searchable');
          await new Promise((r2) => setTimeout(r2, 10));
        }
        if (i < 0) firstWrite = performance.now() - t;
        else fresh.push(performance.now() - t);
      }
      notes.push(
        `${label}: the first write after the rebuild (warm-up, not in the table) was searchable after ${Math.round(firstWrite)} ms.`,
      );
      const f = stats(fresh);
      rows.push([
        label,
        'index freshness after a write',
        ms(f.p50),
        ms(f.p95),
        ms(f.p99),
        '–',
        '–',
        '–',
        '–',
        '0',
        '0',
        '–',
        '–',
      ]);
      rows.push([
        label,
        'bulk indexing, first load / reindex (cand./s)',
        `${Math.round(indexed / s.indexSeconds.candidate)} / ${Math.round(indexed / s.reindexSeconds)}`,
        '',
        '',
        '–',
        '–',
        '–',
        '–',
        `${Math.round(indexed / peerSetup)} (all peer setup)`,
        '–',
        '–',
        '–',
      ]);
      // What the services hold once everything above has run (issue 15.6: memory and disk at each size).
      const fp = await footprint(s.runtime);
      notes.push(
        `${label}: memory and disk after the run: PostgreSQL ${bytes(fp.postgresMemory)} of memory (PSS over its processes), database ${bytes(fp.postgresDatabase)} (data directory with WAL ${bytes(fp.postgresDataDirectory)}); Meilisearch ${bytes(fp.meilisearchMemory)} of memory, database ${bytes(fp.meilisearchDatabase)} (${bytes(fp.meilisearchUsed)} in use).`,
      );
      console.log(`  ${notes.at(-1)}`);
      console.log(table(HEAD, rows.slice(-6)));
      console.log(table(RECALL_HEAD, recallRows.slice(-1)));
    } finally {
      await pool.end();
      await s.stop();
    }
  }
  const out = table(HEAD, rows);
  const recall = table(RECALL_HEAD, recallRows);
  const effectTable = table(EFFECT_HEAD, effectRows);
  const doc = `# Benchmark

Run with \`npm run bench -- --sizes ${SIZES.join(',')}\` on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${new Date().toISOString().slice(0, 16)} UTC, load average at the end ${os.loadavg()[0]!.toFixed(1)}.
The machine was shared with other busy sessions during the run (see the load average): absolute figures are noisy, the
interleaved ratios less so.

Three systems on the same data, measured in one run and interleaved request by request (the order rotates each sample),
${SAMPLES} samples per operation after 10 warm-up rounds:

- **ours**: the product over HTTP, its own process in \`NODE_ENV=production\` (GraphQL, a consultant's session cookie and
  portfolio scope, audit rows, PostgreSQL + Meilisearch, scoring and explanations);
- **raw Meilisearch**: the same retrieval requests sent straight to Meilisearch from the benchmark with the same client
  (round trip, and Meilisearch's own \`processingTimeMs\`): the floor. The portal search is the product's two concurrent
  queries (facet counts, highlighted hits); match is the product's retrieval, the very requests it sends
  (\`retrieveCandidatesVia\` in \`features/matching/retrieval.ts\`: hard filters incl. free hours, stages by how many of
  the required competences a person holds, sent one after another until ten people the scorer would rank are found,
  nearest first within each: a request for the hits and their count per postcode, then, when more matched than the
  pass takes, one within the nearest postcodes, \`search/nearest.ts\`), with processingTimeMs summed over the requests;
- **PostgreSQL peer**: the product's server with one change, its search index answered from PostgreSQL
  (\`test/bench/pg-peer.ts\`, \`pg-peer-server.ts\`): the very filter expressions the product sends, compiled into one prepared
  statement (one per pass of each stage of the match retrieval) on the product's tables and its stored free hours, goal in force and
  openings left, with GIN indexes on the filtered arrays, \`competence_id = any($1::uuid[])\`,
  coordinates from the postcode with a GiST index on \`ll_to_earth(lat, lon)\` (cube + earthdistance) for nearest-first
  (KNN, in the same statement), a b-tree on the postcode the distance filters list, and a GIN-indexed tsvector for text (prefix on the last word, no typo tolerance); same HTTP path, same
  scoring, same documents (\`candidateDocuments\`).

"ours ÷ raw" is ours p95 ÷ raw round-trip p95; "peer ÷ ours" is the peer's p95 ÷ ours. "failed" counts requests that
answered an error (e.g. SEARCH_UNAVAILABLE when Meilisearch exceeds \`SEARCH_TIMEOUT_MS\`); their time stays in the
percentiles, and the first error is quoted under the tables.

${out}

Recall@10 of the two-stage matcher (retrieval by relevance, then the scorer) against the exhaustive reference
(\`server/src/features/matching/exhaustive.ts\`, the one the integration test uses: every searchable person scored with the
product's scorer and its exclusions, the plausibility rule and the free-hours rule \`canTakeHours\`; top 10, ties by id),
over the benchmark's openings (open tasks with a place left in the consultant's portfolio). "raw Meilisearch + scorer"
is the product's retrieval sent straight to Meilisearch and ranked by the scorer in the benchmark's process. "same top
10 as ours" is the mean share of ours' top 10 that the peer's (and raw's) top 10 hold: 1.000 means the three give the
same answer; below 1 only from people at equal distance, whom Meilisearch and PostgreSQL may cut differently at a
pass's limit. The reference's time is scoring every person in the benchmark's process (people read once per size).

${recall}

Effect you can follow (issue 16.6: "computed in SQL … in under 2 s"): the effect report as the overview page asks for it,
over HTTP as the consultant (its own process, its session, the same server as above), ${EFFECT_SAMPLES} interleaved
samples per measure after 3 warm-up rounds; "started placements / cohorts" is what the report covers (default period:
the last 24 months of start dates, every type). The CSV export is its own query (\`exportEffectCsv\`, the same
statements and a CSV body). The cohort statement's plan is in the notes below.

${effectTable}

${notes.map((n) => `- ${n}`).join('\n')}

Reproduce: \`BENCH_SAMPLES=${SAMPLES} BENCH_EFFECT_SAMPLES=${EFFECT_SAMPLES} npm run bench -- --sizes ${SIZES.join(',')}\` (defaults 200 and 30).
`;
  const previous = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
  const kept = previous.includes(KEPT) ? previous.slice(previous.indexOf(KEPT)) : KEPT;
  fs.writeFileSync(OUT, `${doc}\n${kept.trimEnd()}\n`);
  console.log(`\n${out}\n\n${recall}\n\n${effectTable}\n\nWrote ${OUT}`);
}

const HEAD = [
  'candidates',
  'measure',
  'ours p50',
  'ours p95',
  'ours p99',
  'raw p50',
  'raw p95',
  'raw processingTimeMs p50 / p95',
  'ours ÷ raw',
  'PG peer p50',
  'PG peer p95',
  'peer ÷ ours',
  'failed: ours / peer / raw',
];
const EFFECT_HEAD = [
  'candidates',
  'measure (consultant, over HTTP)',
  'started placements / cohorts',
  'p50 ms',
  'p95 ms',
  'max ms',
  'samples',
  'failed',
  'p95 under 2 s',
];
const RECALL_HEAD = [
  'candidates',
  'openings',
  'eligible per opening (mean)',
  'recall@10 ours',
  'worst opening',
  'ours match p95 ms',
  'recall@10 PG peer',
  'PG peer match p95 ms',
  'recall@10 raw Meilisearch + scorer',
  'same top 10 as ours: peer / raw',
  'exhaustive reference p50 / p95 ms (people cached)',
];

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
