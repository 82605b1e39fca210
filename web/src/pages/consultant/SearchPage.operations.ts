import { graphql } from '../../gql/index.js';

export const ConsultantSearchCandidatesDocument = graphql(`
  query ConsultantSearchCandidates($query: String, $filter: CandidateSearchFilter, $first: Int!) {
    searchCandidates(query: $query, filter: $filter, first: $first) {
      totalHits
      facets {
        field
        values {
          value
          count
        }
      }
      hits {
        highlights {
          field
          snippet
        }
        candidate {
          id
          firstName
          readiness
          danishLevel
          workableFreeHours
          industriesWished
          languages
          iguEligible
          hasDrivingLicence
          postcode
        }
      }
    }
  }
`);
