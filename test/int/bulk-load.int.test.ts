import type { Knex } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulkLoader, TABLES, withIndexesDeferred } from '../../server/src/db/seed/bulk-load.js';
import { SeedGenerator } from '../../server/src/db/seed/generator.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/** Every index and foreign key of the generated tables, as PostgreSQL would recreate them. */
async function shape(db: Knex | Knex.Transaction): Promise<string[]> {
  const { rows } = (await db.raw(
    `select indexdef as def from pg_indexes where schemaname = current_schema() and tablename = any(:tables)
     union all
     select t.relname || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
       from pg_constraint c join pg_class t on t.oid = c.conrelid
      where c.contype = 'f' and t.relnamespace = current_schema()::regnamespace and t.relname = any(:tables)
     order by 1`,
    { tables: Object.values(TABLES) },
  )) as { rows: { def: string }[] };
  return rows.map((r) => r.def);
}

const count = async (db: Knex, table: string): Promise<number> =>
  Number(((await db(table).count({ n: '*' })) as { n: string }[])[0]!.n);

describe('bulk loading with indexes and foreign keys set aside', () => {
  let t: TestApp;
  let knex: Knex;

  beforeAll(async () => {
    t = await createTestApp();
    knex = t.runtime.orm.em.getKnex();
  });
  afterAll(() => t?.close());

  it('loads without the secondary indexes and keys, then puts back every one exactly as it was', async () => {
    const before = await shape(knex);
    expect(before.some((d) => d.includes('candidate_first_name_trgm'))).toBe(true);
    const generator = new SeedGenerator({
      seed: 31,
      candidates: 60,
      companies: 12,
      tasksPerCompany: 2,
      iguSlots: 3,
      today: '2026-11-23',
    });
    const loader = await BulkLoader.create(knex, 25);
    let during: string[] = [];
    await knex.transaction((trx) =>
      withIndexesDeferred(trx, Object.values(TABLES), async () => {
        during = await shape(trx);
        await loader.insert(trx, generator.users());
        await loader.insertChunks(trx, generator.companyChunks(5));
        await loader.insertChunks(trx, generator.candidateChunks(20));
      }),
    );
    // Only primary keys and unique constraints stay while loading.
    expect(during.length).toBeLessThan(before.length);
    expect(during.every((d) => d.startsWith('CREATE UNIQUE INDEX'))).toBe(true);
    expect(await shape(knex)).toEqual(before);
    expect(await count(knex, 'candidate')).toBe(60);
    expect(await count(knex, 'follow_up')).toBeGreaterThan(0);
  });

  it('a row that breaks a foreign key fails the load, and the rows, indexes and keys roll back together', async () => {
    const before = await shape(knex);
    const followUps = await count(knex, 'follow_up');
    const loader = await BulkLoader.create(knex);
    // A generated follow-up of another seed, pointing at a placement that does not exist.
    const other = new SeedGenerator({
      seed: 32,
      candidates: 20,
      companies: 4,
      tasksPerCompany: 2,
      iguSlots: 1,
      today: '2026-11-23',
    });
    Array.from(other.companyChunks(100)); // a generator makes its companies before its people
    const followUp = [...other.candidateChunks(100)].flatMap((c) => c.followUps)[0]!;
    const orphan = { ...followUp, placementId: '00000000-0000-4000-8000-0000000000aa' };
    await expect(
      knex.transaction((trx) =>
        withIndexesDeferred(trx, Object.values(TABLES), () => loader.insert(trx, { followUps: [orphan] })),
      ),
    ).rejects.toThrow(/foreign key/);
    expect(await count(knex, 'follow_up')).toBe(followUps);
    expect(await shape(knex)).toEqual(before);
  });
});
