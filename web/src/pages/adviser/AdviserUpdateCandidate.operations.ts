import { graphql } from '../../gql/index.js';

export const AdviserUpdateCandidateDocument = graphql(`
  mutation AdviserUpdateCandidate($id: ID!, $input: UpdateCandidateInput!) {
    updateCandidate(id: $id, input: $input) {
      id
      version
    }
  }
`);
