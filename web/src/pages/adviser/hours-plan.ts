/**
 * The hours plan of a placement: steps "from placement week N on, H hours a week, of which O ordinary".
 * Pure rules (mirroring the server's) so errors stand next to the row they are about.
 */

export const MAX_WEEKLY_HOURS = 37;

export interface PlanRow {
  key: string;
  fromWeek: number | string;
  weeklyHours: number | string;
  ordinaryHours: number | string;
}

export type PlanField = 'fromWeek' | 'weeklyHours' | 'ordinaryHours';

/** A problem as an i18n key (under adviser.start) with its values. */
export interface PlanMessage {
  key: string;
  values?: Record<string, string | number>;
}

export interface PlanCheck {
  /** 'hoursPlan.<row>.<field>' → message */
  errors: Record<string, PlanMessage>;
  /** row → warning (hours falling): allowed, but worth a second look */
  warnings: Record<number, PlanMessage>;
}

const num = (v: number | string): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v.trim() === '') return null;
  const n = Number(v.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
};

const isHalf = (n: number) => Math.round(n * 2) === n * 2;

export const planPath = (row: number, field: PlanField) => `hoursPlan.${row}.${field}`;

export function checkPlan(rows: PlanRow[]): PlanCheck {
  const errors: Record<string, PlanMessage> = {};
  const warnings: Record<number, PlanMessage> = {};
  rows.forEach((r, i) => {
    const from = num(r.fromWeek);
    const hours = num(r.weeklyHours);
    const ordinary = num(r.ordinaryHours);
    if (from === null) errors[planPath(i, 'fromWeek')] = { key: 'errRequired' };
    else if (i === 0 && from !== 1) errors[planPath(i, 'fromWeek')] = { key: 'errFirstWeek' };
    else if (i > 0) {
      const prev = num(rows[i - 1]!.fromWeek);
      if (prev !== null && (from <= prev || !Number.isInteger(from)))
        errors[planPath(i, 'fromWeek')] = { key: 'errRising', values: { prev } };
    }
    if (hours === null) errors[planPath(i, 'weeklyHours')] = { key: 'errRequired' };
    else if (hours <= 0 || hours > MAX_WEEKLY_HOURS) errors[planPath(i, 'weeklyHours')] = { key: 'errHours' };
    else if (!isHalf(hours)) errors[planPath(i, 'weeklyHours')] = { key: 'errHalf' };
    if (ordinary === null) errors[planPath(i, 'ordinaryHours')] = { key: 'errRequired' };
    else if (ordinary < 0 || !isHalf(ordinary)) errors[planPath(i, 'ordinaryHours')] = { key: 'errHalf' };
    else if (hours !== null && ordinary > hours)
      errors[planPath(i, 'ordinaryHours')] = { key: 'errOrdinary', values: { hours } };
    if (i > 0 && hours !== null) {
      const prevHours = num(rows[i - 1]!.weeklyHours);
      if (prevHours !== null && hours < prevHours) warnings[i] = { key: 'warnFalling' };
    }
  });
  return { errors, warnings };
}

/**
 * Where a server error about the plan belongs. The API names the field without the row
 * ("hoursPlan.fromWeek"), so the row comes from the message ("Step 2 …", "… from week 5")
 * or from the client rules; failing both, the error stands under the plan as a whole.
 */
export function serverPlanErrorPath(field: string, message: string, rows: PlanRow[]): string {
  const indexed = /^hoursPlan\.(\d+)\.(fromWeek|weeklyHours|ordinaryHours)$/.exec(field);
  if (indexed) return field;
  const sub = /^hoursPlan\.(fromWeek|weeklyHours|ordinaryHours)$/.exec(field)?.[1] as PlanField | undefined;
  if (!sub) return 'hoursPlan';
  const step = /\bStep (\d+)\b/i.exec(message);
  if (step && Number(step[1]) >= 1 && Number(step[1]) <= rows.length) return planPath(Number(step[1]) - 1, sub);
  if (/must start in week 1/i.test(message)) return planPath(0, sub);
  const fromWeek = /from week (\d+)/i.exec(message);
  if (fromWeek) {
    const row = rows.findIndex((r) => num(r.fromWeek) === Number(fromWeek[1]));
    if (row >= 0) return planPath(row, sub);
  }
  const { errors } = checkPlan(rows);
  const row = rows.findIndex((_, i) => errors[planPath(i, sub)]);
  return row >= 0 ? planPath(row, sub) : 'hoursPlan';
}

/** The plan for the API: numbers, steps in the order given. */
export function toPlanInput(rows: PlanRow[]) {
  return rows.map((r) => ({
    fromWeek: num(r.fromWeek) ?? 0,
    weeklyHours: num(r.weeklyHours) ?? 0,
    ordinaryHours: num(r.ordinaryHours) ?? 0,
  }));
}

/** A sensible next step: four weeks later, five more hours (at most 37), the same ordinary hours. */
export function nextStep(rows: PlanRow[], key: string): PlanRow {
  const last = rows.at(-1);
  if (!last) return { key, fromWeek: 1, weeklyHours: 10, ordinaryHours: 0 };
  const from = num(last.fromWeek) ?? rows.length;
  const hours = num(last.weeklyHours) ?? 10;
  return {
    key,
    fromWeek: from + 4,
    weeklyHours: Math.min(MAX_WEEKLY_HOURS, hours + 5),
    ordinaryHours: num(last.ordinaryHours) ?? 0,
  };
}
