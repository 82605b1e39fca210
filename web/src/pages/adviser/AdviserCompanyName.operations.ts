import { graphql } from '../../gql/index.js';

/** A preselected company's name (from a suggested opening). */
export const AdviserCompanyNameDocument = graphql(`
  query AdviserCompanyName($id: ID!) {
    company(id: $id) {
      id
      name
      cvr
    }
  }
`);
