/**
 * Fast inserts of generated rows (generator.ts), in foreign-key order, a few thousand rows
 * per statement. Each statement is one batched INSERT … SELECT FROM unnest(…) with one array
 * parameter per column: PostgreSQL parses a statement with a dozen parameters instead of
 * tens of thousands (measured about 1.8× faster than multi-row VALUES here, and no
 * 65,535-parameter limit). Column names and types come from the database (the committed
 * migrations), so a generated property without a column fails loudly.
 *
 * The caller decides the transaction: pass a knex transaction (one per kind of data).
 * Rows go straight into the tables, not through the ORM: no entity objects and no search
 * outbox rows. The search index is rebuilt from PostgreSQL by a reindex after seeding.
 */
import type { Knex } from '@mikro-orm/postgresql';
import { GENERATED_KEYS, type GeneratedRows } from './generator.js';

/** Table of each generated row list (names as in the migrations). */
export const TABLES: Record<keyof GeneratedRows, string> = {
  users: 'app_user',
  userIndustries: 'user_industry',
  companies: 'company',
  contactPersons: 'contact_person',
  companyContacts: 'company_contact',
  tasks: 'unsolved_task',
  taskCompetences: 'task_competence',
  iguSlots: 'igu_slot',
  iguSlotCompetences: 'igu_slot_competence',
  candidates: 'candidate',
  candidateCompetences: 'candidate_competence',
  weeklyActivities: 'weekly_activity',
  foreignEducations: 'foreign_education',
  placements: 'placement',
  followUps: 'follow_up',
  proposals: 'proposal',
  ladderEntries: 'ladder_entry',
};

/** The MikroORM naming: camelCase property → snake_case column. */
export const columnName = (prop: string): string =>
  prop === 'competenceCode'
    ? 'competence_id'
    : prop === 'confirmedCompetenceCodes'
      ? 'confirmed_competence_ids'
      : prop.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A PostgreSQL array literal of strings: {"a","b"}. */
export function arrayLiteral(values: readonly unknown[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

interface ColumnType {
  dataType: string;
  udtName: string;
}

interface Column {
  prop: string;
  column: string;
  /** Type of the unnest parameter, e.g. uuid[] */
  paramType: string;
  /** Expression in the SELECT list. */
  select: string;
  convert: (value: unknown) => unknown;
}

export interface TableStats {
  rows: number;
  /** Milliseconds spent inserting (conversion included). */
  ms: number;
}

/** Competence ids by catalogue code (the catalogue is loaded by ensureReferenceData). */
export async function loadCompetenceIds(db: Knex): Promise<Map<string, string>> {
  const rows = (await db('competence').select('id', 'code')) as { id: string; code: string }[];
  return new Map(rows.map((r) => [r.code, r.id]));
}

/**
 * For a company that existed before seeding (the demo company): lastContactAt becomes its newest
 * generated contact log entry, and createdAt moves back to before its oldest one.
 */
export async function syncCompanyWithContactLog(db: Knex, companyId: string): Promise<void> {
  await db.raw(
    `update company c set last_contact_at = greatest(c.last_contact_at, x.last), created_at = least(c.created_at, x.first - interval '30 days')
       from (select max(contacted_at) as last, min(contacted_at) as first from company_contact where company_id = ?) x
      where c.id = ? and x.last is not null`,
    [companyId, companyId],
  );
}

/**
 * Runs `load` with the secondary indexes and the foreign keys of `tables` set aside, then puts them
 * back. Building an index once over every row is several times faster than updating it row by row
 * (the trigram GIN indexes most of all), and a foreign key added back is checked with one join
 * instead of a trigger per inserted row. Primary keys and unique constraints stay, so duplicates
 * still fail at once. Call it inside a transaction (`db`): if the load or a check fails, the
 * indexes and keys roll back with the rows. Worth it only when the load is large next to what the
 * tables hold (it locks them and rebuilds their indexes over all rows).
 */
export async function withIndexesDeferred<T>(
  db: Knex.Transaction,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const { rows: indexes } = (await db.raw(
    `select ix.relname as name, pg_get_indexdef(i.indexrelid) as def
       from pg_index i join pg_class t on t.oid = i.indrelid join pg_class ix on ix.oid = i.indexrelid
      where t.relnamespace = current_schema()::regnamespace and t.relname = any(?)
        and not i.indisprimary and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [[...tables]],
  )) as { rows: { name: string; def: string }[] };
  const { rows: keys } = (await db.raw(
    `select c.conname as name, t.relname as "table", pg_get_constraintdef(c.oid) as def
       from pg_constraint c join pg_class t on t.oid = c.conrelid
      where c.contype = 'f' and t.relnamespace = current_schema()::regnamespace and t.relname = any(?)`,
    [[...tables]],
  )) as { rows: { name: string; table: string; def: string }[] };
  for (const k of keys) await db.raw(`alter table "${k.table}" drop constraint "${k.name}"`);
  for (const ix of indexes) await db.raw(`drop index "${ix.name}"`);
  const result = await load();
  // Memory for sorting while the indexes are built; the setting ends with the transaction.
  await db.raw(`set local maintenance_work_mem = '256MB'`);
  for (const ix of indexes) await db.raw(ix.def);
  for (const k of keys) await db.raw(`alter table "${k.table}" add constraint "${k.name}" ${k.def}`);
  return result;
}

/** Inserts generated rows table by table and keeps per-table counts and timings. */
export class BulkLoader {
  readonly stats = new Map<string, TableStats>();
  private readonly columns = new Map<string, Column[]>();

  private constructor(
    private readonly competenceIds: ReadonlyMap<string, string>,
    private readonly types: ReadonlyMap<string, ColumnType>,
    private readonly chunkSize: number,
  ) {}

  /** Reads the competence ids and the column types of the generated tables. */
  static async create(db: Knex, chunkSize = 2000): Promise<BulkLoader> {
    const tables = Object.values(TABLES);
    const result = (await db.raw(
      `select table_name, column_name, data_type, udt_name from information_schema.columns
        where table_schema = current_schema() and table_name = any(?)`,
      [tables],
    )) as { rows: { table_name: string; column_name: string; data_type: string; udt_name: string }[] };
    const types = new Map<string, ColumnType>();
    for (const r of result.rows)
      types.set(`${r.table_name}.${r.column_name}`, { dataType: r.data_type, udtName: r.udt_name });
    return new BulkLoader(await loadCompetenceIds(db), types, Math.max(1, chunkSize));
  }

  /** Inserts every non-empty list of `rows` in foreign-key order through `db` (ideally a transaction). */
  async insert(db: Knex | Knex.Transaction, rows: Partial<GeneratedRows>): Promise<void> {
    for (const key of GENERATED_KEYS) {
      const list = rows[key] as object[] | undefined;
      if (list?.length) await this.insertTable(db, TABLES[key], list);
    }
  }

  /**
   * Inserts chunk after chunk, generating the next one while PostgreSQL inserts the previous
   * (the generator is synchronous JavaScript; the insert waits on the database).
   */
  async insertChunks(db: Knex | Knex.Transaction, chunks: Iterable<Partial<GeneratedRows>>): Promise<void> {
    let pending: Promise<void> = Promise.resolve();
    for (const chunk of chunks) {
      await pending;
      pending = this.insert(db, chunk);
    }
    await pending;
  }

  /** Total rows and milliseconds over all tables. */
  totals(): TableStats {
    let rows = 0;
    let ms = 0;
    for (const s of this.stats.values()) {
      rows += s.rows;
      ms += s.ms;
    }
    return { rows, ms };
  }

  private competenceId = (code: unknown): string => {
    const id = this.competenceIds.get(code as string);
    if (!id) throw new Error(`Competence "${String(code)}" is not in the competence table`);
    return id;
  };

  private columnsFor(table: string, sample: object): Column[] {
    let cols = this.columns.get(table);
    if (cols) return cols;
    cols = Object.keys(sample).map((prop) => {
      const column = columnName(prop);
      const type = this.types.get(`${table}.${column}`);
      if (!type) throw new Error(`Table ${table} has no column ${column} (for the generated property ${prop})`);
      if (type.dataType === 'ARRAY') {
        // each value travels as an array literal and is cast back: unnest cannot carry ragged arrays
        const toIds = prop === 'confirmedCompetenceCodes';
        return {
          prop,
          column,
          paramType: 'text[]',
          select: `"${column}"::${type.udtName.replace(/^_/, '')}[]`,
          convert: (v: unknown) =>
            v === null || v === undefined
              ? null
              : arrayLiteral(toIds ? (v as unknown[]).map(this.competenceId) : (v as unknown[])),
        };
      }
      if (type.udtName === 'jsonb' || type.udtName === 'json') {
        return {
          prop,
          column,
          paramType: `${type.udtName}[]`,
          select: `"${column}"`,
          convert: (v: unknown) => JSON.stringify(v),
        };
      }
      return {
        prop,
        column,
        paramType: `${type.udtName}[]`,
        select: `"${column}"`,
        convert: prop === 'competenceCode' ? this.competenceId : (v: unknown) => (v === undefined ? null : v),
      };
    });
    this.columns.set(table, cols);
    return cols;
  }

  private async insertTable(db: Knex | Knex.Transaction, table: string, list: object[]): Promise<void> {
    const cols = this.columnsFor(table, list[0] as object);
    const names = cols.map((c) => `"${c.column}"`).join(', ');
    const sql =
      `insert into "${table}" (${names}) select ${cols.map((c) => c.select).join(', ')} ` +
      `from unnest(${cols.map((c) => `?::${c.paramType}`).join(', ')}) as u(${names})`;
    const started = performance.now();
    for (let i = 0; i < list.length; i += this.chunkSize) {
      const batch = list.slice(i, i + this.chunkSize) as Record<string, unknown>[];
      const params = cols.map((c) => batch.map((r) => c.convert(r[c.prop])));
      try {
        await db.raw(sql, params as unknown as Knex.RawBinding[]);
      } catch (err) {
        // knex puts the whole statement into the message: keep what a person can act on
        const e = err as { message?: string; detail?: string; code?: string };
        const reason = (e.message ?? String(err)).split(' - ').pop();
        throw new Error(
          `Inserting ${batch.length} rows into ${table} failed: ${reason}${e.detail ? ` (${e.detail})` : ''}`,
        );
      }
    }
    const s = this.stats.get(table) ?? { rows: 0, ms: 0 };
    s.rows += list.length;
    s.ms += performance.now() - started;
    this.stats.set(table, s);
  }
}
