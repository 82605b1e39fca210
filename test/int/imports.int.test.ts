import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../server/src/features/audit/audit-entry.entity.js';
import { Role, User } from '../../server/src/features/auth/user.entity.js';
import { Candidate } from '../../server/src/features/candidates/candidate.entity.js';
import { Company } from '../../server/src/features/companies/company.entity.js';
import { ImportKind } from '../../server/src/features/imports/import.inputs.js';
import { ImportService } from '../../server/src/features/imports/import.service.js';
import type { Context } from '../../server/src/shared/context.js';
import { createDemoApp, type DemoApp } from '../setup/demo-app.js';
import { buildCandidate, buildCompany, buildPlacement, nextCvr } from '../setup/factories.js';
import { type GqlClient } from '../setup/test-app.js';

const PREVIEW = `query($kind: ImportKind!, $csv: String!, $onExisting: ImportExistingMode) {
  previewImport(kind: $kind, csv: $csv, onExisting: $onExisting) {
    columns { key header }
    ignoredColumns
    rows { line action existingId values { key value } errors { field column message code } }
    validCount
    errorCount
    errorCsv
    createCount updateCount unchangedCount skipCount
  }
}`;

const COMMIT = `mutation($kind: ImportKind!, $csv: String!, $onExisting: ImportExistingMode) {
  commitImport(kind: $kind, csv: $csv, onExisting: $onExisting) {
    processed created createdIds updated updatedIds unchanged skipped rejected
    errors { line errors { field column message code } }
  }
}`;

const EXPORT_PLACEMENTS = `query($filter: PlacementFilter) { exportPlacementsCsv(filter: $filter) }`;
const EXPORT_DASHBOARD = `query($filter: DashboardFilter) { exportDashboardCsv(filter: $filter) }`;

/** A CVR with a wrong check digit: a valid one with its last digit moved on. */
const badCheckDigit = (cvr: string) => cvr.slice(0, 7) + String((Number(cvr[7]) + 1) % 10);

const companyCsv = (rows: string[][], header = 'cvr;navn;branche;sektor;postnr;samarbejde') =>
  [header, ...rows.map((r) => r.join(';'))].join('\n');

describe('CSV import and export over HTTP', () => {
  let t: DemoApp;
  let admin: GqlClient;
  let consultant: GqlClient;
  let adviser: GqlClient;
  let companyUser: GqlClient;
  let adviserUser: User;
  const em = () => t.em();
  const count = async (cvrs: string[]) => em().count(Company, { cvr: { $in: cvrs } });

  beforeAll(async () => {
    t = await createDemoApp();
    const { users } = t;
    adviserUser = users.find((u) => u.role === Role.ADVISER)!;
    admin = await t.as(Role.ADMIN);
    consultant = await t.as(Role.CONSULTANT);
    adviser = await t.as(Role.ADVISER);
    companyUser = await t.as(Role.COMPANY);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('previewImport', () => {
    it('shows per-row errors for a bad CVR check digit and an unknown industry, and saves nothing', async () => {
      const good1 = nextCvr();
      const bad = badCheckDigit(nextCvr());
      const unknownIndustry = nextCvr();
      const good2 = nextCvr();
      const csv = companyCsv([
        [good1, 'Preview Bageri ApS', '10', 'privat', '5000', 'partnerskab'],
        [bad, 'Forkert CVR ApS', '52', 'privat', '5000', ''],
        [unknownIndustry, 'Ukendt Branche ApS', '7Z', 'offentlig', '8000', ''],
        [good2, 'Preview Rengøring A/S', '81', 'Offentlig', '8000', 'samarbejde'],
      ]);
      const { previewImport: p } = await admin.ok(PREVIEW, { kind: 'COMPANIES', csv });
      expect(p.columns.map((c: { key: string }) => c.key)).toEqual([
        'cvr',
        'name',
        'industryCode',
        'sector',
        'postcode',
        'tier',
      ]);
      expect(p.rows.map((r: { line: number }) => r.line)).toEqual([2, 3, 4, 5]);
      expect(p.validCount).toBe(2);
      expect(p.errorCount).toBe(2);
      expect(p.rows[0].errors).toEqual([]);
      expect(p.rows[0].values).toContainEqual({ key: 'name', value: 'Preview Bageri ApS' });
      expect(p.rows[1].errors).toHaveLength(1);
      expect(p.rows[1].errors[0]).toMatchObject({ field: 'cvr', code: 'BAD_USER_INPUT' });
      expect(p.rows[1].errors[0].message).toContain(`CVR-nummeret ${bad} har et ugyldigt kontrolciffer`);
      expect(p.rows[2].errors[0]).toMatchObject({ field: 'industryCode', code: 'BAD_USER_INPUT' });
      expect(p.rows[2].errors[0].message).toContain('Branchekoden 7Z findes ikke');
      expect(p.rows[3].errors).toEqual([]);
      // A preview is a dry run: no company and no audit row.
      expect(await count([good1, good2])).toBe(0);
      expect(await em().count(AuditEntry, { operation: 'createCompany' })).toBe(0);
    });

    it('reads English headers, commas, a BOM and CRLF, and lists columns it does not know', async () => {
      const cvr = nextCvr();
      const csv = `\uFEFFCVR,Name,Industry,Sector,Postcode,Tier,Favourite colour\r\n${cvr},"Comma, Quote ""Co""",56,private,5000,partner,blue\r\n`;
      const { previewImport: p } = await admin.ok(PREVIEW, { kind: 'COMPANIES', csv });
      expect(p.ignoredColumns).toEqual(['Favourite colour']);
      expect(p.rows).toHaveLength(1);
      expect(p.rows[0].errors).toEqual([]);
      expect(p.rows[0].values).toContainEqual({ key: 'name', value: 'Comma, Quote "Co"' });
    });

    it('flags words it cannot translate, a CVR twice in the file and a short row (in Danish by default)', async () => {
      const cvr = nextCvr();
      const csv = companyCsv([
        [cvr, 'Første', '52', 'privat', '5000', 'bedste ven'],
        [cvr, 'Anden', '52', 'privat', '5000', ''],
        [nextCvr(), 'Tredje', '52', 'halvoffentlig', '5000', ''],
        [nextCvr(), 'Fjerde', '52'],
      ]);
      const { previewImport: p } = await admin.ok(PREVIEW, { kind: 'COMPANIES', csv });
      expect(p.rows[0].errors[0]).toMatchObject({ field: 'tier' });
      expect(p.rows[0].errors[0].message).toContain('bedste ven');
      expect(p.rows[1].errors[0]).toMatchObject({ field: 'cvr' });
      expect(p.rows[1].errors[0].message).toContain('linje 2');
      expect(p.rows[2].errors[0]).toMatchObject({ field: 'sector' });
      expect(p.rows[3].errors.map((e: { field: string | null }) => e.field)).toContain(null);
      expect(p.validCount).toBe(0);
    });

    it('lists every problem of every row in one pass, with line and column, and an error file of those rows', async () => {
      const good = nextCvr();
      const bad = badCheckDigit(nextCvr());
      const other = nextCvr();
      const csv = companyCsv(
        [
          [good, 'Hel Række ApS', '52', 'privat', '5000', '', 'note 1'],
          // Four problems in one row: check digit, industry, sector word, postcode.
          [bad, '"=HYPERLINK(""http://evil"")"', '7Z', 'halvoffentlig', '12', '', 'note 2'],
          [other, 'Anden Fejl ApS', '52', 'privat', '5000', 'bedste ven', 'note 3'],
        ],
        'CVR;Navn;Branche;Sektor;Postnr;Samarbejde;Bemærkning',
      );
      const { previewImport: p } = await admin.ok(PREVIEW, { kind: 'COMPANIES', csv });
      expect(p).toMatchObject({ validCount: 1, errorCount: 2 });
      const row3 = p.rows[1].errors as { field: string; column: string; message: string }[];
      expect(row3.map((e) => e.field).sort()).toEqual(['cvr', 'industryCode', 'postcode', 'sector']);
      expect(Object.fromEntries(row3.map((e) => [e.field, e.column]))).toEqual({
        cvr: 'CVR',
        industryCode: 'Branche',
        postcode: 'Postnr',
        sector: 'Sektor',
      });
      expect(row3.find((e) => e.field === 'cvr')!.message).toContain('kontrolciffer');
      expect(row3.find((e) => e.field === 'industryCode')!.message).toContain('Branchekoden 7Z findes ikke');
      expect(row3.find((e) => e.field === 'sector')!.message).toContain('halvoffentlig');
      expect(row3.find((e) => e.field === 'postcode')!.message).toMatch(/4 cifre/);
      expect(p.rows[2].errors).toMatchObject([{ field: 'tier', column: 'Samarbejde' }]);

      // The error file: the rejected rows as written (also the ignored column), the line, what is wrong.
      const lines = (p.errorCsv as string).trimEnd().split('\r\n');
      expect(lines[0]).toBe('CVR;Navn;Branche;Sektor;Postnr;Samarbejde;Bemærkning;Linje i filen;Fejl');
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain(`${bad};"'=HYPERLINK(""http://evil"")";7Z;halvoffentlig;12;;note 2;3;`);
      expect(lines[1]).toContain('CVR: ');
      expect(lines[1]).toContain('Postnr: ');
      expect(lines[2]).toContain(
        `${other};Anden Fejl ApS;52;privat;5000;bedste ven;note 3;4;"Samarbejde: ""bedste ven"" kendes ikke`,
      );

      // Fixed in the error file and imported again: the formula guard and the extra columns are harmless.
      const fixedFile = [
        lines[0],
        lines[2]!.replace('bedste ven', 'kontakt'),
        lines[1]!.replace(bad, nextCvr()).replace(';7Z;halvoffentlig;12;', ';52;offentlig;5000;'),
      ].join('\r\n');
      const { previewImport: again } = await admin.ok(PREVIEW, { kind: 'COMPANIES', csv: fixedFile });
      expect(again).toMatchObject({ validCount: 2, errorCount: 0, errorCsv: null });
      expect(again.ignoredColumns).toEqual(['Bemærkning', 'Linje i filen', 'Fejl']);
      expect(again.rows[1].values).toContainEqual({ key: 'name', value: '=HYPERLINK("http://evil")' });
      // A preview writes nothing.
      expect(await count([good, other])).toBe(0);
    });

    it('says it all in English for an English caller, the error file too', async () => {
      const en = await t.as(Role.ADVISER, 'en');
      const csv = [
        'first name;last name;birth date;postcode;target group;readiness;residence;Danish level;available hours;commute km',
        'Ali;Engelsk;1990-13-01;12;integration programme;job-ready;refugee;B1;45;10',
        'Sara;Engelsk;1990-01-01;5000;integration programme;almost;refugee;B1;20;ten',
      ].join('\n');
      const { previewImport: p } = await en.ok(PREVIEW, { kind: 'CANDIDATES', csv });
      expect(p.errorCount).toBe(2);
      const first = p.rows[0].errors as { field: string; column: string; message: string }[];
      expect(first.map((e) => e.field).sort()).toEqual(['availableWeeklyHours', 'birthDate', 'postcode']);
      expect(first.find((e) => e.field === 'birthDate')!.column).toBe('birth date');
      const second = p.rows[1].errors as { field: string; message: string }[];
      expect(second.map((e) => e.field).sort()).toEqual(['maxCommuteKm', 'readiness']);
      expect(second.find((e) => e.field === 'maxCommuteKm')!.message).toContain('"ten" is not a number');
      for (const e of [...first, ...second]) expect(e.message).not.toMatch(/ skriv | findes | mangler /);
      expect((p.errorCsv as string).split('\r\n')[0]).toMatch(/;Line in the file;Errors$/);
      expect(p.errorCsv).toContain('birth date: ');
    });

    it('rejects a file without the needed columns, an unreadable file and too many rows (field csv)', async () => {
      const missing = await admin.request(PREVIEW, { kind: 'COMPANIES', csv: 'cvr;navn\n10150817;X' });
      expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
      expect(missing.errors?.[0]?.message).toMatch(/branche, sektor, postnr/);

      const unreadable = await admin.request(PREVIEW, { kind: 'COMPANIES', csv: 'cvr;navn\n"10150817;X\n' });
      expect(unreadable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });

      const empty = await admin.request(PREVIEW, { kind: 'COMPANIES', csv: 'cvr;navn;branche;sektor;postnr\n' });
      expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });

      const rows = Array.from({ length: 2001 }, (_, i) => `${i};x;52;privat;5000`).join('\n');
      const tooMany = await admin.request(PREVIEW, {
        kind: 'COMPANIES',
        csv: `cvr;navn;branche;sektor;postnr\n${rows}`,
      });
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
      expect(tooMany.errors?.[0]?.message).toContain('2.001 rækker; grænsen er 2.000');
    });

    it('rejects a file over 2 MB (checked in the service: the HTTP body limit is lower today)', async () => {
      const e = em();
      const user = await e.findOneOrFail(User, { email: 'admin@demo.dk' });
      const ctx = { em: e, user, config: t.config, services: t.runtime.services, locale: 'en' } as unknown as Context;
      const big = `cvr;navn;branche;sektor;postnr\n${'x'.repeat(2 * 1024 * 1024)}`;
      await expect(new ImportService(ctx).preview(ImportKind.COMPANIES, big)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'csv' },
        message: expect.stringContaining('the limit is 2 MB'),
      });
    });
  });

  describe('commitImport', () => {
    it('writes nothing when one row is bad, reports it, and creates every row once the file is right', async () => {
      const good1 = nextCvr();
      const bad = badCheckDigit(nextCvr());
      const good2 = nextCvr();
      const rows = [
        [good1, 'Commit Et ApS', '52', 'privat', '5000', 'partnerskab'],
        [bad, 'Commit Forkert ApS', '52', 'privat', '5000', ''],
        [good2, 'Commit To ApS', '43', 'offentlig', '8000', 'kontakt'],
      ];
      const { commitImport: r } = await admin.ok(COMMIT, { kind: 'COMPANIES', csv: companyCsv(rows) });
      expect(r).toMatchObject({ processed: 3, created: 0, createdIds: [], rejected: true });
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({
        line: 3,
        errors: [{ field: 'cvr', column: 'cvr', code: 'BAD_USER_INPUT' }],
      });
      expect(await count([good1, good2, bad])).toBe(0);
      expect(await em().count(AuditEntry, { operation: 'createCompany' })).toBe(0);

      // The file without the bad row goes in whole.
      const fixed = companyCsv([rows[0]!, rows[2]!]);
      const { commitImport: ok } = await admin.ok(COMMIT, { kind: 'COMPANIES', csv: fixed });
      expect(ok).toMatchObject({ processed: 2, created: 2, rejected: false, errors: [] });
      const saved = await em().find(Company, { cvr: { $in: [good1, good2, bad] } }, { orderBy: { cvr: 'asc' } });
      expect(saved.map((c) => c.cvr).sort()).toEqual([good1, good2].sort());
      expect(saved.find((c) => c.cvr === good2)).toMatchObject({ sector: 'PUBLIC', tier: 'CONTACT', postcode: '8000' });
      expect(ok.createdIds.sort()).toEqual(saved.map((c) => c.id).sort());
      // Each created company is audit-logged like a form create.
      expect(await em().count(AuditEntry, { operation: 'createCompany', subjectId: { $in: ok.createdIds } })).toBe(2);
    });

    it('writes nothing while a cell anywhere in the file cannot be read', async () => {
      const cvrs = [nextCvr(), nextCvr()];
      const csv = companyCsv([
        [cvrs[0]!, 'Første Række ApS', '52', 'privat', '5000', ''],
        [cvrs[1]!, 'Anden Række ApS', '52', 'halvoffentlig', '5000', ''],
      ]);
      const { commitImport: r } = await admin.ok(COMMIT, { kind: 'COMPANIES', csv });
      expect(r).toMatchObject({ processed: 2, created: 0, rejected: true });
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatchObject({ line: 3, errors: [{ field: 'sector', column: 'sektor' }] });
      expect(await count(cvrs)).toBe(0);
    });

    it('commits a file of 150 people as one transaction: row 120 refused at commit writes nothing, and every refusal is reported at once', async () => {
      // Every cell reads well (so only the commit's rules can refuse a row): row 120 wishes an
      // industry that does not exist, row 140 names an adviser who does not exist.
      const header =
        'fornavn;efternavn;fødselsdato;postnr;målgruppe;parathed;opholdsgrundlag;danskniveau;timer til rådighed;transport km;brancheønsker;rådgiver';
      const row = (i: number, mended = false) => {
        const wish = i === 120 && !mended ? '7Z' : '10';
        const adviser = i === 140 && !mended ? 'ingen-saadan@demo.dk' : '';
        const day = String((i % 28) + 1).padStart(2, '0');
        return `Hele${i};Filen;1990-01-${day};5000;integrationsprogram;jobparat;flygtning;A2;20;25;${wish};${adviser}`;
      };
      const file = (mended: boolean) =>
        [header, ...Array.from({ length: 150 }, (_, i) => row(i + 1, mended))].join('\n');
      const people = () => em().count(Candidate, { lastName: 'Filen' });
      const audits = () => em().count(AuditEntry, { operation: 'createCandidate' });
      const auditsBefore = await audits();

      const { commitImport: r } = await adviser.ok(COMMIT, { kind: 'CANDIDATES', csv: file(false) });
      expect(r).toMatchObject({ processed: 150, created: 0, createdIds: [], rejected: true });
      // Row 120 is line 121 (the header is line 1); both refusals at once, each with its column.
      expect(r.errors.map((e: { line: number }) => e.line)).toEqual([121, 141]);
      expect(r.errors[0].errors).toEqual([
        expect.objectContaining({ field: 'industriesWished', column: 'brancheønsker', code: 'BAD_USER_INPUT' }),
      ]);
      expect(r.errors[1].errors).toEqual([
        expect.objectContaining({ field: 'adviser', column: 'rådgiver', code: 'BAD_USER_INPUT' }),
      ]);
      // Not the 119 rows before line 121, not the 10 between, not the 9 after: nothing.
      expect(await people()).toBe(0);
      expect(await audits()).toBe(auditsBefore);

      // The same file with the two rows mended goes in whole.
      const { commitImport: ok } = await adviser.ok(COMMIT, { kind: 'CANDIDATES', csv: file(true) });
      expect(ok).toMatchObject({ processed: 150, created: 150, rejected: false, errors: [] });
      expect(await people()).toBe(150);
    });

    it('refuses a file over 2,000 rows before writing anything', async () => {
      const cvrs = Array.from({ length: 2001 }, (_, i) => String(10000000 + i));
      const big = companyCsv(cvrs.map((cvr) => [cvr, 'Stor', '52', 'privat', '5000', '']));
      const tooBig = await admin.request(COMMIT, { kind: 'COMPANIES', csv: big });
      expect(tooBig.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv' });
      expect(tooBig.errors?.[0]?.message).toContain('2.000');
      expect(await count(cvrs)).toBe(0);
    });

    it('has no line range: a commit is always the whole file', async () => {
      const csv = companyCsv([[nextCvr(), 'Del ApS', '52', 'privat', '5000', '']]);
      const partial = await admin.request(
        `mutation($csv: String!) { commitImport(kind: COMPANIES, csv: $csv, fromLine: 2, toLine: 2) { processed } }`,
        { csv },
      );
      expect(partial.errors?.[0]?.message).toMatch(/fromLine/);
    });

    it('keeps a consultant to its portfolio: a row outside it is FORBIDDEN and stops the file', async () => {
      const inside = nextCvr();
      const outside = nextCvr();
      const csv = companyCsv([
        [inside, 'Portefølje ApS', '52', 'privat', '5000', ''],
        [outside, 'Uden for ApS', '10', 'privat', '5000', ''],
      ]);
      const { commitImport: r } = await consultant.ok(COMMIT, { kind: 'COMPANIES', csv });
      expect(r).toMatchObject({ created: 0, rejected: true });
      expect(r.errors[0]).toMatchObject({ line: 3, errors: [{ field: 'industryCode', code: 'FORBIDDEN' }] });
      expect(await count([inside, outside])).toBe(0);

      const { commitImport: ok } = await consultant.ok(COMMIT, {
        kind: 'COMPANIES',
        csv: companyCsv([[inside, 'Portefølje ApS', '52', 'privat', '5000', '']]),
      });
      expect(ok.created).toBe(1);
      const saved = await em().findOneOrFail(Company, { cvr: inside }, { populate: ['consultant'] });
      expect(saved.consultant?.getEntity().email).toBe('konsulent@demo.dk');
    });

    it('names the consultant by e-mail and says so when the e-mail is unknown', async () => {
      const cvrA = nextCvr();
      const cvrB = nextCvr();
      const csv = companyCsv(
        [
          [cvrA, 'Med Konsulent ApS', '52', 'privat', '5000', 'KONSULENT@demo.dk'],
          [cvrB, 'Ukendt Konsulent ApS', '52', 'privat', '5000', 'ingen@demo.dk'],
        ],
        'cvr;navn;branche;sektor;postnr;konsulent',
      );
      const { commitImport: r } = await admin.ok(COMMIT, { kind: 'COMPANIES', csv });
      expect(r).toMatchObject({ created: 0, rejected: true });
      expect(r.errors[0].errors[0]).toMatchObject({ field: 'consultant', column: 'konsulent', code: 'BAD_USER_INPUT' });
      expect(r.errors[0].errors[0].message).toContain('ingen@demo.dk');
      const first = csv.split('\n').slice(0, 2).join('\n');
      expect((await admin.ok(COMMIT, { kind: 'COMPANIES', csv: first })).commitImport.created).toBe(1);
      const saved = await em().findOneOrFail(Company, { cvr: cvrA }, { populate: ['consultant'] });
      expect(saved.consultant?.getEntity().email).toBe('konsulent@demo.dk');
    });

    it('imports candidates for an adviser, who becomes their adviser; bad rows are reported', async () => {
      const csv = [
        'Fornavn;Efternavn;Fødselsdato;Postnr;Målgruppe;Parathed;Opholdsgrundlag;Danskniveau;Timer til rådighed;Transport km;Kørekort;Sprog;Brancheønsker',
        'Amina;Importsen;12-03-1994;5000;integrationsprogram;jobparat;flygtning;A2;18,5;20;ja;arabisk, engelsk;56|81',
        'Bashir;Importsen;1999-02-30;5000;integrationsprogram;jobparat;flygtning;B1;37;10;nej;;',
        'Carla;Importsen;1990-01-01;5000;noget andet;jobparat;flygtning;B1;37;10;nej;;',
        'Dana;Importsen;1990-01-01;5000;kontanthjælp;aktivitetsparat;andet;ingen;20;10;;;7Z',
      ].join('\n');
      const { previewImport: p } = await adviser.ok(PREVIEW, { kind: 'CANDIDATES', csv });
      expect(p.rows.map((r: { errors: { field: string }[] }) => r.errors[0]?.field ?? null)).toEqual([
        null,
        'birthDate',
        'targetGroup',
        'industriesWished',
      ]);
      expect(await em().count(Candidate, { lastName: 'Importsen' })).toBe(0);

      const { commitImport: r } = await adviser.ok(COMMIT, { kind: 'CANDIDATES', csv });
      expect(r).toMatchObject({ created: 0, rejected: true });
      // Every refused row at once, as in the preview: the impossible date, the unknown word, the unknown industry.
      expect(r.errors.map((e: { line: number }) => e.line)).toEqual([3, 4, 5]);
      expect(r.errors.map((e: { errors: { field: string }[] }) => e.errors[0]?.field)).toEqual([
        'birthDate',
        'targetGroup',
        'industriesWished',
      ]);
      expect(await em().count(Candidate, { lastName: 'Importsen' })).toBe(0);
      const onlyAmina = csv.split('\n').slice(0, 2).join('\n');
      expect((await adviser.ok(COMMIT, { kind: 'CANDIDATES', csv: onlyAmina })).commitImport.created).toBe(1);
      const amina = await em().findOneOrFail(Candidate, { lastName: 'Importsen' });
      expect(amina).toMatchObject({
        firstName: 'Amina',
        birthDate: '1994-03-12',
        availableWeeklyHours: 18.5,
        hasDrivingLicence: true,
        consentToShare: false,
        languages: ['arabisk', 'engelsk'],
        industriesWished: ['56', '81'],
      });
      expect(amina.adviser?.id).toBe(adviserUser.id);
    });

    it('updates instead of duplicating: the same file twice changes nothing the second time (companies by CVR)', async () => {
      const [a, b] = [nextCvr(), nextCvr()];
      const csv = companyCsv(
        [
          [a, 'Gentag Et ApS', '52', 'privat', '5000', 'partnerskab', '3'],
          [b, 'Gentag To ApS', '56', 'offentlig', '8000', '', ''],
        ],
        'cvr;navn;branche;sektor;postnr;samarbejde;mentorer',
      );
      const first = (await admin.ok(COMMIT, { kind: 'COMPANIES', csv })).commitImport;
      expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0, rejected: false });
      const before = await em().find(Company, { cvr: { $in: [a, b] } }, { orderBy: { cvr: 'asc' } });
      const audits = await em().count(AuditEntry, { subjectId: { $in: before.map((c) => c.id) } });

      // Again, the very same file: a preview says unchanged, the commit writes nothing.
      const { previewImport: p } = await admin.ok(PREVIEW, { kind: 'COMPANIES', csv });
      expect(p).toMatchObject({ createCount: 0, updateCount: 0, unchangedCount: 2, errorCount: 0 });
      expect(p.rows.map((r: { existingId: string }) => r.existingId).sort()).toEqual(before.map((c) => c.id).sort());
      const second = (await admin.ok(COMMIT, { kind: 'COMPANIES', csv })).commitImport;
      expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 2, skipped: 0, rejected: false });
      const after = await em().find(Company, { cvr: { $in: [a, b] } }, { orderBy: { cvr: 'asc' } });
      expect(after.map((c) => [c.id, c.version, c.name])).toEqual(before.map((c) => [c.id, c.version, c.name]));
      expect(await em().count(AuditEntry, { subjectId: { $in: before.map((c) => c.id) } })).toBe(audits);
      expect(await count([a, b])).toBe(2);

      // A changed cell updates that company; an empty cell leaves its value.
      const changed = companyCsv(
        [
          [a, 'Gentag Et ApS', '52', 'privat', '5000', '', '5'],
          [b, 'Gentag To ApS', '56', 'offentlig', '8000', '', ''],
        ],
        'cvr;navn;branche;sektor;postnr;samarbejde;mentorer',
      );
      const { previewImport: p2 } = await admin.ok(PREVIEW, { kind: 'COMPANIES', csv: changed });
      expect(p2.rows.map((r: { action: string }) => r.action)).toEqual(['UPDATE', 'UNCHANGED']);
      const skip = (await admin.ok(COMMIT, { kind: 'COMPANIES', csv: changed, onExisting: 'SKIP' })).commitImport;
      expect(skip).toMatchObject({ created: 0, updated: 0, skipped: 2 });
      expect((await em().findOneOrFail(Company, { cvr: a })).mentorCount).toBe(3);
      const third = (await admin.ok(COMMIT, { kind: 'COMPANIES', csv: changed })).commitImport;
      expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
      const updated = await em().findOneOrFail(Company, { cvr: a });
      expect(updated).toMatchObject({
        mentorCount: 5,
        tier: 'PARTNER',
        version: before.find((c) => c.cvr === a)!.version + 1,
      });
      expect(third.updatedIds).toEqual([updated.id]);
      expect(await em().count(AuditEntry, { operation: 'updateCompany', subjectId: updated.id })).toBe(1);
      expect(await count([a, b])).toBe(2);
    });

    it('updates a person matched by name, birth date and postcode (any case), never a second copy', async () => {
      const header =
        'fornavn;efternavn;fødselsdato;postnr;målgruppe;parathed;opholdsgrundlag;danskniveau;timer til rådighed;transport km';
      const row = (first: string, hours: string) =>
        `${first};Gentagsen;1991-04-05;5000;integrationsprogram;jobparat;flygtning;A2;${hours};15`;
      const csv = [header, row('Hana', '20'), row('Omar', '25')].join('\n');
      expect((await adviser.ok(COMMIT, { kind: 'CANDIDATES', csv })).commitImport).toMatchObject({ created: 2 });
      const again = (await adviser.ok(COMMIT, { kind: 'CANDIDATES', csv })).commitImport;
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: false });
      expect(await em().count(Candidate, { lastName: 'Gentagsen' })).toBe(2);

      const changed = [header, row('HANA', '30'), row('Omar', '25')]
        .join('\n')
        .replace('HANA;Gentagsen', 'HANA;GENTAGSEN');
      const { previewImport: p } = await adviser.ok(PREVIEW, { kind: 'CANDIDATES', csv: changed });
      expect(p.rows.map((r: { action: string }) => r.action)).toEqual(['UPDATE', 'UNCHANGED']);
      const r = (await adviser.ok(COMMIT, { kind: 'CANDIDATES', csv: changed })).commitImport;
      expect(r).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
      const hana = await em().findOneOrFail(Candidate, { firstName: 'HANA' });
      expect(hana).toMatchObject({ availableWeeklyHours: 30, lastName: 'GENTAGSEN' });
      expect(await em().count(Candidate, { lastName: { $ilike: 'gentagsen' } })).toBe(2);

      // The same person twice in one file is named, not imported twice.
      const twice = [header, row('Hana', '30'), row('hana', '31')].join('\n');
      const { previewImport: t2 } = await adviser.ok(PREVIEW, { kind: 'CANDIDATES', csv: twice });
      expect(t2.rows[1].errors[0].message).toContain('linje 2');
    });

    it('matches a person by the external id first: renamed and moved, updated, never created twice; never shown to companies', async () => {
      const header =
        'fornavn;efternavn;fødselsdato;postnr;målgruppe;parathed;opholdsgrundlag;danskniveau;timer til rådighed;transport km;eksternt id';
      const row = (last: string, postcode: string, id: string, first = 'Nadia') =>
        `${first};${last};1992-06-07;${postcode};integrationsprogram;jobparat;flygtning;A2;20;15;${id}`;
      const first = (
        await adviser.ok(COMMIT, {
          kind: 'CANDIDATES',
          csv: [header, row('Eksternsen', '5000', 'SAG-7001')].join('\n'),
        })
      ).commitImport;
      expect(first).toMatchObject({ created: 1, rejected: false });
      const [id] = first.createdIds;
      expect(await em().findOneOrFail(Candidate, id)).toMatchObject({ externalId: 'SAG-7001', lastName: 'Eksternsen' });

      // Married and moved: new last name and postcode, the same id in the case system.
      const moved = [header, row('Nyborg', '8000', 'SAG-7001')].join('\n');
      const { previewImport: p } = await adviser.ok(PREVIEW, { kind: 'CANDIDATES', csv: moved });
      expect(p.rows[0]).toMatchObject({ action: 'UPDATE', existingId: id, errors: [] });
      const r = (await adviser.ok(COMMIT, { kind: 'CANDIDATES', csv: moved })).commitImport;
      expect(r).toMatchObject({ created: 0, updated: 1, updatedIds: [id], rejected: false });
      expect(await em().findOneOrFail(Candidate, id)).toMatchObject({ lastName: 'Nyborg', postcode: '8000' });
      expect(await em().count(Candidate, { firstName: 'Nadia', birthDate: '1992-06-07' })).toBe(1);

      // A person imported before the case system's ids were known gets the id by name, birth date and postcode.
      const older = [header.replace(';eksternt id', ''), row('Tidligsen', '5000', '').replace(/;$/, '')].join('\n');
      const [olderId] = (await adviser.ok(COMMIT, { kind: 'CANDIDATES', csv: older })).commitImport.createdIds;
      const withId = (
        await adviser.ok(COMMIT, { kind: 'CANDIDATES', csv: [header, row('Tidligsen', '5000', 'SAG-7002')].join('\n') })
      ).commitImport;
      expect(withId).toMatchObject({ created: 0, updatedIds: [olderId] });
      expect((await em().findOneOrFail(Candidate, olderId)).externalId).toBe('SAG-7002');

      // Refused, with line and column: an id twice in the file, and a known person under another id.
      const bad = [
        header,
        row('Dobbelt', '5000', 'SAG-7003', 'Ali'),
        row('Dobbelt', '5000', 'SAG-7003', 'Aya'),
        row('Tidligsen', '5000', 'SAG-9999'),
      ].join('\n');
      const refused = (await adviser.ok(COMMIT, { kind: 'CANDIDATES', csv: bad })).commitImport;
      expect(refused).toMatchObject({ rejected: true, created: 0 });
      expect(refused.errors).toEqual([
        expect.objectContaining({
          line: 3,
          errors: [expect.objectContaining({ field: 'externalId', column: 'eksternt id' })],
        }),
        expect.objectContaining({
          line: 4,
          errors: [expect.objectContaining({ field: 'externalId', column: 'eksternt id' })],
        }),
      ]);
      expect(refused.errors[0].errors[0].message).toContain('linje 2');
      expect(await em().count(Candidate, { lastName: 'Dobbelt' })).toBe(0);

      // The form refuses a taken id too, at its field.
      const taken = await adviser.request(
        `mutation($id: ID!, $input: UpdateCandidateInput!) { updateCandidate(id: $id, input: $input) { id } }`,
        {
          id: olderId,
          input: { version: (await em().findOneOrFail(Candidate, olderId)).version, externalId: 'SAG-7001' },
        },
      );
      expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'externalId' });
      expect(taken.errors?.[0]?.message).toContain('SAG-7001');

      // Only the person's adviser and administrators read it.
      const READ = 'query($id: ID!) { candidate(id: $id) { id externalId } }';
      expect((await adviser.ok(READ, { id })).candidate.externalId).toBe('SAG-7001');
      expect((await admin.ok(READ, { id })).candidate.externalId).toBe('SAG-7001');
      await adviser.ok('mutation($id: ID!) { setCandidateConsent(candidateId: $id, consent: true) { id } }', { id });
      const seenByConsultant = await consultant.request(READ, { id });
      expect(seenByConsultant.data?.candidate?.externalId ?? null).toBeNull();
      const seenByCompany = await companyUser.request(READ, { id });
      expect(seenByCompany.data?.candidate?.externalId ?? null).toBeNull();
    });

    it('lets only ADMIN and CONSULTANT import companies and only ADMIN and ADVISER import candidates', async () => {
      const csv = companyCsv([[nextCvr(), 'Nej ApS', '52', 'privat', '5000', '']]);
      for (const [client, kind] of [
        [adviser, 'COMPANIES'],
        [consultant, 'CANDIDATES'],
        [companyUser, 'COMPANIES'],
      ] as const) {
        const r = await client.request(COMMIT, { kind, csv });
        expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const q = await client.request(PREVIEW, { kind, csv });
        expect(q.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const anonymous = await t.client().request(PREVIEW, { kind: 'COMPANIES', csv });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await em().count(Company, { name: 'Nej ApS' })).toBe(0);
    });
  });

  describe('exports', () => {
    let inScope: Company;
    let outOfScope: Company;

    beforeAll(async () => {
      const e = em();
      inScope = await buildCompany(e, { industry: '52', name: '=HYPERLINK("http://evil")' });
      outOfScope = await buildCompany(e, { industry: '10', name: 'Bageriet uden for porteføljen' });
      const c1 = await buildCandidate(e, { firstName: '+Plus', adviser: adviserUser.id });
      const c2 = await buildCandidate(e, { firstName: 'Ude' });
      await buildPlacement(e, c1.id, inScope.id, {
        hoursPlan: [{ fromWeek: 1, weeklyHours: 18.5, ordinaryHours: 4 }],
        startDate: '2026-01-05',
      });
      await buildPlacement(e, c2.id, outOfScope.id);
    });

    it('exports placements as CSV with a Danish header and formula cells made harmless', async () => {
      const csv: string = (await admin.ok(EXPORT_PLACEMENTS)).exportPlacementsCsv;
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        'Forløb-id;Borger-id;Fornavn;Efternavn;Virksomhed;CVR;Branchekode;Branche;Type;Status;Startdato;Planlagt slutdato;Slutdato;Udfald;Timer pr. uge nu;Heraf ordinære timer;Mentor',
      );
      expect(lines).toHaveLength(3);
      const evil = lines.find((l) => l.includes('HYPERLINK'))!;
      expect(evil).toContain(`;"'=HYPERLINK(""http://evil"")";${inScope.cvr};52;`);
      expect(evil).toContain(";'+Plus;");
      // Danish by default: the catalogue's words, a Danish date and a decimal comma.
      expect(evil).toContain(';Virksomhedspraktik;Aktiv;05.01.2026;');
      expect(evil).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(evil).toMatch(/;18,5;4;$/);
      expect(csv).toContain('Bageriet uden for porteføljen');
      // Every person exported is audit-logged as an export.
      expect(await em().count(AuditEntry, { action: 'EXPORT', operation: 'exportPlacementsCsv' })).toBe(2);
    });

    it('exports in English for a browser that asks for English and for a user who chose English', async () => {
      const header =
        'Placement id;Person id;First name;Last name;Company;CVR;Industry code;Industry;Type;Status;Start date;Planned end date;End date;Outcome;Weekly hours now;Of which ordinary hours;Mentor';
      const englishBrowser = await t.as(Role.ADVISER, 'en');
      const fromBrowser: string = (await englishBrowser.ok(EXPORT_PLACEMENTS)).exportPlacementsCsv;
      const lines = fromBrowser.trimEnd().split('\r\n');
      expect(lines[0]).toBe(header);
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(';Internship;Active;05/01/2026;');
      expect(lines[1]).toMatch(/;18\.5;4;$/);

      // The stored choice wins over a browser that asks for Danish; the Danish default comes back with it.
      const chooser = await t.as(Role.ADVISER, 'da');
      await chooser.ok('mutation { setMyLanguage(language: "en") { id } }');
      try {
        const chosen: string = (await chooser.ok(EXPORT_PLACEMENTS)).exportPlacementsCsv;
        expect(chosen).toBe(fromBrowser);
      } finally {
        await chooser.ok('mutation { setMyLanguage(language: "da") { id } }');
      }
      const danish: string = (await chooser.ok(EXPORT_PLACEMENTS)).exportPlacementsCsv;
      expect(danish.split('\r\n')[0]).toMatch(/^Forløb-id;Borger-id;Fornavn;/);
      expect(danish).toContain(';Virksomhedspraktik;Aktiv;05.01.2026;');
    });

    it('keeps to the caller scope: the consultant and the adviser see only their own placements', async () => {
      const forConsultant: string = (await consultant.ok(EXPORT_PLACEMENTS)).exportPlacementsCsv;
      expect(forConsultant).toContain('HYPERLINK');
      expect(forConsultant).not.toContain('Bageriet uden for porteføljen');
      const forAdviser: string = (await adviser.ok(EXPORT_PLACEMENTS)).exportPlacementsCsv;
      expect(forAdviser.trimEnd().split('\r\n')).toHaveLength(2);
      const filtered: string = (await admin.ok(EXPORT_PLACEMENTS, { filter: { industryCode: '10' } }))
        .exportPlacementsCsv;
      expect(filtered).not.toContain('HYPERLINK');
      expect(filtered).toContain('Bageriet uden for porteføljen');
      const r = await companyUser.request(EXPORT_PLACEMENTS);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('exports the dashboard figures as CSV that match the dashboard', async () => {
      const { dashboard } = await admin.ok(
        '{ dashboard { activePlacements iguSlotsPublic placementsByIndustry { industryCode count } } }',
      );
      const csv: string = (await admin.ok(EXPORT_DASHBOARD)).exportDashboardCsv;
      const lines = csv.trimEnd().split('\r\n');
      expect(lines[0]).toBe('Afsnit;Nøgle;Betegnelse;Værdi');
      expect(lines).toContain(`Nøgletal;activePlacements;Aktive forløb;${dashboard.activePlacements}`);
      expect(lines).toContain(`Nøgletal;iguSlotsPublic;IGU-pladser, offentlige;${dashboard.iguSlotsPublic}`);
      for (const i of dashboard.placementsByIndustry) {
        expect(
          lines.some(
            (l) => l.startsWith(`Aktive forløb efter branche;${i.industryCode};`) && l.endsWith(`;${i.count}`),
          ),
        ).toBe(true);
      }
      const filtered: string = (await admin.ok(EXPORT_DASHBOARD, { filter: { industryCode: '52' } }))
        .exportDashboardCsv;
      expect(filtered).toContain('Filter;industryCode;Branche;52 ');
      expect(filtered).toContain('Nøgletal;activePlacements;Aktive forløb;1');
      const bad = await admin.request(EXPORT_DASHBOARD, { filter: { industryCode: 'XX' } });
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.industryCode' });
      const r = await companyUser.request(EXPORT_DASHBOARD);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
