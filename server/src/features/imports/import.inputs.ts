import { registerEnumType } from 'type-graphql';

/** What a CSV file holds: partner companies or candidates. */
export enum ImportKind {
  COMPANIES = 'COMPANIES',
  CANDIDATES = 'CANDIDATES',
}
registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'What a CSV import holds: COMPANIES (ADMIN, CONSULTANT) or CANDIDATES (ADMIN, ADVISER)',
});

/** What the import does with a row that matches someone already there. */
export enum ImportExistingMode {
  UPDATE = 'UPDATE',
  SKIP = 'SKIP',
}
registerEnumType(ImportExistingMode, {
  name: 'ImportExistingMode',
  description:
    'A row matching an existing company (same CVR) or person (the same external id, else the same first name, last name, birth date and postcode): UPDATE changes the cells the row fills (empty cells leave a value as it is), SKIP leaves it alone. Never a duplicate.',
});

/** What the import does with one row. */
export enum ImportAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  SKIP = 'SKIP',
}
registerEnumType(ImportAction, {
  name: 'ImportAction',
  description:
    'CREATE a new row; UPDATE an existing one; UNCHANGED: it exists with the same values; SKIP: it exists and the import was told to skip',
});

/** Limits of one import: technical, not law, so they live with the feature. */
export const IMPORT_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  /**
   * Rows of one file. The preview and the commit each try them all in one transaction through the
   * same services as the forms: about 40 ms a person measured on the shared 2-core machine under load
   * (500 people: 21 s), so a full file stays within about a minute and a half; split a bigger file.
   */
  maxRows: 2000,
  /** Rows an export may hold. */
  maxExportRows: 20_000,
} as const;
