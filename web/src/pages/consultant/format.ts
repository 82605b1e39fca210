/** Dates and numbers the Danish way (or English), from ISO strings the API returns. */
const locale = (lang: string) => (lang === 'en' ? 'en-GB' : 'da-DK');

export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '–';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}

export function formatHours(n: number | null | undefined, lang: string): string {
  if (n == null) return '–';
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(n);
}
