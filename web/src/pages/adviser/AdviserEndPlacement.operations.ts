import { graphql } from '../../gql/index.js';

export const AdviserEndPlacementDocument = graphql(`
  mutation AdviserEndPlacement(
    $placementId: ID!
    $outcome: PlacementOutcome!
    $endDate: Date
    $note: String
    $conversion: ConversionInput
  ) {
    endPlacement(
      placementId: $placementId
      outcome: $outcome
      endDate: $endDate
      note: $note
      conversion: $conversion
    ) {
      id
      status
      outcome
      conversion {
        weeklyHours
        hourlyWage
        startDate
      }
    }
  }
`);
