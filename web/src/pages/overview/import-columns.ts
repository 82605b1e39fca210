import type { ImportKind, Role } from '../../gql/graphql.js';

/**
 * The columns the server's import understands (server/src/features/imports/import-columns.ts), for the
 * help text and the template file. The names in TEMPLATE are among the Danish names the server accepts.
 */
export const IMPORT_COLUMNS: Record<ImportKind, { required: string[]; optional: string[] }> = {
  COMPANIES: {
    required: ['cvr', 'name', 'industryCode', 'sector', 'postcode'],
    optional: ['tier', 'consultant', 'mentorCount', 'mentorLanguages', 'contactCadenceDays'],
  },
  CANDIDATES: {
    required: [
      'firstName',
      'lastName',
      'birthDate',
      'postcode',
      'targetGroup',
      'readiness',
      'residenceCategory',
      'danishLevel',
      'availableWeeklyHours',
      'maxCommuteKm',
    ],
    optional: [
      'arrivalDate',
      'danishModule',
      'languages',
      'goalWeeklyHours',
      'currentOrdinaryHours',
      'industriesWished',
      'hasDrivingLicence',
      'education',
      'summary',
      'consentToShare',
      'adviser',
      'enrolledOn',
    ],
  },
};

/** Header lines of the template files. */
export const TEMPLATE: Record<ImportKind, string> = {
  COMPANIES: 'cvr;navn;branche;sektor;postnr;samarbejde;konsulent;mentorer;mentorsprog;kontaktinterval',
  CANDIDATES:
    'fornavn;efternavn;fødselsdato;postnr;målgruppe;parathed;opholdsgrundlag;indrejsedato;danskniveau;danskmodul;sprog;timer til rådighed;måltimer;ordinære timer;brancheønsker;kørekort;transport km;uddannelse;resumé;samtykke;rådgiver;indskrevet',
};

/** What a role may import: companies ADMIN and CONSULTANT, candidates ADMIN and ADVISER. */
export function importKindsFor(role: Role): ImportKind[] {
  if (role === 'ADMIN') return ['COMPANIES', 'CANDIDATES'];
  if (role === 'CONSULTANT') return ['COMPANIES'];
  if (role === 'ADVISER') return ['CANDIDATES'];
  return [];
}

/** Rows per commitImport call: small batches keep each transaction short and move the progress bar. */
export const BATCH_ROWS = 50;

/**
 * The largest CSV the client sends. The server accepts 2 MB, but /graphql's JSON body limit is
 * 200 kB today (server/src/app.ts), so a bigger request would fail before reaching the import.
 */
export const MAX_SEND_BYTES = 190 * 1024;

/** Splits rows (in line order) into batches of line ranges. */
export function batchesOf(lines: number[], size = BATCH_ROWS): { fromLine: number; toLine: number; rows: number }[] {
  const sorted = [...lines].sort((a, b) => a - b);
  const out: { fromLine: number; toLine: number; rows: number }[] = [];
  for (let i = 0; i < sorted.length; i += size) {
    const chunk = sorted.slice(i, i + size);
    out.push({ fromLine: chunk[0]!, toLine: chunk.at(-1)!, rows: chunk.length });
  }
  return out;
}
