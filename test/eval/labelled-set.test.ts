import { describe, expect, it } from 'vitest';
import { loadCompetenceCatalogue } from '../../server/src/db/seed/competence-catalogue.js';
import { lookupPostcode } from '../../server/src/shared/postcodes.js';
import { DOMAINS, gradeByConsultantRules, labelledSet, postcodeClasses, validCvr } from './labelled-set.js';

const set = labelledSet();
const codes = new Set(loadCompetenceCatalogue().map((c) => c.code));

describe('the labelled set for eval:matching', () => {
  it('has at least 40 openings, at least four in each domain, each with 10–20 labelled candidates', () => {
    expect(set.openings.length).toBeGreaterThanOrEqual(40);
    for (const d of DOMAINS) expect(set.openings.filter((o) => o.domain === d).length, d).toBeGreaterThanOrEqual(4);
    for (const o of set.openings) {
      expect(o.labels.length, o.key).toBeGreaterThanOrEqual(10);
      expect(o.labels.length, o.key).toBeLessThanOrEqual(20);
      expect(o.labels.filter((l) => l.grade === 3).length, o.key).toBeGreaterThanOrEqual(1);
      for (const g of [0, 1, 2, 3])
        expect(
          o.labels.some((l) => l.grade === g),
          `${o.key} grade ${g}`,
        ).toBe(true);
      for (const l of o.labels) expect(l.reason.length, l.candidateKey).toBeGreaterThan(5);
    }
  });

  it('uses real postcodes, catalogue competence codes, valid CVRs and unique keys', () => {
    const keys = new Set(set.candidates.map((c) => c.key));
    expect(keys.size).toBe(set.candidates.length);
    expect(new Set(set.openings.map((o) => o.key)).size).toBe(set.openings.length);
    for (const o of set.openings) {
      expect(lookupPostcode(o.postcode), o.key).toBeDefined();
      for (const r of o.required) expect(codes.has(r.code), r.code).toBe(true);
      for (const n of o.niceToHave) expect(codes.has(n), n).toBe(true);
      expect(o.company.cvr).toMatch(/^[1-9]\d{7}$/);
      for (const l of o.labels) expect(keys.has(l.candidateKey)).toBe(true);
      const classes = postcodeClasses(o);
      expect(classes.near.length, o.key).toBeGreaterThanOrEqual(3);
      expect(classes.mid.length, o.key).toBeGreaterThanOrEqual(2);
      expect(classes.far.length, o.key).toBeGreaterThanOrEqual(1);
    }
    for (const c of set.candidates) {
      expect(lookupPostcode(c.postcode), c.key).toBeDefined();
      for (const k of c.competences) expect(codes.has(k.code), k.code).toBe(true);
      for (const k of c.freeTextClaims) expect(codes.has(k), k).toBe(true);
      expect(c.availableWeeklyHours).toBeLessThanOrEqual(37);
      expect(c.maxCommuteKm).toBeGreaterThan(0);
    }
    const cvr = validCvr(7);
    const w = [2, 7, 6, 5, 4, 3, 2, 1];
    expect([...cvr].reduce((s, d, i) => s + Number(d) * w[i]!, 0) % 11).toBe(0);
  });

  it('gives every crafted candidate the grade its recipe aims at (the recipes and the rules agree)', () => {
    const byKey = new Map(set.openings.map((o) => [o.key, o]));
    const disagreements = set.candidates
      .map((c) => ({ c, g: gradeByConsultantRules(byKey.get(c.origin.openingKey)!, c) }))
      .filter(({ c, g }) => g.grade !== c.origin.intended)
      .map(({ c, g }) => `${c.key}: intended ${c.origin.intended}, rules ${g.grade} (${g.reason})`);
    expect(disagreements).toEqual([]);
  });

  it('labels every pool candidate the rules grade 1 or better for an opening', () => {
    for (const o of set.openings) {
      const labelled = new Set(o.labels.map((l) => l.candidateKey));
      for (const c of set.candidates) {
        if (gradeByConsultantRules(o, c).grade > 0) expect(labelled.has(c.key), `${o.key} ${c.key}`).toBe(true);
      }
    }
  });

  it('holds the noise the issue asks for', () => {
    const all = set.candidates;
    expect(all.some((c) => /truk certifikat/.test(c.education))).toBe(true);
    expect(all.some((c) => /rengøring på hospital/.test(c.education))).toBe(true);
    const hoursNearMiss = set.openings.flatMap((o) =>
      all.filter((c) => c.origin.openingKey === o.key && c.availableWeeklyHours === o.weeklyHours - 2),
    );
    expect(hoursNearMiss.length).toBeGreaterThanOrEqual(40);
    expect(all.filter((c) => c.currentOrdinaryHours >= c.goalWeeklyHours).length).toBeGreaterThanOrEqual(40);
  });

  it('holds no protected attribute and is deterministic', () => {
    const forbidden = [
      'birth',
      'age',
      'gender',
      'nationality',
      'country',
      'origin',
      'religion',
      'ethnic',
      'residence',
      'health',
      'accommodation',
    ];
    const fieldNames = new Set(set.candidates.flatMap((c) => Object.keys(c)).filter((k) => k !== 'origin'));
    for (const f of forbidden)
      expect(
        [...fieldNames].some((k) => k.toLowerCase().includes(f)),
        f,
      ).toBe(false);
    for (const c of set.candidates) expect(c.firstName).toMatch(/^Kandidat \d{3}$/);
    expect(JSON.stringify(labelledSet())).toBe(JSON.stringify(set));
  });
});
