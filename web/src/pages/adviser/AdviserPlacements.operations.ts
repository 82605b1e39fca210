import { graphql } from '../../gql/index.js';

/** Placements in my caseload, newest start first. */
export const AdviserPlacementsDocument = graphql(`
  query AdviserPlacements($status: PlacementStatus, $first: Int!, $after: String) {
    placements(filter: { status: $status }, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          type
          status
          startDate
          plannedEndDate
          endDate
          outcome
          weekNumber
          nextFollowUpDue
          candidateFirstName
          candidate {
            id
            lastName
          }
          company {
            id
            name
          }
        }
      }
    }
  }
`);
