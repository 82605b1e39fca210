import { describe, expect, it } from 'vitest';
import { type MilestoneFigures, milestone, share, summarise } from './effect-summary.js';

const m = (over: Partial<MilestoneFigures>): MilestoneFigures => ({
  months: 3,
  observed: 0,
  withOrdinaryHours: 0,
  shareWithOrdinaryHours: 0,
  medianOrdinaryHours: null,
  inOrdinaryWork: 0,
  shareInOrdinaryWork: 0,
  ...over,
});

describe('effect figures', () => {
  it('computes shares to four decimals and 0 for nothing observed', () => {
    expect(share(1, 3)).toBe(0.3333);
    expect(share(2, 0)).toBe(0);
  });

  it('reads a query row: numeric medians arrive as strings from PostgreSQL', () => {
    const f = milestone({
      cohort: '2026-01',
      type: null,
      months: 6,
      people: 4,
      observed: 3,
      with_hours: 2,
      median_hours: '12.25',
      in_work: 1,
    });
    expect(f).toEqual({
      months: 6,
      observed: 3,
      withOrdinaryHours: 2,
      shareWithOrdinaryHours: 0.6667,
      medianOrdinaryHours: 12.3,
      inOrdinaryWork: 1,
      shareInOrdinaryWork: 0.3333,
    });
    expect(
      milestone({
        cohort: null,
        type: null,
        months: 3,
        people: 1,
        observed: 1,
        with_hours: 0,
        median_hours: null,
        in_work: 0,
      }).medianOrdinaryHours,
    ).toBeNull();
  });
});

describe('summarise', () => {
  const period = { from: '2026-01-01', to: '2026-06-30' };
  const totals = [
    m({
      months: 3,
      observed: 10,
      withOrdinaryHours: 4,
      shareWithOrdinaryHours: 0.4,
      medianOrdinaryHours: 8.5,
      inOrdinaryWork: 1,
      shareInOrdinaryWork: 0.1,
    }),
    m({
      months: 6,
      observed: 5,
      withOrdinaryHours: 3,
      shareWithOrdinaryHours: 0.6,
      medianOrdinaryHours: 15,
      inOrdinaryWork: 2,
      shareInOrdinaryWork: 0.4,
    }),
    m({ months: 12 }),
  ];

  it('writes Danish with Danish numbers and dates', () => {
    const s = summarise(10, totals, period, 'da').replace(/\u00a0/g, ' '); // Intl puts a no-break space before %
    expect(s).toContain('10 personer startede et forløb fra 1. jan. 2026 til 30. jun. 2026.');
    expect(s).toContain(
      'Efter 3 måneder (10 kan følges så længe): 40 % havde ordinære timer (median 8,5 t/uge), og 10 % var i ordinært job.',
    );
    expect(s).toContain('Ingen kan endnu følges 12 måneder.');
    expect(s).not.toMatch(/\b(people|after|months)\b/i);
  });

  it('writes English', () => {
    const s = summarise(10, totals, period, 'en');
    expect(s).toContain('10 people started a placement from 1 Jan 2026 to 30 Jun 2026.');
    expect(s).toContain(
      'After 6 months (5 can be followed that long): 60% had ordinary hours (median 15 h/week), and 40% were in ordinary work.',
    );
    expect(s).toContain('Nobody can be followed for 12 months yet.');
  });

  it('says so when nothing started', () => {
    expect(summarise(0, [], period, 'da')).toBe(
      'Ingen forløb startede fra 1. jan. 2026 til 30. jun. 2026 med de valgte filtre.',
    );
    expect(summarise(1, [m({ months: 3 })], period, 'en')).toMatch(/^1 person started/);
  });
});
