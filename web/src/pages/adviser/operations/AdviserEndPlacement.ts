import { graphql } from '../../../gql/index.js';

export const AdviserEndPlacementDocument = graphql(`
  mutation AdviserEndPlacement($placementId: ID!, $outcome: PlacementOutcome!, $endDate: Date, $note: String) {
    endPlacement(placementId: $placementId, outcome: $outcome, endDate: $endDate, note: $note) {
      id
      status
      outcome
    }
  }
`);
