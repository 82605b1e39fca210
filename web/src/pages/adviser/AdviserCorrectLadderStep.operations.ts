import { graphql } from '../../gql/index.js';

/** The adviser sets the person's ladder step by hand, with a reason. */
export const AdviserCorrectLadderStepDocument = graphql(`
  mutation AdviserCorrectLadderStep($candidateId: ID!, $input: CorrectLadderStepInput!) {
    correctLadderStep(candidateId: $candidateId, input: $input) {
      id
      version
      ladderStep {
        key
        label
        position
      }
    }
  }
`);
