import type { PlacementType } from '../placements/placement.entity.js';

/** One milestone of a cohort (or of all cohorts), as the report shows it. */
export interface MilestoneFigures {
  months: number;
  observed: number;
  withOrdinaryHours: number;
  shareWithOrdinaryHours: number;
  medianOrdinaryHours: number | null;
  inOrdinaryWork: number;
  shareInOrdinaryWork: number;
}

/** A row of the cohort query: one cohort × milestone, or (cohort null) all cohorts × milestone. */
export interface MilestoneRow {
  cohort: string | null;
  type: PlacementType | null;
  months: number;
  people: number;
  observed: number;
  with_hours: number;
  median_hours: number | string | null;
  in_work: number;
}

export const MILESTONE_MONTHS = [3, 6, 12] as const;

/** part ÷ total to four decimals; 0 when total is 0 (nothing observed is not 0 %, but the count says so). */
export const share = (part: number, total: number) => (total > 0 ? Math.round((part / total) * 10_000) / 10_000 : 0);

/** Turns a query row into the figures of one milestone. */
export function milestone(r: MilestoneRow): MilestoneFigures {
  const median = r.median_hours === null ? null : Math.round(Number(r.median_hours) * 10) / 10;
  return {
    months: r.months,
    observed: r.observed,
    withOrdinaryHours: r.with_hours,
    shareWithOrdinaryHours: share(r.with_hours, r.observed),
    medianOrdinaryHours: median,
    inOrdinaryWork: r.in_work,
    shareInOrdinaryWork: share(r.in_work, r.observed),
  };
}

const TEXT = {
  da: {
    none: (from: string, to: string) => `Ingen forløb startede fra ${from} til ${to} med de valgte filtre.`,
    people: (n: number, from: string, to: string) =>
      `${n === 1 ? '1 person' : `${fmt(n, 'da')} personer`} startede et forløb fra ${from} til ${to}.`,
    at: (m: MilestoneFigures) =>
      `Efter ${m.months} måneder (${fmt(m.observed, 'da')} kan følges så længe): ${pct(m.shareWithOrdinaryHours, 'da')} havde ordinære timer` +
      (m.medianOrdinaryHours === null ? '' : ` (median ${fmt(m.medianOrdinaryHours, 'da')} t/uge)`) +
      `, og ${pct(m.shareInOrdinaryWork, 'da')} var i ordinært job.`,
    notYet: (months: number) => `Ingen kan endnu følges ${months} måneder.`,
  },
  en: {
    none: (from: string, to: string) => `No placements started from ${from} to ${to} with the chosen filters.`,
    people: (n: number, from: string, to: string) =>
      `${n === 1 ? '1 person' : `${fmt(n, 'en')} people`} started a placement from ${from} to ${to}.`,
    at: (m: MilestoneFigures) =>
      `After ${m.months} months (${fmt(m.observed, 'en')} can be followed that long): ${pct(m.shareWithOrdinaryHours, 'en')} had ordinary hours` +
      (m.medianOrdinaryHours === null ? '' : ` (median ${fmt(m.medianOrdinaryHours, 'en')} h/week)`) +
      `, and ${pct(m.shareInOrdinaryWork, 'en')} were in ordinary work.`,
    notYet: (months: number) => `Nobody can be followed for ${months} months yet.`,
  },
} as const;

function fmt(n: number, locale: 'da' | 'en') {
  return new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
}

function pct(s: number, locale: 'da' | 'en') {
  return new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(s);
}

/** A few plain sentences for a report: how many started, and where they stood at 3, 6 and 12 months. */
export function summarise(
  people: number,
  totals: readonly MilestoneFigures[],
  period: { from: string; to: string },
  locale: 'da' | 'en',
): string {
  const t = TEXT[locale];
  const dateFmt = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const from = dateFmt.format(new Date(`${period.from}T00:00:00Z`));
  const to = dateFmt.format(new Date(`${period.to}T00:00:00Z`));
  if (people === 0) return t.none(from, to);
  const lines = [t.people(people, from, to)];
  for (const m of totals) lines.push(m.observed > 0 ? t.at(m) : t.notYet(m.months));
  return lines.join(' ');
}
