import { graphql } from '../../gql/index.js';

/** The dashboard's figures as CSV text, made by the server. */
export const OverviewExportDashboardCsvDocument = graphql(`
  query OverviewExportDashboardCsv($filter: DashboardFilter) {
    exportDashboardCsv(filter: $filter)
  }
`);
