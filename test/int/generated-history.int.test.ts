import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulkLoader } from '../../server/src/db/seed/bulk-load.js';
import { SeedGenerator } from '../../server/src/db/seed/generator.js';
import { sql } from '../../server/src/db/sql.js';
import { checkAvailabilityDrift } from '../../server/src/features/availability/drift.js';
import { DEFAULT_LADDER } from '../../server/src/features/ladder/ladder.js';
import { backfillLadders } from '../../server/src/features/ladder/ladder-backfill.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

const TODAY = '2026-11-23';

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

/** Forgets the generated ladders and plays them again, in a transaction that is rolled back; returns what it wrote. */
async function playLadders(t: TestApp, peoplePerPass: number) {
  let result: { moved: number; entries: string[]; steps: string[] } | null = null;
  await t.runtime.orm.em
    .fork()
    .transactional(async (tx: EntityManager) => {
      await sql(tx, 'delete from ladder_entry');
      await sql(tx, 'update candidate set ladder_step = null');
      const moved = await backfillLadders(tx, DEFAULT_LADDER, peoplePerPass);
      result = { moved, ...(await readLadders(tx)) };
      throw new Error('roll back');
    })
    .catch((err: Error) => {
      if (err.message !== 'roll back') throw err;
    });
  return result!;
}

/**
 * The generator derives each person's free hours, availableFrom and ladder from the history it writes, so a
 * seed needs no pass over every person afterwards. These tests load generated rows and check them against
 * what the services compute from the database: the drift check and the ladder backfill.
 */
describe('what seeding derives from people’s generated history', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const knex = t.runtime.orm.em.getKnex();
    const generator = new SeedGenerator({
      seed: 41,
      candidates: 90,
      companies: 15,
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
    expect(report!.checked).toBe(90);
    expect(report!.drifted).toEqual([]);
    const [busy] = await sql<{ n: number }>(
      t.runtime.orm.em.fork(),
      `select count(*)::int as n from candidate where available_from is not null or free_weekly_hours < 20`,
    );
    expect(busy!.n).toBeGreaterThan(5); // placements and activities took hours: the comparison is not of defaults
  });

  it('stores the ladder that playing the history back gives', async () => {
    const generated = await readLadders(t.runtime.orm.em.fork());
    const played = await playLadders(t, 1_000);
    expect(played.moved).toBeGreaterThan(10);
    expect(generated.entries.length).toBeGreaterThan(played.moved);
    expect({ entries: played.entries, steps: played.steps }).toEqual(generated);
  });

  it('plays the same history and steps in passes of a few people as in one pass', async () => {
    const whole = await playLadders(t, 1_000);
    const inPasses = await playLadders(t, 7);
    expect(whole.moved).toBeGreaterThan(10);
    expect(whole.entries.length).toBeGreaterThan(whole.moved);
    expect(inPasses).toEqual(whole);
  });
});
