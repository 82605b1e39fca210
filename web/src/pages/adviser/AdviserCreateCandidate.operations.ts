import { graphql } from '../../gql/index.js';

export const AdviserCreateCandidateDocument = graphql(`
  mutation AdviserCreateCandidate($input: CreateCandidateInput!) {
    createCandidate(input: $input) {
      id
      version
    }
  }
`);
