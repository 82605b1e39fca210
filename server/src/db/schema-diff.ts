import type { Orm } from './orm.js';

/**
 * The SQL that would bring the database in line with the entities, minus the
 * check constraints PostgreSQL merely re-spells (it rewrites `a between 1 and 4`
 * and adds casts, which MikroORM's textual comparison reads as a change).
 */
export async function pendingSchemaChanges(orm: Orm): Promise<string[]> {
  const sql = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
  const rows = await orm.em
    .getConnection()
    .execute<{ conname: string }[]>("select conname from pg_constraint where contype = 'c'");
  const existing = new Set(rows.map((r) => r.conname));
  return sql
    .split(/;\s*\n/)
    .map((s) => s.trim().replace(/;$/, ''))
    .filter(Boolean)
    .filter((stmt) => {
      const m = /^alter table "\w+" (?:drop constraint|add constraint) "?(\w+)"?(?: check|$)/i.exec(stmt);
      return !(m?.[1] && existing.has(m[1]));
    });
}
