import type { CandidateDocument, OpeningDocument } from '../../search/documents.js';
import { guardSearch, type SearchIndex } from '../../search/search-index.js';
import { distanceKm } from '../matching/scoring.js';

/** What retrieval, scoring and availability read of a person: the rest of a document stays in the index. */
const FIELDS = [
  'id',
  '_geo',
  'danishLevel',
  'availableWeeklyHours',
  'freeWeeklyHours',
  'availableFrom',
  'goalWeeklyHours',
  'currentOrdinaryHours',
  'atGoal',
  'industriesWished',
  'maxCommuteKm',
  'hasDrivingLicence',
  'competenceIds',
  'competenceNames',
  'competenceNamesEn',
  'competenceLevels',
  'competenceEvidence',
  'iguEligible',
  'readiness',
  'activationRuleApplies',
  'hasActivePlacement',
  'lastPlacementEndedOn',
  'enrolledOn',
  'pastPlacements',
];
const PAGE = 1_000;

/**
 * The plan's pool: every person the candidate index holds who could take an opening (only
 * consenting, active people are indexed), read page by page from Meilisearch, which already holds
 * the documents (building them again from PostgreSQL costs ~1 ms a person).
 */
export async function loadPool(search: SearchIndex): Promise<CandidateDocument[]> {
  const out: CandidateDocument[] = [];
  const index = search.index('candidate');
  for (let offset = 0; ; offset += PAGE) {
    const page = await guardSearch(() =>
      index.getDocuments<CandidateDocument>({
        fields: FIELDS as (keyof CandidateDocument)[],
        filter: 'atGoal = false AND availableWeeklyHours > 0',
        limit: PAGE,
        offset,
      }),
    );
    out.push(...page.results);
    if (page.results.length < PAGE) break;
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The matcher's retrieval for one opening, run in-process over the plan's pool of people: the
 * same hard filters as Meilisearch applies for an opening's suggestions (matching.service.ts,
 * matchCandidates), nearest first, at most `limit`. A plan covers hundreds or thousands of
 * openings at once; asking Meilisearch once per opening took ~0.1 s each on a busy 2-core machine
 * (beyond the search timeout for batches), while the pool is read once from PostgreSQL.
 */
export function retrieveFor(opening: OpeningDocument, pool: CandidateDocument[], limit: number): CandidateDocument[] {
  const required = new Set(opening.competenceIds);
  const plausible = pool.filter((c) => {
    if (c.atGoal || !(c.availableWeeklyHours > 0)) return false;
    if (opening.requiresDrivingLicence && !c.hasDrivingLicence) return false;
    if (opening.kind === 'IGU_SLOT') return c.iguEligible;
    return c.industriesWished.includes(opening.industryCode) || c.competenceIds.some((id) => required.has(id));
  });
  const at = opening._geo;
  if (!at) return plausible.slice(0, limit);
  const far = Number.POSITIVE_INFINITY;
  return plausible
    .map((c) => ({ c, km: c._geo ? distanceKm(at, c._geo) : far }))
    .sort((a, b) => a.km - b.km || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0))
    .slice(0, limit)
    .map((x) => x.c);
}
