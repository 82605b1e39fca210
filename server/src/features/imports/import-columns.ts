import { tIn } from '../../i18n/index.js';
import { DanishLevel } from '../../shared/enums.js';
import { Readiness, ResidenceCategory, TargetGroup } from '../candidates/candidate.entity.js';
import { PartnershipTier, Sector } from '../companies/company.entity.js';
import { ImportKind } from './import.inputs.js';

/**
 * How a CSV file's columns and cell texts become the inputs of createCompany and createCandidate.
 * Only the translation lives here (Danish or English column names, "ja"/"nej", "18,5", 23-11-2026);
 * every rule about the values themselves stays in the company and candidate services.
 */

type Locale = 'da' | 'en';

export interface FieldProblem {
  field: string | null;
  message: string;
}

export interface ColumnDef {
  /** The input field (or, for people named by e-mail, the column's own key). */
  key: string;
  /** Danish and English names, normalised (see normaliseName). */
  aliases: string[];
  required?: boolean;
  /** What the column is called in a message. */
  label: { da: string; en: string };
}

/** Lower case, æ ø å folded to ae oe aa, accents dropped, everything but letters and digits removed. */
export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

const col = (key: string, da: string, en: string, aliases: string[], required = false): ColumnDef => ({
  key,
  label: { da, en },
  required,
  aliases: [...new Set([key, da, en, ...aliases].map(normaliseName))],
});

export const COMPANY_COLUMNS: ColumnDef[] = [
  col('cvr', 'CVR', 'CVR', ['cvrnr', 'cvrnummer', 'cvrnumber'], true),
  col('name', 'navn', 'name', ['virksomhed', 'virksomhedsnavn', 'firmanavn', 'firma', 'company', 'companyname'], true),
  col('industryCode', 'branche', 'industry', ['branchekode', 'db07', 'db07kode', 'industrycode'], true),
  col('sector', 'sektor', 'sector', [], true),
  col('postcode', 'postnr', 'postcode', ['postnummer', 'zip', 'zipcode', 'postalcode'], true),
  col('tier', 'samarbejde', 'tier', ['samarbejdsniveau', 'niveau', 'partnerskab', 'partnershiptier']),
  col('consultant', 'konsulent', 'consultant', ['konsulentemail', 'konsulentmail', 'consultantemail']),
  col('mentorCount', 'mentorer', 'mentors', ['antalmentorer', 'mentorcount']),
  col('mentorLanguages', 'mentorsprog', 'mentor languages', ['mentorlanguages']),
  col('contactCadenceDays', 'kontaktinterval', 'contact cadence', [
    'kontaktkadence',
    'kontaktintervaldage',
    'contactcadencedays',
  ]),
];

export const CANDIDATE_COLUMNS: ColumnDef[] = [
  col('firstName', 'fornavn', 'first name', ['firstname', 'givenname'], true),
  col('lastName', 'efternavn', 'last name', ['lastname', 'surname', 'familyname'], true),
  col('birthDate', 'fødselsdato', 'birth date', ['fodselsdato', 'foedt', 'birthdate', 'dateofbirth'], true),
  col('postcode', 'postnr', 'postcode', ['postnummer', 'zip', 'zipcode', 'postalcode'], true),
  col('targetGroup', 'målgruppe', 'target group', ['malgruppe', 'targetgroup'], true),
  col('readiness', 'parathed', 'readiness', ['visitation', 'visiteret'], true),
  col('residenceCategory', 'opholdsgrundlag', 'residence', ['ophold', 'residencecategory'], true),
  col('arrivalDate', 'indrejsedato', 'arrival date', ['indrejse', 'ankomstdato', 'arrivaldate']),
  col('danishLevel', 'danskniveau', 'Danish level', ['dansk', 'danish', 'danishlevel'], true),
  col('danishModule', 'danskmodul', 'Danish module', ['danskuddannelse', 'danishmodule']),
  col('languages', 'sprog', 'languages', []),
  col(
    'availableWeeklyHours',
    'timer til rådighed',
    'available hours',
    ['timer', 'ugentligetimer', 'tilgaengeligetimer', 'availableweeklyhours'],
    true,
  ),
  col('goalWeeklyHours', 'måltimer', 'goal hours', ['timemaal', 'goalweeklyhours']),
  col('currentOrdinaryHours', 'ordinære timer', 'ordinary hours', ['currentordinaryhours']),
  col('industriesWished', 'brancheønsker', 'industries wished', ['oenskedebrancher', 'industrieswished']),
  col('hasDrivingLicence', 'kørekort', 'driving licence', ['korekort', 'hasdrivinglicence', 'drivinglicense']),
  col('maxCommuteKm', 'transport km', 'commute km', ['maxtransportkm', 'transport', 'maxkm', 'maxcommutekm'], true),
  col('education', 'uddannelse', 'education', []),
  col('summary', 'resumé', 'summary', ['resume', 'beskrivelse', 'profil']),
  col('consentToShare', 'samtykke', 'consent', ['consenttoshare']),
  col('adviser', 'rådgiver', 'adviser', ['jobraadgiver', 'raadgiveremail', 'adviseremail', 'advisor']),
  col('enrolledOn', 'indskrevet', 'enrolled on', ['tilmeldt', 'indskrivningsdato', 'enrolledon']),
  // The job centre's own id of the person (its case system's): matched first, never shown to companies.
  col('externalId', 'eksternt id', 'external id', ['eksterntid', 'externalid', 'sagsid', 'borgerid', 'personid']),
];

export const columnsFor = (kind: ImportKind) => (kind === ImportKind.COMPANIES ? COMPANY_COLUMNS : CANDIDATE_COLUMNS);

/** Which column of the file holds which field; unknown columns are listed, not guessed. */
export function matchHeader(
  kind: ImportKind,
  header: string[],
): { columns: { index: number; def: ColumnDef; header: string }[]; ignored: string[]; duplicate: string | null } {
  const defs = columnsFor(kind);
  const columns: { index: number; def: ColumnDef; header: string }[] = [];
  const ignored: string[] = [];
  let duplicate: string | null = null;
  header.forEach((h, index) => {
    const name = normaliseName(h);
    const def = defs.find((d) => d.aliases.includes(name));
    if (!def) {
      if (h) ignored.push(h);
    } else if (columns.some((c) => c.def.key === def.key)) duplicate ??= h;
    else columns.push({ index, def, header: h });
  });
  return { columns, ignored, duplicate };
}

// --- cell values ---------------------------------------------------------

/** A table from normalised spellings to enum values: the value's own name always works. */
function choices<E extends string>(values: Record<E, string[]>): Map<string, E> {
  const map = new Map<string, E>();
  for (const [value, words] of Object.entries(values) as [E, string[]][]) {
    for (const w of [value, ...words]) map.set(normaliseName(w), value);
  }
  return map;
}

const TIERS = choices<PartnershipTier>({
  PARTNER: ['partnerskab', 'partnerskabsvirksomhed'],
  COLLABORATION: ['samarbejde', 'samarbejdsvirksomhed'],
  CONTACT: ['kontakt', 'kontaktvirksomhed'],
});
const SECTORS = choices<Sector>({ PUBLIC: ['offentlig', 'kommunal', 'regional'], PRIVATE: ['privat'] });
const TARGET_GROUPS = choices<TargetGroup>({
  INTEGRATION_PROGRAMME: ['integrationsprogram', 'integrationsprogrammet', 'integrationsydelse'],
  TRANSITION_BENEFIT: ['overgangsydelse'],
  CASH_BENEFIT: ['kontanthjælp', 'kontanthjaelp'],
  UKRAINIAN_SPECIAL_ACT: ['særlov', 'ukrainsk særlov', 'særloven', 'ukraine'],
  OTHER: ['andet', 'anden'],
});
const READINESS = choices<Readiness>({
  JOB_READY: ['jobparat'],
  ACTIVITY_READY: ['aktivitetsparat'],
  EDUCATION_READY: ['uddannelsesparat'],
});
const RESIDENCE = choices<ResidenceCategory>({
  REFUGEE: ['flygtning'],
  FAMILY_REUNIFIED_TO_REFUGEE: ['familiesammenført', 'familiesammenført til flygtning', 'familiesammenfoert'],
  OTHER: ['andet', 'anden'],
});
const DANISH = choices<DanishLevel>({
  NONE: ['ingen', 'intet'],
  A1: [],
  A2: [],
  B1: [],
  B2: [],
  C1: [],
  C2: [],
});

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'x', 'sand']);
const NO = new Set(['nej', 'n', 'no', 'false', '0', 'falsk']);

/** Reads the cells of one row into an input object, collecting every problem with a cell's form. */
class CellReader {
  readonly problems: FieldProblem[] = [];
  constructor(
    private readonly cells: Record<string, string>,
    private readonly locale: Locale,
  ) {}

  private label(field: string, defs: ColumnDef[]): string {
    return defs.find((d) => d.key === field)?.label[this.locale] ?? field;
  }

  text(field: string): string | undefined {
    const v = this.cells[field];
    return v === undefined || v === '' ? undefined : v;
  }

  choice<E extends string>(field: string, map: Map<string, E>, hint: { da: string; en: string }): E | undefined {
    const v = this.text(field);
    if (v === undefined) return undefined;
    const found = map.get(normaliseName(v));
    if (!found) {
      this.problems.push({
        field,
        message: tIn(this.locale, 'imports.unknownValue', { value: v, hint: hint[this.locale] }),
      });
    }
    return found;
  }

  number(field: string, defs: ColumnDef[]): number | undefined {
    const v = this.text(field);
    if (v === undefined) return undefined;
    const cleaned = v.replace(/\s/g, '').replace(',', '.');
    if (!/^-?\d+(\.\d+)?$/.test(cleaned)) {
      const label = this.label(field, defs);
      this.problems.push({
        field,
        message: tIn(this.locale, 'imports.notNumber', { label, value: v }),
      });
      return undefined;
    }
    return Number(cleaned);
  }

  bool(field: string, defs: ColumnDef[]): boolean | undefined {
    const v = this.text(field);
    if (v === undefined) return undefined;
    const n = normaliseName(v);
    if (YES.has(n)) return true;
    if (NO.has(n)) return false;
    const label = this.label(field, defs);
    this.problems.push({
      field,
      message: tIn(this.locale, 'imports.notYesNo', { label, value: v }),
    });
    return undefined;
  }

  /** 2026-11-23, or the Danish 23-11-2026 / 23.11.2026 / 23/11/2026: to YYYY-MM-DD (the service checks the day exists). */
  date(field: string, defs: ColumnDef[]): string | undefined {
    const v = this.text(field);
    if (v === undefined) return undefined;
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
    const dmy = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(v);
    if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
    const label = this.label(field, defs);
    this.problems.push({
      field,
      message: tIn(this.locale, 'imports.notDate', { label, value: v }),
    });
    return undefined;
  }

  list(field: string): string[] | undefined {
    const v = this.text(field);
    if (v === undefined) return undefined;
    return v
      .split(/[|,;]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
}

/** The createCompany input of a row, with the consultant's e-mail to look up; or the problems with its cells. */
export function companyInputOf(cells: Record<string, string>, locale: Locale) {
  const r = new CellReader(cells, locale);
  const d = COMPANY_COLUMNS;
  const input = {
    cvr: r.text('cvr') ?? '',
    name: r.text('name') ?? '',
    industryCode: r.text('industryCode') ?? '',
    sector: r.choice('sector', SECTORS, { da: 'offentlig eller privat', en: 'public or private' }),
    tier:
      r.choice('tier', TIERS, {
        da: 'partnerskab, samarbejde eller kontakt',
        en: 'partner, collaboration or contact',
      }) ?? PartnershipTier.CONTACT,
    postcode: r.text('postcode') ?? '',
    mentorCount: r.number('mentorCount', d),
    mentorLanguages: r.list('mentorLanguages'),
    contactCadenceDays: r.number('contactCadenceDays', d),
  };
  if (!input.sector && !r.problems.some((p) => p.field === 'sector')) {
    r.problems.push({
      field: 'sector',
      message: tIn(locale, 'imports.sectorMissing'),
    });
  }
  return { input, consultantEmail: r.text('consultant') ?? null, problems: r.problems };
}

/** The createCandidate input of a row, with the adviser's e-mail to look up; or the problems with its cells. */
export function candidateInputOf(cells: Record<string, string>, locale: Locale) {
  const r = new CellReader(cells, locale);
  const d = CANDIDATE_COLUMNS;
  const input = {
    firstName: r.text('firstName') ?? '',
    lastName: r.text('lastName') ?? '',
    birthDate: r.date('birthDate', d) ?? '',
    postcode: r.text('postcode') ?? '',
    targetGroup: r.choice('targetGroup', TARGET_GROUPS, {
      da: 'integrationsprogram, overgangsydelse, kontanthjælp, særlov eller andet',
      en: 'integration programme, transition benefit, cash benefit, special act or other',
    }),
    readiness: r.choice('readiness', READINESS, {
      da: 'jobparat, aktivitetsparat eller uddannelsesparat',
      en: 'job-ready, activity-ready or education-ready',
    }),
    residenceCategory: r.choice('residenceCategory', RESIDENCE, {
      da: 'flygtning, familiesammenført eller andet',
      en: 'refugee, family-reunified or other',
    }),
    arrivalDate: r.date('arrivalDate', d) ?? null,
    danishLevel: r.choice('danishLevel', DANISH, { da: 'ingen, A1, A2, B1, B2, C1 eller C2', en: 'none, A1 … C2' }),
    danishModule: r.text('danishModule') ?? null,
    languages: r.list('languages'),
    availableWeeklyHours: r.number('availableWeeklyHours', d),
    goalWeeklyHours: r.number('goalWeeklyHours', d),
    currentOrdinaryHours: r.number('currentOrdinaryHours', d),
    industriesWished: r.list('industriesWished'),
    hasDrivingLicence: r.bool('hasDrivingLicence', d) ?? false,
    maxCommuteKm: r.number('maxCommuteKm', d),
    education: r.text('education') ?? null,
    summary: r.text('summary') ?? null,
    // No consent unless the file says so.
    consentToShare: r.bool('consentToShare', d) ?? false,
    enrolledOn: r.date('enrolledOn', d),
    externalId: r.text('externalId')?.trim() || undefined,
  };
  for (const [field, value] of [
    ['targetGroup', input.targetGroup],
    ['readiness', input.readiness],
    ['residenceCategory', input.residenceCategory],
    ['danishLevel', input.danishLevel],
  ] as const) {
    if (value === undefined && !r.problems.some((p) => p.field === field)) {
      const label = d.find((c) => c.key === field)!.label;
      r.problems.push({
        field,
        message: tIn(locale, 'imports.valueMissing', { label: label[locale] }),
      });
    }
  }
  return { input, adviserEmail: r.text('adviser') ?? null, problems: r.problems };
}
