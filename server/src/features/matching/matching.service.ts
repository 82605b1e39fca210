import type { EntityManager } from '@mikro-orm/postgresql';
import type { SearchParams, SearchResponse } from 'meilisearch';
import { entityColumns, sql, uuidArray } from '../../db/sql.js';
import { t } from '../../i18n/index.js';
import {
  type CandidateDocument,
  candidateDocuments,
  candidateForScoring,
  dayFromNumber,
  type OpeningDocument,
  openingForScoring,
  storedAvailability,
} from '../../search/documents.js';
import { highlightTags, markedSnippet } from '../../search/highlight.js';
import { inPostcodes, postcodesWithinKm } from '../../search/nearest.js';
import type { SearchIndex } from '../../search/search-index.js';
import { guardSearch } from '../../search/search-index.js';
import type { ServiceContext } from '../../shared/context.js';
import { DANISH_ORDER } from '../../shared/enums.js';
import { badInput, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/lookup.js';
import { lookupPostcode } from '../../shared/postcodes.js';
import { auditReads, selectAndAuditReads } from '../audit/audit.service.js';
import {
  assertMayReadCompany,
  companyFacts,
  mayReadCompany,
  personAccess,
  personFacts,
  viewerOf,
} from '../auth/scope.js';
import { Role, type User } from '../auth/user.entity.js';
import { availableFromNote, availableFromWithin, canTakeHours } from '../availability/availability.js';
import { Candidate } from '../candidates/candidate.entity.js';
import { Company } from '../companies/company.entity.js';
import { IguSlot } from '../igu-slots/igu-slot.entity.js';
import { mentorsWithRoom } from '../mentors/mentor.service.js';
import { UnsolvedTask } from '../tasks/unsolved-task.entity.js';
import type { CandidateMatch, CandidateSearchFilter, CandidateSearchResult, OpeningMatch } from './matching.types.js';
import { eachQueryApart, quote, retrieveCandidatesVia, type SendRetrieval } from './retrieval.js';
import {
  type GeoPoint,
  plausibleFor,
  rankCandidatesForOpening,
  rankOpeningsForCandidate,
  type ScoredMatch,
} from './scoring.js';

/** Retrieval goes on until at least this many people the scorer would rank are found (or `first`, if more). */
const MIN_SUITABLE = 10;

/** How many openings Meilisearch retrieves for the scoring stage to re-rank. */
export const RETRIEVE_OPENINGS = 200;

// Scoring needs only these: leaving the free text behind keeps the retrieval payload small.
const OPENING_SCORING_FIELDS = [
  'id',
  'kind',
  '_geo',
  'companyId',
  'companyName',
  'industryCode',
  'industryName',
  'industryNameEn',
  'learningGoalCompetenceIds',
  'required',
  'niceToHave',
  'danishLevel',
  'weeklyHours',
  'ordinaryHoursInSight',
  'expectedOrdinaryHours',
  'requiresDrivingLicence',
  'openingsLeft',
];

const SEARCH_FACETS = ['readiness', 'industriesWished', 'languages', 'iguEligible', 'hasDrivingLicence'];
/** The most common values of each facet the portal lists (the index counts up to every postcode). */
const FACET_VALUES_SHOWN = 100;
/** At most this many people withdrawn since the index's last sync are taken off the counts (a handful in practice). */
const MAX_STALE_CORRECTED = 50;
/** Meilisearch's maxTotalHits for the candidate index: a membership check looks this far. */
const MEMBERSHIP_SCAN = 2000;
const HIGHLIGHTED = ['competenceNames', 'competenceNamesEn', 'education', 'summary', 'languages'];

const DIVISION = /^\d{2}$/;

/** Matching is for a logged-in caller. */
export type MatchingContext = ServiceContext & { user: User };

/**
 * Two-stage matching: Meilisearch retrieves a few hundred plausible documents
 * (hard filters, nearest first), the pure scoring module re-ranks and explains.
 */
export class MatchingService {
  constructor(private readonly ctx: MatchingContext) {}

  private assertCanSearchCandidates() {
    if (this.ctx.user.role === Role.COMPANY) throw forbidden('candidateSearch');
  }

  /** Candidates suggested for an unsolved task, best first. */
  async matchCandidatesForTask(taskId: string, first: number): Promise<CandidateMatch[]> {
    this.assertCanSearchCandidates();
    return this.matchCandidates('task', taskId, first, 'matchCandidatesForTask');
  }

  /** Candidates suggested for an IGU slot (only IGU-eligible people), best first. */
  async matchCandidatesForIguSlot(iguSlotId: string, first: number): Promise<CandidateMatch[]> {
    this.assertCanSearchCandidates();
    return this.matchCandidates('iguSlot', iguSlotId, first, 'matchCandidatesForIguSlot');
  }

  /** The opening's document, for openings the caller may match for and with a place left. */
  private async openingDocument(kind: 'task' | 'iguSlot', id: string): Promise<OpeningDocument> {
    const doc = await this.openOpening(kind, id);
    await this.assertCompanyInScope(doc.companyId);
    await this.assertNotFilled(kind, doc);
    return doc;
  }

  /**
   * The opening read once, as its search document (company, status, places left: all matching
   * needs). The entity is read only to say why there is no document (not found, or not open).
   */
  private async openOpening(kind: 'task' | 'iguSlot', id: string): Promise<OpeningDocument> {
    const field = kind === 'task' ? 'taskId' : 'iguSlotId';
    if (!isUuid(id)) throw badInput(field, t('validation.invalidId', { id: id.slice(0, 40) }));
    const { docs } = await this.ctx.search.documentsFor(this.ctx.em, kind, [id]);
    if (docs[0]) return docs[0] as OpeningDocument;
    const entity = kind === 'task' ? UnsolvedTask : IguSlot;
    const row = await this.ctx.em.findOne(entity as typeof UnsolvedTask, { id });
    if (!row) throw notFound(kind === 'task' ? 'task' : 'iguSlot', id);
    await this.assertOpeningInScope(row);
    throw badInput(
      field,
      t('matching.openingNotOpen', {
        what: t(`entities.${kind === 'task' ? 'task' : 'iguSlot'}`),
        status:
          row instanceof UnsolvedTask
            ? t(`enums.taskStatus.${row.status}`)
            : t(`enums.iguStatus.${(row as unknown as IguSlot).status}`),
      }),
    );
  }

  /** As assertOpeningInScope, from the company's id (the opening's document carries it). */
  private async assertCompanyInScope(companyId: string): Promise<void> {
    const [company, viewer] = await Promise.all([
      this.ctx.em.findOneOrFail(Company, { id: companyId }),
      viewerOf(this.ctx.user),
    ]);
    assertMayReadCompany(viewer, companyFacts(company));
  }

  private async assertNotFilled(kind: 'task' | 'iguSlot', doc: OpeningDocument): Promise<void> {
    if (doc.openingsLeft > 0) return;
    // Filled: suggesting people for it would only lead to proposals the company cannot take.
    const entity = kind === 'task' ? UnsolvedTask : IguSlot;
    const row = await this.ctx.em.findOneOrFail(entity as typeof UnsolvedTask, { id: doc.id });
    throw badInput(
      kind === 'task' ? 'taskId' : 'iguSlotId',
      t('matching.filled', { title: row.title, count: row.openings }),
    );
  }

  /** Matching only for openings the caller may read (task() and iguSlot() answer the same). */
  private assertOpeningInScope(row: UnsolvedTask | IguSlot): Promise<void> {
    return assertOpeningInScope(this.ctx.em, this.ctx.user, row);
  }

  /**
   * The openings among `hits` the caller may read: a consultant only those at companies it covers
   * (its portfolio or its assignment), whatever industry the opening itself is filed under.
   */
  private async inScope(hits: OpeningDocument[]): Promise<OpeningDocument[]> {
    const viewer = await viewerOf(this.ctx.user);
    if (viewer.role === Role.ADMIN || viewer.role === Role.ADVISER || !hits.length) return hits;
    const companies = await this.ctx.em.find(Company, { id: { $in: [...new Set(hits.map((h) => h.companyId))] } });
    const readable = new Set(companies.filter((c) => mayReadCompany(viewer, companyFacts(c))).map((c) => c.id));
    return hits.filter((h) => readable.has(h.companyId));
  }

  private async matchCandidates(
    kind: 'task' | 'iguSlot',
    openingId: string,
    first: number,
    operation: string,
  ): Promise<CandidateMatch[]> {
    const opening = await this.openOpening(kind, openingId);
    const today = this.ctx.clock.today();
    // Meilisearch retrieves while the scope is checked (company, portfolio): nothing it finds is
    // used or returned before the checks pass, and the errors come in the same order as before.
    const retrieval =
      opening.openingsLeft > 0 && isValidFirst(first)
        ? retrieveCandidates(
            this.ctx.search,
            opening,
            Math.max(first, MIN_SUITABLE),
            today,
            this.ctx.config.rules.availableWithinDays,
          )
        : Promise.resolve([]);
    retrieval.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
    // The company's mentors with room (a scoring factor) are read meanwhile too: two round trips off the path.
    const mentorsRead = mentorsWithRoom(this.ctx.em, [opening.companyId]);
    mentorsRead.catch(() => undefined);
    await this.assertCompanyInScope(opening.companyId);
    await this.assertNotFilled(kind, opening);
    checkFirst(first);
    const docs = await retrieval;
    const hitsById = new Map(docs.map((h) => [h.id, h]));
    const mentors = await mentorsRead;
    // Retrieval's passes find only plausible people; the rule itself is stated once, in scoring.ts.
    const ranked = rankCandidatesForOpening(
      { ...openingForScoring(opening), mentors: mentors.get(opening.companyId) ?? [] },
      docs
        .map((h) => candidateForScoring(h, today, this.ctx.config.rules.availableWithinDays))
        .filter(plausibleFor(opening)),
      { locale: this.ctx.locale, limit: first },
    );
    const candidates = await this.loadCandidates(
      ranked.map((m) => m.candidateId),
      operation,
    );
    return ranked.flatMap((m) => {
      const candidate = candidates.get(m.candidateId);
      if (!candidate) return [];
      const hit = hitsById.get(m.candidateId);
      const factors = hit ? this.withAvailability(m.factors, hit, opening.weeklyHours, today) : m.factors;
      return [
        {
          candidate,
          score: m.score,
          factors,
          missingRequired: m.missingRequired,
          scoreBeforeMissing: m.scoreBeforeMissing,
        },
      ];
    });
  }

  /** A person free only once the current placement ends: the hours factor says from when. */
  private withAvailability(
    factors: ScoredMatch['factors'],
    hit: Pick<CandidateDocument, 'freeWeeklyHours' | 'availableFrom' | 'freeWeeklyHoursFrom'>,
    weeklyHours: number,
    today: string,
  ): ScoredMatch['factors'] {
    const { ok, from } = canTakeHours(
      storedAvailability(hit),
      weeklyHours,
      today,
      this.ctx.config.rules.availableWithinDays,
    );
    if (!ok || !from) return factors;
    const note = availableFromNote(from, this.ctx.locale);
    return factors.map((f) => (f.key === 'hours' ? { ...f, explanation: `${note} ${f.explanation}` } : f));
  }

  /** Tasks and IGU slots suggested for a candidate, best first. */
  async matchOpeningsForCandidate(candidateId: string, first: number): Promise<OpeningMatch[]> {
    checkFirst(first);
    if (!isUuid(candidateId))
      throw badInput('candidateId', t('validation.invalidId', { id: candidateId.slice(0, 40) }));
    const candidate = await this.ctx.em.findOne(Candidate, { id: candidateId });
    if (!candidate) throw notFound('candidate', candidateId);
    const viewer = await viewerOf(this.ctx.user);
    if (viewer.role === Role.COMPANY || personAccess(viewer, personFacts(candidate)) === 'NONE') {
      await auditReads(this.ctx.em, this.ctx.user, [candidateId], 'matchOpeningsForCandidate', false);
      throw forbidden('person');
    }
    const today = this.ctx.clock.today();
    // The read is logged while the person's document is built (both must succeed before anything is returned).
    const [, [doc]] = await Promise.all([
      auditReads(this.ctx.em, this.ctx.user, [candidateId], 'matchOpeningsForCandidate', true, 'matching'),
      candidateDocuments(this.ctx.em, [candidateId], this.ctx.config, today, { requireConsent: false }),
    ]);
    if (!doc) throw notFound('candidate', candidateId);
    const me = candidateForScoring(doc, today, this.ctx.config.rules.availableWithinDays);
    if (me.currentOrdinaryHours >= me.goalWeeklyHours) return [];

    // Within half again the person's own maximum commute (the scorer draws the line), nearest first.
    const geo = doc._geo ?? undefined;
    const near = geo ? [inPostcodes(postcodesWithinKm(geo, Math.max(doc.maxCommuteKm, 5) * 1.5))] : [];
    const plausible: string[] = [];
    if (doc.competenceIds.length) plausible.push(`competenceIds IN [${doc.competenceIds.map(quote).join(', ')}]`);
    if (doc.industriesWished.length)
      plausible.push(
        `industryCode IN [${doc.industriesWished
          .filter((c) => DIVISION.test(c))
          .map(quote)
          .join(', ')}]`,
      );
    // Only openings with a place left and hours the person has free: now, or once a current placement ending soon has ended.
    const soonFree =
      availableFromWithin(dayFromNumber(doc.availableFrom), today, this.ctx.config.rules.availableWithinDays) !== null;
    const freeHours = Math.max(doc.freeWeeklyHours, soonFree ? (doc.freeWeeklyHoursFrom ?? 0) : 0);
    const capacity = ['openingsLeft > 0', `weeklyHours <= ${freeHours}`];
    const taskFilter = [
      'status IN ["OPEN", "IN_PROGRESS"]',
      ...capacity,
      ...near,
      ...(plausible.length ? [`(${plausible.join(' OR ')})`] : []),
    ];
    if (!doc.hasDrivingLicence) taskFilter.push('NOT requiresDrivingLicence = true');
    const queries = [
      {
        indexUid: this.ctx.search.uid('task'),
        q: '',
        filter: taskFilter,
        near: geo,
        limit: RETRIEVE_OPENINGS,
        attributesToRetrieve: OPENING_SCORING_FIELDS,
      },
    ];
    if (doc.iguEligible) {
      queries.push({
        indexUid: this.ctx.search.uid('iguSlot'),
        q: '',
        filter: ['status = "OPEN"', ...capacity, ...near],
        near: geo,
        limit: 50,
        attributesToRetrieve: OPENING_SCORING_FIELDS,
      });
    }
    // An opening the company accepted this person for is theirs, though its place and the person's
    // hours now count as taken: it stays listed, so the adviser can start the placement from here.
    // Read while Meilisearch searches.
    const acceptedRead = this.acceptedOpenings(candidateId);
    acceptedRead.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
    const res = await guardSearch(() => this.ctx.search.nearest.multiSearch({ queries } as never));
    const retrieved = (res as unknown as { results: { hits: OpeningDocument[] }[] }).results.flatMap((r) => r.hits);
    const accepted = await acceptedRead;
    const readable = new Set((await this.inScope([...retrieved, ...accepted])).map((h) => h.id));
    const own = accepted.filter((h) => readable.has(h.id));
    const found = retrieved.filter((h) => readable.has(h.id));
    const hits = [...found.filter((h) => !own.some((o) => o.id === h.id)), ...own];
    const ownIds = new Set(own.map((o) => o.id));
    const mentors = await mentorsWithRoom(this.ctx.em, [...new Set(hits.map((h) => h.companyId))]);
    const scorable = hits.map((h) => ({ ...openingForScoring(h), mentors: mentors.get(h.companyId) ?? [] }));
    const all = rankOpeningsForCandidate(me, scorable, {
      locale: this.ctx.locale,
      limit: first + ownIds.size,
    });
    const others = new Set(
      all
        .filter((m) => !ownIds.has(m.openingId))
        .slice(0, Math.max(0, first - ownIds.size))
        .map((m) => m.openingId),
    );
    const ranked = all.filter((m) => ownIds.has(m.openingId) || others.has(m.openingId));
    const byId = new Map(hits.map((h) => [h.id, h]));
    return this.loadOpenings(
      ranked.map((m) => ({
        ...m,
        factors: this.withAvailability(m.factors, doc, byId.get(m.openingId)?.weeklyHours ?? 0, today),
      })),
    );
  }

  /** Open tasks and IGU slots the person has an ACCEPTED proposal for and no placement on yet. */
  private async acceptedOpenings(candidateId: string): Promise<OpeningDocument[]> {
    const rows = await sql<{ task_id: string | null; igu_slot_id: string | null }>(
      this.ctx.em,
      `select p.task_id, p.igu_slot_id from proposal p
        where p.candidate_id = ? and p.status = 'ACCEPTED'
          and not exists (select 1 from placement pl where pl.candidate_id = p.candidate_id
                           and (pl.task_id = p.task_id or pl.igu_slot_id = p.igu_slot_id))`,
      [candidateId],
    );
    const taskIds = rows.flatMap((r) => r.task_id ?? []);
    const slotIds = rows.flatMap((r) => r.igu_slot_id ?? []);
    const [tasks, slots] = await Promise.all([
      taskIds.length ? this.ctx.search.documentsFor(this.ctx.em, 'task', taskIds) : { docs: [] },
      slotIds.length ? this.ctx.search.documentsFor(this.ctx.em, 'iguSlot', slotIds) : { docs: [] },
    ]);
    return [...tasks.docs, ...slots.docs] as OpeningDocument[];
  }

  private async loadOpenings(ranked: ScoredMatch[]): Promise<OpeningMatch[]> {
    const taskIds = ranked.filter((m) => m.openingKind !== 'IGU_SLOT').map((m) => m.openingId);
    const slotIds = ranked.filter((m) => m.openingKind === 'IGU_SLOT').map((m) => m.openingId);
    const [tasks, slots] = await Promise.all([
      taskIds.length ? this.ctx.em.find(UnsolvedTask, { id: { $in: taskIds } }) : [],
      slotIds.length ? this.ctx.em.find(IguSlot, { id: { $in: slotIds } }) : [],
    ]);
    const byId = new Map<string, UnsolvedTask | IguSlot>([...tasks, ...slots].map((o) => [o.id, o]));
    return ranked.flatMap((m) => {
      const o = byId.get(m.openingId);
      if (!o) return [];
      return [
        {
          task: o instanceof UnsolvedTask ? o : null,
          iguSlot: o instanceof IguSlot ? o : null,
          score: m.score,
          factors: m.factors,
          missingRequired: m.missingRequired,
          scoreBeforeMissing: m.scoreBeforeMissing,
        },
      ];
    });
  }

  /**
   * The people among `ids` that PostgreSQL still shares (the index may lag a consent withdrawal by a
   * moment: PostgreSQL has the last word), each read audit-logged, in one statement: a round trip fewer
   * on the search and match paths, and no read without its audit row.
   */
  private async loadCandidates(ids: string[], operation: string): Promise<Map<string, Candidate>> {
    if (!ids.length) return new Map();
    const { em, user } = this.ctx;
    // Only people who share their profile are returned, and exactly those reads are logged.
    const rows = await selectAndAuditReads<{ id: string }>(
      em,
      user,
      {
        sql: `select ${entityColumns(em, Candidate, 'c')} from candidate c
               where c.id = any(?::uuid[]) and c.consent_to_share and c.status = 'ACTIVE'`,
        params: [uuidArray(ids)],
      },
      operation,
      'matching',
    );
    return new Map(rows.map((r) => em.map(Candidate, r)).map((c) => [c.id, c]));
  }

  /** Typo-tolerant candidate search with filters, facets and highlights. */
  async searchCandidates(
    query: string | null | undefined,
    filter: CandidateSearchFilter | null | undefined,
    first: number,
    want: { hits: boolean; facets: boolean; highlights: boolean } = { hits: true, facets: true, highlights: true },
  ): Promise<CandidateSearchResult> {
    this.assertCanSearchCandidates();
    checkFirst(first);
    const q = (query ?? '').trim();
    if (q.length > 200) throw badInput('query', t('validation.tooLong', { label: t('fields.query'), max: 200 }));
    const filters = candidateFilters(filter ?? {});
    const index = this.ctx.search.index('candidate');
    const tags = highlightTags();
    // Facet counts are the slowest part of a search (at 100,000 candidates, p95 15 ms with
    // them, 8 without), so a second query counts them while the hits load from PostgreSQL.
    // Facets and highlights only when the client selected them.
    const facetsQuery = want.facets
      ? guardSearch(() => index.search(q, { filter: filters.filter, limit: 0, facets: SEARCH_FACETS }))
      : Promise.resolve({ facetDistribution: {} as Record<string, Record<string, number>> });
    facetsQuery.catch(() => undefined); // awaited below; a failure must not go unhandled meanwhile
    // Who the index may still hold after withdrawing (read meanwhile: a round trip off the path).
    const withdrawn = this.withdrawnSinceSync();
    withdrawn.catch(() => undefined);
    const params: SearchParams = {
      filter: filters.filter,
      // Without hits selected (only totalHits or facets) no person is loaded, returned or audit-logged.
      limit: want.hits ? first : 0,
      // Only the id (and the highlighted text): whole documents make Meilisearch ~8× slower here.
      attributesToRetrieve: want.highlights ? ['id', ...HIGHLIGHTED] : ['id'],
      ...(want.highlights
        ? {
            attributesToHighlight: HIGHLIGHTED,
            highlightPreTag: tags.pre,
            highlightPostTag: tags.post,
            attributesToCrop: ['summary', 'education'],
            cropLength: 24,
          }
        : {}),
    };
    // Near a postcode and without words, the nearest come first; with words, the best matches do
    // (distance then only filters, as the relevance of a word outweighs a few kilometres).
    const res =
      filters.near && !q
        ? await guardSearch(async () => {
            const query = { indexUid: index.uid, q, ...params, near: filters.near };
            const { results } = (await this.ctx.search.nearest.multiSearch({ queries: [query] } as never)) as {
              results: SearchResponse<CandidateDocument>[];
            };
            return results[0]!;
          })
        : await guardSearch(() => index.search<CandidateDocument>(q, params));
    const candidates = await this.loadCandidates(
      res.hits.map((h) => h.id),
      'searchCandidates',
    );
    const { facetDistribution } = await facetsQuery;
    const hits = res.hits.flatMap((h) => {
      const candidate = candidates.get(h.id);
      if (!candidate) return [];
      // The fields that matched are those whose highlighted text holds a mark (asking Meilisearch
      // for match positions as well costs more than reading the marks).
      const formatted = (h._formatted ?? {}) as Record<string, unknown>;
      const highlights = HIGHLIGHTED.flatMap((field) => {
        const snippet = markedSnippet(formatted[field], tags);
        return snippet ? [{ field, snippet }] : [];
      });
      return [{ candidate, highlights }];
    });
    // Counts come from the index, which follows PostgreSQL a moment later: take off the people
    // who withdrew consent (or left) since its last sync and that this search matched (issue 13 item 11).
    const stale = await staleMatches(index, q, filters.filter, await withdrawn);
    const distribution = uncount(facetDistribution ?? {}, stale);
    const facets = Object.entries(distribution).map(([field, values]) => ({
      field,
      values: Object.entries(values)
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
        .slice(0, FACET_VALUES_SHOWN),
    }));
    const totalHits = Math.max(0, (res.estimatedTotalHits ?? hits.length) - stale.length);
    return { totalHits, hits, facets };
  }

  /**
   * People the index may still hold although PostgreSQL no longer shares them (consent withdrawn, not
   * active, erased) because their change waits in the outbox: a handful at most, through the pending-rows index.
   */
  private async withdrawnSinceSync(): Promise<string[]> {
    const rows = await this.ctx.em.getConnection().execute<{ id: string }[]>(
      `select distinct o.entity_id as id
         from search_outbox o
         left join candidate c on c.id = o.entity_id
        where o.processed_at is null and o.entity_type = 'candidate'
          and (c.id is null or not c.consent_to_share or c.status <> 'ACTIVE')
        limit ${MAX_STALE_CORRECTED}`,
      [],
      'all',
    );
    return rows.map((r) => r.id);
  }

  /** Keyword-only baseline for evaluation: Meilisearch's own order for the task's words, no re-ranking. */
  async keywordBaselineForTask(taskId: string, first: number): Promise<string[]> {
    const opening = await this.openingDocument('task', taskId);
    // Competence names first: with the 'frequency' strategy rare words weigh most, so no single title word decides.
    const q = [...opening.competenceNames, opening.title].join(' ').slice(0, 200);
    const res = await guardSearch(() =>
      this.ctx.search
        .index('candidate')
        .search<CandidateDocument>(q, { limit: first, matchingStrategy: 'frequency', attributesToRetrieve: ['id'] }),
    );
    return res.hits.map((h) => h.id);
  }
}

/**
 * Matching, comparing and shortlisting only for openings the caller may read (task() and iguSlot()
 * answer the same): the opening's COMPANY decides (scope.ts), never the industry it is filed under.
 */
export async function assertOpeningInScope(em: EntityManager, user: User, row: UnsolvedTask | IguSlot): Promise<void> {
  const company = await em.findOneOrFail(Company, { id: row.company.id });
  assertMayReadCompany(await viewerOf(user), companyFacts(company));
}

type FacetDoc = Pick<CandidateDocument, 'id' | 'postcode'> & Record<string, unknown>;

/**
 * Of `ids` (people PostgreSQL no longer shares), the documents the index still holds AND that the search
 * (q, filter) matches, with their facet values. Membership is asked of Meilisearch itself, with the same
 * query and filters narrowed to the person's postcode, so no filter is re-implemented here and the index
 * needs no new filterable attribute (making the id filterable stalled indexing on this Meilisearch).
 */
export async function staleMatches(
  index: ReturnType<SearchIndex['index']>,
  q: string,
  filter: SearchParams['filter'],
  ids: string[],
): Promise<FacetDoc[]> {
  if (!ids.length) return [];
  const held = await guardSearch(() =>
    index.getDocuments<FacetDoc>({ ids, fields: ['id', 'postcode', ...SEARCH_FACETS], limit: ids.length }),
  );
  const base = filter == null ? [] : Array.isArray(filter) ? filter : [filter];
  const matched = await Promise.all(
    held.results.map(async (doc) => {
      const near = doc.postcode ? [inPostcodes([doc.postcode])] : [];
      const res = await guardSearch(() =>
        index.search(q, { filter: [...base, ...near], limit: MEMBERSHIP_SCAN, attributesToRetrieve: ['id'] }),
      );
      return res.hits.some((h) => h.id === doc.id) ? doc : null;
    }),
  );
  return matched.filter((d): d is FacetDoc => d !== null);
}

/** Facet counts without `docs`: each document counted once per distinct value of each facet field. */
export function uncount(
  distribution: Record<string, Record<string, number>>,
  docs: FacetDoc[],
): Record<string, Record<string, number>> {
  if (!docs.length) return distribution;
  const out: Record<string, Record<string, number>> = {};
  for (const [field, values] of Object.entries(distribution)) {
    const counts = { ...values };
    for (const doc of docs) {
      const raw = doc[field];
      for (const v of new Set((Array.isArray(raw) ? raw : raw == null ? [] : [raw]).map(String))) {
        if (counts[v] !== undefined) counts[v] -= 1;
      }
    }
    out[field] = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  }
  return out;
}

/**
 * The people the scorer ranks for an opening: retrieval in stages (see `candidateRetrievalStages`) until
 * `need` of them are people the scorer would rank.
 */
export async function retrieveCandidates(
  search: SearchIndex,
  opening: OpeningDocument,
  need: number,
  today: string,
  availableWithinDays: number,
): Promise<CandidateDocument[]> {
  const send: SendRetrieval = eachQueryApart((queries) =>
    guardSearch(() => search.candidateCache.multiSearch(search.nearest as never, queries)),
  );
  return (await retrieveCandidatesVia(send, search.uid('candidate'), opening, need, today, availableWithinDays)).docs;
}

const isValidFirst = (first: number) => Number.isInteger(first) && first >= 1 && first <= 100;

function checkFirst(first: number) {
  if (!isValidFirst(first))
    throw badInput('first', t('validation.pageSize', { max: 100, value: String(first).slice(0, 20) }));
}

/** Builds a Meilisearch filter from validated values only. */
export function candidateFilters(f: CandidateSearchFilter): { filter: string[]; near?: GeoPoint } {
  const filter: string[] = [];
  if (f.industriesWished?.length) {
    const bad = f.industriesWished.find((c) => !DIVISION.test(c));
    if (bad) throw badInput('filter.industriesWished', t('industries.unknown', { code: bad.slice(0, 20) }));
    filter.push(`industriesWished IN [${f.industriesWished.map(quote).join(', ')}]`);
  }
  if (f.readiness?.length) filter.push(`readiness IN [${f.readiness.map(quote).join(', ')}]`);
  if (f.minDanishLevel) filter.push(`danishRank >= ${DANISH_ORDER.indexOf(f.minDanishLevel)}`);
  if (f.minAvailableHours !== null && f.minAvailableHours !== undefined) {
    if (!Number.isFinite(f.minAvailableHours) || f.minAvailableHours < 0 || f.minAvailableHours > 37) {
      throw badInput('filter.minAvailableHours', t('matching.minHoursRange'));
    }
    filter.push(`availableWeeklyHours >= ${f.minAvailableHours}`);
  }
  if (f.minFreeHours !== null && f.minFreeHours !== undefined) {
    if (!Number.isFinite(f.minFreeHours) || f.minFreeHours < 0 || f.minFreeHours > 37) {
      throw badInput('filter.minFreeHours', t('matching.minFreeHoursRange'));
    }
    filter.push(`freeWeeklyHours >= ${f.minFreeHours}`);
  }
  if (f.iguEligible !== null && f.iguEligible !== undefined) filter.push(`iguEligible = ${f.iguEligible}`);
  if (f.hasDrivingLicence !== null && f.hasDrivingLicence !== undefined)
    filter.push(`hasDrivingLicence = ${f.hasDrivingLicence}`);
  if (f.languages?.length) {
    if (f.languages.length > 20 || f.languages.some((l) => l.length > 40))
      throw badInput('filter.languages', t('matching.languagesMax'));
    filter.push(`languages IN [${f.languages.map(quote).join(', ')}]`);
  }
  if (f.competenceIds?.length) {
    const bad = f.competenceIds.find((id) => !isUuid(id));
    if (bad) throw badInput('filter.competenceIds', t('validation.notCompetenceId', { id: bad.slice(0, 40) }));
    for (const id of f.competenceIds) filter.push(`competenceIds = ${quote(id)}`);
  }
  let near: GeoPoint | undefined;
  if (f.postcode || f.withinKm) {
    if (!f.postcode) throw badInput('filter.postcode', t('matching.postcodeForDistance'));
    const pc = lookupPostcode(f.postcode);
    if (!pc) throw badInput('filter.postcode', t('validation.notPostcode', { value: f.postcode.slice(0, 10) }));
    const km = f.withinKm ?? 25;
    if (!Number.isFinite(km) || km <= 0 || km > 500) throw badInput('filter.withinKm', t('matching.distanceRange'));
    filter.push(inPostcodes(postcodesWithinKm(pc.location, km)));
    near = pc.location;
  }
  return { filter, ...(near ? { near } : {}) };
}
