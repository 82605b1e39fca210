import {
  CANDIDATE_SCORING_FIELDS,
  type CandidateDocument,
  candidateForScoring,
  dayNumber,
  type OpeningDocument,
  openingForScoring,
} from '../../search/documents.js';
import { addDays } from '../../shared/dates.js';
import { exclusionCode, type GeoPoint } from './scoring.js';

/**
 * Candidate retrieval for an opening: which people Meilisearch hands the scorer. Kept apart from the
 * service so the benchmark and the recall test send the very same requests (to Meilisearch, or to the
 * PostgreSQL peer) as the product.
 */

/** How many documents one pass retrieves for the scoring stage to re-rank. */
export const RETRIEVE_CANDIDATES = 200;

/**
 * "Holds at least k of the n required competences" is written out as an OR of the k-subsets; beyond
 * this many subsets the stage is skipped and the next, looser one follows (n of 7 or more: rare).
 */
const MAX_SUBSETS = 21;

export { CANDIDATE_SCORING_FIELDS };

/** A string literal inside a Meilisearch filter, escaped: user text never becomes filter syntax. */
export const quote = (s: string) => `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/**
 * The hard filters every candidate retrieval shares (the scorer's exclusions, in Meilisearch). No radius:
 * how far is too far is each person's own maximum commute, which the scorer applies, while nearest-first
 * retrieval (`near`) already keeps each pass local.
 */
export function candidateHardFilters(opening: OpeningDocument, availableWithinDays: number, today: string): string[] {
  // Free for the opening's hours now, or once a current placement ending within the window has ended (the
  // explanation says from when). A document from before freeWeeklyHoursFrom existed passes on the end alone.
  const soon = dayNumber(addDays(today, availableWithinDays));
  const hours = opening.weeklyHours;
  const filters = [
    'atGoal = false',
    'availableWeeklyHours > 0',
    `(freeWeeklyHours >= ${hours} OR (availableFrom <= ${soon} AND (freeWeeklyHoursFrom >= ${hours} OR freeWeeklyHoursFrom NOT EXISTS)))`,
  ];
  if (opening.requiresDrivingLicence) filters.push('hasDrivingLicence = true');
  if (opening.kind === 'IGU_SLOT') filters.push('iguEligible = true');
  return filters;
}

export interface RetrievalQuery {
  indexUid: string;
  q: string;
  filter: string[];
  limit: number;
  attributesToRetrieve: string[];
  /** Nearest this point first: by postcode in Meilisearch (search/nearest.ts), by distance in the PostgreSQL peer. */
  near?: GeoPoint;
}

/**
 * One stage: its queries and its `ifCut` queries go in one multi-search. `ifCut` matters only when a
 * query of the stage found more people than its limit let through (so the nearest were not all there
 * is); otherwise it finds a subset of the same people. Sending it anyway costs Meilisearch about
 * nothing (its CPU per match stayed 18.4 ms at 100,000) and saves a round trip in a row: measured at
 * 100,000 candidates, requests per match 2.62 → 1.94 and the retrieval's p95 56–62 → 51 ms, with the
 * very same people retrieved.
 */
export interface RetrievalStage {
  queries: RetrievalQuery[];
  ifCut?: RetrievalQuery[];
}

/** What a search backend answers for one query of a stage. */
export interface RetrievalResult<T> {
  hits: T[];
  estimatedTotalHits?: number;
}

/** The k-subsets of `xs` (n choose k of them), in order. */
export function subsets<T>(xs: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (k > xs.length) return [];
  const [head, ...rest] = xs as [T, ...T[]];
  return [...subsets(rest, k - 1).map((s) => [head, ...s]), ...subsets(rest, k)];
}

/** A filter for "holds at least k of `ids`" (k ≥ 1), or null when it would take too many subsets. */
export function holdsAtLeast(ids: readonly string[], k: number): string[] | null {
  if (k >= ids.length) return ids.map((id) => `competenceIds = ${quote(id)}`);
  if (k <= 1) return [`competenceIds IN [${ids.map(quote).join(', ')}]`];
  const sets = subsets(ids, k);
  if (sets.length > MAX_SUBSETS) return null;
  return [`(${sets.map((s) => `(${s.map((id) => `competenceIds = ${quote(id)}`).join(' AND ')})`).join(' OR ')})`];
}

/**
 * Retrieval by relevance, not by distance, in stages sent one after another until enough people are
 * found. A missing required competence costs more than distance, hours, industry and every bonus can
 * win back (see `missingRequiredPenalty`), so the best suggestions are, in practice, the best of the
 * people who hold the most of the opening's required competences. Stage k asks for people holding at
 * least k of the n required ones (learning goals are not required), k = n, n−1, …, 1, and the next
 * stage is sent only while fewer than `need` suitable people are found. Within a stage the nearest
 * come first (distance is a scoring factor too); in case that cuts anyone off, a second pass (in the
 * same request) brings the nearest of them who wish the opening's industry, so they are not lost to
 * people merely closer. The last
 * stage (or the only one, when nothing is required) is the looser net: anyone holding a competence
 * the opening names, or wishing its industry. Each pass is bounded, so the scorer sees a few hundred
 * people at most, and the usual opening needs one or two round trips (1.94 on average at 100,000).
 */
export function candidateRetrievalStages(
  indexUid: string,
  opening: OpeningDocument,
  today: string,
  availableWithinDays: number,
): RetrievalStage[] {
  const hard = candidateHardFilters(opening, availableWithinDays, today);
  const learning = new Set(opening.learningGoalCompetenceIds ?? []);
  const must = opening.required.map((r) => r.competenceId).filter((id) => !learning.has(id));
  const any = opening.competenceIds;
  const near = opening._geo ?? undefined;
  const wish = `industriesWished = ${quote(opening.industryCode)}`;
  const query = (filter: string[], limit: number): RetrievalQuery => ({
    indexUid,
    q: '',
    filter: [...hard, ...filter],
    limit,
    attributesToRetrieve: [...CANDIDATE_SCORING_FIELDS],
    ...(near ? { near } : {}),
  });
  const stages: RetrievalStage[] = [];
  for (let k = must.length; k >= 1; k--) {
    const holds = holdsAtLeast(must, k);
    if (holds)
      stages.push({
        queries: [query(holds, RETRIEVE_CANDIDATES)],
        ifCut: [query([...holds, wish], RETRIEVE_CANDIDATES / 2)],
      });
  }
  const net: RetrievalQuery[] = [];
  if (any.length > must.length || !must.length)
    net.push(query(any.length ? [`competenceIds IN [${any.map(quote).join(', ')}]`] : [], RETRIEVE_CANDIDATES / 2));
  net.push(query([wish], must.length ? RETRIEVE_CANDIDATES / 4 : RETRIEVE_CANDIDATES));
  stages.push({ queries: net });
  return stages;
}

/**
 * Sends the stages through `send` (one multi-search each, a stage's `ifCut` queries with its own)
 * until `need` of the people found are `suitable` (the scorer would rank them); returns everyone found,
 * merged in the order sent, and how many requests it took.
 */
export async function runRetrieval<T extends { id: string } = CandidateDocument>(
  stages: RetrievalStage[],
  need: number,
  suitable: (doc: T) => boolean,
  send: (queries: RetrievalQuery[]) => Promise<RetrievalResult<T>[]>,
): Promise<{ docs: T[]; requests: number }> {
  const seen = new Map<string, T>();
  let found = 0;
  let sent = 0;
  const take = (results: RetrievalResult<T>[]) => {
    for (const r of results)
      for (const h of r.hits)
        if (!seen.has(h.id)) {
          seen.set(h.id, h);
          if (suitable(h)) found += 1;
        }
  };
  for (const stage of stages) {
    sent += 1;
    take(await send([...stage.queries, ...(stage.ifCut ?? [])]));
    if (found >= need) break;
  }
  return { docs: [...seen.values()], requests: sent };
}

/** How a stage reaches the search backend: one multi-search, its results in query order. */
export type SendRetrieval = (queries: RetrievalQuery[]) => Promise<RetrievalResult<CandidateDocument>[]>;

/**
 * `send`, with each query of a stage in a request of its own, all at once. A multi-search runs its
 * queries one after another on one core; apart, Meilisearch runs them side by side, so a stage takes as
 * long as its slowest query instead of their sum. The same queries, the same work, the same people.
 */
export function eachQueryApart<T>(
  send: (queries: RetrievalQuery[]) => Promise<RetrievalResult<T>[]>,
): (queries: RetrievalQuery[]) => Promise<RetrievalResult<T>[]> {
  return async (queries) => (await Promise.all(queries.map((q) => send([q])))).flat();
}

/** A Meilisearch client (or anything that answers its multiSearch, like the benchmark's PostgreSQL peer) as a `send`. */
export function viaMultiSearch(client: { multiSearch: (req: never) => Promise<unknown> }): SendRetrieval {
  return async (queries) =>
    ((await client.multiSearch({ queries } as never)) as { results: RetrievalResult<CandidateDocument>[] }).results;
}

/**
 * Everyone retrieval hands the scorer for `opening`: the stages, sent through `send`, until `need` of
 * the people found are ones the scorer would rank (not excluded by its hard rules). A person whose
 * placement ends within `availableWithinDays` (config.rules) is retrieved as free from its end.
 */
export function retrieveCandidatesVia(
  send: SendRetrieval,
  indexUid: string,
  opening: OpeningDocument,
  need: number,
  today: string,
  availableWithinDays: number,
): Promise<{ docs: CandidateDocument[]; requests: number }> {
  const o = openingForScoring(opening);
  return runRetrieval<CandidateDocument>(
    candidateRetrievalStages(indexUid, opening, today, availableWithinDays),
    need,
    (doc) => exclusionCode(candidateForScoring(doc, today, availableWithinDays), o) === null,
    send,
  );
}
