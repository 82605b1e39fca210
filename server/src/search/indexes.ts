import type { Settings } from 'meilisearch';
import type { CatalogueCompetence } from '../db/seed/competence-catalogue.js';
import { MAX_VALUES_PER_FACET } from './nearest.js';
import type { IndexedEntity } from './outbox-event.entity.js';

/** The three derived indexes; names get the configured prefix (one per environment or test file). */
export const INDEX_BASE: Record<IndexedEntity, string> = {
  candidate: 'candidates',
  task: 'tasks',
  iguSlot: 'igu_slots',
};

export const indexUid = (prefix: string, entity: IndexedEntity) => `${prefix}${INDEX_BASE[entity]}`;

/** What synonyms are made of: a competence's names and the words people type for it. */
export type SynonymSource = Pick<CatalogueCompetence, 'nameDa' | 'nameEn' | 'synonyms'>;

/**
 * Competence synonyms both ways: typing "truckcertifikat" or "forklift" finds "Gaffeltruck",
 * and the Danish name finds documents written with a synonym. Documents carry only the
 * Danish competence names: the synonyms are applied to the query, so they cost nothing
 * at indexing time. Multi-word keys are allowed.
 */
export function synonymsFromCatalogue(catalogue: readonly SynonymSource[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const c of catalogue) {
    const terms = [...new Set([c.nameDa.toLowerCase(), c.nameEn.toLowerCase(), ...c.synonyms])].filter(
      (t) => t.length <= 50,
    );
    for (const t of [c.nameEn.toLowerCase(), ...c.synonyms]) {
      if (t.length <= 50 && t !== c.nameDa.toLowerCase()) map[t] = [c.nameDa.toLowerCase()];
    }
    // Short canonical keys only: Meilisearch caps a synonym key's length.
    const key = c.nameDa.toLowerCase();
    if (key.length <= 50) map[key] = terms.filter((t) => t !== key).slice(0, 12);
  }
  return map;
}

// Danish compounds ("lagerarbejde", "rengøringsassistent"): allow a typo from 4
// letters and two from 8, so near-misses still find the word.
const typoTolerance: Settings['typoTolerance'] = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
  disableOnAttributes: ['id'],
};

const rankingRules: Settings['rankingRules'] = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

// Measured on 10,000 candidates (test/bench): together with the trimmed lists above, these
// more than double the indexing rate. Facet values are never searched, and proximity
// within one attribute is all a short profile needs.
const fastIndexing: Pick<Settings, 'facetSearch' | 'proximityPrecision'> = {
  facetSearch: false,
  proximityPrecision: 'byAttribute',
};

// Distance is a postcode filter, not `_geo` (search/nearest.ts): the postcode counts must reach every
// postcode. The portal trims its own facet lists.
const faceting: Settings['faceting'] = { maxValuesPerFacet: MAX_VALUES_PER_FACET };

export function indexSettings(entity: IndexedEntity, synonyms: Record<string, string[]>): Settings {
  switch (entity) {
    case 'candidate':
      return {
        // Competence names and their synonyms first: they are what consultants search for.
        searchableAttributes: [
          'competenceNames',
          'competenceNamesEn',
          'education',
          'summary',
          'languages',
          'firstName',
        ],
        displayedAttributes: ['*'],
        // Only what search filters and matching's hard constraints use: each one costs indexing time.
        filterableAttributes: [
          'competenceIds',
          'industriesWished',
          'readiness',
          'danishRank',
          'availableWeeklyHours',
          'freeWeeklyHours',
          'availableFrom',
          'freeWeeklyHoursFrom',
          'atGoal',
          'hasDrivingLicence',
          'iguEligible',
          'languages',
          'postcode',
        ],
        // Empty, not left out: an index created before keeps `_geo` sortable (and its geo index) otherwise.
        sortableAttributes: [],
        rankingRules,
        synonyms,
        typoTolerance,
        faceting,
        pagination: { maxTotalHits: 2000 },
        ...fastIndexing,
      };
    case 'task':
    case 'iguSlot':
      return {
        searchableAttributes: [
          'competenceNames',
          'title',
          'description',
          'learningGoals',
          'companyName',
          'industryName',
        ],
        displayedAttributes: ['*'],
        filterableAttributes: [
          'status',
          'industryCode',
          'competenceIds',
          'requiresDrivingLicence',
          'openingsLeft',
          'weeklyHours',
          'postcode',
        ],
        // Empty, not left out: an index created before keeps `_geo` sortable (and its geo index) otherwise.
        sortableAttributes: [],
        rankingRules,
        synonyms,
        typoTolerance,
        faceting,
        pagination: { maxTotalHits: 2000 },
        ...fastIndexing,
      };
  }
}
