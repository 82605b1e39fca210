import { describe, expect, it } from 'vitest';
import { catalogues, formatDate, formatDateNumeric, formatNumber, listOr, runInLocale, t, tIn } from './index.js';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a catalogue as [dotted key, text]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('the server catalogues', () => {
  const da = new Map(leaves(catalogues.da as unknown as Tree));
  const en = new Map(leaves(catalogues.en as unknown as Tree));

  it('have the same keys in Danish and English', () => {
    expect(
      [...en.keys()].filter((k) => !da.has(k)),
      'in English only',
    ).toEqual([]);
    expect(
      [...da.keys()].filter((k) => !en.has(k)),
      'in Danish only',
    ).toEqual([]);
  });

  it('fill the same placeholders in both languages, and no text is empty', () => {
    for (const [key, text] of da) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('have both plural forms wherever one is given', () => {
    for (const map of [da, en]) {
      for (const key of map.keys()) {
        const base = /^(.*)_(one|other)$/.exec(key)?.[1];
        if (base) expect(map.has(`${base}_one`) && map.has(`${base}_other`), key).toBe(true);
      }
    }
  });

  it('answer in the running request’s language, Danish outside any request', () => {
    expect(t('auth.wrongPassword')).toBe('Forkert e-mail eller adgangskode.');
    expect(runInLocale('en', () => t('auth.wrongPassword'))).toBe('Wrong e-mail or password.');
    // Nested and asynchronous work keeps its request's language.
    return runInLocale('en', async () => {
      await new Promise((r) => setTimeout(r, 1));
      expect(t('errors.unauthenticated')).toBe('Please log in.');
    });
  });

  it('choose the plural form by count and format numbers, dates and lists for the language', () => {
    expect(tIn('da', 'auth.seconds', { count: 1 })).toBe('1 sekund');
    expect(tIn('da', 'auth.seconds', { count: 30 })).toBe('30 sekunder');
    expect(tIn('en', 'auth.minutes', { count: 1 })).toBe('1 minute');
    expect(formatNumber(18.5, 'da')).toBe('18,5');
    expect(formatNumber(10000, 'en')).toBe('10,000');
    expect(formatDate('2026-11-02', 'da')).toBe('2. nov. 2026');
    expect(formatDate('2026-11-02', 'en')).toBe('2 Nov 2026');
    expect(formatDateNumeric('2026-01-05', 'da')).toBe('05.01.2026');
    expect(formatDateNumeric('2026-01-05', 'en')).toBe('05/01/2026');
    expect(listOr(['Åben', 'Lukket'], 'da')).toBe('Åben eller Lukket');
    expect(listOr(['Open', 'In progress', 'Closed'], 'en')).toBe('Open, In progress or Closed');
  });
});
