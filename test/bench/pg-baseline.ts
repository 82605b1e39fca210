import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../server/src/config.js';
import { sql } from '../../server/src/db/sql.js';
import { rankCandidatesForOpening, rankOpeningsForCandidate } from '../../server/src/features/matching/scoring.js';
import {
  candidateDocuments,
  candidateForScoring,
  openingForScoring,
  taskDocuments,
} from '../../server/src/search/documents.js';

/**
 * The PostgreSQL-only way to do the same work, for comparison: full-text search over a
 * GIN-indexed tsvector, and matching that loads every plausible row and scores it with
 * the very same scoring module (no retrieval stage to cut the set down).
 */
export async function preparePgBaseline(em: EntityManager): Promise<number> {
  const started = performance.now();
  await sql(em, 'drop table if exists bench_candidate_text');
  await sql(
    em,
    `create table bench_candidate_text as
       select c.id,
              to_tsvector('simple', coalesce(string_agg(co.name || ' ' || array_to_string(co.synonyms, ' '), ' '), '') || ' ' || c.education || ' ' || c.summary || ' ' || array_to_string(c.languages, ' ')) as doc
         from candidate c
         left join candidate_competence cc on cc.candidate_id = c.id
         left join competence co on co.id = cc.competence_id
        where c.consent_to_share and c.status = 'ACTIVE'
        group by c.id`,
  );
  await sql(em, 'create index bench_candidate_text_doc on bench_candidate_text using gin (doc)');
  await sql(em, 'analyze bench_candidate_text');
  return (performance.now() - started) / 1000;
}

export async function pgSearch(em: EntityManager, q: string): Promise<string[]> {
  const rows = await sql<{ id: string }>(
    em,
    `select id from bench_candidate_text, plainto_tsquery('simple', ?) q
      where doc @@ q order by ts_rank(doc, q) desc, id limit 20`,
    [q],
  );
  return rows.map((r) => r.id);
}

export async function pgMatchForTask(
  em: EntityManager,
  config: Config,
  taskId: string,
  today: string,
): Promise<string[]> {
  const [task] = await taskDocuments(em, [taskId]);
  if (!task) return [];
  const ids = await sql<{ id: string }>(
    em,
    `select c.id from candidate c
      where c.consent_to_share and c.status = 'ACTIVE' and c.current_ordinary_hours < c.goal_weekly_hours and c.available_weekly_hours > 0
        and (? = any(c.industries_wished)
             or exists (select 1 from candidate_competence cc where cc.candidate_id = c.id and cc.competence_id::text in (select unnest(?::text[]))))`,
    [task.industryCode, `{${task.competenceIds.join(',')}}`],
  );
  const docs = await candidateDocuments(
    em,
    ids.map((r) => r.id),
    config,
    today,
  );
  return rankCandidatesForOpening(
    openingForScoring(task),
    docs.map((d) => candidateForScoring(d, today)),
    { limit: 10 },
  ).map((m) => m.candidateId);
}

export async function pgMatchOpenings(
  em: EntityManager,
  config: Config,
  candidateId: string,
  today: string,
): Promise<string[]> {
  const [doc] = await candidateDocuments(em, [candidateId], config, today, { requireConsent: false });
  if (!doc) return [];
  const ids = await sql<{ id: string }>(
    em,
    `select t.id from unsolved_task t where t.status = 'OPEN'
        and (t.industry_code = any(?::text[])
             or exists (select 1 from task_competence tc where tc.task_id = t.id and tc.competence_id::text in (select unnest(?::text[]))))`,
    [`{${doc.industriesWished.join(',')}}`, `{${doc.competenceIds.join(',')}}`],
  );
  const tasks = await taskDocuments(
    em,
    ids.map((r) => r.id),
  );
  return rankOpeningsForCandidate(candidateForScoring(doc, today), tasks.map(openingForScoring), { limit: 10 }).map(
    (m) => m.openingId,
  );
}
