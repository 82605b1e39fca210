import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import type { Company } from '../../server/src/features/companies/company.entity.js';
import { UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { type GqlClient } from '../setup/test-app.js';

const POST = 'mutation($input: PostTaskInput!) { postTask(input: $input) { id } }';

// Issue 14.2: a form with several mistakes hears about all of them in one answer, and nothing is written.
describe('every invalid field at once, over HTTP', () => {
  let t: DemoApp;
  let company: Company;
  let companyUser: GqlClient;
  const em = () => t.em();

  beforeAll(async () => {
    t = await createDemoApp();
    ({ company } = t);
    companyUser = await t.as(Role.COMPANY);
  });
  afterAll(() => t?.close());

  it('names hours, postcode and title together; the first stays in `field`', async () => {
    const r = await companyUser.request(POST, {
      input: {
        title: '',
        description: 'Flytte paller',
        industryCode: '52',
        companyId: company.id,
        requiredCompetences: [],
        danishLevel: 'A2',
        weeklyHours: 40,
        learningGoals: 'Truckcertifikat',
        ordinaryHoursInSight: false,
        openings: 1,
        postcode: '12',
      },
    });
    const ext = r.errors?.[0]?.extensions as {
      code: string;
      field: string;
      fields: { field: string; message: string }[];
    };
    expect(ext.code).toBe('BAD_USER_INPUT');
    const fields = ext.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'weeklyHours', 'postcode']));
    expect(fields.length).toBe(new Set(fields).size);
    expect(ext.field).toBe(ext.fields[0]!.field);
    expect(r.errors?.[0]?.message).toBe(ext.fields[0]!.message);
    expect(ext.fields.find((f) => f.field === 'weeklyHours')!.message).toMatch(/37/);
    expect(ext.fields.find((f) => f.field === 'postcode')!.message).toMatch(/4 digits|4 cifre/);
    expect(await em().count(UnsolvedTask, { company: company.id })).toBe(0);
  });

  it('keeps one entry in `fields` for a single mistake', async () => {
    const r = await companyUser.request('query { tasks(first: -1) { totalCount } }');
    const ext = r.errors?.[0]?.extensions as { code: string; field?: string; fields?: unknown[] };
    expect(ext.code).toBe('BAD_USER_INPUT');
    expect(ext.fields).toEqual([{ field: ext.field, message: r.errors?.[0]?.message }]);
  });
});
