import { graphql } from '../gql/index.js';

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);
