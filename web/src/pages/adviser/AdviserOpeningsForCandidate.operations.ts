import { graphql } from '../../gql/index.js';

/** Unsolved tasks and IGU slots suggested for a person, with the reasons. */
export const AdviserOpeningsForCandidateDocument = graphql(`
  query AdviserOpeningsForCandidate($candidateId: ID!, $first: Int!) {
    matchOpeningsForCandidate(candidateId: $candidateId, first: $first) {
      score
      factors {
        key
        label
        weight
        score
        explanation
      }
      task {
        id
        title
        weeklyHours
        ordinaryHoursInSight
        expectedOrdinaryHours
        company {
          id
          name
        }
      }
      iguSlot {
        id
        title
        weeklyHours
        monthlyWage
        company {
          id
          name
        }
      }
    }
  }
`);
