import { describe, expect, it } from 'vitest';
import { localHighlights } from './highlights.js';

const both = [
  { field: 'competenceNames', snippet: '<mark>Gaffeltruck</mark>' },
  { field: 'competenceNamesEn', snippet: '<mark>Forklift</mark> truck' },
  { field: 'summary', snippet: 'kører <mark>truck</mark>' },
];

describe('localHighlights', () => {
  it('shows the English competence snippet in English, labelled as competences', () => {
    const shown = localHighlights(both, 'en');
    expect(shown.map((h) => h.snippet)).toEqual(['<mark>Forklift</mark> truck', 'kører <mark>truck</mark>']);
    expect(shown[0]?.labelField).toBe('competenceNames');
  });

  it('shows the Danish competence snippet in Danish', () => {
    expect(localHighlights(both, 'da').map((h) => h.field)).toEqual(['competenceNames', 'summary']);
  });

  it('keeps a match found only in the other language', () => {
    const onlyEn = [{ field: 'competenceNamesEn', snippet: '<mark>Forklift</mark> truck' }];
    expect(localHighlights(onlyEn, 'da')).toEqual([{ ...onlyEn[0], labelField: 'competenceNamesEn' }]);
  });
});
