/**
 * `npm run eval:matching`: ranking quality of the matcher on the labelled set
 * (test/eval/labelled-set.ts), side by side with a keyword-only baseline
 * (Meilisearch's own order for the task's words, no re-ranking).
 *
 * Starts a throw-away embedded PostgreSQL and Meilisearch in a temp directory,
 * loads the set through the ORM (with outbox rows, as the services write
 * them), drains the outbox into Meilisearch, runs both systems for every
 * opening, prints precision@5 and NDCG@10 (overall and per domain) and writes
 * the same tables to test/eval/RESULTS.md. Then the hand-graded cases
 * (test/eval/hand-graded.ts: availability, capacity, IGU slots beside tasks)
 * against grades written by hand. Stops everything and removes the
 * temp directory; exits non-zero when anything fails.
 */
import { systemClock } from '../../server/src/shared/context.js';
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../../server/src/config.js';
import { seedDemoUsers } from '../../server/src/db/seed/demo-users.js';
import { User } from '../../server/src/features/auth/user.entity.js';
import {
  Candidate,
  CandidateCompetence,
  Evidence,
  Readiness,
  ResidenceCategory,
  TargetGroup,
} from '../../server/src/features/candidates/candidate.entity.js';
import { Company, PartnershipTier, Sector } from '../../server/src/features/companies/company.entity.js';
import { Competence } from '../../server/src/features/competences/competence.entity.js';
import { Industry } from '../../server/src/features/industries/industry.entity.js';
import { MatchingService } from '../../server/src/features/matching/matching.service.js';
import { TaskCompetence, UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { bootstrap, type Runtime } from '../../server/src/runtime.js';
import type { CandidateDocument, OpeningDocument } from '../../server/src/search/documents.js';
import { enqueueIndex } from '../../server/src/search/outbox.js';
import { startEmbeddedMeilisearch } from '../../server/src/services/embedded-meilisearch.js';
import { startEmbeddedPostgres } from '../../server/src/services/embedded-postgres.js';
import { DanishLevel } from '../../server/src/shared/enums.js';
import { HAND_HEAD, type HandReport, handRows, runHandGraded } from './eval-hand-graded.js';
import { HAND_CANDIDATES, HAND_OPENINGS } from './hand-graded.js';
import { DOMAINS, GRADING_RULES, type LabelledOpening, type LabelledSet, labelledSet } from './labelled-set.js';
import { mean, ndcgAtK, precisionAtK, RELEVANT_GRADE } from './metrics.js';

const K_PRECISION = 5;
const K_NDCG = 10;
const RESULTS_FILE = path.resolve(process.cwd(), 'test/eval/RESULTS.md');

interface SystemResult {
  ids: string[];
  grades: number[];
  p: number;
  ndcg: number;
}

interface OpeningResult {
  opening: LabelledOpening;
  matcher: SystemResult;
  /** The required baseline: `keywordBaselineForTask` (matchingStrategy 'last'). */
  keyword: SystemResult;
  /** Sensitivity check: the same query with matchingStrategy 'frequency'. */
  keywordFrequency: SystemResult;
}

type Baseline = 'keyword' | 'keywordFrequency';

// ---------------------------------------------------------------------------
// Loading the set through the ORM

const EVIDENCE: Record<string, Evidence> = {
  SELF_REPORTED: Evidence.SELF_REPORTED,
  OBSERVED_IN_PLACEMENT: Evidence.OBSERVED_IN_PLACEMENT,
  CERTIFIED: Evidence.CERTIFIED,
};

/**
 * A stable UUID per labelled row: the scoring breaks ties by id, so random ids
 * would let equal scores swap places from run to run.
 */
function stableUuid(kind: string, key: string): string {
  const h = createHash('sha256').update(`jobbro-eval:${kind}:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[Number.parseInt(h[16]!, 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

async function loadSet(em: EntityManager, set: LabelledSet) {
  const competences = new Map((await em.find(Competence, {})).map((c) => [c.code, c.id]));
  const competenceId = (code: string) => {
    const id = competences.get(code);
    if (!id) throw new Error(`Competence ${code} is not in the catalogue`);
    return id;
  };
  const taskIds = new Map<string, string>();
  await em.transactional(async (tx) => {
    for (const o of set.openings) {
      const company = tx.create(Company, {
        id: stableUuid('company', o.key),
        cvr: o.company.cvr,
        name: o.company.name,
        industry: tx.getReference(Industry, o.company.industry),
        tier: PartnershipTier.PARTNER,
        sector: Sector.PRIVATE,
        postcode: o.company.postcode,
        contactCadenceDays: 21,
      });
      const task = tx.create(UnsolvedTask, {
        id: stableUuid('task', o.key),
        company,
        title: o.title,
        description: o.description,
        industry: tx.getReference(Industry, o.industry),
        danishLevel: o.danishLevel as DanishLevel,
        weeklyHours: o.weeklyHours,
        learningGoals: o.learningGoals,
        ordinaryHoursInSight: o.ordinaryHoursInSight,
        expectedOrdinaryHours: o.expectedOrdinaryHours,
        openings: 1,
        postcode: o.postcode,
        requiresDrivingLicence: o.requiresDrivingLicence,
      });
      for (const r of o.required) {
        tx.create(TaskCompetence, {
          task,
          competence: tx.getReference(Competence, competenceId(r.code)),
          minLevel: r.minLevel,
          required: true,
        });
      }
      for (const code of o.niceToHave) {
        tx.create(TaskCompetence, {
          task,
          competence: tx.getReference(Competence, competenceId(code)),
          minLevel: 1,
          required: false,
        });
      }
      enqueueIndex(tx, 'task', task.id);
      taskIds.set(o.key, task.id);
    }
  });

  const candidateIds = new Map<string, string>();
  const BATCH = 100;
  for (let i = 0; i < set.candidates.length; i += BATCH) {
    await em.transactional(async (tx) => {
      for (const c of set.candidates.slice(i, i + BATCH)) {
        const row = tx.create(Candidate, {
          id: stableUuid('candidate', c.key),
          firstName: c.firstName,
          lastName: 'Eval',
          // Required by the entity, used only for IGU eligibility: one constant value for everybody.
          birthDate: '1990-06-15',
          residenceCategory: ResidenceCategory.OTHER,
          arrivalDate: null,
          targetGroup: TargetGroup.INTEGRATION_PROGRAMME,
          readiness: c.readiness === 'ACTIVITY_READY' ? Readiness.ACTIVITY_READY : Readiness.JOB_READY,
          postcode: c.postcode,
          danishLevel: c.danishLevel as DanishLevel,
          languages: [],
          availableWeeklyHours: c.availableWeeklyHours,
          goalWeeklyHours: c.goalWeeklyHours,
          currentOrdinaryHours: c.currentOrdinaryHours,
          industriesWished: c.industriesWished,
          hasDrivingLicence: c.hasDrivingLicence,
          maxCommuteKm: c.maxCommuteKm,
          education: c.education,
          summary: c.summary,
          accommodationNeeds: null,
          consentToShare: true,
          consentGivenAt: new Date('2025-09-01T08:00:00Z'),
          enrolledOn: '2025-09-01',
        });
        for (const k of c.competences) {
          tx.create(CandidateCompetence, {
            candidate: row,
            competence: tx.getReference(Competence, competenceId(k.code)),
            level: k.level,
            evidence: EVIDENCE[k.evidence]!,
          });
        }
        enqueueIndex(tx, 'candidate', row.id);
        candidateIds.set(c.key, row.id);
      }
    });
  }
  return { taskIds, candidateIds };
}

// ---------------------------------------------------------------------------
// Report

const f3 = (x: number) => x.toFixed(3);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : a > 0 ? '∞' : '–');

function summaryRows(results: OpeningResult[], baseline: Baseline = 'keyword'): string[][] {
  const row = (label: string, rs: OpeningResult[]) => {
    const pm = mean(rs.map((r) => r.matcher.p));
    const pk = mean(rs.map((r) => r[baseline].p));
    const nm = mean(rs.map((r) => r.matcher.ndcg));
    const nk = mean(rs.map((r) => r[baseline].ndcg));
    return [label, String(rs.length), f3(pm), f3(pk), ratio(pm, pk), f3(nm), f3(nk), ratio(nm, nk)];
  };
  return [
    row('**all**', results),
    ...DOMAINS.map((d) =>
      row(
        d,
        results.filter((r) => r.opening.domain === d),
      ),
    ),
  ];
}

function markdownTable(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function plainTable(head: string[], rows: string[][]): string {
  const all = [head, ...rows].map((r) => r.map((c) => c.replaceAll('**', '')));
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

const SUMMARY_HEAD = [
  'domain',
  'openings',
  'P@5 matcher',
  'P@5 keyword',
  'P@5 ratio',
  'NDCG@10 matcher',
  'NDCG@10 keyword',
  'NDCG@10 ratio',
];
const FREQUENCY_HEAD = SUMMARY_HEAD.map((h) => h.replace('keyword', 'kw-frequency'));

function writeResults(
  set: LabelledSet,
  results: OpeningResult[],
  meta: { retrieved: number; keywordReturned: number },
  hand: HandReport,
) {
  const perOpening = results.map((r) => [
    r.opening.key,
    r.opening.title,
    String(r.opening.labels.filter((l) => l.grade >= RELEVANT_GRADE).length),
    f3(r.matcher.p),
    f3(r.keyword.p),
    f3(r.matcher.ndcg),
    f3(r.keyword.ndcg),
    f3(r.keywordFrequency.ndcg),
    r.matcher.grades.join(' ') || '–',
    r.keyword.grades.join(' ') || '–',
  ]);
  const gradeCounts = [0, 1, 2, 3].map((g) =>
    set.openings.reduce((s, o) => s + o.labels.filter((l) => l.grade === g).length, 0),
  );
  const md = `# Matching evaluation (\`npm run eval:matching\`)

Written by \`test/eval/eval-matching.ts\`; do not edit by hand.

- **Labelled set** (\`test/eval/labelled-set.ts\`): ${set.openings.length} unsolved tasks in ${DOMAINS.length} domains
  (${DOMAINS.join(', ')}) across ten job-centre areas; a pool of ${set.candidates.length} candidates;
  ${set.openings.reduce((s, o) => s + o.labels.length, 0)} labels (grade 0/1/2/3: ${gradeCounts.join('/')}),
  ${set.openings.reduce((s, o) => s + o.labels.filter((l) => l.reason.startsWith('shared')).length, 0)} of them for candidates shared with another opening.
- **Grading rules** (applied to every opening × candidate pair of the pool):
${GRADING_RULES.map((r) => `  - ${r}`).join('\n')}
- **Matcher**: \`MatchingService.matchCandidatesForTask(taskId, ${K_NDCG})\` (Meilisearch retrieval + scoring re-rank), as an ADMIN (all industries).
- **Keyword baseline**: \`MatchingService.keywordBaselineForTask(taskId, ${K_NDCG})\`: Meilisearch's order for the task's title and competence names, no filters, no re-ranking.
- **Metrics** (\`test/eval/metrics.ts\`): precision@${K_PRECISION} with relevant = grade ≥ ${RELEVANT_GRADE}; NDCG@${K_NDCG} with gain 2^grade − 1 and the ideal DCG from the labels. A returned candidate without a label counts as grade 0.
- Mean results returned per opening: matcher ${meta.retrieved.toFixed(1)}, keyword ${meta.keywordReturned.toFixed(1)}.

## Summary (mean over openings)

${markdownTable(SUMMARY_HEAD, summaryRows(results))}

Keyword baseline hits: it returned no candidate at all for ${results.filter((r) => r.keyword.ids.length === 0).length} of ${results.length} openings
(\`matchingStrategy: 'last'\` keeps at least the first word of the query, the task title's first word, and when no candidate's text holds that word nothing comes back).

### Sensitivity: the same keyword query with \`matchingStrategy: 'frequency'\`

Not the required baseline; shown so the comparison does not rest on the empty result lists above.

${markdownTable(FREQUENCY_HEAD, summaryRows(results, 'keywordFrequency'))}

## Per opening

Grades of the top ${K_NDCG} in returned order (unlabelled = 0).

${markdownTable(['opening', 'title', 'relevant (≥2)', 'P@5 matcher', 'P@5 keyword', 'NDCG@10 matcher', 'NDCG@10 keyword', 'NDCG@10 kw-frequency', 'matcher top 10', 'keyword top 10'], perOpening)}

## Hand-graded cases (\`test/eval/hand-graded.ts\`)

A small Odense caseload of ${HAND_CANDIDATES.length} people and ${HAND_OPENINGS.length} openings (tasks and IGU slots) where availability
and capacity decide as much as skills: ${hand.labels} grades written by hand, one per (opening, person) pair, each with a
one-line reason; no grading function. Scale: 3 propose now, 2 good with one reservation, 1 only if something changes,
0 would not propose. The rule-graded people above are set inactive for this part. "Without hours": of the top 3, people
whose stored free hours are below the opening's hours and who are not free within 14 days (target 0).

${markdownTable(HAND_HEAD, handRows(hand))}

Availability and capacity cases:

${hand.checks.map((c) => `- ${c.ok ? '✓' : '✗'} ${c.name} (${c.detail})`).join('\n')}
`;
  fs.writeFileSync(RESULTS_FILE, md);
}

/**
 * The keyword baseline's query (task title and competence names, as in
 * MatchingService.keywordBaselineForTask) with matchingStrategy 'frequency'.
 */
async function keywordFrequencyBaseline(runtime: Runtime, taskId: string): Promise<string[]> {
  const { search } = runtime.services;
  const { docs } = await search.documentsFor(runtime.orm.em.fork(), 'task', [taskId]);
  const opening = docs[0] as OpeningDocument | undefined;
  if (!opening) throw new Error(`Task ${taskId} has no search document`);
  const q = [opening.title, ...opening.competenceNames].join(' ').slice(0, 200);
  const res = await search
    .index('candidate')
    .search<CandidateDocument>(q, { limit: K_NDCG, matchingStrategy: 'frequency', attributesToRetrieve: ['id'] });
  return res.hits.map((h) => h.id);
}

// ---------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const started = Date.now();
  const serviceLog: string[] = [];
  const log = (s: string) => serviceLog.push(s);
  const stops: (() => Promise<void>)[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobbro-eval-'));
  // PostgreSQL runs as the `postgres` user when we are root: it must traverse this.
  fs.chmodSync(dir, 0o755);
  let runtime: Runtime | null = null;
  try {
    const set = labelledSet();
    console.log(`Labelled set: ${set.openings.length} openings, ${set.candidates.length} candidates.`);
    const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), database: 'jobbro_eval', fast: true, log });
    stops.push(pg.stop);
    const meili = await startEmbeddedMeilisearch({ dir: path.join(dir, 'meili'), log });
    stops.push(meili.stop);
    const config = loadConfig({
      DATABASE_URL: pg.url(),
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      MEILI_INDEX_PREFIX: 'eval_',
      LOG_LEVEL: 'silent',
    });
    runtime = await bootstrap(config, log);
    const { services } = runtime;
    await services.startBackground();

    const em = runtime.orm.em.fork();
    await seedDemoUsers(em);
    // An admin reaches every industry; the labelled openings span more than the demo portfolio.
    const consultant = await em.findOneOrFail(User, { email: 'admin@demo.dk' });
    if (process.env.EVAL_HAND_ONLY) {
      // EVAL_HAND_ONLY=1: only the hand-graded cases, printed (RESULTS.md is left as it is).
      const hand = await runHandGraded(runtime, config, consultant, []);
      console.log(plainTable(HAND_HEAD, handRows(hand)));
      for (const c of hand.checks) console.log(`${c.ok ? '✓' : '✗'} ${c.name} (${c.detail})`);
      return;
    }
    const { taskIds, candidateIds } = await loadSet(runtime.orm.em.fork(), set);
    await services.outbox.drain(300_000);
    const stats = await services.search.index('candidate').getStats();
    if (stats.numberOfDocuments !== set.candidates.length) {
      throw new Error(`Expected ${set.candidates.length} candidates in Meilisearch, found ${stats.numberOfDocuments}`);
    }
    console.log(`Loaded and indexed in ${((Date.now() - started) / 1000).toFixed(1)} s; running both systems…`);

    const keyById = new Map([...candidateIds].map(([key, id]) => [id, key]));
    const results: OpeningResult[] = [];
    for (const opening of set.openings) {
      const taskId = taskIds.get(opening.key)!;
      const grades = new Map(opening.labels.map((l) => [l.candidateKey, l.grade]));
      const service = new MatchingService({
        em: runtime.orm.em.fork(),
        user: consultant,
        config,
        search: services.search,
        locale: 'da',
        clock: systemClock,
      });
      const matched = await service.matchCandidatesForTask(taskId, K_NDCG);
      const keyword = await service.keywordBaselineForTask(taskId, K_NDCG);
      const keywordFrequency = await keywordFrequencyBaseline(runtime, taskId);
      const toKeys = (ids: string[]) => ids.map((id) => keyById.get(id) ?? `unknown:${id}`);
      const system = (ids: string[]) => {
        const keys = toKeys(ids);
        return {
          ids: keys,
          grades: keys.map((k) => grades.get(k) ?? 0),
          p: precisionAtK(keys, grades, K_PRECISION),
          ndcg: ndcgAtK(keys, grades, K_NDCG),
        };
      };
      results.push({
        opening,
        matcher: system(matched.map((m) => m.candidate.id)),
        keyword: system(keyword),
        keywordFrequency: system(keywordFrequency),
      });
      if (process.env.EVAL_DEBUG) {
        // EVAL_DEBUG=1: each system's top 10 with grades and scores, and the relevant people the matcher missed.
        const r = results.at(-1)!;
        console.log(`\n${opening.key}`);
        for (const [i, k] of r.matcher.ids.entries())
          console.log(`  M${i + 1} ${r.matcher.grades[i]} ${matched[i]!.score} ${k}`);
        for (const [i, k] of r.keyword.ids.entries()) console.log(`  K${i + 1} ${r.keyword.grades[i]} ${k}`);
        const missed = opening.labels.filter((l) => l.grade >= 2 && !r.matcher.ids.includes(l.candidateKey));
        for (const l of missed) console.log(`  missed ${l.grade} ${l.candidateKey}: ${l.reason}`);
      }
    }

    const rows = summaryRows(results);
    console.log('');
    console.log(plainTable(SUMMARY_HEAD, rows));
    console.log('');
    console.log(
      `Keyword baseline returned nothing for ${results.filter((r) => r.keyword.ids.length === 0).length} of ${results.length} openings.`,
    );
    console.log("Sensitivity, the same keyword query with matchingStrategy 'frequency':");
    console.log(plainTable(FREQUENCY_HEAD, summaryRows(results, 'keywordFrequency').slice(0, 1)));
    console.log('');
    const meta = {
      retrieved: mean(results.map((r) => r.matcher.ids.length)),
      keywordReturned: mean(results.map((r) => r.keyword.ids.length)),
    };

    console.log('Hand-graded cases (availability, capacity, IGU slots beside tasks):');
    const hand = await runHandGraded(runtime, config, consultant, [...candidateIds.values()]);
    console.log(plainTable(HAND_HEAD, handRows(hand)));
    for (const c of hand.checks) console.log(`${c.ok ? '✓' : '✗'} ${c.name} (${c.detail})`);
    console.log('');
    writeResults(set, results, meta, hand);
    console.log(
      `Per-opening detail written to ${path.relative(process.cwd(), RESULTS_FILE)} (${((Date.now() - started) / 1000).toFixed(0)} s).`,
    );
  } catch (err) {
    if (serviceLog.length) console.error(serviceLog.slice(-20).join('\n'));
    throw err;
  } finally {
    if (runtime) await runtime.shutdown();
    for (const stop of stops.reverse()) await stop().catch((e: Error) => console.error(`stop: ${e.message}`));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`eval:matching failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
