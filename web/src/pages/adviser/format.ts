import { useTranslation } from 'react-i18next';

const localeOf = (lang: string) => (lang === 'en' ? 'en-GB' : 'da-DK');

/** Dates and hours in the reader's language: "23. nov. 2026", "18,5". */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const numFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const timeFmt = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Copenhagen',
  });
  return {
    /** A moment ('2026-11-23T10:05:00Z') in Danish time: "23. nov. 2026 11.05". */
    dateTime: (iso: string | null | undefined) => (iso ? timeFmt.format(new Date(iso)) : ''),
    /** An ISO day ('2026-11-23') or date-time; '' for none. */
    date: (iso: string | null | undefined) =>
      iso ? dateFmt.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) : '',
    num: (n: number | null | undefined) => (n === null || n === undefined ? '–' : numFmt.format(n)),
  };
}

/** Today as 'YYYY-MM-DD' in Denmark. */
export function todayIso(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/** An ISO day plus a number of days. */
export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
