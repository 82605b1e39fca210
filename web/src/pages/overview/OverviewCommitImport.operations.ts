import { graphql } from '../../gql/index.js';

/** Imports the whole file in one transaction on the server: every row, or nothing. */
export const OverviewCommitImportDocument = graphql(`
  mutation OverviewCommitImport($kind: ImportKind!, $csv: String!, $onExisting: ImportExistingMode) {
    commitImport(kind: $kind, csv: $csv, onExisting: $onExisting) {
      processed
      created
      updated
      unchanged
      skipped
      rejected
      errors {
        line
        errors {
          field
          column
          message
          code
        }
      }
    }
  }
`);
