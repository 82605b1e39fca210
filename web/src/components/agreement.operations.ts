import { graphql } from '../gql/index.js';

/**
 * The company or the job centre approves the version of the agreement it read; the adviser may confirm a week
 * over full time with a reason when the approval starts the placement.
 */
export const ApprovePlacementAgreementDocument = graphql(`
  mutation ApprovePlacementAgreement($placementId: ID!, $agreementVersion: Int!, $weekExceptionReason: String) {
    approvePlacementAgreement(
      placementId: $placementId
      agreementVersion: $agreementVersion
      weekExceptionReason: $weekExceptionReason
    ) {
      id
      status
      agreementVersion
      awaitingApprovalFrom
    }
  }
`);

/** The job centre withdraws a version waiting for approval (a draft then never starts). */
export const WithdrawPlacementAgreementDocument = graphql(`
  mutation WithdrawPlacementAgreement($placementId: ID!, $agreementVersion: Int!, $reason: String) {
    withdrawPlacementAgreement(placementId: $placementId, agreementVersion: $agreementVersion, reason: $reason) {
      id
      status
      version
      agreementVersion
      awaitingApprovalFrom
    }
  }
`);

/** The company refuses a version it has not approved, with a reason. */
export const RefusePlacementAgreementDocument = graphql(`
  mutation RefusePlacementAgreement($placementId: ID!, $agreementVersion: Int!, $reason: String!) {
    refusePlacementAgreement(placementId: $placementId, agreementVersion: $agreementVersion, reason: $reason) {
      id
      status
      version
      agreementVersion
      awaitingApprovalFrom
    }
  }
`);

/** A placement's agreement: the current version, who approves next, and every version (within the depth limit). */
export const PlacementAgreementDocument = graphql(`
  query PlacementAgreement($id: ID!) {
    placement(id: $id) {
      id
      status
      agreementVersion
      awaitingApprovalFrom
      agreementInForce {
        number
      }
      agreements {
        id
        number
        proposedBy
        companyApprovedAt
        adviserApprovedAt
        withdrawnAt
        withdrawalReason
        refusedAt
        refusalReason
        terms {
          startDate
          plannedEndDate
          mentorName
          learningGoals
          hoursPlan {
            fromWeek
            weeklyHours
            ordinaryHours
          }
          schoolPeriods {
            startDate
            endDate
          }
        }
      }
    }
  }
`);

/** The company proposes a change to a running placement's agreement: a version it approved, waiting for the job centre. */
export const ProposePlacementAgreementChangeDocument = graphql(`
  mutation ProposePlacementAgreementChange(
    $placementId: ID!
    $agreementVersion: Int!
    $input: PlacementAgreementChangeInput!
  ) {
    proposePlacementAgreementChange(placementId: $placementId, agreementVersion: $agreementVersion, input: $input) {
      id
      version
      agreementVersion
      awaitingApprovalFrom
    }
  }
`);
