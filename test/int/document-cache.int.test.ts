import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CandidateDocumentCache } from '../../server/src/search/document-cache.js';
import {
  CANDIDATE_SCORING_FIELDS,
  type CandidateDocument,
  scoringRevision,
} from '../../server/src/search/documents.js';
import { MAX_VALUES_PER_FACET, nearestByPostcode } from '../../server/src/search/nearest.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/** A person as the index holds one, with the digest the document builder gives it. */
function person(id: string, over: Partial<CandidateDocument> = {}): CandidateDocument {
  const doc: Omit<CandidateDocument, 'scoringRev'> = {
    id,
    firstName: `Person ${id}`,
    competenceIds: ['c1'],
    competenceNames: ['Lager'],
    competenceNamesEn: ['Warehouse'],
    education: '',
    summary: 'Fri tekst, som matching ikke læser.',
    languages: ['arabisk'],
    industriesWished: ['52'],
    readiness: 'JOB_READY',
    danishLevel: 'A2' as never,
    danishRank: 2,
    availableWeeklyHours: 37,
    goalWeeklyHours: 37,
    currentOrdinaryHours: 0,
    atGoal: false,
    freeWeeklyHours: 37,
    availableFrom: null,
    freeWeeklyHoursFrom: null,
    hasDrivingLicence: false,
    maxCommuteKm: 20,
    iguEligible: false,
    hasActivePlacement: false,
    lastPlacementEndedOn: null,
    enrolledOn: '2026-01-05',
    activationRuleApplies: false,
    competenceLevels: [3],
    competenceEvidence: ['SELF_REPORTED'],
    pastPlacements: [],
    postcode: '1050',
    _geo: { lat: 55.6804, lng: 12.58596 },
    ...over,
  };
  return { ...doc, scoringRev: scoringRevision(doc) };
}

/**
 * Matching's document cache against a real Meilisearch: what it returns is what the index holds, for
 * people it has and people it lacks, after a change and after a removal.
 */
describe("matching's document cache", { timeout: 60_000 }, () => {
  let t: TestApp;
  let uid: string;

  const put = async (docs: CandidateDocument[]) =>
    t.runtime.services.search.meili.index(uid).addDocuments(docs, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  // Nearest first, as matching's stages ask (by postcode, search/nearest.ts).
  const query = () => [{ indexUid: uid, q: '', limit: 50, near: { lat: 55.68, lng: 12.57 } }];
  const scoring = (d: CandidateDocument) => Object.fromEntries(CANDIDATE_SCORING_FIELDS.map((f) => [f, d[f]]));

  beforeAll(async () => {
    t = await createTestApp();
    uid = `${t.config.meiliIndexPrefix}cache_test`;
    const meili = t.runtime.services.search.meili;
    await meili.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
    await meili
      .index(uid)
      .updateSettings({ filterableAttributes: ['postcode'], faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET } })
      .waitTask({ timeout: 60_000 });
  });
  afterAll(async () => {
    await t.runtime.services.search.meili.deleteIndex(uid).waitTask({ timeout: 60_000 });
    await t.close();
  });

  it('fetches the people it lacks by id, then answers from memory with the same fields in the same order', async () => {
    const near = person('a', { _geo: { lat: 55.68, lng: 12.57 } });
    const far = person('b', { postcode: '8000', _geo: { lat: 56.15, lng: 10.2 } });
    await put([far, near]);
    const cache = new CandidateDocumentCache(100);
    const meili = t.runtime.services.search.meili;

    const [first] = await cache.multiSearch(nearestByPostcode(meili as never), query());
    expect(first!.hits.map((h) => h.id)).toEqual(['a', 'b']);
    expect(first!.hits.map(scoring)).toEqual([scoring(near), scoring(far)]);
    expect(first!.hits[0]!.scoringRev).toBe(near.scoringRev);
    // Only the scoring fields are held: free text stays in the index.
    expect(first!.hits[0]).not.toHaveProperty('summary');
    expect([cache.hits, cache.misses]).toEqual([0, 2]);

    const [again] = await cache.multiSearch(nearestByPostcode(meili as never), query());
    expect(again!.hits.map(scoring)).toEqual([scoring(near), scoring(far)]);
    expect([cache.hits, cache.misses]).toEqual([2, 2]);
  });

  it('never answers with an older person than the index holds: a changed person is fetched again', async () => {
    const cache = new CandidateDocumentCache(100);
    const meili = t.runtime.services.search.meili;
    await put([person('a'), person('b', { postcode: '8000', _geo: { lat: 56.15, lng: 10.2 } })]);
    await cache.multiSearch(nearestByPostcode(meili as never), query());

    const changed = person('a', { freeWeeklyHours: 12, competenceLevels: [4] });
    expect(changed.scoringRev).not.toBe(person('a').scoringRev);
    await put([changed]);
    const [r] = await cache.multiSearch(nearestByPostcode(meili as never), query());
    const a = r!.hits.find((h) => h.id === 'a')!;
    expect(a.freeWeeklyHours).toBe(12);
    expect(a.competenceLevels).toEqual([4]);
    expect([cache.hits, cache.misses]).toEqual([1, 3]);
  });

  it('a change to free text alone keeps the digest, so the cached person is still used', () => {
    expect(person('a', { summary: 'Andet', education: 'Ny' }).scoringRev).toBe(person('a').scoringRev);
    expect(person('a', { industriesWished: ['49'] }).scoringRev).not.toBe(person('a').scoringRev);
  });

  it('returns nobody the index no longer holds', async () => {
    const cache = new CandidateDocumentCache(100);
    const meili = t.runtime.services.search.meili;
    await put([person('a'), person('b', { postcode: '8000', _geo: { lat: 56.15, lng: 10.2 } })]);
    await cache.multiSearch(nearestByPostcode(meili as never), query());
    await meili.index(uid).deleteDocument('b').waitTask({ timeout: 60_000 });
    const [r] = await cache.multiSearch(nearestByPostcode(meili as never), query());
    expect(r!.hits.map((h) => h.id)).toEqual(['a']);
  });

  it('keeps nobody with a size of 0: every query fetches its people', async () => {
    const cache = new CandidateDocumentCache(0);
    const meili = t.runtime.services.search.meili;
    await put([person('a')]);
    await cache.multiSearch(nearestByPostcode(meili as never), query());
    const [r] = await cache.multiSearch(nearestByPostcode(meili as never), query());
    expect(r!.hits.map((h) => h.id)).toContain('a');
    expect(cache.hits).toBe(0);
    expect(cache.misses).toBe(2 * r!.hits.length);
  });
});
