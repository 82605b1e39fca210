import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config.js';
import { sql } from '../../db/sql.js';
import {
  candidateDocuments,
  candidateForScoring,
  type OpeningDocument,
  openingForScoring,
  storedAvailability,
} from '../../search/documents.js';
import { canTakeHours, type StoredAvailability } from '../availability/availability.js';
import {
  type CandidateForScoring,
  exclusionCode,
  plausibleFor,
  rankCandidatesForOpening,
  type ScoredMatch,
} from './scoring.js';
import type { MatchWeights } from './weights.js';

export interface ExhaustiveResult {
  /** The top k, best first, ties by id: the order the product would give with unlimited retrieval. */
  matches: ScoredMatch[];
  ids: string[];
  /** People scored (every consenting, active person; the scorer's exclusions then drop pairs). */
  scored: number;
  /** Of those, the pairs the scorer does not exclude: everyone the reference could rank. */
  eligible: number;
}

/**
 * The exhaustive reference for recall: score EVERY searchable person (consenting, active: what the
 * index holds) against the opening with the product's own scorer, keep the top k. No retrieval, no
 * radius, no filter beyond the scorer's hard exclusions, the product's plausibility rule and its
 * free-hours rule (enough free hours for the opening, or free within the window: every *eligible*
 * person). Reads PostgreSQL in pages of `pageSize`
 * ids; pass `people` (scoring inputs built once) to score many openings without re-reading.
 */
export async function exhaustiveCandidatesForOpening(
  em: EntityManager,
  config: Config,
  opening: OpeningDocument,
  today: string,
  opts: { k?: number; weights?: MatchWeights; people?: Iterable<SearchablePerson>; pageSize?: number } = {},
): Promise<ExhaustiveResult> {
  const k = opts.k ?? 10;
  const o = openingForScoring(opening);
  const hasHours = (c: SearchablePerson) =>
    canTakeHours(c.availability, opening.weeklyHours, today, config.rules.availableWithinDays).ok;
  const isPlausible = plausibleFor(opening);
  const plausible = (c: SearchablePerson) => hasHours(c) && isPlausible(c);
  let best: ScoredMatch[] = [];
  let scored = 0;
  let eligible = 0;
  const merge = (people: CandidateForScoring[]) => {
    scored += people.length;
    for (const c of people) if (exclusionCode(c, o, opts.weights) === null) eligible += 1;
    // The scorer's order is total (score, then id), so keeping a running top k is exact.
    best = rankCandidatesForOpening(o, people, { limit: k, weights: opts.weights })
      .concat(best)
      .sort((a, b) => b.rankScore - a.rankScore || (a.candidateId < b.candidateId ? -1 : 1))
      .slice(0, k);
  };
  if (opts.people) {
    merge([...opts.people].filter(plausible));
  } else {
    for await (const page of searchablePeople(em, config, today, opts.pageSize)) merge(page.filter(plausible));
  }
  return { matches: best, ids: best.map((m) => m.candidateId), scored, eligible };
}

/** A person's scoring input with their stored availability (what the index filters on). */
export type SearchablePerson = CandidateForScoring & {
  availability: StoredAvailability;
};

/** Every searchable person's scoring input, page by page in id order (the same documents the index holds). */
export async function* searchablePeople(
  em: EntityManager,
  config: Config,
  today: string,
  pageSize = 5000,
): AsyncGenerator<SearchablePerson[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = (await sql(
      em,
      `select id from candidate where id > ? and consent_to_share and status = 'ACTIVE' order by id limit ?`,
      [after, pageSize],
    )) as { id: string }[];
    if (!rows.length) return;
    after = rows.at(-1)!.id;
    const docs = await candidateDocuments(
      em,
      rows.map((r) => r.id),
      config,
      today,
    );
    yield docs.map((d) => ({
      ...candidateForScoring(d, today, config.rules.availableWithinDays),
      availability: storedAvailability(d),
    }));
  }
}

/** |found ∩ reference| / |reference| (1 when the reference is empty). */
export function recallAt(found: string[], reference: string[]): number {
  if (!reference.length) return 1;
  const f = new Set(found);
  return reference.filter((id) => f.has(id)).length / reference.length;
}
