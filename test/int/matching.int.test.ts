import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../server/src/features/auth/user.entity.js';
import { Candidate, Evidence } from '../../server/src/features/candidates/candidate.entity.js';
import { TaskStatus, UnsolvedTask } from '../../server/src/features/tasks/unsolved-task.entity.js';
import { compareIndexWithDatabase } from '../../server/src/search/consistency.js';
import { enqueueIndex } from '../../server/src/search/outbox.js';
import { DanishLevel } from '../../server/src/shared/enums.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { competenceByCode, makeCandidate, makeCompany, makeTask, userByEmail } from './matching-fixtures.js';

const MATCH = `query($id: ID!, $first: Int) { matchCandidatesForTask(taskId: $id, first: $first) {
  score candidate { id firstName } factors { key label weight score explanation } } }`;

describe('matching and search against real Meilisearch', () => {
  let t: DemoApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createDemoApp();
    const em = t.em();
    const adviser = await userByEmail(em, 'raadgiver@demo.dk');
    const forklift = await competenceByCode(em, 'forklift-operation');
    const picking = await competenceByCode(em, 'order-picking');
    const cleaning = await competenceByCode(em, 'general-cleaning');
    const company = await makeCompany(em, { industry: '52', postcode: '5220' });
    const task = await makeTask(em, company, [
      { competence: forklift, minLevel: 2 },
      { competence: picking, minLevel: 1 },
    ]);
    ids.task = task.id;
    ids.amina = (
      await makeCandidate(em, {
        firstName: 'Amina',
        postcode: '5000',
        adviser,
        competences: [
          { competence: forklift, level: 3, evidence: Evidence.OBSERVED_IN_PLACEMENT },
          { competence: picking, level: 2 },
        ],
      })
    ).id;
    ids.yonas = (
      await makeCandidate(em, {
        firstName: 'Yonas',
        postcode: '5700',
        competences: [{ competence: forklift, level: 1 }],
        danishLevel: DanishLevel.A1,
      })
    ).id;
    ids.noConsent = (
      await makeCandidate(em, {
        firstName: 'Hidden',
        consentToShare: false,
        competences: [
          { competence: forklift, level: 4 },
          { competence: picking, level: 4 },
        ],
      })
    ).id;
    ids.atGoal = (
      await makeCandidate(em, {
        firstName: 'Fulltime',
        currentOrdinaryHours: 37,
        competences: [{ competence: forklift, level: 4 }],
      })
    ).id;
    ids.cleaner = (
      await makeCandidate(em, {
        firstName: 'Sara',
        industriesWished: ['81'],
        competences: [{ competence: cleaning, level: 3 }],
        education: 'Rengøring på hotel',
      })
    ).id;
    await t.runtime.services.outbox.drain().catch(async (e) => {
      const rows = await t.runtime.orm.em
        .fork()
        .getConnection()
        .execute('select entity_type, attempts, last_error from search_outbox where processed_at is null limit 3');
      throw new Error(
        `${e.message}: ${JSON.stringify(rows)} ${t.runtime.services.outbox.stats.lastError?.slice(-400)}`,
      );
    });
  });
  afterAll(() => t?.close());

  it('suggests the best candidate first, with explained factors, and never hard-excluded people', async () => {
    const c = await t.as(Role.CONSULTANT);
    const r = await c.ok(MATCH, { id: ids.task, first: 10 });
    const matches = r.matchCandidatesForTask as {
      score: number;
      candidate: { id: string };
      factors: { key: string; explanation: string; weight: number }[];
    }[];
    const got = matches.map((m) => m.candidate.id);
    expect(got[0]).toBe(ids.amina);
    expect(got).toContain(ids.yonas);
    expect(got).not.toContain(ids.noConsent);
    expect(got).not.toContain(ids.atGoal);
    expect(got).not.toContain(ids.cleaner);
    for (const m of matches) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(100);
    }
    expect(matches[0]!.score).toBeGreaterThan(matches[1]!.score);
    const yonasCompetence = matches
      .find((m) => m.candidate.id === ids.yonas)!
      .factors.find((f) => f.key === 'competences')!;
    expect(yonasCompetence.explanation).toMatch(/Ordreplukning/);
    expect(yonasCompetence.weight).toBeGreaterThan(0);
  });

  it('gives the same order on the same data', async () => {
    const c = await t.as(Role.CONSULTANT);
    const a = await c.ok(MATCH, { id: ids.task });
    const b = await c.ok(MATCH, { id: ids.task });
    expect(a).toEqual(b);
  });

  it('explains in English when asked', async () => {
    const c = await t.as(Role.CONSULTANT);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: c.cookie!, 'accept-language': 'en-GB' },
      body: JSON.stringify({ query: MATCH, variables: { id: ids.task } }),
    });
    const body = (await res.json()) as any;
    const f = body.data.matchCandidatesForTask[1].factors.find((x: { key: string }) => x.key === 'competences');
    expect(f.explanation).toMatch(/required competences/);
  });

  it('finds people by synonym and through a typo, with highlights and facets', async () => {
    const c = await t.as(Role.CONSULTANT);
    const q = `query($q: String, $f: CandidateSearchFilter) { searchCandidates(query: $q, filter: $f, first: 10) {
      totalHits hits { candidate { id firstName } highlights { field snippet } } facets { field values { value count } } } }`;
    const syn = (await c.ok(q, { q: 'truckcertifikat' })).searchCandidates;
    const synIds = syn.hits.map((h: any) => h.candidate.id);
    expect(synIds).toEqual(expect.arrayContaining([ids.amina, ids.yonas]));
    expect(synIds).not.toContain(ids.noConsent);
    // A client that asks for no facets or highlights gets the same people, in the same order.
    const lean = (
      await c.ok(
        'query($q: String) { searchCandidates(query: $q, first: 10) { totalHits hits { candidate { id } } } }',
        { q: 'truckcertifikat' },
      )
    ).searchCandidates;
    expect(lean.hits.map((h: any) => h.candidate.id)).toEqual(synIds);
    expect(lean.totalHits).toBe(syn.totalHits);
    const typo = (await c.ok(q, { q: 'gaffeltruk' })).searchCandidates;
    expect(typo.hits.map((h: any) => h.candidate.id)).toContain(ids.amina);
    const hotel = (await c.ok(q, { q: 'hotel' })).searchCandidates;
    expect(hotel.hits[0].candidate.id).toBe(ids.cleaner);
    expect(hotel.hits[0].highlights[0].snippet).toContain('<mark>');
    const facets = Object.fromEntries(syn.facets.map((f: any) => [f.field, f.values]));
    expect(facets.industriesWished).toEqual(expect.arrayContaining([{ value: '52', count: 3 }]));
    const filtered = (await c.ok(q, { q: 'truck', f: { minDanishLevel: 'A2' } })).searchCandidates;
    const filteredIds = filtered.hits.map((h: any) => h.candidate.id);
    expect(filteredIds).toContain(ids.amina);
    expect(filteredIds).not.toContain(ids.yonas); // A1 is below A2
    const near = (await c.ok(q, { q: '', f: { postcode: '5000', withinKm: 10 } })).searchCandidates;
    expect(near.hits.map((h: any) => h.candidate.id)).not.toContain(ids.yonas);
    // Without words the nearest come first (Yonas in Svendborg, ~40 km, after everyone in Odense), and
    // the total counts everyone within reach, also when only the nearest are returned.
    const around = (await c.ok(q, { q: '', f: { postcode: '5000', withinKm: 60 } })).searchCandidates;
    expect(around.hits.map((h: any) => h.candidate.id).at(-1)).toBe(ids.yonas);
    expect(around.totalHits).toBe(around.hits.length);
    const first = q.replace('first: 10', 'first: 1');
    const one = (await c.ok(first, { q: '', f: { postcode: '5700', withinKm: 60 } })).searchCandidates;
    expect(one.hits.map((h: any) => h.candidate.id)).toEqual([ids.yonas]);
    expect(one.totalHits).toBe(around.totalHits);
  });

  it('rejects filter injection and bad filters with a field', async () => {
    const c = await t.as(Role.CONSULTANT);
    const q = 'query($f: CandidateSearchFilter) { searchCandidates(query: "x", filter: $f) { totalHits } }';
    const inj = await c.request(q, { f: { industriesWished: ['52" OR id EXISTS OR "x'] } });
    expect(inj.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.industriesWished' });
    const lang = await c.request(q, { f: { languages: ['arabisk" OR adviserId EXISTS'] } });
    expect(lang.errors).toBeUndefined();
    expect(lang.data?.searchCandidates).toEqual({ totalHits: 0 });
  });

  it('keeps names beyond the first, birth dates and accommodation needs out of the index', async () => {
    const docs = await t.runtime.services.search.index('candidate').getDocuments({ limit: 100 });
    expect(docs.results.length).toBe(4);
    const keys = new Set(docs.results.flatMap((d) => Object.keys(d)));
    // An allow-list: a new field in the index is a deliberate decision, made here.
    expect([...keys].sort()).toEqual(
      [
        'id',
        'firstName',
        'competenceIds',
        'competenceNames',
        'competenceNamesEn',
        'education',
        'summary',
        'languages',
        'industriesWished',
        'readiness',
        'danishLevel',
        'danishRank',
        'availableWeeklyHours',
        'goalWeeklyHours',
        'currentOrdinaryHours',
        'atGoal',
        'freeWeeklyHours',
        'availableFrom',
        'freeWeeklyHoursFrom',
        'hasDrivingLicence',
        'maxCommuteKm',
        'iguEligible',
        'hasActivePlacement',
        'lastPlacementEndedOn',
        'enrolledOn',
        'activationRuleApplies',
        'competenceLevels',
        'competenceEvidence',
        'pastPlacements',
        '_geo',
        // The postcode `_geo` is the centre of, no finer: distance is filtered on it (search/nearest.ts).
        'postcode',
        // A digest of the scoring fields (matching's document cache), which reveals nothing of its own.
        'scoringRev',
      ].sort(),
    );
    for (const forbidden of [
      'lastName',
      'birthDate',
      'accommodationNeeds',
      'residenceCategory',
      'arrivalDate',
      'age',
      'gender',
      'nationality',
      'targetGroup',
      'adviserId',
    ]) {
      expect(keys.has(forbidden), forbidden).toBe(false);
    }
    expect(JSON.stringify(docs.results)).not.toContain('Efternavnsen');
    expect(JSON.stringify(docs.results)).not.toContain('tunge løft');
  });

  it('drops a person from the index when consent is withdrawn', async () => {
    const em = t.runtime.orm.em.fork();
    await em.transactional(async (tx) => {
      const y = await tx.findOneOrFail(Candidate, ids.yonas!);
      y.consentToShare = false;
      enqueueIndex(tx, 'candidate', y.id);
    });
    await t.runtime.services.outbox.drain();
    const docs = await t.runtime.services.search.index('candidate').getDocuments({ limit: 100 });
    expect(docs.results.map((d) => d.id)).not.toContain(ids.yonas);
  });

  it('suggests openings for a candidate', async () => {
    const c = await t.as(Role.ADVISER);
    const r = await c.ok(
      `query($id: ID!) { matchOpeningsForCandidate(candidateId: $id) { score task { id title } iguSlot { id } factors { key explanation } } }`,
      {
        id: ids.amina,
      },
    );
    expect(r.matchOpeningsForCandidate[0].task.id).toBe(ids.task);
    expect(r.matchOpeningsForCandidate[0].factors.find((f: any) => f.key === 'commute').explanation).toMatch(/km/);
  });

  it("names a closed task's status in the reader's language, never the code", async () => {
    const em = t.runtime.orm.em.fork();
    const company = await makeCompany(em, { industry: '52', postcode: '5220' });
    const closed = await makeTask(em, company, [], { title: 'Lukket opgave' });
    await em.nativeUpdate(UnsolvedTask, { id: closed.id }, { status: TaskStatus.CLOSED });
    const admin = await t.client().login('admin@demo.dk');
    const da = await admin.request(MATCH, { id: closed.id });
    expect(da.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(da.errors?.[0]?.message).toMatch(/^Opgaven har status Lukket: kun åbne får forslag\.$/);
    const en = await t.client().in('en').login('admin@demo.dk');
    expect((await en.request(MATCH, { id: closed.id })).errors?.[0]?.message).toMatch(/is Closed: only open ones/);
  });

  it("names the opening's industry in the reader's language in the explanations (English name in English)", async () => {
    const em = t.runtime.orm.em.fork();
    const task = await em.findOneOrFail(UnsolvedTask, { id: ids.task }, { populate: ['industry'] });
    const industry = task.industry.getEntity();
    expect(industry.nameEn, 'the DB07 reference has English names').toBeTruthy();
    expect(industry.nameEn).not.toBe(industry.name);
    const industryOf = (r: { matchCandidatesForTask: { factors: { key: string; explanation: string }[] }[] }) =>
      r.matchCandidatesForTask.flatMap((m) => m.factors.filter((f) => f.key === 'industry').map((f) => f.explanation));
    // Those naming the industry (not "no wished industries recorded").
    const da = industryOf(await (await t.client().login('admin@demo.dk')).ok(MATCH, { id: ids.task })).filter((e) =>
      e.startsWith('Branche '),
    );
    const en = industryOf(await (await t.client().in('en').login('admin@demo.dk')).ok(MATCH, { id: ids.task })).filter(
      (e) => e.startsWith('Industry '),
    );
    expect(da.length).toBeGreaterThan(0);
    expect(en.length).toBe(da.length);
    for (const e of da) expect(e).toContain(`(${industry.name})`);
    for (const e of en) {
      expect(e).toContain(`(${industry.nameEn})`);
      expect(e).not.toContain(`(${industry.name})`);
    }
  });

  it('refuses companies', async () => {
    const c = await t.as(Role.COMPANY);
    const r = await c.request(MATCH, { id: ids.task });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rebuilds an index into a fresh one and swaps it in', async () => {
    const em = t.runtime.orm.em.fork();
    const count = await t.runtime.services.search.rebuild(em, 'candidate');
    expect(count).toBe(3); // Yonas withdrew consent above
    const c = await t.as(Role.CONSULTANT);
    const r = await c.ok(MATCH, { id: ids.task });
    expect(r.matchCandidatesForTask[0].candidate.id).toBe(ids.amina);
  });

  it('rebuilds at start an index whose documents predate the postcode that distance is filtered on', async () => {
    const search = t.runtime.services.search;
    const index = search.index('candidate');
    // Amina's document as an older version wrote it: without a postcode, so no distance filter finds her.
    const [doc] = (await index.getDocuments<Record<string, unknown>>({ ids: [ids.amina], limit: 1 })).results;
    const { postcode, ...older } = doc!;
    expect(postcode).toBe('5000');
    await index.addDocuments([older]).waitTask({ timeout: 60_000 });
    const logged: string[] = [];
    await search.rebuildIfEmpty(t.runtime.orm.em.fork(), (line) => void logged.push(line));
    expect(logged).toEqual([
      expect.stringMatching(/candidates was without postcodes: rebuilt from PostgreSQL \(3 documents\)/),
    ]);
    const [now] = (await index.getDocuments<Record<string, unknown>>({ ids: [ids.amina], limit: 1 })).results;
    expect(now!.postcode).toBe('5000');
    // Indexes that are whole are left alone.
    await search.rebuildIfEmpty(t.runtime.orm.em.fork(), (line) => void logged.push(line));
    expect(logged).toHaveLength(1);
  });

  it('rebuilds in several reads and several Meilisearch tasks without losing a document', async () => {
    const em = t.runtime.orm.em.fork();
    const adviser = await userByEmail(em, 'raadgiver@demo.dk');
    for (let i = 0; i < 9; i++) await makeCandidate(em, { firstName: `Ekstra${i}`, postcode: '5000', adviser });
    const progress: number[] = [];
    // Reads of 2 rows and tasks of 5 documents: 12 people make 6 reads and 3 tasks.
    const count = await t.runtime.services.search.rebuild(em, 'candidate', (done) => void progress.push(done), {
      read: 2,
      taskDocs: 5,
    });
    expect(count).toBe(12);
    expect(progress).toEqual([2, 4, 6, 8, 10, 12]);
    const [report] = await compareIndexWithDatabase(em, t.runtime.services.search);
    expect(report).toMatchObject({ entity: 'candidate', expected: 12, indexed: 12, missing: [], extra: [] });
  });

  it('item 11: a highlight snippet is the stored text escaped, with only the search’s <mark> as markup', async () => {
    const em = t.runtime.orm.em.fork();
    const hostile = (
      await makeCandidate(em, {
        firstName: 'Markup',
        industriesWished: ['01'],
        adviser: await userByEmail(em, 'raadgiver@demo.dk'),
        education: '<img src=x onerror="alert(1)"> Kranfører & <b>montør</b> <mark>falsk</mark>',
      })
    ).id;
    await t.runtime.services.outbox.drain();
    const c = await t.as(Role.CONSULTANT);
    const r = await c.ok(
      'query($q: String) { searchCandidates(query: $q, first: 5) { hits { candidate { id } highlights { field snippet } } } }',
      { q: 'kranfører' },
    );
    const hit = r.searchCandidates.hits.find((h: any) => h.candidate.id === hostile);
    const education = hit?.highlights.find((h: any) => h.field === 'education')?.snippet;
    expect(education).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>Kranfører</mark> &amp; &lt;b&gt;montør&lt;/b&gt; &lt;mark&gt;falsk&lt;/mark&gt;',
    );
  });
});
