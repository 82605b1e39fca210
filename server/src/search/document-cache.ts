import { LRUCache } from 'lru-cache';
import { CANDIDATE_SCORING_FIELDS, type CandidateDocument } from './documents.js';

/** A stage query as matching sends it (retrieval.ts). */
interface KeyedQuery {
  indexUid: string;
}

interface Result<T> {
  hits: T[];
  estimatedTotalHits?: number;
}

/** What the cache reaches the index through: Meilisearch's client (or the benchmark's PostgreSQL peer). */
export interface DocumentSource {
  multiSearch(request: never): Promise<unknown>;
  index(uid: string): { getDocuments(query: never): Promise<unknown> };
}

/** The two fields a retrieval query still asks the index for. */
const KEYS = ['id', 'scoringRev'];
/** What the cache holds of a person: the scoring fields and their digest. */
const FIELDS = [...CANDIDATE_SCORING_FIELDS, 'scoringRev'];

/**
 * The people retrieval hands the scorer, kept in the process between requests. Measured at 100,000
 * candidates (Meilisearch's CPU time per query, test/bench): a first-stage query costs 6.8 ms with
 * the scoring fields of its 200 hits and 3.9 ms with their ids, a second-stage one 10.1 and 7.7. So a
 * query asks for ids and `scoringRev` only, and the documents come from here when the digest matches;
 * the rest (new people, changed people) are fetched by id in one request and kept. A digest match
 * means the very fields Meilisearch holds, so the cache can never answer with an older person than the
 * index would; it needs no invalidation, and a person the index no longer holds is not returned.
 */
export class CandidateDocumentCache {
  private readonly docs: LRUCache<string, CandidateDocument> | null;
  hits = 0;
  misses = 0;

  /** `max` documents (about 1.5 kB each); 0 keeps none, so every query fetches its documents. */
  constructor(max: number) {
    this.docs = max > 0 ? new LRUCache({ max }) : null;
  }

  /**
   * Sends `queries` as one multi-search for ids and digests, then fills in each hit's scoring fields
   * (CANDIDATE_SCORING_FIELDS) from the cache or one fetch by id per index; hits keep their order.
   */
  async multiSearch<R extends Result<CandidateDocument>>(source: DocumentSource, queries: KeyedQuery[]): Promise<R[]> {
    const keyed = queries.map((q) => ({ ...q, attributesToRetrieve: KEYS }));
    const { results } = (await source.multiSearch({ queries: keyed } as never)) as {
      results: (Omit<R, 'hits'> & { hits: Pick<CandidateDocument, 'id' | 'scoringRev'>[] })[];
    };
    const fresh = new Map<string, CandidateDocument>();
    const missing = new Map<string, Set<string>>(); // index uid → ids to fetch
    results.forEach((r, i) => {
      for (const h of r.hits) {
        const cached = this.docs?.get(h.id);
        if (cached && h.scoringRev && cached.scoringRev === h.scoringRev) {
          fresh.set(h.id, cached);
          this.hits += 1;
        } else {
          const uid = queries[i]!.indexUid;
          missing.set(uid, (missing.get(uid) ?? new Set()).add(h.id));
        }
      }
    });
    await Promise.all(
      [...missing].map(async ([uid, idSet]) => {
        const ids = [...idSet];
        this.misses += ids.length;
        const page = (await source.index(uid).getDocuments({ ids, fields: FIELDS, limit: ids.length } as never)) as {
          results: CandidateDocument[];
        };
        for (const doc of page.results) {
          fresh.set(doc.id, doc);
          this.docs?.set(doc.id, doc);
        }
      }),
    );
    // A person removed from the index between the two requests (consent withdrawn) is left out.
    return results.map((r) => ({ ...r, hits: r.hits.flatMap((h) => fresh.get(h.id) ?? []) }) as unknown as R);
  }
}
