/** Intl locale of the UI's language. */
export const intlLocale = (lang: string) => (lang.startsWith('en') ? 'en-GB' : 'da-DK');

/**
 * An amount of Danish kroner, always with øre: "152,50 kr." in Danish, "DKK 152.50" in English.
 * The one money formatter of the portal: texts around it never add "kr." themselves.
 */
export function formatMoney(kr: number | null | undefined, lang: string): string {
  if (kr === null || kr === undefined || Number.isNaN(kr)) return '–';
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'currency',
    currency: 'DKK',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(kr);
}
