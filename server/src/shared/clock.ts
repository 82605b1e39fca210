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

// Copenhagen's day changes on a whole minute (its offsets are whole hours), so the day of the last
// minute asked for is the answer for any moment in that minute.
let lastMinute = Number.NaN;
let lastDay = '';

/** The job centre's calendar day ('YYYY-MM-DD') in Europe/Copenhagen, not UTC's. */
export function todayInDenmark(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute === lastMinute) return lastDay;
  const parts = COPENHAGEN_DAY.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  lastMinute = minute;
  lastDay = `${get('year')}-${get('month')}-${get('day')}`;
  return lastDay;
}
