import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CatalogueCompetence,
  COMPETENCE_DOMAINS,
  competenceCataloguePath,
  loadCompetenceCatalogue,
  parseCompetenceCatalogue,
} from './competence-catalogue.js';

const HEADER = 'code,name_da,name_en,esco_uri,domain,synonyms';
const VALID_ROWS = [
  'forklift-operation,Gaffeltruck (truckcertifikat),Forklift operation,http://data.europa.eu/esco/skill/S8.1.3,warehouse,truckcertifikat|gaffeltruck|forklift',
  'general-cleaning,Rengøring,"Cleaning, commercial",,cleaning,rengøringsassistent|cleaner|rengoring',
];
const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('shipped competence catalogue', () => {
  const catalogue = loadCompetenceCatalogue();
  const bySynonym = (synonym: string): CatalogueCompetence | undefined =>
    catalogue.find((c) => c.synonyms.includes(synonym));

  it('parses and has at least 180 competences', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(180);
  });

  it('is resolved from the source tree', () => {
    expect(fs.existsSync(competenceCataloguePath())).toBe(true);
  });

  it('links at least 100 competences to ESCO skill URIs, all well-formed', () => {
    const withUri = catalogue.filter((c) => c.escoUri !== null);
    expect(withUri.length).toBeGreaterThanOrEqual(100);
    for (const c of withUri) expect(c.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
  });

  it('has unique kebab-case codes and unique Danish names', () => {
    const codes = catalogue.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const names = catalogue.map((c) => c.nameDa.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('uses only valid domains and covers every domain', () => {
    const domains = new Set(catalogue.map((c) => c.domain));
    for (const d of domains) expect(COMPETENCE_DOMAINS).toContain(d);
    for (const d of COMPETENCE_DOMAINS) expect(domains).toContain(d);
  });

  it('has 3–12 lowercase synonyms per row, none repeated and none equal to a name', () => {
    const names = new Set(catalogue.flatMap((c) => [c.nameDa.toLowerCase(), c.nameEn.toLowerCase()]));
    const seen = new Set<string>();
    for (const c of catalogue) {
      expect(c.synonyms.length, c.code).toBeGreaterThanOrEqual(3);
      expect(c.synonyms.length, c.code).toBeLessThanOrEqual(12);
      for (const s of c.synonyms) {
        expect(s).toBe(s.toLowerCase());
        expect(seen.has(s), `synonym "${s}" repeated`).toBe(false);
        expect(names.has(s), `synonym "${s}" equals a name`).toBe(false);
        seen.add(s);
      }
    }
  });

  it('finds competences by the words people type', () => {
    expect(bySynonym('truckcertifikat')?.code).toBe('forklift-operation');
    expect(bySynonym('gaffeltruck')?.code).toBe('forklift-operation');
    expect(bySynonym('rengøring')?.domain).toBe('cleaning');
    expect(bySynonym('kørekort')?.domain).toBe('driving');
    expect(bySynonym('hygiejnebevis')?.domain).toBe('kitchen');
    expect(bySynonym('pædagogmedhjælper')?.domain).toBe('care');
    expect(bySynonym('sikkerhedskursus')?.domain).toBe('construction');
    expect(bySynonym('førstehjælpskursus')?.domain).toBe('transversal');
    expect(bySynonym('pedel')?.domain).toBe('maintenance');
    expect(bySynonym('grønne områder')?.domain).toBe('agriculture');
  });

  it('keeps quoted names with commas intact', () => {
    expect(catalogue.find((c) => c.code === 'fast-food')?.nameDa).toBe('Fastfood, pizza og grill');
  });

  it('contains no language skills (languages are recorded separately)', () => {
    for (const c of catalogue) {
      expect(c.nameEn, c.code).not.toMatch(/\b(language|danish|english|arabic)\b/i);
    }
  });
});

describe('parseCompetenceCatalogue', () => {
  it('parses a valid file, trimming and lowercasing synonyms and mapping an empty URI to null', () => {
    const rows = parseCompetenceCatalogue(
      `\uFEFF${csv(HEADER, VALID_ROWS[0]!, VALID_ROWS[1]!.replace('cleaner', ' Cleaner '))}`,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      code: 'forklift-operation',
      nameDa: 'Gaffeltruck (truckcertifikat)',
      nameEn: 'Forklift operation',
      escoUri: 'http://data.europa.eu/esco/skill/S8.1.3',
      domain: 'warehouse',
      synonyms: ['truckcertifikat', 'gaffeltruck', 'forklift'],
    });
    expect(rows[1]).toMatchObject({ nameEn: 'Cleaning, commercial', escoUri: null });
    expect(rows[1]!.synonyms).toContain('cleaner');
  });

  it('accepts CRLF line endings', () => {
    expect(parseCompetenceCatalogue([HEADER, ...VALID_ROWS].join('\r\n'))).toHaveLength(2);
  });

  it('rejects a duplicate code, naming the line', () => {
    const dup = VALID_ROWS[0]!.replace('truckcertifikat|gaffeltruck|forklift', 'a|b|c');
    expect(() => parseCompetenceCatalogue(csv(HEADER, ...VALID_ROWS, dup))).toThrow(
      /line 4: duplicate code "forklift-operation" \(first defined on line 2\)/,
    );
  });

  it('rejects a synonym used by another row, naming the line', () => {
    const row = 'window-cleaning,Vinduespudsning,Window cleaning,,cleaning,vinduespudser|gaffeltruck|window cleaner';
    expect(() => parseCompetenceCatalogue(csv(HEADER, ...VALID_ROWS, row))).toThrow(
      /line 4: duplicate synonym "gaffeltruck" \(already used by "forklift-operation" on line 2\)/,
    );
  });

  it('rejects a synonym repeated within a row and one that differs only in case', () => {
    const within = 'window-cleaning,Vinduespudsning,Window cleaning,,cleaning,vinduespudser|Vinduespudser|x';
    expect(() => parseCompetenceCatalogue(csv(HEADER, within))).toThrow(/line 2: duplicate synonym "vinduespudser"/);
  });

  it('rejects a synonym equal to a competence name', () => {
    const row = 'window-cleaning,Vinduespudsning,Window cleaning,,cleaning,vinduespudser|rengøring|x';
    expect(() => parseCompetenceCatalogue(csv(HEADER, ...VALID_ROWS, row))).toThrow(
      /line 4: synonym "rengøring" .*equals the name of "general-cleaning"/,
    );
  });

  it('rejects an empty Danish name, naming the line', () => {
    const row = 'window-cleaning,  ,Window cleaning,,cleaning,vinduespudser|window cleaner|x';
    expect(() => parseCompetenceCatalogue(csv(HEADER, ...VALID_ROWS, row))).toThrow(/line 4: empty Danish name/);
  });

  it('reports the first line of a record that spans lines', () => {
    const multi = '"multi-line",Navn,"Name\nover two lines",,office,a|b|c';
    const bad = 'Bad Code,Navn2,Name2,,office,d|e|f';
    expect(() => parseCompetenceCatalogue(csv(HEADER, multi, bad))).toThrow(/line 4: invalid code "Bad Code"/);
  });

  it('rejects an unknown domain', () => {
    const row = 'window-cleaning,Vinduespudsning,Window cleaning,,windows,vinduespudser|window cleaner|x';
    expect(() => parseCompetenceCatalogue(csv(HEADER, row))).toThrow(/line 2: invalid domain "windows"/);
  });

  it('rejects a malformed ESCO URI', () => {
    const row = 'window-cleaning,Vinduespudsning,Window cleaning,https://esco.example/x,cleaning,a|b|c';
    expect(() => parseCompetenceCatalogue(csv(HEADER, row))).toThrow(/line 2: invalid esco_uri/);
  });

  it('rejects a header without a required column', () => {
    const header = 'code,name_da,name_en,esco_uri,domain';
    const row = 'window-cleaning,Vinduespudsning,Window cleaning,,cleaning';
    expect(() => parseCompetenceCatalogue(csv(header, row))).toThrow(/line 1: missing column "synonyms"/);
  });

  it('rejects a row with a missing field', () => {
    const row = 'window-cleaning,Vinduespudsning,Window cleaning,,cleaning';
    expect(() => parseCompetenceCatalogue(csv(HEADER, ...VALID_ROWS, row))).toThrow(
      /line 4: expected 6 fields but found 5 \(missing column "synonyms"\)/,
    );
  });

  it('rejects an empty file', () => {
    expect(() => parseCompetenceCatalogue('')).toThrow(/empty/);
  });
});
