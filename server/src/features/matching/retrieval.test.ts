import { describe, expect, it } from 'vitest';
import { dayNumber, type OpeningDocument } from '../../search/documents.js';
import { addDays } from '../../shared/dates.js';
import { DanishLevel } from '../../shared/enums.js';
import {
  candidateRetrievalStages,
  eachQueryApart,
  holdsAtLeast,
  type RetrievalQuery,
  type RetrievalStage,
  runRetrieval,
  subsets,
} from './retrieval.js';

const TODAY = '2026-03-02';

function opening(over: Partial<OpeningDocument> = {}): OpeningDocument {
  return {
    id: 'o1',
    kind: 'TASK',
    title: 'Lager',
    description: '',
    learningGoals: '',
    status: 'OPEN',
    companyId: 'c1',
    companyName: 'Firma',
    sector: 'PRIVATE',
    industryCode: '52',
    industryName: 'Lager',
    competenceIds: [],
    competenceNames: [],
    required: [],
    learningGoalCompetenceIds: [],
    niceToHave: [],
    danishLevel: DanishLevel.A1,
    danishRank: 1,
    weeklyHours: 20,
    ordinaryHoursInSight: false,
    expectedOrdinaryHours: null,
    requiresDrivingLicence: false,
    postcode: '8000',
    createdAt: 0,
    openingsLeft: 1,
    _geo: { lat: 56.15, lng: 10.2 },
    ...over,
  };
}

const req = (id: string) => ({ competenceId: id, name: id, minLevel: 1 });

describe('subsets and "holds at least k of"', () => {
  it('lists the k-subsets (n choose k of them)', () => {
    expect(subsets(['a', 'b', 'c', 'd'], 2)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'd'],
      ['b', 'c'],
      ['b', 'd'],
      ['c', 'd'],
    ]);
    expect(subsets(['a', 'b'], 3)).toEqual([]);
  });

  it('writes all of n as separate conditions, one of n as IN, and k of n as an OR of the k-subsets', () => {
    expect(holdsAtLeast(['a', 'b'], 2)).toEqual(['competenceIds = "a"', 'competenceIds = "b"']);
    expect(holdsAtLeast(['a', 'b', 'c'], 1)).toEqual(['competenceIds IN ["a", "b", "c"]']);
    expect(holdsAtLeast(['a', 'b', 'c'], 2)).toEqual([
      '((competenceIds = "a" AND competenceIds = "b") OR (competenceIds = "a" AND competenceIds = "c") OR (competenceIds = "b" AND competenceIds = "c"))',
    ]);
  });

  it('gives up on a level that would take too many subsets (7 choose 3 = 35)', () => {
    expect(holdsAtLeast(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3)).toBeNull();
    expect(holdsAtLeast(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 6)).not.toBeNull();
  });

  it('quotes ids, so an id never becomes filter syntax', () => {
    expect(holdsAtLeast(['x" OR atGoal = true', 'y'], 1)).toEqual(['competenceIds IN ["x\\" OR atGoal = true", "y"]']);
  });
});

describe('the retrieval stages of an opening', () => {
  it('goes from all required competences down to one, then the looser net; a learning goal is not required', () => {
    const o = opening({
      required: [req('a'), req('b'), req('c')],
      learningGoalCompetenceIds: ['c'],
      competenceIds: ['a', 'b', 'c', 'n'],
    });
    const stages = candidateRetrievalStages('cand', o, TODAY, 14);
    const own = (q: RetrievalQuery) => q.filter.filter((f) => /competenceIds|industriesWished/.test(f));
    expect(stages.map((s) => [s.queries.map(own), s.ifCut?.map(own)])).toEqual([
      [
        [['competenceIds = "a"', 'competenceIds = "b"']],
        [['competenceIds = "a"', 'competenceIds = "b"', 'industriesWished = "52"']],
      ],
      [[['competenceIds IN ["a", "b"]']], [['competenceIds IN ["a", "b"]', 'industriesWished = "52"']]],
      [[['competenceIds IN ["a", "b", "c", "n"]'], ['industriesWished = "52"']], undefined],
    ]);
    for (const q of stages.flatMap((s) => [...s.queries, ...(s.ifCut ?? [])])) {
      // Every pass keeps the hard filters, nearest first (no radius: the scorer applies each person's own
      // maximum commute), and retrieves only scoring fields.
      expect(q.filter).toContain('atGoal = false');
      expect(q.filter.some((f) => f.includes('postcode'))).toBe(false);
      expect(q.filter.some((f) => f.startsWith('(freeWeeklyHours >= 20 OR (availableFrom <= '))).toBe(true);
      expect(q.near).toEqual({ lat: 56.15, lng: 10.2 });
      expect(q.attributesToRetrieve).not.toContain('summary');
      expect(q.limit).toBeGreaterThan(0);
    }
  });

  it('asks an opening that names no competence for anyone eligible nearby and those who wish its industry', () => {
    const stages = candidateRetrievalStages('cand', opening(), TODAY, 14);
    expect(stages).toHaveLength(1);
    expect(stages[0]!.queries.map((q) => q.filter.filter((f) => /competenceIds|industriesWished/.test(f)))).toEqual([
      [],
      ['industriesWished = "52"'],
    ]);
  });

  it('adds the licence and IGU eligibility when the opening needs them, and no nearest-first without a location', () => {
    const q = candidateRetrievalStages(
      'cand',
      opening({ kind: 'IGU_SLOT', requiresDrivingLicence: true, _geo: null }),
      TODAY,
      14,
    )[0]!.queries[0]!;
    expect(q.filter).toEqual(expect.arrayContaining(['hasDrivingLicence = true', 'iguEligible = true']));
    expect(q.near).toBeUndefined();
  });

  it("lets in people whose placement ends within the rules' window, and no later", () => {
    const window = (days: number) =>
      candidateRetrievalStages('cand', opening(), TODAY, days)[0]!.queries[0]!.filter.find((f) =>
        f.startsWith('(freeWeeklyHours'),
      );
    const soonFree = (day: string) =>
      `(freeWeeklyHours >= 20 OR (availableFrom <= ${dayNumber(day)} AND (freeWeeklyHoursFrom >= 20 OR freeWeeklyHoursFrom NOT EXISTS)))`;
    expect(window(14)).toBe(soonFree(addDays(TODAY, 14)));
    expect(window(7)).toBe(soonFree(addDays(TODAY, 7)));
  });
});

describe('runRetrieval', () => {
  type Doc = { id: string; ok: boolean };
  const query = (filter: string): RetrievalQuery => ({
    indexUid: 'cand',
    q: '',
    filter: [filter],
    limit: 10,
    attributesToRetrieve: ['id'],
  });
  const stage = (n: number): RetrievalStage => ({ queries: [query(`stage = ${n}`)] });
  const docs = (prefix: string, n: number, ok = true): Doc[] =>
    Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, ok }));

  it('stops at the first stage that brings enough suitable people', async () => {
    const sent: string[] = [];
    const answers: Record<string, Doc[]> = { 'stage = 1': docs('a', 12), 'stage = 2': docs('b', 5) };
    const r = await runRetrieval<Doc>(
      [stage(1), stage(2)],
      10,
      (d) => d.ok,
      async (qs) => {
        sent.push(qs[0]!.filter[0]!);
        return [{ hits: answers[qs[0]!.filter[0]!]! }];
      },
    );
    expect(sent).toEqual(['stage = 1']);
    expect(r.requests).toBe(1);
    expect(r.docs).toHaveLength(12);
  });

  it('goes on while too few are suitable, counts each person once, and keeps the stages in order', async () => {
    const answers: Record<string, Doc[]> = {
      'stage = 1': [...docs('a', 4), ...docs('x', 20, false)],
      'stage = 2': [...docs('a', 4), ...docs('b', 4)],
      'stage = 3': docs('c', 3),
      'stage = 4': docs('d', 3),
    };
    const r = await runRetrieval<Doc>(
      [stage(1), stage(2), stage(3), stage(4)],
      10,
      (d) => d.ok,
      async (qs) => [{ hits: answers[qs[0]!.filter[0]!]! }],
    );
    // 4 suitable, then 4 more (the 4 repeated are not counted twice), then 3: 11 ≥ 10 after stage 3.
    expect(r.requests).toBe(3);
    expect(r.docs.map((d) => d.id)).toEqual([
      ...docs('a', 4).map((d) => d.id),
      ...docs('x', 20).map((d) => d.id),
      ...docs('b', 4).map((d) => d.id),
      ...docs('c', 3).map((d) => d.id),
    ]);
  });

  it("sends a stage's second pass in the same request as its first, and stops once enough are found", async () => {
    const sent: string[][] = [];
    const stages: RetrievalStage[] = [
      { queries: [query('all')], ifCut: [query('all and wish')] },
      { queries: [query('some')], ifCut: [query('some and wish')] },
      { queries: [query('net')] },
    ];
    const answers: Record<string, { hits: Doc[]; estimatedTotalHits: number }> = {
      all: { hits: docs('a', 3), estimatedTotalHits: 3 },
      // Not cut: the second pass finds a subset of the same people, counted once.
      'all and wish': { hits: docs('a', 2), estimatedTotalHits: 2 },
      some: { hits: docs('b', 10), estimatedTotalHits: 250 },
      'some and wish': { hits: docs('w', 2), estimatedTotalHits: 2 },
      net: { hits: docs('n', 5), estimatedTotalHits: 5 },
    };
    const r = await runRetrieval<Doc>(
      stages,
      10,
      (d) => d.ok,
      async (qs) => {
        sent.push(qs.map((q) => q.filter[0]!));
        return qs.map((q) => answers[q.filter[0]!]!);
      },
    );
    expect(sent).toEqual([
      ['all', 'all and wish'],
      ['some', 'some and wish'],
    ]);
    expect(r.requests).toBe(2);
    expect(r.docs.map((d) => d.id)).toEqual([
      ...docs('a', 3).map((d) => d.id),
      ...docs('b', 10).map((d) => d.id),
      ...docs('w', 2).map((d) => d.id),
    ]);
  });
});

describe('eachQueryApart', () => {
  it('sends each query of a stage in its own request, all at once, and keeps the results in query order', async () => {
    const q = (f: string): RetrievalQuery => ({
      indexUid: 'cand',
      q: '',
      filter: [f],
      limit: 1,
      attributesToRetrieve: ['id'],
    });
    const started: string[] = [];
    const release: (() => void)[] = [];
    const send = eachQueryApart<{ id: string }>(async (qs) => {
      expect(qs).toHaveLength(1);
      started.push(qs[0]!.filter[0]!);
      await new Promise<void>((r) => release.push(r));
      return [{ hits: [{ id: qs[0]!.filter[0]! }] }];
    });
    const done = send([q('first'), q('second')]);
    await Promise.resolve();
    // Both are on their way before either has answered.
    expect(started).toEqual(['first', 'second']);
    for (const r of release.reverse()) r();
    expect((await done).map((r) => r.hits[0]!.id)).toEqual(['first', 'second']);
  });
});
