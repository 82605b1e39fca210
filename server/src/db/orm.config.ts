import { DataloaderType } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

/** The MikroORM options for one database URL; the app, scripts and tests all use these. */
export interface PoolOptions {
  max: number;
  /** How long a query waits for a free connection before it fails (mapped to SERVICE_UNAVAILABLE). */
  acquireTimeoutMs: number;
}

export function ormConfig(
  clientUrl: string,
  overrides: Partial<Parameters<typeof defineConfig>[0]> = {},
  pool: PoolOptions = { max: 20, acquireTimeoutMs: 10_000 },
) {
  return defineConfig({
    clientUrl,
    driver: PostgreSqlDriver,
    entities,
    extensions: [Migrator],
    discovery: { requireEntitiesArray: true, disableDynamicFileAccess: true },
    migrations: {
      migrationsList,
      path: 'server/src/db/migrations',
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
    },
    // Batches reference/collection loads in field resolvers (no N+1 queries).
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    pool: { min: 0, max: pool.max, idleTimeoutMillis: 10_000 },
    driverOptions: {
      acquireConnectionTimeout: pool.acquireTimeoutMs,
      connection: { connectionTimeoutMillis: 3000, statement_timeout: 30_000 },
    },
    allowGlobalContext: false,
    debug: false,
    ...overrides,
  });
}
