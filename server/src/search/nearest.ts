import { quote } from '../features/matching/retrieval.js';
import { distanceKm, type GeoPoint } from '../features/matching/scoring.js';
import { allPostcodes, postcodeLocation } from '../shared/postcodes.js';

/**
 * "Nearest first" without Meilisearch's geo index. A place in Jobbro is a postcode (a person's or an
 * opening's location is its postcode's centre), so the people nearest a point are those of the
 * nearest postcodes, and a radius is a list of postcodes. Meilisearch 1.21 rewrites its whole geo
 * index on every indexing batch that touches a document with `_geo` (at 100,000 people 1.3-1.8 s of
 * CPU per batch, whether it holds one person or a hundred: test/bench/LOAD.md), which no freshness
 * target survives. Filtering on `postcode` instead gives the same people in the same distance order:
 * exactly, since everyone in a postcode is equally far.
 */

/** Meilisearch's facet values per field must reach every Danish postcode (1,089) for the counts below. */
export const MAX_VALUES_PER_FACET = 2000;

/** Kilometres from `at` to a postcode's centre; a postcode not in the table is farthest. */
const kmTo = (at: GeoPoint, postcode: string | undefined) => {
  const loc = postcode === undefined ? null : postcodeLocation(postcode);
  return loc ? distanceKm(at, loc) : Number.POSITIVE_INFINITY;
};

/** The postcodes whose centre is within `km` of `at`, nearest first. */
export function postcodesWithinKm(at: GeoPoint, km: number): string[] {
  return allPostcodes()
    .map((p) => ({ postcode: p.postcode, km: distanceKm(at, p.location) }))
    .filter((p) => p.km <= km)
    .sort((a, b) => a.km - b.km || a.postcode.localeCompare(b.postcode))
    .map((p) => p.postcode);
}

/** A Meilisearch filter for "in one of these postcodes". */
export const inPostcodes = (postcodes: readonly string[]) => `postcode IN [${postcodes.map(quote).join(', ')}]`;

/**
 * Of the postcodes `counts` holds people in, the nearest to `at` until they hold at least `need`
 * people (a postcode not in the table counts as farthest). Returns them nearest first.
 */
export function nearestPostcodes(at: GeoPoint, counts: Record<string, number>, need: number): string[] {
  const byDistance = Object.keys(counts)
    .map((postcode) => ({ postcode, km: kmTo(at, postcode) }))
    .sort((a, b) => a.km - b.km || a.postcode.localeCompare(b.postcode));
  const chosen: string[] = [];
  let held = 0;
  for (const p of byDistance) {
    if (held >= need) break;
    chosen.push(p.postcode);
    held += counts[p.postcode] ?? 0;
  }
  return chosen;
}

/** A search that may ask for the nearest matches to a point first (`near`, not sent to Meilisearch). */
export interface NearQuery {
  indexUid: string;
  q?: string;
  filter?: string[];
  limit: number;
  attributesToRetrieve?: string[];
  facets?: string[];
  near?: GeoPoint | null;
}

interface Answer {
  hits: { id: string; postcode?: string }[];
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

/** What `nearestByPostcode` reaches Meilisearch through: its client, or anything that answers multiSearch. */
export interface MultiSearchSource {
  multiSearch(request: never): Promise<unknown>;
  index(uid: string): { getDocuments(query: never): Promise<unknown> };
}

/**
 * `source` with `near` carried out by postcode, in at most two requests: the first asks for the
 * query's hits and its count per postcode; when it matched more than `limit`, the second asks for
 * the `limit` nearest: everyone in the nearest postcodes and the rest from the next one (equally far
 * from the point, so any of them will do). Hits come back nearest first
 * (Meilisearch's order within a postcode) with the first request's total. Queries without `near`
 * go through unchanged, in the first request.
 */
export function nearestByPostcode<S extends MultiSearchSource>(source: S): MultiSearchSource {
  const send = async (queries: object[]) =>
    queries.length ? ((await source.multiSearch({ queries } as never)) as { results: Answer[] }).results : [];
  return {
    index: (uid) => source.index(uid),
    multiSearch: async (request) => {
      const { queries } = request as unknown as { queries: NearQuery[] };
      const withPostcode = (q: NearQuery) =>
        q.attributesToRetrieve && !q.attributesToRetrieve.includes('*') && !q.attributesToRetrieve.includes('postcode')
          ? [...q.attributesToRetrieve, 'postcode']
          : q.attributesToRetrieve;
      const first = await send(
        queries.map(({ near, ...q }) =>
          near ? { ...q, attributesToRetrieve: withPostcode(q), facets: [...(q.facets ?? []), 'postcode'] } : q,
        ),
      );
      const results = [...first];
      const second: { i: number; at: GeoPoint; total: number; queries: object[] }[] = [];
      queries.forEach(({ near, ...q }, i) => {
        if (!near) return;
        const counts = first[i]?.facetDistribution?.postcode ?? {};
        const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
        // Everyone it matched is in the first answer already: it only needs ordering.
        if (total <= q.limit) results[i] = nearestFirst(first[i]!, near, total, q.facets);
        else {
          // Everyone in the nearer postcodes (fewer than the limit together), then as many of the last
          // postcode's, all equally far, as the limit leaves: one query for all of them would take the
          // limit in the index's order, dropping some of the nearest for people farther off.
          const chosen = nearestPostcodes(near, counts, q.limit);
          const whole = chosen.slice(0, -1);
          const held = whole.reduce((sum, p) => sum + (counts[p] ?? 0), 0);
          const { facets: _counted, ...plain } = q;
          const within = (postcodes: string[], limit: number) => ({
            ...plain,
            attributesToRetrieve: withPostcode(q),
            filter: [...(q.filter ?? []), inPostcodes(postcodes)],
            limit,
          });
          const last = within(chosen.slice(-1), q.limit - held);
          second.push({ i, at: near, total, queries: whole.length ? [within(whole, held), last] : [last] });
        }
      });
      const answers = await send(second.flatMap((s) => s.queries));
      let k = 0;
      for (const s of second) {
        const parts = answers.slice(k, k + s.queries.length);
        k += s.queries.length;
        // Facet counts are the first answer's: the second's would be those of the nearest postcodes only.
        const answer = {
          ...parts[0]!,
          hits: parts.flatMap((a) => a.hits),
          facetDistribution: first[s.i]!.facetDistribution,
        };
        results[s.i] = nearestFirst(answer, s.at, s.total, queries[s.i]!.facets);
      }
      return { results };
    },
  };
}

/**
 * An answer's hits nearest `at` first (by their postcode; a stable sort keeps Meilisearch's order within
 * a postcode), with the query's own total and without the postcode counts nobody asked for.
 */
function nearestFirst(answer: Answer, at: GeoPoint, total: number, asked: string[] = []): Answer {
  const { facetDistribution, ...rest } = answer;
  const facets = asked.length
    ? Object.fromEntries(Object.entries(facetDistribution ?? {}).filter(([f]) => asked.includes(f)))
    : undefined;
  const hits = answer.hits
    .map((h) => ({ h, km: kmTo(at, h.postcode) }))
    .sort((a, b) => a.km - b.km)
    .map((x) => x.h);
  return { ...rest, hits, estimatedTotalHits: total, ...(facets ? { facetDistribution: facets } : {}) };
}
