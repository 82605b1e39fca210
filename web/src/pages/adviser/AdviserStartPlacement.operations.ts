import { graphql } from '../../gql/index.js';

export const AdviserStartPlacementDocument = graphql(`
  mutation AdviserStartPlacement($input: StartPlacementInput!) {
    startPlacement(input: $input) {
      id
    }
  }
`);
