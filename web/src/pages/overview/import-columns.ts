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
      'externalId',
    ],
  },
};

/** Header lines of the template files. */
export const TEMPLATE: Record<ImportKind, string> = {
  COMPANIES: 'cvr;navn;branche;sektor;postnr;samarbejde;konsulent;mentorer;mentorsprog;kontaktinterval',
  CANDIDATES:
    'fornavn;efternavn;fødselsdato;postnr;målgruppe;parathed;opholdsgrundlag;indrejsedato;danskniveau;danskmodul;sprog;timer til rådighed;måltimer;ordinære timer;brancheønsker;kørekort;transport km;uddannelse;resumé;samtykke;rådgiver;indskrevet;eksternt id',
};

/** What a role may import: companies ADMIN and CONSULTANT, candidates ADMIN and ADVISER. */
export function importKindsFor(role: Role): ImportKind[] {
  if (role === 'ADMIN') return ['COMPANIES', 'CANDIDATES'];
  if (role === 'CONSULTANT') return ['COMPANIES'];
  if (role === 'ADVISER') return ['CANDIDATES'];
  return [];
}

/** The largest CSV the client sends: the server's limit for one import (2 MB, 2,000 rows). */
export const MAX_SEND_BYTES = 2 * 1024 * 1024;
