import { graphql } from '../../gql/index.js';

export const ConsultantCreateCompanyDocument = graphql(`
  mutation ConsultantCreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      id
      name
    }
  }
`);
