import 'reflect-metadata';
import type { Knex } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from '../config.js';
import { BulkLoader, syncCompanyWithContactLog } from '../db/seed/bulk-load.js';
import { DEMO_PORTFOLIO, seedDemoUsers } from '../db/seed/demo-users.js';
import { type DemoAnchors, SeedGenerator } from '../db/seed/generator.js';
import { Role } from '../features/auth/user.entity.js';
import { checkAvailabilityDrift } from '../features/availability/drift.js';
import { bootstrap, isEmpty } from '../runtime.js';
import { todayInDenmark } from '../shared/clock.js';

/**
 * Bulk data for benchmarks:
 *
 *   npm run seed -- --candidates 100000 --companies 20000 [--seed 42] [--reset]
 *                   [--tasks-per-company 2.5] [--igu-slots N] [--today YYYY-MM-DD]
 *                   [--chunk 2000 (candidates generated at a time)] [--batch 5000 (rows per INSERT)]
 *
 * Uses DATABASE_URL, or the embedded PostgreSQL under DATA_DIR. Generates deterministic data
 * (server/src/db/seed/generator.ts) in chunks and inserts it with batched INSERTs (bulk-load.ts), one
 * transaction per kind of data (users, companies with their tasks and IGU slots, candidates
 * with their placements and proposals). --reset first empties every table except the
 * reference data (industries, competence catalogue) and the migrations, then recreates the
 * demo logins. On an empty database the demo logins are created and get a normal share of
 * the data. Without --reset on a database that holds data, the data is added on top: the
 * seed moves on to one not loaded yet, and CVR numbers and e-mails stay unique. The search
 * index is not fed here: run `npm run reindex` afterwards.
 */

interface Args {
  candidates: number;
  companies: number;
  seed: number;
  reset: boolean;
  tasksPerCompany: number;
  iguSlots: number | null;
  today: string;
  chunk: number;
  batch: number;
}

const USAGE =
  'Usage: npm run seed -- --candidates 100000 --companies 20000 [--seed 42] [--reset] [--tasks-per-company 2.5] [--igu-slots N] [--today YYYY-MM-DD] [--chunk 2000] [--batch 5000]';

function parseArgs(argv: string[]): Args {
  const args: Args = {
    candidates: 100_000,
    companies: 20_000,
    seed: 42,
    reset: false,
    tasksPerCompany: 2.5,
    iguSlots: null,
    today: todayInDenmark(),
    chunk: 2000,
    batch: 5000,
  };
  const num = (name: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n < min) throw new Error(`${name} needs a number ≥ ${min}\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] = a.includes('=') ? (a.split('=', 2) as [string, string]) : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--candidates':
        args.candidates = Math.floor(num(flag, value(), 0));
        break;
      case '--companies':
        args.companies = Math.floor(num(flag, value(), 0));
        break;
      case '--seed':
        args.seed = Math.floor(num(flag, value(), 0));
        break;
      case '--tasks-per-company':
        args.tasksPerCompany = num(flag, value(), 0);
        break;
      case '--igu-slots':
        args.iguSlots = Math.floor(num(flag, value(), 0));
        break;
      case '--chunk':
        args.chunk = Math.floor(num(flag, value(), 1));
        break;
      case '--batch':
        args.batch = Math.floor(num(flag, value(), 1));
        break;
      case '--today': {
        const v = value();
        if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new Error(`--today needs a date YYYY-MM-DD\n${USAGE}`);
        args.today = v;
        break;
      }
      case '--reset':
        args.reset = true;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown argument "${a}"\n${USAGE}`);
    }
  }
  return args;
}

/** Every table except the reference data (industry, competence) and the migrations table. */
const RESET_TABLES = [
  'follow_up',
  'placement',
  'proposal',
  'task_competence',
  'unsolved_task',
  'igu_slot_competence',
  'igu_slot',
  'candidate_competence',
  'weekly_activity',
  'foreign_education',
  'candidate',
  'company_contact',
  'contact_person',
  'session',
  'user_industry',
  'app_user',
  'company',
  'search_outbox',
  'audit_entry',
];

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  if (config.production) {
    // Generated people and logins with the published demo password have no place in production.
    throw new Error(
      'npm run seed is for development and benchmarks: it creates demo logins with the published demo password. Refused with NODE_ENV=production.',
    );
  }
  // Beside a running server: use its embedded services, never stop them.
  const runtime = await bootstrap(config, console.log, { whenRunning: 'share' });
  try {
    const em = runtime.orm.em.fork();
    const knex = em.getKnex();

    if (args.reset) {
      const t = performance.now();
      await knex.raw(`truncate table ${RESET_TABLES.map((n) => `"${n}"`).join(', ')} restart identity cascade`);
      console.log(`Reset: emptied every table but the reference data in ${fmt(performance.now() - t)} ms.`);
    }

    let demo: DemoAnchors | undefined;
    if (await isEmpty(runtime.orm)) {
      const { users, company } = await seedDemoUsers(em);
      const adviser = users.find((u) => u.role === Role.ADVISER);
      const consultant = users.find((u) => u.role === Role.CONSULTANT);
      if (adviser && consultant) {
        demo = {
          adviserId: adviser.id,
          adviserShare: args.candidates > 0 ? Math.min(1 / 3, 100 / args.candidates) : 0,
          consultantId: consultant.id,
          consultantIndustries: DEMO_PORTFOLIO,
          consultantShare: args.companies > 0 ? Math.min(1, 60 / args.companies) : 0,
          company: {
            id: company.id,
            name: company.name,
            industryCode: company.industry.unwrap().code,
            postcode: company.postcode,
          },
        };
        console.log(
          'Created the demo logins (admin|konsulent|raadgiver|virksomhed@demo.dk); they get a share of the data.',
        );
      }
    }

    // Adding on top: move on to a seed whose data is not loaded yet.
    let seed = args.seed;
    while (
      await knex('app_user')
        .where({ id: SeedGenerator.markerId(seed) })
        .first('id')
    )
      seed++;
    if (seed !== args.seed) console.log(`Seed ${args.seed} is loaded already; adding data with seed ${seed}.`);
    const takenCvrs = new Set((await knex('company').pluck('cvr')) as string[]);

    const generator = new SeedGenerator({
      seed,
      candidates: args.candidates,
      companies: args.companies,
      tasksPerCompany: args.tasksPerCompany,
      iguSlots: args.iguSlots ?? Math.max(20, Math.round(args.companies / 20)),
      today: args.today,
      takenCvrs,
      demo,
      rules: config.rules,
      ladder: config.rules.ladder,
    });
    const loader = await BulkLoader.create(knex, args.batch);
    console.log(
      `Seeding ${fmt(args.candidates)} candidates and ${fmt(args.companies)} companies (seed ${seed}, today ${args.today})…`,
    );

    const phases: { name: string; ms: number }[] = [];
    const started = performance.now();
    const phase = async (name: string, chunks: Iterable<Parameters<BulkLoader['insert']>[1]>): Promise<void> => {
      const t = performance.now();
      await knex.transaction((trx: Knex.Transaction) => loader.insertChunks(trx, chunks));
      phases.push({ name, ms: performance.now() - t });
      console.log(`  ${name}: ${fmt(performance.now() - t)} ms`);
    };
    await phase('users', [generator.users()]);
    await phase('companies, contacts, tasks, IGU slots', generator.companyChunks(args.chunk));
    await phase('candidates, competences, placements, follow-ups, proposals', generator.candidateChunks(args.chunk));
    if (demo?.company) await syncCompanyWithContactLog(knex, demo.company.id);
    // Openings left with the services' own rules (the reindex that follows reads them). The generator derived
    // people's free hours and ladder steps as of --today; for another day they are computed again for today.
    const today = todayInDenmark();
    await checkAvailabilityDrift(runtime.orm.em.fork(), config.rules, today, {
      fix: true,
      enqueue: false,
      kinds: args.today === today ? ['task', 'iguSlot'] : ['candidate', 'task', 'iguSlot'],
    });
    const wall = performance.now() - started;

    console.log('\n  table                      rows     ms*   rows/s');
    for (const [table, s] of loader.stats) {
      console.log(
        `  ${table.padEnd(22)} ${fmt(s.rows).padStart(9)} ${fmt(s.ms).padStart(7)} ${fmt(s.rows / Math.max(s.ms / 1000, 1e-6)).padStart(8)}`,
      );
    }
    console.log('  * time in INSERTs of that table; it overlaps with generating the next chunk.');
    const totals = loader.totals();
    const candidatePhase = phases[2]?.ms ?? 0;
    console.log(
      `\nLoaded ${fmt(totals.rows)} rows in ${(wall / 1000).toFixed(1)} s (${fmt(totals.rows / (wall / 1000))} rows/s, generation included); ` +
        `${fmt(args.candidates)} candidates with their data in ${(candidatePhase / 1000).toFixed(1)} s.`,
    );
    console.log('The search index is not updated by seeding: run `npm run reindex` to rebuild it from PostgreSQL.');
  } finally {
    await runtime.shutdown();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(
      err instanceof ConfigError ? err.message : `Seeding failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exit(1);
  },
);
