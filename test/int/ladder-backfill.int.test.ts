import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulkLoader } from '../../server/src/db/seed/bulk-load.js';
import { SeedGenerator } from '../../server/src/db/seed/generator.js';
import { sql } from '../../server/src/db/sql.js';
import { DEFAULT_LADDER } from '../../server/src/features/ladder/ladder.js';
import { backfillLadders } from '../../server/src/features/ladder/ladder-backfill.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/** Plays the ladder in a transaction that is rolled back, and returns what it wrote. */
async function playLadders(t: TestApp, peoplePerPass: number) {
  let result: { moved: number; entries: string[]; steps: string[] } | null = null;
  await t.runtime.orm.em
    .fork()
    .transactional(async (tx: EntityManager) => {
      const moved = await backfillLadders(tx, DEFAULT_LADDER, peoplePerPass);
      const entries = await sql<{ e: string }>(
        tx,
        `select concat_ws(' ', candidate_id, date, from_step_key, to_step_key, event, placement_id) as e
           from ladder_entry order by 1`,
      );
      const steps = await sql<{ s: string }>(
        tx,
        `select concat_ws(' ', id, ladder_step) as s from candidate order by id`,
      );
      result = { moved, entries: entries.map((r) => r.e), steps: steps.map((r) => r.s) };
      throw new Error('roll back');
    })
    .catch((err: Error) => {
      if (err.message !== 'roll back') throw err;
    });
  return result!;
}

describe('playing people’s history through the progression ladder (seeding, the ladder migration)', () => {
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
      today: '2026-11-23',
    });
    const loader = await BulkLoader.create(knex);
    await knex.transaction(async (trx) => {
      await loader.insert(trx, generator.users());
      await loader.insertChunks(trx, generator.companyChunks(100));
      await loader.insertChunks(trx, generator.candidateChunks(100));
    });
  });
  afterAll(() => t?.close());

  it('writes the same history and steps in passes of a few people as in one pass', async () => {
    const whole = await playLadders(t, 1_000);
    const inPasses = await playLadders(t, 7);
    expect(whole.moved).toBeGreaterThan(10);
    expect(whole.entries.length).toBeGreaterThan(whole.moved);
    expect(inPasses).toEqual(whole);
  });
});
