import { graphql } from '../../../gql/index.js';

/** Creates the valid rows of one batch of lines (one transaction on the server). */
export const OverviewCommitImportDocument = graphql(`
  mutation OverviewCommitImport($kind: ImportKind!, $csv: String!, $fromLine: Int, $toLine: Int) {
    commitImport(kind: $kind, csv: $csv, fromLine: $fromLine, toLine: $toLine) {
      processed
      created
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
