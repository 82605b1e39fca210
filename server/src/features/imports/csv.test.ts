import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv, safeCell, toCsv } from './csv.js';
import { ImportKind } from './import.inputs.js';
import { candidateInputOf, companyInputOf, matchHeader, normaliseName } from './import-columns.js';

describe('readCsv', () => {
  it('detects the separator of the header line, semicolon first on a tie', () => {
    expect(detectDelimiter('cvr;navn;branche\n1,2,3,4')).toBe(';');
    expect(detectDelimiter('cvr,name,"a;b"\n')).toBe(',');
    expect(detectDelimiter('cvr\tname\n')).toBe('\t');
    expect(detectDelimiter('cvr\n')).toBe(',');
  });

  it('gives each row the line it starts on, across quoted line breaks and empty lines', () => {
    const table = readCsv('\uFEFFa;b\r\n1;"x\r\ny"\r\n\r\n2;z\r\n;\r\n3;w');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 5, cells: ['2', 'z'] },
      { line: 7, cells: ['3', 'w'] },
    ]);
  });
});

describe('safeCell and toCsv', () => {
  it('prefixes text that a spreadsheet would run as a formula', () => {
    for (const v of ['=1+1', '+45 1234', '-2', '@SUM(A1)', '\tx', '\rx']) expect(safeCell(v)).toBe(`'${v}`);
    expect(safeCell('Hansen & Co')).toBe('Hansen & Co');
    expect(safeCell(-2)).toBe(-2);
    expect(safeCell(null)).toBe('');
  });

  it('writes semicolons, CRLF, decimal commas and quotes where needed', () => {
    expect(
      toCsv(
        ['Navn', 'Timer'],
        [
          ['=A;B', 18.5],
          ['Ø "x"', 37],
        ],
      ),
    ).toBe(`Navn;Timer\r\n"'=A;B";18,5\r\n"Ø ""x""";37\r\n`);
  });

  it('writes a decimal point for an English reader', () => {
    expect(toCsv(['Name', 'Hours'], [['Amal', 18.5]], 'en')).toBe('Name;Hours\r\nAmal;18.5\r\n');
  });
});

describe('column names and cell values', () => {
  it('matches Danish and English column names and lists unknown ones', () => {
    expect(normaliseName('Fødsels-dato')).toBe('foedselsdato');
    const m = matchHeader(ImportKind.CANDIDATES, ['Fornavn', 'Last name', 'Fødselsdato', 'Skostørrelse']);
    expect(m.columns.map((c) => c.def.key)).toEqual(['firstName', 'lastName', 'birthDate']);
    expect(m.ignored).toEqual(['Skostørrelse']);
    expect(matchHeader(ImportKind.COMPANIES, ['cvr', 'CVR-nummer']).duplicate).toBe('CVR-nummer');
  });

  it('translates Danish words, decimal commas and dates into input values', () => {
    const { input, problems } = candidateInputOf(
      {
        birthDate: '3.4.1990',
        targetGroup: 'Kontanthjælp',
        readiness: 'jobparat',
        residenceCategory: 'Familiesammenført',
        danishLevel: 'ingen',
        availableWeeklyHours: '18,5',
        hasDrivingLicence: 'Ja',
      },
      'da',
    );
    expect(problems).toEqual([]);
    expect(input).toMatchObject({
      birthDate: '1990-04-03',
      targetGroup: 'CASH_BENEFIT',
      residenceCategory: 'FAMILY_REUNIFIED_TO_REFUGEE',
      danishLevel: 'NONE',
      availableWeeklyHours: 18.5,
      hasDrivingLicence: true,
      consentToShare: false,
    });
  });

  it('names the field of every cell it cannot read', () => {
    const { problems } = companyInputOf({ sector: 'måske', tier: 'bedst', mentorCount: 'tre' }, 'en');
    expect(problems.map((p) => p.field)).toEqual(['sector', 'tier', 'mentorCount']);
    expect(companyInputOf({ sector: 'Offentlig' }, 'da').input).toMatchObject({ sector: 'PUBLIC', tier: 'CONTACT' });
  });
});
