import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { initORM, migrate } from '../../server/src/db/orm.js';
import { ensureReferenceData } from '../../server/src/db/seed/reference.js';
import { startEmbeddedMeilisearch } from '../../server/src/services/embedded-meilisearch.js';
import { ensureDatabase, startEmbeddedPostgres } from '../../server/src/services/embedded-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDb: string;
    meiliUrl: string;
    meiliKey: string;
  }
}

export const TEMPLATE_DB = 'jobbro_template';

/**
 * Starts a throw-away PostgreSQL and Meilisearch on free ports (or uses
 * TEST_DATABASE_URL / TEST_MEILI_URL), migrates a template database once,
 * and hands the addresses to the test files.
 */
export default async function setup(project: TestProject) {
  const stops: (() => Promise<void>)[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-test-'));
  // PostgreSQL runs as the `postgres` user when we are root: it must traverse this.
  fs.chmodSync(dir, 0o755);
  const log = (s: string) => {
    if (process.env.TEST_SERVICE_LOG) console.log(s);
  };

  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    return await start();
  } catch (err) {
    await teardown();
    throw err;
  }

  async function start() {
    let pgAdminUrl = process.env.TEST_DATABASE_URL;
    if (!pgAdminUrl) {
      const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), database: 'postgres', fast: true, log });
      stops.push(pg.stop);
      pgAdminUrl = pg.url('postgres');
    }
    let meiliUrl = process.env.TEST_MEILI_URL;
    let meiliKey = process.env.TEST_MEILI_KEY ?? '';
    if (!meiliUrl) {
      const meili = await startEmbeddedMeilisearch({ dir: path.join(dir, 'meili'), log });
      stops.push(meili.stop);
      meiliUrl = meili.url;
      meiliKey = meili.masterKey;
    }

    const templateDb = `${TEMPLATE_DB}_${process.pid}`;
    await ensureDatabase(pgAdminUrl, templateDb);
    const templateUrl = new URL(pgAdminUrl);
    templateUrl.pathname = `/${templateDb}`;
    const orm = await initORM(templateUrl.toString());
    try {
      await migrate(orm);
      await ensureReferenceData(orm.em.fork());
    } finally {
      await orm.close(true);
    }

    project.provide('pgAdminUrl', pgAdminUrl);
    project.provide('templateDb', templateDb);
    project.provide('meiliUrl', meiliUrl);
    project.provide('meiliKey', meiliKey);

    return teardown;
  }
}
