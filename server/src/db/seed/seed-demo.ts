import type { Knex } from '@mikro-orm/postgresql';
import { type Config, DEFAULT_HOUR_GOALS, FULL_TIME_HOURS } from '../../config.js';
import { hashPassword } from '../../features/auth/password.js';
import { Role } from '../../features/auth/user.entity.js';
import { checkAvailabilityDrift } from '../../features/availability/drift.js';
import type { LadderRules } from '../../features/ladder/ladder.js';
import type { Services } from '../../services.js';
import { todayInDenmark } from '../../shared/clock.js';
import { BulkLoader, syncCompanyWithContactLog, TABLES, withIndexesDeferred } from './bulk-load.js';
import { seedDemoMentors } from './demo-mentors.js';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_PORTFOLIO, seedDemoUsers } from './demo-users.js';
import { SeedGenerator } from './generator.js';

export interface SeedOptions {
  /** Candidates in all (default 300). */
  candidates?: number;
  /** Companies in all, the demo company included (default 60). */
  companies?: number;
  /** PRNG seed (default 2026): the same seed and day give the same demo. */
  seed?: number;
  /** 'YYYY-MM-DD' the demo's dates are relative to (default: today, UTC). */
  today?: string;
  /** Hour goals for the stored free hours (default: the configuration's defaults). */
  rules?: Pick<Config['rules'], 'hourGoals' | 'fullTimeHours'>;
  /** The progression ladder the demo's history is played through (default: the default ladder). */
  ladder?: LadderRules;
  /** Receives how long each step took (the benchmark prints it for large seeds). */
  log?: (line: string) => void;
}

export const DEMO_SEED = 2026;

/** From this many candidates the seed builds indexes and checks foreign keys after loading, not per row. */
const DEFER_INDEXES_FROM = 20_000;

/**
 * Loads the demo: one user per role (seedDemoUsers), then a small lively data set around them,
 * all in one transaction: ~300 candidates (a third in raadgiver@demo.dk's caseload, the rest
 * with four generated advisers), 60 companies (about half in konsulent@demo.dk's portfolio
 * with that consultant), 150 tasks, 20 IGU slots, 12 weeks of placement history with
 * follow-ups, proposals in every status and a contact log. The demo company (CVR 10150817)
 * gets tasks, an IGU slot, three active interns with rising ordinary hours and proposals to
 * answer. Every alert kind appears at least once. Generated advisers and consultants sign in
 * with the demo password too. Returns a one-line summary.
 */
export async function seedDemo(services: Services, opts: SeedOptions): Promise<string> {
  const started = performance.now();
  const candidates = opts.candidates ?? 300;
  const companies = Math.max(1, opts.companies ?? 60);
  const now = Date.now();
  // The job centre's day (Copenhagen), as the server counts it: UTC's lags it by an hour or two at night.
  const today = opts.today ?? todayInDenmark(new Date(now));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rules = opts.rules ?? { hourGoals: DEFAULT_HOUR_GOALS, fullTimeHours: FULL_TIME_HOURS };

  const em = services.orm.em.fork();
  let stepStarted = performance.now();
  const step = (name: string): void => {
    opts.log?.(`    ${name}: ${((performance.now() - stepStarted) / 1000).toFixed(1)} s`);
    stepStarted = performance.now();
  };
  const loader = await em.transactional(async (tx) => {
    const { users, company } = await seedDemoUsers(tx);
    const adviser = users.find((u) => u.role === Role.ADVISER);
    const consultant = users.find((u) => u.role === Role.CONSULTANT);
    if (!adviser || !consultant) throw new Error('seedDemoUsers did not create an adviser and a consultant');
    const trx = tx.getTransactionContext<Knex.Transaction>();
    if (!trx) throw new Error('seedDemo: no transaction context');

    const generator = new SeedGenerator({
      seed: opts.seed ?? DEMO_SEED,
      candidates,
      companies: companies - 1, // the demo company exists already
      tasksPerCompany: 2.5,
      iguSlots: 20,
      today,
      rules,
      ladder: opts.ladder,
      // Seeding "today" at 06:45 must not stamp today's demo follow-ups at 13:00, after the user's own.
      now: today === todayInDenmark(new Date(now)) ? now : undefined,
      advisers: 4,
      consultants: 2,
      emailDomain: 'demo.dk',
      passwordHash,
      takenCvrs: new Set([company.cvr]),
      demo: {
        adviserId: adviser.id,
        adviserShare: 1 / 3,
        consultantId: consultant.id,
        consultantIndustries: DEMO_PORTFOLIO,
        portfolioShare: 0.5,
        consultantShare: 1,
        company: {
          id: company.id,
          name: company.name,
          industryCode: company.industry.unwrap().code,
          postcode: company.postcode,
        },
      },
    });
    // Building an index or checking a key over millions of rows outlasts the timeout meant for requests.
    await trx.raw('set local statement_timeout = 0');
    const bulk = await BulkLoader.create(trx);
    const load = async (): Promise<void> => {
      await bulk.insert(trx, generator.users());
      await bulk.insertChunks(trx, generator.companyChunks(5000));
      await bulk.insertChunks(trx, generator.candidateChunks(5000));
      step(
        `generating and inserting rows (time in inserts: ${[...bulk.stats].map(([t, s]) => `${t} ${(s.ms / 1000).toFixed(1)}`).join(', ')} s)`,
      );
      await syncCompanyWithContactLog(trx, company.id);
      await seedDemoMentors(tx, company.id, today);
    };
    const derive = async (): Promise<void> => {
      // Statistics for the fresh rows before anything queries them: without them the planner scans
      // whole tables for each of the availability check's `id = any(…)` batches.
      await trx.raw('analyze');
      step('analyze');
      // Openings left with the services' own rules, once every person's placements and proposals are in
      // (the generator derived each person's free hours and ladder step already). The index is built from
      // PostgreSQL after seeding.
      await checkAvailabilityDrift(tx, rules, today, { fix: true, enqueue: false, kinds: ['task', 'iguSlot'] });
      step('openings left');
    };
    if (candidates < DEFER_INDEXES_FROM) {
      await load();
      await derive();
    } else {
      // A benchmark's hundreds of thousands of people load faster into bare tables (withIndexesDeferred).
      // The openings check then writes every task once more, so the openings' tables get their indexes
      // back only after that; the others before, for its lookups of placements and proposals.
      const later = ['unsolved_task', 'igu_slot'];
      await withIndexesDeferred(trx, later, async () => {
        await withIndexesDeferred(
          trx,
          Object.values(TABLES).filter((t) => !later.includes(t)),
          load,
        );
        await derive();
      });
      step('indexes and foreign keys');
    }
    return bulk;
  });

  // Vacuum and fresh statistics now, not whenever autovacuum gets to it: the planner needs
  // them for the first reindex and queries, and a late autovacuum of a million new rows
  // would compete with them for the CPU. VACUUM cannot run in a transaction, so the statement
  // timeout (meant for requests) is lifted on one pooled connection for it, then put back.
  const knex = em.getKnex();
  const conn = (await knex.client.acquireConnection()) as { query: (sql: string) => Promise<unknown> };
  try {
    await conn.query('set statement_timeout = 0');
    await conn.query('vacuum analyze');
  } finally {
    await conn.query('reset statement_timeout').catch(() => undefined);
    await knex.client.releaseConnection(conn);
  }
  step('vacuum analyze');

  const n = (table: string): number => loader.stats.get(table)?.rows ?? 0;
  return [
    `${DEMO_LOGINS.length + n('app_user')} users`,
    `${companies} companies`,
    `${n('unsolved_task')} tasks`,
    `${n('igu_slot')} IGU slots`,
    `${n('candidate')} candidates`,
    `${n('placement')} placements`,
    `${n('follow_up')} follow-ups`,
    `${n('proposal')} proposals`,
    `${n('company_contact')} contact log entries`,
  ]
    .join(', ')
    .concat(` in ${Math.round(performance.now() - started)} ms`);
}
