import { graphql } from '../../gql/index.js';

export const AdviserRecordFollowUpDocument = graphql(`
  mutation AdviserRecordFollowUp($placementId: ID!, $input: FollowUpInput!) {
    recordFollowUp(placementId: $placementId, input: $input) {
      id
      date
    }
  }
`);
