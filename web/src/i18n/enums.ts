/**
 * The portal's words for the API's enums, each said once for every workspace (issue 14.3): a
 * Danish level, a status or a point on a scale reads the same for the adviser, the consultant and
 * the company. Read them with `enumLabel(t, 'danishLevel', level)`; never copy a group elsewhere.
 */
export const enumsDa = {
  danishLevel: {
    NONE: 'Intet dansk',
    A1: 'A1 – begynder',
    A2: 'A2 – let øvet',
    B1: 'B1 – mellem',
    B2: 'B2 – øvet',
    C1: 'C1 – avanceret',
    C2: 'C2 – flydende',
  },
  readiness: { JOB_READY: 'Jobparat', ACTIVITY_READY: 'Aktivitetsparat', EDUCATION_READY: 'Uddannelsesparat' },
  /** A follow-up's progress, 1–5: the adviser's and the company's forms use the same scale. */
  progress: {
    '1': '1 – Bekymrende',
    '2': '2 – Svag',
    '3': '3 – Som forventet',
    '4': '4 – God',
    '5': '5 – Fremragende',
  },
  taskStatus: { DRAFT: 'Kladde', OPEN: 'Åben', IN_PROGRESS: 'I gang', SOLVED: 'Løst', CLOSED: 'Lukket' },
  iguStatus: { OPEN: 'Åben', FILLED: 'Besat', CLOSED: 'Lukket' },
  proposalStatus: {
    SUGGESTED: 'På kortlisten',
    PROPOSED: 'Sendt',
    ACCEPTED: 'Accepteret',
    DECLINED: 'Afvist',
    WITHDRAWN: 'Trukket tilbage',
  },
  placementType: {
    INTERNSHIP: 'Virksomhedspraktik',
    WAGE_SUBSIDY: 'Løntilskud',
    SMALL_JOB: 'Småjob',
    ORDINARY_HOURS: 'Ordinære timer',
    APPRENTICESHIP: 'Elevstilling',
    IGU: 'IGU',
  },
  placementStatus: {
    DRAFT: 'Udkast til aftale',
    ACTIVE: 'Aktivt',
    ENDED: 'Afsluttet',
    WITHDRAWN: 'Trukket tilbage',
    REFUSED: 'Afvist af virksomheden',
  },
  evidence: {
    SELF_REPORTED: 'Egen oplysning',
    OBSERVED_IN_PLACEMENT: 'Set i praktik',
    CERTIFIED: 'Dokumenteret',
  },
  schedule: { DAY: 'Dag', EVENING: 'Aften', NIGHT: 'Nat', WEEKEND: 'Weekend' },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const enumsEn: Shape<typeof enumsDa> = {
  danishLevel: {
    NONE: 'No Danish',
    A1: 'A1 – beginner',
    A2: 'A2 – elementary',
    B1: 'B1 – intermediate',
    B2: 'B2 – upper intermediate',
    C1: 'C1 – advanced',
    C2: 'C2 – fluent',
  },
  readiness: { JOB_READY: 'Job-ready', ACTIVITY_READY: 'Activity-ready', EDUCATION_READY: 'Education-ready' },
  progress: {
    '1': '1 – Worrying',
    '2': '2 – Weak',
    '3': '3 – As expected',
    '4': '4 – Good',
    '5': '5 – Excellent',
  },
  taskStatus: { DRAFT: 'Draft', OPEN: 'Open', IN_PROGRESS: 'In progress', SOLVED: 'Solved', CLOSED: 'Closed' },
  iguStatus: { OPEN: 'Open', FILLED: 'Filled', CLOSED: 'Closed' },
  proposalStatus: {
    SUGGESTED: 'On the shortlist',
    PROPOSED: 'Sent',
    ACCEPTED: 'Accepted',
    DECLINED: 'Declined',
    WITHDRAWN: 'Withdrawn',
  },
  placementType: {
    INTERNSHIP: 'Internship',
    WAGE_SUBSIDY: 'Wage subsidy',
    SMALL_JOB: 'Small job',
    ORDINARY_HOURS: 'Ordinary hours',
    APPRENTICESHIP: 'Apprenticeship',
    IGU: 'IGU',
  },
  placementStatus: {
    DRAFT: 'Draft agreement',
    ACTIVE: 'Active',
    ENDED: 'Ended',
    WITHDRAWN: 'Withdrawn',
    REFUSED: 'Refused by the company',
  },
  evidence: {
    SELF_REPORTED: 'Self-reported',
    OBSERVED_IN_PLACEMENT: 'Observed in a placement',
    CERTIFIED: 'Certified',
  },
  schedule: { DAY: 'Day', EVENING: 'Evening', NIGHT: 'Night', WEEKEND: 'Weekend' },
};

export type EnumGroup = keyof typeof enumsDa;

/** Any `t`: the typed one of react-i18next or a plain lookup (tests). */
type AnyT = ((key: never) => unknown) | ((key: string) => string);

/**
 * The label of an enum value in the UI's language: `enumLabel(t, 'taskStatus', task.status)`. The key is
 * built from a server value, so it is looked up untyped here; enums.test checks every value has a label.
 */
export function enumLabel(t: AnyT, group: EnumGroup, value: string | number): string {
  return String((t as (key: string) => unknown)(`enums.${group}.${value}`));
}

/** A skill level 1–4 in words: "3 – kan selv". */
export function levelLabel(t: AnyT, level: string | number): string {
  return String((t as (key: string) => unknown)(`skillLevel.${level}`));
}

/**
 * The one door for a key computed at run time (a validation rule's message key, a CSV column, a nav
 * item): not checked by the type checker, so each caller's keys are covered by its own test.
 */
export function dynamicText(t: AnyT, key: string, values?: Record<string, unknown>): string {
  return String((t as (key: string, values?: Record<string, unknown>) => unknown)(key, values));
}
