import { graphql } from '../../gql/index.js';

export const ConsultantCompaniesDocument = graphql(`
  query ConsultantCompanies($filter: CompanyFilter, $first: Int, $after: String) {
    companies(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          cvr
          tier
          contactDue
          lastContactAt
          industry {
            code
            name
            nameEn
          }
          tasks {
            id
            status
          }
          iguSlots {
            id
            status
          }
        }
      }
    }
  }
`);
