/** Today's date in Denmark as 'YYYY-MM-DD' (the job centre's calendar day, not UTC's). */
export function todayInDenmark(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(now);
}
