import type { EntityManager } from '@mikro-orm/postgresql';
import type { IndexedEntity } from './outbox-event.entity.js';
import type { SearchIndex } from './search-index.js';

/** Which rows belong in each index: the same rules as the document builders. */
const INDEXABLE: Record<IndexedEntity, string> = {
  candidate: `select id from candidate where consent_to_share and status = 'ACTIVE'`,
  task: `select id from unsolved_task where status in ('OPEN', 'IN_PROGRESS')`,
  iguSlot: `select id from igu_slot where status = 'OPEN'`,
};

export interface ConsistencyReport {
  entity: IndexedEntity;
  expected: number;
  indexed: number;
  missing: string[];
  extra: string[];
  pending: number;
}

/** Compares the ids PostgreSQL says should be searchable with those Meilisearch holds. */
export async function compareIndexWithDatabase(em: EntityManager, search: SearchIndex): Promise<ConsistencyReport[]> {
  const out: ConsistencyReport[] = [];
  const conn = em.getConnection();
  for (const entity of Object.keys(INDEXABLE) as IndexedEntity[]) {
    const expected = new Set(((await conn.execute(INDEXABLE[entity])) as { id: string }[]).map((r) => r.id));
    const indexed = new Set<string>();
    const index = search.index(entity);
    for (let offset = 0; ; offset += 1000) {
      const page = await index.getDocuments({ fields: ['id'], limit: 1000, offset });
      for (const d of page.results) indexed.add(String(d.id));
      if (page.results.length < 1000) break;
    }
    const [{ n }] = (await conn.execute(
      `select count(*)::int as n from search_outbox where processed_at is null and entity_type = ?`,
      [entity],
    )) as { n: number }[];
    out.push({
      entity,
      expected: expected.size,
      indexed: indexed.size,
      missing: [...expected].filter((id) => !indexed.has(id)),
      extra: [...indexed].filter((id) => !expected.has(id)),
      pending: n,
    });
  }
  return out;
}
