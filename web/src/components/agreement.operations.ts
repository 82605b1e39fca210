import { graphql } from '../gql/index.js';

/** The company or the job centre approves the version of the agreement it read. */
export const ApprovePlacementAgreementDocument = graphql(`
  mutation ApprovePlacementAgreement($placementId: ID!, $agreementVersion: Int!) {
    approvePlacementAgreement(placementId: $placementId, agreementVersion: $agreementVersion) {
      id
      status
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
      agreements {
        id
        number
        companyApprovedAt
        adviserApprovedAt
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
        }
      }
    }
  }
`);
