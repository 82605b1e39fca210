import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CandidateDocument, OpeningDocument } from '../../search/documents.js';
import { poolRetriever, retrieveFor } from './retrieval.js';

const geo = fc.option(
  fc.record({
    lat: fc.double({ min: 54.5, max: 57.7, noNaN: true }),
    lng: fc.double({ min: 8, max: 12.7, noNaN: true }),
  }),
  { nil: null },
);
const codes = fc.constantFrom('10', '47', '52', '56');
const comps = fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5');

const person = fc.record({
  id: fc.uuid(),
  _geo: geo,
  atGoal: fc.boolean(),
  availableWeeklyHours: fc.constantFrom(0, 10, 37),
  hasDrivingLicence: fc.boolean(),
  iguEligible: fc.boolean(),
  industriesWished: fc.array(codes, { maxLength: 3 }),
  competenceIds: fc.array(comps, { maxLength: 3 }),
});
const opening = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('TASK', 'IGU_SLOT'),
  _geo: geo,
  industryCode: codes,
  competenceIds: fc.array(comps, { maxLength: 2 }),
  requiresDrivingLicence: fc.boolean(),
});

describe('poolRetriever', () => {
  it('retrieves the same people in the same order as retrieveFor', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(person, { selector: (p) => p.id, maxLength: 60 }),
        fc.array(opening, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 30 }),
        (people, openings, limit) => {
          const pool = (people as unknown as CandidateDocument[]).sort((a, b) => (a.id < b.id ? -1 : 1));
          const retrieve = poolRetriever(pool);
          for (const o of openings as unknown as OpeningDocument[]) {
            const ids = (xs: CandidateDocument[]) => xs.map((c) => c.id);
            expect(ids(retrieve(o, limit))).toEqual(ids(retrieveFor(o, pool, limit)));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
