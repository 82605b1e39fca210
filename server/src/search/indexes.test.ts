import { describe, expect, it } from 'vitest';
import { loadCompetenceCatalogue } from '../db/seed/competence-catalogue.js';
import { indexSettings, synonymsFromCatalogue } from './indexes.js';

const forklift = {
  code: 'forklift-operation',
  nameDa: 'Gaffeltruck',
  nameEn: 'Forklift operation',
  escoUri: null,
  domain: 'warehouse',
  synonyms: ['truckcertifikat', 'truck'],
};

describe('synonymsFromCatalogue', () => {
  it('leads the English name and every synonym to the Danish name the documents carry', () => {
    const map = synonymsFromCatalogue([forklift]);
    expect(map['forklift operation']).toEqual(['gaffeltruck']);
    expect(map.truckcertifikat).toEqual(['gaffeltruck']);
    expect(map.truck).toEqual(['gaffeltruck']);
  });

  it('lets the Danish name find free text written with a synonym', () => {
    const map = synonymsFromCatalogue([forklift]);
    expect(map.gaffeltruck).toEqual(['forklift operation', 'truckcertifikat', 'truck']);
  });

  it('skips keys longer than Meilisearch allows, and never maps a word to itself', () => {
    const long = { ...forklift, synonyms: ['x'.repeat(51), 'gaffeltruck'] };
    const map = synonymsFromCatalogue([long]);
    expect(Object.keys(map).every((k) => k.length <= 50)).toBe(true);
    expect(map.gaffeltruck).not.toContain('gaffeltruck');
  });

  it('covers the whole shipped catalogue', () => {
    const catalogue = loadCompetenceCatalogue();
    const map = synonymsFromCatalogue(catalogue);
    const withEnglishKey = catalogue.filter(
      (c) => c.nameEn.length <= 50 && c.nameEn.toLowerCase() !== c.nameDa.toLowerCase(),
    );
    for (const c of withEnglishKey) expect(map[c.nameEn.toLowerCase()], c.code).toBeDefined();
  });
});

describe('indexSettings', () => {
  it('never makes personal or protected fields searchable or filterable', () => {
    const settings = indexSettings('candidate', {});
    const exposed = [...(settings.searchableAttributes ?? []), ...(settings.filterableAttributes ?? [])].map(String);
    for (const field of [
      'lastName',
      'birthDate',
      'accommodationNeeds',
      'targetGroup',
      'residenceCategory',
      'adviserId',
    ])
      expect(exposed).not.toContain(field);
  });

  it('searches competence names before free text', () => {
    const settings = indexSettings('candidate', {});
    const order = settings.searchableAttributes ?? [];
    expect(order.indexOf('competenceNames')).toBe(0);
    expect(order.indexOf('summary')).toBeGreaterThan(order.indexOf('competenceNames'));
  });
});
