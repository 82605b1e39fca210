import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig, type PoolOptions } from './orm.config.js';

export type Orm = MikroORM;

/** Connects the ORM; the app, the scripts and the tests share this bootstrap. */
export async function initORM(databaseUrl: string, pool?: PoolOptions): Promise<Orm> {
  return MikroORM.init(ormConfig(databaseUrl, {}, pool));
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: Orm): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
