import type { Settings } from 'meilisearch';
import type { CatalogueCompetence } from '../db/seed/competence-catalogue.js';
import type { IndexedEntity } from './outbox-event.entity.js';

/** The three derived indexes; names get the configured prefix (one per environment or test file). */
export const INDEX_BASE: Record<IndexedEntity, string> = {
  candidate: 'candidates',
  task: 'tasks',
  iguSlot: 'igu_slots',
};

export const indexUid = (prefix: string, entity: IndexedEntity) => `${prefix}${INDEX_BASE[entity]}`;

/**
 * Competence synonyms both ways: typing "truckcertifikat" finds "Gaffeltruck", and
 * the Danish name finds documents written with a synonym. Multi-word keys are allowed.
 */
export function synonymsFromCatalogue(catalogue: CatalogueCompetence[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const c of catalogue) {
    const terms = [...new Set([c.nameDa.toLowerCase(), c.nameEn.toLowerCase(), ...c.synonyms])].filter(
      (t) => t.length <= 50,
    );
    for (const t of c.synonyms) map[t] = [c.nameDa.toLowerCase(), c.nameEn.toLowerCase()];
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

export function indexSettings(entity: IndexedEntity, synonyms: Record<string, string[]>): Settings {
  switch (entity) {
    case 'candidate':
      return {
        // Competence names and their synonyms first: they are what consultants search for.
        searchableAttributes: [
          'competenceNames',
          'competenceKeywords',
          'education',
          'summary',
          'languages',
          'industryNames',
          'firstName',
        ],
        displayedAttributes: ['*'],
        filterableAttributes: [
          'id',
          'searchable',
          'adviserId',
          'competenceIds',
          'industriesWished',
          'readiness',
          'targetGroup',
          'danishRank',
          'availableWeeklyHours',
          'atGoal',
          'hasDrivingLicence',
          'iguEligible',
          'hasActivePlacement',
          'languages',
          '_geo',
        ],
        sortableAttributes: ['_geo', 'availableWeeklyHours', 'danishRank'],
        rankingRules,
        synonyms,
        typoTolerance,
        faceting: { maxValuesPerFacet: 100 },
        pagination: { maxTotalHits: 2000 },
      };
    case 'task':
    case 'iguSlot':
      return {
        searchableAttributes: [
          'competenceNames',
          'competenceKeywords',
          'title',
          'description',
          'learningGoals',
          'companyName',
          'industryName',
        ],
        displayedAttributes: ['*'],
        filterableAttributes: [
          'id',
          'status',
          'companyId',
          'industryCode',
          'competenceIds',
          'danishRank',
          'weeklyHours',
          'ordinaryHoursInSight',
          'requiresDrivingLicence',
          'sector',
          '_geo',
        ],
        sortableAttributes: ['_geo', 'weeklyHours', 'createdAt'],
        rankingRules,
        synonyms,
        typoTolerance,
        faceting: { maxValuesPerFacet: 100 },
        pagination: { maxTotalHits: 2000 },
      };
  }
}
