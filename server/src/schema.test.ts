import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAppSchema, SCHEMA_FILE } from './schema.js';

describe('schema/schema.graphql', () => {
  it('is what the resolvers emit (run "npm run build" after changing the API)', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schema-')), 'schema.graphql');
    await buildAppSchema({ emitSchemaFile: out });
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(fs.readFileSync(out, 'utf8'));
  });
});
