import type { EntityManager } from '@mikro-orm/postgresql';
import type { SearchParams } from 'meilisearch';
import type { Config } from '../../server/src/config.js';
import { quote, RETRIEVE_CANDIDATES } from '../../server/src/features/matching/matching.service.js';
import { rankCandidatesForOpening } from '../../server/src/features/matching/scoring.js';
import {
  candidateDocuments,
  candidateForScoring,
  type OpeningDocument,
  openingForScoring,
} from '../../server/src/search/documents.js';
import type { PgPeer } from './pg-peer.js';

/**
 * The product's retrieval request for "candidates for this opening", as matching.service.ts sends
 * it to Meilisearch: the hard filters (not at goal, hours available, driving licence, IGU
 * eligibility, an industry wish or a required competence), nearest first, RETRIEVE_CANDIDATES
 * documents. The benchmark sends it straight to Meilisearch (the floor) and, without the limit,
 * to PostgreSQL for the exhaustive reference. Keep in step with the service.
 */
export function matchRetrieval(opening: OpeningDocument): SearchParams & { filter: string[] } {
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
  return {
    filter: filters,
    limit: RETRIEVE_CANDIDATES,
    ...(opening._geo ? { sort: [`_geoPoint(${opening._geo.lat}, ${opening._geo.lng}):asc`] } : {}),
  };
}

/**
 * The exhaustive reference: every eligible person (the same hard filters, no retrieval limit, no
 * distance order) scored with the product's scoring module; the top `k` ids, ties by id as in the
 * product. When the matching helper's own exhaustive scorer lands on main, this is the one
 * function to point at it.
 */
export async function exhaustiveTop(
  em: () => EntityManager,
  peer: PgPeer,
  config: Config,
  opening: OpeningDocument,
  today: string,
  k = 10,
): Promise<{ ids: string[]; eligible: number }> {
  const { ids } = await peer.ids('candidate', '', { filter: matchRetrieval(opening).filter }, null);
  const o = openingForScoring(opening);
  const cached = await allDocuments(em, config, today);
  let best: ReturnType<typeof rankCandidatesForOpening> = [];
  for (let i = 0; i < ids.length; i += 5000) {
    const slice = ids.slice(i, i + 5000);
    const docs = cached
      ? slice.flatMap((id) => cached.get(id) ?? [])
      : (await candidateDocuments(em(), slice, config, today)).map((d) => candidateForScoring(d, today));
    // Keep the running best k: the scorer's order is total (score, then id), so merging is exact.
    best = rankCandidatesForOpening(o, docs, { limit: k })
      .concat(best)
      .sort((a, b) => b.score - a.score || (a.candidateId < b.candidateId ? -1 : 1))
      .slice(0, k);
  }
  return { ids: best.map((m) => m.candidateId), eligible: ids.length };
}

/**
 * Every searchable person's scoring input, built once from PostgreSQL (the same documents the index
 * holds) and reused for all openings; null above 300,000 people, where it is built per opening.
 */
let all: Promise<Map<string, ReturnType<typeof candidateForScoring>> | null> | null = null;
function allDocuments(em: () => EntityManager, config: Config, today: string) {
  all ??= (async () => {
    const conn = em().getConnection();
    const [{ n }] = (await conn.execute(
      `select count(*)::int as n from candidate where consent_to_share and status = 'ACTIVE'`,
    )) as { n: number }[];
    if (n > 300_000) return null;
    const out = new Map<string, ReturnType<typeof candidateForScoring>>();
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await conn.execute(
        `select id from candidate where id > ? and consent_to_share and status = 'ACTIVE' order by id limit 10000`,
        [after],
      )) as { id: string }[];
      if (!rows.length) return out;
      after = rows.at(-1)!.id;
      for (const d of await candidateDocuments(
        em(),
        rows.map((r) => r.id),
        config,
        today,
      ))
        out.set(d.id, candidateForScoring(d, today));
    }
  })();
  return all;
}

/** Forgets the cached documents (between sizes). */
export function forgetDocuments() {
  all = null;
}

/** |found ∩ reference| / |reference| (1 when the reference is empty). */
export function recallAt(found: string[], reference: string[]): number {
  if (!reference.length) return 1;
  const f = new Set(found);
  return reference.filter((id) => f.has(id)).length / reference.length;
}
