import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulkLoader } from '../../server/src/db/seed/bulk-load.js';
import { SeedGenerator } from '../../server/src/db/seed/generator.js';
import { sql } from '../../server/src/db/sql.js';
import { checkAvailabilityDrift } from '../../server/src/features/availability/drift.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

const TODAY = '2026-11-23';
/** The migration that plays an existing database's history through the ladder (plain SQL, frozen). */
const LADDER_MIGRATION = 'Migration20261206215000';

/** Every ladder entry and every person's step, as text (ids and timestamps of the entries left out). */
async function readLadders(em: EntityManager) {
  const entries = await sql<{ e: string }>(
    em,
    `select concat_ws(' ', candidate_id, date, from_step_key, to_step_key, event, placement_id) as e
       from ladder_entry order by 1`,
  );
  const steps = await sql<{ s: string }>(em, `select concat_ws(' ', id, ladder_step) as s from candidate order by id`);
  return { entries: entries.map((r) => r.e), steps: steps.map((r) => r.s) };
}

/**
 * The generator derives each person's free hours, availableFrom and ladder from the history it writes, so a
 * seed needs no pass over every person afterwards. These tests load generated rows and check them against
 * what is computed from the database: the services' drift check and the ladder migration's SQL.
 */
describe('what seeding derives from people’s generated history', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const knex = t.runtime.orm.em.getKnex();
    const generator = new SeedGenerator({
      seed: 41,
      candidates: 300,
      companies: 50,
      tasksPerCompany: 2,
      iguSlots: 3,
      today: TODAY,
    });
    const loader = await BulkLoader.create(knex);
    await knex.transaction(async (trx) => {
      await loader.insert(trx, generator.users());
      await loader.insertChunks(trx, generator.companyChunks(100));
      await loader.insertChunks(trx, generator.candidateChunks(100));
    });
  });
  afterAll(() => t?.close());

  it('stores the free hours and availableFrom that the availability rules compute', async () => {
    const [report] = await checkAvailabilityDrift(t.runtime.orm.em.fork(), t.config.rules, TODAY, {
      fix: false,
      kinds: ['candidate'],
    });
    expect(report!.checked).toBe(300);
    expect(report!.drifted).toEqual([]);
    const [busy] = await sql<{ n: number }>(
      t.runtime.orm.em.fork(),
      `select count(*)::int as n from candidate where available_from is not null or free_weekly_hours < 20`,
    );
    expect(busy!.n).toBeGreaterThan(5); // placements and activities took hours: the comparison is not of defaults
  });

  it('stores the ladder that the ladder migration plays from the same history', async () => {
    const em = t.runtime.orm.em.fork();
    const generated = await readLadders(em);
    // A database from before the ladder, with the same people and history, upgraded as a deployment is.
    await sql(em, 'delete from ladder_entry');
    await sql(em, 'update candidate set ladder_step = null');
    const migrator = t.runtime.orm.getMigrator();
    await migrator.down({ migrations: [LADDER_MIGRATION] });
    await migrator.up({ migrations: [LADDER_MIGRATION] });
    const played = await readLadders(em);
    expect(new Set(played.steps.map((s) => s.split(' ')[1])).size).toBeGreaterThan(2); // people on several steps
    expect(played.entries.length).toBeGreaterThan(30);
    expect(played).toEqual(generated);
  });
});
