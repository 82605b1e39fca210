import { graphql } from '../../gql/index.js';

/** One person's full profile (the read is audit-logged on the server). */
export const AdviserCandidateDocument = graphql(`
  query AdviserCandidate($id: ID!) {
    candidate(id: $id) {
      id
      version
      firstName
      lastName
      birthDate
      age
      postcode
      externalId
      targetGroup
      readiness
      residenceCategory
      arrivalDate
      enrolledOn
      status
      danishLevel
      danishModule
      languages
      availableWeeklyHours
      goalWeeklyHours
      individualGoalWeeklyHours
      hourGoal
      freeWeeklyHours
      availableFrom
      currentOrdinaryHours
      industriesWished
      hasDrivingLicence
      maxCommuteKm
      education
      summary
      accommodationNeeds
      referenceMonthlyIncome
      consentToShare
      consentGivenAt
      iguEligible
      iguIneligibleReason
      adviser {
        id
        name
      }
      competences {
        level
        evidence
        competence {
          id
          name
          nameEn
          code
        }
      }
      foreignEducations {
        id
        title
        years
        recognitionStatus
      }
      weeklyActivities {
        id
        kind
        label
        weeklyHours
      }
      ladderStep {
        key
        label
        position
      }
      ladderHistory {
        id
        date
        event
        placementId
        reason
        correctedBy
        fromStep {
          key
          label
        }
        toStep {
          key
          label
        }
      }
      ladderSkipped {
        key
      }
      ladderCorrectable
      plannedWeek {
        total
        goal
        gap
        placementHours
        schoolHours
        belowGoal
        peakTotal
        peakFrom
        fullTimeHours
        overFullTime
        exception {
          id
          createdAt
          weekHours
          weekFrom
          reason
          confirmedByName
        }
        activities {
          kind
          label
          weeklyHours
        }
      }
    }
    ladderSteps {
      key
      label
      position
    }
  }
`);
