import { graphql } from '../../gql/index.js';

/** The user's own company: name and defaults for new openings. */
export const CompanyOwnDocument = graphql(`
  query CompanyOwn($id: ID!) {
    company(id: $id) {
      id
      name
      postcode
      industry {
        code
        name
      }
    }
  }
`);
