import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRef } from '../../server/src/db/load-ref.js';
import { Company } from '../../server/src/features/companies/company.entity.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { makeCompany } from './matching-fixtures.js';

// A mutation returns entities its transaction loaded; field resolvers then load their
// references. The fuzz test once saw "Transaction query already complete" on
// withdrawProposal { company { industry } } as a consultant; field resolvers now load
// references through the request's EntityManager with loadRef.
describe('loading a reference after the transaction that loaded its owner', () => {
  let t: TestApp;
  let companyId: string;
  beforeAll(async () => {
    t = await createTestApp();
    companyId = (await makeCompany(t.runtime.orm.em.fork(), { industry: '41', postcode: '5000', name: 'Ref ApS' })).id;
  });
  afterAll(() => t?.close());

  const companyFromFinishedTransaction = async () => {
    const requestEm = t.runtime.orm.em.fork();
    const company = await requestEm.transactional((tx) => tx.findOneOrFail(Company, companyId));
    expect(company.industry.isInitialized()).toBe(false);
    return { requestEm, company };
  };

  it('loads the referenced row through the request EntityManager', async () => {
    const { requestEm, company } = await companyFromFinishedTransaction();
    const industry = await loadRef(requestEm, company.industry);
    expect(industry).toMatchObject({ code: '41' });
    expect(industry.name).toBeTruthy();
    // Already loaded: the same object back, no query.
    expect(await loadRef(requestEm, company.industry)).toBe(industry);
  });
});
