import { z } from 'zod';
import type { Config } from '../../config.js';
import { formatDate, formatNumber, LOCALES, type Locale, t, tIn } from '../../i18n/index.js';
import { todayInDenmark as today } from '../../shared/clock.js';
import type { ServiceContext } from '../../shared/context.js';
import { addDays, ageOn, compareDates } from '../../shared/dates.js';
import { badInput } from '../../shared/errors.js';
import { isoDate, parseInput, say } from '../../shared/validate.js';
import { auditReads } from '../audit/audit.service.js';
import { requireUser, viewerOf } from '../auth/scope.js';
import { Role, User } from '../auth/user.entity.js';
import { hourGoal, type ReadinessKey } from '../availability/availability.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { Company } from '../companies/company.entity.js';
import { CONTACT_LAST_ON_SQL, CONTACT_NEXT_ON_SQL } from '../companies/contact-due.js';
import { COMPANY_DIRECTED, Placement } from '../placements/placement.entity.js';
import { Alert, type AlertCandidate, AlertHistoryEntry, type AlertKind, type AlertSeverity } from './alert.types.js';
import { AlertAction, AlertActionStatus } from './alert-action.entity.js';
import {
  type AlertRulesConfig,
  alertId,
  type CandidateActivationState,
  type CompanyContactState,
  computeAlerts,
  type PlacementFollowUpState,
  type PlacementState,
  type Alert as RuleAlert,
} from './alert-rules.js';

/** The alert thresholds from the configured domain rules. */
export function alertRulesFrom(rules: Config['rules']): AlertRulesConfig {
  return {
    activationWarningWeeks: rules.activationWarningWeeks,
    activationBreachWeeks: rules.activationBreachWeeks,
    placementEndingDays: rules.placementEndingDays,
    progressionWindow: rules.progressionWindow,
    followUpIntervalDays: rules.followUpIntervalDays,
    ordinaryHoursGoal: rules.fullTimeHours,
  };
}

export const ALERTS_DEFAULT_FIRST = 50;
export const ALERTS_MAX_FIRST = 100;

/** A consultant or company sees a person's name only while the person consents (scope.ts, mayNamePerson). */
const NAMED = "c.consent_to_share and c.status <> 'ANONYMISED'";

const snoozeSchema = z.object({ until: isoDate('snoozeUntil') });
const handleSchema = z.object({
  note: z
    .string()
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, { error: say('workQueue.noteMissing') })
        .max(2000, {
          error: () => t('validation.tooLong', { label: t('fields.handledNote'), max: formatNumber(2000) }),
        }),
    ),
});

/** Company users see the alerts about their own placements' follow-ups and endings, nothing else. */
const COMPANY_KINDS: RuleAlert['kind'][] = ['FOLLOW_UP_OVERDUE', 'PLACEMENT_ENDING'];

/** What part of the data one caller's alerts cover; a null condition means "none of these". */
interface AlertScope {
  /** SQL condition on candidate `c` for the activation rule, with its parameters. */
  candidates: [string, unknown[]] | null;
  /** SQL condition on placement `p`, candidate `c`, company `co`. */
  placements: [string, unknown[]] | null;
  /** SQL condition on company `co` for the contact cadence. */
  companies: [string, unknown[]] | null;
  /** A consultant or company sees a person's first name only while the person consents (scope.ts, mayNamePerson). */
  namesNeedConsent?: boolean;
}

interface CandidateRow {
  id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  enrolled_on: string;
  rule_applies: boolean;
  has_active: boolean;
  last_ended: string | null;
}

interface PlacementRow {
  id: string;
  candidate_id: string;
  /** Null when the caller may not see the name (see AlertScope.namesNeedConsent); so are the two below. */
  first_name: string | null;
  last_name: string | null;
  birth_date: string | null;
  goal_weekly_hours: number | null;
  readiness: ReadinessKey;
  company_id: string;
  company_name: string;
  start_date: string;
  planned_end_date: string | null;
  has_next_step: boolean;
}

interface FollowUpRow {
  placement_id: string;
  date: string;
  ordinary_hours: number;
  next_follow_up_date: string | null;
}

interface CompanyRow {
  id: string;
  name: string;
  contact_cadence_days: number;
  last_contact_on: string | null;
  next_contact_on: string | null;
  created_on: string;
}

/** Alerts for the caller's caseload, portfolio or company, computed by the pure rules from PostgreSQL state. */
export class AlertService {
  constructor(private readonly ctx: ServiceContext) {}

  /**
   * The caller's work queue on `asOf` (default: today in Copenhagen), most urgent first, at most `first`:
   * handled alerts are gone, snoozed ones too until their date (unless `includeSnoozed`).
   */
  async list(
    first: number | null | undefined,
    asOf: string | null | undefined,
    includeSnoozed = false,
  ): Promise<Alert[]> {
    const user = requireUser(this.ctx.user);
    const limit = first ?? ALERTS_DEFAULT_FIRST;
    if (!Number.isInteger(limit) || limit < 1 || limit > ALERTS_MAX_FIRST) {
      throw badInput('first', t('validation.pageSize', { max: ALERTS_MAX_FIRST, value: String(limit).slice(0, 20) }));
    }
    const day = asOf ?? today();
    const [alerts, actions] = await Promise.all([this.compute(user, day), this.actionsOf(user)]);
    const open = alerts.filter((a) => {
      const done = actions.get(a.id);
      if (!done) return true;
      if (done.status === AlertActionStatus.HANDLED) return false;
      a.snoozedUntil = done.snoozedUntil;
      return includeSnoozed || !done.snoozedUntil || compareDates(done.snoozedUntil, day) <= 0;
    });
    const shown = open.slice(0, limit);
    // The people named (or pointed at) in the alerts are reads of a person: audit-logged.
    await auditReads(
      this.ctx.em,
      user,
      [...new Set(shown.flatMap((a) => (a.candidate ? [a.candidate.id] : [])))],
      'alerts',
    );
    return shown;
  }

  /** Hides an alert of the caller's queue until `until` (a day after `asOf`, at most a year ahead). */
  async snooze(id: string, until: string, asOf: string | null | undefined): Promise<Alert> {
    const user = requireUser(this.ctx.user);
    const day = asOf ?? today();
    const data = parseInput(snoozeSchema, { until });
    const problems = [];
    if (compareDates(data.until, day) <= 0) problems.push(t('workQueue.snoozePast', { today: formatDate(day) }));
    else if (compareDates(data.until, addDays(day, 366)) > 0) {
      problems.push(t('workQueue.snoozeTooLate', { max: formatDate(addDays(day, 366)) }));
    }
    if (problems[0]) throw badInput('until', problems[0]);
    const alert = await this.find(user, id, day);
    const messages = await this.messagesOf(user, alert, day);
    await this.ctx.em.transactional(async (em) => {
      const row = await this.actionRow(em, user, alert, messages);
      row.status = AlertActionStatus.SNOOZED;
      row.snoozedUntil = data.until;
    });
    return { ...alert, snoozedUntil: data.until };
  }

  /** Marks an alert handled with a note: it leaves the queue and stays in the history. */
  async handle(id: string, note: string, asOf: string | null | undefined): Promise<AlertHistoryEntry> {
    const user = requireUser(this.ctx.user);
    const day = asOf ?? today();
    const data = parseInput(handleSchema, { note });
    const alert = await this.find(user, id, day);
    const messages = await this.messagesOf(user, alert, day);
    await this.ctx.em.transactional(async (em) => {
      const row = await this.actionRow(em, user, alert, messages);
      row.status = AlertActionStatus.HANDLED;
      row.snoozedUntil = null;
      row.note = data.note;
      row.messages = messages;
    });
    const [entry] = (await this.history(1)).filter((h) => h.alertId === alert.id);
    if (!entry) throw badInput('id', t('workQueue.unknownAlert'));
    return entry;
  }

  /** The caller's snoozed and handled alerts, the latest first. */
  async history(first: number | null | undefined): Promise<AlertHistoryEntry[]> {
    const user = requireUser(this.ctx.user);
    const limit = first ?? ALERTS_DEFAULT_FIRST;
    if (!Number.isInteger(limit) || limit < 1 || limit > ALERTS_MAX_FIRST) {
      throw badInput('first', t('validation.pageSize', { max: ALERTS_MAX_FIRST, value: String(limit).slice(0, 20) }));
    }
    const rows = await this.ctx.em.find(
      AlertAction,
      { user: user.id },
      { orderBy: { updatedAt: 'desc', id: 'asc' }, limit, populate: ['candidate', 'company'] },
    );
    const restricted = user.role === Role.CONSULTANT || user.role === Role.COMPANY;
    const day = today();
    await auditReads(
      this.ctx.em,
      user,
      [...new Set(rows.flatMap((r) => (r.candidate ? [r.candidate.id] : [])))],
      'alertHistory',
    );
    return rows.map((r) => {
      const c = r.candidate?.getEntity() ?? null;
      // A consultant or company reads the stored text (it names the person) only while the person consents.
      const named = !c || !restricted || (c.consentToShare && c.status !== 'ANONYMISED');
      return {
        alertId: r.alertId,
        kind: r.kind as AlertKind,
        status: r.status,
        dueDate: r.dueDate,
        snoozedUntil: r.snoozedUntil,
        note: named ? r.note : '',
        message: named ? (r.messages[this.ctx.locale] ?? r.messages.da ?? '') : '',
        actedAt: r.updatedAt,
        candidate: c
          ? this.person(
              c.id,
              named ? { first: c.firstName, last: c.lastName, birthDate: c.birthDate } : null,
              restricted,
              day,
            )
          : null,
        company: r.company ? { id: r.company.id, name: r.company.getEntity().name } : null,
        placement: r.placement ? { id: r.placement.id } : null,
      };
    });
  }

  /** The alert `id` as the caller's rules compute it on `day` (handled or not); BAD_USER_INPUT when absent. */
  private async find(user: User, id: string, day: string): Promise<Alert> {
    const found = (await this.compute(user, day)).find((a) => a.id === id);
    if (!found) throw badInput('id', t('workQueue.unknownAlert'));
    const done = (await this.actionsOf(user)).get(id);
    if (done?.status === AlertActionStatus.HANDLED) {
      throw badInput('id', t('workQueue.alreadyHandled', { when: formatDate(done.updatedAt) }));
    }
    return found;
  }

  private async actionRow(
    em: ServiceContext['em'],
    user: User,
    alert: Alert,
    messages: Record<Locale, string>,
  ): Promise<AlertAction> {
    const existing = await em.findOne(AlertAction, { user: user.id, alertId: alert.id });
    if (existing) return existing;
    return em.create(AlertAction, {
      user: em.getReference(User, user.id),
      alertId: alert.id,
      kind: alert.kind,
      dueDate: alert.dueDate,
      status: AlertActionStatus.SNOOZED,
      messages,
      candidate: alert.candidate ? em.getReference(Candidate, alert.candidate.id) : null,
      company: alert.company ? em.getReference(Company, alert.company.id) : null,
      placement: alert.placement ? em.getReference(Placement, alert.placement.id) : null,
    });
  }

  /**
   * The alert's text in every language, as it reads on the day it was acted on: the history shows it in
   * the reader's language later, though the facts behind it (hours, dates) may since have changed.
   */
  private async messagesOf(user: User, alert: Alert, day: string): Promise<Record<Locale, string>> {
    const entries = await Promise.all(
      LOCALES.map(async (locale) => {
        if (locale === this.ctx.locale) return [locale, alert.message] as const;
        const same = (await this.compute(user, day, locale)).find((a) => a.id === alert.id);
        return [locale, same?.message ?? alert.message] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<Locale, string>;
  }

  private async actionsOf(user: User): Promise<Map<string, AlertAction>> {
    const rows = await this.ctx.em.find(AlertAction, { user: user.id });
    return new Map(rows.map((r) => [r.alertId, r]));
  }

  /**
   * How an alert names a person: the full name for those who hold the case (adviser, ADMIN), first
   * name + initial + age for a consultant or company, "en kandidat" when the name is withheld.
   */
  private person(
    id: string,
    who: { first: string; last: string; birthDate: string } | null,
    short: boolean,
    day: string,
    locale: Locale = this.ctx.locale,
  ): AlertCandidate {
    const unnamed = tIn(locale, 'alerts.unnamed');
    if (!who) return { id, firstName: unnamed, name: unnamed };
    if (!short) return { id, firstName: who.first, name: `${who.first} ${who.last}`.trim() };
    const initial = [...who.last.trim()][0] ?? '';
    const age = compareDates(day, who.birthDate) >= 0 ? ageOn(who.birthDate, day) : 0;
    const name = initial ? tIn(locale, 'alerts.personShort', { first: who.first, initial, age }) : who.first;
    return { id, firstName: who.first, name };
  }

  /** Every alert of the caller's scope on `day`, most urgent first, people named as the caller may see them. */
  private async compute(user: User, day: string, locale: Locale = this.ctx.locale): Promise<Alert[]> {
    const scope = await this.scope(user);
    const [candidates, placementRows] = await Promise.all([this.loadCandidates(scope), this.loadPlacements(scope)]);
    const companies = await this.loadCompanies(scope);
    const followUps = await this.loadFollowUps(placementRows.map((p) => p.id));
    const short = !!scope.namesNeedConsent;

    const people = new Map<string, AlertCandidate>();
    for (const c of candidates) {
      people.set(
        c.id,
        this.person(c.id, { first: c.first_name, last: c.last_name, birthDate: c.birth_date }, short, day, locale),
      );
    }
    for (const p of placementRows) {
      const who =
        p.first_name === null ? null : { first: p.first_name, last: p.last_name ?? '', birthDate: p.birth_date ?? day };
      people.set(p.candidate_id, this.person(p.candidate_id, who, short, day, locale));
    }
    const nameOf = (id: string) => people.get(id)?.name ?? tIn(locale, 'alerts.unnamed');

    const candidateStates: CandidateActivationState[] = candidates.map((c) => ({
      candidateId: c.id,
      name: nameOf(c.id),
      activationRuleApplies: c.rule_applies,
      hasActiveCompanyPlacement: c.has_active,
      lastCompanyPlacementEndedOn: c.last_ended,
      enrolledOn: c.enrolled_on,
    }));
    const placementStates: PlacementState[] = placementRows.map((p) => ({
      placementId: p.id,
      candidateId: p.candidate_id,
      candidateName: nameOf(p.candidate_id),
      companyId: p.company_id,
      companyName: p.company_name,
      active: true,
      startDate: p.start_date,
      plannedEndDate: p.planned_end_date,
      hasNextStep: p.has_next_step,
      followUps: followUps.get(p.id) ?? [],
      // The person's goal by readiness (activity-ready: 25) unless the adviser set one: a person at 25
      // ordinary hours toward a 25-hour goal has no stalled progression.
      ordinaryHoursGoal: hourGoal(
        p.readiness,
        p.goal_weekly_hours === null ? null : Number(p.goal_weekly_hours),
        this.ctx.config.rules,
      ),
    }));
    const companyStates: CompanyContactState[] = companies.map((c) => ({
      companyId: c.id,
      companyName: c.name,
      lastContactOn: c.last_contact_on,
      nextContactOn: c.next_contact_on,
      createdOn: c.created_on,
      cadenceDays: c.contact_cadence_days,
    }));

    let alerts = computeAlerts(
      { candidates: candidateStates, placements: placementStates, companies: companyStates },
      day,
      alertRulesFrom(this.ctx.config.rules),
      locale,
    );
    if (user.role === Role.COMPANY) alerts = alerts.filter((a) => COMPANY_KINDS.includes(a.kind));

    const companyNames = new Map<string, string>();
    for (const p of placementRows) companyNames.set(p.company_id, p.company_name);
    for (const c of companies) companyNames.set(c.id, c.name);

    return alerts.map((a) => ({
      id: alertId(a),
      kind: a.kind as AlertKind,
      severity: a.severity as AlertSeverity,
      dueDate: a.dueDate,
      message: a.message,
      snoozedUntil: null,
      candidate: a.candidateId
        ? (people.get(a.candidateId) ?? this.person(a.candidateId, null, short, day, locale))
        : null,
      company: a.companyId ? { id: a.companyId, name: companyNames.get(a.companyId) ?? '' } : null,
      placement: a.placementId ? { id: a.placementId } : null,
    }));
  }

  /**
   * ADVISER: the people it advises and their placements. CONSULTANT: the companies in its industries or
   * where it is the consultant, and their placements. COMPANY: its own placements. ADMIN: everything.
   */
  private async scope(user: User): Promise<AlertScope> {
    switch (user.role) {
      case Role.ADMIN:
        return { candidates: ['true', []], placements: ['true', []], companies: ['true', []] };
      case Role.ADVISER:
        return {
          candidates: ['c.adviser_id = ?', [user.id]],
          placements: ['c.adviser_id = ?', [user.id]],
          companies: null,
        };
      case Role.CONSULTANT: {
        const { portfolio: codes } = await viewerOf(user);
        const cond = '(co.industry_code = any(array[?]::text[]) or co.consultant_id = ?)';
        return {
          candidates: null,
          placements: [cond, [codes, user.id]],
          companies: [cond, [codes, user.id]],
          namesNeedConsent: true,
        };
      }
      default: {
        const companyId = user.company?.id;
        if (!companyId) return { candidates: null, placements: null, companies: null };
        return {
          candidates: null,
          placements: ['p.company_id = ?', [companyId]],
          companies: null,
          namesNeedConsent: true,
        };
      }
    }
  }

  private run<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.ctx.em.getConnection().execute<T[]>(sql, params as never[], 'all');
  }

  /** Active people the 6-week rule applies to (job-ready, integration programme), with their placement history. */
  private loadCandidates(scope: AlertScope): Promise<CandidateRow[]> {
    if (!scope.candidates) return Promise.resolve([]);
    const [cond, params] = scope.candidates;
    return this.run<CandidateRow>(
      `select c.id, c.first_name, c.last_name, c.birth_date::text as birth_date, c.enrolled_on::text as enrolled_on,
              (c.readiness = 'JOB_READY' and c.target_group = 'INTEGRATION_PROGRAMME') as rule_applies,
              exists (select 1 from placement p
                       where p.candidate_id = c.id and p.status = 'ACTIVE' and p.type = any(array[?]::text[])) as has_active,
              (select max(p.end_date)::text from placement p
                where p.candidate_id = c.id and p.status = 'ENDED' and p.type = any(array[?]::text[])) as last_ended
         from candidate c
        where c.status = 'ACTIVE' and c.readiness = 'JOB_READY' and c.target_group = 'INTEGRATION_PROGRAMME'
          and ${cond}`,
      [COMPANY_DIRECTED, COMPANY_DIRECTED, ...params],
    );
  }

  /**
   * Active placements in scope. A next step is in place when the person has another active placement
   * that started later, or an accepted proposal for another opening since this placement began.
   */
  private loadPlacements(scope: AlertScope): Promise<PlacementRow[]> {
    if (!scope.placements) return Promise.resolve([]);
    const [cond, params] = scope.placements;
    return this.run<PlacementRow>(
      `select p.id, p.candidate_id, ${
        scope.namesNeedConsent
          ? `case when ${NAMED} then c.first_name end as first_name, case when ${NAMED} then c.last_name end as last_name,
             case when ${NAMED} then c.birth_date::text end as birth_date`
          : 'c.first_name, c.last_name, c.birth_date::text as birth_date'
      }, c.goal_weekly_hours, c.readiness, p.company_id, co.name as company_name,
              p.start_date::text as start_date, p.planned_end_date::text as planned_end_date,
              (exists (select 1 from placement n
                        where n.candidate_id = p.candidate_id and n.id <> p.id and n.status = 'ACTIVE'
                          and n.start_date > p.start_date)
               or exists (select 1 from proposal pr
                           where pr.candidate_id = p.candidate_id and pr.status = 'ACCEPTED'
                             and pr.updated_at > p.created_at
                             and not (pr.task_id is not distinct from p.task_id
                                      and pr.igu_slot_id is not distinct from p.igu_slot_id))) as has_next_step
         from placement p
         join candidate c on c.id = p.candidate_id
         join company co on co.id = p.company_id
        where p.status = 'ACTIVE' and ${cond}`,
      params,
    );
  }

  /** The follow-ups the rules need: those on the latest `progressionWindow` dates of each placement. */
  private async loadFollowUps(placementIds: string[]): Promise<Map<string, PlacementFollowUpState[]>> {
    const byPlacement = new Map<string, PlacementFollowUpState[]>();
    if (!placementIds.length) return byPlacement;
    const window = Math.max(1, this.ctx.config.rules.progressionWindow);
    const rows = await this.run<FollowUpRow>(
      `select placement_id, date, ordinary_hours, next_follow_up_date
         from (select f.placement_id, f.date::text as date, f.ordinary_hours,
                      f.next_follow_up_date::text as next_follow_up_date, f.created_at,
                      dense_rank() over (partition by f.placement_id order by f.date desc) as r
                 from follow_up f
                where f.placement_id = any(array[?]::uuid[]) and f.superseded_by_id is null) x
        where r <= ?
        order by placement_id, date, created_at`,
      [placementIds, window],
    );
    for (const r of rows) {
      const list = byPlacement.get(r.placement_id) ?? [];
      list.push({ date: r.date, ordinaryHours: r.ordinary_hours, nextFollowUpDate: r.next_follow_up_date });
      byPlacement.set(r.placement_id, list);
    }
    return byPlacement;
  }

  /** Companies in scope with their last contact (the company's own mark or the contact log) as a Danish day. */
  private loadCompanies(scope: AlertScope): Promise<CompanyRow[]> {
    if (!scope.companies) return Promise.resolve([]);
    const [cond, params] = scope.companies;
    return this.run<CompanyRow>(
      `select co.id, co.name, co.contact_cadence_days,
              ${CONTACT_LAST_ON_SQL}::text as last_contact_on,
              ${CONTACT_NEXT_ON_SQL}::text as next_contact_on,
              (co.created_at at time zone 'Europe/Copenhagen')::date::text as created_on
         from company co
        where ${cond}`,
      params,
    );
  }
}
