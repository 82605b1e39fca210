/**
 * One formatter for the process: building an Intl.DateTimeFormat costs far more than using one, and
 * the match path asks for today several times per request (it was ~1 % of a matching server's CPU).
 */
const COPENHAGEN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The job centre's calendar day ('YYYY-MM-DD') in Europe/Copenhagen, not UTC's. */
export function todayInDenmark(now: Date = new Date()): string {
  const parts = COPENHAGEN_DAY.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
