import { graphql } from '../../gql/index.js';

/** One placement with its plan and follow-ups. */
export const AdviserPlacementDocument = graphql(`
  query AdviserPlacement($id: ID!) {
    placement(id: $id) {
      id
      version
      type
      status
      startDate
      plannedEndDate
      endDate
      outcome
      outcomeNote
      mentorName
      learningGoals
      agreementVersion
      awaitingApprovalFrom
      agreementInForce {
        number
      }
      pendingAgreement {
        number
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
      schoolPeriods {
        startDate
        endDate
        weeks
      }
      weekNumber
      nextFollowUpDue
      hoursPlan {
        fromWeek
        weeklyHours
        ordinaryHours
      }
      currentPlannedHours {
        fromWeek
        weeklyHours
        ordinaryHours
      }
      candidateFirstName
      candidate {
        id
        lastName
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
      company {
        id
        name
      }
      task {
        id
        title
        requiredCompetences {
          competence {
            id
            name
            nameEn
          }
        }
      }
      iguSlot {
        id
        title
      }
      followUps {
        id
        date
        attendedHours
        ordinaryHours
        absenceDays
        progress
        nextFollowUpDate
        note
        recordedAt
        recordedBy {
          label
        }
      }
      followUpHistory {
        id
        date
        attendedHours
        ordinaryHours
        absenceDays
        progress
        nextFollowUpDate
        note
        recordedAt
        superseded
        correctsFollowUpId
        recordedBy {
          label
        }
      }
      weeks {
        week
        weekStart
        placementWeek
        plannedHours
        plannedOrdinaryHours
        attendedHours
        ordinaryHours
        overdue
      }
      conversion {
        weeklyHours
        hourlyWage
        startDate
      }
    }
  }
`);
