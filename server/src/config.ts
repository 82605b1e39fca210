import { z } from 'zod';
import {
  DEFAULT_LADDER_EVENT_STEPS,
  DEFAULT_LADDER_STEPS,
  type LadderRules,
  parseLadder,
} from './features/ladder/ladder.js';

/**
 * The only place that reads process.env. Every value is validated at boot;
 * a bad value stops start-up with a message that names the variable.
 */
const optionalUrl = z
  .string()
  .trim()
  .min(1)
  .optional()
  .refine((v) => v === undefined || URL.canParse(v), 'must be a URL, e.g. postgres://user:pass@host:5432/db');

const intInRange = (min: number, max: number, fallback: number) =>
  z.coerce
    .number()
    .int(`must be a whole number between ${min} and ${max}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);

/** Full time in hours a week, and the hour goals by readiness when nothing is configured. */
export const FULL_TIME_HOURS = 37;
export const DEFAULT_HOUR_GOALS = { JOB_READY: 37, ACTIVITY_READY: 25, EDUCATION_READY: 37 } as const;

/** An hour goal: 0.5–37 hours a week in half hours. */
const hoursGoal = (fallback: number) =>
  z.coerce
    .number()
    .min(0.5, 'must be at least 0.5 hours a week')
    .max(37, 'must be at most 37 hours a week')
    .refine((n) => Number.isInteger(n * 2), 'must be whole or half hours, e.g. 25 or 18.5')
    .default(fallback);

/**
 * IGU wage floors as "from-date:kr per hour" pairs, comma separated, e.g. "2024-01-01:62,2026-01-01:64.5".
 * Placeholder default: set it to the current rate of the IGU act (integrationsgrunduddannelse).
 */
const wageFloors = z
  .string()
  .default('2024-01-01:62')
  .transform((s, ctx) => {
    const floors: { from: string; minHourlyWage: number }[] = [];
    for (const part of s
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const m = /^(\d{4}-\d{2}-\d{2}):(\d+(?:\.\d+)?)$/.exec(part);
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not date:amount, e.g. 2024-01-01:62` });
        return z.NEVER;
      }
      floors.push({ from: m[1]!, minHourlyWage: Number(m[2]) });
    }
    return floors.sort((a, b) => a.from.localeCompare(b.from));
  });

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: intInRange(0, 65535, 4000),
  HOST: z.string().trim().min(1).optional(),
  DATABASE_URL: optionalUrl,
  MEILI_URL: optionalUrl,
  MEILI_MASTER_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/, 'may only hold lower-case letters, digits and _')
    .default(''),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  SEED_DEMO: z.enum(['auto', 'always', 'never']).default('auto'),
  MEILI_BIN: z.string().min(1).optional(),
  ALLOW_PASSWORD_LOGIN: z.enum(['true', 'false']).optional(),
  OIDC_ISSUER: optionalUrl,
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: optionalUrl,
  OIDC_EMAIL_CLAIM: z.string().min(1).default('email'),
  SESSION_IDLE_MINUTES: intInRange(5, 24 * 60, 120),
  SESSION_ABSOLUTE_HOURS: intInRange(1, 24 * 30, 12),
  SEARCH_TIMEOUT_MS: intInRange(100, 60_000, 2000),
  MATCH_DOCUMENT_CACHE: intInRange(0, 2_000_000, 50_000),
  OUTBOX_RETENTION_DAYS: intInRange(1, 3650, 7),
  IGU_MAX_YEARS_SINCE_ARRIVAL: intInRange(0, 50, 5),
  IGU_PROGRAMME_MONTHS: intInRange(1, 60, 24),
  IGU_SCHOOL_WEEKS: intInRange(0, 104, 20),
  IGU_WAGE_FLOORS: wageFloors,
  INTERNSHIP_MAX_WEEKS: intInRange(1, 104, 4),
  INTERNSHIP_EXTENDED_MAX_WEEKS: intInRange(1, 104, 13),
  WAGE_SUBSIDY_MAX_WEEKS: intInRange(1, 260, 26),
  LADDER_STEPS: z.string().default(DEFAULT_LADDER_STEPS.join(',')),
  LADDER_EVENT_STEPS: z.string().default(
    Object.entries(DEFAULT_LADDER_EVENT_STEPS)
      .map(([event, step]) => `${event}:${step}`)
      .join(','),
  ),
  ACTIVATION_WARNING_WEEKS: intInRange(1, 52, 4),
  ACTIVATION_BREACH_WEEKS: intInRange(1, 52, 6),
  DEFAULT_CONTACT_CADENCE_DAYS: intInRange(1, 365, 21),
  RETENTION_INACTIVE_DAYS: intInRange(30, 3650, 1095),
  DB_POOL_MAX: intInRange(2, 500, 20),
  DB_ACQUIRE_TIMEOUT_MS: intInRange(100, 120_000, 10_000),
  EXPENSIVE_CONCURRENCY_PER_USER: intInRange(1, 1000, 4),
  EXPENSIVE_PER_MINUTE_PER_USER: intInRange(1, 100_000, 120),
  HOUR_GOAL_JOB_READY: hoursGoal(DEFAULT_HOUR_GOALS.JOB_READY),
  HOUR_GOAL_ACTIVITY_READY: hoursGoal(DEFAULT_HOUR_GOALS.ACTIVITY_READY),
  HOUR_GOAL_EDUCATION_READY: hoursGoal(DEFAULT_HOUR_GOALS.EDUCATION_READY),
  LOG_LEVEL: z.enum(['silent', 'error', 'info', 'debug']).default('info'),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});

export type Env = z.infer<typeof EnvSchema>;

/** A placement type's longest length in weeks: as agreed, and once extended. */
export interface PlacementLimit {
  weeks: number;
  extendedWeeks: number;
}

/** The IGU wage floor in kroner per hour from a date on (the law's rate is regulated each year). */
export interface WageFloor {
  from: string;
  minHourlyWage: number;
}

export interface Config {
  /** What the environment set and what was left at its default, for the admin's settings page. */
  settings?: ConfigSetting[];
  env: Env['NODE_ENV'];
  production: boolean;
  port: number;
  host: string | undefined;
  dataDir: string;
  /** Null: start an embedded PostgreSQL under dataDir. */
  databaseUrl: string | null;
  /** Null: start an embedded Meilisearch under dataDir. */
  meiliUrl: string | null;
  meiliMasterKey: string | null;
  meiliIndexPrefix: string;
  meiliBin: string | null;
  sessionSecret: string | null;
  /** Load the demo (users with the published demo password) into an empty database; never in production. */
  seedDemo: boolean;
  allowPasswordLogin: boolean;
  /** Single sign-on through the municipality's OpenID Connect provider; null when not configured. */
  oidc: {
    issuer: string;
    clientId: string;
    clientSecret: string | null;
    redirectUrl: string;
    emailClaim: string;
  } | null;
  session: { idleMinutes: number; absoluteHours: number };
  searchTimeoutMs: number;
  /** People kept in each process for matching's scoring stage (search/document-cache.ts); 0 keeps none. */
  matchDocumentCache: number;
  /** PostgreSQL pool: size, and how long a request waits for a connection before SERVICE_UNAVAILABLE. */
  db: { poolMax: number; acquireTimeoutMs: number };
  /** Per-user limits on searches, matches, plans, imports and exports (shared/expensive.ts). */
  expensive: { concurrency: number; perMinute: number };
  /** Processed search-outbox rows are deleted after this many days (a rebuild replays only recent ones). */
  outboxRetentionDays: number;
  logLevel: Env['LOG_LEVEL'];
  /** Bearer token for /metrics; without one /metrics is open outside production and off in production. */
  metricsToken: string | null;
  /** Domain rules from the law and local practice: numbers live here, not in code. */
  rules: {
    iguMinAge: number;
    iguMaxAge: number;
    iguMaxYearsSinceArrival: number;
    activationWarningWeeks: number;
    activationBreachWeeks: number;
    placementEndingDays: number;
    progressionWindow: number;
    followUpIntervalDays: number;
    defaultContactCadenceDays: number;
    fullTimeHours: number;
    /**
     * The part-time line: below it a week counts as part time (Hillerød: 18.5 hours); Skive found
     * 16–18 paid hours often make a person self-supporting, so it is also the dashboard's first step.
     */
    selfSupportingHours: number;
    /**
     * A person's hour goal by readiness, unless the adviser set an individual goal (Aarhus: 37 for
     * job-ready, 25 for activity-ready, never from day one). Education-ready people aim at an
     * education, which is full time, so their goal is 37; preparatory classes count as weekly activities.
     */
    hourGoals: { JOB_READY: number; ACTIVITY_READY: number; EDUCATION_READY: number };
    /** A placement that ends within this many days makes the person "available from" its end. */
    availableWithinDays: number;
    /** Candidates with no activity for this long are anonymised by the retention rule. */
    retentionInactiveDays: number;
    /** The effect report's "ordinary hours at a date": follow-ups older than this are stale. */
    effectMeasurementDays: number;
    /** IGU as a programme: its length, school weeks in all, and the wage floor by period. */
    igu: { programmeMonths: number; schoolWeeks: number; wageFloors: WageFloor[] };
    /**
     * Longest placement by type, in weeks: `weeks` when it is agreed, `extendedWeeks` once extended
     * (virksomhedspraktik 4 weeks, extendable to 13; løntilskud 6 months). Types not listed have no
     * maximum here (IGU runs its programme length).
     */
    placementMaxWeeks: Partial<Record<'INTERNSHIP' | 'WAGE_SUBSIDY' | 'SMALL_JOB' | 'APPRENTICESHIP', PlacementLimit>>;
    /** The progression ladder: its steps, lowest first, and the step each event leads to (features/ladder). */
    ladder: LadderRules;
  };
}

/** Where a setting's value came from. */
export type SettingSource = 'ENV' | 'DEFAULT' | 'UNSET';

/** One environment variable as an administrator may see it: secrets masked, credentials cut from URLs. */
export interface ConfigSetting {
  name: string;
  value: string | null;
  source: SettingSource;
  secret: boolean;
}

/** Variables whose value is never shown, only whether it is set. */
const SECRET_SETTINGS = new Set(['MEILI_MASTER_KEY', 'SESSION_SECRET', 'OIDC_CLIENT_SECRET', 'METRICS_TOKEN']);
export const MASK = '••••••••';

/** A URL without its password (postgres://jobbro:••••••••@db:5432/jobbro). */
function withoutPassword(value: string): string {
  try {
    const url = new URL(value);
    if (!url.password) return value;
    url.password = 'x';
    return url.toString().replace(/:x@/, `:${MASK}@`);
  } catch {
    return MASK;
  }
}

/** Every variable the configuration reads, its effective value (masked where secret) and its source. */
/** A parsed value as the variable would be written: IGU_WAGE_FLOORS is a list of { from, minHourlyWage }. */
function settingText(value: unknown): string {
  if (!Array.isArray(value)) return String(value);
  return value
    .map((v) =>
      v && typeof v === 'object' && 'from' in v && 'minHourlyWage' in v ? `${v.from}:${v.minHourlyWage}` : String(v),
    )
    .join(',');
}

export function describeSettings(given: Record<string, string>, parsed: Env): ConfigSetting[] {
  return Object.keys(EnvSchema.shape)
    .sort()
    .map((name) => {
      const value = (parsed as Record<string, unknown>)[name];
      const source: SettingSource = name in given ? 'ENV' : value === undefined ? 'UNSET' : 'DEFAULT';
      const secret = SECRET_SETTINGS.has(name);
      const shown =
        value === undefined
          ? null
          : secret
            ? MASK
            : name.endsWith('_URL') || name === 'OIDC_ISSUER'
              ? withoutPassword(String(value))
              : settingText(value);
      return { name, value: shown, source, secret };
    });
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; throws ConfigError naming each bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // Treat empty strings as unset, the way shells and .env files usually mean them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.MEILI_URL && !e.MEILI_MASTER_KEY) problems.push('MEILI_MASTER_KEY: required when MEILI_URL is set');
  if (e.NODE_ENV === 'production') {
    if (!e.DATABASE_URL) problems.push('DATABASE_URL: required in production (embedded PostgreSQL is for development)');
    if (!e.MEILI_URL) problems.push('MEILI_URL: required in production (embedded Meilisearch is for development)');
    if (!e.SESSION_SECRET) problems.push('SESSION_SECRET: required in production');
    if (e.SEED_DEMO === 'always') {
      problems.push(
        'SEED_DEMO: "always" is refused in production: the demo users all have the published demo password. Remove SEED_DEMO (or set it to never) and create real users with createUser.',
      );
    }
  }
  if (e.OIDC_ISSUER && (!e.OIDC_CLIENT_ID || !e.OIDC_REDIRECT_URL)) {
    problems.push('OIDC_CLIENT_ID and OIDC_REDIRECT_URL: required when OIDC_ISSUER is set');
  }
  if (e.ACTIVATION_WARNING_WEEKS >= e.ACTIVATION_BREACH_WEEKS) {
    problems.push('ACTIVATION_WARNING_WEEKS: must be smaller than ACTIVATION_BREACH_WEEKS');
  }
  const ladder = parseLadder(e.LADDER_STEPS, e.LADDER_EVENT_STEPS);
  problems.push(...ladder.problems);
  if (problems.length) throw new ConfigError(problems);

  const production = e.NODE_ENV === 'production';
  return {
    settings: describeSettings(cleaned as Record<string, string>, e),
    env: e.NODE_ENV,
    production,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL ?? null,
    meiliUrl: e.MEILI_URL ?? null,
    meiliMasterKey: e.MEILI_MASTER_KEY ?? null,
    meiliIndexPrefix: e.MEILI_INDEX_PREFIX,
    meiliBin: e.MEILI_BIN ?? null,
    sessionSecret: e.SESSION_SECRET ?? null,
    // Demo users share a published password: never created in production (auto means never there).
    seedDemo: e.SEED_DEMO === 'always' || (e.SEED_DEMO === 'auto' && !production),
    // Production uses single sign-on unless password login is switched on explicitly.
    allowPasswordLogin: e.ALLOW_PASSWORD_LOGIN ? e.ALLOW_PASSWORD_LOGIN === 'true' : !production,
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_REDIRECT_URL
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET ?? null,
            redirectUrl: e.OIDC_REDIRECT_URL,
            emailClaim: e.OIDC_EMAIL_CLAIM,
          }
        : null,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    searchTimeoutMs: e.SEARCH_TIMEOUT_MS,
    matchDocumentCache: e.MATCH_DOCUMENT_CACHE,
    db: { poolMax: e.DB_POOL_MAX, acquireTimeoutMs: e.DB_ACQUIRE_TIMEOUT_MS },
    expensive: { concurrency: e.EXPENSIVE_CONCURRENCY_PER_USER, perMinute: e.EXPENSIVE_PER_MINUTE_PER_USER },
    outboxRetentionDays: e.OUTBOX_RETENTION_DAYS,
    logLevel: e.LOG_LEVEL,
    metricsToken: e.METRICS_TOKEN ?? null,
    rules: {
      iguMinAge: 18,
      iguMaxAge: 40,
      iguMaxYearsSinceArrival: e.IGU_MAX_YEARS_SINCE_ARRIVAL,
      activationWarningWeeks: e.ACTIVATION_WARNING_WEEKS,
      activationBreachWeeks: e.ACTIVATION_BREACH_WEEKS,
      placementEndingDays: 14,
      progressionWindow: 3,
      followUpIntervalDays: 14,
      defaultContactCadenceDays: e.DEFAULT_CONTACT_CADENCE_DAYS,
      fullTimeHours: FULL_TIME_HOURS,
      selfSupportingHours: 18.5,
      hourGoals: {
        JOB_READY: e.HOUR_GOAL_JOB_READY,
        ACTIVITY_READY: e.HOUR_GOAL_ACTIVITY_READY,
        EDUCATION_READY: e.HOUR_GOAL_EDUCATION_READY,
      },
      availableWithinDays: 14,
      retentionInactiveDays: e.RETENTION_INACTIVE_DAYS,
      effectMeasurementDays: 56,
      igu: {
        programmeMonths: e.IGU_PROGRAMME_MONTHS,
        schoolWeeks: e.IGU_SCHOOL_WEEKS,
        wageFloors: e.IGU_WAGE_FLOORS,
      },
      placementMaxWeeks: {
        INTERNSHIP: {
          weeks: e.INTERNSHIP_MAX_WEEKS,
          extendedWeeks: Math.max(e.INTERNSHIP_MAX_WEEKS, e.INTERNSHIP_EXTENDED_MAX_WEEKS),
        },
        WAGE_SUBSIDY: { weeks: e.WAGE_SUBSIDY_MAX_WEEKS, extendedWeeks: e.WAGE_SUBSIDY_MAX_WEEKS },
      },
      ladder: ladder.rules,
    },
  };
}
