/**
 * Alert rules: pure functions from a snapshot of state plus `today`
 * ('YYYY-MM-DD') to alerts. No I/O, no clock. Every number lives in
 * `AlertRulesConfig` so local practice or law changes are configuration.
 *
 * Rules (see /work/shared/domain.md):
 * - ACTIVATION_GAP: job-ready people in the integration programme must have a
 *   company-directed offer with at most 6 weeks between offers. WARNING from
 *   4 weeks without one, CRITICAL from the day the 6 weeks are reached.
 * - FOLLOW_UP_OVERDUE: an active placement whose next follow-up is past due.
 * - PLACEMENT_ENDING: an active placement ends soon (or its planned end has
 *   passed) and no next step is in place.
 * - PROGRESSION_STALLED: ordinary hours have not risen over the last follow-ups.
 * - COMPANY_CONTACT_DUE: a partner company has not been contacted within its
 *   contact cadence.
 */
import { formatDate, formatNumber, tIn } from '../../i18n/index.js';
import { addDays, compareDates, daysBetween, maxDate } from '../../shared/dates.js';

export type AlertKind =
  | 'ACTIVATION_GAP'
  | 'FOLLOW_UP_OVERDUE'
  | 'PLACEMENT_ENDING'
  | 'PROGRESSION_STALLED'
  | 'COMPANY_CONTACT_DUE';
export type AlertSeverity = 'INFO' | 'WARNING' | 'CRITICAL';
export type Locale = 'da' | 'en';

export interface AlertRulesConfig {
  /** Weeks without a company-directed offer before a WARNING. Default 4. */
  activationWarningWeeks: number;
  /** Weeks without a company-directed offer that breach the rule (CRITICAL). Default 6. */
  activationBreachWeeks: number;
  /** Warn this many days (inclusive) before a placement's planned end. Default 14. */
  placementEndingDays: number;
  /** Number of most recent follow-ups compared for progression. Default 3. */
  progressionWindow: number;
  /** When no next follow-up date was set, a follow-up is due this long after the last one (or the start). Default 14. */
  followUpIntervalDays: number;
  /** A follow-up overdue by more than this many days is CRITICAL. Default 14. */
  followUpCriticalOverdueDays?: number;
  /** Ordinary weekly hours at or above this are the goal reached: no progression alert. Default 37. */
  ordinaryHoursGoal?: number;
}

export const DEFAULT_ALERT_RULES: AlertRulesConfig = Object.freeze({
  activationWarningWeeks: 4,
  activationBreachWeeks: 6,
  placementEndingDays: 14,
  progressionWindow: 3,
  followUpIntervalDays: 14,
  followUpCriticalOverdueDays: 14,
  ordinaryHoursGoal: 37,
});

const DEFAULT_FOLLOW_UP_CRITICAL_OVERDUE_DAYS = 14;
const DEFAULT_ORDINARY_HOURS_GOAL = 37;

/**
 * An alert's stable name: its kind, what it is about and its due date. A new due date (the next
 * follow-up, a later contact) is a new alert, so snoozing or handling one never hides the next.
 */
export function alertId(a: Pick<Alert, 'kind' | 'placementId' | 'candidateId' | 'companyId' | 'dueDate'>): string {
  return `${a.kind}:${a.placementId ?? a.candidateId ?? a.companyId ?? '-'}:${a.dueDate}`;
}

export interface Alert {
  kind: AlertKind;
  severity: AlertSeverity;
  /** The date the problem becomes (or became) due; see each rule. */
  dueDate: string;
  candidateId: string | null;
  companyId: string | null;
  placementId: string | null;
  message: string;
}

export interface CandidateActivationState {
  candidateId: string;
  name: string;
  /** Job-ready AND in the integration programme. */
  activationRuleApplies: boolean;
  hasActiveCompanyPlacement: boolean;
  lastCompanyPlacementEndedOn: string | null;
  /** When the person entered the caseload: the gap counts from here when there was never a placement. */
  enrolledOn: string;
}

export interface PlacementFollowUpState {
  date: string;
  /** Ordinary (unsubsidised) paid hours per week reported at this follow-up. */
  ordinaryHours: number;
  nextFollowUpDate: string | null;
}

export interface PlacementState {
  placementId: string;
  candidateId: string;
  candidateName: string;
  companyId: string;
  companyName: string;
  active: boolean;
  startDate: string;
  plannedEndDate: string | null;
  /** An accepted proposal, a planned next placement or an outcome already decided. */
  hasNextStep: boolean;
  /** Any order. */
  followUps: PlacementFollowUpState[];
  /** The person's own weekly hours goal, when known; overrides `ordinaryHoursGoal`. */
  ordinaryHoursGoal?: number | null;
}

export interface CompanyContactState {
  companyId: string;
  companyName: string;
  lastContactOn: string | null;
  createdOn: string;
  /** Contact at least every this many days (e.g. 21). Zero or less means no cadence: never alerts. */
  cadenceDays: number;
  /** The next contact agreed at the last contact, when one was: then it is the due date. */
  nextContactOn?: string | null;
}

// ---------------------------------------------------------------------------
// Wording: the catalogue (server/src/i18n) in the reader's language, dates and numbers formatted for it

const days = (n: number, locale: Locale) => tIn(locale, 'alerts.days', { count: n });
const weeks = (n: number, locale: Locale) => tIn(locale, 'alerts.weeks', { count: n });
const hours = (n: number, locale: Locale) => {
  const rounded = Math.round(n * 100) / 100;
  return tIn(locale, 'alerts.hours', { count: rounded === 1 ? 1 : 2, hours: formatNumber(rounded, locale, 2) });
};
const date = (d: string, locale: Locale) => formatDate(d, locale);

// ---------------------------------------------------------------------------
// ACTIVATION_GAP

/**
 * The gap counts from the later of the last company placement's end and the
 * enrolment date (a gap cannot start before the person joined the caseload).
 * WARNING from `activationWarningWeeks` (day 28 by default), CRITICAL from the
 * breach day `activationBreachWeeks` after the start of the gap (day 42, which
 * is also the `dueDate`). No alert while a company placement is active or when
 * the rule does not apply to the person.
 */
export function activationGapAlert(
  s: CandidateActivationState,
  today: string,
  cfg: AlertRulesConfig = DEFAULT_ALERT_RULES,
  locale: Locale = 'da',
): Alert | null {
  if (!s.activationRuleApplies || s.hasActiveCompanyPlacement) return null;
  const gapStart =
    s.lastCompanyPlacementEndedOn === null ? s.enrolledOn : maxDate(s.lastCompanyPlacementEndedOn, s.enrolledOn);
  // Never placed, or the last placement ended before this enrolment.
  const sinceEnrolment =
    s.lastCompanyPlacementEndedOn === null || compareDates(s.lastCompanyPlacementEndedOn, s.enrolledOn) < 0;
  const gapDays = daysBetween(gapStart, today);
  if (gapDays < cfg.activationWarningWeeks * 7) return null;

  const breachDate = addDays(gapStart, cfg.activationBreachWeeks * 7);
  const breached = compareDates(today, breachDate) >= 0;
  const gapWeeks = Math.floor(gapDays / 7);
  const limit = cfg.activationBreachWeeks;

  const deadlineKey = breached
    ? compareDates(today, breachDate) === 0
      ? 'alerts.activationToday'
      : 'alerts.activationPassed'
    : 'alerts.activationAhead';
  const message = tIn(locale, 'alerts.activationGap', {
    name: s.name,
    weeks: weeks(gapWeeks, locale),
    since: sinceEnrolment ? tIn(locale, 'alerts.sinceEnrolment') : '',
    deadline: tIn(locale, deadlineKey, { count: limit, date: date(breachDate, locale) }),
  });

  return {
    kind: 'ACTIVATION_GAP',
    severity: breached ? 'CRITICAL' : 'WARNING',
    dueDate: breachDate,
    candidateId: s.candidateId,
    companyId: null,
    placementId: null,
    message,
  };
}

// ---------------------------------------------------------------------------
// FOLLOW_UP_OVERDUE

/**
 * The latest follow-up by date; among several on the same date the one with
 * the latest `nextFollowUpDate` wins (a set date beats none), so the result
 * does not depend on input order.
 */
function latestFollowUp(followUps: readonly PlacementFollowUpState[]): PlacementFollowUpState | null {
  let latest: PlacementFollowUpState | null = null;
  for (const f of followUps) {
    if (latest === null) {
      latest = f;
      continue;
    }
    const byDate = compareDates(f.date, latest.date);
    if (byDate > 0) latest = f;
    else if (byDate === 0 && f.nextFollowUpDate !== null) {
      if (latest.nextFollowUpDate === null || compareDates(f.nextFollowUpDate, latest.nextFollowUpDate) > 0) latest = f;
    }
  }
  return latest;
}

/** When the next follow-up on a placement is due (independent of `active`). */
export function followUpDueDate(p: PlacementState, cfg: AlertRulesConfig = DEFAULT_ALERT_RULES): string {
  const latest = latestFollowUp(p.followUps);
  if (latest?.nextFollowUpDate) return latest.nextFollowUpDate;
  return addDays(latest?.date ?? p.startDate, cfg.followUpIntervalDays);
}

/**
 * Active placements only. Due = the latest follow-up's `nextFollowUpDate`,
 * else (latest follow-up date, or the start date) + `followUpIntervalDays`.
 * Overdue when today is after the due date (due today is not overdue).
 * WARNING, CRITICAL when more than `followUpCriticalOverdueDays` (14) overdue.
 */
export function followUpOverdueAlert(
  p: PlacementState,
  today: string,
  cfg: AlertRulesConfig = DEFAULT_ALERT_RULES,
  locale: Locale = 'da',
): Alert | null {
  if (!p.active) return null;
  const due = followUpDueDate(p, cfg);
  const overdue = daysBetween(due, today);
  if (overdue <= 0) return null;
  const critical = overdue > (cfg.followUpCriticalOverdueDays ?? DEFAULT_FOLLOW_UP_CRITICAL_OVERDUE_DAYS);
  const none = p.followUps.length === 0;

  const message = tIn(locale, none ? 'alerts.followUpNone' : 'alerts.followUpLate', {
    name: p.candidateName,
    company: p.companyName,
    due: date(due, locale),
    days: days(overdue, locale),
  });

  return {
    kind: 'FOLLOW_UP_OVERDUE',
    severity: critical ? 'CRITICAL' : 'WARNING',
    dueDate: due,
    candidateId: p.candidateId,
    companyId: p.companyId,
    placementId: p.placementId,
    message,
  };
}

// ---------------------------------------------------------------------------
// PLACEMENT_ENDING

/**
 * Active placement with a planned end date, no next step in place, and the
 * planned end at most `placementEndingDays` days away (inclusive: ending in
 * exactly 14 days alerts, in 15 does not). WARNING while the end is today or
 * later; CRITICAL when the planned end has passed but the placement is still
 * active without a next step (it keeps alerting until someone acts).
 * `dueDate` is the planned end date.
 */
export function placementEndingAlert(
  p: PlacementState,
  today: string,
  cfg: AlertRulesConfig = DEFAULT_ALERT_RULES,
  locale: Locale = 'da',
): Alert | null {
  if (!p.active || p.hasNextStep || p.plannedEndDate === null) return null;
  const end = p.plannedEndDate;
  const left = daysBetween(today, end);
  if (left > cfg.placementEndingDays) return null;

  const message = tIn(
    locale,
    left > 0 ? 'alerts.endingAhead' : left === 0 ? 'alerts.endingToday' : 'alerts.endingPassed',
    {
      name: p.candidateName,
      company: p.companyName,
      end: date(end, locale),
      days: days(Math.abs(left), locale),
    },
  );

  return {
    kind: 'PLACEMENT_ENDING',
    severity: left < 0 ? 'CRITICAL' : 'WARNING',
    dueDate: end,
    candidateId: p.candidateId,
    companyId: p.companyId,
    placementId: p.placementId,
    message,
  };
}

// ---------------------------------------------------------------------------
// PROGRESSION_STALLED

/**
 * Active placement with at least `progressionWindow` follow-ups. Takes the last
 * `progressionWindow` follow-ups by date (ties keep input order) and compares
 * the ordinary hours of the last with the first of that window: stalled when
 * the last is not higher. Flat → INFO, falling → WARNING. No alert once the
 * person's hours goal (placement's `ordinaryHoursGoal`, else the config's, 37)
 * is reached. `dueDate` is the date of the latest follow-up.
 */
export function progressionStalledAlert(
  p: PlacementState,
  cfg: AlertRulesConfig = DEFAULT_ALERT_RULES,
  locale: Locale = 'da',
): Alert | null {
  const n = cfg.progressionWindow;
  if (!p.active || n < 2 || p.followUps.length < n) return null;
  const sorted = [...p.followUps].sort((a, b) => compareDates(a.date, b.date));
  const window = sorted.slice(-n);
  const first = window[0];
  const last = window[window.length - 1];
  if (first === undefined || last === undefined) return null;
  const goal = p.ordinaryHoursGoal ?? cfg.ordinaryHoursGoal ?? DEFAULT_ORDINARY_HOURS_GOAL;
  if (last.ordinaryHours > first.ordinaryHours || last.ordinaryHours >= goal) return null;
  const falling = last.ordinaryHours < first.ordinaryHours;

  const message = tIn(locale, falling ? 'alerts.stalledFalling' : 'alerts.stalledFlat', {
    name: p.candidateName,
    company: p.companyName,
    count: n,
    from: hours(first.ordinaryHours, locale),
    to: hours(last.ordinaryHours, locale),
  });

  return {
    kind: 'PROGRESSION_STALLED',
    severity: falling ? 'WARNING' : 'INFO',
    dueDate: last.date,
    candidateId: p.candidateId,
    companyId: p.companyId,
    placementId: p.placementId,
    message,
  };
}

// ---------------------------------------------------------------------------
// COMPANY_CONTACT_DUE

/** When the next contact with a company is due: the date agreed at the last contact, else the cadence. */
export function companyContactDueDate(c: CompanyContactState): string {
  return c.nextContactOn ?? addDays(c.lastContactOn ?? c.createdOn, c.cadenceDays);
}

/**
 * Due = the next contact agreed at the last contact when set, else (last contact, or the date the
 * company was created) + `cadenceDays`. Alert when today is after the due date (due today is not yet
 * overdue). WARNING; CRITICAL when overdue by more than another full cadence.
 */
export function companyContactDueAlert(c: CompanyContactState, today: string, locale: Locale = 'da'): Alert | null {
  if (!(c.cadenceDays > 0)) return null;
  const from = c.lastContactOn ?? c.createdOn;
  const due = companyContactDueDate(c);
  const overdue = daysBetween(due, today);
  if (overdue <= 0) return null;
  const since = daysBetween(from, today);

  const key =
    c.nextContactOn && c.lastContactOn
      ? 'alerts.contactAgreed'
      : c.lastContactOn === null
        ? 'alerts.contactNever'
        : 'alerts.contactLate';
  const message = tIn(locale, key, {
    company: c.companyName,
    days: days(key === 'alerts.contactAgreed' ? overdue : since, locale),
    cadence: c.cadenceDays,
    due: date(due, locale),
    last: c.lastContactOn ? date(c.lastContactOn, locale) : '',
  });

  return {
    kind: 'COMPANY_CONTACT_DUE',
    severity: overdue > c.cadenceDays ? 'CRITICAL' : 'WARNING',
    dueDate: due,
    candidateId: null,
    companyId: c.companyId,
    placementId: null,
    message,
  };
}

// ---------------------------------------------------------------------------
// All alerts

const SEVERITY_RANK: Record<AlertSeverity, number> = { CRITICAL: 0, WARNING: 1, INFO: 2 };
const KIND_RANK: Record<AlertKind, number> = {
  ACTIVATION_GAP: 0,
  FOLLOW_UP_OVERDUE: 1,
  PLACEMENT_ENDING: 2,
  PROGRESSION_STALLED: 3,
  COMPANY_CONTACT_DUE: 4,
};

/** Code-unit string order (locale-independent); null sorts first. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * Deterministic order: severity (CRITICAL, WARNING, INFO), then dueDate
 * ascending, then kind (in the order of `AlertKind`), then candidateId,
 * companyId, placementId, and finally the message text.
 */
export function compareAlerts(a: Alert, b: Alert): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareDates(a.dueDate, b.dueDate) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    compareNullable(a.candidateId, b.candidateId) ||
    compareNullable(a.companyId, b.companyId) ||
    compareNullable(a.placementId, b.placementId) ||
    compareNullable(a.message, b.message)
  );
}

export function computeAlerts(
  input: { candidates: CandidateActivationState[]; placements: PlacementState[]; companies: CompanyContactState[] },
  today: string,
  cfg: AlertRulesConfig = DEFAULT_ALERT_RULES,
  locale: Locale = 'da',
): Alert[] {
  const alerts: Alert[] = [];
  const push = (a: Alert | null) => {
    if (a) alerts.push(a);
  };
  for (const c of input.candidates) push(activationGapAlert(c, today, cfg, locale));
  for (const p of input.placements) {
    push(followUpOverdueAlert(p, today, cfg, locale));
    push(placementEndingAlert(p, today, cfg, locale));
    push(progressionStalledAlert(p, cfg, locale));
  }
  for (const c of input.companies) push(companyContactDueAlert(c, today, locale));
  return alerts.sort(compareAlerts);
}
