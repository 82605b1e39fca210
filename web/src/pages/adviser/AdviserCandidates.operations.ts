import { graphql } from '../../gql/index.js';

/** My caseload, one page at a time. */
export const AdviserCandidatesDocument = graphql(`
  query AdviserCandidates($search: String, $readiness: Readiness, $first: Int!, $after: String) {
    candidates(filter: { mine: true, search: $search, readiness: $readiness }, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          firstName
          lastName
          readiness
          danishLevel
          status
          currentOrdinaryHours
          goalWeeklyHours
        }
      }
    }
  }
`);
