/**
 * `npm run eval:assignment`: the whole-portfolio plan against one-by-one picking.
 *
 * For the demo data (as a consultant, and as an admin for everything), 1,000 candidates × 300
 * openings and 10,000 candidates × 2,000 openings (the seed generator and bulk loader, then real
 * Meilisearch indexes), runs the plan in-process (the same service the GraphQL query calls) and
 * reports: people given an opening, total score, 6-week deadlines met, people whom per-opening
 * picking (each opening on its own) would put forward for more than one opening, and time.
 * Writes test/eval/ASSIGNMENT.md. A benchmark: the machine is shared, so times move between runs.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/src/config.js';
import { seedDemo } from '../../server/src/db/seed/seed-demo.js';
import { sql } from '../../server/src/db/sql.js';
import { AssignmentService } from '../../server/src/features/assignment/assignment.service.js';
import { User } from '../../server/src/features/auth/user.entity.js';
import { bootstrap } from '../../server/src/runtime.js';
import { INDEXED_ENTITIES } from '../../server/src/search/search-index.js';
import { type ServiceContext, systemClock } from '../../server/src/shared/context.js';

const OUT = path.resolve(process.cwd(), 'test/eval/ASSIGNMENT.md');
/** The rows of this run, for a later run to compare with (`ASSIGNMENT-before.json`). */
const OUT_JSON = path.resolve(process.cwd(), 'test/eval/ASSIGNMENT.json');
/** Rows of an earlier run (a copy of its ASSIGNMENT.json with a `label`): shown beside this run's times. */
const BEFORE = path.resolve(process.cwd(), 'test/eval/ASSIGNMENT-before.json');
/** Measured runs per plan after the warm-up; the table shows the median (the machine is shared). */
const RUNS = Number(process.env.EVAL_RUNS ?? 3);

interface Row {
  label: string;
  candidates: number;
  openings: number;
  places: number;
  edges: number;
  planPlaced: number;
  greedyPlaced: number;
  planScore: number;
  greedyScore: number;
  deadlinesNear: number;
  planDeadlines: number;
  greedyDeadlines: number;
  several: number;
  edgesMs: number;
  solveMs: number;
  totalMs: number;
  /** Every measured run's whole-plan time, in order. */
  runsMs: number[];
  /** Median parts of edgesMs: openings read, people retrieved, pairs scored. */
  loadMs: number;
  retrieveMs: number;
  scoreMs: number;
  targetMs?: number;
  /** Total score with every retrieved person kept as an edge (no top-K), when measured. */
  unprunedScore?: number;
}

interface Scenario {
  label: string;
  candidates: number;
  companies: number;
  runs: { label: string; email: string; openings?: number; targetMs?: number; unpruned?: boolean }[];
}

const SCENARIOS: Scenario[] = [
  {
    label: 'demo',
    candidates: 300,
    companies: 60,
    runs: [
      { label: 'demo data, consultant’s portfolio', email: 'konsulent@demo.dk' },
      { label: 'demo data, everything (admin)', email: 'admin@demo.dk', unpruned: true },
    ],
  },
  {
    label: '1k',
    candidates: 1_000,
    companies: 240,
    runs: [
      {
        label: '1,000 candidates × 300 openings',
        email: 'admin@demo.dk',
        openings: 300,
        targetMs: 2_000,
        unpruned: true,
      },
    ],
  },
  {
    label: '10k',
    candidates: 10_000,
    companies: 1_600,
    runs: [{ label: '10,000 candidates × 2,000 openings', email: 'admin@demo.dk', openings: 2_000, targetMs: 20_000 }],
  },
];

const only = process.argv.slice(2);

async function runScenario(s: Scenario): Promise<Row[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-eval-assignment-'));
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
  const rows: Row[] = [];
  try {
    let t = performance.now();
    // The demo's dates are relative to today, as the plan's deadlines are.
    const summary = await seedDemo(runtime.services, { candidates: s.candidates, companies: s.companies });
    console.log(`  ${s.label}: seeded ${summary} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    t = performance.now();
    for (const entity of INDEXED_ENTITIES) await runtime.services.search.rebuild(runtime.orm.em.fork(), entity);
    console.log(`  ${s.label}: indexed in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    for (const run of s.runs) {
      const em = runtime.orm.em.fork();
      const user = await em.findOneOrFail(User, { email: run.email }, { populate: ['industries'] });
      let openingIds: string[] | undefined;
      if (run.openings) {
        const open = await sql<{ id: string }>(
          em,
          `select id, created_at from unsolved_task where status = 'OPEN'
           union all select id, created_at from igu_slot where status = 'OPEN' order by created_at, id limit ?`,
          [run.openings],
        );
        openingIds = open.map((r) => r.id);
        if (openingIds.length < run.openings)
          console.log(`  note: only ${openingIds.length} open openings for ${run.label}`);
      }
      const ctx: ServiceContext = {
        em,
        user,
        config,
        search: runtime.services.search,
        locale: 'da',
        clock: systemClock,
      };
      // One warm-up (loads the solver once per process, as a server does), then RUNS measured runs.
      const input = openingIds ? { openingIds } : null;
      await new AssignmentService({ ...ctx, em: runtime.orm.em.fork() }).plan(input);
      const measured: { ms: number; p: Awaited<ReturnType<AssignmentService['plan']>> }[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const p = await new AssignmentService({ ...ctx, em: runtime.orm.em.fork() }).plan(input);
        measured.push({ ms: Math.round(performance.now() - started), p });
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const p = measured[0]!.p;
      const totalMs = median(measured.map((m) => m.ms));
      // The gap of keeping each opening's best few people as edges: the same plan with every retrieved person kept.
      let unprunedScore: number | undefined;
      if (run.unpruned) {
        const wide = await new AssignmentService(
          { ...ctx, em: runtime.orm.em.fork() },
          { edgesPerOpening: () => Number.POSITIVE_INFINITY },
        ).plan(input);
        unprunedScore = wide.totalScore;
      }
      const places = p.assignments.length + p.unfilledOpenings;
      const row: Row = {
        label: run.label,
        candidates: p.candidatesConsidered,
        openings: p.openingsConsidered,
        places,
        edges: p.stats.edges,
        planPlaced: p.assignments.length,
        greedyPlaced: p.greedyAssigned,
        planScore: p.totalScore,
        greedyScore: p.greedyTotalScore,
        deadlinesNear: p.deadlinesNear,
        planDeadlines: p.deadlinesMet,
        greedyDeadlines: p.greedyDeadlinesMet,
        several: p.stats.peopleOnSeveralOpenings,
        edgesMs: median(measured.map((m) => m.p.stats.edgesMs)),
        solveMs: median(measured.map((m) => m.p.solveMs)),
        totalMs,
        runsMs: measured.map((m) => m.ms),
        loadMs: median(measured.map((m) => m.p.stats.loadMs)),
        retrieveMs: median(measured.map((m) => m.p.stats.retrieveMs)),
        scoreMs: median(measured.map((m) => m.p.stats.scoreMs)),
        targetMs: run.targetMs,
        unprunedScore,
      };
      console.log(`  ${JSON.stringify(row)} ${JSON.stringify(p.stats)}`);
      rows.push(row);
    }
  } finally {
    await runtime.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

const n = (x: number) => x.toLocaleString('en-GB');
const s1 = (x: number) => x.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function table(rows: Row[]): string {
  const lines = [
    '| data | people eligible | openings (places) | edges | placed: plan / greedy | total score: plan / greedy (gain) | 6-week deadlines near: met by plan / greedy | people on several openings: per-opening picking / plan | retrieve + score | solve | whole plan | target |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const gain = r.greedyScore > 0 ? ((r.planScore / r.greedyScore - 1) * 100).toFixed(1) : '–';
    const target = r.targetMs ? `≤ ${n(r.targetMs / 1000)} s: ${r.totalMs <= r.targetMs ? 'met' : 'MISSED'}` : '';
    lines.push(
      `| ${r.label} | ${n(r.candidates)} | ${n(r.openings)} (${n(r.places)}) | ${n(r.edges)} | ${n(r.planPlaced)} / ${n(r.greedyPlaced)} | ${s1(r.planScore)} / ${s1(r.greedyScore)} (+${gain} %) | ${n(r.deadlinesNear)}: ${n(r.planDeadlines)} / ${n(r.greedyDeadlines)} | ${n(r.several)} / 0 | ${n(r.edgesMs)} ms | ${n(r.solveMs)} ms | ${n(r.totalMs)} ms | ${target} |`,
    );
  }
  return lines.join('\n');
}

/** Where the time goes (medians of the measured runs), and every run's whole-plan time. */
function timing(rows: Row[]): string {
  const lines = [
    '| data | read openings | retrieve people | score pairs | solve | whole plan (median) | runs |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.label} | ${n(r.loadMs)} ms | ${n(r.retrieveMs)} ms | ${n(r.scoreMs)} ms | ${n(r.solveMs)} ms | ${n(r.totalMs)} ms | ${r.runsMs.map(n).join(' · ')} ms |`,
    );
  return lines.join('\n');
}

/** The gap of pruning each opening to its best few people: same plan with every retrieved person as an edge. */
function gaps(rows: Row[]): string {
  const measured = rows.filter((r) => r.unprunedScore !== undefined);
  if (!measured.length) return '';
  const lines = [
    '| data | total score: top-K edges / every retrieved person | gap |',
    '|---|---|---|',
    ...measured.map(
      (r) =>
        `| ${r.label} | ${s1(r.planScore)} / ${s1(r.unprunedScore!)} | ${s1(r.unprunedScore! - r.planScore)} (${(((r.unprunedScore! - r.planScore) / Math.max(1, r.unprunedScore!)) * 100).toFixed(2)} %) |`,
    ),
  ];
  return lines.join('\n');
}

/** This run's times beside an earlier run's (ASSIGNMENT-before.json), row by row. */
function beforeAfter(rows: Row[]): string {
  if (!fs.existsSync(BEFORE)) return '';
  const before = JSON.parse(fs.readFileSync(BEFORE, 'utf8')) as { label: string; note?: string; rows: Row[] };
  const lines = [
    `| data | before (${before.label}): median (runs) | now: median (runs) | total score before / now |`,
    '|---|---|---|---|',
  ];
  for (const r of rows) {
    const b = before.rows.find((x) => x.label === r.label);
    if (!b) continue;
    lines.push(
      `| ${r.label} | ${n(b.totalMs)} ms (${b.runsMs.map(n).join(' · ')}) | ${n(r.totalMs)} ms (${r.runsMs.map(n).join(' · ')}) | ${s1(b.planScore)} / ${s1(r.planScore)} |`,
    );
  }
  if (before.note) lines.push('', before.note);
  return lines.join('\n');
}

async function main() {
  const rows: Row[] = [];
  const failed: string[] = [];
  for (const s of SCENARIOS) {
    if (only.length && !only.includes(s.label)) continue;
    console.log(`scenario ${s.label}`);
    try {
      rows.push(...(await runScenario(s)));
    } catch (e) {
      // A busy machine can time a scenario out: the table says so instead of losing the others.
      console.error(e);
      failed.push(`${s.label}: ${(e as Error).message}`);
    }
  }
  // Run for some scenarios only: the other scenarios' rows of the last run are kept (their times are older).
  if (only.length && fs.existsSync(OUT_JSON)) {
    const last = JSON.parse(fs.readFileSync(OUT_JSON, 'utf8')) as { rows: Row[] };
    const fresh = new Set(rows.map((r) => r.label));
    const order = SCENARIOS.flatMap((s) => s.runs.map((r) => r.label));
    rows.push(...last.rows.filter((r) => !fresh.has(r.label) && order.includes(r.label)));
    rows.sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
  }
  const md = `# Assignment plan vs one-by-one picking

\`npm run eval:assignment\` (test/eval/eval-assignment.ts), run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on
this repository's shared 2-core machine (other sessions were running: times are the median of ${RUNS} runs
after a warm-up and still move between runs; the counts and scores are deterministic for the same data and day).

- **plan**: \`assignmentPlan\`, solved exactly (HiGHS); **greedy**: each opening in turn (oldest first) takes its
  best free people. Both use the same edges: per opening the matcher's retrieval (${'`'}PLAN_RETRIEVE${'`'} people)
  and scorer, kept where the person has room for the opening's hours.
- **people on several openings**: when each opening's best people are picked on its own (as one-by-one
  suggestions do), people put forward for more than one opening at once; the plan gives each person one.
- **6-week deadlines near**: eligible people whose activation deadline is within the warning window or passed.
- Times: retrieve + score (PostgreSQL, Meilisearch, scorer), solve (LP build, HiGHS, reading), whole plan
  (everything the query does, without HTTP, explanations of the kept rows included), medians of the measured runs.

${table(rows)}
${failed.length ? `\nNot measured in this run: ${failed.join('; ')}\n` : ''}
## Where the time goes (median of ${RUNS} runs after a warm-up)

${timing(rows)}
${
  beforeAfter(rows)
    ? `
## Before and after

${beforeAfter(rows)}
`
    : ''
}${
  gaps(rows)
    ? `
## What keeping each opening's best few people costs

Each opening keeps as edges its best ${'`'}20 + 3 × places${'`'} retrieved people (at most ${'`'}PLAN_RETRIEVE${'`'}); the LP is exact
over those edges. The same plan with every retrieved person kept as an edge:

${gaps(rows)}
`
    : ''
}`;
  fs.writeFileSync(OUT, md);
  fs.writeFileSync(OUT_JSON, `${JSON.stringify({ at: new Date().toISOString(), rows }, null, 2)}\n`);
  console.log(
    `\n${table(rows)}\n\n${timing(rows)}\n\n${beforeAfter(rows)}\n\n${gaps(rows)}\n\nwritten to ${path.relative(process.cwd(), OUT)}`,
  );
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
