import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initORM } from '../db/orm.js';
import { pendingSchemaChanges } from '../db/schema-diff.js';
import { startEmbeddedPostgres } from '../services/embedded-postgres.js';

/**
 * Diffs the entities against a throw-away database with every committed migration
 * applied, writes the next migration, and refreshes the static migrations list.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-migrate-'));
fs.chmodSync(dir, 0o755);
const pg = await startEmbeddedPostgres({ dir, database: 'jobbro', fast: true, log: () => undefined });
try {
  const orm = await initORM(pg.url());
  await orm.getMigrator().up();
  const pending = await pendingSchemaChanges(orm);
  const result = pending.length
    ? await orm.getMigrator().createMigration('server/src/db/migrations', false, false)
    : { fileName: '' };
  await orm.close();
  if (!result.fileName) {
    console.log('Entities and migrations agree: no migration needed.');
  } else {
    console.log(`Wrote server/src/db/migrations/${result.fileName}`);
  }
  writeIndex();
} finally {
  await pg.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}

function writeIndex() {
  const migrationsDir = path.resolve('server/src/db/migrations');
  const names = fs
    .readdirSync(migrationsDir)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    '// Kept up to date by `npm run db:migration:create`: MikroORM imports migrations',
    '// through this static list, so vitest and the compiled server load the same code.',
    ...names.map((n) => `import { ${n} } from './${n}.js';`),
    '',
    `export const migrationsList = [${names.map((n) => `\n  { name: '${n}', class: ${n} },`).join('')}${names.length ? '\n' : ''}];`,
    '',
  ];
  fs.writeFileSync(path.join(migrationsDir, 'index.ts'), lines.join('\n'));
}
