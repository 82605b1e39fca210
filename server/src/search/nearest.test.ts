import { describe, expect, it } from 'vitest';
import { lookupPostcode } from '../shared/postcodes.js';
import { inPostcodes, type NearQuery, nearestByPostcode, nearestPostcodes, postcodesWithinKm } from './nearest.js';

const AARHUS = lookupPostcode('8000')!.location;

describe('postcodesWithinKm', () => {
  it('lists the postcodes around a point nearest first, and only those within the distance', () => {
    const near = postcodesWithinKm(AARHUS, 10);
    expect(near[0]).toBe('8000');
    expect(near).toContain('8200'); // Aarhus N
    expect(near).not.toContain('5000'); // Odense, ~90 km
    expect(postcodesWithinKm(AARHUS, 150)).toContain('5000');
    expect(postcodesWithinKm(AARHUS, 0)).toEqual(['8000']);
  });
});

describe('nearestPostcodes', () => {
  it('takes the nearest postcodes until they hold enough people, an unknown postcode last', () => {
    const counts = { '5000': 500, '8200': 100, '8000': 150, '0000': 5 };
    expect(nearestPostcodes(AARHUS, counts, 200)).toEqual(['8000', '8200']);
    expect(nearestPostcodes(AARHUS, counts, 100)).toEqual(['8000']);
    expect(nearestPostcodes(AARHUS, counts, 10_000)).toEqual(['8000', '8200', '5000', '0000']);
  });
});

/** A stand-in for Meilisearch's multiSearch over a few people: postcode filters, facet counts, limit. */
function fakeSource(people: { id: string; postcode: string }[]) {
  const requests: Record<string, unknown>[][] = [];
  const source = {
    index: () => ({ getDocuments: async () => ({ results: [] }) }),
    multiSearch: async (request: never) => {
      const { queries } = request as { queries: Record<string, unknown>[] };
      requests.push(queries);
      return {
        results: queries.map((q) => {
          const only = (q.filter as string[] | undefined)
            ?.map((f) => /^postcode IN \[(.*)\]$/.exec(f)?.[1])
            .find(Boolean)
            ?.split(', ')
            .map((s) => JSON.parse(s) as string);
          const matched = people.filter((p) => !only || only.includes(p.postcode));
          const counts: Record<string, number> = {};
          for (const p of matched) counts[p.postcode] = (counts[p.postcode] ?? 0) + 1;
          const facets = (q.facets as string[] | undefined) ?? [];
          return {
            hits: matched.slice(0, q.limit as number).map((p) => ({ id: p.id, postcode: p.postcode })),
            estimatedTotalHits: matched.length,
            ...(facets.length
              ? { facetDistribution: Object.fromEntries(facets.map((f) => [f, f === 'postcode' ? counts : { x: 1 }])) }
              : {}),
          };
        }),
      };
    },
  };
  return { source, requests };
}

// In index order, the farthest first: Meilisearch's own order says nothing of distance.
const PEOPLE = [
  { id: 'odense-1', postcode: '5000' },
  { id: 'odense-2', postcode: '5000' },
  { id: 'aarhus-n', postcode: '8200' },
  { id: 'aarhus-c1', postcode: '8000' },
  { id: 'aarhus-c2', postcode: '8000' },
];

const ask = async (source: ReturnType<typeof fakeSource>['source'], queries: NearQuery[]) =>
  (
    (await nearestByPostcode(source).multiSearch({ queries } as never)) as {
      results: { hits: { id: string }[]; estimatedTotalHits: number; facetDistribution?: object }[];
    }
  ).results;

describe('nearestByPostcode', () => {
  it('sends a query without a point as it is, in one request', async () => {
    const { source, requests } = fakeSource(PEOPLE);
    const [r] = await ask(source, [{ indexUid: 'c', q: '', limit: 2, filter: ['x = 1'] }]);
    expect(requests).toEqual([[{ indexUid: 'c', q: '', limit: 2, filter: ['x = 1'] }]]);
    expect(r!.hits.map((h) => h.id)).toEqual(['odense-1', 'odense-2']);
  });

  it('orders everyone nearest first from one request when all fit the limit', async () => {
    const { source, requests } = fakeSource(PEOPLE);
    const [r] = await ask(source, [{ indexUid: 'c', limit: 10, near: AARHUS, attributesToRetrieve: ['id'] }]);
    expect(requests).toHaveLength(1);
    expect(requests[0]![0]).toMatchObject({ facets: ['postcode'], attributesToRetrieve: ['id', 'postcode'] });
    expect(requests[0]![0]).not.toHaveProperty('near');
    expect(r!.hits.map((h) => h.id)).toEqual(['aarhus-c1', 'aarhus-c2', 'aarhus-n', 'odense-1', 'odense-2']);
    expect(r!.estimatedTotalHits).toBe(5);
    expect(r).not.toHaveProperty('facetDistribution');
  });

  it('asks again within the nearest postcodes when more matched than the limit, keeping the whole count', async () => {
    const { source, requests } = fakeSource(PEOPLE);
    const [r] = await ask(source, [{ indexUid: 'c', limit: 3, near: AARHUS, facets: ['readiness'], filter: ['a'] }]);
    expect(requests).toHaveLength(2);
    // Everyone in 8000 (2), and one of 8200's: one second request of two queries.
    expect(requests[1]).toEqual([
      expect.objectContaining({ filter: ['a', inPostcodes(['8000'])], limit: 2 }),
      expect.objectContaining({ filter: ['a', inPostcodes(['8200'])], limit: 1 }),
    ]);
    expect(requests[1]![0]).not.toHaveProperty('facets');
    expect(r!.hits.map((h) => h.id)).toEqual(['aarhus-c1', 'aarhus-c2', 'aarhus-n']);
    expect(r!.estimatedTotalHits).toBe(5);
    // The facets asked for come from the first, whole answer; the postcode counts are not handed on.
    expect(r!.facetDistribution).toEqual({ readiness: { x: 1 } });
  });

  it('never drops a nearer person for a farther one when the index holds the farther ones first', async () => {
    // In index order: two in Aarhus N (8200), then two in Aarhus C (8000), the nearer.
    const { source } = fakeSource([
      { id: 'n1', postcode: '8200' },
      { id: 'n2', postcode: '8200' },
      { id: 'c1', postcode: '8000' },
      { id: 'c2', postcode: '8000' },
    ]);
    const [r] = await ask(source, [{ indexUid: 'c', limit: 3, near: AARHUS }]);
    expect(r!.hits.map((h) => h.id)).toEqual(['c1', 'c2', 'n1']);
  });

  it('keeps each answer in its query’s place when queries with and without a point are mixed', async () => {
    const { source, requests } = fakeSource(PEOPLE);
    const [a, b] = await ask(source, [
      { indexUid: 'c', limit: 1, near: AARHUS },
      { indexUid: 'c', limit: 1 },
    ]);
    expect(requests.map((r) => r.length)).toEqual([2, 1]);
    expect(a!.hits.map((h) => h.id)).toEqual(['aarhus-c1']);
    expect(b!.hits.map((h) => h.id)).toEqual(['odense-1']);
  });
});
