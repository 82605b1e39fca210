import { graphql } from '../../gql/index.js';

/** The person as the caller may see them: a consultant gets the matching profile (no surname, never accommodation needs). */
export const ConsultantCandidateProfileDocument = graphql(`
  query ConsultantCandidateProfile($id: ID!) {
    candidate(id: $id) {
      id
      firstName
      lastName
      readiness
      danishLevel
      availableWeeklyHours
      freeWeeklyHours
      goalWeeklyHours
      currentOrdinaryHours
      industriesWished
      languages
      hasDrivingLicence
      maxCommuteKm
      postcode
      education
      summary
      iguEligible
      iguIneligibleReason
      competences {
        level
        evidence
        competence {
          id
          name
          nameEn
        }
      }
    }
  }
`);

/** The portfolio's open tasks and IGU slots, to compare with or shortlist for. */
export const ConsultantOpenOpeningsDocument = graphql(`
  query ConsultantOpenOpenings {
    tasks(filter: { status: OPEN }, first: 100) {
      edges {
        node {
          id
          title
          weeklyHours
          company {
            id
            name
          }
        }
      }
    }
    iguSlots(filter: { status: OPEN }, first: 100) {
      edges {
        node {
          id
          title
          weeklyHours
          company {
            id
            name
          }
        }
      }
    }
  }
`);

export const ConsultantCompareDocument = graphql(`
  query ConsultantCompare($candidateId: ID!, $taskId: ID, $iguSlotId: ID) {
    compareCandidateWithOpening(candidateId: $candidateId, taskId: $taskId, iguSlotId: $iguSlotId) {
      score
      exclusionReason
      factors {
        key
        label
        weight
        score
        explanation
      }
      requirements {
        key
        competenceId
        label
        status
        needs
        has
      }
    }
  }
`);

export const ConsultantShortlistCandidateDocument = graphql(`
  mutation ConsultantShortlistCandidate($candidateId: ID!, $taskId: ID, $iguSlotId: ID, $note: String) {
    shortlistCandidate(candidateId: $candidateId, taskId: $taskId, iguSlotId: $iguSlotId, note: $note) {
      id
      status
      candidate {
        id
      }
    }
  }
`);

export const ConsultantShortlistDocument = graphql(`
  query ConsultantShortlist($taskId: ID, $iguSlotId: ID, $includeClosed: Boolean) {
    shortlist(taskId: $taskId, iguSlotId: $iguSlotId, includeClosed: $includeClosed) {
      id
      status
      note
      reason
      createdAt
      sentAt
      candidate {
        id
        firstName
      }
      proposedBy {
        id
        name
      }
    }
  }
`);

export const ConsultantSendProposalDocument = graphql(`
  mutation ConsultantSendProposal($id: ID!) {
    sendProposal(id: $id) {
      id
      status
      sentAt
    }
  }
`);
