import { graphql } from '../gql/index.js';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      name
      role
      companyId
      language
      industries {
        code
        name
        nameEn
      }
    }
  }
`);
