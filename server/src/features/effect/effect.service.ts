import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../../db/sql.js';
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

/** Memory for each sort and hash of the report's statements (PostgreSQL's `work_mem`, for its transaction only). */
const EFFECT_WORK_MEM = '48MB';

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

    const statements = effectStatements(f, window);
    const [rows, byCompany, byConsultant] = await Promise.all([
      readEffect<MilestoneRow>(this.ctx.em, statements.milestones),
      readEffect<ConversionRow>(this.ctx.em, statements.byCompany),
      readEffect<ConversionRow>(this.ctx.em, statements.byConsultant),
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

/**
 * One of the report's statements as the report runs it (the benchmarks explain it the same way): in a read-only
 * transaction of its own, on its own pooled connection (so the three run at once), with room to sort and hash
 * ~300,000 rows in memory (at the default 4 MB work_mem they spill to disk).
 */
export function readEffect<T>(em: EntityManager, statement: Sql): Promise<T[]> {
  return em.fork().transactional(
    async (tx) => {
      await sql(tx, `set local work_mem = '${EFFECT_WORK_MEM}'`);
      return sql<T>(tx, statement[0], statement[1]);
    },
    { readOnly: true },
  );
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
    // Each person's figures are computed once, set-wise: their follow-ups as two ordered arrays (one sort), searched
    // at each point in time with width_bucket (a binary search; a range join to the points made ~1.2 million rows at
    // 100,000); only the few people with a conversion or an ordinary-hours job join their placements. (Three lookups
    // per person and milestone took 3.7 s at 100,000.)
    milestones: [
      `with members as (
       -- A member of a cohort (start month and type): a person, with their first start in it.
       select p.candidate_id, p.type, date_trunc('month', p.start_date)::date as cohort, min(p.start_date) as start_date
         from placement p
        where ${where[0]}
        group by p.candidate_id, p.type, date_trunc('month', p.start_date)
     ), series as (
       -- A person's current follow-ups (of any of their placements) in order of date, then of writing: the one that
       -- holds at a date is the last on or before it (of several on a day, the last written), found by binary search.
       select q.candidate_id,
              array_agg(f.date order by f.date, f.created_at) as dates,
              array_agg(f.ordinary_hours order by f.date, f.created_at) as hours
         from placement q join follow_up f on f.placement_id = q.id
        where f.superseded_by_id is null and q.candidate_id in (select p.candidate_id from placement p where ${where[0]})
        group by q.candidate_id
     ), points as (
       select m.candidate_id, m.cohort, m.type, k.months, (m.start_date + make_interval(months => k.months))::date as at
         from members m cross join unnest(array[?]::int[]) as k(months)
     ), work as (
       -- Only the few people with a conversion or an ordinary-hours job look up their placements at their points: the
       -- job of a conversion, once started, gives the ordinary hours (its start may follow the end).
       select m.candidate_id, a.at,
              max(q.conversion_weekly_hours)
                filter (where q.outcome = '${CONVERTED}' and q.conversion_start_date <= a.at) as job_hours,
              bool_or(q.outcome = '${CONVERTED}' and q.end_date <= a.at)
              or bool_or(q.type = 'ORDINARY_HOURS' and q.start_date <= a.at
                         and coalesce(q.end_date, a.at) >= a.at) as in_work
         from members m
        cross join unnest(array[?]::int[]) as k(months)
        cross join lateral (select (m.start_date + make_interval(months => k.months))::date as at) a
         join placement q on q.candidate_id = m.candidate_id
        where m.candidate_id in (
                select candidate_id from placement where outcome = '${CONVERTED}' or type = 'ORDINARY_HOURS')
        group by m.candidate_id, a.at
     ), measured as (
       select pt.cohort, pt.type, pt.months, pt.at <= ?::date as observable,
              coalesce(w.job_hours,
                       case when s.dates[h.i] > pt.at - ?::int then s.hours[h.i] end,
                       case when w.in_work then s.hours[h.i] end,
                       0) as hours,
              coalesce(w.in_work, false) as in_work
         from points pt
         left join series s on s.candidate_id = pt.candidate_id
        cross join lateral (select width_bucket(pt.at, s.dates) as i) h
         left join work w on w.candidate_id = pt.candidate_id and w.at = pt.at
     ), counted as (
       -- How many people at each number of hours, per cohort and for all cohorts (cohort and type null): counting in
       -- a hash instead of sorting every person, the medians come from these few rows.
       select cohort, type, months, observable, in_work, hours, count(*) as n
         from measured
        group by grouping sets ((cohort, type, months, observable, in_work, hours), (months, observable, in_work, hours))
     ), ranked as (
       -- The people with ordinary hours in order of hours: "upto" of them have at most these hours.
       select cohort, type, months, hours, sum(n) over (partition by cohort, type, months order by hours) as upto,
              sum(n) over (partition by cohort, type, months) as total
         from counted
        where observable and hours > 0
     ), medians as (
       -- percentile_cont(0.5) as PostgreSQL computes it: the values at rows floor and ceil of (n - 1) / 2 (from 0),
       -- and the first plus half their difference.
       select cohort, type, months,
              min(hours) filter (where upto > floor(0.5::float8 * (total - 1)::float8)) as low,
              min(hours) filter (where upto > ceil(0.5::float8 * (total - 1)::float8)) as high
         from ranked
        group by cohort, type, months
     )
     select to_char(c.cohort, 'YYYY-MM') as cohort, c.type, c.months,
            sum(c.n)::int as people,
            coalesce(sum(c.n) filter (where c.observable), 0)::int as observed,
            coalesce(sum(c.n) filter (where c.observable and c.hours > 0), 0)::int as with_hours,
            min(m.low + 0.5::float8 * (m.high - m.low)) as median_hours,
            coalesce(sum(c.n) filter (where c.observable and c.in_work), 0)::int as in_work
       from counted c
       left join medians m
         on m.cohort is not distinct from c.cohort and m.type is not distinct from c.type and m.months = c.months
      group by c.cohort, c.type, c.months
      order by c.cohort nulls first, c.type, c.months`,
      [...where[1], ...where[1], [...MILESTONE_MONTHS], [...MILESTONE_MONTHS], f.today, window],
    ],
    // Both count each company's placements first (from the covering index), then join the fewer companies.
    byCompany: [
      `select co.id, co.name, c.ended::int as ended, c.converted::int as converted
       from (select p.company_id, count(*) filter (where p.status = 'ENDED') as ended,
                    count(*) filter (where p.outcome = '${CONVERTED}') as converted
               from placement p
              where ${where[0]}
              group by p.company_id) c
       join company co on co.id = c.company_id
      where c.ended > 0
      order by c.ended desc, c.converted desc, co.name, co.id
      limit 25`,
      where[1],
    ],
    byConsultant: [
      `select u.id, u.name, coalesce(sum(c.ended), 0)::int as ended, coalesce(sum(c.converted), 0)::int as converted
       from app_user u
       left join company co on co.consultant_id = u.id
       left join (
         select p.company_id, count(*) filter (where p.status = 'ENDED') as ended,
                count(*) filter (where p.outcome = '${CONVERTED}') as converted
           from placement p
          where ${where[0]}
          group by p.company_id) c on c.company_id = co.id
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
