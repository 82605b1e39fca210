import { graphql } from '../../gql/index.js';

/** A person's placements with their follow-ups. */
export const AdviserCandidatePlacementsDocument = graphql(`
  query AdviserCandidatePlacements($candidateId: ID!, $first: Int!, $after: String) {
    placements(filter: { candidateId: $candidateId }, first: $first, after: $after) {
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
          company {
            id
            name
          }
          followUps {
            id
            date
            attendedHours
            ordinaryHours
            progress
          }
        }
      }
    }
  }
`);
