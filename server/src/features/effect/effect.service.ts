import { t } from '../../i18n/index.js';
import { todayInDenmark as today } from '../../shared/clock.js';
import type { ServiceContext } from '../../shared/context.js';
import { addDays } from '../../shared/dates.js';
import { badInput, forbidden } from '../../shared/errors.js';
import { assertDateOrder } from '../../shared/validate.js';
import { requireUser } from '../auth/scope.js';
import { Role } from '../auth/user.entity.js';
import { toCsv } from '../imports/csv.js';
import { PlacementType } from '../placements/placement.entity.js';
import type { EffectFilter } from './effect.inputs.js';
import type { ConversionRate, EffectCohort, EffectReport } from './effect.types.js';
import { MILESTONE_MONTHS, type MilestoneRow, milestone, share, summarise } from './effect-summary.js';

/** A SQL fragment and its parameters (`?` placeholders). */
export type Sql = [string, unknown[]];

const CONVERTED = 'CONVERTED_TO_ORDINARY_HOURS';

/**
 * Effect you can follow: cohorts of people by the month and type of a placement's start, and
 * where they stood 3, 6 and 12 months later (ordinary hours, ordinary work), plus conversion
 * rates per company and consultant. All in PostgreSQL; aggregates only, no person is named.
 *
 * "Ordinary hours at a date" is the latest follow-up of any of the person's placements within
 * `effectMeasurementDays` before it; older figures are stale and count as none, except for a
 * person in ordinary work (converted, or in an ordinary-hours job), whose last known hours carry on.
 */
export class EffectService {
  constructor(private readonly ctx: ServiceContext) {}

  private run<T>(sql: Sql): Promise<T[]> {
    return this.ctx.em.getConnection().execute<T[]>(sql[0], sql[1] as never[], 'all');
  }

  /** The report for `filter`; FORBIDDEN for company users. */
  async report(filter: EffectFilter | null | undefined): Promise<EffectReport> {
    const user = requireUser(this.ctx.user);
    if (user.role === Role.COMPANY) throw forbidden('effectReport');
    const f = await this.checkFilter(filter);
    const window = this.ctx.config.rules.effectMeasurementDays;

    const sql = effectStatements(f, window);
    const [rows, byCompany, byConsultant] = await Promise.all([
      this.run<MilestoneRow>(sql.milestones),
      this.run<ConversionRow>(sql.byCompany),
      this.run<ConversionRow>(sql.byConsultant),
    ]);

    const cohorts = new Map<string, EffectCohort>();
    const totals = [];
    let people = 0;
    for (const r of rows) {
      if (r.cohort === null) {
        totals.push(milestone(r));
        if (r.months === MILESTONE_MONTHS[0]) people = r.people;
        continue;
      }
      const key = `${r.cohort}|${r.type}`;
      let c = cohorts.get(key);
      if (!c) {
        c = { month: r.cohort, type: r.type as PlacementType, people: r.people, milestones: [] };
        cohorts.set(key, c);
      }
      c.milestones.push(milestone(r));
    }
    return {
      from: f.from,
      to: f.to,
      cohorts: [...cohorts.values()],
      totals,
      byCompany: byCompany.map(rate),
      byConsultant: byConsultant.map(rate),
      summary: summarise(people, totals, f, this.ctx.locale),
    };
  }

  /** The report as CSV (Danish header, semicolons): one row per cohort and milestone, then all cohorts. */
  async csv(filter: EffectFilter | null | undefined): Promise<string> {
    const r = await this.report(filter);
    const pct = (share: number) => Math.round(share * 1000) / 10;
    const rows: (string | number | null)[][] = [];
    const add = (month: string, type: string, people: number, m: EffectReport['totals'][number]) =>
      rows.push([
        month,
        type,
        people,
        m.months,
        m.observed,
        m.withOrdinaryHours,
        pct(m.shareWithOrdinaryHours),
        m.medianOrdinaryHours,
        m.inOrdinaryWork,
        pct(m.shareInOrdinaryWork),
      ]);
    for (const c of r.cohorts) for (const m of c.milestones) add(c.month, c.type, c.people, m);
    const people = r.cohorts.reduce((n, c) => n + c.people, 0);
    for (const m of r.totals) add('Alle', 'Alle', people, m);
    return toCsv(EFFECT_CSV_HEADER, rows);
  }

  /** Validates the filter: a known industry and a period in order; default the last 24 months. */
  private async checkFilter(filter: EffectFilter | null | undefined) {
    const now = today();
    const industryCode = filter?.industryCode?.trim().toUpperCase() || null;
    const from = filter?.from ?? `${addDays(now, -730).slice(0, 7)}-01`;
    const to = filter?.to ?? now;
    const types = filter?.types?.length ? [...new Set(filter.types)] : Object.values(PlacementType);
    if (industryCode) {
      const rows = await this.run<{ code: string }>([
        'select code from industry where upper(code) = ? or upper(section) = ? limit 1',
        [industryCode, industryCode],
      ]);
      if (!rows.length) {
        throw badInput('filter.industryCode', t('industries.noSuch', { code: industryCode }));
      }
    }
    assertDateOrder('filter.from', from, 'filter.to', to);
    return { industryCode, from, to, types, today: now };
  }
}

/** A checked filter: the industry (division or section), the period of start dates, the types, and today. */
export interface CheckedEffectFilter {
  industryCode: string | null;
  from: string;
  to: string;
  types: string[];
  today: string;
}

/**
 * The report's statements for a checked filter: the cohorts' milestones (with the totals as a grouping set), and
 * the conversion rates by company and by consultant. Exported for the benchmark, which explains and times them.
 */
export function effectStatements(
  f: CheckedEffectFilter,
  window: number,
): { milestones: Sql; byCompany: Sql; byConsultant: Sql } {
  const where = placementCondition(f);
  return {
    // Each person's figures are computed once, set-wise: their ordinary hours as a step function over their
    // follow-ups (one sort), joined to the points in time; only the few people with a conversion or an ordinary-hours
    // job look up their placements one by one. (Three lookups per person and milestone took 3.7 s at 100,000.)
    milestones: [
      `with members as (
       -- A member of a cohort (start month and type): a person, with their first start in it.
       select p.candidate_id, p.type, date_trunc('month', p.start_date)::date as cohort, min(p.start_date) as start_date
         from placement p
        where ${where[0]}
        group by p.candidate_id, p.type, date_trunc('month', p.start_date)
     ), points as materialized (
       select m.candidate_id, m.cohort, m.type, k.months, (m.start_date + make_interval(months => k.months))::date as at
         from members m cross join unnest(array[?]::int[]) as k(months)
     ), hours_from as (
       -- A person's current follow-up (of any of their placements) holds from its date until their next one; of
       -- several on a day, the last written holds (the others end the same day).
       select q.candidate_id, f.date, f.ordinary_hours as hours,
              lead(f.date) over (partition by q.candidate_id order by f.date, f.created_at) as next
         from placement q join follow_up f on f.placement_id = q.id
        where f.superseded_by_id is null and q.candidate_id in (select p.candidate_id from placement p where ${where[0]})
     ), working as (
       select distinct candidate_id from placement where outcome = '${CONVERTED}' or type = 'ORDINARY_HOURS'
     ), measured as (
       select pt.cohort, pt.type, pt.months, pt.at <= ?::date as observable,
              coalesce(w.job_hours,
                       case when h.date > pt.at - ?::int then h.hours end,
                       case when w.in_work then h.hours end,
                       0) as hours,
              coalesce(w.in_work, false) as in_work
         from points pt
         left join hours_from h
           on h.candidate_id = pt.candidate_id and h.date <= pt.at and (h.next is null or h.next > pt.at)
         left join working wp on wp.candidate_id = pt.candidate_id
         left join lateral (
           -- The job of a conversion, once started, gives the ordinary hours (its start may follow the end).
           select max(q.conversion_weekly_hours)
                    filter (where q.outcome = '${CONVERTED}' and q.conversion_start_date <= pt.at) as job_hours,
                  bool_or(q.outcome = '${CONVERTED}' and q.end_date <= pt.at)
                  or bool_or(q.type = 'ORDINARY_HOURS' and q.start_date <= pt.at
                             and coalesce(q.end_date, pt.at) >= pt.at) as in_work
             from placement q
            where wp.candidate_id is not null and q.candidate_id = pt.candidate_id) w on true
     )
     select to_char(cohort, 'YYYY-MM') as cohort, type, months,
            count(*)::int as people,
            (count(*) filter (where observable))::int as observed,
            (count(*) filter (where observable and hours > 0))::int as with_hours,
            percentile_cont(0.5) within group (order by hours) filter (where observable and hours > 0) as median_hours,
            (count(*) filter (where observable and in_work))::int as in_work
       from measured
      group by grouping sets ((measured.cohort, type, months), (months))
      order by measured.cohort nulls first, type, months`,
      [...where[1], [...MILESTONE_MONTHS], ...where[1], f.today, window],
    ],
    byCompany: [
      `select co.id, co.name,
            (count(*) filter (where p.status = 'ENDED'))::int as ended,
            (count(*) filter (where p.outcome = '${CONVERTED}'))::int as converted
       from placement p join company co on co.id = p.company_id
      where ${where[0]}
      group by co.id, co.name
     having count(*) filter (where p.status = 'ENDED') > 0
      order by ended desc, converted desc, co.name, co.id
      limit 25`,
      where[1],
    ],
    byConsultant: [
      `select u.id, u.name,
            (count(p.id) filter (where p.status = 'ENDED'))::int as ended,
            (count(p.id) filter (where p.outcome = '${CONVERTED}'))::int as converted
       from app_user u
       left join company co on co.consultant_id = u.id
       left join placement p on p.company_id = co.id and ${where[0]}
      where u.role = 'CONSULTANT' and u.active
      group by u.id, u.name
      order by u.name, u.id`,
      where[1],
    ],
  };
}

/** Placements `p` that started in the period, of the types, at a company in the industry. */
function placementCondition(f: { industryCode: string | null; from: string; to: string; types: string[] }): Sql {
  // Only placements that started: a draft waiting for approval, or one withdrawn or refused, is no cohort member.
  const parts = [
    "p.status in ('ACTIVE', 'ENDED')",
    'p.start_date >= ?::date',
    'p.start_date <= ?::date',
    'p.type = any(array[?]::text[])',
  ];
  const params: unknown[] = [f.from, f.to, f.types];
  if (f.industryCode) {
    parts.push(
      'p.company_id in (select c.id from company c where c.industry_code in (select i.code from industry i where upper(i.code) = ? or upper(i.section) = ?))',
    );
    params.push(f.industryCode, f.industryCode);
  }
  return [`(${parts.join(' and ')})`, params];
}

export const EFFECT_CSV_HEADER = [
  'Startmåned',
  'Forløbstype',
  'Personer',
  'Måneder efter start',
  'Kan følges',
  'Med ordinære timer',
  'Andel med ordinære timer (%)',
  'Median ordinære timer pr. uge',
  'I ordinært job',
  'Andel i ordinært job (%)',
];

interface ConversionRow {
  id: string;
  name: string;
  ended: number;
  converted: number;
}

const rate = (r: ConversionRow): ConversionRate => ({ ...r, rate: share(r.converted, r.ended) });
