import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../i18n/format.js';

/** Numbers, shares, months and times in the reader's language (Danish: 18,5 and 52,3 %). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'da-DK';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  // Days as everywhere else in the portal ("23. nov. 2026", "23 Nov 2026"), not 23.11.2026 beside them.
  const dateTime = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Copenhagen',
  });
  return {
    number: (n: number) => number.format(n),
    /** 0.523 → "52,3 %" (the sign kept on the number's line) */
    percent: (share: number) => formatPercent(share, i18n.language),
    /** "2026-11" → "nov. 2026" */
    month: (ym: string) => {
      const [y, m] = ym.split('-').map(Number);
      return y && m ? month.format(new Date(Date.UTC(y, m - 1, 1))) : ym;
    },
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
  };
}
