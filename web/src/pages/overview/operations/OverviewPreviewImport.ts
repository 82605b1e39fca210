import { graphql } from '../../../gql/index.js';

/** Tries every row of a CSV file without saving anything. */
export const OverviewPreviewImportDocument = graphql(`
  query OverviewPreviewImport($kind: ImportKind!, $csv: String!) {
    previewImport(kind: $kind, csv: $csv) {
      columns {
        key
        header
      }
      ignoredColumns
      validCount
      errorCount
      errorCsv
      rows {
        line
        values {
          key
          value
        }
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
