import { CANDIDATE_SCORING_FIELDS, type CandidateDocument, type OpeningDocument } from '../../search/documents.js';
import { guardSearch, type SearchIndex } from '../../search/search-index.js';
import { distanceKm } from '../matching/scoring.js';

/**
 * What retrieval, scoring and availability read of a person: matching's scoring fields, plus whether the
 * person is at their goal and the English competence names. The rest of a document stays in the index.
 */
const FIELDS = [...CANDIDATE_SCORING_FIELDS, 'atGoal', 'competenceNamesEn'];
/**
 * People read per request. Reading the pool is most of a 10,000-person plan's time; one request for
 * all of them was tried and ran past the search timeout on a loaded machine, so pages stay small.
 */
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

/**
 * `retrieveFor` over one pool for many openings: the pool is indexed once by wished industry,
 * competence and IGU eligibility, so each opening looks only at the people its filter can let
 * through instead of the whole pool. Same people, same order as `retrieveFor` (unit-tested).
 */
export function poolRetriever(
  pool: CandidateDocument[],
): (opening: OpeningDocument, limit: number) => CandidateDocument[] {
  const usable: number[] = [];
  const byIndustry = new Map<string, number[]>();
  const byCompetence = new Map<string, number[]>();
  const igu: number[] = [];
  const push = (m: Map<string, number[]>, k: string, i: number) => {
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  pool.forEach((c, i) => {
    if (c.atGoal || !(c.availableWeeklyHours > 0)) return;
    usable.push(i);
    if (c.iguEligible) igu.push(i);
    for (const code of new Set(c.industriesWished)) push(byIndustry, code, i);
    for (const id of new Set(c.competenceIds)) push(byCompetence, id, i);
  });
  return (opening, limit) => {
    let at: number[];
    if (opening.kind === 'IGU_SLOT') at = igu;
    else {
      const seen = new Set<number>(byIndustry.get(opening.industryCode) ?? []);
      for (const id of opening.competenceIds) for (const i of byCompetence.get(id) ?? []) seen.add(i);
      at = [...seen];
    }
    let plausible = at.map((i) => pool[i]!);
    if (opening.requiresDrivingLicence) plausible = plausible.filter((c) => c.hasDrivingLicence);
    const geo = opening._geo;
    const byId = (a: CandidateDocument, b: CandidateDocument) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    if (!geo) return plausible.sort(byId).slice(0, limit);
    const far = Number.POSITIVE_INFINITY;
    return plausible
      .map((c) => ({ c, km: c._geo ? distanceKm(geo, c._geo) : far }))
      .sort((a, b) => a.km - b.km || byId(a.c, b.c))
      .slice(0, limit)
      .map((x) => x.c);
  };
}
