import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Config } from '../../server/src/config.js';
import { sql } from '../../server/src/db/sql.js';
import { hourGoal, type ReadinessKey } from '../../server/src/features/availability/availability.js';
import { iguEligibility } from '../../server/src/features/candidates/igu-eligibility.js';
import type { GeoPoint } from '../../server/src/features/matching/scoring.js';
import { candidateDocuments, iguSlotDocuments, taskDocuments } from '../../server/src/search/documents.js';
import { INDEX_BASE } from '../../server/src/search/indexes.js';
import type { IndexedEntity } from '../../server/src/search/outbox-event.entity.js';
import { DANISH_ORDER } from '../../server/src/shared/enums.js';
import { allPostcodes } from '../../server/src/shared/postcodes.js';

/**
 * The fair PostgreSQL-only peer. It answers the very search requests the product sends to
 * Meilisearch (the same filter expressions, nearest-first order, limit, facets and highlights) from
 * PostgreSQL, so that a server whose SearchIndex talks to this instead of Meilisearch runs the
 * product's own GraphQL stack, scoring and explanations: only retrieval differs.
 *
 * Each request becomes one prepared statement on the product's tables, with the indexes a
 * PostgreSQL-only product would add (bench-only, see preparePgPeer): GIN on the filtered arrays,
 * `competence_id = any($1::uuid[])` on candidate_competence, coordinates from the postcode with a
 * GiST index on `ll_to_earth(lat, lon)` (cube + earthdistance, which the embedded build ships) for
 * the nearest-first order (a KNN scan, where Meilisearch takes two requests by postcode), a b-tree on
 * the postcode the distance filters name, and a GIN-indexed tsvector for full text.
 */

/** A PostgreSQL array literal (the ORM's raw queries would spread a JS array into a list). */
const arr = (xs: readonly (string | number)[]) =>
  `{${xs.map((x) => (typeof x === 'number' ? String(x) : JSON.stringify(x))).join(',')}}`;

/** Builds the columns, tables and indexes the peer needs; returns seconds taken. */
export async function preparePgPeer(outer: EntityManager, config: Config, today: string): Promise<number> {
  const started = performance.now();
  // One transaction without the server's 30 s statement timeout: at 100,000 people on a busy
  // machine the tsvector table takes longer than that.
  await outer.transactional(async (em) => {
    await sql(em, 'set local statement_timeout = 0');
    await build(em, config, today);
  });
  return (performance.now() - started) / 1000;
}

async function build(em: EntityManager, config: Config, today: string): Promise<void> {
  const run = (q: string, p: unknown[] = []) => sql(em, q, p);
  await run('create extension if not exists cube');
  await run('create extension if not exists earthdistance');
  await run(
    `create table if not exists bench_postcode (postcode text primary key, lat float8 not null, lon float8 not null)`,
  );
  await run('truncate bench_postcode');
  const pcs = allPostcodes();
  await run(`insert into bench_postcode select * from unnest(?::text[], ?::float8[], ?::float8[])`, [
    arr(pcs.map((p) => p.postcode)),
    arr(pcs.map((p) => p.location.lat)),
    arr(pcs.map((p) => p.location.lng)),
  ]);
  for (const t of ['candidate', 'unsolved_task', 'igu_slot']) {
    await run(`alter table ${t} add column if not exists bench_lat float8, add column if not exists bench_lon float8`);
    await run(
      `update ${t} x set bench_lat = p.lat, bench_lon = p.lon from bench_postcode p where p.postcode = x.postcode`,
    );
  }
  // Derived flags the product computes into its documents; the peer stores them as columns.
  await run(
    `alter table candidate add column if not exists bench_igu_eligible boolean not null default false,
                            add column if not exists bench_danish_rank int,
                            add column if not exists bench_goal float8`,
  );
  await run(`update candidate set bench_danish_rank = array_position(?::text[], danish_level::text) - 1`, [
    arr([...DANISH_ORDER]),
  ]);
  const people = await sql<{
    id: string;
    b: string;
    r: string;
    a: string | null;
    readiness: ReadinessKey;
    goal: number | null;
  }>(
    em,
    `select id, birth_date::text as b, residence_category as r, arrival_date::text as a, readiness,
            goal_weekly_hours as goal from candidate`,
  );
  // The goal in force, by the product's own rule (its documents' atGoal).
  const goals = people.map((p) => hourGoal(p.readiness, p.goal === null ? null : Number(p.goal), config.rules));
  await run(
    `update candidate c set bench_goal = g.goal from unnest(?::uuid[], ?::float8[]) as g(id, goal) where c.id = g.id`,
    [arr(people.map((p) => p.id)), arr(goals)],
  );
  const rules = {
    minAge: config.rules.iguMinAge,
    maxAge: config.rules.iguMaxAge,
    allowedResidenceCategories: ['REFUGEE', 'FAMILY_REUNIFIED_TO_REFUGEE'] as const,
    maxYearsSinceArrival: config.rules.iguMaxYearsSinceArrival,
  };
  const eligible = people
    .filter(
      (p) =>
        iguEligibility({ birthDate: p.b, residenceCategory: p.r as never, arrivalDate: p.a }, today, rules).eligible,
    )
    .map((p) => p.id);
  await run(`update candidate set bench_igu_eligible = (id = any(?::uuid[]))`, [arr(eligible)]);

  const ix = async (name: string, def: string) => {
    await run(`drop index if exists ${name}`);
    await run(`create index ${name} ${def}`);
  };
  const active = "where consent_to_share and status = 'ACTIVE'";
  await ix('bench_candidate_industries', `on candidate using gin (industries_wished) ${active}`);
  await ix('bench_candidate_languages', `on candidate using gin (languages) ${active}`);
  await ix('bench_candidate_earth', `on candidate using gist (ll_to_earth(bench_lat, bench_lon)) ${active}`);
  // Distance filters arrive as postcode lists (the product's filter, search/nearest.ts).
  await ix('bench_candidate_postcode', `on candidate (postcode) ${active}`);
  await ix('bench_task_postcode', 'on unsolved_task (postcode)');
  await ix('bench_slot_postcode', 'on igu_slot (postcode)');
  await ix('bench_candidate_competence', 'on candidate_competence (competence_id, candidate_id)');
  await ix('bench_task_earth', 'on unsolved_task using gist (ll_to_earth(bench_lat, bench_lon))');
  await ix('bench_task_competence', 'on task_competence (competence_id, task_id)');
  await ix('bench_slot_earth', 'on igu_slot using gist (ll_to_earth(bench_lat, bench_lon))');
  // Full text over what Meilisearch searches: competence names (both languages, synonyms), education,
  // summary, languages, first name.
  await run('drop table if exists bench_candidate_text');
  await run(
    `create table bench_candidate_text as
       select c.id,
              to_tsvector('simple', c.first_name || ' ' || coalesce(string_agg(co.name || ' ' || co.name_en || ' ' || array_to_string(co.synonyms, ' '), ' '), '')
                || ' ' || c.education || ' ' || c.summary || ' ' || array_to_string(c.languages, ' ')) as doc
         from candidate c
         left join candidate_competence cc on cc.candidate_id = c.id
         left join competence co on co.id = cc.competence_id
        where c.consent_to_share and c.status = 'ACTIVE'
        group by c.id`,
  );
  await run('alter table bench_candidate_text add primary key (id)');
  await run('create index bench_candidate_text_doc on bench_candidate_text using gin (doc)');
  for (const t of [
    'candidate',
    'candidate_competence',
    'unsolved_task',
    'task_competence',
    'igu_slot',
    'bench_candidate_text',
  ])
    await run(`analyze ${t}`);
}

type Kind = 'bool' | 'num' | 'text' | 'array' | 'relation';
interface Field {
  kind: Kind;
  sql: string;
  /** relation: `exists (select 1 from <table> r where r.<owner> = <alias>.id and r.competence_id = any($n::uuid[]))` */
  table?: string;
  owner?: string;
}
interface Shape {
  from: string;
  alias: string;
  base: string;
  fields: Record<string, Field>;
}

const SHAPES: Record<IndexedEntity, Shape> = {
  candidate: {
    from: 'candidate c',
    alias: 'c',
    base: "c.consent_to_share and c.status = 'ACTIVE'",
    fields: {
      // The goal in force (hourGoal: individual, else by readiness, never above full time), stored by preparePgPeer.
      atGoal: { kind: 'bool', sql: '(c.current_ordinary_hours >= c.bench_goal)' },
      availableWeeklyHours: { kind: 'num', sql: 'c.available_weekly_hours' },
      // Issue 12's stored availability, the columns the product's documents are built from.
      freeWeeklyHours: { kind: 'num', sql: 'c.free_weekly_hours' },
      availableFrom: { kind: 'num', sql: "to_char(c.available_from, 'YYYYMMDD')::int" },
      freeWeeklyHoursFrom: { kind: 'num', sql: 'c.free_weekly_hours_from' },
      hasDrivingLicence: { kind: 'bool', sql: 'c.has_driving_licence' },
      iguEligible: { kind: 'bool', sql: 'c.bench_igu_eligible' },
      industriesWished: { kind: 'array', sql: 'c.industries_wished' },
      languages: { kind: 'array', sql: 'c.languages' },
      readiness: { kind: 'text', sql: 'c.readiness::text' },
      danishRank: { kind: 'num', sql: 'c.bench_danish_rank' },
      postcode: { kind: 'text', sql: 'c.postcode' },
      competenceIds: { kind: 'relation', sql: '', table: 'candidate_competence', owner: 'candidate_id' },
    },
  },
  task: {
    from: 'unsolved_task t',
    alias: 't',
    base: 'true',
    fields: {
      status: { kind: 'text', sql: 't.status::text' },
      industryCode: { kind: 'text', sql: 't.industry_code' },
      requiresDrivingLicence: { kind: 'bool', sql: 't.requires_driving_licence' },
      openingsLeft: { kind: 'num', sql: 't.openings_left' },
      weeklyHours: { kind: 'num', sql: 't.weekly_hours' },
      postcode: { kind: 'text', sql: 't.postcode' },
      competenceIds: { kind: 'relation', sql: '', table: 'task_competence', owner: 'task_id' },
    },
  },
  iguSlot: {
    from: 'igu_slot s',
    alias: 's',
    base: 'true',
    fields: {
      status: { kind: 'text', sql: 's.status::text' },
      industryCode: { kind: 'text', sql: 's.industry_code' },
      openingsLeft: { kind: 'num', sql: 's.openings_left' },
      weeklyHours: { kind: 'num', sql: 's.weekly_hours' },
      postcode: { kind: 'text', sql: 's.postcode' },
      competenceIds: { kind: 'relation', sql: '', table: 'igu_slot_competence', owner: 'slot_id' },
    },
  },
};

type Value = string | number | boolean;

/** Splits at top-level occurrences of ` OR ` (outside brackets and quotes). */
/** The top-level operands of `op` (' OR ' / ' AND ') in a filter expression: not inside brackets or quotes. */
function splitOn(s: string, op: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (depth === 0 && s.startsWith(op, i)) {
      parts.push(s.slice(start, i));
      start = i + op.length;
      i += op.length - 1;
    }
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim());
}

function parseValue(v: string): Value {
  const t = v.trim();
  if (t.startsWith('"')) return JSON.parse(t);
  if (t === 'true' || t === 'false') return t === 'true';
  const n = Number(t);
  if (Number.isFinite(n)) return n;
  throw new Error(`pg-peer: cannot read the value ${t}`);
}

function parseList(v: string): Value[] {
  const out: Value[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|[^,\s]+)\s*,?/gy;
  for (let m = re.exec(v); m?.[0]; m = re.exec(v)) out.push(parseValue(m[1]!));
  return out;
}

/** Compiles the product's Meilisearch filter (an AND-array of expressions) into SQL over one table. */
export class FilterCompiler {
  readonly values: unknown[] = [];
  constructor(private readonly shape: Shape) {}

  param(v: unknown, cast = ''): string {
    this.values.push(v);
    return `$${this.values.length}${cast}`;
  }

  private geo() {
    return `ll_to_earth(${this.shape.alias}.bench_lat, ${this.shape.alias}.bench_lon)`;
  }

  expr(e: string): string {
    const s = e.trim();
    const ors = splitOn(s, ' OR ');
    if (ors.length > 1) return `(${ors.map((o) => this.expr(o)).join(' or ')})`;
    const ands = splitOn(s, ' AND ');
    if (ands.length > 1) return `(${ands.map((a) => this.expr(a)).join(' and ')})`;
    if (s.startsWith('(') && s.endsWith(')')) return this.expr(s.slice(1, -1));
    let m = /^NOT (.*)$/.exec(s);
    if (m) return `not coalesce(${this.expr(m[1]!)}, false)`;
    m = /^(\w+) (NOT )?EXISTS$/.exec(s);
    if (m) return this.exists(m[1]!, !m[2]);
    m = /^(\w+) IN \[(.*)\]$/.exec(s);
    if (m) return this.atom(m[1]!, 'IN', parseList(m[2]!));
    m = /^(\w+)\s*(=|!=|>=|<=|>|<)\s*(.+)$/.exec(s);
    if (m) return this.atom(m[1]!, m[2]!, [parseValue(m[3]!)]);
    throw new Error(`pg-peer: filter expression not understood: ${s}`);
  }

  /** `field EXISTS`: a column always exists; a null (no value) is what an absent field is in a document. */
  private exists(name: string, present: boolean): string {
    const f = this.shape.fields[name];
    if (!f || f.kind === 'relation') throw new Error(`pg-peer: no column for filter field ${name}`);
    return `${f.sql} is ${present ? 'not ' : ''}null`;
  }

  private atom(name: string, op: string, vals: Value[]): string {
    const f = this.shape.fields[name];
    if (!f) throw new Error(`pg-peer: no column for filter field ${name}`);
    switch (f.kind) {
      case 'bool':
        if (op !== '=' || vals.length !== 1) throw new Error(`pg-peer: ${name} ${op}`);
        return vals[0] ? f.sql : `not ${f.sql}`;
      case 'num':
        return `${f.sql} ${op} ${this.param(vals[0])}`;
      case 'text':
        if (op === 'IN') return `${f.sql} = any(${this.param(vals.map(String), '::text[]')})`;
        return `${f.sql} ${op} ${this.param(String(vals[0]))}`;
      case 'array':
        // `@>` / `&&` use the GIN index; a single value is the same as a one-element IN.
        return op === 'IN' || op === '='
          ? `${f.sql} && ${this.param(vals.map(String), '::text[]')}`
          : (() => {
              throw new Error(`pg-peer: ${name} ${op}`);
            })();
      case 'relation':
        return `exists (select 1 from ${f.table} r where r.${f.owner} = ${this.shape.alias}.id and r.competence_id = any(${this.param(vals.map(String), '::uuid[]')}))`;
    }
  }

  where(filter: string[] | string | undefined): string {
    const list = filter === undefined ? [] : Array.isArray(filter) ? filter : [filter];
    return [this.shape.base, ...list.map((f) => this.expr(f))].join('\n and ');
  }

  order(near: GeoPoint | null | undefined): string | null {
    if (!near) return null;
    // KNN on the GiST index: the chord distance orders the same as the great-circle one.
    return `${this.geo()} <-> ll_to_earth(${this.param(near.lat)}, ${this.param(near.lng)})`;
  }
}

/** Words to a prefix tsquery the way Meilisearch treats the last word as a prefix. */
export function tsquery(q: string): string | null {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (!words.length) return null;
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
}

export interface PeerSearchParams {
  filter?: string[] | string;
  /** Nearest this point first (the product's `near`): the KNN order of the GiST index, not postcode counts. */
  near?: GeoPoint | null;
  limit?: number;
  facets?: string[];
  attributesToRetrieve?: string[];
  attributesToHighlight?: string[];
}

const FACET_SQL: Record<string, string> = {
  readiness: 'select readiness::text as v, count(*)::int as n from m group by 1',
  industriesWished: 'select x as v, count(*)::int as n from m, unnest(m.industries_wished) x group by 1',
  languages: 'select x as v, count(*)::int as n from m, unnest(m.languages) x group by 1',
  iguEligible: 'select bench_igu_eligible::text as v, count(*)::int as n from m group by 1',
  hasDrivingLicence: 'select has_driving_licence::text as v, count(*)::int as n from m group by 1',
};

const HL = `'StartSel=<mark>, StopSel=</mark>, HighlightAll=true'`;
const CROP = `'StartSel=<mark>, StopSel=</mark>, MaxWords=24, MinWords=12'`;

/**
 * Answers one Meilisearch-shaped search from PostgreSQL. Statements are prepared by name (one per
 * query shape), as a PostgreSQL-only product would.
 */
export class PgPeer {
  constructor(
    private readonly pool: pg.Pool,
    private readonly em: () => EntityManager,
    private readonly config: Config,
    private readonly today: () => string,
  ) {}

  private async query<T>(text: string, values: unknown[]): Promise<T[]> {
    const name = `p${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    return (await this.pool.query({ name, text, values })).rows as T[];
  }

  /** The ids in the product's order, and the total; `limit: null` returns every match (the exhaustive reference). */
  async ids(entity: IndexedEntity, q: string, params: PeerSearchParams, limit: number | null, withTotal = false) {
    const { text, values } = this.idsSql(entity, q, params, limit, withTotal);
    const rows = await this.query<{ id: string; total?: string }>(text, values);
    return { ids: rows.map((r) => r.id), total: withTotal ? Number(rows[0]?.total ?? 0) : rows.length };
  }

  /** EXPLAIN ANALYZE of a retrieval: the plan's lines (the benchmark prints them to show the indexes are used). */
  async explain(entity: IndexedEntity, q: string, params: PeerSearchParams, limit: number | null): Promise<string[]> {
    const { text, values } = this.idsSql(entity, q, params, limit, false);
    const rows = await this.pool.query({ text: `explain (analyze, costs off, timing off) ${text}`, values });
    return rows.rows.map((r: Record<string, string>) => r['QUERY PLAN']!);
  }

  private idsSql(entity: IndexedEntity, q: string, params: PeerSearchParams, limit: number | null, withTotal: boolean) {
    const shape = SHAPES[entity];
    const c = new FilterCompiler(shape);
    const tsq = entity === 'candidate' ? tsquery(q) : null;
    const where = c.where(params.filter);
    const qp = tsq ? c.param(tsq) : '';
    const order = c.order(params.near);
    // The total (search shows it) costs a pass over every match; retrieval for matching skips it,
    // so a nearest-first scan can stop after `limit` rows as Meilisearch's does.
    const text = `select ${shape.alias}.id${withTotal ? ', count(*) over () as total' : ''}
      from ${shape.from}${tsq ? ` join bench_candidate_text x on x.id = ${shape.alias}.id` : ''}
     where ${where}${tsq ? `\n and x.doc @@ to_tsquery('simple', ${qp})` : ''}
     order by ${[order, tsq ? `ts_rank(x.doc, to_tsquery('simple', ${qp})) desc` : null, `${shape.alias}.id`].filter(Boolean).join(', ')}
     ${limit !== null ? `limit ${c.param(limit)}` : ''}`;
    return { text, values: c.values };
  }

  async facets(q: string, params: PeerSearchParams): Promise<Record<string, Record<string, number>>> {
    const c = new FilterCompiler(SHAPES.candidate);
    const tsq = tsquery(q);
    const where = c.where(params.filter);
    const qp = tsq ? c.param(tsq) : '';
    const wanted = (params.facets ?? []).filter((f) => FACET_SQL[f]);
    const text = `with m as materialized (select c.* from candidate c${tsq ? ' join bench_candidate_text x on x.id = c.id' : ''}
      where ${where}${tsq ? ` and x.doc @@ to_tsquery('simple', ${qp})` : ''})
      ${wanted.map((f) => `select '${f}' as f, v, n from (${FACET_SQL[f]}) ${f}`).join('\nunion all ')}`;
    const rows = await this.query<{ f: string; v: string; n: number }>(text, c.values);
    const out: Record<string, Record<string, number>> = {};
    for (const r of rows) {
      out[r.f] ??= {};
      out[r.f]![r.v] = r.n;
    }
    return out;
  }

  private async highlights(ids: string[], q: string) {
    const tsq = tsquery(q);
    if (!ids.length) return new Map<string, Record<string, unknown>>();
    const text = `select c.id,
        ts_headline('simple', c.education, q, ${CROP}) as education,
        ts_headline('simple', c.summary, q, ${CROP}) as summary,
        array(select ts_headline('simple', co.name, q, ${HL}) from candidate_competence cc join competence co on co.id = cc.competence_id where cc.candidate_id = c.id order by co.name) as "competenceNames",
        array(select ts_headline('simple', co.name_en, q, ${HL}) from candidate_competence cc join competence co on co.id = cc.competence_id where cc.candidate_id = c.id order by co.name) as "competenceNamesEn",
        array(select ts_headline('simple', l, q, ${HL}) from unnest(c.languages) l) as languages
      from candidate c, to_tsquery('simple', $2) q where c.id = any($1::uuid[])`;
    const rows = await this.query<Record<string, unknown> & { id: string }>(text, [ids, tsq ?? '']);
    return new Map(rows.map((r) => [r.id, r]));
  }

  async documents(entity: IndexedEntity, ids: string[]) {
    const em = this.em();
    const docs =
      entity === 'candidate'
        ? await candidateDocuments(em, ids, this.config, this.today())
        : entity === 'task'
          ? await taskDocuments(em, ids)
          : await iguSlotDocuments(em, ids);
    const byId = new Map<string, { id: string }>(docs.map((d) => [d.id, d]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** One Meilisearch-shaped search: hits, estimatedTotalHits, facetDistribution, processingTimeMs. */
  async search(entity: IndexedEntity, q: string, params: PeerSearchParams) {
    const started = performance.now();
    const limit = params.limit ?? 20;
    const facets = params.facets?.length ? this.facets(q, params) : Promise.resolve(undefined);
    const wantsDocuments = (params.attributesToRetrieve ?? ['*']).some(
      (a) =>
        a === '*' || !['id', 'competenceNames', 'competenceNamesEn', 'education', 'summary', 'languages'].includes(a),
    );
    const { ids, total } =
      limit > 0 ? await this.ids(entity, q, params, limit, !wantsDocuments) : { ids: [], total: 0 };
    let hits: Record<string, unknown>[] = wantsDocuments
      ? ((await this.documents(entity, ids)) as unknown as Record<string, unknown>[])
      : ids.map((id) => ({ id }));
    if (params.attributesToHighlight?.length && entity === 'candidate') {
      const hl = await this.highlights(ids, q);
      hits = hits.map((h) => ({ ...h, _formatted: hl.get(h.id as string) ?? {} }));
    }
    return {
      hits,
      estimatedTotalHits: total,
      facetDistribution: await facets,
      processingTimeMs: Math.round(performance.now() - started),
    };
  }

  /** What the product's SearchIndex reads as `meili`: index(uid).search and multiSearch. */
  meiliFacade(prefix: string) {
    const entityOf = (uid: string): IndexedEntity => {
      for (const [e, base] of Object.entries(INDEX_BASE)) if (uid === `${prefix}${base}`) return e as IndexedEntity;
      throw new Error(`pg-peer: unknown index ${uid}`);
    };
    return {
      index: (uid: string) => ({
        search: (q: string | null, params: PeerSearchParams = {}) => this.search(entityOf(uid), q ?? '', params),
        // Matching's document cache fetches the people it lacks by id (search/document-cache.ts).
        getDocuments: async ({ ids }: { ids: string[] }) => ({ results: await this.documents(entityOf(uid), ids) }),
      }),
      multiSearch: async ({ queries }: { queries: (PeerSearchParams & { indexUid: string; q?: string })[] }) => ({
        results: await Promise.all(queries.map((qq) => this.search(entityOf(qq.indexUid), qq.q ?? '', qq))),
      }),
      health: async () => ({ status: 'available' }),
      // `near` is answered here by distance (SearchIndex hands it on as it is).
      ordersByDistance: true,
    };
  }
}
