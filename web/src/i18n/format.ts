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

/**
 * A share (0.333) as a percent for a person: "33,3 %" in Danish, "33.3%" in English. The sign never
 * wraps away from its number: Intl puts a no-break space before it in Danish, and any ordinary space
 * there (another ICU) becomes one. `signed` writes "+65 %" for a gain.
 */
export function formatPercent(share: number, lang: string, maximumFractionDigits = 1, signed = false): string {
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'percent',
    maximumFractionDigits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  })
    .format(share)
    .replace(/ (?=%)/g, '\u00a0');
}
