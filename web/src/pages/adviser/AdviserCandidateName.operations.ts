import { graphql } from '../../gql/index.js';

/** Just enough of a person to start a placement. */
export const AdviserCandidateNameDocument = graphql(`
  query AdviserCandidateName($id: ID!) {
    candidate(id: $id) {
      id
      firstName
      lastName
      iguEligible
      availableWeeklyHours
    }
  }
`);
