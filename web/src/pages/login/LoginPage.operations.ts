import { graphql } from '../../gql/index.js';

export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      role
    }
  }
`);

export const LoginOptionsDocument = graphql(`
  query LoginOptions {
    loginOptions {
      password
      singleSignOnUrl
    }
  }
`);
