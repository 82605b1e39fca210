import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../setup/test-app.js';

describe('database schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('agrees with the entities: no migration is missing', async () => {
    const diff = await t.runtime.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim(), `Entities and migrations disagree; run "npm run db:migration:create".\n${diff}`).toBe('');
  });
});
