import { graphql } from '../../gql/index.js';

/** Companies to place a person at, searched by name or CVR. */
export const AdviserCompaniesDocument = graphql(`
  query AdviserCompanies($search: String, $first: Int!) {
    companies(filter: { search: $search }, first: $first) {
      edges {
        node {
          id
          name
          cvr
          postcode
        }
      }
    }
  }
`);
