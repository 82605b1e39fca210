import { useTranslation } from 'react-i18next';

/** Anything from a catalogue with a Danish name and maybe an English one: a competence or a DB07 industry. */
export type Named = { name: string; nameEn?: string | null };

/**
 * The one way the portal shows a competence or industry name: the English catalogue name in English
 * (operations fetch `nameEn` beside `name`), the Danish name in Danish and whenever no English name exists.
 * Chosen over a server field resolved by Accept-Language because the name then follows the language
 * switch at once, without refetching or a stale cache entry in the other language.
 */
export function localName(x: Named, lang: string): string {
  return (lang.startsWith('en') && x.nameEn?.trim()) || x.name;
}

/** `localName` bound to the UI's language. */
export function useLocalName(): (x: Named) => string {
  const { i18n } = useTranslation();
  return (x) => localName(x, i18n.language);
}
