import { graphql } from '../../gql/index.js';

/** Changes the agreement's terms: after an approval, a new version both approve again. */
export const AdviserUpdatePlacementDocument = graphql(`
  mutation AdviserUpdatePlacement($id: ID!, $input: UpdatePlacementInput!) {
    updatePlacement(id: $id, input: $input) {
      id
      version
      status
      plannedEndDate
      mentorName
      learningGoals
      agreementVersion
      awaitingApprovalFrom
      hoursPlan {
        fromWeek
        weeklyHours
        ordinaryHours
      }
    }
  }
`);
