import { graphql } from '../../gql/index.js';

/** The company's placements: first name only, hours plan, latest and next follow-up. */
export const CompanyPlacementsDocument = graphql(`
  query CompanyPlacements($filter: PlacementFilter, $first: Int, $after: String) {
    placements(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          candidateFirstName
          type
          status
          startDate
          plannedEndDate
          endDate
          weekNumber
          mentorName
          learningGoals
          nextFollowUpDue
          agreementVersion
          awaitingApprovalFrom
          pendingAgreement {
            number
            terms {
              startDate
              plannedEndDate
              mentorName
              learningGoals
            }
          }
          task {
            id
            title
          }
          iguSlot {
            id
            title
          }
          hoursPlan {
            fromWeek
            weeklyHours
            ordinaryHours
          }
          currentPlannedHours {
            fromWeek
          }
          latestFollowUp {
            id
            date
            attendedHours
            ordinaryHours
            absenceDays
            progress
            note
            recordedBy {
              label
            }
          }
          followUps {
            id
            date
            attendedHours
            ordinaryHours
            recordedAt
            recordedBy {
              label
            }
          }
        }
      }
    }
  }
`);

export const CompanyRecordFollowUpDocument = graphql(`
  mutation CompanyRecordFollowUp($placementId: ID!, $input: FollowUpInput!) {
    recordFollowUp(placementId: $placementId, input: $input) {
      id
      date
      attendedHours
      ordinaryHours
      absenceDays
      progress
      note
      nextFollowUpDate
    }
  }
`);
