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

/** Limits of one import: technical, not law, so they live with the feature. */
export const IMPORT_LIMITS = {
  maxBytes: 2 * 1024 * 1024,
  maxRows: 5000,
  /** Rows one commitImport call (one transaction) may create. */
  maxBatchRows: 500,
  /** Rows an export may hold. */
  maxExportRows: 20_000,
} as const;
