/**
 * Languages as people type them ("Tigrinya", "tigrinya", "ti", "arabisk"): one key per language, so a mentor's
 * and a person's languages can be compared, and a name in the reader's language for explanations. Names come
 * from the runtime's CLDR data (Intl.DisplayNames), not from a list of our own.
 */

/** ISO 639 codes of the languages people and mentors at Danish job centres speak (and their neighbours). */
const CODES = [
  'da',
  'en',
  'de',
  'sv',
  'no',
  'nb',
  'is',
  'fi',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'pl',
  'ro',
  'bg',
  'hu',
  'cs',
  'sk',
  'lt',
  'lv',
  'et',
  'uk',
  'ru',
  'be',
  'sr',
  'hr',
  'bs',
  'sl',
  'mk',
  'sq',
  'el',
  'tr',
  'ku',
  'ckb',
  'ar',
  'fa',
  'prs',
  'ps',
  'ur',
  'hi',
  'bn',
  'pa',
  'ta',
  'si',
  'ne',
  'ti',
  'am',
  'om',
  'so',
  'sw',
  'ha',
  'yo',
  'ig',
  'ln',
  'rw',
  'zh',
  'vi',
  'th',
  'tl',
  'my',
  'ko',
  'ja',
  'he',
  'ka',
  'hy',
  'az',
  'uz',
  'kk',
  'mn',
];

const namesIn = (locale: string) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
const NAMES = { da: namesIn('da'), en: namesIn('en') };

const BY_NAME = new Map<string, string>();
for (const code of CODES) {
  BY_NAME.set(code, code);
  for (const names of Object.values(NAMES)) {
    const name = names.of(code);
    if (name && !BY_NAME.has(name.toLowerCase())) BY_NAME.set(name.toLowerCase(), code);
  }
}

/** One key per language: a known name (Danish or English) or code becomes its code, anything else lower case. */
export function languageKey(input: string): string {
  const s = input.normalize('NFC').trim().toLowerCase();
  return BY_NAME.get(s) ?? s;
}

/** The language's name in `locale` ("tigrinya" / "Tigrinya"); text we do not know stays as it was typed. */
export function languageName(input: string, locale: 'da' | 'en'): string {
  const key = languageKey(input);
  return (CODES.includes(key) ? NAMES[locale].of(key) : undefined) ?? input.trim();
}
