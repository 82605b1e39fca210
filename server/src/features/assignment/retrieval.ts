import type { CandidateDocument, OpeningDocument } from '../../search/documents.js';
import { guardSearch, type SearchIndex } from '../../search/search-index.js';
import { quote } from '../matching/matching.service.js';

/** Openings asked of Meilisearch in one multi-search: small enough to stay inside the search timeout. */
const BATCH = 20;

/**
 * The people plausible for each opening, as the matcher retrieves them for one opening's
 * suggestions (same hard filters, nearest first): the plan then scores only these, so its edges
 * stay sparse at any number of candidates.
 */
export async function retrieveCandidates(
  search: SearchIndex,
  openings: OpeningDocument[],
  limit: number,
): Promise<Map<string, CandidateDocument[]>> {
  const out = new Map<string, CandidateDocument[]>();
  for (let i = 0; i < openings.length; i += BATCH) {
    const batch = openings.slice(i, i + BATCH);
    const queries = batch.map((o) => ({
      indexUid: search.uid('candidate'),
      q: '',
      filter: candidateFilter(o),
      limit,
      ...(o._geo ? { sort: [`_geoPoint(${o._geo.lat}, ${o._geo.lng}):asc`] } : {}),
    }));
    const res = (await guardSearch(() => search.meili.multiSearch({ queries } as never))) as unknown as {
      results: { hits: CandidateDocument[] }[];
    };
    batch.forEach((o, j) => {
      out.set(o.id, res.results[j]?.hits ?? []);
    });
  }
  return out;
}

/** The matcher's hard filters for an opening (matching.service.ts, matchCandidates). */
function candidateFilter(opening: OpeningDocument): string[] {
  const filters = ['atGoal = false', 'availableWeeklyHours > 0'];
  if (opening.requiresDrivingLicence) filters.push('hasDrivingLicence = true');
  if (opening.kind === 'IGU_SLOT') {
    filters.push('iguEligible = true');
  } else {
    const plausible = [`industriesWished = ${quote(opening.industryCode)}`];
    if (opening.competenceIds.length)
      plausible.push(`competenceIds IN [${opening.competenceIds.map(quote).join(', ')}]`);
    filters.push(`(${plausible.join(' OR ')})`);
  }
  return filters;
}
