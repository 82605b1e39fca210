import { graphql } from '../../gql/index.js';

/** One suggested candidate: enough to explain the score and what is missing, nothing sensitive. */
export const ConsultantMatchFieldsFragment = graphql(`
  fragment ConsultantMatchFields on CandidateMatch {
    score
    missingRequired
    scoreBeforeMissing
    factors {
      key
      label
      weight
      score
      explanation
      gap
    }
    candidate {
      id
      firstName
      readiness
      danishLevel
      workableFreeHours
      postcode
      iguEligible
      competences {
        level
        competence {
          id
          name
          nameEn
        }
      }
    }
  }
`);

export const ConsultantOpeningProposalsDocument = graphql(`
  query ConsultantOpeningProposals($filter: ProposalFilter!) {
    proposals(filter: $filter, first: 50) {
      edges {
        node {
          id
          status
          candidate {
            id
          }
        }
      }
    }
  }
`);

export const ConsultantProposeDocument = graphql(`
  mutation ConsultantPropose($candidateId: ID!, $taskId: ID, $iguSlotId: ID, $note: String) {
    proposeCandidate(candidateId: $candidateId, taskId: $taskId, iguSlotId: $iguSlotId, note: $note) {
      id
      status
      candidate {
        id
      }
    }
  }
`);
