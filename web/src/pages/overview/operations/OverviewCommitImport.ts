import { graphql } from '../../../gql/index.js';

/** Creates the valid rows of one batch of lines (one transaction on the server). */
export const OverviewCommitImportDocument = graphql(`
  mutation OverviewCommitImport(
    $kind: ImportKind!
    $csv: String!
    $fromLine: Int
    $toLine: Int
    $onExisting: ImportExistingMode
  ) {
    commitImport(kind: $kind, csv: $csv, fromLine: $fromLine, toLine: $toLine, onExisting: $onExisting) {
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
