import { graphql } from '../../gql/index.js';

/** Placements in the caller's scope as CSV text, made by the server (audit-logged). */
export const OverviewExportPlacementsCsvDocument = graphql(`
  query OverviewExportPlacementsCsv($filter: PlacementFilter) {
    exportPlacementsCsv(filter: $filter)
  }
`);
