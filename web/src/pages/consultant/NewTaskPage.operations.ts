import { graphql } from '../../gql/index.js';

export const ConsultantTaskCompanyDocument = graphql(`
  query ConsultantTaskCompany($id: ID!) {
    company(id: $id) {
      id
      name
      postcode
      industry {
        code
        name
        nameEn
      }
    }
  }
`);

export const ConsultantPostTaskDocument = graphql(`
  mutation ConsultantPostTask($input: PostTaskInput!) {
    postTask(input: $input) {
      id
      title
    }
  }
`);
