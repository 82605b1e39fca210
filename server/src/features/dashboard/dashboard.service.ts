import { t } from '../../i18n/index.js';
import { todayInDenmark as today } from '../../shared/clock.js';
import type { ServiceContext } from '../../shared/context.js';
import { badInput, forbidden } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { assertDateOrder } from '../../shared/validate.js';
import { requireUser } from '../auth/scope.js';
import { Role } from '../auth/user.entity.js';
import { type LadderRules, stepOf } from '../ladder/ladder.js';
import { ladderStep } from '../ladder/ladder.service.js';
import type { LadderStep, LadderStepCount } from '../ladder/ladder.types.js';
import { COMPANY_DIRECTED, type PlacementType } from '../placements/placement.entity.js';
import type { DashboardFilter } from './dashboard.inputs.js';
import type { Dashboard } from './dashboard.types.js';

const CONVERTED = 'CONVERTED_TO_ORDINARY_HOURS';

/** A SQL fragment and its parameters (`?` placeholders). */
type Sql = [string, unknown[]];

const share = (part: number, total: number) => (total > 0 ? Math.round((part / total) * 10_000) / 10_000 : 0);

/**
 * The key figures, computed in PostgreSQL: placements, hours shares, conversions, IGU slots and
 * activation-gap breaches, for the whole municipality or one industry and/or consultant.
 * Aggregates only: no person is named, so ADMIN, CONSULTANT and ADVISER see the same figures.
 */
/** Counts per configured step, every step listed; a stored step the ladder no longer has counts as the first. */
function ladderCounts(
  rules: LadderRules,
  rows: { step: string | null; count: number }[],
  step: (key: string) => LadderStep,
): LadderStepCount[] {
  const counts = new Map(rules.steps.map((k) => [k, 0]));
  for (const r of rows) {
    const key = stepOf(rules, r.step);
    counts.set(key, (counts.get(key) ?? 0) + r.count);
  }
  return rules.steps.map((k) => ({ step: step(k), count: counts.get(k) ?? 0 }));
}

export class DashboardService {
  constructor(private readonly ctx: ServiceContext) {}

  private run<T>(sql: Sql): Promise<T[]> {
    return this.ctx.em.getConnection().execute<T[]>(sql[0], sql[1] as never[], 'all');
  }

  /** The dashboard for `filter`; FORBIDDEN for company users. */
  async get(filter: DashboardFilter | null | undefined): Promise<Dashboard> {
    const user = requireUser(this.ctx.user);
    if (user.role === Role.COMPANY) throw forbidden('dashboard');
    const rules = this.ctx.config.rules;
    const f = await this.checkFilter(filter);
    const company = this.companyCondition(f);
    const period = this.periodCondition(f);
    const filtered = f.industryCode !== null || f.consultantId !== null;

    const [byType, byIndustry, candidates, conversions, igu, breaches, byConsultant, ladder] = await Promise.all([
      this.run<{ type: PlacementType; count: number }>([
        `select p.type, count(*)::int as count
           from placement p join company co on co.id = p.company_id
          where p.status = 'ACTIVE' and ${company[0]}
          group by p.type order by count desc, p.type`,
        company[1],
      ]),
      this.run<{ industry_code: string; industry_name: string; industry_name_en: string | null; count: number }>([
        `select co.industry_code, i.name as industry_name, i.name_en as industry_name_en, count(*)::int as count
           from placement p
           join company co on co.id = p.company_id
           join industry i on i.code = co.industry_code
          where p.status = 'ACTIVE' and ${company[0]}
          group by co.industry_code, i.name, i.name_en order by count desc, co.industry_code`,
        company[1],
      ]),
      this.run<{ total: number; self_supporting: number; full_time: number }>([
        `select count(*)::int as total,
                (count(*) filter (where h.hours >= ?))::int as self_supporting,
                (count(*) filter (where h.hours >= ?))::int as full_time
           from candidate c
           -- The job of a conversion counts with its weekly hours from its start date (which may follow the end).
           cross join lateral (
                select greatest(c.current_ordinary_hours, coalesce(max(q.conversion_weekly_hours), 0)) as hours
                  from placement q
                 where q.candidate_id = c.id and q.outcome = '${CONVERTED}' and q.conversion_start_date <= ?::date) h
          where c.status = 'ACTIVE'
            ${
              filtered
                ? `and exists (select 1 from placement p join company co on co.id = p.company_id
                                where p.candidate_id = c.id and p.status = 'ACTIVE' and ${company[0]})`
                : ''
            }`,
        [rules.selfSupportingHours, rules.fullTimeHours, today(), ...(filtered ? company[1] : [])],
      ]),
      this.run<{ month: string; count: number }>([
        `select to_char(p.end_date, 'YYYY-MM') as month, count(*)::int as count
           from placement p join company co on co.id = p.company_id
          where p.status = 'ENDED' and p.outcome = '${CONVERTED}' and ${company[0]} and ${period[0]}
          group by 1 order by 1`,
        [...company[1], ...period[1]],
      ]),
      this.run<{ sector: 'PUBLIC' | 'PRIVATE'; openings: number }>([
        `select co.sector, coalesce(sum(s.openings), 0)::int as openings
           from igu_slot s join company co on co.id = s.company_id
          where s.status <> 'CLOSED' and ${company[0]}
          group by co.sector`,
        company[1],
      ]),
      this.run<{ count: number }>([
        `select count(*)::int as count
           from candidate c
           left join lateral (
                select p.end_date, p.company_id from placement p
                 where p.candidate_id = c.id and p.status = 'ENDED' and p.type = any(array[?]::text[])
                 order by p.end_date desc, p.created_at desc limit 1) last on true
           left join company co on co.id = last.company_id
          where c.status = 'ACTIVE' and c.readiness = 'JOB_READY' and c.target_group = 'INTEGRATION_PROGRAMME'
            and not exists (select 1 from placement a
                             where a.candidate_id = c.id and a.status = 'ACTIVE' and a.type = any(array[?]::text[]))
            and greatest(c.enrolled_on, coalesce(last.end_date, c.enrolled_on)) + ?::int * 7 <= ?::date
            ${filtered ? `and ${company[0]}` : ''}`,
        [COMPANY_DIRECTED, COMPANY_DIRECTED, rules.activationBreachWeeks, today(), ...(filtered ? company[1] : [])],
      ]),
      this.run<{ id: string; name: string; active_placements: number; conversions: number }>([
        `select u.id, u.name,
                (count(p.id) filter (where p.status = 'ACTIVE'))::int as active_placements,
                (count(p.id) filter (where p.status = 'ENDED' and p.outcome = '${CONVERTED}' and ${period[0]}))::int
                  as conversions
           from app_user u
           left join company co on co.consultant_id = u.id and ${company[0]}
           left join placement p on p.company_id = co.id
          where u.role = 'CONSULTANT' and u.active ${f.consultantId ? 'and u.id = ?' : ''}
          group by u.id, u.name order by u.name, u.id`,
        [...period[1], ...company[1], ...(f.consultantId ? [f.consultantId] : [])],
      ]),
      // The same people as candidatesActive, by their step on the progression ladder (null: the first step).
      this.run<{ step: string | null; count: number }>([
        `select c.ladder_step as step, count(*)::int as count
           from candidate c
          where c.status = 'ACTIVE'
            ${
              filtered
                ? `and exists (select 1 from placement p join company co on co.id = p.company_id
                                where p.candidate_id = c.id and p.status = 'ACTIVE' and ${company[0]})`
                : ''
            }
          group by c.ladder_step`,
        filtered ? company[1] : [],
      ]),
    ]);

    const c = candidates[0] ?? { total: 0, self_supporting: 0, full_time: 0 };
    return {
      activePlacements: byType.reduce((s, r) => s + r.count, 0),
      placementsByType: byType.map((r) => ({ type: r.type, count: r.count })),
      placementsByIndustry: byIndustry.map((r) => ({
        industryCode: r.industry_code,
        industryName: r.industry_name,
        industryNameEn: r.industry_name_en,
        count: r.count,
      })),
      candidatesActive: c.total,
      shareAtLeast18_5OrdinaryHours: share(c.self_supporting, c.total),
      shareAt37OrdinaryHours: share(c.full_time, c.total),
      ladder: ladderCounts(rules.ladder, ladder, (key) => ladderStep(rules.ladder, key)),
      conversionsToOrdinaryHours: conversions.reduce((s, r) => s + r.count, 0),
      conversionsByMonth: conversions,
      iguSlotsPublic: igu.find((r) => r.sector === 'PUBLIC')?.openings ?? 0,
      iguSlotsPrivate: igu.find((r) => r.sector === 'PRIVATE')?.openings ?? 0,
      activationGapBreaches: breaches[0]?.count ?? 0,
      byConsultant: byConsultant.map((r) => ({
        consultant: { id: r.id, name: r.name },
        activePlacements: r.active_placements,
        conversions: r.conversions,
      })),
    };
  }

  /** Validates the filter: a known industry, a consultant id, and a period in order. */
  private async checkFilter(filter: DashboardFilter | null | undefined) {
    const industryCode = filter?.industryCode?.trim().toUpperCase() || null;
    const consultantId = filter?.consultantId || null;
    const from = filter?.from ?? null;
    const to = filter?.to ?? null;
    if (industryCode) {
      const rows = await this.run<{ code: string }>([
        'select code from industry where upper(code) = ?',
        [industryCode],
      ]);
      if (!rows.length) {
        throw badInput('filter.industryCode', t('industries.noSuch', { code: industryCode }));
      }
    }
    if (consultantId && !isUuid(consultantId)) {
      throw badInput('filter.consultantId', t('validation.invalidId', { id: consultantId.slice(0, 40) }));
    }
    assertDateOrder('filter.from', from, 'filter.to', to);
    return { industryCode, consultantId, from, to };
  }

  /** Condition on company `co`: its industry (a division, or every division of a section) and consultant. */
  private companyCondition(f: { industryCode: string | null; consultantId: string | null }): Sql {
    const parts: string[] = ['true'];
    const params: unknown[] = [];
    if (f.industryCode) {
      parts.push('co.industry_code in (select i.code from industry i where upper(i.code) = ? or upper(i.section) = ?)');
      params.push(f.industryCode, f.industryCode);
    }
    if (f.consultantId) {
      parts.push('co.consultant_id = ?');
      params.push(f.consultantId);
    }
    return [`(${parts.join(' and ')})`, params];
  }

  /** Condition on placement `p`: its end date within the period. */
  private periodCondition(f: { from: string | null; to: string | null }): Sql {
    const parts: string[] = ['true'];
    const params: unknown[] = [];
    if (f.from) {
      parts.push('p.end_date >= ?::date');
      params.push(f.from);
    }
    if (f.to) {
      parts.push('p.end_date <= ?::date');
      params.push(f.to);
    }
    return [`(${parts.join(' and ')})`, params];
  }
}
