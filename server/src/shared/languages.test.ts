import { describe, expect, it } from 'vitest';
import { languageKey, languageName } from './languages.js';

describe('languages', () => {
  it('gives one key for a code and its Danish and English names, in any case', () => {
    for (const typed of ['ti', 'TI', 'Tigrinya', 'tigrinya', ' tigrinya ']) expect(languageKey(typed)).toBe('ti');
    expect(languageKey('arabisk')).toBe('ar');
    expect(languageKey('Arabic')).toBe('ar');
    expect(languageKey('dansk')).toBe('da');
  });

  it('keeps a language it does not know as typed, in lower case', () => {
    expect(languageKey('Klingon ')).toBe('klingon');
    expect(languageName('Klingon ', 'da')).toBe('Klingon');
  });

  it('names a language in the reader’s language', () => {
    expect(languageName('ti', 'da')).toBe('tigrinya');
    expect(languageName('tigrinya', 'en')).toBe('Tigrinya');
    expect(languageName('arabisk', 'en')).toBe('Arabic');
  });
});
