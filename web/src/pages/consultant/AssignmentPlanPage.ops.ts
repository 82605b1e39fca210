import { graphql } from '../../gql/index.js';

export const ConsultantAssignmentPlanDocument = graphql(`
  query ConsultantAssignmentPlan($input: AssignmentPlanInput) {
    assignmentPlan(input: $input) {
      totalScore
      greedyTotalScore
      greedyAssigned
      candidatesConsidered
      openingsConsidered
      unfilledOpenings
      deadlinesNear
      deadlinesMet
      greedyDeadlinesMet
      solveMs
      assignments {
        score
        activationDeadline
        candidate {
          id
          firstName
        }
        task {
          id
          title
          weeklyHours
          company {
            id
            name
          }
        }
        iguSlot {
          id
          title
          weeklyHours
          company {
            id
            name
          }
        }
        factors {
          key
          label
          weight
          score
          explanation
          gap
        }
      }
    }
  }
`);

export const ConsultantProposeAssignmentsDocument = graphql(`
  mutation ConsultantProposeAssignments($items: [AssignmentInput!]!) {
    proposeAssignments(items: $items) {
      id
      status
      candidate {
        id
        firstName
      }
    }
  }
`);
