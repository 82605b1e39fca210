import { graphql } from '../../gql/index.js';

/** Tries every row of a CSV file without saving anything. */
export const OverviewPreviewImportDocument = graphql(`
  query OverviewPreviewImport($kind: ImportKind!, $csv: String!, $onExisting: ImportExistingMode) {
    previewImport(kind: $kind, csv: $csv, onExisting: $onExisting) {
      columns {
        key
        header
      }
      ignoredColumns
      validCount
      errorCount
      errorCsv
      createCount
      updateCount
      unchangedCount
      skipCount
      rows {
        line
        action
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
