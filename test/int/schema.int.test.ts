import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingSchemaChanges } from '../../server/src/db/schema-diff.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

describe('database schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('agrees with the entities: no migration is missing', async () => {
    const diff = await pendingSchemaChanges(t.runtime.orm);
    expect(diff, 'Entities and migrations disagree; run "npm run db:migration:create".').toEqual([]);
  });
});
